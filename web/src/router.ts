/**
 * Hash routing: every view has a URL a colleague can open (`#/van-ban/<key>?dong=52-54`). Document and
 * agency keys contain slashes and stay readable: everything after the view name is the key.
 */
import { signal } from '@preact/signals';

export type View = 'home' | 'tim-kiem' | 'van-ban' | 'pha-he' | 'ma-tran' | 'lich' | 'co-quan' | 'lo-hong';

export interface Route {
  view: View;
  key: string;
  params: URLSearchParams;
}

const VIEWS = new Set<View>(['tim-kiem', 'van-ban', 'pha-he', 'ma-tran', 'lich', 'co-quan', 'lo-hong']);

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#\/?/, '');
  const q = h.indexOf('?');
  const path = q < 0 ? h : h.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : h.slice(q + 1));
  const [first, ...rest] = path.split('/');
  const view = (VIEWS.has(first as View) ? first : 'home') as View;
  return { view, key: rest.map((s) => safeDecode(s)).join('/'), params };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The URL of a view: href(view, key, { dong: '52-54' }). Empty/undefined params are left out. */
export function href(view: View, key = '', params: Record<string, string | number | boolean | undefined | null> = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && v !== false) p.set(k, String(v));
  const path = key ? `${view}/${key.split('/').map(encodeURIComponent).join('/')}` : view;
  const qs = p.toString();
  return `#/${path}${qs ? `?${qs}` : ''}`;
}

export const route = signal<Route>(parseHash(location.hash));

addEventListener('hashchange', () => {
  route.value = parseHash(location.hash);
});

export function navigate(url: string, opts: { replace?: boolean } = {}): void {
  if (opts.replace) {
    history.replaceState(null, '', url);
    route.value = parseHash(location.hash);
  } else location.hash = url.replace(/^#/, '');
}

/** Change the current view's parameters without a new history entry (filters, sort, selection). */
export function setParams(changes: Record<string, string | number | boolean | undefined | null>): void {
  const r = route.value;
  const merged: Record<string, string> = Object.fromEntries(r.params.entries());
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === null || v === '' || v === false) delete merged[k];
    else merged[k] = String(v);
  }
  navigate(href(r.view, r.key, merged), { replace: true });
}

/** "52-54" → [52, 54]; "52" → [52, 52]. */
export function lineRange(s: string | null): [number, number] | null {
  if (!s) return null;
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  return [Math.min(a, b), Math.max(a, b)];
}
