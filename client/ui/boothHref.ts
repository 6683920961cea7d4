import { useLocation } from 'react-router';

/** /booth/:id in the view the visitor is in: the list twin keeps ?view=list, the world does not. */
export function boothHref(id: string, view: 'list' | 'world'): string {
  const path = `/booth/${encodeURIComponent(id)}`;
  return view === 'list' ? `${path}?view=list` : path;
}

/** Whether a /booth/:id address asks for the list view. */
export function isListView(params: URLSearchParams): boolean {
  return params.get('view') === 'list';
}

export function useBoothHref(): (id: string) => string {
  const { pathname, search } = useLocation();
  const inList = pathname === '/list' || isListView(new URLSearchParams(search));
  return (id) => boothHref(id, inList ? 'list' : 'world');
}
