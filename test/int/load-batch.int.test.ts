/**
 * The volume loader (src/load/) on a private throw-away database: many documents per transaction must
 * give the graph that loading them one by one gives, a re-run must change nothing, and one bad document
 * in a batch must be reported alone while the others land.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, writeCorpus, type GeneratedPlan } from '../../bench/national/generate.js';
import { loadConfig } from '../../src/config.js';
import { connectDatabase, type Database } from '../../src/db/driver.js';
import { migrate } from '../../src/db/migrate.js';
import { extract } from '../../src/ingest/extract.js';
import { collectFiles, ingestFiles } from '../../src/load/run.js';
import { loadExtractions } from '../../src/load/write.js';
import { projectRoot } from '../../src/paths.js';

let dir: string;
let db: Database;
let plans: GeneratedPlan[];
let files: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'load-batch-'));
  plans = generate({ plans: 60, seed: 11 });
  writeCorpus(plans, join(dir, 'corpus'));
  // the seeds, then a plan whose stub Bỉm Sơn created under another issuer's key (adopted, not duplicated)
  files = [
    ...collectFiles([join(projectRoot, 'seed', 'documents')]),
    join(projectRoot, 'test/fixtures/docs/kh-tinh-thanh-hoa-93.txt'),
    ...plans.map((p) => join(dir, 'corpus', p.facts.file)),
  ];
  const config = loadConfig({ NEO4J_DATA_DIR: join(dir, 'db'), NEO4J_HEAP: '512m', JWT_SECRET: 'test-secret-test-secret-0123456789', SEED_ON_START: 'false' });
  db = await connectDatabase(config);
  await migrate(db);
}, 240_000);
afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The whole graph as sorted lines: every node with its labels and properties, every edge with its ends. */
async function dump(): Promise<string[]> {
  const volatile = new Set(['ingestedAt', 'at', 'appliedAt']);
  const props = (p: Record<string, unknown>) =>
    JSON.stringify(Object.fromEntries(Object.entries(p).filter(([k]) => !volatile.has(k)).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, String(v)])));
  return db.read(async (tx) => {
    const n = await tx.run('MATCH (n) WHERE NOT n:Migration AND NOT n:IngestLock RETURN labels(n) AS l, properties(n) AS p');
    const r = await tx.run(
      'MATCH (a)-[r]->(b) RETURN type(r) AS t, properties(r) AS p, coalesce(a.key, elementId(a)) AS a, coalesce(b.key, elementId(b)) AS b',
    );
    return [
      ...n.records.map((x) => `${(x.get('l') as string[]).sort().join(':')} ${props(x.get('p'))}`),
      ...r.records.map((x) => `${x.get('a')} -[${x.get('t')} ${props(x.get('p'))}]-> ${x.get('b')}`),
    ].sort();
  });
}

const wipe = () => db.write((tx) => tx.run('MATCH (n) WHERE NOT n:Migration DETACH DELETE n'));

describe('many documents per transaction', () => {
  let oneByOne: string[];

  it('give the graph that loading them one by one gives', async () => {
    const single = await ingestFiles(db, files, { batchSize: 1, threads: 0 });
    expect(single.filter((o) => o.status === 'error')).toEqual([]);
    oneByOne = await dump();
    await wipe();
    const batched = await ingestFiles(db, files, { batchSize: 25, threads: 1 });
    expect(batched.map((o) => [o.file, o.status, o.key])).toEqual(single.map((o) => [o.file, o.status, o.key]));
    // the stub Bỉm Sơn cited under UBND tỉnh Thanh Hóa's key was filled in, in both runs
    expect(batched.find((o) => o.file.endsWith('kh-tinh-thanh-hoa-93.txt'))!.status).toBe('filled-stub');
    expect(await dump()).toEqual(oneByOne);
  }, 600_000);

  it('a re-run changes nothing; --replace rebuilds the same graph', async () => {
    const again = await ingestFiles(db, files, { batchSize: 25 });
    expect(new Set(again.map((o) => o.status))).toEqual(new Set(['unchanged']));
    expect(await dump()).toEqual(oneByOne);
    const replaced = await ingestFiles(db, files, { batchSize: 25, replace: true });
    expect(new Set(replaced.map((o) => o.status))).toEqual(new Set(['replaced']));
    // Known gap, as with the per-document loader: the report that a stub was adopted from another
    // issuer's key (a METADATA_CONFLICT of the first load) is not made again by a replace (the old key
    // stays an alias; the citation's issuer is gone). Everything else is rebuilt as it was.
    const adopted = (l: string) => !l.includes('93-kh-bcd/2017#conflict-0');
    expect((await dump()).filter(adopted)).toEqual(oneByOne.filter(adopted));
  }, 600_000);
});

describe('one bad document in a batch', () => {
  it('is reported alone, naming both files of a key collision, and the others land', async () => {
    // a plan that would take a loaded plan's key (same issuer and number, another day), among new plans
    const victim = plans.find((p) => p.facts.document.issuer.level === 'COMMUNE')!;
    const [y, m, d] = victim.facts.document.issuedOn.split('-').map(Number);
    const twin = join(dir, 'twin.txt');
    writeFileSync(twin, victim.text.replace(`ngày ${String(d).padStart(2, '0')} tháng ${m} năm ${y}`, `ngày ${String(d === 28 ? 27 : d! + 1).padStart(2, '0')} tháng ${m} năm ${y}`));
    const more = generate({ plans: 70, seed: 11 }).slice(60);
    writeCorpus(more, join(dir, 'more'));
    const fresh = more.map((p) => join(dir, 'more', p.facts.file));
    const batch = [...fresh.slice(0, 4), twin, join(projectRoot, 'test/fixtures/encoded/binary.dat'), ...fresh.slice(4)];
    const out = await ingestFiles(db, batch, { batchSize: 50, threads: 0 });
    expect(out.map((o) => o.status)).toEqual([...Array(4).fill('created'), 'error', 'error', ...Array(6).fill('created')]);
    expect(out[4]!.error!.code).toBe('KEY_COLLISION');
    expect(out[4]!.error!.message).toContain('twin.txt');
    expect(out[4]!.error!.message).toContain(victim.facts.file);
    expect(out[5]!.error!.code).toBe('BINARY_FILE');
    // the fresh plans are in the graph with their duties; nothing of the twin is
    const loaded = await db.read((tx) =>
      tx.run('UNWIND $keys AS k MATCH (d:Document {key: k}) WHERE NOT d.stub RETURN d.key AS k, COUNT { (d)-[:ASSIGNS]->() } AS duties', {
        keys: more.map((p) => p.facts.document.key),
      }),
    );
    expect(loaded.records.map((r) => r.get('k')).sort()).toEqual(more.map((p) => p.facts.document.key).sort());
    expect(loaded.records.every((r) => r.get('duties') > 0)).toBe(true);
    const twinFacts = await db.read((tx) => tx.run("MATCH (d:Document) WHERE d.sourceFile ENDS WITH 'twin.txt' RETURN count(d) AS n"));
    expect(twinFacts.records[0]!.get('n')).toBe(0);
  }, 600_000);

  it('a document the database refuses is isolated: its batch is retried document by document', async () => {
    const xs = generate({ plans: 73, seed: 11 })
      .slice(70)
      .map((p) => extract(Buffer.from(p.text), `${p.name}.txt`));
    // a property value Neo4j cannot store (a map) in the middle document
    (xs[1]!.duties[0] as unknown as { text: unknown }).text = { not: 'a string' };
    const out = await loadExtractions(db, xs);
    expect(out.map((o) => ('error' in o ? 'error' : o.status))).toEqual(['created', 'error', 'created']);
    const keys = xs.map((x) => x.document.key);
    const r = await db.read((tx) => tx.run('UNWIND $keys AS k OPTIONAL MATCH (d:Document {key: k}) RETURN k, d IS NOT NULL AS there', { keys }));
    expect(r.records.map((x) => x.get('there'))).toEqual([true, false, true]);
    const left = await db.read((tx) => tx.run('MATCH (u:Duty {sourceKey: $k}) RETURN count(u) AS n', { k: keys[1] }));
    expect(left.records[0]!.get('n')).toBe(0);
  }, 600_000);
});

describe('a document many others cite, not loaded itself', () => {
  // Nghị định 35/2023/NĐ-CP (Chính phủ) is cited by three corpus documents: Ninh Bình 807/QĐ-UBND,
  // Lào Cai Sở Công Thương 3036/SCT-CN and Lào Cai 11/2026/QĐ-UBND. Its text is not loaded: a stub.
  const STUB = 'chinh-phu/35-2023-nd-cp/2023';
  const corpus = (f: string) => join(projectRoot, 'test/corpus/documents', f);
  const citing = [
    corpus('ninhbinh_807-QD-UBND_2024_ke-hoach-lap-chuong-trinh-phat-trien-do-thi.txt'),
    corpus('laocai-sct_3036-SCT-CN_2026_kiem-tra-kho-VLNCN.txt'),
    corpus('laocai_11-2026-QD-UBND_2026_quy-dinh-quan-ly-dau-tu-xay-dung.txt'),
  ];
  const issuedBy = async () =>
    (
      await db.read((tx) =>
        tx.run(
          `MATCH (:Document {key: $k})-[r:ISSUED_BY]->(a:Agency)
           MATCH (src:Document {key: r.sourceKey})
           RETURN a.key AS agency, r.sourceKey AS src, src.sourceFile AS file, r.line AS line`,
          { k: STUB },
        ),
      )
    ).records.map((r) => r.toObject() as { agency: string; src: string; file: string; line: number });
  /** The citing file's text from the attributed line on names the decree (a citation can wrap lines). */
  const namesTheDecree = (file: string, line: number) =>
    readFileSync(file, 'utf8').split('\n').slice(line - 1, line + 2).join(' ').replace(/\s+/g, ' ').includes('35/2023/NĐ-CP');

  it('has one issuer, attributed to a citation of it, however many documents cite it', async () => {
    const out = await ingestFiles(db, citing);
    expect(out.map((o) => o.status)).toEqual(['created', 'created', 'created']);
    const citers = await db.read((tx) =>
      tx.run('MATCH (:Document {key: $k})<-[c:IMPLEMENTS|BASED_ON|CITES]-(d:Document) WHERE c.sourceKey = d.key RETURN DISTINCT d.sourceFile AS f', { k: STUB }),
    );
    expect(citers.records.map((r) => r.get('f')).sort()).toEqual([...citing].sort());
    const [only, ...more] = await issuedBy();
    expect(more).toEqual([]);
    expect(only!.agency).toBe('chinh-phu');
    expect(citing).toContain(only!.file);
    expect(namesTheDecree(only!.file, only!.line)).toBe(true);
  }, 600_000);

  it('keeps its issuer when the document it was attributed to is read again: another citation takes it over', async () => {
    const [before] = await issuedBy();
    const [o] = await ingestFiles(db, [before!.file], { replace: true });
    expect(o!.status).toBe('replaced');
    const [after, ...more] = await issuedBy();
    expect(more).toEqual([]);
    expect(after!.agency).toBe('chinh-phu');
    expect(after!.src).not.toBe(before!.src);
    expect(namesTheDecree(after!.file, after!.line)).toBe(true);
  }, 600_000);
});

describe('migration 009', () => {
  it("computes a document's issuing unit as src/domain/keys.ts issuerUnit() does, for documents loaded before it", async () => {
    const keys = [
      ...plans.map((p) => p.facts.document.key),
      ...(await db.read((tx) => tx.run('MATCH (d:Document) RETURN d.key AS k'))).records.map((r) => r.get('k') as string),
      // tier words twice, a tier word as a name, qualifiers with dots, no tier word at all
      'ubnd-xa-xa-b.tinh-c/1-kh-ubnd/2025',
      'ubnd-thanh-pho-ho-chi-minh/3210-qd-ubnd/2014',
      'cong-an-xa-tan-xa/2-kh-ca/2025',
      'ubnd-phuong-a.b.c/3-kh/2025',
      'bo-cong-an/4214-bca-c04/2025',
    ];
    const { readMigrations } = await import('../../src/db/migrate.js');
    const backfill = readMigrations().find((m) => m.id === '009_document_twins')!.statements.find((s) => s.startsWith('MATCH'))!;
    // the same statement on probe nodes of another label, so the loaded documents stay as they are
    const probe = backfill.replace('(d:Document)', '(d:IssuerUnitProbe)');
    expect(probe).not.toBe(backfill);
    const s = db.driver.session({ database: db.database });
    try {
      await s.run('UNWIND $keys AS k CREATE (:IssuerUnitProbe {key: k})', { keys });
      await s.run(probe);
      const got = await s.run('MATCH (d:IssuerUnitProbe) RETURN d.key AS k, d.issuerUnit AS u');
      const { issuerUnit } = await import('../../src/domain/keys.js');
      const mismatches = got.records.map((r) => [r.get('k'), r.get('u')]).filter(([k, u]) => (issuerUnit(k) ?? null) !== u);
      expect(mismatches).toEqual([]);
      expect(got.records.filter((r) => r.get('u') !== null).length).toBeGreaterThan(50);
    } finally {
      await s.run('MATCH (d:IssuerUnitProbe) DELETE d');
      await s.close();
    }
  }, 600_000);
});
