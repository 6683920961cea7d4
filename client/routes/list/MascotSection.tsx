import { useTranslation } from 'react-i18next';
import type { Mascot as MascotData } from '../../../shared/schemas/mascot.ts';
import { Mascot } from '../../ui/Mascot.tsx';

/** 시웃이's profile, as the brochure's profile table gives it. */
export function MascotSection({ mascot, brandMark }: { mascot: MascotData; brandMark?: readonly string[] | undefined }) {
  const { t } = useTranslation();
  return (
    <section className="card card--mascot" aria-labelledby="mascot-title">
      <h2 id="mascot-title">{t('list:mascotTitle')}</h2>
      <div className="mascot-profile">
        <Mascot className="mascot mascot--small" label={t('landing:mascotAlt')} />
        <div>
          <div lang="ko">
            {[...(brandMark ?? []), ...mascot.description].map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
          <dl className="facts">
            <div>
              <dt>{t('list:mascotName')}</dt>
              <dd>
                <span lang="ko">{mascot.name}</span> ({mascot.romanized})
              </dd>
            </div>
            <div>
              <dt>{t('list:personality')}</dt>
              <dd lang="ko">{mascot.personality.join(', ')}</dd>
            </div>
            <div>
              <dt>{t('list:catchphrase')}</dt>
              <dd lang="ko">{mascot.catchphrases.join(', ')}</dd>
            </div>
            <div>
              <dt>{t('list:mbti')}</dt>
              <dd lang="ko">
                {mascot.mbti.type}({mascot.mbti.label})
              </dd>
            </div>
            <div>
              <dt>{t('list:emoji')}</dt>
              <dd className="emoji">{mascot.emoji.join(' ')}</dd>
            </div>
          </dl>
        </div>
      </div>
    </section>
  );
}
