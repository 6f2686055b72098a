/**
 * An agency: who it is, what it must do across documents and levels (role, duty, document, source
 * line), and a link to the calendar of its deadlines.
 */
import { useQuery } from '../useQuery.js';
import { href } from '../router.js';
import { AGENCY_TYPE, docName, label, LEVEL, ROLE } from '../labels.js';
import { Loading } from './common.js';

const Q = `query Agency($key: ID!, $name: String) {
  agencies(where: { key: { eq: $key } }) { key name names type level group }
  responsibilities(agency: $name, first: 200) {
    totalCount
    items { role agency { key } duty { key text source { documentKey line lineEnd } } document { key kind number issuedOn year title issuerName } }
  }
}`;
interface Data {
  agencies: Array<{ key: string; name: string; names: string[] | null; type: string; level: string; group: boolean }>;
  responsibilities: { totalCount: number; items: Array<{ role: string; agency: { key: string }; duty: { key: string; text: string; source: { documentKey: string; line: number | null; lineEnd: number | null } }; document: { key: string; kind: string; number: string | null; issuedOn: string | null; year: number | null; title: string | null; issuerName: string | null } }> };
}

export function AgencyPage({ agencyKey }: { agencyKey: string }) {
  const q = useQuery<Data>(Q, { key: agencyKey, name: agencyKey });
  return (
    <section>
      <Loading q={q}>
        {(d) => {
          const a = d.agencies[0];
          if (!a) return <p role="alert">Không có cơ quan với mã “{agencyKey}”.</p>;
          const mine = d.responsibilities.items.filter((r) => r.agency.key === a.key);
          return (
            <>
              <p class="eyebrow">
                Cơ quan · {label(AGENCY_TYPE, a.type)} · {label(LEVEL, a.level)}
              </p>
              <h1>{a.name}</h1>
              {a.names && a.names.length > 1 && <p class="muted">Cách viết trong văn bản: {a.names.join('; ')}</p>}
              <p>
                <a class="button" href={href('lich', '', { 'co-quan': a.name })}>
                  Lịch thời hạn của cơ quan
                </a>
              </p>
              <h2>Nhiệm vụ được giao ({mine.length})</h2>
              <ul class="results">
                {mine.map((r) => (
                  <li key={r.duty.key + r.role}>
                    <a href={href('van-ban', r.duty.source.documentKey, { dong: r.duty.source.lineEnd && r.duty.source.lineEnd !== r.duty.source.line ? `${r.duty.source.line}-${r.duty.source.lineEnd}` : r.duty.source.line })}>
                      <strong class={`r-${r.role}`}>{label(ROLE, r.role)}</strong> <span class="hit-title">{r.duty.text}</span>
                      <span class="hit-meta">
                        {docName(r.document)} · {r.document.issuerName} · dòng {r.duty.source.line}
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </Loading>
    </section>
  );
}
