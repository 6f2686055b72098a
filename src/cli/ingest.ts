/**
 * npm run ingest -- <files or folders> [--replace] [--batch N (documents per transaction, 100)] [--threads N (parsing threads)]
 * npm run ingest -- --dry-run [--json] <file…>   (prints the extraction; touches no database)
 *
 * Exit codes: 0 all loaded (or unchanged), 1 some file failed (each named with its reason),
 * 2 bad usage/configuration, 3 missing environment (java/mvn).
 */
// @neo4j/graphql's Date scalar uses local-time getters: dates must not shift with the host's zone.
process.env.TZ = 'UTC';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { extract } from '../ingest/extract.js';
import { InputError } from '../ingest/source.js';
import { configOrExit, failOnEnvironment, log } from './common.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    replace: { type: 'boolean', default: false },
    batch: { type: 'string' },
    threads: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || positionals.length === 0) {
  console.error('usage: npm run ingest -- [--dry-run [--json]] [--replace] [--batch N] [--threads N] <file or folder>…');
  process.exit(values.help ? 0 : 2);
}

const { collectFiles, ingestFiles } = await import('../load/run.js');
let files: string[];
try {
  files = collectFiles(positionals);
} catch (e) {
  console.error(`ingest: ${(e as Error).message}`);
  process.exit(1);
}
if (files.length === 0) {
  console.error('ingest: no .txt documents found in the given paths');
  process.exit(1);
}

if (values['dry-run']) {
  let failed = 0;
  const results: unknown[] = [];
  for (const f of files) {
    try {
      const x = extract(readFileSync(f), f);
      results.push(x);
      if (!values.json) {
        const d = x.document;
        console.log(`${f}\n  ${d.kind} ${d.number ?? '(no number)'} ${d.issuedOn ?? d.year ?? '(no date)'} — ${d.issuer.name}: ${d.title}`);
        console.log(`  ${x.references.length} references, ${x.agencies.length} agencies, ${x.duties.length} duties, ${x.assignments.length} assignments, ${x.deadlines.length} deadlines, ${x.targets.length} targets, ${x.recipients.length} recipients`);
        for (const i of x.issues) console.log(`  ${i.severity} ${i.code}${i.line ? ` (line ${i.line})` : ''}: ${i.message}`);
      }
    } catch (e) {
      failed++;
      const code = e instanceof InputError ? e.code : 'EXTRACT_FAILED';
      console.error(`ingest: ${code}: ${(e as Error).message}`);
    }
  }
  // When stdout is a pipe, Node writes asynchronously: process.exit right after console.log cuts the
  // output at the pipe's buffer (64 KB). Exit only once the whole JSON has been handed to the OS.
  if (values.json && results.length) await writeAll(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  process.exit(failed ? 1 : 0);
}

function writeAll(s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(s, (err) => (err ? reject(err) : resolve()));
  });
}

const config = configOrExit();
try {
  const { connectDatabase } = await import('../db/driver.js');
  const { migrate } = await import('../db/migrate.js');
  const db = await connectDatabase(config, { log });
  await migrate(db);
  const bar = new SingleBar({ format: 'ingest [{bar}] {value}/{total} {rate} documents/s, ETA {eta_formatted} {file}', etaBuffer: 500, stream: process.stderr, noTTYOutput: !!process.env.CI, notTTYSchedule: 2000 }, Presets.shades_classic);
  bar.start(files.length, 0, { file: '', rate: '0.0' });
  const started = Date.now();
  const outcomes = await ingestFiles(db, files, {
    replace: values.replace,
    batchSize: values.batch ? Number(values.batch) : undefined,
    threads: values.threads ? Number(values.threads) : undefined,
    onProgress: (done, _total, o) =>
      bar.update(done, { file: o.file.split('/').pop(), rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) }),
  });
  bar.stop();
  const by = (s: string) => outcomes.filter((o) => o.status === s).length;
  const seconds = (Date.now() - started) / 1000;
  console.error(
    `ingest: ${outcomes.length} files in ${seconds.toFixed(1)} s (${(outcomes.length / Math.max(0.001, seconds)).toFixed(1)} documents/s) — ${by('created')} created, ${by('filled-stub')} filled stubs, ${by('replaced')} replaced, ${by('copy')} copies of loaded documents, ${by('unchanged')} unchanged, ${by('error')} failed`,
  );
  for (const o of outcomes) {
    if (o.status === 'error') console.error(`  ✗ ${o.file}: ${o.error?.code}: ${o.error?.message}`);
    else console.error(`  ✓ ${o.status.padEnd(11)} ${o.key}${o.warnings ? ` (${o.warnings} warnings)` : ''}`);
  }
  await db.close();
  process.exit(by('error') ? 1 : 0);
} catch (e) {
  failOnEnvironment(e);
}
