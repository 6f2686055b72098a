/**
 * Extraction quality on the seed documents: precision / recall per fact type, per seed and
 * overall, against the hand-written golden files (test/golden/*.expected.json).
 *
 *   npx tsx bench/quality.ts            markdown table (goes into the README)
 *   npx tsx bench/quality.ts --verbose  … followed by every miss and every extra fact
 *   npx tsx bench/quality.ts --json     the raw scores
 *
 * Cells are "precision/recall" in percent; "–" when the seed has no such fact and none was
 * reported. Overall figures are micro-averaged (summed tp/fp/fn). The `document` row counts the
 * exact header fields (kind, number, date, year, issuer, level, signer, draft, title, period, …).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/ingest/extract.js';
import { FACT_TYPES, SEED_DIR, countFacts, loadGoldens, markdownTable, score, type Scores } from '../test/golden/score.js';

const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');

const rows: Array<{ file: string; scores: Scores }> = [];
for (const g of loadGoldens()) {
  const buf = readFileSync(join(SEED_DIR, g.file));
  const actual = await extract(buf, g.file);
  rows.push({ file: g.file, scores: score(g, actual) });
}

if (asJson) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log('### Extraction quality on the seed documents (precision/recall %, vs. hand-written golden files)\n');
  console.log(markdownTable(rows));
  const goldens = loadGoldens();
  const counts = goldens.map((g) => countFacts(g));
  const total = (k: keyof (typeof counts)[number]) => counts.reduce((n, c) => n + c[k].required, 0);
  console.log(
    `\nGolden facts (required): ${FACT_TYPES.filter((t) => t !== 'document')
      .map((t) => `${t} ${total(t as keyof (typeof counts)[number])}`)
      .join(', ')}.`,
  );
  if (verbose) {
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
}
