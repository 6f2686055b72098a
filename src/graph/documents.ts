/**
 * documentsByNumber(number, issuer, year): the starting point when a user knows "14/KH-UBND" but not
 * the key. Numbers repeat across issuers and years, hence the optional narrowing.
 * Compared on `numberFolded` (folded, no spaces — as the loader stores it); a leading zero is optional
 * ("7/CT-BCA-V28" finds "07/CT-BCA-V28").
 */
import type { GraphContext } from './context.js';
import { apiError, ErrorCode } from '../server/errors.js';
import { fold } from '../ingest/text.js';
import { agencyMatches, agencyNeedle, docRef, type DocumentRef } from './refs.js';

export interface DocumentsByNumberArgs {
  number: string;
  issuer?: string | null;
  year?: number | null;
}

const MAX_RESULTS = 100;

/** "Số: 14/KH-UBND" → "14/kh-ubnd", plus the variant with/without a leading zero. */
export function numberForms(number: string): string[] {
  const base = fold(number)
    .replace(/^(so|so hieu)\s*:?\s*/, '')
    .replace(/\s+/g, '');
  if (!base) return [];
  const forms = new Set([base]);
  const m = /^0*(\d+)(\/.*)?$/.exec(base);
  if (m) {
    forms.add(`${m[1]}${m[2] ?? ''}`);
    if (m[1]!.length === 1) forms.add(`0${m[1]}${m[2] ?? ''}`);
  }
  return [...forms];
}

export async function documentsByNumber(_: unknown, args: DocumentsByNumberArgs, ctx: GraphContext): Promise<DocumentRef[]> {
  const forms = numberForms(args.number);
  if (!forms.length) throw apiError(ErrorCode.BAD_USER_INPUT, '"number" is empty.');
  const issuer = agencyNeedle(args.issuer);
  return ctx.db.read(async (tx) => {
    const res = await tx.run(
      `MATCH (d:Document) WHERE d.numberFolded IN $forms
         AND ($year IS NULL OR d.year = $year)
         AND ($agencyMatch IS NULL OR EXISTS {
               MATCH (d)-[:ISSUED_BY]->(g:Agency) WHERE g.key = $issuerRaw OR ${agencyMatches('g')} })
       RETURN ${docRef('d')} AS ref
       ORDER BY d.issuedOn, d.year, d.key
       LIMIT ${MAX_RESULTS}`,
      {
        forms,
        year: args.year ?? null,
        issuerRaw: args.issuer ?? null,
        agencyMatch: issuer?.match ?? null,
        agencyFolded: issuer?.folded ?? null,
      },
    );
    return res.records.map((r) => r.get('ref') as DocumentRef);
  });
}
