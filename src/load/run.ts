/**
 * Files/folders → extractions → graph. Parsing runs in worker threads ahead of the writer; the
 * writer loads many documents per transaction (src/load/write.ts) and reports every file's outcome
 * (created / filled-stub / replaced / copy / unchanged / error) in the order the files were given.
 * Bad input never stops the batch: an unreadable file is reported and skipped, a batch that fails in
 * the database is retried document by document so only the bad document is reported.
 */
import { availableParallelism } from 'node:os';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Database } from '../db/driver.js';
import type { Extraction } from '../ingest/model.js';
import { loadCatalog } from './catalog.js';
import { exactRefs, issuerUnit, KeyCollisionError, numberFolded, type LoadStatus } from './document.js';
import { ParsePool, type Parsed } from './parse-pool.js';
import { LoadMemo } from './memo.js';
import type { LoadProfile } from './profile.js';
import { loadExtractions } from './write.js';

export interface FileOutcome {
  file: string;
  status: LoadStatus | 'error';
  key?: string;
  error?: { code: string; message: string };
  warnings: number;
}

export interface IngestOptions {
  replace?: boolean;
  /** Documents per write transaction (default 100). */
  batchSize?: number;
  /** Parsing threads (default: one per core but one, from 50 files on; 0 parses on the calling thread). */
  threads?: number;
  onProgress?: (done: number, total: number, o: FileOutcome) => void;
  /** Record where the time goes (statements, commits, waiting for parsers). */
  profile?: LoadProfile;
}

/** Expand folders to their .txt/.md files (sorted), keep files as given. */
export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const abs = resolve(p);
    const st = statSync(abs);
    if (st.isDirectory()) {
      for (const f of readdirSync(abs).sort()) {
        if (/\.(txt|md|text)$/i.test(f) && !/^readme/i.test(f)) out.push(join(abs, f));
      }
    } else out.push(abs);
  }
  return out;
}

/**
 * Which documents may share a transaction. Within one batch every row is written in file order, but
 * all documents are read before any is written; a document whose outcome depends on one loaded
 * earlier in the same run must therefore come in a later batch: the same key again (a copy), a
 * document an earlier one cited (its stub is filled: 'filled-stub'), number-and-year twins (a stub
 * adopted under another issuer's key, a citation resolved to a twin).
 */
export class BatchPlan {
  private keys = new Set<string>();
  private cited = new Set<string>();
  private numbers = new Map<string, Set<string>>();
  size = 0;

  /** Whether x can join the batch without depending on a document already in it. */
  fits(x: Extraction): boolean {
    const d = x.document;
    if (this.keys.has(d.key) || this.cited.has(d.key)) return false;
    if (this.twin(numberFolded(d.number), d.year, d.key)) return false;
    for (const r of exactRefs(x)) {
      if (r.key.endsWith('/undated')) {
        const prefix = r.key.slice(0, -'undated'.length);
        if ([...this.keys, ...this.cited].some((k) => k.startsWith(prefix))) return false;
      }
      const year = r.issuedOn ? Number(r.issuedOn.slice(0, 4)) : null;
      if (this.twin(numberFolded(r.number), year, r.key)) return false;
    }
    return true;
  }

  add(x: Extraction): void {
    const d = x.document;
    this.size++;
    this.keys.add(d.key);
    this.note(numberFolded(d.number), d.year, d.key);
    for (const r of exactRefs(x)) {
      this.cited.add(r.key);
      this.note(numberFolded(r.number), r.issuedOn ? Number(r.issuedOn.slice(0, 4)) : null, r.key);
    }
  }

  /** Twins share number, year and issuing unit (numbers restart per issuer: "12/KH-UBND" of 2025 exists a thousand times). */
  private twin(nf: string | null, year: number | null, key: string): boolean {
    const unit = issuerUnit(key);
    const ks = nf && year && unit ? this.numbers.get(`${nf}|${year}|${unit}`) : undefined;
    return !!ks && [...ks].some((k) => k !== key);
  }

  private note(nf: string | null, year: number | null, key: string) {
    const unit = issuerUnit(key);
    if (!nf || !year || !unit) return;
    const k = `${nf}|${year}|${unit}`;
    (this.numbers.get(k) ?? this.numbers.set(k, new Set()).get(k)!).add(key);
  }
}

export async function ingestFiles(db: Database, files: string[], opts: IngestOptions = {}): Promise<FileOutcome[]> {
  await loadCatalog(db);
  const batchSize = Math.max(1, opts.batchSize ?? 100);
  const threads = opts.threads ?? (files.length >= 50 ? Math.max(1, Math.min(4, availableParallelism() - 1)) : 0);
  const pool = new ParsePool(threads);
  const memo = new LoadMemo();
  const outcomes: FileOutcome[] = new Array(files.length);
  let done = 0;
  const report = (i: number, o: FileOutcome) => {
    outcomes[i] = o;
    opts.onProgress?.(++done, files.length, o);
  };

  // Parsing runs ahead of the writer by up to two batches.
  const ahead = batchSize * 2;
  const parsing: Array<Promise<Parsed>> = [];
  const submit = (upTo: number) => {
    for (let i = parsing.length; i < Math.min(files.length, upTo); i++) parsing.push(pool.parse(files[i]!));
  };

  let batch: Array<{ i: number; x: Extraction }> = [];
  let plan = new BatchPlan();
  const flush = async () => {
    if (!batch.length) return;
    const items = batch;
    batch = [];
    plan = new BatchPlan();
    const tf = performance.now();
    const results = await loadExtractions(
      db,
      items.map((b) => b.x),
      { replace: opts.replace, profile: opts.profile, memo },
    );
    if (opts.profile) opts.profile.flushMs += performance.now() - tf;
    results.forEach((r, j) => {
      const { i, x } = items[j]!;
      const warnings = x.issues.filter((f) => f.severity !== 'INFO').length;
      if ('error' in r) {
        const code = r.error instanceof KeyCollisionError ? r.error.code : 'LOAD_FAILED';
        report(i, { file: files[i]!, status: 'error', key: r.key, error: { code, message: r.error.message }, warnings });
      } else report(i, { file: files[i]!, status: r.status, key: r.key, warnings });
    });
  };

  try {
    for (let i = 0; i < files.length; i++) {
      submit(i + 1 + ahead);
      const waited = performance.now();
      const p = await parsing[i]!;
      if (opts.profile) opts.profile.parseWaitMs += performance.now() - waited;
      parsing[i] = undefined as unknown as Promise<Parsed>; // let the extraction be collected once written
      if (!p.x) {
        report(i, { file: files[i]!, status: 'error', error: p.error, warnings: 0 });
        continue;
      }
      if (batch.length >= batchSize || !plan.fits(p.x)) await flush();
      plan.add(p.x);
      batch.push({ i, x: p.x });
    }
    await flush();
  } finally {
    await pool.close();
  }
  return outcomes;
}
