/**
 * Curation: human decisions that confirm or correct extracted facts, kept in seed/curation.json
 * and applied after extraction (before loading). Every curated fact is marked `curated: true`
 * in the graph, so analysts can tell what a person decided from what the parser read.
 *
 * An entry is pinned to the exact text it was written for (sha256 of the source file): when the
 * file changes, the entry is skipped with a CURATION_STALE finding instead of being misapplied.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../paths.js';
import { canonicalAgency } from './agencies.js';
import { Role, type Extraction } from './model.js';
import type { DocContext } from './context.js';

const Attribution = z.object({
  /** Duties whose first line falls in [from, to] (original file lines). */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  agency: z.string().min(1),
  /** Role when the duty text does not say (a "Chủ trì …" duty stays LEAD). */
  role: Role.default('RESPONSIBLE'),
  evidence: z.string().min(1),
});

const DocumentCuration = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  curator: z.string().min(1),
  attributions: z.array(Attribution).default([]),
  /** Field overrides of the document header (e.g. a number the conversion lost). */
  document: z
    .object({ number: z.string().nullable().optional(), issuedOn: z.string().nullable().optional(), signer: z.string().nullable().optional() })
    .partial()
    .default({}),
  note: z.string().optional(),
});

export const CurationFile = z.object({ documents: z.record(z.string(), DocumentCuration) });
export type CurationFile = z.infer<typeof CurationFile>;

export function loadCurationFile(file = join(projectRoot, 'seed', 'curation.json')): CurationFile {
  if (!existsSync(file)) return { documents: {} };
  return CurationFile.parse(JSON.parse(readFileSync(file, 'utf8')));
}

const roleOf = (text: string, fallback: z.infer<typeof Role>) =>
  /^(chủ trì|là cơ quan thường trực|là lực lượng chủ trì)/i.test(text) ? 'LEAD' : /^phối hợp/i.test(text) ? 'COORDINATE' : /^tham mưu/i.test(text) ? 'ADVISE' : fallback;

/** Deep copy of plain JSON-like data (an Extraction): what structuredClone did here, several times faster. */
function cloneData<T>(v: T): T {
  if (Array.isArray(v)) return v.map(cloneData) as T;
  if (v !== null && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) o[k] = cloneData((v as Record<string, unknown>)[k]);
    return o as T;
  }
  return v;
}

export function applyCuration(x: Extraction, ctx: DocContext | null, curation: CurationFile): Extraction {
  const c = curation.documents[x.document.key];
  if (!c) return x;
  if (c.sha256 !== x.source.sha256) {
    return {
      ...x,
      issues: [...x.issues, { code: 'CURATION_STALE', severity: 'WARNING', message: `seed/curation.json has an entry for ${x.document.key} written for another version of the text (sha256 ${c.sha256.slice(0, 12)}…); not applied.`, line: null }],
    };
  }
  const out: Extraction = cloneData(x);
  if (c.document.number !== undefined) out.document.number = c.document.number;
  if (c.document.issuedOn !== undefined) out.document.issuedOn = c.document.issuedOn;
  if (c.document.signer !== undefined) out.document.signer = c.document.signer;

  for (const a of c.attributions) {
    const agency = canonicalAgency(a.agency, ctx);
    if (!agency) throw new Error(`curation: "${a.agency}" is not an agency name`);
    if (!out.agencies.some((g) => g.key === agency.key)) out.agencies.push(agency);
    for (const d of out.duties) {
      if (d.line < a.lines[0] || d.line > a.lines[1]) continue;
      d.unattributed = false;
      d.curated = true;
      const role = roleOf(d.text, a.role);
      if (!out.assignments.some((s) => s.dutyKey === d.key && s.agencyKey === agency.key)) {
        out.assignments.push({ agency: agency.name, agencyKey: agency.key, role, duty: d.text, dutyKey: d.key, line: d.line, lineEnd: d.lineEnd, curated: true, basis: 'INFERRED', rule: 'curation.attribution' });
      }
    }
  }
  out.issues.push({ code: 'CURATED', severity: 'INFO', message: `Curated by ${c.curator}: ${c.attributions.length} attribution(s)${c.note ? ` — ${c.note}` : ''}.`, line: null });
  return out;
}
