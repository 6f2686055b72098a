/**
 * Every lookup of the loader has an index behind it (issue 8): the statements a `--replace` load of
 * a seed plan sends (reading, removing its facts, writing every fact kind, the catalog) are recorded
 * with their parameters and EXPLAINed; no plan may read every node of a label, every node, or every
 * relationship of a type. Replacing a seed rebuilds the same facts, so the shared graph is unchanged.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/driver.js';
import { explain, recordingDatabase, scans, type Statement } from '../../src/db/explain.js';
import { ingestFiles } from '../../src/load/run.js';
import { projectRoot } from '../../src/paths.js';
import { testDb } from './helpers.js';

let db: Database;
beforeAll(async () => {
  db = await testDb();
});
afterAll(async () => db?.close());

it('a --replace load of a plan plans no label, all-nodes or relationship-type scan', async () => {
  const log: Statement[] = [];
  // Bỉm Sơn: references with stubs and twins, groups, deadlines, findings
  const [o] = await ingestFiles(recordingDatabase(db, log), [join(projectRoot, 'seed/documents/000_906fc711418bb228.txt')], { replace: true });
  expect(o!.status).toBe('replaced');
  expect(log.length).toBeGreaterThan(15);
  const found: string[] = [];
  for (const st of log) {
    for (const s of scans(await explain(db, st.query, st.params))) found.push(`${s}  ←  ${st.query.replace(/\s+/g, ' ').slice(0, 200)}`);
  }
  expect(found).toEqual([]);
}, 600_000);
