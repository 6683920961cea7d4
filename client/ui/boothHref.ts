import { useLocation } from 'react-router';
import { fairOfPage } from '../data/fairCut.ts';
import { withFair } from './fairLink.ts';

/** /booth/:id in the view the visitor is in (the list twin keeps ?view=list), inside the page's timed fair if any. */
export function boothHref(id: string, view: 'list' | 'world', fair = ''): string {
  const path = `/booth/${encodeURIComponent(id)}`;
  return withFair(view === 'list' ? `${path}?view=list` : path, fair);
}

/** Whether a /booth/:id address asks for the list view. */
export function isListView(params: URLSearchParams): boolean {
  return params.get('view') === 'list';
}

export function useBoothHref(): (id: string) => string {
  const { pathname, search } = useLocation();
  const inList = pathname === '/list' || isListView(new URLSearchParams(search));
  const fair = fairOfPage(search);
  return (id) => boothHref(id, inList ? 'list' : 'world', fair);
}
