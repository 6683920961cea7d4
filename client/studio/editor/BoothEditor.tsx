import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Account } from '../../../shared/api/account.ts';
import type { BoothEditView, BoothEntry, FieldEdit } from '../../../shared/api/studio.ts';
import { Pending, PrivatePage } from '../../account/PrivatePage.tsx';
import { useCatalogue } from '../../data/catalogue.ts';
import { useLang } from '../../i18n/index.ts';
import { BoothContent } from '../../ui/BoothContent.tsx';
import { boothHref } from '../../ui/boothHref.ts';
import { Preview3D } from '../preview/Preview3D.tsx';
import { ConflictPanel } from './ConflictPanel.tsx';
import { changedFields, draftOf, previewEntry, rebase, takeField, withEntry, type Conflict, type Draft } from './draft.ts';
import { BasicsFields } from './fields/BasicsFields.tsx';
import { LinksField } from './fields/LinksField.tsx';
import { PictureFields } from './fields/PictureFields.tsx';
import { ProcurementField } from './fields/ProcurementField.tsx';
import { ProductsField } from './fields/ProductsField.tsx';
import { loadBooth, saveBooth, type LoadResult } from './studioApi.ts';
import './editor.css';
import './i18n.ts';
import { LivePanel } from '../live/LivePanel.tsx';
import { StudioReplays } from '../replays/StudioReplays.tsx';

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** The booth as the member last submitted it: the saved entry with a pending edit laid over it. */
function withPending(view: BoothEditView): BoothEntry {
  const entry: Record<string, unknown> = { ...view.booth.entry };
  for (const f of view.pending?.fields ?? []) {
    if (f.value === null) delete entry[f.path];
    else entry[f.path] = f.value;
  }
  return { ...view.booth, entry } as BoothEntry;
}

/**
 * /studio/booths/:id: the booth's fields, pictures, products and procurement facts on one phone-sized
 * column, a preview of the booth as visitors see it (in 3D on demand, and as /list shows it), and
 * saving with what happened said plainly: saved, waiting for approval, refused (naming the fields), or overtaken by someone else's save
 * (shown field by field). Unsaved changes can be undone back to the booth as saved.
 */
export function BoothEditor({ me, boothId }: { me: Account; boothId: string }) {
  const { t } = useTranslation();
  const { l } = useLang();
  const venue = useCatalogue();
  const [load, setLoad] = useState<LoadResult | null>(null);
  const [saved, setSaved] = useState<BoothEntry | null>(null);
  const [version, setVersion] = useState(0);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [message, setMessage] = useState<Message>(null);
  const [saving, setSaving] = useState(false);

  const reload = useCallback(
    async (keepMessage = false) => {
      const r = await loadBooth(boothId);
      setLoad(r);
      if (!r.ok) return;
      setSaved(r.view.booth);
      setVersion(r.view.version);
      setDraft(draftOf(withPending(r.view)));
      setConflicts([]);
      if (!keepMessage) setMessage(null);
    },
    [boothId],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const fieldNames = (paths: string[]) => paths.map((p) => t(`boothEdit:field_${p}`, { defaultValue: p })).join(', ');
  const title = saved ? l(saved.kind === 'enterprise' ? saved.entry.name : saved.entry.title) : boothId;

  if (!load || (load.ok && (!saved || !draft))) {
    return (
      <PrivatePage title={t('boothEdit:title')} account={me}>
        <Pending text={t('boothEdit:loading')} />
      </PrivatePage>
    );
  }
  if (!load.ok || !saved || !draft) {
    const problem = load.ok ? 'failed' : load.problem;
    const text = { signedOut: t('boothEdit:signedOut'), forbidden: t('boothEdit:forbidden'), notFound: t('boothEdit:notFound'), failed: t('boothEdit:loadFailed') }[problem];
    return (
      <PrivatePage title={t('boothEdit:title')} account={me}>
        <p>
          <Link to="/studio">{t('boothEdit:back')}</Link>
        </p>
        <h1>{t('boothEdit:title')}</h1>
        <p className="notice" role="alert">
          {text}
        </p>
      </PrivatePage>
    );
  }

  const view = load.view;
  const changes: FieldEdit[] = changedFields(saved, draft);
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  const save = async () => {
    if (changes.length === 0) return setMessage({ kind: 'ok', text: t('boothEdit:noChanges') });
    setSaving(true);
    setMessage(null);
    const out = await saveBooth(boothId, { baseVersion: version, fields: changes }, load.csrfToken);
    setSaving(false);
    switch (out.kind) {
      case 'done':
        setMessage({ kind: 'ok', text: out.result.status === 'saved' ? t('boothEdit:saved') : t('boothEdit:submitted') });
        return reload(true);
      case 'stale': {
        const next = rebase(saved, out.stale.current, draft);
        setSaved(out.stale.current);
        setVersion(out.stale.version);
        setDraft(next.draft);
        setConflicts(next.conflicts);
        return;
      }
      case 'invalid':
        return setMessage({ kind: 'error', text: t('boothEdit:invalid', { fields: fieldNames(out.fields) }) });
      case 'problem':
        return setMessage({ kind: 'error', text: out.problem === 'signedOut' ? t('boothEdit:signedOut') : out.problem === 'forbidden' ? t('boothEdit:forbidden') : t('boothEdit:failed') });
    }
  };

  const preview = venue.status === 'ready' ? withEntry(venue.catalogue, previewEntry(saved, draft)) : undefined;
  const descriptionPath = saved.kind === 'enterprise' ? 'paragraphs' : 'intro';

  return (
    <PrivatePage title={`${title} · ${t('boothEdit:title')}`} account={me}>
      <p>
        <Link to="/studio">{t('boothEdit:back')}</Link>
      </p>
      <h1>
        {title} <span className="editor__kicker">{t('boothEdit:title')}</span>
      </h1>
      {view.pending ? <p className="badge badge--pending">{t('boothEdit:pendingStatus')}</p> : null}
      {!view.pending && view.rejection ? (
        <p className="notice notice--rejected">{t('boothEdit:rejectedStatus', { reason: view.rejection.reason })}</p>
      ) : null}
      {view.editsNeedApproval ? <p className="hint">{t('boothEdit:needsApproval')}</p> : null}
      <LivePanel boothId={boothId} boothName={title} />
      <StudioReplays boothId={boothId} />
      {conflicts.length > 0 ? (
        <ConflictPanel
          conflicts={conflicts}
          onTakeTheirs={(path) => {
            setDraft(takeField(draft, draftOf(saved), path));
            setConflicts(conflicts.filter((c) => c.path !== path));
          }}
          onKeepMine={() => void save()}
        />
      ) : null}
      <form
        className="editor"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <BasicsFields draft={draft} set={set} descriptionPath={descriptionPath} />
        <PictureFields draft={draft} set={set} boothId={boothId} csrfToken={load.csrfToken} />
        <LinksField draft={draft} set={set} />
        {saved.kind === 'enterprise' ? (
          <>
            <ProductsField draft={draft} set={set} boothId={boothId} csrfToken={load.csrfToken} />
            <ProcurementField draft={draft} set={set} />
          </>
        ) : null}
        <div className="editor__actions">
          {changes.length > 0 ? <p className="hint">{t('boothEdit:unsaved', { fields: fieldNames(changes.map((c) => c.path)) })}</p> : null}
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? t('boothEdit:saving') : view.editsNeedApproval ? t('boothEdit:submit') : t('boothEdit:save')}
          </button>
          <button
            type="button"
            className="button"
            disabled={changes.length === 0 || saving}
            onClick={() => {
              setDraft(draftOf(saved));
              setConflicts([]);
              setMessage(null);
            }}
          >
            {t('boothEdit:undo')}
          </button>
          <p role="status" className={message?.kind === 'error' ? 'field-error' : undefined}>
            {message?.text ?? ''}
          </p>
        </div>
      </form>
      <section className="editor__preview" aria-labelledby="preview-title">
        <h2 id="preview-title">{t('boothEdit:previewTitle')}</h2>
        <p className="hint">
          {t('boothEdit:previewNote')} <Link to={boothHref(boothId, 'world')}>{t('boothEdit:viewInWorld')}</Link> ·{' '}
          <Link to={boothHref(boothId, 'list')}>{t('boothEdit:viewInList')}</Link>
        </p>
        <Preview3D catalogue={preview} boothId={boothId} name={l(draft.name)} />
        {preview ? <BoothContent boothId={boothId} headingLevel={3} catalogue={preview} /> : null}
      </section>
    </PrivatePage>
  );
}

/** The route's element: the booth named in the address. */
export function BoothEditorRoute({ me }: { me: Account }) {
  const { id = '' } = useParams();
  return <BoothEditor key={id} me={me} boothId={id} />;
}
