/**
 * GET /api/admin/accounts.csv (admins only): every account's personal data we hold (email, display
 * name, role, booths, state, second factor) as a spreadsheet, for a data-subject request or an
 * audit. Each download is an audit entry. Visitors' inquiries have their export already
 * (/api/admin/inquiries.csv, staff); orders per booth in /studio.
 */
import { Router, type Request } from 'express';
import { accountEn } from '../../shared/i18n/account-en.ts';
import { accountKo } from '../../shared/i18n/account-ko.ts';
import { adminEn } from '../../shared/i18n/admin-en.ts';
import { adminKo } from '../../shared/i18n/admin-ko.ts';
import { asLang } from '../../shared/i18n/langChoice.ts';
import type { Repos } from '../db/repos.ts';
import { toCsv } from '../inquiries/csv.ts';
import type { Logger } from '../logger.ts';
import { auditStaff } from '../moderation/staffAudit.ts';
import { principalOf, requireRole, requireSession } from './principal.ts';

const STRINGS = { ko: { ...accountKo, ...adminKo }, en: { ...accountEn, ...adminEn } };
const ROLE_KEY = { admin: 'roleAdmin', moderator: 'roleModerator', enterprise: 'roleEnterprise' } as const;

/** ?lang=en for English headers and values; Korean otherwise, as the center's other exports. */
const langOf = (req: Request) => asLang(typeof req.query['lang'] === 'string' ? req.query['lang'] : undefined) ?? 'ko';

export function adminExportRoutes({ repos, log }: { repos: Pick<Repos, 'accounts' | 'moderation' | 'secondFactor'>; log: Pick<Logger, 'info'> }): Router {
  const router = Router();
  router.get('/accounts.csv', requireSession(repos), requireRole('admin'), async (req, res) => {
    const s = STRINGS[langOf(req)];
    const [rows, withTotp] = await Promise.all([repos.accounts.listAccounts(), repos.secondFactor.accountsWithTotp()]);
    const totp = new Set(withTotp);
    const csv = toCsv(
      [s.accountEmail, s.fieldName, s.accountRole, s.accountBooths, s.accountState, s.accountTwoStep],
      rows.map((a) => [a.email, a.displayName, s[ROLE_KEY[a.role]], a.boothIds.join(' '), a.disabled ? s.stateDisabled : s.stateActive, totp.has(a.id) ? s.twoStepOn : s.twoStepOff]),
    );
    log.info({ by: principalOf(req)?.accountId, accounts: rows.length }, 'accounts exported');
    await auditStaff(repos.moderation, req, 'personalDataExported', `accounts.csv (${rows.length})`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="accounts.csv"');
    res.send(csv);
  });
  return router;
}
