/**
 * Deadline calendar: occurrences (recurring deadlines expanded) by month, quarter or year for a unit
 * (jurisdiction) and/or an agency; overdue and fulfilled marked; each with its duty, plan and source
 * line. Exports: iCalendar (.ics), XLSX, CSV.
 * URL: #/lich?don-vi=Đông Triều&co-quan=…&tu=2026-10&den=2026-12&nhom=thang
 */
import { useEffect, useState } from 'preact/hooks';
import { gql } from '../api.js';
import { route, href, setParams } from '../router.js';
import { ACTION, docName, FREQUENCY, label, MONTHS, viDate } from '../labels.js';
import { download, fileName } from './common.js';
import { toIcs } from '../export/ics.js';
import { toCsv, toXlsx, type Sheet } from '../export/table.js';
import type { DeadlineRef, DocRef } from '../types.js';

const DOC_REF = 'key kind number issuedOn year title level stub draft issuerKey issuerName';
// 100 per page: the API costs each occurrence with its nested refs (limit 5000 per query)
const Q = `query Calendar($from: Date!, $to: Date!, $agency: String, $jurisdiction: String, $after: String) {
  deadlines(from: $from, to: $to, agency: $agency, jurisdiction: $jurisdiction, first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    items {
      date fulfilled
      deadline { key kind frequency text action recipientText dayInferred source { documentKey line lineEnd } }
      duty { key text }
      document { ${DOC_REF} }
      agencies { key name }
    }
  }
}`;

export interface Occurrence {
  date: string;
  fulfilled: boolean;
  deadline: Omit<DeadlineRef, 'date'> & { recipientText: string | null; dayInferred: boolean };
  duty: { key: string; text: string } | null;
  document: DocRef;
  agencies: Array<{ key: string; name: string }>;
}
interface Page {
  deadlines: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; items: Occurrence[] };
}

const today = () => new Date().toISOString().slice(0, 10);
const monthStart = (ym: string) => `${ym}-01`;
function monthEnd(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
function addMonths(ym: string, n: number): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

export function useOccurrences(vars: { from: string; to: string; agency?: string | null; jurisdiction?: string | null }) {
  const [state, setState] = useState<{ items: Occurrence[] | null; error: string }>({ items: null, error: '' });
  const id = JSON.stringify(vars);
  useEffect(() => {
    const ac = new AbortController();
    setState({ items: null, error: '' });
    (async () => {
      const items: Occurrence[] = [];
      let after: string | null = null;
      for (let i = 0; i < 20; i++) {
        const p: Page = await gql<Page>(Q, { ...vars, after }, ac.signal);
        items.push(...p.deadlines.items);
        if (!p.deadlines.pageInfo.hasNextPage) break;
        after = p.deadlines.pageInfo.endCursor;
      }
      return items;
    })().then(
      (items) => setState({ items, error: '' }),
      (e) => (e as Error).name !== 'AbortError' && setState({ items: null, error: (e as Error).message }),
    );
    return () => ac.abort();
  }, [id]);
  return state;
}

export const occurrenceTitle = (o: Occurrence) => `${label(ACTION, o.deadline.action)}${o.deadline.kind === 'RECURRING' && o.deadline.frequency ? ` (${label(FREQUENCY, o.deadline.frequency)})` : ''}`;

export function Calendar() {
  const p = route.value.params;
  const unit = p.get('don-vi') ?? '';
  const agency = p.get('co-quan') ?? '';
  const from = /^\d{4}-\d{2}$/.test(p.get('tu') ?? '') ? p.get('tu')! : today().slice(0, 7);
  const to = /^\d{4}-\d{2}$/.test(p.get('den') ?? '') && p.get('den')! >= from ? p.get('den')! : addMonths(from, 2);
  const group = (['thang', 'quy', 'nam'].includes(p.get('nhom') ?? '') ? p.get('nhom') : 'thang') as 'thang' | 'quy' | 'nam';
  const [unitInput, setUnitInput] = useState(unit);
  const [agencyInput, setAgencyInput] = useState(agency);
  const q = useOccurrences({ from: monthStart(from), to: monthEnd(to), jurisdiction: unit || null, agency: agency || null });
  const now = today();

  const groupKey = (d: string) => (group === 'nam' ? d.slice(0, 4) : group === 'quy' ? `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}` : d.slice(0, 7));
  const groupLabel = (k: string) => (group === 'nam' ? `Năm ${k}` : group === 'quy' ? `Quý ${k.slice(6)}/${k.slice(0, 4)}` : `${MONTHS[Number(k.slice(5, 7)) - 1]}/${k.slice(0, 4)}`);
  const groups = new Map<string, Occurrence[]>();
  for (const o of q.items ?? []) (groups.get(groupKey(o.date)) ?? groups.set(groupKey(o.date), []).get(groupKey(o.date))!).push(o);

  const scope = [unit, agency].filter(Boolean).join(' – ') || 'toàn bộ';
  const base = `lich_${fileName(scope)}_${from}_${to}`;
  const sheet = (): Sheet => ({
    name: 'Lịch thời hạn',
    header: ['Ngày', 'Việc', 'Nội dung', 'Cơ quan', 'Gửi đến', 'Văn bản', 'Dòng', 'Tình trạng'],
    rows: (q.items ?? []).map((o) => [viDate(o.date), occurrenceTitle(o), o.duty?.text ?? o.deadline.text, o.agencies.map((a) => a.name).join('; '), o.deadline.recipientText ?? '', docName(o.document), o.deadline.source.line ?? '', status(o, now)]),
    widths: [11, 22, 60, 30, 24, 28, 6, 14],
  });

  return (
    <section class="calendar">
      <h1>Lịch thời hạn — {scope}</h1>
      <form
        class="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ 'don-vi': unitInput.trim(), 'co-quan': agencyInput.trim() });
        }}
      >
        <label>
          Đơn vị hành chính
          <input type="search" value={unitInput} placeholder="ví dụ: Đông Triều" onInput={(e) => setUnitInput((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          Cơ quan
          <input type="search" value={agencyInput} placeholder="ví dụ: cong an" onInput={(e) => setAgencyInput((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          Từ tháng
          <input type="month" value={from} onChange={(e) => setParams({ tu: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          Đến tháng
          <input type="month" value={to} onChange={(e) => setParams({ den: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          Nhóm theo
          <select value={group} onChange={(e) => setParams({ nhom: (e.target as HTMLSelectElement).value === 'thang' ? undefined : (e.target as HTMLSelectElement).value })}>
            <option value="thang">Tháng</option>
            <option value="quy">Quý</option>
            <option value="nam">Năm</option>
          </select>
        </label>
        <button type="submit" class="action">
          Xem
        </button>
        <span class="spacer" />
        <button
          type="button"
          class="action"
          disabled={!q.items}
          onClick={() =>
            download(
              `${base}.ics`,
              new Blob(
                [
                  toIcs(
                    `Thời hạn — ${scope}`,
                    (q.items ?? []).map((o) => ({
                      uid: `${o.deadline.key}@${o.date}`,
                      date: o.date,
                      summary: `${occurrenceTitle(o)}: ${(o.duty?.text ?? o.deadline.text).slice(0, 120)}`,
                      description: `${o.deadline.text}\n${o.agencies.map((a) => a.name).join('; ')}\n${docName(o.document)}, dòng ${o.deadline.source.line ?? '?'}`,
                    })),
                  ),
                ],
                { type: 'text/calendar;charset=utf-8' },
              ),
            )
          }
        >
          Tải lịch (.ics)
        </button>
        <button type="button" class="action" disabled={!q.items} onClick={async () => download(`${base}.xlsx`, await toXlsx([sheet()]))}>
          Tải Excel (.xlsx)
        </button>
        <button type="button" class="action" disabled={!q.items} onClick={() => download(`${base}.csv`, new Blob([toCsv(sheet())], { type: 'text/csv;charset=utf-8' }))}>
          Tải CSV
        </button>
      </form>
      {q.error && <p class="error" role="alert">{q.error}</p>}
      {!q.items && !q.error && <p class="muted" role="status">Đang tải…</p>}
      {q.items && (
        <p class="muted" role="status">
          {q.items.length} lần đến hạn từ {viDate(monthStart(from))} đến {viDate(monthEnd(to))}
        </p>
      )}
      <div class="months">
        {[...groups].map(([k, items]) => (
          <section key={k} class="month" aria-labelledby={`nhom-${k}`}>
            <h2 id={`nhom-${k}`}>{groupLabel(k)}</h2>
            <ul class="occ">
              {items.map((o, i) => (
                <OccurrenceItem key={i} o={o} now={now} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}

function status(o: Occurrence, now: string): string {
  return o.fulfilled ? 'Đã hoàn thành' : o.date < now ? 'Quá hạn' : 'Sắp đến hạn';
}

export function OccurrenceItem({ o, now }: { o: Occurrence; now: string }) {
  const s = o.deadline.source;
  return (
    <li>
      <span class="date">{viDate(o.date)}</span>
      {o.fulfilled ? <span class="done">Đã hoàn thành</span> : o.date < now ? <span class="overdue">Quá hạn</span> : null} <strong>{occurrenceTitle(o)}</strong>
      {o.deadline.dayInferred && <span class="muted" title="Văn bản không ghi ngày cụ thể; ngày do người đọc suy ra"> (ngày suy ra)</span>}
      <div>{o.deadline.text}</div>
      {o.deadline.recipientText && <div class="agencies">Gửi: {o.deadline.recipientText}</div>}
      <div class="agencies">
        {o.agencies.map((a, i) => (
          <span key={a.key}>
            {i ? '; ' : ''}
            <a href={href('co-quan', a.key)}>{a.name}</a>
          </span>
        ))}
      </div>
      <div class="agencies">
        <a href={href('van-ban', o.document.key)}>{docName(o.document)}</a>
        {s.line && (
          <>
            {' · '}
            <a href={href('van-ban', s.documentKey, { dong: s.lineEnd && s.lineEnd !== s.line ? `${s.line}-${s.lineEnd}` : s.line })}>dòng {s.line}</a>
          </>
        )}
      </div>
    </li>
  );
}
