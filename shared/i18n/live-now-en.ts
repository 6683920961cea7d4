import type { liveNowKo } from './live-now-ko.ts';

/** English for namespace 'liveNow'; the type makes a missing key a compile error. */
export const liveNowEn: { [K in keyof typeof liveNowKo]: string } = {
  title: 'Live now',
  listLabel: 'Lives on air now',
  viewers: '{{count}} watching',
  reconnecting: 'Back in a moment',
  since: 'Since {{time}}',
  pinned: 'On sale: {{name}}, ₩{{price}}',
  openInWorld: 'See it in the 3D hall',
  openInList: 'See it in the list',
  alertAsk: 'Notify me when it goes live',
  alertHint: 'Keep this page open and you will be told when the broadcast starts.',
  alertOn: 'You will be told when the broadcast starts.',
  alertStarted: '{{booth}} is live now',
  ended: '{{booth}} is no longer live',
  alertWatch: 'Watch',
  alertDismiss: 'Dismiss',
  notificationBody: 'Come and watch.',
};
