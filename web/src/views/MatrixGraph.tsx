/**
 * The responsibility matrix as a graph: the same rows and columns as the table on screen (filters
 * apply), agencies on the left, their duties to the right, each edge the agency's role (dashed when
 * inferred); with the plans below, an edge from a duty to the duties that take it up there. Drawn by
 * Cytoscape.js + dagre (left to right). Click an agency to open its page, a duty or an edge to open the
 * line it was read from. The table is the keyboard path to the same facts.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { href, navigate } from '../router.js';
import { docName, label, ROLE, ROLE_SHORT } from '../labels.js';
import { download } from './common.js';
import { toGraphML, type ExportEdge, type ExportNode } from '../export/graph.js';
import type { AgencyRef, DocRef } from '../types.js';
import type { Row } from './Matrix.js';

cytoscape.use(dagre);

const ROLE_COLOR: Record<string, string> = { LEAD: '#0b5cad', RESPONSIBLE: '#155a62', ADVISE: '#7a4f00', COORDINATE: '#226126', REQUESTED: '#6b3fa0' };

const shorten = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);
const lines = (line: number | null, lineEnd: number | null) => (lineEnd && lineEnd !== line ? `${line}-${lineEnd}` : line);

interface Graph {
  nodes: ExportNode[];
  edges: ExportEdge[];
  agencies: number;
  duties: number;
  tasks: number;
  uptakes: number;
}

/** The graph of what the table shows: agencies and duties on screen, their roles, uptake below. */
export function matrixGraph(rows: Row[], agencies: AgencyRef[], docs: Map<string, DocRef>): Graph {
  const shownAgencies = new Set(agencies.map((a) => a.key));
  const nodes: ExportNode[] = [];
  const edges: ExportEdge[] = [];
  const used = new Set<string>();
  const dutyIds = new Set<string>();
  let tasks = 0;
  let uptakes = 0;
  for (const r of rows) {
    const doc = docs.get(r.source.documentKey);
    nodes.push({ id: `d:${r.key}`, label: `${docs.size > 1 && doc ? `${docName(doc)} · ` : ''}dòng ${r.source.line ?? '?'}: ${r.text}`, kind: 'duty', document: r.source.documentKey, line: r.source.line });
    dutyIds.add(r.key);
    for (const [agency, cs] of r.cells) {
      if (!shownAgencies.has(agency)) continue;
      used.add(agency);
      for (const c of cs) {
        tasks++;
        edges.push({ source: `a:${agency}`, target: `d:${r.key}`, kind: 'role', role: c.role, label: `${label(ROLE, c.role)}${c.basis === 'INFERRED' ? ' (suy ra)' : ''}`, basis: c.basis, document: c.doc, line: c.line, lineEnd: c.lineEnd });
      }
    }
  }
  for (const r of rows) {
    for (const u of r.uptake) {
      for (const c of u.childDuties) {
        if (!dutyIds.has(c.key)) continue;
        uptakes++;
        edges.push({ source: `d:${r.key}`, target: `d:${c.key}`, kind: 'uptake', label: 'cấp dưới cụ thể hóa', agencyType: u.agencyType, document: c.source.documentKey, line: c.source.line, lineEnd: c.source.lineEnd });
      }
    }
  }
  for (const a of agencies) if (used.has(a.key)) nodes.push({ id: `a:${a.key}`, label: a.name, kind: 'agency', type: a.type, level: a.level });
  return { nodes, edges, agencies: used.size, duties: rows.length, tasks, uptakes };
}

export function MatrixGraph({ rows, agencies, docs, name }: { rows: Row[]; agencies: AgencyRef[]; docs: Map<string, DocRef>; name: string }) {
  const box = useRef<HTMLDivElement>(null);
  const g = useMemo(() => matrixGraph(rows, agencies, docs), [rows, agencies, docs]);
  // one row of duties per 70 px (about zoom 1): a long plan stays readable (scroll the page), a short one compact
  const height = Math.min(3200, Math.max(420, Math.max(g.duties, g.agencies) * 70 + 60));
  useEffect(() => {
    if (!box.current) return;
    const elements: cytoscape.ElementDefinition[] = [
      ...g.nodes.map((n) => ({ data: { id: n.id, label: n.kind === 'duty' ? shorten(String(n.label), 150) : n.label, document: n.document ?? '', line: n.line ?? '' }, classes: String(n.kind) })),
      ...g.edges.map((e, i) => ({
        data: { id: `e${i}`, source: e.source, target: e.target, label: e.kind === 'role' ? `${ROLE_SHORT[String(e.role)] ?? ''}${e.basis === 'INFERRED' ? '*' : ''}` : 'cấp dưới', color: ROLE_COLOR[String(e.role)] ?? '#1d6b2a', document: e.document ?? '', line: e.line ?? '', lineEnd: e.lineEnd ?? '' },
        classes: [String(e.kind), e.basis === 'INFERRED' ? 'inferred' : ''].filter(Boolean).join(' '),
      })),
    ];
    let cy: cytoscape.Core | null = null;
    let cancelled = false;
    void document.fonts.ready.then(() => {
      if (cancelled || !box.current) return;
      cy = cytoscape({
        container: box.current,
        elements,
        minZoom: 0.15,
        maxZoom: 2.5,
        style: [
          {
            selector: 'node',
            style: {
              shape: 'round-rectangle',
              label: 'data(label)',
              'text-wrap': 'wrap',
              'text-valign': 'center',
              'font-family': 'Noto Sans, sans-serif',
              'font-size': 11,
              color: '#1b1f24',
              'border-width': 1.5,
            },
          },
          { selector: 'node.agency', style: { 'background-color': '#dce9f9', 'border-color': '#0b5cad', width: 190, height: 40, 'text-max-width': '180px', 'font-weight': 'bold' } },
          { selector: 'node.duty', style: { 'background-color': '#fffaf0', 'border-color': '#a27a2c', width: 340, height: 48, 'text-max-width': '330px', 'text-halign': 'center' } },
          {
            selector: 'edge',
            style: {
              width: 1.5,
              'curve-style': 'bezier',
              'line-color': 'data(color)',
              'target-arrow-color': 'data(color)',
              'target-arrow-shape': 'triangle',
              label: 'data(label)',
              'font-size': 10,
              'font-family': 'Noto Sans, sans-serif',
              'font-weight': 'bold',
              color: 'data(color)',
              'text-background-color': '#fff',
              'text-background-opacity': 1,
              'text-background-padding': '1px',
            },
          },
          { selector: 'edge.inferred', style: { 'line-style': 'dashed' } },
          { selector: 'edge.uptake', style: { 'line-style': 'dashed', width: 2.5 } },
          { selector: 'node:active, edge:active', style: { 'overlay-opacity': 0.15 } },
        ],
        layout: { name: 'dagre', rankDir: 'LR', nodeSep: 10, rankSep: 150, edgeSep: 6 } as cytoscape.LayoutOptions,
      });
      cy.on('tap', 'node.agency', (e) => navigate(href('co-quan', (e.target.id() as string).slice(2))));
      cy.on('tap', 'node.duty, edge', (e) => {
        const x = e.target.data();
        if (x.document && x.line) navigate(href('van-ban', x.document, { dong: lines(x.line, x.lineEnd || null) }));
      });
      cy.on('mouseover', 'node, edge', () => box.current && (box.current.style.cursor = 'pointer'));
      cy.on('mouseout', 'node, edge', () => box.current && (box.current.style.cursor = ''));
    });
    return () => {
      cancelled = true;
      cy?.destroy();
    };
  }, [g]);
  return (
    <>
      <div class="toolbar">
        <span class="spacer" />
        <button type="button" class="action" onClick={() => download(`${name}.graphml`, new Blob([toGraphML(g.nodes, g.edges)], { type: 'application/graphml+xml' }))}>
          Tải GraphML
        </button>
        <button type="button" class="action" onClick={() => download(`${name}.json`, new Blob([JSON.stringify({ nodes: g.nodes, edges: g.edges }, null, 2)], { type: 'application/json' }))}>
          Tải JSON
        </button>
      </div>
      <div
        class="graph matrix-graph"
        ref={box}
        style={{ height: `${height}px` }}
        role="img"
        aria-label={`Sơ đồ cơ quan – nhiệm vụ: ${g.agencies} cơ quan, ${g.duties} nhiệm vụ, ${g.tasks} liên kết vai trò, ${g.uptakes} liên kết cấp dưới. Bảng (chế độ Bảng) có cùng nội dung và dùng được bằng bàn phím.`}
      />
      <p class="graph-legend" aria-hidden="true">
        <span><i class="sw" />cơ quan</span>
        <span><i class="sw duty" />nhiệm vụ (dòng trong văn bản)</span>
        <span>mũi tên: vai trò (CT chủ trì, TH thực hiện, TM tham mưu, PH phối hợp, ĐN đề nghị); nét đứt: suy ra</span>
        <span>nét đứt đậm: nhiệm vụ được cấp dưới cụ thể hóa</span>
        <span>Bấm cơ quan để mở trang cơ quan; bấm nhiệm vụ hoặc mũi tên để mở dòng nguồn.</span>
      </p>
    </>
  );
}
