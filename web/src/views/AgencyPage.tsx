/**
 * An agency: who it is, what it must do across documents and levels (grouped by document: role, duty,
 * partners, deadlines, source line), its deadlines in date order, and a link to the calendar of their
 * occurrences over the years of its plans.
 * URL: #/co-quan/<agency key>
 */
import { useQuery } from '../useQuery.js';
import { href } from '../router.js';
import { ACTION, AGENCY_TYPE, DEADLINE_KIND, docName, FREQUENCY, label, LEVEL, ROLE, viDate } from '../labels.js';
import { Loading } from './common.js';
import type { AgencyType, DeadlineRef, DocRef, Level, Partner, Role, SourceRef } from '../types.js';

const DOC_REF = 'key kind number issuedOn year title level stub draft issuerKey issuerName';
const Q = `query Agency($key: ID!, $name: String) {
  agencies(where: { key: { eq: $key } }) { key name names type level group }
  responsibilities(agency: $name, first: 200) {
    totalCount
    items {
      role
      agency { key }
      duty { key text source { documentKey line lineEnd } }
      document { ${DOC_REF} }
      partners { role agency { key name } }
      deadlines { key kind date frequency text action source { documentKey line lineEnd } }
    }
  }
}`;
interface Item {
  role: Role;
  agency: { key: string };
  duty: { key: string; text: string; source: SourceRef };
  document: DocRef;
  partners: Partner[];
  deadlines: DeadlineRef[];
}
interface Data {
  agencies: Array<{ key: string; name: string; names: string[] | null; type: AgencyType; level: Level; group: boolean }>;
  responsibilities: { totalCount: number; items: Item[] };
}

const lines = (s: SourceRef) => (s.lineEnd && s.lineEnd !== s.line ? `${s.line}-${s.lineEnd}` : s.line);
const when = (d: DeadlineRef) => (d.date ? viDate(d.date) : d.frequency ? label(FREQUENCY, d.frequency) : label(DEADLINE_KIND, d.kind));

export function AgencyPage({ agencyKey }: { agencyKey: string }) {
  const q = useQuery<Data>(Q, { key: agencyKey, name: agencyKey });
  return (
    <section class="agency">
      <Loading q={q}>
        {(d) => {
          const a = d.agencies[0];
          if (!a) return <p role="alert">Không có cơ quan với mã “{agencyKey}”.</p>;
          const mine = d.responsibilities.items.filter((r) => r.agency.key === a.key);
          const byDoc = new Map<string, { doc: DocRef; items: Item[] }>();
          for (const r of mine) (byDoc.get(r.document.key) ?? byDoc.set(r.document.key, { doc: r.document, items: [] }).get(r.document.key)!).items.push(r);
          const deadlines = [...new Map(mine.flatMap((r) => r.deadlines.map((x) => [x.key, { x, r }] as const))).values()].sort(
            (p, q) => (p.x.date ?? '9999').localeCompare(q.x.date ?? '9999') || (p.x.source.line ?? 0) - (q.x.source.line ?? 0),
          );
          const years = mine.flatMap((r) => [r.document.year, ...r.deadlines.map((x) => (x.date ? Number(x.date.slice(0, 4)) : null))]).filter((y): y is number => !!y);
          // from the first plan's year on, towards this year (recurring deadlines run on through the
          // plans' periods), within the 5 years a calendar spans
          const first = years.length ? Math.min(...years) : null;
          const from = first ? `${first}-01` : undefined;
          const to = first ? `${Math.min(first + 4, Math.max(...years, new Date().getFullYear()))}-12` : undefined;
          return (
            <>
              <p class="eyebrow">
                Cơ quan · {label(AGENCY_TYPE, a.type)} · {label(LEVEL, a.level)}
              </p>
              <h1>{a.name}</h1>
              {a.names && a.names.length > 1 && <p class="muted">Cách viết trong văn bản: {a.names.join('; ')}</p>}
              <p class="doc-actions">
                <a href={href('lich', '', { 'co-quan': a.name, tu: from, den: to })}>Lịch thời hạn của cơ quan</a>
              </p>
              <h2>
                Nhiệm vụ được giao: {mine.length} nhiệm vụ trong {byDoc.size} văn bản
              </h2>
              {[...byDoc.values()].map(({ doc, items }) => (
                <section key={doc.key} class="agency-doc" aria-label={docName(doc)}>
                  <h3>
                    <a href={href('van-ban', doc.key)}>{docName(doc)}</a> <span class="muted">· {doc.issuerName} · {label(LEVEL, doc.level)}</span>
                  </h3>
                  <ul class="results">
                    {items.map((r) => (
                      <li key={r.duty.key + r.role}>
                        <a href={href('van-ban', r.duty.source.documentKey, { dong: lines(r.duty.source) })}>
                          <strong class={`r-${r.role}`}>{label(ROLE, r.role)}</strong> <span class="hit-title">{r.duty.text}</span>
                          <span class="hit-meta">
                            dòng {r.duty.source.line}
                            {r.partners.length > 0 && <> · cùng: {r.partners.map((p) => `${p.agency.name} (${label(ROLE, p.role).toLowerCase()})`).join(', ')}</>}
                            {r.deadlines.length > 0 && <> · thời hạn: {r.deadlines.map((x) => `${when(x)} (${label(ACTION, x.action).toLowerCase()})`).join('; ')}</>}
                          </span>
                        </a>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
              <h2 id="thoi-han">Thời hạn của cơ quan ({deadlines.length})</h2>
              {deadlines.length ? (
                <div class="table-wrap">
                  <table class="grid agency-deadlines" aria-labelledby="thoi-han">
                    <thead>
                      <tr>
                        <th scope="col">Thời hạn</th>
                        <th scope="col">Việc</th>
                        <th scope="col">Nội dung</th>
                        <th scope="col">Văn bản</th>
                      </tr>
                    </thead>
                    <tbody>
                      {deadlines.map(({ x, r }) => (
                        <tr key={x.key}>
                          <td>{when(x)}</td>
                          <td>{label(ACTION, x.action)}</td>
                          <td>{x.text}</td>
                          <td>
                            {docName(r.document)} ·{' '}
                            <a href={href('van-ban', x.source.documentKey, { dong: lines(x.source) })}>dòng {x.source.line}</a>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : (
                <p class="muted">Các văn bản không đặt thời hạn nào cho cơ quan này.</p>
              )}
            </>
          );
        }}
      </Loading>
    </section>
  );
}
