import type { ComponentChildren } from 'preact';
import { href } from '../router.js';
import { docName } from '../labels.js';
import type { QueryState } from '../useQuery.js';

/** "dòng 52–54", a link to the paragraph in its document (the source text, highlighted). */
export function LineLink({ doc, line, lineEnd, label }: { doc: string; line: number | null | undefined; lineEnd?: number | null; label?: string }) {
  if (!line) return null;
  const end = lineEnd && lineEnd !== line ? lineEnd : null;
  return (
    <a class="line-link" href={href('van-ban', doc, { dong: end ? `${line}-${end}` : line })} title="Mở đoạn văn bản nguồn">
      {label ?? (end ? `dòng ${line}–${end}` : `dòng ${line}`)}
    </a>
  );
}

export function DocLink({ d }: { d: { key: string; kind: string; number?: string | null; issuedOn?: string | null; year?: number | null; title?: string | null; stub?: boolean; draft?: boolean } }) {
  return (
    <a href={href('van-ban', d.key)} class={d.stub ? 'doc-link stub' : 'doc-link'}>
      {docName(d)}
    </a>
  );
}

export function Loading<T>({ q, children }: { q: QueryState<T>; children: (data: T) => ComponentChildren }) {
  if (q.error) return <p class="error" role="alert">{q.error}</p>;
  if (!q.data) return <p class="muted" role="status">Đang tải…</p>;
  return <>{children(q.data)}</>;
}

/** Trigger a download of generated content (exports are made in the browser: nothing leaves the machine). */
export function download(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A safe file name from a key: ubnd-tinh-tay-ninh/kh-…/2020 → ubnd-tinh-tay-ninh_kh-…_2020 */
export const fileName = (key: string) => key.replace(/[^a-z0-9-]+/gi, '_').slice(0, 120);
