/**
 * Lineage: the tree up to the law or resolution and down through every level, drawn as a layered graph
 * (Cytoscape.js + dagre; bases above, implementing plans below). Each edge carries its relation and the
 * line it was read from; stubs (only cited) are dashed, drafts orange. Click a node to open it, click an
 * edge to open its source line. Branches collapse and expand (also from the list below the graph, which
 * is the keyboard path). URL: #/pha-he/<key>?huong=BOTH&sau=5&thu-gon=<key>,<key>
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { useQuery } from '../useQuery.js';
import { route, href, navigate, setParams } from '../router.js';
import { docName, label, LEVEL, RELATION } from '../labels.js';
import { download, fileName, Loading } from './common.js';
import { DocBadges } from './HitLine.js';
import { toGraphML } from '../export/graph.js';
import type { BasisRelation, DocRef, SourceRef } from '../types.js';

cytoscape.use(dagre);

const DOC_REF = 'key kind number issuedOn year title level stub draft issuerKey issuerName';
// One page of the largest size the API gives (steps nearest the document first): more would not be
// readable as one graph anyway, and the view says when steps are left out.
const LINEAGE = `query Lineage($key: ID!, $direction: LineageDirection, $depth: Int) {
  lineage(document: $key, direction: $direction, maxDepth: $depth, relations: [IMPLEMENTS, BASED_ON], first: 2000) {
    root { ${DOC_REF} }
    nodes { depth document { ${DOC_REF} } }
    steps { relation depth direction from { key } to { key } source { documentKey line lineEnd } }
    totalSteps
    pageInfo { hasNextPage }
    truncated
  }
}`;

type Ref = DocRef;
interface Step {
  relation: BasisRelation;
  depth: number;
  direction: string;
  from: { key: string };
  to: { key: string };
  source: SourceRef;
}
interface Data {
  lineage: { root: Ref; nodes: Array<{ depth: number; document: Ref }>; steps: Step[]; totalSteps: number; pageInfo: { hasNextPage: boolean }; truncated: boolean };
}

export function Lineage({ docKey }: { docKey: string }) {
  const p = route.value.params;
  const direction = (['UP', 'DOWN', 'BOTH'].includes(p.get('huong') ?? '') ? p.get('huong') : 'BOTH') as string;
  const depth = Math.min(10, Math.max(1, Number(p.get('sau') ?? 5) || 5));
  const collapsed = new Set((p.get('thu-gon') ?? '').split(',').filter(Boolean));
  const q = useQuery<Data>(LINEAGE, { key: docKey, direction, depth });
  return (
    <section>
      <Loading q={q}>
        {(d) => (
          <>
            <p class="eyebrow">Phả hệ văn bản</p>
            <h1>
              <a href={href('van-ban', d.lineage.root.key)}>{docName(d.lineage.root)}</a>
            </h1>
            {d.lineage.root.title && <p class="doc-title">{d.lineage.root.title}</p>}
            <div class="toolbar">
              <label>
                Hướng
                <select value={direction} onChange={(e) => setParams({ huong: (e.target as HTMLSelectElement).value })}>
                  <option value="BOTH">Cả căn cứ và văn bản thực hiện</option>
                  <option value="UP">Lên: căn cứ đến luật, nghị quyết</option>
                  <option value="DOWN">Xuống: các cấp thực hiện</option>
                </select>
              </label>
              <label>
                Số cấp tối đa
                <select value={String(depth)} onChange={(e) => setParams({ sau: (e.target as HTMLSelectElement).value })}>
                  {[1, 2, 3, 4, 5, 6, 8, 10].map((n) => (
                    <option key={n} value={String(n)}>
                      {n}
                    </option>
                  ))}
                </select>
              </label>
              <span class="spacer" />
              <ExportButtons d={d} />
            </div>
            {d.lineage.truncated && (
              <p role="note">
                Còn văn bản ở sâu hơn {depth} cấp.{' '}
                {depth < 10 && (
                  <button type="button" class="action" onClick={() => setParams({ sau: Math.min(10, depth + 2) })}>
                    Mở rộng thêm
                  </button>
                )}
              </p>
            )}
            {d.lineage.pageInfo.hasNextPage && (
              <p role="note">
                Chỉ hiển thị {d.lineage.steps.length.toLocaleString('vi-VN')} trên {d.lineage.totalSteps.toLocaleString('vi-VN')} quan hệ (các cấp gần nhất trước). Giảm số cấp để xem gọn hơn.
              </p>
            )}
            <LineageGraph d={d} collapsed={collapsed} />
            <p class="graph-legend" aria-hidden="true">
              <span><i class="sw root" />văn bản đang xem</span>
              <span><i class="sw" />đã có toàn văn</span>
              <span><i class="sw stub" />chỉ được trích dẫn</span>
              <span><i class="sw draft" />dự thảo / thiếu số, ngày</span>
              <span>Bấm vào văn bản để mở; bấm vào cạnh để xem dòng nguồn.</span>
            </p>
            <LineageList d={d} collapsed={collapsed} />
          </>
        )}
      </Loading>
    </section>
  );
}

/** Nodes reachable from the root without passing through a collapsed node, and the tree used for the list. */
function useTree(d: Data, collapsed: Set<string>) {
  return useMemo(() => {
    const l = d.lineage;
    const adj = new Map<string, Array<{ other: string; step: Step }>>();
    for (const s of l.steps) {
      (adj.get(s.to.key) ?? adj.set(s.to.key, []).get(s.to.key)!).push({ other: s.from.key, step: s });
      (adj.get(s.from.key) ?? adj.set(s.from.key, []).get(s.from.key)!).push({ other: s.to.key, step: s });
    }
    const children = new Map<string, Array<{ key: string; step: Step }>>();
    const seen = new Set([l.root.key]);
    const queue = [l.root.key];
    while (queue.length) {
      const k = queue.shift()!;
      for (const { other, step } of adj.get(k) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        (children.get(k) ?? children.set(k, []).get(k)!).push({ key: other, step });
        queue.push(other);
      }
    }
    const visible = new Set([l.root.key]);
    const walk = (k: string) => {
      if (collapsed.has(k)) return;
      for (const c of children.get(k) ?? []) {
        visible.add(c.key);
        walk(c.key);
      }
    };
    walk(l.root.key);
    const hiddenBelow = (k: string): number => (children.get(k) ?? []).reduce((n, c) => n + 1 + hiddenBelow(c.key), 0);
    return { children, visible, hiddenBelow };
  }, [d, [...collapsed].join(',')]);
}

function toggle(collapsed: Set<string>, key: string) {
  const next = new Set(collapsed);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  setParams({ 'thu-gon': [...next].join(',') });
}

function LineageGraph({ d, collapsed }: { d: Data; collapsed: Set<string> }) {
  const box = useRef<HTMLDivElement>(null);
  const { visible, hiddenBelow } = useTree(d, collapsed);
  useEffect(() => {
    if (!box.current) return;
    const l = d.lineage;
    const docs = new Map(l.nodes.map((n) => [n.document.key, n.document]));
    docs.set(l.root.key, l.root);
    const elements: cytoscape.ElementDefinition[] = [];
    for (const [key, doc] of docs) {
      if (!visible.has(key)) continue;
      const more = collapsed.has(key) ? hiddenBelow(key) : 0;
      elements.push({
        data: { id: key, label: `${docName(doc)}\n${doc.issuerName ?? ''}${more ? `\n(+${more} đang thu gọn)` : ''}` },
        classes: [key === l.root.key ? 'root' : '', doc.stub ? 'stub' : '', doc.draft ? 'draft' : ''].filter(Boolean).join(' '),
      });
    }
    l.steps.forEach((s, i) => {
      if (!visible.has(s.from.key) || !visible.has(s.to.key)) return;
      const line = s.source.line ? ` · dòng ${s.source.line}` : '';
      // basis above, implementing document below
      elements.push({ data: { id: `e${i}`, source: s.to.key, target: s.from.key, label: `${label(RELATION, s.relation)}${line}`, doc: s.source.documentKey, line: s.source.line ?? '', lineEnd: s.source.lineEnd ?? '' } });
    });
    let cy: cytoscape.Core | null = null;
    let cancelled = false;
    // canvas text needs the bundled font loaded first
    void document.fonts.ready.then(() => {
      if (cancelled || !box.current) return;
      cy = cytoscape({
        container: box.current,
        elements,
        minZoom: 0.2,
        maxZoom: 2.5,
        style: [
          {
            selector: 'node',
            style: {
              shape: 'round-rectangle',
              'background-color': '#dce9f9',
              'border-color': '#0b5cad',
              'border-width': 2,
              label: 'data(label)',
              'text-wrap': 'wrap',
              'text-max-width': '210px',
              'text-valign': 'center',
              'font-family': 'Noto Sans, sans-serif',
              'font-size': 12,
              color: '#1b1f24',
              width: 230,
              height: 62,
              padding: '6px',
              'z-index-compare': 'manual',
              'z-index': 5,
            },
          },
          { selector: 'node.stub', style: { 'border-style': 'dashed', 'background-color': '#f2f3f5', 'border-color': '#7a828f' } },
          { selector: 'node.draft', style: { 'background-color': '#fff1dc', 'border-color': '#b15c00' } },
          { selector: 'node.root', style: { 'border-width': 4, 'border-color': '#0d2a4a', 'font-weight': 'bold' } },
          {
            selector: 'edge',
            style: {
              width: 1.5,
              'line-color': '#7a828f',
              'target-arrow-color': '#7a828f',
              'target-arrow-shape': 'triangle',
              'curve-style': 'taxi',
              'taxi-direction': 'downward',
              label: 'data(label)',
              'font-size': 10,
              'font-family': 'Noto Sans, sans-serif',
              color: '#3d4450',
              'text-background-color': '#fff',
              'text-background-opacity': 1,
              'text-background-padding': '2px',
            },
          },
          // an edge across more than one layer would run behind the nodes between: bend it aside
          {
            selector: 'edge.long',
            style: {
              'curve-style': 'segments',
              'segment-distances': 'data(distances)' as unknown as number[],
              'segment-weights': 'data(weights)' as unknown as number[],
              'z-index-compare': 'manual',
              'z-index': 10,
              'text-margin-y': -10,
            },
          },
          { selector: 'node:active, edge:active', style: { 'overlay-opacity': 0.15 } },
        ],
        layout: { name: 'dagre', rankDir: 'TB', nodeSep: 60, rankSep: 70, edgeSep: 10 } as cytoscape.LayoutOptions,
      });
      bendLongEdges(cy);
      cy.on('tap', 'node', (e) => navigate(href('van-ban', e.target.id())));
      cy.on('tap', 'edge', (e) => {
        const x = e.target.data();
        if (x.line) navigate(href('van-ban', x.doc, { dong: x.lineEnd && x.lineEnd !== x.line ? `${x.line}-${x.lineEnd}` : x.line }));
      });
      cy.on('mouseover', 'node, edge', () => box.current && (box.current.style.cursor = 'pointer'));
      cy.on('mouseout', 'node, edge', () => box.current && (box.current.style.cursor = ''));
    });
    return () => {
      cancelled = true;
      cy?.destroy();
    };
  }, [d, visible]);
  return <div class="graph" ref={box} role="img" aria-label={`Sơ đồ phả hệ: ${visible.size} văn bản. Danh sách có thể dùng bằng bàn phím nằm bên dưới.`} />;
}

/**
 * An edge that skips a layer would run straight through the nodes of the layers between: route it
 * through the nearest free place of each layer it crosses (dagre leaves room there), as a polyline.
 */
function bendLongEdges(cy: cytoscape.Core) {
  const margin = 14;
  const boxes = cy.nodes().map((n) => ({ n, bb: n.boundingBox({}) }));
  cy.edges().forEach((e) => {
    const a = e.source().position();
    const b = e.target().position();
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (!len) return;
    const layers = new Map<number, typeof boxes>();
    for (const x of boxes) {
      if (x.n === e.source() || x.n === e.target()) continue;
      const y = Math.round((x.bb.y1 + x.bb.y2) / 2);
      if (y <= Math.min(a.y, b.y) + 1 || y >= Math.max(a.y, b.y) - 1) continue;
      (layers.get(y) ?? layers.set(y, []).get(y)!).push(x);
    }
    const weights: number[] = [];
    const distances: number[] = [];
    for (const [y, row] of [...layers].sort((p, q) => (p[0] - q[0]) * (b.y > a.y ? 1 : -1))) {
      const xl = a.x + ((b.x - a.x) * (y - a.y)) / (b.y - a.y);
      const blocked = row.some((r) => xl > r.bb.x1 - margin && xl < r.bb.x2 + margin);
      if (!blocked) continue;
      // free intervals of this layer; the point nearest to the straight line
      const sorted = row.map((r) => r.bb).sort((p, q) => p.x1 - q.x1);
      let best = Infinity;
      let px = xl;
      const candidates = [sorted[0]!.x1 - margin, sorted[sorted.length - 1]!.x2 + margin];
      for (let i = 0; i + 1 < sorted.length; i++) {
        const lo = sorted[i]!.x2 + margin;
        const hi = sorted[i + 1]!.x1 - margin;
        if (hi >= lo) candidates.push(Math.min(Math.max(xl, lo), hi));
      }
      for (const c of candidates) if (Math.abs(c - xl) < best) (best = Math.abs(c - xl)), (px = c);
      // through the gap from above the layer to below it; as cytoscape measures waypoints: weight
      // along source→target, distance perpendicular to it
      const dx = (b.x - a.x) / len;
      const dy = (b.y - a.y) / len;
      const top = Math.min(...row.map((r) => r.bb.y1)) - margin;
      const bottom = Math.max(...row.map((r) => r.bb.y2)) + margin;
      for (const wy of b.y > a.y ? [top, bottom] : [bottom, top]) {
        weights.push(((px - a.x) * dx + (wy - a.y) * dy) / len);
        distances.push((px - a.x) * -dy + (wy - a.y) * dx);
      }
    }
    if (!weights.length) return;
    e.data({ weights, distances });
    e.addClass('long');
  });
}

function LineageList({ d, collapsed }: { d: Data; collapsed: Set<string> }) {
  const { children } = useTree(d, collapsed);
  const docs = new Map(d.lineage.nodes.map((n) => [n.document.key, n.document]));
  docs.set(d.lineage.root.key, d.lineage.root);
  const depthOf = new Map(d.lineage.nodes.map((n) => [n.document.key, n.depth]));
  const item = (key: string, step: Step | null): preact.JSX.Element => {
    const doc = docs.get(key)!;
    const kids = children.get(key) ?? [];
    const closed = collapsed.has(key);
    const depth = depthOf.get(key) ?? 0;
    return (
      <li key={key}>
        {kids.length > 0 ? (
          <button type="button" class="tree-toggle" aria-expanded={!closed} onClick={() => toggle(collapsed, key)} title={closed ? 'Mở rộng nhánh' : 'Thu gọn nhánh'}>
            {closed ? '+' : '−'}
            <span class="visually-hidden">{closed ? 'Mở rộng nhánh' : 'Thu gọn nhánh'}</span>
          </button>
        ) : (
          <span class="tree-leaf" aria-hidden="true" />
        )}
        {step && (
          <span class="rel-tag">
            {depth < 0 ? 'Căn cứ' : label(RELATION, step.relation)}
            {step.source.line && (
              <>
                {' '}
                (<a href={href('van-ban', step.source.documentKey, { dong: step.source.lineEnd && step.source.lineEnd !== step.source.line ? `${step.source.line}-${step.source.lineEnd}` : step.source.line })}>dòng {step.source.line}</a>)
              </>
            )}
            :{' '}
          </span>
        )}
        <a href={href('van-ban', key)} class={doc.stub ? 'doc-link stub' : 'doc-link'}>
          {docName(doc)}
        </a>{' '}
        <span class="muted">
          {doc.issuerName} · {label(LEVEL, doc.level)}
        </span>{' '}
        <DocBadges d={doc} />
        {kids.length > 0 && !closed && <ul>{kids.map((c) => item(c.key, c.step))}</ul>}
      </li>
    );
  };
  return (
    <section aria-labelledby="ds-pha-he">
      <h2 id="ds-pha-he">Danh sách văn bản trong phả hệ ({docs.size})</h2>
      <ul class="tree">{item(d.lineage.root.key, null)}</ul>
    </section>
  );
}

function ExportButtons({ d }: { d: Data }) {
  const nodes = () => {
    const docs = new Map(d.lineage.nodes.map((n) => [n.document.key, n]));
    if (!docs.has(d.lineage.root.key)) docs.set(d.lineage.root.key, { depth: 0, document: d.lineage.root });
    return [...docs.values()].map((n) => ({ id: n.document.key, label: docName(n.document), depth: n.depth, issuer: n.document.issuerName, level: n.document.level, stub: n.document.stub, draft: n.document.draft, title: n.document.title }));
  };
  const edges = () => d.lineage.steps.map((s) => ({ source: s.from.key, target: s.to.key, relation: s.relation, depth: s.depth, sourceDocument: s.source.documentKey, line: s.source.line, lineEnd: s.source.lineEnd }));
  const name = `pha-he_${fileName(d.lineage.root.key)}`;
  return (
    <>
      <button type="button" class="action" onClick={() => download(`${name}.graphml`, new Blob([toGraphML(nodes(), edges())], { type: 'application/graphml+xml' }))}>
        Tải GraphML
      </button>
      <button type="button" class="action" onClick={() => download(`${name}.json`, new Blob([JSON.stringify({ nodes: nodes(), edges: edges() }, null, 2)], { type: 'application/json' }))}>
        Tải JSON
      </button>
    </>
  );
}
