import type { privacyKo } from './privacy-ko.ts';

/** English for namespace 'privacy'; the type makes a missing key a compile error. */
export const privacyEn: { [K in keyof typeof privacyKo]: string } = {
  title: 'Privacy policy',
  lead: 'What personal information Seeot World handles when you send a consultation request, a purchase inquiry or an SOS consulting request.',
  controllerTitle: 'Who handles it',
  controller: 'The {{center}} runs Seeot World and handles the personal information.',
  collectedTitle: 'What is collected',
  collected_consultation: 'Consultation and SOS consulting requests: {{items}}',
  collected_purchase: 'Purchase inquiries: {{items}}',
  collectedNone: 'Visitors who only look around give no name or contact. Your network address is used only for the rate limits that stop abuse and is not stored.',
  purposesTitle: 'Purposes',
  recipientsTitle: 'Who receives it (provision to third parties)',
  recipients_center: "Inquiries to the center's programme booths and SOS consulting go to the center only.",
  recipients_enterprise: 'Inquiries to an enterprise booth are provided, with your consent, to that enterprise (the people registered for its inbox) so that it can answer you directly. It may use them only to answer.',
  retentionTitle: 'How long it is kept',
  retention: 'For {{days}} days from the inquiry; then the name, contact, message and purchase details are destroyed automatically. Afterwards only the kind, booth and date remain, for statistics.',
  rightsTitle: 'Access, correction and deletion',
  rights: 'You may ask to see, correct or delete your information, or to stop its processing, at any time before then. Write to the contacts below with your reference number (e.g. Q-20261203-7KQ2).',
  refuseTitle: 'Your right to refuse',
  refuse: 'You may refuse the collection and use of your information and its provision to a third party. Without these consents the inquiry cannot be sent; you can still contact the center directly.',
  cookiesTitle: 'Cookies',
  cookies: 'A random visitor number (seeot_guest) and your language (seeot_lang) are kept in cookies. They hold no name or contact.',
  analyticsTitle: 'Visit statistics',
  analytics: "To help booths improve, the server counts visits from where avatars stand in the 3D venue. It keeps visits of more than 3 seconds at a booth (the booth, start and end time, time spent), how often a booth was opened and its links and products clicked, and how many visitors stood in each 4 m square per 10 minutes. A visitor is counted only as a number scrambled with a value that changes every day (at midnight Korean time), so only one day's visits are linked; no visitor number, name, contact or address is kept in the statistics. Enterprises see their own booth's figures, the center's staff all of them.",
  contactTitle: 'Contact',
  version: 'Consent notice version {{version}}',
};
