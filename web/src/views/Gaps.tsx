/**
 * Compliance gaps of a scope (a document and the plans below it, an administrative unit, or everything),
 * grouped by kind and severity, each with what, why and the source line.
 * URL: #/lo-hong?pham-vi=<document or unit key>&ngay=2026-11-22
 */
import { useQuery } from '../useQuery.js';
import { route, href, setParams } from '../router.js';
import { docName, GAP, label, SEVERITY, viDate } from '../labels.js';
import { gapVi } from '../gapText.js';
import { Loading } from './common.js';
import type { Gap } from '../types.js';

const DOC_REF = 'key kind number issuedOn year title level stub draft issuerKey issuerName';
const Q = `query Gaps($scope: ID, $asOf: Date) {
  complianceGaps(scope: $scope, asOf: $asOf, first: 200) {
    totalCount
    items { kind severity what why subjectKey dueDate document { ${DOC_REF} } source { documentKey line lineEnd } }
  }
}`;
const SEV_ORDER = ['ERROR', 'WARNING', 'INFO'];

export function Gaps() {
  const p = route.value.params;
  const scope = p.get('pham-vi') || null;
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(p.get('ngay') ?? '') ? p.get('ngay') : null;
  const q = useQuery<{ complianceGaps: { totalCount: number; items: Gap[] } }>(Q, { scope, asOf });
  return (
    <section>
      <h1>Lỗ hổng tuân thủ</h1>
      <div class="toolbar">
        <label>
          Tính đến ngày
          <input type="date" value={asOf ?? ''} onChange={(e) => setParams({ ngay: (e.target as HTMLInputElement).value })} />
        </label>
        {scope && (
          <a class="button" href={href('lo-hong', '', { ngay: asOf })}>
            Xem toàn bộ
          </a>
        )}
      </div>
      <Loading q={q}>
        {(d) => {
          const groups = new Map<string, Gap[]>();
          for (const g of d.complianceGaps.items) (groups.get(g.kind) ?? groups.set(g.kind, []).get(g.kind)!).push(g);
          const sorted = [...groups].sort((a, b) => Math.min(...a[1].map((g) => SEV_ORDER.indexOf(g.severity))) - Math.min(...b[1].map((g) => SEV_ORDER.indexOf(g.severity))));
          const scopeDoc = d.complianceGaps.items.find((g) => g.document.key === scope)?.document;
          return (
            <>
              <p class="scope">
                Phạm vi:{' '}
                {!scope ? 'mọi văn bản trong hệ thống' : scopeDoc ? <><a href={href('van-ban', scopeDoc.key)}>{docName(scopeDoc)}</a> {scopeDoc.issuerName && <span class="muted">({scopeDoc.issuerName})</span>} và các kế hoạch cấp dưới</> : scope}
              </p>
              <p class="muted" role="status">
                {d.complianceGaps.totalCount} lỗ hổng{d.complianceGaps.totalCount > d.complianceGaps.items.length ? ` (hiển thị ${d.complianceGaps.items.length})` : ''}
              </p>
              {sorted.map(([kind, gaps]) => (
                <section key={kind} class="gap-group" aria-labelledby={`gap-${kind}`}>
                  <h2 id={`gap-${kind}`}>
                    {label(GAP, kind)} ({gaps.length})
                  </h2>
                  <ul>
                    {[...gaps].sort((a, b) => SEV_ORDER.indexOf(a.severity) - SEV_ORDER.indexOf(b.severity)).map((g, i) => {
                      const vi = gapVi(g);
                      return (
                      <li key={i} class={`sev-${g.severity}`}>
                        <span class="badge">{label(SEVERITY, g.severity)}</span> {vi.what}
                        {g.dueDate && <> · hạn {viDate(g.dueDate)}</>}
                        <div class="why">Vì sao: {vi.why}</div>
                        <div class="why">
                          <a href={href('van-ban', g.document.key)}>{docName(g.document)}</a>
                          {g.source.line && (
                            <>
                              {' · '}
                              <a href={href('van-ban', g.source.documentKey, { dong: g.source.lineEnd && g.source.lineEnd !== g.source.line ? `${g.source.line}-${g.source.lineEnd}` : g.source.line })}>dòng {g.source.line}</a>
                            </>
                          )}
                        </div>
                        <details class="tech" lang="en">
                          <summary lang="vi">Chi tiết kỹ thuật (tiếng Anh)</summary>
                          {g.what} {g.why}
                        </details>
                      </li>
                      );
                    })}
                  </ul>
                </section>
              ))}
            </>
          );
        }}
      </Loading>
    </section>
  );
}
