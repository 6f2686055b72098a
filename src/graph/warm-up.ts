/**
 * The first call of a question after a start compiles its Cypher (and @neo4j/graphql's translation):
 * on a busy 2-core machine that took seconds, up to the 15 s timeout for complianceGaps (issue 8).
 * At start, in the background, the server asks every example of the README once, through its own
 * HTTP endpoint as a client would, so Neo4j's plan cache and the JIT are warm when the first user
 * asks. Read-only: mutations are skipped. Never blocks /health; failures are logged, not fatal.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';

/** The ```graphql blocks of a Markdown text that are queries (not mutations). */
export function exampleQueries(markdown: string): string[] {
  const out: string[] = [];
  for (const m of markdown.matchAll(/```graphql\n([\s\S]*?)```/g)) {
    const q = m[1]!.trim();
    if (!/^mutation\b/.test(q)) out.push(q);
  }
  return out;
}

/** Examples the README names in its prose rather than in a block. */
const INLINE_EXAMPLES = [
  '{ lineage(document: "ubnd-tinh-bac-ninh/14-kh-ubnd/2025", direction: UP) { truncated steps { depth relation from { key } to { key } } } }',
  '{ documentsByNumber(number: "14/KH-UBND", issuer: "bac ninh") { key } }',
];

export async function warmUp(url: string, log: (m: string) => void, signal?: AbortSignal, readme = join(projectRoot, 'README.md')): Promise<void> {
  if (!existsSync(readme)) return;
  const queries = [...exampleQueries(readFileSync(readme, 'utf8')), ...INLINE_EXAMPLES];
  const t0 = performance.now();
  let failed = 0;
  for (const query of queries) {
    if (signal?.aborted) return;
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), signal });
      await res.arrayBuffer();
      if (!res.ok) failed++;
    } catch {
      failed++;
    }
  }
  log(`[api] warm-up: ${queries.length} README examples asked once in ${((performance.now() - t0) / 1000).toFixed(1)} s${failed ? ` (${failed} failed)` : ''}`);
}
