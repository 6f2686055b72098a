/**
 * Load test (issue 10, "tests that attack"): many concurrent clients on loopback asking the questions
 * analysts ask, against a real server with the seed graph. Prints, per question: requests, requests/s,
 * latency p50/p90/p99/max, errors/timeouts, non-2xx and answers that differ from the first one
 * (`mismatches`: a 200 carrying a GraphQL error or a partial answer counts). Numbers only; nothing is
 * asserted (the machine is shared). Issue 10's aim: 200 clients for 60 s, 0 errors, p99 ≤ 200 ms.
 *
 *   npx tsx bench/load.ts [--connections 200] [--duration 60] [--url http://127.0.0.1:4000/graphql]
 *
 * Without --url it starts its own server (`node --import tsx src/cli/serve.ts`, as `npm start` does)
 * on a throw-away embedded store with the seeds loaded, in a child process so that the load generator
 * and the server do not share one event loop, and stops it at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from '../src/paths.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string | null = null) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? '') : dflt;
};
const CONNECTIONS = Number(opt('connections', '200'));
const DURATION = Number(opt('duration', '60'));
const log = (m: string) => console.error(`[load] ${m}`);

const QUESTIONS: Array<{ name: string; query: string }> = [
  {
    name: 'lineage (Chỉ thị 07, DOWN, depth 3)',
    query: `{ lineage(document: "bo-cong-an/07-ct-bca-v28/2014", direction: DOWN, maxDepth: 3) {
      truncated steps { depth relation from { key stub } to { key } source { documentKey line } } } }`,
  },
  {
    name: 'responsibilities (Công an thị xã Bỉm Sơn, LEAD)',
    query: `{ responsibilities(agency: "cong an thi xa bim son", role: LEAD, first: 20) {
      totalCount items { role duty { text source { line } } document { key } partners { agency { name } role } deadlines { date } } } }`,
  },
  { name: 'search ("chi thi 07")', query: `{ search(text: "chi thi 07", first: 5) { kind key label score } }` },
];

async function startServer(): Promise<{ url: string; child: ChildProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'load-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts'], {
    cwd: projectRoot,
    env: { ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: join(dir, 'neo4j'), PORT: '0', SEED_ON_START: 'true', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((res, rej) => {
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /GraphQL at (http:\/\/\S+\/graphql)/.exec(out);
      if (m) res(m[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => rej(new Error(`the server exited (${code}) before serving:\n${out}`)));
  });
  return { url, child, dir };
}

async function post(url: string, query: string): Promise<string> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return r.text();
}

const own = opt('url') ? null : await startServer();
const url = opt('url') ?? own!.url;
log(`server ${url}; ${CONNECTIONS} connections, ${DURATION} s per question`);
const rows: string[] = [];
try {
  for (const q of QUESTIONS) {
    const body = JSON.stringify({ query: q.query });
    const expected = await post(url, q.query); // also warms the caches
    if (expected.includes('"errors"')) throw new Error(`${q.name} answers with an error: ${expected.slice(0, 400)}`);
    const r = await autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections: CONNECTIONS,
      duration: DURATION,
      expectBody: expected,
    });
    const l = r.latency;
    rows.push(
      `| ${q.name} | ${r.requests.total} | ${Math.round(r.requests.average)} | ${l.p50} | ${l.p90} | ${l.p99} | ${l.max} | ` +
        `${r.errors}/${r.timeouts} | ${r.non2xx} | ${r.mismatches} |`,
    );
    log(rows[rows.length - 1]!);
  }
} finally {
  if (own) {
    own.child.kill('SIGTERM');
    await new Promise((r) => own.child.once('exit', r));
    rmSync(own.dir, { recursive: true, force: true });
  }
}
console.log(`${CONNECTIONS} connections × ${DURATION} s per question, ${new Date().toISOString()}`);
console.log('| question | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors/timeouts | non-2xx | mismatches |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
