import { docName, HIT_KIND, label, LEVEL, ROLE, AGENCY_TYPE } from '../labels.js';
import { href } from '../router.js';
import type { Hit } from '../search.js';

export function hitHref(h: Hit): string {
  if (h.kind === 'DOCUMENT') return href('van-ban', h.key);
  if (h.kind === 'AGENCY') return href('co-quan', h.key);
  const src = h.source;
  if (src) return href('van-ban', src.documentKey, { dong: src.line ? `${src.line}-${src.lineEnd ?? src.line}` : undefined });
  return href('tim-kiem', '', { q: h.label });
}

export function DocBadges({ d }: { d: { stub: boolean; draft: boolean } }) {
  return (
    <>
      {d.stub && <span class="badge stub" title="Văn bản chỉ được trích dẫn, chưa có toàn văn trong hệ thống">chỉ được trích dẫn</span>}
      {d.draft && <span class="badge draft" title="Thiếu số hoặc ngày ban hành">dự thảo / thiếu số, ngày</span>}
    </>
  );
}

/** One hit: kind, then what tells it apart (number, issuer, level; for duties the agencies and roles). */
export function HitLine({ h }: { h: Hit }) {
  if (h.kind === 'DOCUMENT') {
    const d = h.doc;
    return (
      <span class="hit">
        <span class={`kind k-${h.kind}`}>{label(HIT_KIND, h.kind)}</span>
        <span class="hit-main">
          <strong>{d ? docName(d) : h.label}</strong>
          {d?.title && <span class="hit-title">{d.title}</span>}
          <span class="hit-meta">
            {d?.issuer[0]?.name}
            {d?.level && ` · ${label(LEVEL, d.level)}`} {d && <DocBadges d={d} />}
          </span>
        </span>
      </span>
    );
  }
  if (h.kind === 'AGENCY') {
    return (
      <span class="hit">
        <span class={`kind k-${h.kind}`}>{label(HIT_KIND, h.kind)}</span>
        <span class="hit-main">
          <strong>{h.agency?.name ?? h.label}</strong>
          {h.agency && <span class="hit-meta">{label(AGENCY_TYPE, h.agency.type)} · {label(LEVEL, h.agency.level)}</span>}
        </span>
      </span>
    );
  }
  const duty = h.duty;
  const doc = duty?.document[0];
  return (
    <span class="hit">
      <span class={`kind k-${h.kind}`}>{label(HIT_KIND, h.kind)}</span>
      <span class="hit-main">
        <span class="hit-text">{duty?.text ?? h.label}</span>
        <span class="hit-meta">
          {duty?.roles.length ? duty.roles.map((r, i) => <span key={i}>{i ? '; ' : ''}{r.name} ({label(ROLE, r.role).toLowerCase()})</span>) : 'chưa rõ cơ quan'}
          {doc && ` · ${docName(doc)}`}
          {h.source?.line ? ` · dòng ${h.source.line}` : ''}
        </span>
      </span>
    </span>
  );
}
