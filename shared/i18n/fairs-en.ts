import type { fairsKo } from './fairs-ko.ts';

/** English for namespace 'fairs'; the type makes a missing key a compile error. */
export const fairsEn: { [K in keyof typeof fairsKo]: string } = {
  pageTitle: 'Fair',
  upcomingLead: 'Not open yet. It opens on:',
  opensIn: 'Opens',
  openLead: 'Open now.',
  until: 'Until',
  endedLead: 'This fair has ended.',
  endedAt: 'Ended',
  enterWorld: 'Enter the 3D hall',
  openList: 'See it as a list',
  boothsTitle: 'Booths',
  noBooths: 'No booths have been chosen yet.',
  scheduleTitle: 'Schedule',
  noEvents: 'Nothing is scheduled yet.',
  timesNote: 'All times are Korea Standard Time (KST).',
  kind_talk: 'Talk',
  kind_market: 'Market',
  kind_contest: 'Contest',
  kind_live: 'Live',
  atBooth: 'Where',
  addToCalendar: 'Add to my calendar (.ics)',
  backHome: 'Home',
  upcomingFairs: 'Fairs',
  fairOpenNow: 'Open now',
  fairComing: 'Coming',
};
