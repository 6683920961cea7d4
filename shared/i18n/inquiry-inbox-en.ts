import type { inquiryInboxKo } from './inquiry-inbox-ko.ts';

/** English for namespace 'inquiryInbox'; the type makes a missing key a compile error. */
export const inquiryInboxEn: { [K in keyof typeof inquiryInboxKo]: string } = {
  title: 'Inquiries',
  titleOf: 'Inquiries to {{booth}}',
  booth: 'Sent to',
  lead: 'Consultation requests and purchase inquiries visitors sent. Answer them yourself at the contact they gave.',
  privacyNote: 'Use the personal information only to answer; it is erased automatically after its erasure date.',
  empty: 'No inquiries yet.',
  csv: 'Download as CSV',
  reference: 'Reference',
  received: 'Received',
  name: 'Name',
  contact: 'Contact',
  message: 'Message',
  status: 'Status',
  deleteAfter: 'Erased on',
  erased: 'The retention period ended and the personal information was erased.',
  loading: 'Loading inquiries…',
  failed: 'Could not load the inquiries. Please try again.',
  forbidden: 'You may not see this booth’s inquiries.',
  saved: '{{reference}}: now {{status}}.',
  saveFailed: 'Could not change the status. Please try again.',
  open: 'Inquiries',
  openWithNew: 'Inquiries ({{count}} new)',
  back: 'Back to my booths',
};
