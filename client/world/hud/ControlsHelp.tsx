import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { worldKo } from '../../../shared/i18n/world-ko.ts';
import { HELP_ROWS } from '../input/keymap.ts';
import { useFocusTrap, worldFocusTarget } from '../dialog/focusTrap.ts';
import '../dialog/dialogs.css';

type WorldKey = keyof typeof worldKo;

const MOUSE_ROWS: readonly WorldKey[] = ['helpClickFloor', 'helpDragLook', 'helpClickBooth'];
const TOUCH_ROWS: readonly WorldKey[] = ['helpJoystick', 'helpTapFloor', 'helpSwipeLook', 'helpTapBooth'];

/**
 * The "how to move" card, from the "?" button or the H key (the first visit gets ControlsHint). Shows
 * the controls of the device in hand (keyboard and mouse, or touch). A modal dialog like the booth
 * panel; Esc, H, the close button or "Start" dismiss it.
 */
export function ControlsHelp({ coarse, onClose }: { coarse: boolean; onClose(): void }) {
  const { t } = useTranslation('world');
  const ref = useRef<HTMLDivElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  useFocusTrap(ref, true, () => start.current, worldFocusTarget);

  return (
    <div className="world-dialog__backdrop world-dialog__backdrop--help" onClick={onClose}>
      <div
        ref={ref}
        className="world-help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="world-help-title"
        aria-describedby="world-help-intro"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.code === 'KeyH') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id="world-help-title">{t('helpTitle')}</h2>
        <p id="world-help-intro">{t('helpIntro')}</p>
        {coarse ? (
          <section aria-labelledby="world-help-touch">
            <h3 id="world-help-touch">{t('helpTouch')}</h3>
            <ul className="world-help__list">
              {TOUCH_ROWS.map((k) => (
                <li key={k}>{t(k)}</li>
              ))}
            </ul>
          </section>
        ) : (
          <div className="world-help__cols">
            <section aria-labelledby="world-help-keys">
              <h3 id="world-help-keys">{t('helpKeyboard')}</h3>
              <dl className="world-help__keys">
                {HELP_ROWS.map((row) => (
                  <div key={row.label} className="world-help__row">
                    <dt>
                      {row.keys.map((k) => (
                        <kbd key={k}>{k}</kbd>
                      ))}
                    </dt>
                    <dd>{t(row.label)}</dd>
                  </div>
                ))}
              </dl>
            </section>
            <section aria-labelledby="world-help-mouse">
              <h3 id="world-help-mouse">{t('helpMouse')}</h3>
              <ul className="world-help__list">
                {MOUSE_ROWS.map((k) => (
                  <li key={k}>{t(k)}</li>
                ))}
              </ul>
            </section>
          </div>
        )}
        <p className="world-help__map">{t('helpMapHint')}</p>
        <button ref={start} type="button" className="btn-pill world-help__start" onClick={onClose}>
          {t('helpStart')}
        </button>
      </div>
    </div>
  );
}
