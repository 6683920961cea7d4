import type { inviteMailKo } from './invite-mail-ko.ts';

/** English for invite-mail-ko.ts. */
export const inviteMailEn: { [K in keyof typeof inviteMailKo]: string } = {
  subject: '[Seeot World] An invitation to the booth of {{name}}',
  body: 'Hello,\n\nA booth for {{name}} is ready at the Seeot World virtual fair. Make an account with the link below to set your booth up in the studio.\n\n{{url}}\n\nThe link works once and until {{date}}. If you did not expect this, ignore this mail.',
};
