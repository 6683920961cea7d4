import './i18n.ts';
import './booths.css';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MadeLinkSchema, type Account, type MadeLink } from '../../../shared/api/account.ts';
import {
  AdminBoothErrorSchema,
  AdminBoothListSchema,
  BoothPreviewSchema,
  type AdminBooth,
  type AdminBoothList,
  type BoothStatus,
} from '../../../shared/api/adminBooths.ts';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import { ICONS } from '../../../shared/schemas/icon.ts';
import { useLang } from '../../i18n/index.ts';
import { call, sessionCsrf } from '../../studio/editor/studioApi.ts';
import { AdminPage, LoadProblem } from '../AdminPage.tsx';
import { OnceLink } from '../OnceLink.tsx';
import { FloorPlan } from './FloorPlan.tsx';

type Loaded = { status: 'loading' } | { status: 'error' } | { status: 'ready'; list: AdminBoothList; csrf: string | null };

/** The change staff are looking at: one booth, the zone and status it would have. */
interface Draft {
  booth: AdminBooth;
  zoneId: string;
  status: BoothStatus;
}

/** A failed write's sentence, from the server's code (shared/api/adminBooths.ts). */
function useProblem() {
  const { t } = useTranslation();
  return (status: number, body: unknown): string => {
    if (status === 403) return t('adminBooths:err_forbidden');
    const e = AdminBoothErrorSchema.safeParse(body);
    if (!e.success) return t('adminBooths:err_failed');
    return t(`adminBooths:err_${e.data.error}`, { fields: (e.data.fields ?? []).join(', ') });
  };
}

/**
 * /admin/booths: every booth with its zone, status and members; admins create a booth (a draft),
 * change where it stands and whether it is open, and assign members. A change is drawn on the
 * floor plan (the venue as the server would merge it) before "게시" publishes it.
 */
export function BoothsSection({ me }: { me: Account }) {
  const { t } = useTranslation();
  const { l } = useLang();
  const admin = me.role === 'admin';
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [note, setNote] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);

  const load = useCallback(async (): Promise<AdminBoothList | null> => {
    const [csrf, r] = await Promise.all([sessionCsrf(), call('GET', '/api/admin/booths', undefined, null)]);
    const list = AdminBoothListSchema.safeParse(r.body);
    setLoaded(r.status === 200 && list.success ? { status: 'ready', list: list.data, csrf } : { status: 'error' });
    return list.success ? list.data : null;
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const zoneTitle = (list: AdminBoothList, id: string) => {
    const z = list.zones.find((x) => x.id === id);
    return z ? l(z.title) : id;
  };

  return (
    <AdminPage account={me} title={t('admin:navBooths')}>
      <p>{t('adminBooths:intro')}</p>
      {admin ? null : <p className="notice">{t('adminBooths:readOnly')}</p>}
      <p role="status">{note}</p>
      {loaded.status === 'loading' ? <p role="status">{t('adminBooths:loading')}</p> : null}
      {loaded.status === 'error' ? <LoadProblem text="" onRetry={() => void load()} /> : null}
      {loaded.status === 'ready' ? (
        <>
          <div className="booths-table-scroll">
            <table className="booths-table">
              <caption>{t('adminBooths:tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('adminBooths:colName')}</th>
                  <th scope="col">{t('adminBooths:colZone')}</th>
                  <th scope="col">{t('adminBooths:colStatus')}</th>
                  <th scope="col">{t('adminBooths:colMembers')}</th>
                  <th scope="col">{t('adminBooths:colActions')}</th>
                </tr>
              </thead>
              <tbody>
                {loaded.list.booths.map((b) => (
                  <tr key={b.id} data-booth-row={b.id}>
                    <th scope="row">
                      {l(b.title)} <small>({b.created ? t('adminBooths:createdByStaff') : t('adminBooths:brochure')})</small>
                    </th>
                    <td>{zoneTitle(loaded.list, b.zoneId)}</td>
                    <td>{b.status === 'open' ? t('adminBooths:statusOpen') : t('adminBooths:statusClosed')}</td>
                    <td>{b.members.length ? b.members.map((m) => m.displayName).join(', ') : t('adminBooths:noMembers')}</td>
                    <td>
                      <button type="button" className="button" onClick={() => setDraft({ booth: b, zoneId: b.zoneId, status: b.status })}>
                        {t('adminBooths:change')}
                        <span className="visually-hidden"> {l(b.title)}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {draft ? (
            <ChangePanel
              key={draft.booth.id}
              draft={draft}
              list={loaded.list}
              csrf={loaded.csrf}
              admin={admin}
              onDraft={setDraft}
              onDone={async (text) => {
                setNote(text);
                setDraft(null);
                await load();
              }}
              onMembers={async (text) => {
                setNote(text);
                const fresh = await load();
                const booth = fresh?.booths.find((b) => b.id === draft.booth.id);
                if (booth) setDraft({ ...draft, booth });
              }}
            />
          ) : null}
          {admin ? (
            <CreateForm
              list={loaded.list}
              csrf={loaded.csrf}
              onCreated={async (id) => {
                setNote(t('adminBooths:created'));
                const fresh = await load();
                const booth = fresh?.booths.find((b) => b.id === id);
                // Straight to the preview of publishing it.
                if (booth) setDraft({ booth, zoneId: booth.zoneId, status: 'open' });
              }}
            />
          ) : null}
        </>
      ) : null}
    </AdminPage>
  );
}

type Preview = { status: 'loading' } | { status: 'error' } | { status: 'ready'; venue: Catalogue };

function ChangePanel(props: {
  draft: Draft;
  list: AdminBoothList;
  csrf: string | null;
  admin: boolean;
  onDraft: (d: Draft) => void;
  onDone: (note: string) => Promise<void>;
  onMembers: (note: string) => Promise<void>;
}) {
  const { draft, list, csrf, admin, onDraft, onDone } = props;
  const { t } = useTranslation();
  const { l } = useLang();
  const problem = useProblem();
  const [preview, setPreview] = useState<Preview>({ status: 'loading' });
  const [error, setError] = useState('');
  const { booth, zoneId, status } = draft;
  const enterprise = booth.kind === 'enterprise';
  const name = l(booth.title);

  useEffect(() => {
    let live = true;
    setPreview({ status: 'loading' });
    const q = new URLSearchParams({ zoneId, status });
    void call('GET', `/api/admin/booths/${encodeURIComponent(booth.id)}/preview?${q}`, undefined, null).then((r) => {
      const p = BoothPreviewSchema.safeParse(r.body);
      if (live) setPreview(r.status === 200 && p.success ? { status: 'ready', venue: p.data.venue } : { status: 'error' });
    });
    return () => {
      live = false;
    };
  }, [booth.id, zoneId, status]);

  const changed = zoneId !== booth.zoneId || status !== booth.status;
  const publish = async () => {
    const body = { ...(zoneId !== booth.zoneId ? { zoneId } : {}), ...(status !== booth.status ? { status } : {}) };
    const r = await call('PATCH', `/api/admin/booths/${encodeURIComponent(booth.id)}`, body, csrf);
    if (r.status === 200) await onDone(t('adminBooths:published'));
    else setError(problem(r.status, r.body));
  };

  return (
    <section className="card" aria-labelledby="booth-change-title">
      <h2 id="booth-change-title">{t('adminBooths:changeTitle', { name })}</h2>
      {enterprise ? (
        <div className="form">
          <label className="field">
            <span className="field__label">{t('adminBooths:fieldZone')}</span>
            <select className="field__input" value={zoneId} onChange={(e) => onDraft({ ...draft, zoneId: e.currentTarget.value })}>
              {list.zones.map((z) => (
                <option key={z.id} value={z.id}>
                  {l(z.title)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('adminBooths:fieldStatus')}</span>
            <select className="field__input" value={status} onChange={(e) => onDraft({ ...draft, status: e.currentTarget.value as BoothStatus })}>
              <option value="open">{t('adminBooths:statusOpen')}</option>
              <option value="closed">{t('adminBooths:statusClosed')}</option>
            </select>
          </label>
        </div>
      ) : (
        <p className="notice">{t('adminBooths:err_not_enterprise')}</p>
      )}
      <h3>{t('adminBooths:preview')}</h3>
      {preview.status === 'loading' ? <p role="status">{t('adminBooths:previewLoading')}</p> : null}
      {preview.status === 'error' ? <p role="alert">{t('adminBooths:previewFailed')}</p> : null}
      {preview.status === 'ready' ? (
        <FloorPlan venue={preview.venue} highlight={booth.id} label={t(status === 'open' ? 'adminBooths:planLabel' : 'adminBooths:planLabelGone', { name })} />
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
      <p>
        {admin && enterprise ? (
          <button type="button" className="button button--primary" disabled={!changed} onClick={() => void publish()}>
            {t('adminBooths:publish')}
          </button>
        ) : null}{' '}
        <button type="button" className="button" onClick={() => void onDone('')}>
          {t('adminBooths:closeChange')}
        </button>
      </p>
      {admin && enterprise ? <Members {...props} /> : null}
    </section>
  );
}

/** Assigning: an existing enterprise account becomes a member, or an invitation link to this booth. */
function Members({ draft, list, csrf, onMembers }: { draft: Draft; list: AdminBoothList; csrf: string | null; onMembers: (note: string) => Promise<void> }) {
  const { t } = useTranslation();
  const problem = useProblem();
  const [accountId, setAccountId] = useState('');
  const [error, setError] = useState('');
  const [link, setLink] = useState<MadeLink | null>(null);
  const booth = draft.booth;
  const others = list.accounts.filter((a) => !booth.members.some((m) => m.id === a.id));

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const r = await call('POST', `/api/admin/booths/${encodeURIComponent(booth.id)}/members`, { accountId }, csrf);
    if (r.status === 200) {
      setError('');
      setAccountId('');
      await onMembers(t('adminBooths:memberAdded'));
    } else setError(problem(r.status, r.body));
  };
  const invite = async () => {
    const r = await call('POST', '/api/admin/invitations', { role: 'enterprise', boothId: booth.id }, csrf);
    const made = MadeLinkSchema.safeParse(r.body);
    if (r.status === 201 && made.success) setLink(made.data);
    else setError(problem(r.status, r.body));
  };

  return (
    <>
      <h3>{t('adminBooths:membersTitle')}</h3>
      <form className="form" onSubmit={(e) => void add(e)}>
        <label className="field">
          <span className="field__label">{t('adminBooths:memberAccount')}</span>
          <select className="field__input" value={accountId} required onChange={(e) => setAccountId(e.currentTarget.value)}>
            <option value="">{t('adminBooths:chooseAccount')}</option>
            {others.map((a) => (
              <option key={a.id} value={a.id}>
                {a.displayName} ({a.email})
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button" disabled={accountId === ''}>
          {t('adminBooths:addMember')}
        </button>
      </form>
      <p>{t('adminBooths:inviteHelp')}</p>
      <button type="button" className="button" onClick={() => void invite()}>
        {t('adminBooths:invite')}
      </button>
      {error ? <p role="alert">{error}</p> : null}
      {link ? <OnceLink id="booth-invite-link" title={t('adminBooths:inviteMade')} link={link} /> : null}
    </>
  );
}

function CreateForm({ list, csrf, onCreated }: { list: AdminBoothList; csrf: string | null; onCreated: (id: string) => Promise<void> }) {
  const { t } = useTranslation();
  const { l } = useLang();
  const problem = useProblem();
  const [error, setError] = useState('');

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const v = (name: string) => String(new FormData(form).get(name) ?? '');
    const programmeId = v('programmeId');
    const body = {
      id: v('id').trim(),
      name: { ko: v('nameKo'), en: v('nameEn') },
      zoneId: v('zoneId'),
      icon: v('icon'),
      ...(programmeId ? { programmeId } : {}),
      // A blank line starts a paragraph, as in /studio's editor.
      paragraphs: v('paragraphs')
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p !== ''),
    };
    const r = await call('POST', '/api/admin/booths', body, csrf);
    if (r.status !== 201) return setError(problem(r.status, r.body));
    setError('');
    form.reset();
    await onCreated(body.id);
  };

  return (
    <section aria-labelledby="booth-create-title">
      <h2 id="booth-create-title">{t('adminBooths:createTitle')}</h2>
      <p>{t('adminBooths:createHelp')}</p>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span className="field__label">{t('adminBooths:fieldId')}</span>
          <input className="field__input" name="id" required pattern="[a-z0-9]+(-[a-z0-9]+)*" maxLength={64} autoCapitalize="none" spellCheck={false} />
        </label>
        <label className="field">
          <span className="field__label">{t('adminBooths:fieldNameKo')}</span>
          <input className="field__input" name="nameKo" required maxLength={80} />
        </label>
        <label className="field">
          <span className="field__label">{t('adminBooths:fieldNameEn')}</span>
          <input className="field__input" name="nameEn" required maxLength={80} />
        </label>
        <label className="field">
          <span className="field__label">{t('adminBooths:fieldZone')}</span>
          <select className="field__input" name="zoneId" defaultValue={list.zones.at(-1)?.id}>
            {list.zones.map((z) => (
              <option key={z.id} value={z.id}>
                {l(z.title)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('adminBooths:fieldProgramme')}</span>
          <select className="field__input" name="programmeId" defaultValue="">
            <option value="">{t('adminBooths:noProgramme')}</option>
            {list.programmes.map((p) => (
              <option key={p.id} value={p.id}>
                {l(p.title)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('adminBooths:fieldIcon')}</span>
          <select className="field__input" name="icon" defaultValue="star">
            {ICONS.map((i) => (
              <option key={i} value={i}>
                {t(`adminBooths:icon_${i}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('adminBooths:fieldParagraphs')}</span>
          <textarea className="field__input" name="paragraphs" required rows={4} maxLength={4000} />
        </label>
        {error ? <p role="alert">{error}</p> : null}
        <button type="submit" className="button button--primary">
          {t('adminBooths:create')}
        </button>
      </form>
    </section>
  );
}
