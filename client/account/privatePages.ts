/**
 * The private pages' addresses and what their <head> is called (i18n keys): the server serves them as
 * the shell with `noindex` (client/entry-server.tsx), never with anyone's data in the HTML.
 */
export const PRIVATE_PAGES: readonly { path: string; title: string }[] = [
  { path: '/login', title: 'account:loginTitle' },
  { path: '/setup', title: 'account:setupTitle' },
  { path: '/invite/:token', title: 'account:inviteTitle' },
  { path: '/reset/:token', title: 'account:resetTitle' },
  { path: '/admin/*', title: 'admin:title' },
  { path: '/studio/*', title: 'studio:title' },
];
