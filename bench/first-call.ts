/**
 * Issue 8: "on the seed graph, the first call of every README example after a start answers in < 1 s".
 *
 *   npx tsx bench/first-call.ts
 *
 * Loads the seeds into a throw-away embedded Neo4j, then twice starts the database afresh (a new JVM:
 * empty plan cache) and times the first call of every README example through HTTP: once as soon as
 * the server listens, once after the start-up warm-up (src/graph/warm-up.ts) has run. Prints numbers.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { connectDatabase } from '../src/db/driver.js';
import { migrate } from '../src/db/migrate.js';
import { exampleQueries, warmUp } from '../src/graph/warm-up.js';
import { collectFiles, ingestFiles } from '../src/load/run.js';
import { projectRoot } from '../src/paths.js';
import { createApp } from '../src/server/app.js';

process.env.TZ = 'UTC';
const dir = mkdtempSync(join(tmpdir(), 'first-call-'));
const config = loadConfig({ ...process.env, NEO4J_DATA_DIR: dir, SEED_ON_START: 'false', PORT: '0', JWT_SECRET: 'bench-secret-bench-secret-0123456789' });
const queries = exampleQueries(readFileSync(join(projectRoot, 'README.md'), 'utf8'));
const log = (m: string) => console.error(m);

async function start(warm: boolean): Promise<number[]> {
  const db = await connectDatabase(config);
  const app = await createApp(config, db);
  const url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}/graphql`;
  if (warm) await warmUp(url, log);
  const ms: number[] = [];
  for (const query of queries) {
    const t = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    await res.arrayBuffer();
    ms.push(performance.now() - t);
  }
  await app.close();
  await db.close();
  return ms;
}

const db = await connectDatabase(config);
await migrate(db);
await ingestFiles(db, collectFiles([join(projectRoot, 'seed', 'documents')]));
await db.close();
const cold = await start(false);
const warm = await start(true);
console.log(`first call of each README example after a start (ms) — ${new Date().toISOString().slice(0, 16)} UTC, load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}\n`);
console.log('| example | no warm-up | after warm-up |\n|---|---:|---:|');
queries.forEach((q, i) => console.log(`| \`${q.replace(/\s+/g, ' ').slice(0, 60)}…\` | ${cold[i]!.toFixed(0)} | ${warm[i]!.toFixed(0)} |`));
rmSync(dir, { recursive: true, force: true });
process.exit(0);
