/**
 * Document identity across sources, on a private throw-away database (it changes what the seed
 * graph would say): Bỉm Sơn cites "Kế hoạch số 93/KH-BCĐ … của UBND Tỉnh"; the plan itself is
 * issued by the province's Ban Chỉ đạo. Same number, same year, same province: one document.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { connectDatabase, type Database } from '../../src/db/driver.js';
import { migrate } from '../../src/db/migrate.js';
import { ingestFiles } from '../../src/load/run.js';
import { projectRoot } from '../../src/paths.js';
import { createApp, type App } from '../../src/server/app.js';
import { DocumentByKeyDocument, LineageDocument } from '../../src/generated/graphql.js';
import { client, listen } from './http.js';

const BIM_SON = join(projectRoot, 'seed/documents/000_906fc711418bb228.txt');
const PROVINCE_93 = join(projectRoot, 'test/fixtures/docs/kh-tinh-thanh-hoa-93.txt');
const CITED_KEY = 'ubnd-tinh-thanh-hoa/93-kh-bcd/2017';
const OWN_KEY = 'bcd-phong-chong-khung-bo-tinh-thanh-hoa/93-kh-bcd/2017';

let dir: string;
let db: Database;
let app: App;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'identity-'));
  const config = loadConfig({ NEO4J_DATA_DIR: dir, NEO4J_HEAP: '512m', JWT_SECRET: 'test-secret-test-secret-0123456789', SEED_ON_START: 'false' });
  db = await connectDatabase(config);
  await migrate(db);
  app = await createApp(config, db);
}, 240_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const docs = async () =>
  (await db.read((tx) => tx.run('MATCH (d:Document) WHERE d.numberFolded = "93/kh-bcd" RETURN d.key AS k, d.stub AS stub'))).records.map((r) => ({ k: r.get('k'), stub: r.get('stub') }));

it('a stub cited under another issuer of the same province is filled in, not duplicated', async () => {
  const [a] = await ingestFiles(db, [BIM_SON]);
  expect(a!.status).toBe('created');
  expect(await docs()).toEqual([{ k: CITED_KEY, stub: true }]);

  const [b] = await ingestFiles(db, [PROVINCE_93]);
  expect(b).toMatchObject({ status: 'filled-stub', key: OWN_KEY });
  expect(await docs()).toEqual([{ k: OWN_KEY, stub: false }]);

  // Bỉm Sơn's IMPLEMENTS now reaches the province plan itself, with its provenance (line 6)
  const r = await db.read((tx) =>
    tx.run(`MATCH (b:Document)-[i:IMPLEMENTS]->(p:Document {key: $k}) RETURN b.key AS b, i.line AS line`, { k: OWN_KEY }),
  );
  expect(r.records.map((x) => [x.get('b'), x.get('line')])).toEqual([[a!.key, 6]]);

  // one issuer: the header's; the citation's disagreement is reported, not silently dropped
  const issuers = await db.read((tx) => tx.run(`MATCH (:Document {key: $k})-[:ISSUED_BY]->(i) RETURN i.name AS n`, { k: OWN_KEY }));
  expect(issuers.records.map((x) => x.get('n'))).toEqual(['Ban Chỉ đạo phòng, chống khủng bố tỉnh Thanh Hóa']);
  const f = await db.read((tx) =>
    tx.run(`MATCH (:Document {key: $k})-[:HAS_FINDING]->(f {code: 'METADATA_CONFLICT'}) RETURN f.message AS m`, { k: OWN_KEY }),
  );
  expect(f.records.map((x) => x.get('m')).join(' ')).toMatch(/cited as UBND tỉnh Thanh Hóa/);

  // the old key still finds the document
  const gql = client(await listen(app));
  const res = await gql(DocumentByKeyDocument, { key: CITED_KEY });
  expect(res.data?.document?.key).toBe(OWN_KEY);
  const lin = await gql(LineageDocument, { document: CITED_KEY, direction: 'DOWN' });
  expect(lin.errors).toBeUndefined();
  expect(lin.data!.lineage.root.key).toBe(OWN_KEY);
  expect(lin.data!.lineage.nodes.map((n) => n.document.key)).toContain(a!.key);
});

it('a later citation under the other issuer reaches the same node', async () => {
  const again = readFileSync(BIM_SON, 'utf8').replace('KẾ HOẠCH\nPhòng, chống khủng bố trên địa bàn thị xã Bỉm Sơn', 'KẾ HOẠCH\nPhòng, chống khủng bố trên địa bàn thị xã Bỉm Sơn năm 2018');
  const file = join(dir, 'bim-son-2018.txt');
  (await import('node:fs')).writeFileSync(file, again);
  const [c] = await ingestFiles(db, [file]);
  expect(c!.status).toBe('created');
  expect(c!.key).not.toBe(undefined);
  expect(await docs()).toEqual([{ k: OWN_KEY, stub: false }]);
  const n = await db.read((tx) => tx.run(`MATCH (:Document)-[i:IMPLEMENTS]->(:Document {key: $k}) RETURN count(i) AS n`, { k: OWN_KEY }));
  expect(n.records[0]!.get('n')).toBe(2);
});
