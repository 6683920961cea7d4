import type { studioKo } from './studio-ko.ts';

/** English for namespace 'studio'; the type makes a missing key a compile error. */
export const studioEn: { [K in keyof typeof studioKo]: string } = {
  title: 'My booths',
  lead: 'Manage the booths you keep here.',
  empty: 'You do not keep a booth yet. Ask the center for an invitation link.',
  staffNote: 'Staff accounts keep no booths here. Booths and accounts are managed in Administration.',
  toAdmin: 'Go to administration',
  edit: 'Edit the booth',
  viewInWorld: 'See it in the exhibition',
  viewInList: 'See it in the list',
  boothMissing: 'This booth is no longer in the exhibition ({{id}}). Please contact the center.',
};
