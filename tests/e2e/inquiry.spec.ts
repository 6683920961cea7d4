/**
 * A visitor on a phone sends a consultation from a booth's /list page: the form names every
 * problem beside its field and nothing is sent without both consents; once sent, the receipt shows
 * the reference number. What the visitor typed stays text. /privacy in both languages. Axe clean.
 */
import { findBooth } from '../../shared/catalogue/booths.ts';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { t, tPattern } from '../helpers/i18n.ts';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';

const BOOTH = 'cut-the-trash';
const boothName = findBooth(CATALOGUE, BOOTH)!.summary.title.ko;
const PAYLOAD = '<img src=x onerror="window.__pwned=1">';

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
  // Clicked once the page has hydrated (the form loads with the first click after it).
  await expect(async () => {
    await open.click();
    await expect(open).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
  }).toPass();
  const form = page.getByRole('form', { name: t('inquiry.title_consultation', { recipient: boothName }) });
  await expect(form).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await expectNoSeriousA11yViolations(page);

  // Sent empty: the summary takes the focus, each field says what is wrong, nothing is sent.
  await form.getByRole('button', { name: t('inquiry.send') }).click();
  await expect(page.getByRole('group', { name: tPattern('inquiry.formErrors', { count: '\\d+' }) })).toBeFocused();
  const name = form.getByRole('textbox', { name: t('inquiry.name') });
  const contact = form.getByRole('textbox', { name: t('inquiry.contact') });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(t('inquiry.field_required'));
  const collection = form.getByRole('checkbox', { name: t('inquiry.consent_collection'), exact: false });
  const provision = form.getByRole('checkbox', { name: t('inquiry.consent_provision'), exact: false });
  await expect(collection).toHaveAttribute('aria-invalid', 'true');
  // Each consent reads its notice: purpose, items, retention, and the enterprise as the recipient.
  await expect(provision).toHaveAccessibleDescription(new RegExp(`${t('inquiry.purpose_provision')}.*${t('inquiry.recipient_enterprise', { enterprise: boothName }).replace(/[()]/g, '\\$&')}`));
  await expectNoSeriousA11yViolations(page);

  await name.fill(`김민지 ${PAYLOAD}`);
  await contact.fill('010 1234');
  await form.getByRole('textbox', { name: t('inquiry.message') }).fill(`업사이클 제품 상담을 원합니다. ${PAYLOAD}`);
  await collection.check();
  await form.getByRole('button', { name: t('inquiry.send') }).click();
  await expect(contact).toHaveAccessibleDescription(`${t('inquiry.contactHint')} ${t('inquiry.field_contact_invalid')}`);
  // Without the second consent it is still not sent.
  await contact.fill('010 1234 5678');
  await form.getByRole('button', { name: t('inquiry.send') }).click();
  await expect(provision).toHaveAttribute('aria-invalid', 'true');

  await provision.check();
  await form.getByRole('button', { name: t('inquiry.send') }).click();
  const receipt = page.getByRole('region', { name: t('inquiry.receiptTitle') });
  await expect(receipt).toBeFocused();
  await expect(receipt.getByTestId('inquiry-reference')).toHaveText(/^Q-\d{8}-[0-9A-HJKMNP-TV-Z]{4}$/);
  await expect(receipt).toContainText(t('inquiry.receiptNext_enterprise', { enterprise: boothName }));
  await expect(receipt.getByRole('link', { name: t('inquiry.privacyLink') })).toHaveAttribute('href', '/privacy');
  await expectNoSeriousA11yViolations(page);
  // The payload was sent as text and never ran.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('/list offers SOS consulting in the center section, answered by the center alone', async ({ page }) => {
  await page.goto('/list');
  const open = page.getByRole('button', { name: t('inquiry.openSos') });
  await expect(async () => {
    await open.click();
    await expect(open).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
  }).toPass();
  const form = page.getByRole('form', { name: t('inquiry.title_sos') });
  // The center is not a third party: one consent, to collection and use.
  await expect(form.getByRole('checkbox')).toHaveCount(1);
  await expect(form.getByRole('checkbox')).toHaveAccessibleName(new RegExp(t('inquiry.consent_collection')));
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
