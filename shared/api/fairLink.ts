/**
 * THE place a page link or an API address gets the timed fair it belongs to: inside a fair
 * (`?fair=<slug>`), every link between its pages — world, list, booth pages, invites, the shard
 * list, the fair's own page (server/fairs/page.ts) — carries it, or the next page (and its hall
 * join) would be the permanent exhibition's. `to` is a path with any query and #hash; fair ''
 * (the permanent exhibition) leaves it as it is.
 */
export function withFair(to: string, fair: string): string {
  if (!fair) return to;
  const hashAt = to.indexOf('#');
  const hash = hashAt < 0 ? '' : to.slice(hashAt);
  const rest = hashAt < 0 ? to : to.slice(0, hashAt);
  const queryAt = rest.indexOf('?');
  const path = queryAt < 0 ? rest : rest.slice(0, queryAt);
  // A fair's slug needs no escaping (shared/api/fairSlug.ts); one the link already names is replaced.
  const params = (queryAt < 0 ? '' : rest.slice(queryAt + 1)).split('&').filter((p) => p !== '' && !p.startsWith('fair='));
  return `${path}?${[...params, `fair=${encodeURIComponent(fair)}`].join('&')}${hash}`;
}
