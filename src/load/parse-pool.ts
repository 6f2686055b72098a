/**
 * Reading and extraction in worker threads (node:worker_threads), results handed back in the order
 * the files were given. With `threads: 0` the same work runs on the calling thread (small inputs:
 * starting a thread that loads the whole extractor costs more than parsing a few files).
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { extract } from '../ingest/extract.js';
import type { Extraction } from '../ingest/model.js';
import { InputError } from '../ingest/source.js';

export interface Parsed {
  file: string;
  x?: Extraction;
  error?: { code: string; message: string };
}

/** The reason a file has no extraction: the reader's code (EMPTY_FILE, BINARY_FILE …) or EXTRACT_FAILED. */
export function parseError(e: unknown): { code: string; message: string } {
  return { code: e instanceof InputError ? e.code : 'EXTRACT_FAILED', message: (e as Error)?.message ?? String(e) };
}

function parseHere(file: string): Parsed {
  try {
    return { file, x: extract(readFileSync(file), file) };
  } catch (e) {
    return { file, error: parseError(e) };
  }
}

export class ParsePool {
  private workers: Worker[] = [];
  private idle: Worker[] = [];
  private queue: Array<{ id: number; file: string }> = [];
  private waiting = new Map<number, { file: string; resolve: (p: Parsed) => void }>();
  private busy = new Map<Worker, number>();
  private next = 0;
  private failed: Error | null = null;
  private closing = false;

  constructor(threads: number) {
    for (let i = 0; i < threads; i++) {
      const w = new Worker(new URL('./parse-worker.mjs', import.meta.url));
      w.on('message', (m: { ready?: boolean; id?: number; x?: Extraction; error?: Parsed['error'] }) => {
        this.busy.delete(w);
        if (m.id !== undefined) {
          const job = this.waiting.get(m.id)!;
          this.waiting.delete(m.id);
          job.resolve({ file: job.file, x: m.x, error: m.error });
        }
        this.idle.push(w);
        this.pump();
      });
      // A thread that cannot start (or dies) hands its work back to the calling thread.
      w.on('error', (e) => this.fail(w, e));
      w.on('exit', (code) => code !== 0 && !this.closing && this.fail(w, new Error(`parse thread exited with ${code}`)));
      w.unref();
      this.workers.push(w);
    }
  }

  get threads(): number {
    return this.workers.length;
  }

  parse(file: string): Promise<Parsed> {
    if (!this.workers.length) return Promise.resolve(parseHere(file));
    return new Promise((resolve) => {
      const id = this.next++;
      this.waiting.set(id, { file, resolve });
      this.queue.push({ id, file });
      this.pump();
    });
  }

  private pump() {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(w, job.id);
      w.postMessage(job);
    }
  }

  private fail(w: Worker, e: Error) {
    // never silent: parsing on the writer's thread halves a load's speed
    if (!this.failed) console.warn(`[load] a parsing thread failed (${e.message}); its files are parsed on the writer's thread`);
    this.failed ??= e;
    this.workers = this.workers.filter((v) => v !== w);
    this.idle = this.idle.filter((v) => v !== w);
    const lost = this.busy.get(w);
    this.busy.delete(w);
    if (lost !== undefined) this.queue.unshift({ id: lost, file: this.waiting.get(lost)!.file });
    if (this.workers.length) return this.pump();
    // no thread left: finish everything here
    for (const [id, job] of this.waiting) {
      this.waiting.delete(id);
      job.resolve(parseHere(job.file));
    }
    this.queue = [];
  }

  async close(): Promise<void> {
    this.closing = true; // terminate() ends the threads with exit code 1: not a failure
    const ws = this.workers;
    this.workers = [];
    await Promise.all(ws.map((w) => w.terminate()));
  }
}
