/**
 * Saving a booth from /studio and reviewing saves in /admin. Callers are already authorised (the
 * routes check the session, the role and the booth); the service decides what happens to a save:
 * refused (invalid, stale), saved at once, or queued for staff when the booth's fair needs approval.
 * Nothing is silently overwritten: every save names the booth version it was made from.
 */
import type { BoothEditView, BoothEntry, EditRow, EditStatus, FieldEdit, SaveBoothBody } from '../../shared/api/studio.ts';
import { findBooth } from '../../shared/catalogue/booths.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import type { StoredEdit } from '../db/boothEditsRepo.ts';
import type { VenueService } from '../venue/venueService.ts';
import { checkEdit } from './checkEdit.ts';

export type SaveOutcome =
  | { kind: 'saved'; version: number }
  | { kind: 'pending'; editId: number }
  | { kind: 'stale'; version: number; current: BoothEntry }
  | { kind: 'invalid'; paths: string[] }
  | { kind: 'not_found' };

export type ApproveOutcome =
  | { kind: 'approved'; version: number }
  | { kind: 'stale'; version: number; current: BoothEntry }
  | { kind: 'invalid'; paths: string[] }
  | { kind: 'not_pending' }
  | { kind: 'not_found' };

export type RejectOutcome = { kind: 'rejected' } | { kind: 'not_pending' } | { kind: 'not_found' };

export interface BoothEditService {
  view(boothId: string): Promise<BoothEditView | null>;
  /** `reviewer`: staff save directly, there being nobody above them to approve. */
  save(boothId: string, body: SaveBoothBody, by: string, opts?: { reviewer?: boolean }): Promise<SaveOutcome>;
  queue(status: EditStatus): Promise<EditRow[]>;
  approve(editId: number, by: string): Promise<ApproveOutcome>;
  reject(editId: number, by: string, reason: string): Promise<RejectOutcome>;
  fairSettings(fairId: number): Promise<{ id: number; editsNeedApproval: boolean } | null>;
  setEditsNeedApproval(fairId: number, value: boolean): Promise<boolean>;
}

function entryOf(venue: Catalogue, boothId: string): BoothEntry | undefined {
  const b = findBooth(venue, boothId);
  if (!b) return undefined;
  return b.kind === 'enterprise' ? { kind: 'enterprise', entry: b.enterprise } : { kind: 'programme', entry: b.programme };
}

const iso = (d: Date) => d.toISOString();
const fieldsOf = (e: StoredEdit) => e.fields as FieldEdit[];

export function createBoothEditService(venue: VenueService): BoothEditService {
  const repo = venue.repos.boothEdits;
  const current = async (boothId: string) => entryOf((await venue.getVenue()).venue, boothId);

  /** Saves through the venue (validated again by its merge), from `baseVersion` only. */
  const write = async (boothId: string, fields: FieldEdit[], by: string, baseVersion: number) => {
    const result = await venue.editBooth({ boothId, fields, by, expectedVersion: baseVersion });
    if (result.ok) return { kind: 'saved', version: result.boothVersion } as const;
    if (result.reason === 'stale') {
      const now = await current(boothId);
      return now ? ({ kind: 'stale', version: result.boothVersion, current: now } as const) : ({ kind: 'not_found' } as const);
    }
    if (result.reason === 'invalid') return { kind: 'invalid', paths: result.paths } as const;
    return { kind: 'not_found' } as const;
  };

  return {
    async view(boothId) {
      const [state, booth] = await Promise.all([repo.boothState(boothId), current(boothId)]);
      if (!state || !booth) return null;
      const [pending, reviewed] = await Promise.all([repo.pendingOf(boothId), repo.lastReviewed(boothId)]);
      return {
        boothId,
        booth,
        version: state.version,
        editsNeedApproval: state.editsNeedApproval,
        pending: pending && { id: pending.id, fields: fieldsOf(pending), baseVersion: pending.baseVersion, submittedAt: iso(pending.submittedAt) },
        rejection: reviewed?.status === 'rejected' && reviewed.reviewedAt ? { reason: reviewed.reason ?? '', at: iso(reviewed.reviewedAt) } : null,
      };
    },

    async save(boothId, body, by, { reviewer = false } = {}) {
      const [state, booth] = await Promise.all([repo.boothState(boothId), current(boothId)]);
      if (!state || !booth) return { kind: 'not_found' };
      const checked = checkEdit(booth.kind, booth.entry, body.fields);
      if (!checked.ok) return { kind: 'invalid', paths: checked.paths };
      if (!state.editsNeedApproval || reviewer) return write(boothId, checked.fields, by, body.baseVersion);
      // Queued edits are checked against the version too: staff should review a change to what is shown now.
      if (body.baseVersion !== state.version) return { kind: 'stale', version: state.version, current: booth };
      const { id } = await repo.submit({ boothId, fields: checked.fields, baseVersion: body.baseVersion, by });
      return { kind: 'pending', editId: id };
    },

    async queue(status) {
      const [edits, { venue: v }] = await Promise.all([repo.list(status), venue.getVenue()]);
      return edits.map((e) => {
        const b = findBooth(v, e.boothId);
        return {
          id: e.id,
          boothId: e.boothId,
          boothName: b?.summary.title ?? { ko: e.boothId, en: e.boothId },
          fields: fieldsOf(e),
          baseVersion: e.baseVersion,
          status: e.status,
          submittedBy: e.submittedByName,
          submittedAt: iso(e.submittedAt),
          reason: e.reason,
        };
      });
    },

    async approve(editId, by) {
      const edit = await repo.get(editId);
      if (!edit) return { kind: 'not_found' };
      if (edit.status !== 'pending') return { kind: 'not_pending' };
      // Checked again as the venue is now (the catalogue may have changed since it was submitted).
      const booth = await current(edit.boothId);
      if (!booth) return { kind: 'not_found' };
      const checked = checkEdit(booth.kind, booth.entry, fieldsOf(edit));
      if (!checked.ok) return { kind: 'invalid', paths: checked.paths };
      // Applied as of the version the member edited: if the booth moved since, staff are told and it stays pending.
      const result = await repo.approve(editId, by);
      if (result.ok) {
        await venue.recheck();
        return { kind: 'approved', version: result.boothVersion };
      }
      if (result.reason === 'stale') {
        // Another process may have moved it: read the venue as the database has it now.
        const now = entryOf((await venue.recheck()).venue, edit.boothId);
        return now ? { kind: 'stale', version: result.boothVersion, current: now } : { kind: 'not_found' };
      }
      return result.reason === 'not_pending' ? { kind: 'not_pending' } : { kind: 'not_found' };
    },

    async reject(editId, by, reason) {
      const edit = await repo.get(editId);
      if (!edit) return { kind: 'not_found' };
      return (await repo.reject({ id: editId, by, reason })) ? { kind: 'rejected' } : { kind: 'not_pending' };
    },

    fairSettings: (fairId) => repo.fairSettings(fairId),
    setEditsNeedApproval: (fairId, value) => repo.setEditsNeedApproval(fairId, value),
  };
}
