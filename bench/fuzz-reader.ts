/**
 * The long run of the reader's property tests (test/unit/reader.property.test.ts runs them bounded):
 * random bytes through readSource, mutated plans through the whole extraction. Prints how many
 * inputs each answered how, the rate, and any uncaught exception with fast-check's seed and the
 * shrunk input (exit 1). Issue 10's aim: 10⁶ fuzzed documents, 0 uncaught exceptions.
 *
 *   npx tsx bench/fuzz-reader.ts [--runs 100000] [--docs 20000] [--seed N]
 */
import fc from 'fast-check';
import { extract } from '../src/ingest/extract.js';
import { InputError, readSource } from '../src/ingest/source.js';
import { anyBytes, planText } from '../test/fixtures/reader-arbitraries.js';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const runs = arg('runs', 100_000);
const docs = arg('docs', 20_000);
const seed = arg('seed', Date.now() % 2 ** 31);

function tally(name: string, n: number, arb: fc.Arbitrary<string | Buffer>, fn: (x: string | Buffer) => unknown): boolean {
  const outcomes = new Map<string, number>();
  let bytes = 0;
  const t0 = performance.now();
  const r = fc.check(
    fc.property(arb, (x) => {
      bytes += typeof x === 'string' ? Buffer.byteLength(x) : x.length;
      try {
        fn(x);
        outcomes.set('answered', (outcomes.get('answered') ?? 0) + 1);
      } catch (e) {
        if (!(e instanceof InputError)) throw e; // a bug: fast-check shrinks it and reports
        outcomes.set(e.code, (outcomes.get(e.code) ?? 0) + 1);
      }
    }),
    { numRuns: n, seed },
  );
  const s = (performance.now() - t0) / 1000;
  const done = [...outcomes.values()].reduce((a, b) => a + b, 0);
  console.log(
    `${name}: ${done} inputs (${(bytes / 1e6).toFixed(1)} MB) in ${s.toFixed(1)} s, ${Math.round(done / s)}/s; ` +
      `uncaught exceptions: ${r.failed ? 1 : 0}; outcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`,
  );
  if (r.failed) console.log(fc.defaultReportMessage(r));
  return !r.failed;
}

console.log(`seed ${seed}`);
const ok1 = tally('readSource(random bytes)', runs, anyBytes, (b) => readSource(b as Buffer, 'fuzz.txt'));
const ok2 = tally('extract(mutated plan)', docs, planText, (t) => extract(Buffer.from(t as string, 'utf8'), 'fuzz.txt'));
process.exit(ok1 && ok2 ? 0 : 1);
