/**
 * The custom queries stay fast as the graph grows (issue 8): no hot path reads every node of a label.
 * Each question is asked through its resolver with realistic arguments on the seed graph; every
 * statement it sends is recorded with its parameters and EXPLAINed (planned, not run), and the plan
 * must hold no NodeByLabelScan / AllNodesScan / relationship-type scan. Timing lives in
 * bench/national.ts, never here.
 *
 * Not hot paths, so not checked: the whole-graph listings (responsibilities with no filter,
 * complianceGaps with no scope), which read everything by definition and are paged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/driver.js';
import { explain, recordingDatabase, scans, type Statement } from '../../src/db/explain.js';
import { resolvers } from '../../src/graph/resolvers.js';
import type { GraphContext } from '../../src/graph/context.js';
import { testDb } from './helpers.js';

const NQ147 = 'chinh-phu/147-nq-cp/2025';
const CT07 = 'bo-cong-an/07-ct-bca-v28/2014';
const BAC_NINH = 'ubnd-tinh-bac-ninh/14-kh-ubnd/2025';

let db: Database;
let unitKey = '';

beforeAll(async () => {
  db = await testDb();
  // A unit a seed plan applies to (Đông Triều, Bỉm Sơn …), as complianceGaps' scope.
  const r = await db.read((tx) =>
    tx.run(`MATCH (:Document {stub: false})-[:APPLIES_TO]->(u:AdministrativeUnit) RETURN u.key AS k ORDER BY k LIMIT 1`),
  );
  unitKey = r.records[0]?.get('k') as string;
});

afterAll(async () => {
  await db?.close();
});

type Case = [name: string, query: keyof typeof resolvers.Query, args: () => Record<string, unknown>];

const CASES: Case[] = [
  ['lineage DOWN from Nghị quyết 147', 'lineage', () => ({ document: NQ147, direction: 'DOWN', maxDepth: 5 })],
  ['lineage UP from Bắc Ninh 14/KH-UBND', 'lineage', () => ({ document: BAC_NINH, direction: 'UP', maxDepth: 5 })],
  ['responsibilities of one agency', 'responsibilities', () => ({ agency: 'cong an thi xa bim son', role: 'LEAD', first: 50 })],
  ['responsibilities in a jurisdiction', 'responsibilities', () => ({ jurisdiction: 'Đông Triều', first: 50 })],
  ['responsibilities of one document', 'responsibilities', () => ({ document: BAC_NINH, first: 50 })],
  ['responsibilityMap with descendants', 'responsibilityMap', () => ({ document: CT07, includeDescendants: true })],
  ['deadlines of a jurisdiction for a month', 'deadlines', () => ({ from: '2026-12-01', to: '2026-12-31', jurisdiction: 'Đông Triều' })],
  ['deadlines of one agency', 'deadlines', () => ({ from: '2026-12-01', to: '2026-12-31', agency: 'cong an thi xa' })],
  ['deadlines of a month, no filter', 'deadlines', () => ({ from: '2026-12-01', to: '2026-12-31' })],
  ['complianceGaps of a unit', 'complianceGaps', () => ({ scope: unitKey, asOf: '2026-11-22' })],
  ['complianceGaps below a national instrument', 'complianceGaps', () => ({ scope: CT07, asOf: '2026-11-22' })],
  ['search with a number lookup', 'search', () => ({ text: 'chi thi 07', first: 20 })],
  ['documentsByNumber with issuer and year', 'documentsByNumber', () => ({ number: '14/KH-UBND', issuer: 'bac ninh', year: 2025 })],
];

describe('query plans of the custom questions', () => {
  it.each(CASES)('%s: no label or all-nodes scan', async (_name, query, args) => {
    const log: Statement[] = [];
    const ctx = { db: recordingDatabase(db, log) } as unknown as GraphContext;
    const answer = await (resolvers.Query[query] as (r: unknown, a: unknown, c: GraphContext) => Promise<unknown>)(null, args(), ctx);
    expect(answer).toBeTruthy();
    expect(log.length, 'statements recorded').toBeGreaterThan(0);
    const found: string[] = [];
    for (const st of log) {
      for (const s of scans(await explain(db, st.query, st.params))) found.push(`${s}  ←  ${st.query.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
    expect(found).toEqual([]);
  });

  it('the check sees a label scan when there is one', async () => {
    // Guards the test itself: an unindexed predicate must show up as a scan.
    const ops = await explain(db, 'MATCH (d:Document) WHERE d.title CONTAINS $t RETURN d.key', { t: 'khủng bố' });
    expect(scans(ops)).toEqual(['NodeByLabelScan d:Document']);
  });
});
