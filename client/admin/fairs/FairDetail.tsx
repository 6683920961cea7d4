import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { Account } from '../../../shared/api/account.ts';
import { AdminBoothListSchema, type AdminBoothList } from '../../../shared/api/adminBooths.ts';
import { FAIR_EVENT_KINDS, type AdminFair, type FairBody, type FairEventKind } from '../../../shared/api/fairs.ts';
import { formatSeoul, seoulRange } from '../../../shared/schemas/fairTime.ts';
import { venueForFair } from '../../../shared/world/fairVenue.ts';
import { useCatalogue } from '../../data/catalogue.ts';
import { useLang } from '../../i18n/index.ts';
import { FloorPlan } from '../booths/FloorPlan.tsx';
import { AnnounceForm } from './AnnounceForm.tsx';
import { FairForm } from './FairForm.tsx';
import { problemText, send } from './fairsApi.ts';

interface Props {
  me: Account;
  fairs: AdminFair[];
  csrf: string | null;
  reload: () => Promise<void>;
}

/** The booths staff may choose from (those of /admin/booths), loaded once. */
function useBoothList(): AdminBoothList | null {
  const [list, setList] = useState<AdminBoothList | null>(null);
  useEffect(() => {
    let live = true;
    void send('GET', '/api/admin/booths', undefined, null).then((r) => {
      const parsed = AdminBoothListSchema.safeParse(r.body);
      if (live && parsed.success) setList(parsed.data);
    });
    return () => {
      live = false;
    };
  }, []);
  return list;
}

/** /admin/fairs/:id: one fair's settings, the booths it shows (drawn red on the floor plan as they are ticked), its schedule, and an announcement to the hall now. */
export function FairDetail({ me, fairs, csrf, reload }: Props) {
  const { t } = useTranslation();
  const { l, lang } = useLang();
  const { id } = useParams();
  const location = useLocation();
  const [note, setNote] = useState(() => ((location.state as { note?: unknown } | null)?.note === undefined ? '' : String((location.state as { note: unknown }).note)));
  const booths = useBoothList();
  const venue = useCatalogue();
  const fair = fairs.find((f) => String(f.id) === id);
  const [chosen, setChosen] = useState<string[]>(fair?.boothIds ?? []);
  // The fair's own hall as its visitors will walk it (/world?fair=): the venue cut to the ticked booths.
  const hall = useMemo(() => (venue.status === 'ready' ? venueForFair(venue.catalogue, chosen) : null), [venue, chosen]);
  const admin = me.role === 'admin';
  if (!fair) {
    return (
      <p className="notice">
        {t('adminFairs:err_not_found')} <Link to="/admin/fairs">{t('adminFairs:back')}</Link>
      </p>
    );
  }
  const base = `/api/admin/fairs/${fair.id}`;
  const write = async (method: 'PUT' | 'POST' | 'DELETE', path: string, body: unknown, done: string): Promise<boolean> => {
    const r = await send(method, path, body, csrf);
    if (r.status < 200 || r.status > 299) {
      setNote(problemText(t, r.status, r.body));
      return false;
    }
    await reload();
    setNote(done);
    return true;
  };
  const boothTitle = (boothId: string) => {
    const b = booths?.booths.find((x) => x.id === boothId);
    return b ? l(b.title) : boothId;
  };
  const zoneTitle = (zoneId: string) => {
    const z = booths?.zones.find((x) => x.id === zoneId);
    return z ? l(z.title) : zoneId;
  };

  const addEvent = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const text = (name: string) => String(f.get(name) ?? '').trim();
    const range = seoulRange(text('startsAt'), text('endsAt'));
    if (!range) return setNote(t('adminFairs:err_dates'));
    const [placeKind, placeId] = text('place').split(':');
    const body = {
      title: { ko: text('titleKo'), en: text('titleEn') },
      kind: text('kind') as FairEventKind,
      ...range,
      boothId: placeKind === 'booth' ? placeId : null,
      zoneId: placeKind === 'zone' ? placeId : null,
    };
    if (await write('POST', `${base}/events`, body, t('adminFairs:eventAdded'))) form.reset();
  };

  return (
    <>
      <p>
        <Link to="/admin/fairs">{t('adminFairs:back')}</Link> · <a href={`/f/${fair.slug}`}>{t('adminFairs:viewPage')}</a>
      </p>
      <h2>{l(fair.title)}</h2>
      <p role="status">{note}</p>

      <section className="card" aria-labelledby="fair-settings-title">
        <h3 id="fair-settings-title">{t('adminFairs:editTitle')}</h3>
        <FairForm key={`${fair.id}-${fair.startsAt}-${fair.endsAt}-${String(fair.published)}`} fair={fair} disabled={!admin} submitLabel={t('adminFairs:save')} onSubmit={(body: FairBody) => write('PUT', base, body, t('adminFairs:saved'))} />
      </section>

      <section className="card" aria-labelledby="fair-booths-title">
        <h3 id="fair-booths-title">{t('adminFairs:boothsTitle')}</h3>
        <p>{t('adminFairs:boothsHelp')}</p>
        <fieldset disabled={!admin} className="fairs-form">
          <legend className="visually-hidden">{t('adminFairs:boothsTitle')}</legend>
          <ul className="fair-booths-list">
            {(booths?.booths ?? []).map((b) => (
              <li key={b.id}>
                <label className="fair-check">
                  <input
                    type="checkbox"
                    checked={chosen.includes(b.id)}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      setChosen((c) => (on ? [...c, b.id] : c.filter((x) => x !== b.id)));
                    }}
                  />{' '}
                  {l(b.title)}
                </label>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--primary" onClick={() => void write('PUT', `${base}/booths`, { boothIds: chosen }, t('adminFairs:boothsSaved'))}>
            {t('adminFairs:saveBooths')}
          </button>
        </fieldset>
        <h4>{t('adminFairs:planTitle')}</h4>
        {hall ? <FloorPlan venue={hall} highlight={chosen} label={t('adminFairs:planLabel')} /> : null}
      </section>

      <section className="card" aria-labelledby="fair-schedule-title">
        <h3 id="fair-schedule-title">{t('adminFairs:scheduleTitle')}</h3>
        {fair.events.length === 0 ? (
          <p>{t('adminFairs:noEvents')}</p>
        ) : (
          <ol className="fair-schedule-admin">
            {fair.events.map((ev) => (
              <li key={ev.id}>
                <strong>{l(ev.title)}</strong> ({t(`fairs:kind_${ev.kind}`)}) · {formatSeoul(new Date(ev.startsAt), lang)} – {formatSeoul(new Date(ev.endsAt), lang)}
                {ev.boothId ? ` · ${boothTitle(ev.boothId)}` : ev.zoneId ? ` · ${zoneTitle(ev.zoneId)}` : ''}{' '}
                {admin ? (
                  <button type="button" className="button" onClick={() => void write('DELETE', `${base}/events/${ev.id}`, undefined, t('adminFairs:eventRemoved'))}>
                    {t('adminFairs:removeEvent')}
                    <span className="visually-hidden"> {l(ev.title)}</span>
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {admin ? (
          <form className="form fairs-form" onSubmit={(e) => void addEvent(e)}>
            <fieldset>
              <label className="field">
                <span className="field__label">{t('adminFairs:eventTitleKo')}</span>
                <input className="field__input" name="titleKo" required maxLength={80} />
              </label>
              <label className="field">
                <span className="field__label">{t('adminFairs:eventTitleEn')}</span>
                <input className="field__input" name="titleEn" required maxLength={80} />
              </label>
              <label className="field">
                <span className="field__label">{t('adminFairs:eventKind')}</span>
                <select className="field__input" name="kind" defaultValue="talk">
                  {FAIR_EVENT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`fairs:kind_${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span className="field__label">{t('adminFairs:fieldStarts')}</span>
                <input className="field__input" type="datetime-local" name="startsAt" required />
              </label>
              <label className="field">
                <span className="field__label">{t('adminFairs:fieldEnds')}</span>
                <input className="field__input" type="datetime-local" name="endsAt" required />
              </label>
              <label className="field">
                <span className="field__label">{t('adminFairs:eventPlace')}</span>
                <select className="field__input" name="place" defaultValue="">
                  <option value="">{t('adminFairs:placeNone')}</option>
                  <optgroup label={t('adminFairs:placeBooth')}>
                    {fair.boothIds.map((b) => (
                      <option key={b} value={`booth:${b}`}>
                        {boothTitle(b)}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label={t('adminFairs:placeZone')}>
                    {(booths?.zones ?? []).map((z) => (
                      <option key={z.id} value={`zone:${z.id}`}>
                        {l(z.title)}
                      </option>
                    ))}
                  </optgroup>
                </select>
              </label>
              <button type="submit" className="button button--primary">
                {t('adminFairs:addEvent')}
              </button>
            </fieldset>
          </form>
        ) : null}
      </section>

      <AnnounceForm csrf={csrf} fairId={fair.id} />
    </>
  );
}
