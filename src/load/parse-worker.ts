/**
 * A parsing thread (src/load/parse-pool.ts): file path in, Extraction (or the reason it has none) out.
 * Reading and extraction are pure CPU work; they run here, beside the writer, so the writer's
 * thread only waits on Neo4j.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { extract } from '../ingest/extract.js';
import { parseError } from './parse-pool.js';

parentPort!.on('message', (m: { id: number; file: string }) => {
  try {
    parentPort!.postMessage({ id: m.id, x: extract(readFileSync(m.file), m.file) });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: parseError(e) });
  }
});
parentPort!.postMessage({ ready: true });
