/**
 * A document: header facts, references, findings and gaps, duties with agencies and roles, deadlines,
 * targets, recipients — each with the lines it was read from — beside the source text, where the
 * lines behind facts are marked and the chosen one (?dong=52-54, a deep link) is highlighted.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useQuery } from '../useQuery.js';
import { route, href, lineRange, setParams } from '../router.js';
import { DOC_FIELDS, type DocInfo } from '../search.js';
import { ACTION, DEADLINE_KIND, docName, FREQUENCY, GAP, KIND, label, LEVEL, RELATION, ROLE, SEVERITY, viDate } from '../labels.js';
import { DocLink, Loading } from './common.js';
import { DocBadges } from './HitLine.js';

const DOC = `query DocumentPage($key: ID!) {
  document(key: $key) {
    ${DOC_FIELDS} place periodFrom periodTo signerCapacity unresolvedBases lineCount catalog catalogSource
    issuerConnection(first: 5) { edges { properties { line lineEnd } node { key name } } }
    signersConnection(first: 10) { edges { properties { line lineEnd } node { name } } }
    implementsConnection(first: 50) { edges { properties { line lineEnd } node { ${DOC_FIELDS} } } }
    basedOnConnection(first: 50) { edges { properties { line lineEnd } node { ${DOC_FIELDS} } } }
    citesConnection(first: 100) { edges { properties { line lineEnd } node { ${DOC_FIELDS} } } }
    supersededByConnection(first: 10) { edges { properties { sourceKey line lineEnd } node { ${DOC_FIELDS} } } }
    supersedesConnection(first: 10) { edges { properties { line lineEnd } node { ${DOC_FIELDS} } } }
    implementedBy(limit: 100) { ${DOC_FIELDS} }
    appliesTo(limit: 20) { key name }
    findings(limit: 100) { key code severity message line }
    targets(limit: 100) { key text line lineEnd }
    recipientsConnection(first: 100) { edges { properties { purpose text line } node { key name } } }
  }
}`;

const FACTS = `query DocumentFacts($key: ID!) {
  responsibilities(document: $key, first: 200) {
    totalCount
    items {
      role
      agency { key name }
      duty { key text section unattributed source { line lineEnd } }
      deadlines { key kind date frequency text action source { line lineEnd } }
      source { line lineEnd }
    }
  }
}`;

const GAPS = `query DocumentGaps($key: ID!) {
  complianceGaps(scope: $key, first: 100) { totalCount items { kind severity what why document { key } source { documentKey line lineEnd } } }
}`;

const SOURCE = `query Source($key: ID!) { sourceText(document: $key) { available reason lines { n text } } }`;

interface Edge<P, N> {
  properties: P;
  node: N;
}
type Prov = { line: number | null; lineEnd: number | null; sourceKey?: string };
interface Doc extends DocInfo {
  place: string | null;
  periodFrom: number | null;
  periodTo: number | null;
  signerCapacity: string | null;
  unresolvedBases: string[] | null;
  lineCount: number | null;
  catalog: boolean | null;
  catalogSource: string | null;
  issuerConnection: { edges: Edge<Prov, { key: string; name: string }>[] };
  signersConnection: { edges: Edge<Prov, { name: string }>[] };
  implementsConnection: { edges: Edge<Prov, DocInfo>[] };
  basedOnConnection: { edges: Edge<Prov, DocInfo>[] };
  citesConnection: { edges: Edge<Prov, DocInfo>[] };
  supersededByConnection: { edges: Edge<Prov, DocInfo>[] };
  supersedesConnection: { edges: Edge<Prov, DocInfo>[] };
  implementedBy: DocInfo[];
  appliesTo: Array<{ key: string; name: string }>;
  findings: Array<{ key: string; code: string; severity: string; message: string; line: number | null }>;
  targets: Array<{ key: string; text: string; line: number; lineEnd: number }>;
  recipientsConnection: { edges: Edge<{ purpose: string | null; text: string | null; line: number | null }, { key: string; name: string }>[] };
}
interface Src {
  line: number | null;
  lineEnd: number | null;
}
interface Resp {
  role: string;
  basis?: string | null;
  agency: { key: string; name: string };
  duty: { key: string; text: string; section: string | null; unattributed: boolean; source: Src };
  deadlines: Array<{ key: string; kind: string; date: string | null; frequency: string | null; text: string; action: string; source: Src }>;
  source: Src;
}
interface Facts {
  responsibilities: { totalCount: number; items: Resp[] };
}
interface Gaps {
  complianceGaps: { totalCount: number; items: Array<{ kind: string; severity: string; what: string; why: string; document: { key: string }; source: { documentKey: string; line: number | null; lineEnd: number | null } }> };
}

/** A button that shows the fact's lines in the source text (and puts them in the URL). */
function Lines({ line, lineEnd, doc }: { line: number | null | undefined; lineEnd?: number | null; doc?: string }) {
  if (!line) return null;
  const end = lineEnd && lineEnd > line ? lineEnd : line;
  const text = end > line ? `dòng ${line}–${end}` : `dòng ${line}`;
  const current = route.value;
  if (doc && doc !== current.key) {
    return <a class="line-link" href={href('van-ban', doc, { dong: end > line ? `${line}-${end}` : line })}>{text}</a>;
  }
  const selected = current.params.get('dong') === (end > line ? `${line}-${end}` : String(line));
  return (
    <button type="button" class={`line-link${selected ? ' selected' : ''}`} aria-pressed={selected} onClick={() => setParams({ dong: end > line ? `${line}-${end}` : line })} title="Xem đoạn nguồn">
      {text}
    </button>
  );
}

export function DocumentPage({ docKey }: { docKey: string }) {
  const doc = useQuery<{ document: Doc | null }>(DOC, { key: docKey });
  const d = doc.data?.document;
  const facts = useQuery<Facts>(d && !d.stub ? FACTS : null, { key: d?.key ?? docKey });
  const gaps = useQuery<Gaps>(d && !d.stub ? GAPS : null, { key: d?.key ?? docKey });
  const src = useQuery<{ sourceText: { available: boolean; reason: string | null; lines: Array<{ n: number; text: string }> } }>(d && !d.stub ? SOURCE : null, { key: d?.key ?? docKey });

  const marked = useMemo(() => {
    const m = new Set<number>();
    const add = (a: number | null | undefined, b?: number | null) => {
      if (!a) return;
      for (let i = a; i <= (b && b >= a ? b : a) && i < a + 200; i++) m.add(i);
    };
    if (d) {
      for (const c of [d.issuerConnection, d.signersConnection, d.implementsConnection, d.basedOnConnection, d.citesConnection, d.supersedesConnection]) for (const e of c.edges) add(e.properties.line, e.properties.lineEnd);
      for (const t of d.targets) add(t.line, t.lineEnd);
      for (const f of d.findings) add(f.line);
      for (const r of d.recipientsConnection.edges) add(r.properties.line);
    }
    for (const r of facts.data?.responsibilities.items ?? []) {
      add(r.duty.source.line, r.duty.source.lineEnd);
      for (const x of r.deadlines) add(x.source.line, x.source.lineEnd);
    }
    return m;
  }, [d, facts.data]);

  if (doc.data && !d) return <p role="alert">Không có văn bản với mã “{docKey}”.</p>;
  return (
    <Loading q={doc}>
      {() => (d ? <DocumentBody d={d} facts={facts} gaps={gaps} src={src} marked={marked} /> : null)}
    </Loading>
  );
}

function DocumentBody({ d, facts, gaps, src, marked }: { d: Doc; facts: ReturnType<typeof useQuery<Facts>>; gaps: ReturnType<typeof useQuery<Gaps>>; src: ReturnType<typeof useQuery<{ sourceText: { available: boolean; reason: string | null; lines: Array<{ n: number; text: string }> } }>>; marked: Set<number> }) {
  const superseded = d.supersededByConnection.edges;
  const duties = groupDuties(facts.data?.responsibilities.items ?? []);
  return (
    <article class="doc-page">
      <header class="doc-head">
        <p class="eyebrow">
          {label(KIND, d.kind)} · {label(LEVEL, d.level)} <DocBadges d={d} />
        </p>
        <h1>{docName(d)}</h1>
        {d.title && <p class="doc-title">{d.title}</p>}
        <nav class="doc-actions" aria-label="Các góc nhìn về văn bản">
          <a href={href('pha-he', d.key)}>Phả hệ văn bản</a>
          {!d.stub && <a href={href('ma-tran', d.key)}>Ma trận trách nhiệm</a>}
          {!d.stub && <a href={href('lo-hong', '', { 'pham-vi': d.key })}>Lỗ hổng</a>}
        </nav>
      </header>
      <div class="doc-grid">
        <div class="doc-facts">
          <section aria-labelledby="thong-tin">
            <h2 id="thong-tin">Thông tin văn bản</h2>
            <dl class="facts">
              <dt>Loại văn bản</dt>
              <dd>{label(KIND, d.kind)}</dd>
              <dt>Số, ký hiệu</dt>
              <dd>{d.number ?? <em>không ghi số</em>}</dd>
              <dt>Ngày ban hành</dt>
              <dd>{d.issuedOn ? viDate(d.issuedOn) : d.year ? `năm ${d.year}` : <em>không ghi ngày</em>}{d.place && ` · ${d.place}`}</dd>
              <dt>Cơ quan ban hành</dt>
              <dd>
                {d.issuerConnection.edges.length
                  ? d.issuerConnection.edges.map((e) => (
                      <span key={e.node.key}>
                        <a href={href('co-quan', e.node.key)}>{e.node.name}</a> <Lines line={e.properties.line} lineEnd={e.properties.lineEnd} />
                      </span>
                    ))
                  : '—'}
              </dd>
              <dt>Người ký</dt>
              <dd>
                {d.signersConnection.edges.map((e, i) => (
                  <span key={i}>
                    {d.signerCapacity && `${d.signerCapacity} `}
                    {e.node.name} <Lines line={e.properties.line} lineEnd={e.properties.lineEnd} />
                  </span>
                ))}
                {!d.signersConnection.edges.length && '—'}
              </dd>
              <dt>Thời kỳ</dt>
              <dd>{d.periodFrom ? (d.periodTo && d.periodTo !== d.periodFrom ? `${d.periodFrom}–${d.periodTo}` : d.periodFrom) : '—'}</dd>
              <dt>Phạm vi áp dụng</dt>
              <dd>{d.appliesTo.map((u) => u.name).join('; ') || '—'}</dd>
              <dt>Tình trạng</dt>
              <dd>
                {d.stub ? 'Chỉ được trích dẫn: toàn văn chưa có trong hệ thống' : d.draft ? 'Dự thảo hoặc bản sao thiếu số, ngày' : 'Đã có toàn văn'}
                {d.catalog && ' · có trong danh mục đối chiếu'}
              </dd>
              <dt>Hiệu lực</dt>
              <dd>
                {superseded.length
                  ? superseded.map((e) => (
                      <span key={e.node.key}>
                        Đã bị thay thế bởi <DocLink d={e.node} />{' '}
                      </span>
                    ))
                  : 'Chưa ghi nhận văn bản thay thế'}
              </dd>
            </dl>
          </section>

          <References d={d} />

          {!d.stub && (
            <section aria-labelledby="phat-hien">
              <h2 id="phat-hien">Phát hiện khi đọc và lỗ hổng</h2>
              {gaps.error && <p class="error" role="alert">Lỗ hổng: {gaps.error}</p>}
              {!gaps.data && !gaps.error && <p class="muted" role="status">Đang kiểm tra lỗ hổng…</p>}
              {!d.findings.length && gaps.data && !gaps.data.complianceGaps.items.length && <p class="muted">Không có.</p>}
              <ul class="findings">
                {d.findings.map((f) => (
                  <li key={f.key} class={`sev-${f.severity}`}>
                    <span class="badge">{label(SEVERITY, f.severity)}</span> {f.message} <Lines line={f.line} />
                  </li>
                ))}
                {gaps.data?.complianceGaps.items.map((g, i) => (
                  <li key={`g${i}`} class={`sev-${g.severity}`}>
                    <span class="badge">{label(SEVERITY, g.severity)}</span> <strong>{label(GAP, g.kind)}</strong>: {g.what} <Lines line={g.source.line} lineEnd={g.source.lineEnd} doc={g.source.documentKey} />
                  </li>
                ))}
              </ul>
            </section>
          )}

          {!d.stub && (
            <section aria-labelledby="nhiem-vu">
              <h2 id="nhiem-vu">Nhiệm vụ được giao {facts.data && `(${duties.length})`}</h2>
              {facts.error && <p class="error" role="alert">{facts.error}</p>}
              <ol class="duties">
                {duties.map((g) => (
                  <li key={g.duty.key}>
                    <p class="duty-text">
                      {g.duty.text} <Lines line={g.duty.source.line} lineEnd={g.duty.source.lineEnd} />
                    </p>
                    <p class="duty-roles">
                      {g.roles.map((r, i) => (
                        <span key={i} class={`role role-${r.role}`}>
                          <a href={href('co-quan', r.agency.key)}>{r.agency.name}</a>: {label(ROLE, r.role).toLowerCase()}
                          {r.basis === 'INFERRED' && <span class="inferred" title="Vai trò suy ra, văn bản không ghi rõ"> (suy ra)</span>}
                        </span>
                      ))}
                    </p>
                    {g.deadlines.map((x) => (
                      <p key={x.key} class="duty-deadline">
                        {label(DEADLINE_KIND, x.kind)}
                        {x.date ? ` ${viDate(x.date)}` : x.frequency ? ` ${label(FREQUENCY, x.frequency)}` : ''} · {label(ACTION, x.action)}
                        {x.text !== g.duty.text && <>: {x.text}</>}
                        {x.source.line !== g.duty.source.line && <> <Lines line={x.source.line} lineEnd={x.source.lineEnd} /></>}
                      </p>
                    ))}
                  </li>
                ))}
              </ol>
            </section>
          )}

          {d.targets.length > 0 && (
            <section aria-labelledby="chi-tieu">
              <h2 id="chi-tieu">Chỉ tiêu</h2>
              <ul>
                {d.targets.map((t) => (
                  <li key={t.key}>
                    {t.text} <Lines line={t.line} lineEnd={t.lineEnd} />
                  </li>
                ))}
              </ul>
            </section>
          )}

          {d.recipientsConnection.edges.length > 0 && (
            <section aria-labelledby="noi-nhan">
              <h2 id="noi-nhan">Nơi nhận</h2>
              <ul>
                {d.recipientsConnection.edges.map((e) => (
                  <li key={e.node.key}>
                    <a href={href('co-quan', e.node.key)}>{e.node.name}</a>
                    {e.properties.text && e.properties.text !== e.node.name && <span class="muted"> ({e.properties.text})</span>} <Lines line={e.properties.line} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        {!d.stub && <SourcePane src={src} marked={marked} />}
      </div>
    </article>
  );
}

function References({ d }: { d: Doc }) {
  const rows: Array<{ rel: string; e: Edge<Prov, DocInfo> }> = [
    ...d.implementsConnection.edges.map((e) => ({ rel: RELATION.IMPLEMENTS!, e })),
    ...d.basedOnConnection.edges.map((e) => ({ rel: RELATION.BASED_ON!, e })),
    ...d.citesConnection.edges.map((e) => ({ rel: RELATION.CITES!, e })),
    ...d.supersedesConnection.edges.map((e) => ({ rel: 'Thay thế', e })),
  ];
  return (
    <section aria-labelledby="can-cu">
      <h2 id="can-cu">Căn cứ và văn bản liên quan</h2>
      {!rows.length && !d.implementedBy.length && !d.unresolvedBases?.length && <p class="muted">Không có.</p>}
      <ul class="refs">
        {rows.map(({ rel, e }, i) => (
          <li key={i}>
            <span class="rel">{rel}</span> <DocLink d={e.node} /> <DocBadges d={e.node} /> <Lines line={e.properties.line} lineEnd={e.properties.lineEnd} />
          </li>
        ))}
        {d.unresolvedBases?.map((b, i) => (
          <li key={`u${i}`}>
            <span class="rel">Căn cứ chung chung</span> “{b}”
          </li>
        ))}
        {d.implementedBy.map((x) => (
          <li key={`i${x.key}`}>
            <span class="rel">Được thực hiện bởi</span> <DocLink d={x} /> <DocBadges d={x} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function groupDuties(items: Resp[]) {
  const by = new Map<string, { duty: Resp['duty']; roles: Resp[]; deadlines: Resp['deadlines'] }>();
  for (const r of items) {
    const g = by.get(r.duty.key) ?? { duty: r.duty, roles: [], deadlines: [] };
    g.roles.push(r);
    for (const x of r.deadlines) if (!g.deadlines.some((y) => y.key === x.key)) g.deadlines.push(x);
    by.set(r.duty.key, g);
  }
  return [...by.values()].sort((a, b) => (a.duty.source.line ?? 0) - (b.duty.source.line ?? 0));
}

function SourcePane({ src, marked }: { src: ReturnType<typeof useQuery<{ sourceText: { available: boolean; reason: string | null; lines: Array<{ n: number; text: string }> } }>>; marked: Set<number> }) {
  const range = lineRange(route.value.params.get('dong'));
  const box = useRef<HTMLDivElement>(null);
  const lines = src.data?.sourceText.lines;
  useEffect(() => {
    if (!range || !lines || !box.current) return;
    const el = box.current.querySelector<HTMLElement>(`[data-line="${range[0]}"]`);
    if (el) {
      box.current.scrollTop = Math.max(0, el.offsetTop - box.current.clientHeight / 3);
    }
  }, [range?.[0], range?.[1], lines]);
  const REASON: Record<string, string> = {
    STUB: 'Văn bản chỉ được trích dẫn: chưa có toàn văn.',
    NO_FILE: 'Không ghi nhận tệp nguồn.',
    FILE_MISSING: 'Không còn tìm thấy tệp nguồn trên máy chủ.',
    FILE_CHANGED: 'Tệp nguồn đã thay đổi sau khi nạp: số dòng có thể không còn khớp, nên không hiển thị.',
    UNREADABLE: 'Không đọc được tệp nguồn.',
  };
  return (
    <section class="source" aria-labelledby="van-ban-goc">
      <h2 id="van-ban-goc">
        Văn bản gốc {range && <span class="muted">(đang đánh dấu dòng {range[0] === range[1] ? range[0] : `${range[0]}–${range[1]}`})</span>}
      </h2>
      {src.error && <p class="error" role="alert">{src.error}</p>}
      {src.data && !src.data.sourceText.available && <p class="muted">{REASON[src.data.sourceText.reason ?? ''] ?? 'Không có văn bản gốc.'}</p>}
      {!src.data && !src.error && <p class="muted" role="status">Đang tải văn bản…</p>}
      {lines && (
        <div class="source-lines" ref={box} tabIndex={0} aria-label="Nội dung văn bản gốc, đánh số dòng">
          {lines.map((l) => {
            const hit = range && l.n >= range[0] && l.n <= range[1];
            return (
              <div key={l.n} data-line={l.n} class={`src-line${hit ? ' hit' : marked.has(l.n) ? ' fact' : ''}`}>
                <span class="ln" aria-hidden="true">{l.n}</span>
                <span class="lt">{l.text || '\u00a0'}</span>
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}
