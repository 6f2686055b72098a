/**
 * Extraction quality: precision / recall per fact type against hand-written golden files, for the
 * seeds (the development set: test/golden/*.expected.json on seed/documents) and for the corpus of
 * real documents the rules were not written on (test/golden/corpus/*.expected.json on
 * test/corpus/documents), reported SEPARATELY.
 *
 *   npx tsx bench/quality.ts                   both tables (markdown, goes into the README)
 *   npx tsx bench/quality.ts --seeds|--corpus|--heldout  one of them (held-out: test/golden/heldout,
 *                                              goldens written blind after the rules were frozen)
 *   npx tsx bench/quality.ts --file sonla      only goldens whose file name contains "sonla"
 *   npx tsx bench/quality.ts --verbose         … followed by every miss and every extra fact
 *   npx tsx bench/quality.ts --json            the raw scores
 *
 * Cells are "precision/recall" in percent. Overall figures are micro-averaged (summed tp/fp/fn).
 * The `document` row counts exact header fields (kind, number, date, year, issuer, level, signer,
 * draft, title, period, …); `assignments` are the roles (agency × role × duty).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/ingest/extract.js';
import {
  CORPUS_DIR,
  CORPUS_GOLDEN_DIR,
  FACT_TYPES,
  GOLDEN_DIR,
  SEED_DIR,
  combine,
  countFacts,
  goldenProblems,
  loadGoldens,
  markdownTable,
  score,
  summaryTable,
  type Golden,
  type Scores,
} from '../test/golden/score.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const fileFilter = args.includes('--file') ? args[args.indexOf('--file') + 1] ?? '' : '';
const onlySeeds = args.includes('--seeds');
const onlyCorpus = args.includes('--corpus');

interface Row {
  file: string;
  scores: Scores;
}

async function run(goldens: Golden[], docDir: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const g of goldens) {
    const path = join(docDir, g.file);
    if (!existsSync(path)) throw new Error(`golden ${g.file}: no such document in ${docDir}`);
    const actual = await extract(readFileSync(path), g.file);
    rows.push({ file: g.file, scores: score(g, actual) });
  }
  return rows;
}

function printVerbose(rows: Row[]): void {
  for (const r of rows) {
    for (const t of FACT_TYPES) {
      const s = r.scores[t];
      if (!s.missing.length && !s.extra.length && !s.duplicates.length) continue;
      console.log(`\n#### ${r.file} — ${t}`);
      for (const m of s.missing) console.log(`- missing: ${m}`);
      for (const m of s.extra) console.log(`- extra:   ${m}`);
      for (const m of s.duplicates) console.log(`- duplicate node (not counted): ${m}`);
    }
  }
}

function factCounts(goldens: Golden[]): string {
  const counts = goldens.map((g) => countFacts(g));
  const total = (k: keyof (typeof counts)[number]) => counts.reduce((n, c) => n + c[k].required, 0);
  return `Golden facts (required): ${FACT_TYPES.filter((t) => t !== 'document')
    .map((t) => `${t} ${total(t as keyof (typeof counts)[number])}`)
    .join(', ')}.`;
}

const sets = [
  { name: 'seeds', title: 'seed documents (development set)', goldenDir: GOLDEN_DIR, docDir: SEED_DIR },
  { name: 'corpus', title: 'corpus of real documents (not the development set)', goldenDir: CORPUS_GOLDEN_DIR, docDir: CORPUS_DIR },
  // Goldens written blind after the rules were frozen, never shown to the rule writers before.
  { name: 'heldout', title: 'held-out documents (goldens written after the rules were frozen)', goldenDir: join(CORPUS_GOLDEN_DIR, '..', 'heldout'), docDir: CORPUS_DIR },
]
  .filter((s) => s.name !== 'heldout' || existsSync(s.goldenDir))
  .filter((s) => (onlySeeds ? s.name === 'seeds' : onlyCorpus ? s.name === 'corpus' : args.includes('--heldout') ? s.name === 'heldout' : true));

const json: Record<string, unknown> = {};
for (const set of sets) {
  const goldens = loadGoldens(set.goldenDir).filter((g) => g.file.includes(fileFilter));
  if (!goldens.length) {
    if (!asJson) console.log(`### ${set.title}: no golden files${fileFilter ? ` matching "${fileFilter}"` : ''}\n`);
    continue;
  }
  const problems = goldens.flatMap((g) => goldenProblems(g, set.docDir).map((p) => `${g.file}: ${p}`));
  const rows = await run(goldens, set.docDir);
  if (asJson) {
    json[set.name] = {
      overall: Object.fromEntries(FACT_TYPES.map((t) => {
        const c = combine(rows.map((r) => r.scores[t]));
        return [t, { precision: c.precision, recall: c.recall, tp: c.tp, fp: c.fp, fn: c.fn }];
      })),
      documents: rows,
      goldenProblems: problems,
    };
    continue;
  }
  console.log(`### Extraction quality on the ${set.title}: ${goldens.length} documents (precision/recall %)\n`);
  console.log(set.name === 'seeds' ? markdownTable(rows) : summaryTable(rows));
  console.log(`\n${factCounts(goldens)}\n`);
  if (set.name !== 'seeds' && verbose) {
    console.log('Per document (P/R %):\n');
    console.log(markdownTable(rows, FACT_TYPES, true));
  }
  for (const p of problems) console.log(`- golden problem: ${p}`);
  if (verbose) printVerbose(rows);
  console.log('');
}
if (asJson) console.log(JSON.stringify(json, null, 2));
