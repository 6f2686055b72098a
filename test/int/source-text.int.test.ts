/**
 * sourceText(document): the lines every fact's Source points at, numbered as the extraction numbered
 * them, served only while the file still has the hash it had when loaded.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/server/app.js';
import type { Database } from '../../src/db/driver.js';
import { projectRoot } from '../../src/paths.js';
import { client, listen } from './http.js';
import { testConfig, testDb } from './helpers.js';

const TAY_NINH = 'ubnd-tinh-tay-ninh/kh-tiep-tuc-day-manh-thuc-hien-chi-thi/2020';
const Q = `query($k: ID!) { sourceText(document: $k) { documentKey available reason lineCount lines { n text } } }`;
interface R {
  sourceText: { documentKey: string; available: boolean; reason: string | null; lineCount: number; lines: Array<{ n: number; text: string }> };
}

let db: Database;
let app: App;
let gql: ReturnType<typeof client>;

beforeAll(async () => {
  db = await testDb();
  app = await createApp(testConfig(), db);
  gql = client(await listen(app));
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('sourceText', () => {
  it('gives the lines of a loaded plan; a duty line points at its sentence', async () => {
    const r = await gql<R, { k: string }>(Q, { k: TAY_NINH });
    expect(r.errors).toBeUndefined();
    const s = r.data!.sourceText;
    expect(s.available).toBe(true);
    expect(s.lines.length).toBe(s.lineCount);
    expect(s.lines[0]!.n).toBe(1);
    // line 57 of the Tây Ninh plan tasks Công an tỉnh (the duty's provenance in the graph says so too)
    expect(s.lines[56]).toEqual({ n: 57, text: expect.stringMatching(/^- Công an tỉnh phối hợp, hướng dẫn cơ quan, doanh nghiệp, nhà trường/) });
    const duty = await gql<{ duties: Array<{ line: number; lineEnd: number }> }, { k: string }>(`query($k: ID!) { duties(where: { key: { eq: $k } }) { line lineEnd } }`, { k: `${TAY_NINH}#L57` });
    expect(duty.data!.duties[0]).toEqual({ line: 57, lineEnd: 57 });
  });

  it('a stub has no text; an unknown key is NOT_FOUND', async () => {
    const stub = await gql<R, { k: string }>(Q, { k: 'bo-cong-an/07-ct-bca-v28/2014' });
    expect(stub.data!.sourceText).toMatchObject({ available: false, reason: 'STUB', lines: [] });
    const none = await gql<R, { k: string }>(Q, { k: 'no/such/document' });
    expect(none.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('a file changed since it was loaded is reported, not shown against stale line numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'source-text-'));
    const file = join(dir, 'plan.txt');
    copyFileSync(join(projectRoot, 'seed', 'documents', '004_7b2b5a5b82360bbc.txt'), file);
    const key = await db.read(async (tx) => {
      const r = await tx.run(`MATCH (d:Document) WHERE d.sourceFile ENDS WITH '004_7b2b5a5b82360bbc.txt' RETURN d.key AS k, d.sourceFile AS f`);
      return { key: r.records[0]!.get('k') as string, file: r.records[0]!.get('f') as string };
    });
    try {
      await db.write((tx) => tx.run(`MATCH (d:Document {key: $k}) SET d.sourceFile = $f`, { k: key.key, f: file }));
      expect((await gql<R, { k: string }>(Q, { k: key.key })).data!.sourceText.available).toBe(true);
      // an extra first line shifts every line number
      writeFileSync(file, 'changed\n' + readFileSync(file, 'utf8'));
      expect((await gql<R, { k: string }>(Q, { k: key.key })).data!.sourceText).toMatchObject({ available: false, reason: 'FILE_CHANGED', lines: [] });
      rmSync(file);
      expect((await gql<R, { k: string }>(Q, { k: key.key })).data!.sourceText).toMatchObject({ available: false, reason: 'FILE_MISSING' });
    } finally {
      await db.write((tx) => tx.run(`MATCH (d:Document {key: $k}) SET d.sourceFile = $f`, { k: key.key, f: key.file }));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
