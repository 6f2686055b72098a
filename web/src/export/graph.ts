/** The graph on screen as GraphML (yEd, Gephi, Cytoscape desktop) or JSON. */
export interface ExportNode {
  id: string;
  label: string;
  [k: string]: string | number | boolean | null | undefined;
}
export interface ExportEdge {
  source: string;
  target: string;
  label?: string;
  [k: string]: string | number | boolean | null | undefined;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function toGraphML(nodes: ExportNode[], edges: ExportEdge[]): string {
  const nodeKeys = [...new Set(nodes.flatMap((n) => Object.keys(n)))].filter((k) => k !== 'id');
  const edgeKeys = [...new Set(edges.flatMap((e) => Object.keys(e)))].filter((k) => k !== 'source' && k !== 'target');
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  for (const k of nodeKeys) out.push(`  <key id="n_${xml(k)}" for="node" attr.name="${xml(k)}" attr.type="string"/>`);
  for (const k of edgeKeys) out.push(`  <key id="e_${xml(k)}" for="edge" attr.name="${xml(k)}" attr.type="string"/>`);
  out.push('  <graph edgedefault="directed">');
  for (const n of nodes) {
    out.push(`    <node id="${xml(n.id)}">`);
    for (const k of nodeKeys) if (n[k] !== undefined && n[k] !== null) out.push(`      <data key="n_${xml(k)}">${xml(String(n[k]))}</data>`);
    out.push('    </node>');
  }
  edges.forEach((e, i) => {
    out.push(`    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}">`);
    for (const k of edgeKeys) if (e[k] !== undefined && e[k] !== null) out.push(`      <data key="e_${xml(k)}">${xml(String(e[k]))}</data>`);
    out.push('    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
