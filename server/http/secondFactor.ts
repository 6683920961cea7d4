/**
 * /api/auth/totp: a staff member's own second factor. GET its state; POST /enrol makes a new secret
 * (shown once, as text and a QR code drawn here as SVG) that takes effect only when POST /confirm
 * brings a current code, which answers with the recovery codes (shown once, stored hashed); POST
 * /disable needs a current code. Enabling and disabling go to the audit log. Writes carry the
 * session's CSRF token (requireSession). Rate-limited like sign-in: a wrong code counts as a
 * failed try for the account's email.
 */
import { Router } from 'express';
import QRCode from 'qrcode';
import type { TotpEnrolment, TotpState } from '../../shared/api/secondFactor.ts';
import { TotpCodeBodySchema } from '../../shared/api/secondFactor.ts';
import type { LoginThrottle } from '../auth/loginThrottle.ts';
import type { SecondFactor } from '../auth/secondFactor.ts';
import { hashRecoveryCode, matchingStep, newRecoveryCodes, newTotpSecret, otpauthUrl } from '../auth/totp.ts';
import type { Repos } from '../db/repos.ts';
import type { Logger } from '../logger.ts';
import { auditStaff } from '../moderation/staffAudit.ts';
import { principalOf, requireSession, requireStaff, sendAccountError } from './principal.ts';
import { refuseCode, refuseThrottled } from './refusals.ts';
import { validBody } from './validBody.ts';

export interface SecondFactorRoutesOptions {
  repos: Pick<Repos, 'accounts' | 'secondFactor' | 'moderation'>;
  secondFactor: SecondFactor;
  throttle: LoginThrottle;
  log: Pick<Logger, 'info'>;
  now?: () => number;
}

export function secondFactorRoutes({ repos, secondFactor, throttle, log, now = Date.now }: SecondFactorRoutesOptions): Router {
  const router = Router();
  router.use(requireSession(repos, { now }), requireStaff);
  const me = (req: Parameters<typeof principalOf>[0]) => principalOf(req)!;
  const emailOf = async (accountId: string) => (await repos.accounts.accountById(accountId))?.email ?? accountId;

  router.get('/', async (req, res) => {
    const row = await repos.secondFactor.totpOf(me(req).accountId);
    const body: TotpState = { enabled: row?.confirmed === true, required: secondFactor.required, recoveryCodesLeft: row?.confirmed ? row.recoveryCodesLeft : 0 };
    res.setHeader('Cache-Control', 'no-store');
    res.json(body);
  });

  router.post('/enrol', async (req, res) => {
    const p = me(req);
    const secret = newTotpSecret();
    if (!(await repos.secondFactor.beginTotp(p.accountId, secondFactor.box.seal(secret)))) return sendAccountError(res, 409, 'totp_already_on');
    const url = otpauthUrl(secret, await emailOf(p.accountId));
    const body: TotpEnrolment = { secret, otpauthUrl: url, qrSvg: await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }) };
    res.setHeader('Cache-Control', 'no-store');
    res.status(201).json(body);
  });

  router.post('/confirm', async (req, res) => {
    const p = me(req);
    const body = validBody(TotpCodeBodySchema, req, res);
    if (!body) return;
    const row = await repos.secondFactor.totpOf(p.accountId);
    if (!row || row.confirmed) return sendAccountError(res, 409, row ? 'totp_already_on' : 'totp_not_begun');
    const email = await emailOf(p.accountId);
    if (refuseThrottled(res, await throttle.attempt(email, null))) return;
    const secret = secondFactor.box.open(row.secretEnc);
    const step = secret === null ? null : await matchingStep(secret, body.code, now());
    if (step === null) {
      await throttle.failed(email);
      return refuseCode(res, 'wrong');
    }
    const codes = newRecoveryCodes();
    if (!(await repos.secondFactor.confirmTotp(p.accountId, step, codes.map(hashRecoveryCode)))) return sendAccountError(res, 409, 'totp_already_on');
    await throttle.succeeded(email);
    await auditStaff(repos.moderation, req, 'totpEnabled', p.accountId);
    log.info({ account: p.accountId }, 'two-step sign-in turned on');
    res.setHeader('Cache-Control', 'no-store');
    res.status(201).json({ recoveryCodes: codes });
  });

  router.post('/disable', async (req, res) => {
    const p = me(req);
    const body = validBody(TotpCodeBodySchema, req, res);
    if (!body) return;
    if (!(await secondFactor.isOn(p.accountId))) return sendAccountError(res, 409, 'totp_off');
    const email = await emailOf(p.accountId);
    if (refuseThrottled(res, await throttle.attempt(email, null))) return;
    const check = await secondFactor.checkCode(p.accountId, body.code, now());
    if (check !== 'ok') {
      await throttle.failed(email);
      return refuseCode(res, check);
    }
    await throttle.succeeded(email);
    await repos.secondFactor.removeTotp(p.accountId);
    await auditStaff(repos.moderation, req, 'totpDisabled', p.accountId);
    log.info({ account: p.accountId }, 'two-step sign-in turned off');
    res.status(204).end();
  });

  return router;
}
