/**
 * Responsibility matrix: the duties of a plan (rows) × the agencies tasked (columns), each cell the
 * agency's role (chủ trì / phối hợp / thực hiện / tham mưu / đề nghị; explicit or inferred) and a link
 * to the line it was read from. Sortable (line, duty, any agency), filterable (duty text, agency,
 * role); with the plans below (cap-duoi=1), a column says how each duty is taken up there (the duties
 * of an implementing plan carried by the same kind of agency). The same as a graph (xem=so-do):
 * agencies → duties, duty → duty taken up below. Exports what is on screen as XLSX and CSV (the graph
 * as GraphML/JSON); prints on A4 landscape.
 * URL: #/ma-tran/<key>?cap-duoi=1&xem=so-do&loc=…&co-quan=…&vai-tro=LEAD&sap-xep=cq:<agency>&chieu=giam
 */
import { lazy, Suspense } from 'preact/compat';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { gql } from '../api.js';
import { useQuery } from '../useQuery.js';
import { route, href, setParams } from '../router.js';
import { ACTION, AGENCY_TYPE, BASIS, DEADLINE_KIND, docName, fold, FREQUENCY, label, ROLE, ROLE_ORDER, ROLE_SHORT, viDate } from '../labels.js';
import { download, fileName, Loading } from './common.js';
import { toCsv, toXlsx, type Sheet } from '../export/table.js';
import type { AgencyRef, Basis, DeadlineRef, DocRef, MapCell, MapDuty, MapEdge, MapUptake, Role, SourceRef } from '../types.js';

const MatrixGraph = lazy(() => import('./MatrixGraph.js').then((m) => m.MatrixGraph));

const DOC_REF = 'key kind number issuedOn year title level stub draft issuerKey issuerName';
const MAP = `query Matrix($key: ID!, $desc: Boolean) {
  responsibilityMap(document: $key, includeDescendants: $desc) {
    document { ${DOC_REF} }
    documents { ${DOC_REF} }
    agencies { key name type level group }
    duties { key text section source { documentKey line lineEnd } }
    cells { agencyKey dutyKey role documentKey }
    edges { source target type role }
    uptake { parentDuty { key } agencyType childDocument { ${DOC_REF} } childDuties { key text source { documentKey line lineEnd } } }
  }
}`;
// Asked in pages of DETAIL_PAGE duties: the API's cost limit counts limit × child cost.
const DETAIL_PAGE = 25;
const DETAILS = `query MatrixDetails($duties: [ID!]!, $n: Int!) {
  duties(where: { key: { in: $duties } }, limit: $n) {
    key
    agenciesConnection(first: 25) { edges { properties { role basis line lineEnd } node { key } } }
    deadlines(limit: 6) { key kind date frequency action }
  }
}`;

interface MapData {
  responsibilityMap: {
    document: DocRef;
    documents: DocRef[];
    agencies: AgencyRef[];
    duties: MapDuty[];
    cells: MapCell[];
    edges: MapEdge[];
    uptake: MapUptake[];
  };
}
interface Details {
  duties: Array<{
    key: string;
    agenciesConnection: { edges: Array<{ properties: { role: Role; basis: Basis | null; line: number | null; lineEnd: number | null }; node: { key: string } }> };
    deadlines: Array<Omit<DeadlineRef, 'text' | 'source'>>;
  }>;
}

export interface CellView {
  role: Role;
  basis: Basis | null;
  doc: string;
  line: number | null;
  lineEnd: number | null;
}
export interface Row {
  key: string;
  text: string;
  section: string | null;
  source: SourceRef;
  deadlines: string[];
  cells: Map<string, CellView[]>;
  uptake: MapUptake[];
  /** With descendants: does any plan in the map implement the plan this duty belongs to? */
  hasChildren: boolean;
}

const roleRank = (r: string) => ROLE_ORDER.indexOf(r);
const cellText = (cs: CellView[] | undefined) => (cs ?? []).map((c) => `${label(ROLE, c.role)}${c.basis === 'INFERRED' ? ' (suy ra)' : ''}`).join('; ');
const deadlineText = (x: Details['duties'][number]['deadlines'][number]) =>
  `${label(DEADLINE_KIND, x.kind)} ${x.date ? viDate(x.date) : x.frequency ? label(FREQUENCY, x.frequency) : ''} (${label(ACTION, x.action).toLowerCase()})`.replace(/\s+/g, ' ');

export function Matrix({ docKey }: { docKey: string }) {
  const p = route.value.params;
  const desc = p.get('cap-duoi') === '1';
  const map = useQuery<MapData>(MAP, { key: docKey, desc });
  const dutyKeys = map.data?.responsibilityMap.duties.map((d) => d.key) ?? [];
  const details = useDetails(dutyKeys);
  return (
    <section class="matrix">
      <Loading q={map}>{(m) => <MatrixBody m={m.responsibilityMap} details={details.data} detailsError={details.error} desc={desc} loading={map.loading} />}</Loading>
    </section>
  );
}

function useDetails(keys: string[]): { data: Details | null; error: string } {
  const [state, setState] = useState<{ data: Details | null; error: string }>({ data: null, error: '' });
  const id = keys.join('|');
  useEffect(() => {
    if (!keys.length) return;
    const ac = new AbortController();
    const pages: string[][] = [];
    for (let i = 0; i < keys.length; i += DETAIL_PAGE) pages.push(keys.slice(i, i + DETAIL_PAGE));
    Promise.all(pages.map((p) => gql<Details>(DETAILS, { duties: p, n: p.length }, ac.signal))).then(
      (rs) => setState({ data: { duties: rs.flatMap((r) => r.duties) }, error: '' }),
      (e) => (e as Error).name !== 'AbortError' && setState({ data: null, error: (e as Error).message }),
    );
    return () => ac.abort();
  }, [id]);
  return state;
}

function MatrixBody({ m, details, detailsError, desc, loading }: { m: MapData['responsibilityMap']; details: Details | null; detailsError: string; desc: boolean; loading: boolean }) {
  const p = route.value.params;
  const textFilter = p.get('loc') ?? '';
  const agencyFilter = p.get('co-quan') ?? '';
  const roleFilter = p.get('vai-tro') ?? '';
  const sort = p.get('sap-xep') ?? 'dong';
  const descending = p.get('chieu') === 'giam';

  const rows = useMemo(() => {
    const det = new Map((details?.duties ?? []).map((d) => [d.key, d]));
    // plans in the map that some other plan of the map implements
    const parents = new Set(m.edges.filter((e) => e.type === 'IMPLEMENTS').map((e) => e.target));
    return m.duties.map((d): Row => {
      const cells = new Map<string, CellView[]>();
      const edges = det.get(d.key)?.agenciesConnection.edges ?? [];
      for (const c of m.cells.filter((c) => c.dutyKey === d.key)) {
        const e = edges.find((x) => x.node.key === c.agencyKey && x.properties.role === c.role);
        const list = cells.get(c.agencyKey) ?? [];
        list.push({ role: c.role, basis: e?.properties.basis ?? null, doc: c.documentKey, line: e?.properties.line ?? d.source.line, lineEnd: e?.properties.lineEnd ?? d.source.lineEnd });
        cells.set(c.agencyKey, list.sort((a, b) => roleRank(a.role) - roleRank(b.role)));
      }
      return { key: d.key, text: d.text, section: d.section, source: d.source, deadlines: (det.get(d.key)?.deadlines ?? []).map(deadlineText), cells, uptake: m.uptake.filter((u) => u.parentDuty.key === d.key), hasChildren: parents.has(d.source.documentKey) };
    });
  }, [m, details]);

  const agencies = useMemo(() => {
    const count = (k: string) => rows.filter((r) => r.cells.has(k)).length;
    const f = fold(agencyFilter);
    return m.agencies.filter((a) => !f || fold(a.name).includes(f)).sort((a, b) => count(b.key) - count(a.key) || a.name.localeCompare(b.name, 'vi'));
  }, [m, rows, agencyFilter]);

  const shown = useMemo(() => {
    const f = fold(textFilter);
    const cols = new Set(agencies.map((a) => a.key));
    let out = rows.filter((r) => (!f || fold(r.text).includes(f)) && [...r.cells.entries()].some(([k, cs]) => cols.has(k) && (!roleFilter || cs.some((c) => c.role === roleFilter))));
    const line = (r: Row) => (r.source.documentKey === m.document.key ? 0 : 1e6) + (r.source.line ?? 0);
    let cmp: (a: Row, b: Row) => number = (a, b) => line(a) - line(b);
    if (sort === 'nhiem-vu') cmp = (a, b) => a.text.localeCompare(b.text, 'vi');
    else if (sort.startsWith('cq:')) {
      const k = sort.slice(3);
      const rank = (r: Row) => Math.min(...(r.cells.get(k) ?? []).map((c) => roleRank(c.role)), 99);
      cmp = (a, b) => rank(a) - rank(b) || line(a) - line(b);
    }
    out = [...out].sort(cmp);
    return descending ? out.reverse() : out;
  }, [rows, agencies, textFilter, roleFilter, sort, descending]);

  const docs = new Map(m.documents.map((d) => [d.key, d]));
  docs.set(m.document.key, m.document);
  const multiDoc = docs.size > 1;
  const view = p.get('xem') === 'so-do' ? 'graph' : 'table';
  const uptakeText = (r: Row) =>
    r.uptake.length
      ? r.uptake.map((u) => `${docName(u.childDocument)} (${label(AGENCY_TYPE, u.agencyType)}): ${u.childDuties.map((c) => `dòng ${c.source.line ?? '?'} — ${c.text}`).join('; ')}`).join(' | ')
      : r.hasChildren
        ? NOT_TAKEN_UP
        : '';

  const sheet = (): Sheet => ({
    name: 'Ma trận trách nhiệm',
    header: ['STT', ...(multiDoc ? ['Văn bản'] : []), 'Dòng', 'Nhiệm vụ', 'Thời hạn', ...(desc ? [UPTAKE_HEAD] : []), ...agencies.map((a) => a.name)],
    rows: shown.map((r, i) => [
      i + 1,
      ...(multiDoc ? [docName(docs.get(r.source.documentKey) ?? m.document)] : []),
      r.source.line ?? '',
      r.text,
      r.deadlines.join('; '),
      ...(desc ? [uptakeText(r)] : []),
      ...agencies.map((a) => cellText(r.cells.get(a.key))),
    ]),
    widths: [5, ...(multiDoc ? [24] : []), 6, 60, 22, ...(desc ? [50] : []), ...agencies.map(() => 16)],
  });
  const sources = (): Sheet => ({
    name: 'Nguồn',
    header: ['Cơ quan', 'Vai trò', 'Căn cứ xác định', 'Nhiệm vụ', 'Văn bản', 'Dòng'],
    rows: shown.flatMap((r) =>
      agencies.flatMap((a) =>
        (r.cells.get(a.key) ?? []).map((c) => [a.name, label(ROLE, c.role), c.basis ? label(BASIS, c.basis) : '', r.text, docName(docs.get(c.doc) ?? m.document), c.line && c.lineEnd && c.lineEnd !== c.line ? `${c.line}-${c.lineEnd}` : (c.line ?? '')]),
      ),
    ),
    widths: [30, 12, 18, 60, 30, 8],
  });
  const base = `ma-tran_${fileName(m.document.key)}`;

  const sortButton = (key: string, text: string, title?: string) => {
    const active = sort === key;
    return (
      <button type="button" class="sort" title={title} onClick={() => setParams({ 'sap-xep': key === 'dong' ? undefined : key, chieu: active && !descending ? 'giam' : undefined })}>
        {text}
        {active ? (descending ? ' ▼' : ' ▲') : ''}
      </button>
    );
  };
  const ariaSort = (key: string) => (sort === key ? (descending ? 'descending' : 'ascending') : undefined);

  return (
    <>
      <p class="eyebrow">Ma trận trách nhiệm</p>
      <h1>
        <a href={href('van-ban', m.document.key)}>{docName(m.document)}</a>
      </h1>
      {m.document.title && <p class="doc-title">{m.document.title}</p>}
      <p class="print-only">In ngày {new Date().toLocaleDateString('vi-VN')} · {location.href}</p>
      <nav class="tabs no-print" aria-label="Cách xem">
        <a href={href('ma-tran', m.document.key, { ...Object.fromEntries(p.entries()), xem: undefined })} aria-current={view === 'table' ? 'page' : undefined}>
          Bảng
        </a>
        <a href={href('ma-tran', m.document.key, { ...Object.fromEntries(p.entries()), xem: 'so-do' })} aria-current={view === 'graph' ? 'page' : undefined}>
          Sơ đồ cơ quan – nhiệm vụ
        </a>
      </nav>
      <div class="toolbar">
        <label>
          Lọc nhiệm vụ
          <input type="search" value={textFilter} placeholder="từ khóa, không cần dấu" onInput={(e) => setParams({ loc: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          Lọc cơ quan
          <input type="search" value={agencyFilter} placeholder="ví dụ: cong an" onInput={(e) => setParams({ 'co-quan': (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          Vai trò
          <select value={roleFilter} onChange={(e) => setParams({ 'vai-tro': (e.target as HTMLSelectElement).value })}>
            <option value="">Tất cả</option>
            {ROLE_ORDER.map((r) => (
              <option key={r} value={r}>
                {ROLE[r]}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input type="checkbox" checked={desc} onChange={(e) => setParams({ 'cap-duoi': (e.target as HTMLInputElement).checked ? 1 : undefined })} /> Gồm kế hoạch cấp dưới
        </label>
        <span class="spacer" />
        {view === 'table' && (
          <>
        <button type="button" class="action" onClick={async () => download(`${base}.xlsx`, await toXlsx([sheet(), sources()]))}>
          Tải Excel (.xlsx)
        </button>
        <button type="button" class="action" onClick={() => download(`${base}.csv`, new Blob([toCsv(sheet())], { type: 'text/csv;charset=utf-8' }))}>
          Tải CSV
        </button>
        <button type="button" class="action" onClick={() => print()}>
          In (A4 ngang)
        </button>
          </>
        )}
      </div>
      <p class="legend">
        {ROLE_ORDER.map((r) => (
          <span key={r}>
            <b class={`r-${r}`}>{ROLE_SHORT[r]}</b> {ROLE[r]}
          </span>
        ))}
        <span>
          <i>in nghiêng*</i> vai trò suy ra (văn bản không ghi rõ)
        </span>
        <span>Bấm vào ô để mở đoạn văn bản nguồn.</span>
      </p>
      {detailsError && <p class="error" role="alert">{detailsError}</p>}
      <p role="status" class="muted">
        {shown.length} / {rows.length} nhiệm vụ · {agencies.length} / {m.agencies.length} cơ quan
        {loading ? ' · đang tải…' : desc && (docs.size > 1 ? ` · ${docs.size - 1} văn bản cấp dưới` : ' · chưa có kế hoạch cấp dưới nào thực hiện văn bản này trong hệ thống')}
      </p>
      {view === 'graph' ? (
        <Suspense fallback={<p class="muted" role="status">Đang tải…</p>}>
          <MatrixGraph rows={shown} agencies={agencies} docs={docs} name={`so-do_${fileName(m.document.key)}`} />
        </Suspense>
      ) : (
      <div class="table-wrap">
        <table class="grid matrix-table">
          <caption class="visually-hidden">Ma trận trách nhiệm: nhiệm vụ theo hàng, cơ quan theo cột</caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={ariaSort('dong')} class="col-line">
                {sortButton('dong', 'Dòng', 'Sắp xếp theo thứ tự trong văn bản')}
              </th>
              <th scope="col" aria-sort={ariaSort('nhiem-vu')} class="col-duty">
                {sortButton('nhiem-vu', 'Nhiệm vụ', 'Sắp xếp theo nội dung')}
              </th>
              {desc && (
                <th scope="col" class="col-uptake">
                  {UPTAKE_HEAD}
                </th>
              )}
              {agencies.map((a) => (
                <th key={a.key} scope="col" class="col-agency" aria-sort={ariaSort(`cq:${a.key}`)}>
                  {sortButton(`cq:${a.key}`, a.name, `Sắp xếp: nhiệm vụ của ${a.name} lên đầu`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.key}>
                <td class="col-line">
                  <a href={href('van-ban', r.source.documentKey, { dong: r.source.lineEnd && r.source.lineEnd !== r.source.line ? `${r.source.line}-${r.source.lineEnd}` : r.source.line })}>{r.source.line}</a>
                </td>
                <th scope="row" class="col-duty">
                  {multiDoc && <span class="muted small">{docName(docs.get(r.source.documentKey) ?? m.document)} · </span>}
                  {r.text}
                  {r.deadlines.length > 0 && <span class="deadlines"> — {r.deadlines.join('; ')}</span>}
                </th>
                {desc && (
                  <td class="col-uptake">
                    <Uptake r={r} />
                  </td>
                )}
                {agencies.map((a) => {
                  const cs = r.cells.get(a.key);
                  return (
                    <td key={a.key} class="cell">
                      {cs?.map((c, i) => (
                        <a
                          key={i}
                          class={`r-${c.role}`}
                          href={href('van-ban', c.doc, { dong: c.line && c.lineEnd && c.lineEnd !== c.line ? `${c.line}-${c.lineEnd}` : c.line })}
                          title={`${a.name}: ${label(ROLE, c.role)}${c.basis ? ` (${label(BASIS, c.basis)})` : ''} — dòng ${c.line ?? '?'}`}
                          aria-label={`${ROLE_SHORT[c.role]}${c.basis === 'INFERRED' ? '*' : ''} — ${a.name}: ${label(ROLE, c.role)}${c.basis === 'INFERRED' ? ', suy ra' : ''}, mở dòng ${c.line ?? ''}`}
                        >
                          {c.basis === 'INFERRED' ? <i class="inf">{ROLE_SHORT[c.role]}*</i> : ROLE_SHORT[c.role]}
                        </a>
                      ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      )}
    </>
  );
}

const UPTAKE_HEAD = 'Cấp dưới cụ thể hóa';
const NOT_TAKEN_UP = 'Chưa thấy trong kế hoạch cấp dưới';

/** How a duty is taken up in the plans below: per implementing plan, the duties of the same kind of agency. */
function Uptake({ r }: { r: Row }) {
  if (!r.uptake.length) return r.hasChildren ? <span class="not-taken">{NOT_TAKEN_UP}</span> : null;
  return (
    <ul class="uptake">
      {r.uptake.map((u) => (
        <li key={`${u.childDocument.key}|${u.agencyType}`}>
          <a href={href('ma-tran', u.childDocument.key)}>{docName(u.childDocument)}</a> <span class="muted">({u.childDocument.issuerName} · {label(AGENCY_TYPE, u.agencyType)})</span>
          <ul>
            {u.childDuties.map((c) => (
              <li key={c.key}>
                <a href={href('van-ban', c.source.documentKey, { dong: c.source.lineEnd && c.source.lineEnd !== c.source.line ? `${c.source.line}-${c.source.lineEnd}` : c.source.line })}>dòng {c.source.line}</a>: {c.text}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
