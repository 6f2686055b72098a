/**
 * Parse benchmark (no database): documents per second for the seeds, normalised to 50 KB
 * documents, and a linearity check — parse time of a body repeated 1×, 4×, 16× (ratios from one run).
 * Steady-state throughput: all seeds are parsed for a while before any timing, so the JIT has
 * compiled the parser (otherwise the first documents timed pay for that).
 *   npm run bench            (parse only)
 *   npm run bench -- --load  (also load N synthetic plans into a throw-away embedded Neo4j)
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { extract } from '../src/ingest/extract.js';
import { projectRoot } from '../src/paths.js';

const dir = join(projectRoot, 'seed', 'documents');
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ f, buf: readFileSync(join(dir, f)) }));

function time(fn: () => void, minMs = 1500): number {
  for (let i = 0; i < 3; i++) fn(); // warm-up
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    fn();
    n++;
  }
  return (performance.now() - t0) / n;
}

// Warm-up (see above): V8 needs ~1-2 s of parsing to optimise the parser; 3 runs per document were not enough.
for (const t0 = performance.now(); performance.now() - t0 < 2000; ) for (const { f, buf } of seeds) extract(buf, f);

console.log('## Parse (extract: decode → header → references → responsibilities → zod)\n');
console.log('| document | KB | ms/doc | docs/s | MB/s |');
console.log('|---|---:|---:|---:|---:|');
let totalBytes = 0;
let totalMs = 0;
for (const { f, buf } of seeds) {
  const ms = time(() => extract(buf, f));
  totalBytes += buf.length;
  totalMs += ms;
  console.log(`| ${f} | ${(buf.length / 1024).toFixed(1)} | ${ms.toFixed(2)} | ${(1000 / ms).toFixed(0)} | ${(buf.length / 1024 / 1024 / (ms / 1000)).toFixed(2)} |`);
}
const mbps = totalBytes / 1024 / 1024 / (totalMs / 1000);
console.log(`\nall seeds: ${(mbps).toFixed(2)} MB/s on one core ⇒ ≈ ${((mbps * 1024) / 50).toFixed(0)} documents of 50 KB per second (target ≥ 200)\n`);

// Linearity: the body of the largest seed repeated k times (header kept once, numbers varied per copy).
const big = seeds.reduce((a, b) => (a.buf.length > b.buf.length ? a : b));
const text = big.buf.toString('utf8');
const lines = text.split('\n');
const head = lines.slice(0, 20).join('\n');
const body = lines.slice(20).join('\n');
console.log('| body repeated | KB | ms | ms per KB | ratio to 1× per KB |');
console.log('|---:|---:|---:|---:|---:|');
let base = 0;
for (const k of [1, 4, 16]) {
  // each copy's numbers differ, so the duplicate-block detector does not skip the copies
  const doc = Buffer.from(head + '\n' + Array.from({ length: k }, (_, i) => body.replace(/\d+/g, (d) => `${d}${i}`)).join('\n'));
  const ms = time(() => extract(doc, `x${k}.txt`), 1000);
  const perKb = ms / (doc.length / 1024);
  if (k === 1) base = perKb;
  console.log(`| ${k}× | ${(doc.length / 1024).toFixed(0)} | ${ms.toFixed(1)} | ${perKb.toFixed(3)} | ${(perKb / base).toFixed(2)} |`);
}

if (process.argv.includes('--load')) {
  const { loadConfig } = await import('../src/config.js');
  const { connectDatabase } = await import('../src/db/driver.js');
  const { migrate } = await import('../src/db/migrate.js');
  const { loadExtraction } = await import('../src/load/write.js');
  const { loadCatalog } = await import('../src/load/catalog.js');
  const tmp = mkdtempSync(join(tmpdir(), 'bench-'));
  const db = await connectDatabase(loadConfig({ ...process.env, NEO4J_URI: process.env.NEO4J_URI ?? '', NEO4J_DATA_DIR: tmp }));
  try {
    await migrate(db);
    await loadCatalog(db);
    const src = seeds.find((s) => s.f.startsWith('004'))!.buf.toString('utf8');
    const N = 100;
    const docs = Array.from({ length: N }, (_, i) => extract(Buffer.from(src.replace(/Số:\s*\*?\d+\*?\s*\//, `Số: ${1000 + i}/`)), `synthetic-${i}.txt`));
    const t0 = performance.now();
    for (const x of docs) await loadExtraction(db, x);
    const ms = performance.now() - t0;
    const t1 = performance.now();
    for (const x of docs) await loadExtraction(db, x); // idempotent re-run: nothing written
    const ms2 = performance.now() - t1;
    console.log(`\n## Load\n\n${N} plans (${(Buffer.byteLength(src) / 1024).toFixed(0)} KB each, ~${docs[0]!.duties.length} duties): ${(N / (ms / 1000)).toFixed(1)} docs/s first load, ${(N / (ms2 / 1000)).toFixed(1)} docs/s re-run (unchanged)`);
  } finally {
    await db.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
