/**
 * Files/folders → extractions → graph, one document per transaction, with progress callbacks.
 * Bad input never stops the batch: each file gets its own outcome (loaded / unchanged / error).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Database } from '../db/driver.js';
import { extract } from './extract.js';
import { KeyCollisionError, loadExtraction, type LoadStatus } from './load.js';
import { InputError } from './source.js';
import { loadCatalog } from './load-catalog.js';

export interface FileOutcome {
  file: string;
  status: LoadStatus | 'error';
  key?: string;
  error?: { code: string; message: string };
  warnings: number;
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

export async function ingestFiles(
  db: Database,
  files: string[],
  opts: { replace?: boolean; onProgress?: (done: number, total: number, o: FileOutcome) => void } = {},
): Promise<FileOutcome[]> {
  await loadCatalog(db);
  const outcomes: FileOutcome[] = [];
  for (const [i, file] of files.entries()) {
    let outcome: FileOutcome;
    try {
      const x = extract(readFileSync(file), file);
      const r = await loadExtraction(db, x, { replace: opts.replace });
      outcome = { file, status: r.status, key: r.key, warnings: x.issues.filter((f) => f.severity !== 'INFO').length };
    } catch (err) {
      const code = err instanceof InputError || err instanceof KeyCollisionError ? err.code : 'LOAD_FAILED';
      outcome = { file, status: 'error', error: { code, message: (err as Error).message }, warnings: 0 };
    }
    outcomes.push(outcome);
    opts.onProgress?.(i + 1, files.length, outcome);
  }
  return outcomes;
}
