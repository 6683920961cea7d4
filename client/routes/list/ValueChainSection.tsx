import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ENTERPRISE_ZONE_COLOR_INDEX, ENTERPRISE_ZONE_ID, ENTERPRISE_ZONE_TITLE } from '../../../shared/catalogue/booths.ts';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import type { Localized } from '../../../shared/schemas/localized.ts';
import { useLang } from '../../i18n/index.ts';
import { useBoothHref } from '../../ui/boothHref.ts';
import { Swatch } from '../../ui/Swatch.tsx';

interface BoothLinkItem {
  id: string;
  title: Localized;
  letter?: string;
}

function BoothLinks({ booths }: { booths: readonly BoothLinkItem[] }) {
  const { l } = useLang();
  const href = useBoothHref();
  return (
    <ul className="booth-links">
      {booths.map((b) => (
        <li key={b.id}>
          <Link to={href(b.id)}>
            {b.letter ? <span lang="ko">{b.letter}. </span> : null}
            {l(b.title)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** A zone heading: colour swatch (decorative) + the zone's name, so colour is never the only cue. */
function ZoneHeading({ id, level, colorIndex, children }: { id: string; level: 3 | 4; colorIndex: number; children: string }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={`zone-${id}-title`} className="zone-heading" tabIndex={-1}>
      <Swatch colorIndex={colorIndex} />
      {children}
    </Tag>
  );
}

/** Value chain: activities → zones (stages) → booth links, then the enterprise hall. */
export function ValueChainSection({ catalogue }: { catalogue: Catalogue }) {
  const { t } = useTranslation();
  const { l } = useLang();
  const vc = catalogue.valueChain;
  return (
    <>
      <section className="card" aria-labelledby="value-chain-title">
        <h2 id="value-chain-title">{l(vc.title)}</h2>
        <div lang="ko">
          {vc.intro.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
        {vc.activities.map((a) => (
          <section key={a.id} className="activity" aria-labelledby={`activity-${a.id}`}>
            <h3 id={`activity-${a.id}`}>{l(a.title)}</h3>
            {a.stages.map((s) => (
              <section key={s.id} id={`zone-${s.id}`} className="zone" aria-labelledby={`zone-${s.id}-title`}>
                <ZoneHeading id={s.id} level={4} colorIndex={s.colorIndex}>{`${s.number}. ${l(s.title)}`}</ZoneHeading>
                {s.intro.length > 0 ? (
                  <div lang="ko" className="zone__intro">
                    {s.intro.map((p, i) => (
                      <p key={i}>{p}</p>
                    ))}
                  </div>
                ) : null}
                <BoothLinks booths={s.programmes} />
              </section>
            ))}
          </section>
        ))}
      </section>
      {catalogue.enterprises.length > 0 ? (
        <section id={`zone-${ENTERPRISE_ZONE_ID}`} className="card zone" aria-labelledby={`zone-${ENTERPRISE_ZONE_ID}-title`}>
          <h2 id={`zone-${ENTERPRISE_ZONE_ID}-title`} className="zone-heading" tabIndex={-1}>
            <Swatch colorIndex={ENTERPRISE_ZONE_COLOR_INDEX} />
            {l(ENTERPRISE_ZONE_TITLE) || t('list:enterpriseHallTitle')}
          </h2>
          <BoothLinks booths={catalogue.enterprises.map((e) => ({ id: e.id, title: e.name }))} />
        </section>
      ) : null}
    </>
  );
}
