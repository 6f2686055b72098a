/**
 * Concurrent ingests of the same documents (issue 10 §8: ten `npm run ingest` of one folder reported
 * 198 "created" for 50 documents). Several database handles (separate drivers and connection pools,
 * as separate processes have) load the same extractions at once: each document is "created" exactly
 * once and "unchanged" for every other loader, and the graph holds it once.
 *
 * The documents are copies of two seeds under test keys (every key that names the seed is rewritten),
 * so the shared seed graph is untouched; they are removed afterwards.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/driver.js';
import { extract } from '../../src/ingest/extract.js';
import { loadExtraction, type LoadStatus } from '../../src/load/write.js';
import type { Extraction } from '../../src/ingest/model.js';
import { projectRoot } from '../../src/paths.js';
import { testDb } from './helpers.js';

const SEEDS = join(projectRoot, 'seed', 'documents');
const LOADERS = 6;
const handles: Database[] = [];
const testKeys: string[] = [];

/** The seed's extraction with its document key (and every key derived from it) renamed. */
function copyOf(seedFile: string, i: number): Extraction {
  const x = extract(readFileSync(join(SEEDS, seedFile)), `concurrent-${i}.txt`);
  const testKey = `test-concurrent-${i}/1-kh-ubnd/2020`;
  testKeys.push(testKey);
  const renamed = JSON.parse(JSON.stringify(x).split(JSON.stringify(x.document.key).slice(1, -1)).join(testKey)) as Extraction;
  renamed.source.sha256 = String(i).repeat(64).slice(0, 64);
  return renamed;
}

async function cleanup(db: Database) {
  await db.write(async (tx) => {
    for (const key of testKeys) {
      await tx.run('MATCH ()-[r]->() WHERE r.sourceKey = $key DELETE r', { key });
      await tx.run('MATCH (n) WHERE n.sourceKey = $key DETACH DELETE n', { key });
      await tx.run('MATCH (n) WHERE (n:Document OR n:IngestLock) AND n.key = $key DETACH DELETE n', { key });
    }
  });
}

beforeAll(async () => {
  for (let i = 0; i < LOADERS; i++) handles.push(await testDb());
});

afterAll(async () => {
  if (handles[0]) await cleanup(handles[0]);
  for (const h of handles) await h.close();
}, 120_000);

it('each document is reported "created" once and "unchanged" by every other concurrent loader', async () => {
  const docs = [copyOf('004_7b2b5a5b82360bbc.txt', 1), copyOf('002_cb7cca597ed1ba5a.txt', 2)];
  await cleanup(handles[0]!); // a previous aborted run
  const results = await Promise.all(
    handles.map((h) => Promise.all(docs.map((x) => loadExtraction(h, x).then((r) => [r.key, r.status] as const)))),
  );
  const byDoc = new Map<string, LoadStatus[]>();
  for (const [key, status] of results.flat()) byDoc.set(key, [...(byDoc.get(key) ?? []), status]);
  for (const x of docs) {
    const statuses = byDoc.get(x.document.key)!.sort();
    expect(statuses).toEqual(['created', ...Array(LOADERS - 1).fill('unchanged')]);
  }
  // The graph holds each once, with its duties once.
  const r = await handles[0]!.read((tx) =>
    tx.run(
      `UNWIND $keys AS key
       MATCH (d:Document {key: key})
       RETURN key, count(d) AS docs, COUNT { MATCH (u:Duty {sourceKey: key}) } AS duties`,
      { keys: docs.map((x) => x.document.key) },
    ),
  );
  expect(r.records).toHaveLength(2);
  for (const rec of r.records) {
    const x = docs.find((d) => d.document.key === rec.get('key'))!;
    expect(rec.get('docs')).toBe(1);
    expect(rec.get('duties')).toBe(x.duties.length);
  }
}, 300_000);
