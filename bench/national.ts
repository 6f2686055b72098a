/**
 * One benchmark command for issue 8:
 *
 *   npx tsx bench/national.ts --docs 1000 [--iterations 30] [--batch 100] [--threads N] [--corpus DIR] [--keep]
 *                             [--profile (where the load time goes)] [--load-only (no questions)]
 *   npx tsx bench/national.ts --store /tmp/national-bench-XXXX/neo4j   (the questions on a kept store)
 *
 * Generates N plans (bench/national/generate.ts), starts a fresh embedded Neo4j in a throw-away
 * directory (or uses NEO4J_URI), applies the migrations, loads the plans with the ordinary loader, and
 * prints one table: load documents/s, store size, peak RSS of Node and Java, then for each custom
 * question p50/p95/p99 through GraphQL (HTTP POST to the real server, as a client asks) and of a
 * hand-written Cypher equivalent through neo4j-driver, interleaved in the same run, with the ratio
 * of the medians. Numbers only: nothing here is asserted (the machine is shared and busy).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { connectDatabase, type Database } from '../src/db/driver.js';
import { migrate } from '../src/db/migrate.js';
import { collectFiles, ingestFiles } from '../src/load/run.js';
import { createApp } from '../src/server/app.js';
import { luceneQuery } from '../src/graph/search.js';
import { LoadProfile } from '../src/load/profile.js';
import { generate, writeCorpus } from './national/generate.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string | null = null) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? '') : fallback;
};
const DOCS = Number(opt('docs', '1000'));
const ITER = Number(opt('iterations', '30'));
const KEEP = args.includes('--keep');
const BATCH = Number(opt('batch', '100'));
const THREADS = opt('threads') === null ? undefined : Number(opt('threads'));
const PROFILE = args.includes('--profile') ? new LoadProfile() : undefined;
const LOAD_ONLY = args.includes('--load-only');

const work = mkdtempSync(join(tmpdir(), 'national-bench-'));
const corpus = opt('corpus') ?? join(work, 'corpus');
// With NEO4J_URI the benchmark uses that server (emptied first!) and measures NEO4J_DATA_DIR, the
// store of an embedded server started apart (npm start with NEO4J_DATA_DIR set); else its own store.
const EXTERNAL = !!process.env.NEO4J_URI;
// --store DIR: the questions only, on a store a run kept (--keep prints its directory; DIR is its neo4j/)
const STORE = opt('store');
const dataDir = STORE ?? (EXTERNAL ? (process.env.NEO4J_DATA_DIR ?? '') : join(work, 'neo4j'));
const log = (m: string) => console.error(`[bench] ${m}`);

function dirSize(p: string): number {
  let n = 0;
  for (const e of readdirSync(p, { withFileTypes: true })) {
    const f = join(p, e.name);
    if (e.isDirectory()) n += dirSize(f);
    else if (e.isFile()) n += statSync(f).size;
  }
  return n;
}

/** CPU seconds (user + system) a process has used so far; null if unreadable. */
function cpuSeconds(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/** Peak resident set of a process (VmHWM), bytes; null if unreadable. */
function peakRss(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

const mb = (b: number | null) => (b == null ? 'n/a' : `${(b / 1048576).toFixed(0)} MiB`);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

async function main() {
  if (!opt('corpus') && !STORE) {
    log(`generating ${DOCS} documents in ${corpus} (bench/national/generate.ts)`);
    writeCorpus(generate({ plans: DOCS }), corpus);
  }
  const files = STORE ? [] : collectFiles([corpus]).slice(0, DOCS);
  const config = loadConfig({ ...process.env, NEO4J_DATA_DIR: dataDir, SEED_ON_START: 'false', PORT: '0', TX_TIMEOUT_MS: '60000' });
  const t0 = Date.now();
  const db = await connectDatabase(config, { log });
  log(`database up in ${((Date.now() - t0) / 1000).toFixed(1)} s; migrating`);
  if (EXTERNAL && !STORE) {
    log('emptying the graph of NEO4J_URI');
    const s = db.driver.session({ database: db.database });
    try {
      await s.run('MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    } finally {
      await s.close();
    }
  }
  await migrate(db);

  // ---- load
  const javaPid =
    db.embedded?.pid ??
    (() => {
      try {
        return (JSON.parse(readFileSync(join(dataDir, 'launcher.json'), 'utf8')) as { pid: number }).pid;
      } catch {
        return undefined;
      }
    })();
  const cpu0 = { java: cpuSeconds(javaPid), node: process.cpuUsage() };
  const tl = Date.now();
  let last = tl;
  const outcomes = STORE ? [] : await ingestFiles(db, files, {
    batchSize: BATCH,
    threads: THREADS,
    profile: PROFILE,
    onProgress: (done, total) => {
      if (Date.now() - last > 15_000 || done === total) {
        last = Date.now();
        const rate = done / ((last - tl) / 1000);
        log(`loaded ${done}/${total} (${rate.toFixed(1)} docs/s, ETA ${((total - done) / rate).toFixed(0)} s)`);
      }
    },
  });
  const loadSeconds = (Date.now() - tl) / 1000;
  // CPU per document: what a busy machine does not change much (wall time it does)
  const javaCpu = cpu0.java != null ? cpuSeconds(javaPid)! - cpu0.java : null;
  const nodeCpuUsage = process.cpuUsage(cpu0.node);
  const nodeCpu = (nodeCpuUsage.user + nodeCpuUsage.system) / 1e6; // main thread and parse workers
  const perDoc = (s: number | null) => (s == null ? 'n/a' : `${((1000 * s) / files.length).toFixed(1)} ms`);
  const profileRows = PROFILE ? ['', `Where the load's ${loadSeconds.toFixed(0)} s went (--profile):`, '', ...PROFILE.table(loadSeconds * 1000)] : [];
  if (PROFILE) log(profileRows.join('\n'));
  const statuses = outcomes.reduce<Record<string, number>>((m, o) => ((m[o.status] = (m[o.status] ?? 0) + 1), m), {});
  const counts = (await db.read((tx) => tx.run(`
    RETURN COUNT { MATCH (d:Document) WHERE NOT d.stub } AS documents, COUNT { MATCH (:Duty) } AS duties,
           COUNT { MATCH ()-[:TASKED_WITH]->() } AS taskings, COUNT { MATCH (:Deadline) } AS deadlines,
           COUNT { MATCH (:AdministrativeUnit) } AS units`))).records[0]!.toObject();
  // Checkpoint so the store size counts the store files, not only the transaction logs.
  await db.write((tx) => tx.run('CALL db.checkpoint()')).catch(() => undefined);
  const store = dataDir ? dirSize(join(dataDir, 'data')) : 0;
  const txlogs = (() => {
    try {
      return dirSize(join(dataDir, 'data', 'transactions'));
    } catch {
      return 0;
    }
  })();

  // ---- the questions
  const app = await createApp(config, db);
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  const pick = async (q: string, p: Record<string, unknown> = {}) => (await db.read((tx) => tx.run(q, p))).records[0]?.get(0) as string | undefined;
  const province = (await pick(`MATCH (u:AdministrativeUnit {level: 'PROVINCE'})<-[:APPLIES_TO]-(d:Document)
                                 RETURN u.key ORDER BY COUNT { (u)<-[:PART_OF]-() } DESC, u.key LIMIT 1`))!;
  const provinceName = (await pick('MATCH (u:AdministrativeUnit {key: $k}) RETURN u.name', { k: province }))!;
  const provincePlan = (await pick(`MATCH (:AdministrativeUnit {key: $k})<-[:APPLIES_TO]-(d:Document {level: 'PROVINCE', stub: false})
                                     RETURN d.key ORDER BY COUNT { (d)<-[:IMPLEMENTS]-() } DESC, d.key LIMIT 1`, { k: province }))!;
  const communePlan = (await pick(`MATCH (d:Document {level: 'COMMUNE', stub: false})-[:IMPLEMENTS]->(:Document {key: $p}) RETURN d.key ORDER BY d.key LIMIT 1`, { p: provincePlan }))!;
  const national = 'chinh-phu/147-nq-cp/2025';
  const agencyText = `cong an ${provinceName}`;
  const agencyMatch = (await pick(`MATCH (g:Agency) WHERE g.key = 'cong-an-' + $k RETURN g.matchName`, { k: province })) ?? agencyText;
  const year = Number(provincePlan.split('/').pop());
  const month = { from: `${year}-12-01`, to: `${year}-12-31` };
  const asOf = `${year + 1}-01-15`;
  const searchText = 'chi thi 07 an ninh to quoc';
  log(`province ${province} (${provinceName}), plan ${provincePlan}, commune plan ${communePlan}`);

  const ref = '{ key }';
  const src = '{ documentKey line }';
  const cases: Array<{ name: string; gql: string; vars: Record<string, unknown>; cypher: string; params: Record<string, unknown> }> = [
    // The lineage rows: the first page (500 steps, the default), the total and whether anything lies
    // deeper, by the breadth-first walk lineage does (a step's depth = 1 + its nearer end's distance).
    {
      name: 'lineage DOWN from Nghị quyết 147/NQ-CP',
      gql: `query($d: ID!) { lineage(document: $d, direction: DOWN, maxDepth: 5) { truncated totalSteps steps { depth relation from ${ref} to ${ref} source ${src} } } }`,
      vars: { d: national },
      cypher: `MATCH (root:Document {key: $key})
               CALL (root) {
                 MATCH p = (root)<-[:IMPLEMENTS|BASED_ON*0..5]-(n:Document)
                 WITH n, min(length(p)) AS dist
                 RETURN sum(CASE WHEN dist < 5 THEN COUNT { (n)<-[:IMPLEMENTS|BASED_ON]-() } ELSE 0 END) AS total,
                   max(CASE WHEN dist = 5 AND EXISTS { (n)<-[:IMPLEMENTS|BASED_ON]-() } THEN 1 ELSE 0 END) = 1 AS truncated
               }
               CALL (root) {
                 MATCH p = (root)<-[:IMPLEMENTS|BASED_ON*0..4]-(n:Document)
                 WITH n, min(length(p)) AS dist
                 MATCH (n)<-[r:IMPLEMENTS|BASED_ON]-(f)
                 WITH r, dist + 1 AS depth, f AS a, n AS b ORDER BY depth, a.key, b.key, type(r) LIMIT 500
                 RETURN collect({ from: a.key, to: b.key, relation: type(r), depth: depth, source: coalesce(r.sourceKey, a.key), line: r.line }) AS page
               }
               RETURN total, page, truncated`,
      params: { key: national },
    },
    {
      name: 'lineage UP from a commune plan',
      gql: `query($d: ID!) { lineage(document: $d, direction: UP, maxDepth: 5) { truncated totalSteps steps { depth relation from ${ref} to ${ref} source ${src} } } }`,
      vars: { d: communePlan },
      cypher: `MATCH (root:Document {key: $key})
               CALL (root) {
                 MATCH p = (root)-[:IMPLEMENTS|BASED_ON*0..5]->(n:Document)
                 WITH n, min(length(p)) AS dist
                 RETURN sum(CASE WHEN dist < 5 THEN COUNT { (n)-[:IMPLEMENTS|BASED_ON]->() } ELSE 0 END) AS total,
                   max(CASE WHEN dist = 5 AND EXISTS { (n)-[:IMPLEMENTS|BASED_ON]->() } THEN 1 ELSE 0 END) = 1 AS truncated
               }
               CALL (root) {
                 MATCH p = (root)-[:IMPLEMENTS|BASED_ON*0..4]->(n:Document)
                 WITH n, min(length(p)) AS dist
                 MATCH (n)-[r:IMPLEMENTS|BASED_ON]->(f)
                 WITH r, dist + 1 AS depth, n AS a, f AS b ORDER BY depth, a.key, b.key, type(r) LIMIT 500
                 RETURN collect({ from: a.key, to: b.key, relation: type(r), depth: depth, source: coalesce(r.sourceKey, a.key), line: r.line }) AS page
               }
               RETURN total, page, truncated`,
      params: { key: communePlan },
    },
    {
      name: 'responsibilities of one agency',
      gql: `query($a: String) { responsibilities(agency: $a, first: 50) { totalCount items { role agency { name } duty { text source ${src} } document ${ref} deadlines { date } partners { agency { name } role } } } }`,
      vars: { a: agencyText },
      cypher: `MATCH (g:Agency) WHERE g.matchName CONTAINS $m
               MATCH (g)-[t:TASKED_WITH]->(u:Duty)<-[:ASSIGNS]-(d:Document)
               RETURN g.name, t.role, u.text, u.line, d.key,
                 [(u)-[:DUE]->(dl:Deadline) | toString(dl.date)] AS deadlines,
                 [(pg:Agency)-[pt:TASKED_WITH]->(u) WHERE pg <> g | [pg.name, pt.role]] AS partners
               ORDER BY d.key, u.line LIMIT 50`,
      params: { m: agencyMatch },
    },
    {
      name: 'responsibilityMap with descendants',
      gql: `query($d: ID!) { responsibilityMap(document: $d, includeDescendants: true) { documents ${ref} duties { key } matrix { agency { name } roles } } }`,
      vars: { d: provincePlan },
      cypher: `MATCH (root:Document {key: $key})
               OPTIONAL MATCH (root)<-[:IMPLEMENTS|BASED_ON*1..3]-(c:Document)
               WITH root, collect(DISTINCT c)[0..50] AS cs
               UNWIND [root] + cs AS d
               MATCH (d)-[:ASSIGNS]->(u:Duty)<-[t:TASKED_WITH]-(g:Agency)
               RETURN d.key, u.key, u.text, g.key, g.name, t.role LIMIT 10000`,
      params: { key: provincePlan },
    },
    {
      name: 'deadlines of one province for a month',
      gql: `query($f: Date!, $t: Date!, $j: String) { deadlines(from: $f, to: $t, jurisdiction: $j, first: 200) { totalCount items { date deadline { key text } agencies { name } fulfilled } } }`,
      vars: { f: month.from, t: month.to, j: provinceName },
      cypher: `MATCH (:AdministrativeUnit {key: $unit})<-[:PART_OF*0..3]-(:AdministrativeUnit)<-[:APPLIES_TO]-(d:Document)
               MATCH (dl:Deadline {sourceKey: d.key})
               WHERE dl.kind = 'RECURRING' OR (dl.date >= date($from) AND dl.date <= date($to))
               OPTIONAL MATCH (dl)<-[:DUE]-(:Duty)<-[:TASKED_WITH]-(g:Agency)
               RETURN d.key, dl.key, dl.kind, toString(dl.date), dl.frequency, dl.day, dl.text, collect(DISTINCT g.name) AS agencies`,
      params: { unit: province, ...month },
    },
    {
      name: 'complianceGaps of one province',
      gql: `query($s: ID, $a: Date) { complianceGaps(scope: $s, asOf: $a, first: 200) { totalCount items { kind severity what document ${ref} source ${src} } } }`,
      vars: { s: province, a: asOf },
      cypher: `MATCH (:AdministrativeUnit {key: $unit})<-[:PART_OF*0..3]-(:AdministrativeUnit)<-[:APPLIES_TO]-(d:Document) WHERE NOT d.stub
               CALL (d) {
                 MATCH (dl:Deadline {sourceKey: d.key}) WHERE dl.kind = 'ABSOLUTE' AND dl.date < date($asOf) AND NOT EXISTS { (dl)<-[:FULFILS]-(:Fulfilment) }
                 RETURN 'OVERDUE_DEADLINE' AS kind, dl.key AS subject
                 UNION
                 MATCH (d)-[:ASSIGNS]->(u:Duty) WHERE NOT EXISTS { (u)<-[t:TASKED_WITH]-(:Agency) WHERE t.role IN ['LEAD', 'RESPONSIBLE'] }
                 RETURN 'UNLED_DUTY' AS kind, u.key AS subject
                 UNION
                 MATCH (d)-[:IMPLEMENTS|BASED_ON]->(t:Document) WHERE t.stub AND NOT coalesce(t.catalog, false)
                 RETURN 'UNRESOLVED_BASIS' AS kind, t.key AS subject
                 UNION
                 WITH d WHERE d.number IS NULL OR d.issuedOn IS NULL
                 RETURN 'DRAFT_DOCUMENT' AS kind, d.key AS subject
               }
               RETURN d.key, kind, subject ORDER BY d.key, kind, subject`,
      params: { unit: province, asOf },
    },
    {
      name: 'search',
      gql: `query($t: String!) { search(text: $t, first: 20) { kind key label score } }`,
      vars: { t: searchText },
      cypher: `CALL db.index.fulltext.queryNodes('search_text', $q, {limit: 20}) YIELD node, score
               RETURN node.key AS key, score ORDER BY score DESC, key`,
      params: { q: luceneQuery(searchText) },
    },
  ];

  const viaGraphql = async (c: (typeof cases)[number]) => {
    const t = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: c.gql, variables: c.vars }) });
    const body = (await res.json()) as { errors?: Array<{ message: string }> };
    const ms = performance.now() - t;
    if (body.errors) throw new Error(`${c.name}: ${body.errors.map((e) => e.message).join('; ')}`);
    return ms;
  };
  const viaCypher = async (c: (typeof cases)[number]) => {
    const t = performance.now();
    await db.driver.executeQuery(c.cypher, c.params, { database: db.database, routing: 'READ' });
    return performance.now() - t;
  };

  const rows: string[] = [];
  for (const c of LOAD_ONLY ? [] : cases) {
    // warm-up: plans compiled and caches filled on both sides
    for (let i = 0; i < 2; i++) {
      await viaGraphql(c);
      await viaCypher(c);
    }
    const g: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < ITER; i++) {
      // interleaved, alternating which goes first
      if (i % 2) {
        g.push(await viaGraphql(c));
        y.push(await viaCypher(c));
      } else {
        y.push(await viaCypher(c));
        g.push(await viaGraphql(c));
      }
    }
    const f = (xs: number[]) => `${pct(xs, 50).toFixed(1)} / ${pct(xs, 95).toFixed(1)} / ${pct(xs, 99).toFixed(1)}`;
    rows.push(`| ${c.name} | ${f(g)} | ${f(y)} | ${(pct(g, 50) / pct(y, 50)).toFixed(1)}× |`);
    log(`${c.name}: done`);
  }

  const javaPeak = javaPid ? peakRss(javaPid) : null;
  const nodePeak = process.resourceUsage().maxRSS * 1024;
  const out = [
    `national benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${process.platform} ${(await import('node:os')).cpus().length} cores, load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`,
    '',
    `| measure | value |`,
    `|---|---:|`,
    ...(STORE ? [] : [`| documents | ${files.length} (${Object.entries(statuses).map(([k, v]) => `${k} ${v}`).join(', ')}) |`]),
    `| graph | ${counts.documents} documents, ${counts.duties} duties, ${counts.taskings} taskings, ${counts.deadlines} deadlines, ${counts.units} units |`,
    STORE ? `| load | (the store ${STORE}, loaded by an earlier run) |` : `| load | ${(files.length / loadSeconds).toFixed(1)} documents/s (${loadSeconds.toFixed(0)} s; ${BATCH} per transaction, ${THREADS ?? 'default'} parse threads) |`,
    ...(STORE ? [] : [`| CPU per document during the load | Neo4j ${perDoc(javaCpu)}, Node ${perDoc(nodeCpu)} (parsing included) |`]),
    `| store | ${mb(store)} (transaction logs ${mb(txlogs)}) |`,
    `| peak RSS | Node ${mb(nodePeak)}, Java ${mb(javaPeak)} |`,
    '',
    `| question (${ITER} runs each, ms) | GraphQL p50 / p95 / p99 | Cypher p50 / p95 / p99 | ratio of p50 |`,
    `|---|---:|---:|---:|`,
    ...rows,
    ...profileRows,
  ];
  console.log(out.join('\n'));
  await app.close();
  await db.close();
  if (!KEEP) rmSync(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
