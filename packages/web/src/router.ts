import { useEffect, useState } from 'react';

/** A parsed location: `#/live/abc/delegation?key=…` → `{ segments: ['live','abc','delegation'], query }`. */
export interface Route {
  segments: string[];
  query: URLSearchParams;
}

/**
 * Hash routing keeps the app a plain static bundle: any server (council serve, vite preview, a file
 * share on a venue LAN) can hand it out without rewriting paths, and links in QR codes stay short.
 */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', search = ''] = raw.split('?', 2);
  return {
    segments: path.split('/').filter(Boolean).map(decodeURIComponent),
    query: new URLSearchParams(search),
  };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Builds an in-app href: `href(['chamber'], { date: '2022-02-04' })` → `#/chamber?date=2022-02-04`. */
export function href(segments: string[], query?: Record<string, string | undefined>): string {
  const path = segments.map(encodeURIComponent).join('/');
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) params.set(k, v);
  const search = params.toString();
  return `#/${path}${search ? `?${search}` : ''}`;
}

/** Replaces the query of the current route without adding a history entry (for form state in the URL). */
export function replaceQuery(query: Record<string, string | undefined>): void {
  const { segments } = parseHash(location.hash);
  history.replaceState(null, '', href(segments, query));
}

/** Absolute link to an in-app route, for sharing (delegation links, QR codes). */
export function absoluteHref(
  segments: string[],
  query?: Record<string, string | undefined>,
): string {
  return `${location.origin}${location.pathname}${href(segments, query)}`;
}
