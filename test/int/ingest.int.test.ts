/**
 * Loading against the real Neo4j (issue 3): the seeds are in the graph with their facts and
 * provenance; re-running changes no count; a reformatted copy is recognised; a failure mid-way
 * leaves nothing half-written; bad input touches nothing.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../../src/db/driver.js';
import { extract } from '../../src/ingest/extract.js';
import { loadExtraction } from '../../src/load/write.js';
import { collectFiles, ingestFiles } from '../../src/load/run.js';
import { projectRoot } from '../../src/paths.js';
import { testDb } from './helpers.js';

const SEEDS = join(projectRoot, 'seed', 'documents');
let db: Database;

async function counts(): Promise<Record<string, number>> {
  return db.read(async (tx) => {
    const n = await tx.run('MATCH (n) RETURN labels(n)[0] AS l, count(*) AS c ORDER BY l');
    const r = await tx.run('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t');
    return Object.fromEntries([...n.records.map((x) => [x.get('l'), x.get('c')]), ...r.records.map((x) => [`:${x.get('t')}`, x.get('c')])]);
  });
}

beforeAll(async () => {
  db = await testDb();
});
afterAll(async () => db?.close());

describe('the seed graph', () => {
  it('holds the five plans as full documents, and the documents they rest on as stubs', async () => {
    const r = await db.read((tx) =>
      tx.run('MATCH (d:Document) RETURN d.key AS key, d.stub AS stub, d.catalog AS catalog, d.sourceFile AS file ORDER BY key'),
    );
    const full = r.records.filter((x) => !x.get('stub')).map((x) => x.get('key'));
    expect(full).toHaveLength(5);
    expect(full).toEqual(
      expect.arrayContaining(['ubnd-tinh-bac-ninh/14-kh-ubnd/2025', 'ubnd-thi-xa-ddoong-trieeuf.quang-ninh/191-kh-ubnd/2023']),
    );
    const stubs = r.records.filter((x) => x.get('stub')).map((x) => x.get('key'));
    expect(stubs).toEqual(expect.arrayContaining(['chinh-phu/147-nq-cp/2025', 'bo-cong-an/07-ct-bca-v28/2014', 'bo-cong-an/250-kh-bca-v05/2020']));
  });

  it('Tây Ninh implements Chỉ thị 07 directly and through 250/KH-BCA-V05, with line provenance', async () => {
    const r = await db.read((tx) =>
      tx.run(
        `MATCH (t:Document)-[i:IMPLEMENTS]->(x:Document) WHERE t.key STARTS WITH 'ubnd-tinh-tay-ninh/' AND NOT t.stub
         RETURN x.key AS key, i.line AS line ORDER BY key`,
      ),
    );
    const byKey = Object.fromEntries(r.records.map((x) => [x.get('key'), x.get('line')]));
    expect(byKey['bo-cong-an/250-kh-bca-v05/2020']).toBe(13);
    expect(byKey['bo-cong-an/07-ct-bca-v28/2014']).toBeGreaterThanOrEqual(7);
    const link = await db.read((tx) =>
      tx.run(`MATCH (:Document {key: 'bo-cong-an/250-kh-bca-v05/2020'})-[i:IMPLEMENTS]->(:Document {key: 'bo-cong-an/07-ct-bca-v28/2014'}) RETURN i.sourceKey AS src, i.line AS line`),
    );
    expect(link.records[0]?.get('line')).toBe(13);
    expect(link.records[0]?.get('src')).toMatch(/^ubnd-tinh-tay-ninh\//);
  });

  it('Công an thị xã Bỉm Sơn leads duties of the Bỉm Sơn plan; its variant spellings are one node', async () => {
    const r = await db.read((tx) =>
      tx.run(
        `MATCH (a:Agency {key: 'cong-an-thi-xa-bimr-sown.thanh-hoa'})-[t:TASKED_WITH]->(d:Duty)
         RETURN t.role AS role, d.line AS line, d.sourceKey AS src`,
      ),
    );
    const leads = r.records.filter((x) => x.get('role') === 'LEAD').map((x) => x.get('line'));
    expect(leads).toContain(54);
    const culture = await db.read((tx) =>
      tx.run(`MATCH (a:Agency) WHERE a.matchName = 'phong van hoa thong tin thi xa dong trieu' RETURN count(a) AS n`),
    );
    expect(culture.records[0]!.get('n')).toBe(1);
  });

  it('keeps the Bắc Ninh duties under lost headings unattributed unless curated, and says which are curated', async () => {
    const r = await db.read((tx) =>
      tx.run(
        `MATCH (:Document {key: 'ubnd-tinh-bac-ninh/14-kh-ubnd/2025'})-[:ASSIGNS]->(d:Duty)
         WHERE d.line >= 69 AND d.line <= 85
         OPTIONAL MATCH (a:Agency)-[t:TASKED_WITH]->(d)
         RETURN d.line AS line, d.unattributed AS un, d.curated AS cur, collect(DISTINCT [a.key, t.curated]) AS who ORDER BY line`,
      ),
    );
    const line75 = r.records.find((x) => x.get('line') === 75)!;
    expect(line75.get('un')).toBe(true); // not curated: no agency asserted
    const line76 = r.records.find((x) => x.get('line') === 76)!;
    expect(line76.get('cur')).toBe(true);
    expect(line76.get('who')).toContainEqual(['so-y-te-tinh-bac-ninh', true]);
  });
});

describe('idempotent, atomic loading', () => {
  it('running the ingestion of the seeds twice changes no count', async () => {
    const before = await counts();
    const out = await ingestFiles(db, collectFiles([SEEDS]));
    expect(out.map((o) => o.status)).toEqual(Array(5).fill('unchanged'));
    expect(await counts()).toEqual(before);
    // again, with --replace semantics: the document's facts are rebuilt, the counts stay
    const out2 = await ingestFiles(db, collectFiles([SEEDS]), { replace: true });
    expect(out2.map((o) => o.status)).toEqual(Array(5).fill('replaced'));
    expect(await counts()).toEqual(before);
  });

  it('a second copy with other formatting (CRLF, extra blank lines) is recognised, not loaded twice', async () => {
    const before = await counts();
    const dir = mkdtempSync(join(tmpdir(), 'copy-'));
    const text = readFileSync(join(SEEDS, '004_7b2b5a5b82360bbc.txt'), 'utf8').replace(/\n/g, '\r\n').replace(/\r\n\r\n/g, '\r\n\r\n\r\n');
    const file = join(dir, 'dong-trieu-copy.txt');
    writeFileSync(file, text);
    const [o] = await ingestFiles(db, [file]);
    expect(o!.status).toBe('copy');
    expect(o!.key).toBe('ubnd-thi-xa-ddoong-trieeuf.quang-ninh/191-kh-ubnd/2023');
    expect(await counts()).toEqual(before);
    const [again] = await ingestFiles(db, [file]);
    expect(again!.status).toBe('unchanged');
    expect(await counts()).toEqual(before);
  });

  it('a failure in the middle of a load leaves nothing of that document', async () => {
    const before = await counts();
    const x = extract(readFileSync(join(SEEDS, '004_7b2b5a5b82360bbc.txt')), 'atomic.txt');
    x.document.key = 'test-atomic/999-kh-ubnd/2023';
    x.source.sha256 = 'f'.repeat(64);
    for (const d of x.duties) d.key = d.key.replace(/^[^#]+/, x.document.key);
    for (const a of x.assignments) a.dutyKey = a.dutyKey.replace(/^[^#]+/, x.document.key);
    // A database handle whose transaction fails at the 9th statement (after the ingest lock and the document node were written).
    let calls = 0;
    const failing: Database = {
      ...db,
      write: (work) =>
        db.write((tx) =>
          work(
            new Proxy(tx, {
              get(target, prop) {
                if (prop === 'run') {
                  return (...args: Parameters<ManagedTransaction['run']>) => {
                    if (++calls === 9) throw new Error('simulated failure');
                    return target.run(...args);
                  };
                }
                return Reflect.get(target, prop);
              },
            }),
          ),
        ),
    };
    await expect(loadExtraction(failing, x)).rejects.toThrow('simulated failure');
    expect(calls).toBe(9);
    const left = await db.read((tx) => tx.run("MATCH (n) WHERE n.key STARTS WITH 'test-atomic/' OR n.sourceKey STARTS WITH 'test-atomic/' RETURN count(n) AS n"));
    expect(left.records[0]!.get('n')).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('bad input in a batch is reported per file and touches nothing', async () => {
    const before = await counts();
    const out = await ingestFiles(db, [
      join(projectRoot, 'test/fixtures/encoded/binary.dat'),
      join(projectRoot, 'test/fixtures/encoded/vni-plan.txt'),
      join(projectRoot, 'test/fixtures/encoded/empty.txt'),
    ]);
    expect(out.map((o) => o.error?.code)).toEqual(['BINARY_FILE', 'LEGACY_ENCODING', 'EMPTY_FILE']);
    expect(await counts()).toEqual(before);
  });
});
