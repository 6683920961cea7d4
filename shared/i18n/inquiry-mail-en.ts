import type { inquiryMailKo } from './inquiry-mail-ko.ts';

/** English mails and CSV headers; the type makes a missing key a compile error. */
export const inquiryMailEn: { [K in keyof typeof inquiryMailKo]: string } = {
  mail_newSubject: '[Seeot World] New {{kind}} {{reference}}',
  mail_newBody:
    'A new {{kind}} arrived through Seeot World.\n\nReference: {{reference}}\nBooth: {{booth}}\nName: {{name}}\nContact: {{contact}}\n\n{{message}}\n{{details}}\nChange its status in the studio inbox.\nThe personal information is destroyed automatically on {{date}}. Use it only to answer this inquiry.',
  mail_receiptSubject: '[Seeot World] Your {{kind}} {{reference}} was received',
  mail_receiptBody:
    'Dear {{name}}, your inquiry was received.\n\nReference: {{reference}}\nRecipient: {{recipient}}\n\n{{message}}\n\nYou will be answered at the contact you gave.\nYour personal information is kept until {{date}} and then destroyed automatically. To have it deleted sooner, write to {{centerEmail}} with the reference number.',
  mail_detailLine: '{{label}}: {{value}}',
  csv_reference: 'Reference',
  csv_createdAt: 'Received at',
  csv_kind: 'Kind',
  csv_booth: 'Booth',
  csv_status: 'Status',
  csv_name: 'Name',
  csv_email: 'Email',
  csv_phone: 'Phone',
  csv_message: 'Message',
  csv_organisation: 'Organisation',
  csv_purpose: 'Purpose of purchase',
  csv_quantity: 'Quantity',
  csv_budget: 'Budget (won)',
  csv_wantedBy: 'Date wanted',
  csv_erasedAt: 'Personal data erased at',
};
