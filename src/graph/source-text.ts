/**
 * sourceText(document): the text a document was read from, numbered exactly as the extraction numbered
 * it (the same decoder, src/ingest/source.ts), so every fact's `line`/`lineEnd` points at these lines.
 * The graph stores the file's path and SHA-256 at load time; the file is read again here and served
 * only when it still has that hash — a file edited or moved since loading is reported, never shown
 * against line numbers that no longer fit. The path comes from the graph (written by the loader),
 * never from the request.
 */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { GraphContext } from './context.js';
import { apiError, ErrorCode } from '../server/errors.js';
import { readSource } from '../ingest/source.js';

export type SourceUnavailable = 'STUB' | 'NO_FILE' | 'FILE_MISSING' | 'FILE_CHANGED' | 'UNREADABLE';

export interface SourceTextResult {
  documentKey: string;
  sourceFile: string | null;
  available: boolean;
  reason: SourceUnavailable | null;
  lineCount: number;
  lines: Array<{ n: number; text: string }>;
}

export async function sourceText(_: unknown, args: { document: string }, ctx: GraphContext): Promise<SourceTextResult> {
  const row = await ctx.db.read(async (tx) => {
    const r = await tx.run(
      `MATCH (d:Document {key: $key})
       RETURN d.key AS key, coalesce(d.stub, false) AS stub, d.sourceFile AS file, d.sourceSha256 AS sha`,
      { key: args.document },
    );
    return r.records[0];
  });
  if (!row) throw apiError(ErrorCode.NOT_FOUND, `No document with key "${args.document}".`);
  const documentKey = row.get('key') as string;
  const file = row.get('file') as string | null;
  const sha = row.get('sha') as string | null;
  const none = (reason: SourceUnavailable): SourceTextResult => ({ documentKey, sourceFile: file, available: false, reason, lineCount: 0, lines: [] });
  if (row.get('stub')) return none('STUB');
  if (!file) return none('NO_FILE');
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch {
    return none('FILE_MISSING');
  }
  if (sha && createHash('sha256').update(buf).digest('hex') !== sha) return none('FILE_CHANGED');
  try {
    const src = readSource(buf, file);
    return { documentKey, sourceFile: file, available: true, reason: null, lineCount: src.lines.length, lines: src.lines.map((l) => ({ n: l.n, text: l.raw })) };
  } catch {
    return none('UNREADABLE');
  }
}
