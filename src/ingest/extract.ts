/**
 * One document, bytes → Extraction: readSource → parseHeader → extractReferences →
 * extractResponsibilities → agencies merged (issuer + bodies named) → curation →
 * zod-validated Extraction.
 *
 * Findings are data (code, severity, message, line). Exceptions are for bad input (InputError:
 * empty, binary, legacy encoding, not a document) and for bugs.
 */
import { canonicalAgency, mergeAgencies } from './agencies.js';
import type { DocContext, HeaderResult, SourceText } from './context.js';
import { applyCuration, loadCurationFile, type CurationFile } from './curation.js';
import { parseHeader } from './header.js';
import { Extraction, type Agency, type Finding } from './model.js';
import { extractReferences } from './references.js';
import { extractResponsibilities } from './responsibilities.js';
import { assertLooksLikeDocument, InputError, readSource } from './source.js';
import { performance } from 'node:perf_hooks';

/**
 * Default time budget of one document. Every phase is meant to be linear in its input (bench/
 * pathological.ts); the budget turns an input that still defeats one into a clear error for that
 * file alone (code TIME_BUDGET), instead of a batch or a server start that never ends.
 */
export const DEFAULT_TIME_BUDGET_MS = 60_000;

let curationFile: CurationFile | null = null;

export interface ExtractOptions {
  /** Apply seed/curation.json (default true). */
  curation?: boolean;
  /** Milliseconds one document may take (checked after each phase); default DEFAULT_TIME_BUDGET_MS. */
  timeBudgetMs?: number;
}

export function extract(buf: Buffer, file: string, opts: ExtractOptions = {}): Extraction {
  const started = performance.now();
  const budget = opts.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const check = (phase: string) => {
    const spent = performance.now() - started;
    if (spent >= budget) {
      throw new InputError(
        'TIME_BUDGET',
        `${file}: reading stopped after the ${phase} phase: ${Math.round(spent)} ms spent, over the budget of ${budget} ms for one document ` +
          `(${buf.length} bytes). The file is unusual (e.g. one very long line of numbers); split or clean it. Other files are not affected.`,
      );
    }
  };
  const src = readSource(buf, file);
  assertLooksLikeDocument(src);
  check('decoding');
  const header = parseHeader(src);
  check('header');
  const ctx = header.context;
  const refs = extractReferences(src, ctx, header);
  check('references');
  const res = extractResponsibilities(src, ctx, header);
  check('responsibilities');

  // The issuer and the bodies the text names. Bodies named only in "Nơi nhận" are not added as
  // agencies (they are recipients, with their agencyKey; the golden readings do not count them).
  const agencies = mergeAgencies([issuerAgency(header, ctx), ...res.agencies]);

  const issues: Finding[] = [...src.issues, ...header.issues, ...refs.issues, ...res.issues];
  const truncated = truncation(src, header);
  if (truncated) issues.push(truncated);

  let x: Extraction = {
    source: { file, sha256: src.sha256, lines: src.lines.length, encoding: src.encoding, bytes: src.bytes },
    document: header.document,
    units: header.units,
    references: refs.references,
    links: refs.links,
    agencies,
    duties: res.duties,
    assignments: res.assignments,
    deadlines: res.deadlines,
    targets: res.targets,
    recipients: res.recipients,
    recipientAgencies: recipientAgencies(res.recipients, agencies, ctx),
    issues,
  };
  if (opts.curation !== false) {
    curationFile ??= loadCurationFile();
    x = applyCuration(x, ctx, curationFile);
  }
  const out = Extraction.parse(x);
  check('validation');
  return out;
}

/** Agencies for the recipients that are single bodies and not already among the plan's agencies. */
function recipientAgencies(recipients: Extraction['recipients'], known: Agency[], ctx: DocContext): Agency[] {
  const have = new Set(known.map((a) => a.key));
  const out = new Map<string, Agency>();
  for (const r of recipients) {
    if (!r.agencyKey || have.has(r.agencyKey) || out.has(r.agencyKey)) continue;
    const a = canonicalAgency(r.name, ctx);
    if (a && a.key === r.agencyKey) out.set(a.key, a);
  }
  return [...out.values()];
}

/** The issuer as an agency node (it may not be named anywhere in the body). */
function issuerAgency(header: HeaderResult, ctx: DocContext): Agency {
  const is = header.document.issuer;
  const a = canonicalAgency(is.name, ctx);
  if (a && a.key === is.key) return a;
  return {
    key: is.key,
    name: is.name,
    names: [is.name],
    type: /^(UBND|Ủy ban nhân dân)/u.test(is.name) ? 'PEOPLES_COMMITTEE' : 'OTHER',
    level: is.level,
    unit: header.document.jurisdiction,
    group: false,
  };
}

const TERMINAL = /(?:[.:;!?…"')\]]|\.\/\.)\s*$/u;

/**
 * A document with neither signature nor "Nơi nhận" whose last paragraph stops mid-sentence was cut
 * off (copy-paste, a page missing): keep what was read, say so.
 */
function truncation(src: SourceText, header: HeaderResult): Finding | null {
  if (header.bodyEndLine !== null || header.document.signer) return null;
  let last: SourceText['lines'][number] | undefined; // the last non-empty line (no reversed copy of all lines)
  for (let i = src.lines.length - 1; i >= 0 && !last; i--) if (src.lines[i]!.text) last = src.lines[i];
  if (!last || TERMINAL.test(last.text)) return null;
  return {
    code: 'TRUNCATED',
    severity: 'WARNING',
    message: `The text ends mid-sentence at line ${last.n} with no signature or "Nơi nhận": the document looks truncated; what was read is kept.`,
    line: last.n,
  };
}
