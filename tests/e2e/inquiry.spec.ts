/**
 * A visitor on a phone sends a consultation from a booth's /list page: the form names every
 * problem beside its field and nothing is sent without both consents; once sent, the receipt shows
 * the reference number. The booth's member finds it in /studio (the badge counts it), marks it
 * answered and downloads the CSV. What the visitor typed stays text. /privacy in both languages.
 * Axe clean.
 */
import { readFileSync } from 'node:fs';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { CONSENT_VERSION } from '../../shared/privacy/notices.ts';
import { adminKo } from '../../shared/i18n/admin-ko.ts';
import { inquiryFormKo } from '../../shared/i18n/inquiry-form-ko.ts';
import { inquiryInboxKo } from '../../shared/i18n/inquiry-inbox-ko.ts';
import { hydrated } from '../helpers/hydrated.ts';
import { t } from '../helpers/i18n.ts';
import { ownServer } from '../helpers/ownServer.ts';
import type { RunningServer } from '../helpers/serverProcess.ts';
import { invitedAccount, setupAdmin, type SignedInSession } from '../helpers/staffSession.ts';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';

const BOOTH = 'cut-the-trash';
const boothName = findBooth(CATALOGUE, BOOTH)!.summary.title.ko;
const PAYLOAD = '<img src=x onerror="window.__pwned=1">';

/** The form's strings (namespace inquiryForm, loaded with the form, so not in the page's resources), {{vars}} filled. */
const tf = (key: keyof typeof inquiryFormKo, vars: Record<string, string> = {}): string => inquiryFormKo[key].replace(/\{\{(\w+)\}\}/g, (_, v: string) => vars[v] ?? '');
const tfPattern = (key: keyof typeof inquiryFormKo, name: string, source: string): RegExp =>
  new RegExp(inquiryFormKo[key].split(`{{${name}}}`).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(source));

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, testHook: false });

test('a visitor sends a consultation from a booth page and sees the receipt with its reference', async ({ page }) => {
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  await page.goto(`/booth/${BOOTH}?view=list`);
  await expect(page.getByRole('heading', { level: 1, name: boothName })).toBeVisible();
  // Enterprises not eligible for priority purchase offer no purchase inquiry (none in the brochure is).
  await expect(page.getByRole('button', { name: t('inquiry.openPurchase') })).toHaveCount(0);
  const open = page.getByRole('button', { name: t('inquiry.openConsultation') });
  // Before hydration the button does nothing; the form loads with the first click after it.
  await hydrated(page);
  await open.click();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  const form = page.getByRole('form', { name: tf('title_consultation', { recipient: boothName }) });
  await expect(form).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await expectNoSeriousA11yViolations(page);

  // Sent empty: the summary takes the focus, each field says what is wrong, nothing is sent.
  await form.getByRole('button', { name: tf('send') }).click();
  await expect(page.getByRole('group', { name: tfPattern('formErrors', 'count', '\\d+') })).toBeFocused();
  const name = form.getByRole('textbox', { name: tf('name') });
  const contact = form.getByRole('textbox', { name: tf('contact') });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(tf('field_required'));
  const collection = form.getByRole('checkbox', { name: tf('consent_collection'), exact: false });
  const provision = form.getByRole('checkbox', { name: tf('consent_provision'), exact: false });
  await expect(collection).toHaveAttribute('aria-invalid', 'true');
  // Each consent reads its notice: purpose, items, retention, and the enterprise as the recipient.
  await expect(provision).toHaveAccessibleDescription(new RegExp(`${t('inquiry.purpose_provision')}.*${tf('recipient_enterprise', { enterprise: boothName }).replace(/[()]/g, '\\$&')}`));
  await expectNoSeriousA11yViolations(page);

  await name.fill(`김민지 ${PAYLOAD}`);
  await contact.fill('010 1234');
  await form.getByRole('textbox', { name: tf('message') }).fill(`업사이클 제품 상담을 원합니다. ${PAYLOAD}`);
  await collection.check();
  await form.getByRole('button', { name: tf('send') }).click();
  await expect(contact).toHaveAccessibleDescription(`${tf('contactHint')} ${tf('field_contact_invalid')}`);
  // Without the second consent it is still not sent.
  await contact.fill('010 1234 5678');
  await form.getByRole('button', { name: tf('send') }).click();
  await expect(provision).toHaveAttribute('aria-invalid', 'true');

  await provision.check();
  await form.getByRole('button', { name: tf('send') }).click();
  const receipt = page.getByRole('region', { name: tf('receiptTitle') });
  await expect(receipt).toBeFocused();
  await expect(receipt.getByTestId('inquiry-reference')).toHaveText(/^Q-\d{8}-[0-9A-HJKMNP-TV-Z]{4}$/);
  await expect(receipt).toContainText(tf('receiptNext_enterprise', { enterprise: boothName }));
  await expect(receipt.getByRole('link', { name: tf('privacyLink') })).toHaveAttribute('href', '/privacy');
  await expectNoSeriousA11yViolations(page);
  // The payload was sent as text and never ran.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('/list offers SOS consulting in the center section, answered by the center alone', async ({ page }) => {
  await page.goto('/list');
  const open = page.getByRole('button', { name: t('inquiry.openSos') });
  await hydrated(page);
  await open.click();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  const form = page.getByRole('form', { name: tf('title_sos') });
  // The center is not a third party: one consent, to collection and use.
  await expect(form.getByRole('checkbox')).toHaveCount(1);
  await expect(form.getByRole('checkbox')).toHaveAccessibleName(new RegExp(tf('consent_collection')));
  // The booth presenting SOS consulting offers it too (the same buttons show in the world's booth dialog).
  await page.goto('/booth/consulting?view=list');
  await expect(page.getByRole('group', { name: t('inquiry.actionsLabel') }).getByRole('button')).toHaveText([t('inquiry.openConsultation'), t('inquiry.openSos')]);
});

for (const lang of ['ko', 'en'] as const) {
  test(`/privacy in ${lang}: who collects what, for how long, and how to ask for deletion`, async ({ page }) => {
    await page.goto(`/privacy?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1, name: t('privacy.title', {}, lang) })).toBeVisible();
    await expect(page.getByText(t('privacy.retention', { days: 365 }, lang))).toBeVisible();
    await expect(page.getByRole('heading', { name: t('privacy.rightsTitle', {}, lang) })).toBeVisible();
    await expect(page.getByRole('link', { name: CATALOGUE.center.email })).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    await expectNoSeriousA11yViolations(page);
  });
}

/** A fresh server of our own with its first admin, who invites a member of the booth: the inbox starts empty. */
const studioTest = test.extend<object, { studioServer: RunningServer; admin: SignedInSession; member: SignedInSession }>({
  studioServer: ownServer(),
  admin: [async ({ studioServer }, use) => use(await setupAdmin(studioServer.url, studioServer.output())), { scope: 'worker' }],
  member: [
    async ({ studioServer, admin }, use) => {
      await use(await invitedAccount(studioServer.url, admin, { role: 'enterprise', boothId: BOOTH, email: 'owner@ctt.example.kr', displayName: '컷더트래쉬 담당자' }));
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ studioServer }, use) => use(studioServer.url),
});

studioTest('the booth’s member sees the inquiry in /studio, marks it answered and downloads the CSV', async ({ page, context, studioServer, member }) => {
  studioTest.setTimeout(180_000);
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  const sent = await page.request.post('/api/inquiries', {
    data: {
      kind: 'consultation',
      boothId: BOOTH,
      name: `박지훈 ${PAYLOAD}`,
      contact: '010-5555-1234',
      message: `=1+1 단체 주문 상담\n${PAYLOAD}`,
      consents: { collection: true, provision: true, version: CONSENT_VERSION },
      lang: 'ko',
    },
  });
  expect(sent.status()).toBe(201);
  const { reference } = (await sent.json()) as { reference: string };

  await context.addCookies([{ name: 'seeot_session', value: member.cookie.split('=')[1]!, url: studioServer.url }]);
  await page.goto('/studio');
  const inboxLink = page.getByRole('link', { name: inquiryInboxKo.openWithNew.replace('{{count}}', '1') });
  await inboxLink.click();
  await expect(page.getByRole('heading', { level: 1, name: inquiryInboxKo.titleOf.replace('{{booth}}', boothName) })).toBeVisible();
  const card = page.getByRole('listitem').filter({ hasText: reference });
  await expect(card).toContainText(`박지훈 ${PAYLOAD}`);
  await expect(card.getByRole('link', { name: '010-5555-1234' })).toHaveAttribute('href', 'tel:01055551234');
  await expectNoSeriousA11yViolations(page);

  await card.getByLabel(inquiryInboxKo.status).selectOption('answered');
  await expect(page.getByRole('status').filter({ hasText: reference })).toHaveText(inquiryInboxKo.saved.replace('{{reference}}', reference).replace('{{status}}', t('inquiry.status_answered')));

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: inquiryInboxKo.csv }).click();
  const bytes = readFileSync((await (await download).path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.subarray(3).toString('utf8');
  expect(csv).toContain(reference);
  expect(csv).toContain(t('inquiry.status_answered'));
  // The message would run as a formula in Excel: defused.
  expect(csv).toContain(`"'=1+1 단체 주문 상담\n${PAYLOAD.replace(/"/g, '""')}"`);

  // Back in /studio the badge no longer counts it.
  await page.goto('/studio');
  await expect(page.getByRole('link', { name: inquiryInboxKo.open, exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

studioTest('staff see every inquiry of the fair in /admin, SOS consulting included', async ({ page, context, studioServer, admin }) => {
  const sos = await page.request.post('/api/inquiries', {
    data: { kind: 'sos', name: '이수진', contact: 'sujin@example.kr', message: '세무 컨설팅이 필요합니다.', consents: { collection: true, version: CONSENT_VERSION }, lang: 'ko' },
  });
  expect(sos.status()).toBe(201);
  const { reference } = (await sos.json()) as { reference: string };
  await context.addCookies([{ name: 'seeot_session', value: admin.cookie.split('=')[1]!, url: studioServer.url }]);
  await page.goto('/admin/inquiries');
  await expect(page.getByRole('heading', { level: 1, name: adminKo.navInquiries })).toBeVisible();
  const card = page.getByRole('listitem').filter({ hasText: reference });
  await expect(card).toContainText(`${CATALOGUE.center.name.ko} (SOS)`);
  await expect(card.getByRole('link', { name: 'sujin@example.kr' })).toBeVisible();
  await expect(page.getByRole('link', { name: inquiryInboxKo.csv })).toHaveAttribute('href', '/api/admin/inquiries.csv?fairId=1');
  await expectNoSeriousA11yViolations(page);
});
