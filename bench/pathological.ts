/**
 * Pathological inputs (issue 10): each pattern is grown ×1, ×4, ×16 and parsed (extract, no
 * database); the script prints the times and the ratio to ×1. Linear parsing gives ratios near 4
 * and 16 (the aim: ×16 input ≤ ×20 time). No assertions: a benchmark prints numbers.
 *   npx tsx bench/pathological.ts [--base=N]   (N = repetitions at ×1, default 1500)
 * Patterns: a line full of "đạt 100% " (targets phase), the same split into sentences, counts
 * ("ít nhất 10 đơn vị "), "05 mô hình trở lên", a long line of commas before a percentage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extract } from '../src/ingest/extract.js';
import { projectRoot } from '../src/paths.js';

const base = Number(process.argv.find((a) => a.startsWith('--base='))?.slice(7) ?? 1500);
// A real header (the Bắc Ninh seed's first lines) so that the body reaches the responsibility phases.
const seed = readFileSync(join(projectRoot, 'seed', 'documents', '002_cb7cca597ed1ba5a.txt'), 'utf8');
const header = seed.split('\n').slice(0, 30).join('\n') + '\n';

const patterns: Record<string, (n: number) => string> = {
  'đạt 100% (one line)': (n) => `- Công an tỉnh chủ trì: ${'đạt 100% '.repeat(n)}\n`,
  'đạt 100%. (sentences)': (n) => `- Công an tỉnh chủ trì: ${'đạt 100% hộ dân. '.repeat(n)}\n`,
  'ít nhất 10 đơn vị': (n) => `- Công an tỉnh chủ trì: ${'ít nhất 10 đơn vị '.repeat(n)}\n`,
  '05 mô hình trở lên': (n) => `- Công an tỉnh chủ trì: ${'05 mô hình trở lên '.repeat(n)}\n`,
  'commas then %': (n) => `- Công an tỉnh chủ trì: ${'a, '.repeat(n)} ở 100% xã\n`,
};

function once(text: string): number {
  const buf = Buffer.from(header + text, 'utf8');
  const t0 = performance.now();
  try {
    extract(buf, 'pathological.txt');
  } catch (e) {
    return -(performance.now() - t0); // an error (e.g. the time budget) is reported as a negative time
  }
  return performance.now() - t0;
}

extract(Buffer.from(seed, 'utf8'), 'warm.txt'); // warm the JIT a little
console.log(`| pattern | KB ×1 | ms ×1 | ms ×4 (ratio) | ms ×16 (ratio) |`);
console.log(`|---|---:|---:|---:|---:|`);
for (const [name, make] of Object.entries(patterns)) {
  const t1 = once(make(base));
  const t4 = once(make(base * 4));
  const t16 = once(make(base * 16));
  const kb = (Buffer.byteLength(make(base)) / 1024).toFixed(0);
  const r = (t: number) => `${t.toFixed(0)} (${(Math.abs(t) / Math.abs(t1)).toFixed(1)}×)${t < 0 ? ' error' : ''}`;
  console.log(`| ${name} | ${kb} | ${t1.toFixed(0)} | ${r(t4)} | ${r(t16)} |`);
}
