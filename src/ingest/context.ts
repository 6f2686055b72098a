/**
 * Shared shapes passed between the phases of the pipeline.
 *
 * source.ts   Buffer → SourceText (decoded, per-line original + normalized text)
 * header.ts   SourceText → HeaderResult (the document, its issuer, jurisdiction, signer) + DocContext
 * references.ts  SourceText + DocContext → references, links (uses seed/catalog.json through catalog.ts)
 * responsibilities.ts  SourceText + DocContext → agencies, duties, assignments, deadlines, targets, recipients
 * extract.ts  runs them all, applies curation, validates with zod (model.ts)
 */
import type { AdministrativeUnit, ExtractedDocument, Finding, IssuerRef, Level } from './model.js';

export interface SourceLine {
  /** 1-based line number in the original file. */
  n: number;
  /** The line as decoded (NFC), untouched otherwise: provenance shows this. */
  raw: string;
  /** normalizeVi(raw) with markdown emphasis (*, **) and table pipes at the ends removed. */
  text: string;
}

export interface SourceText {
  file: string;
  sha256: string;
  bytes: number;
  encoding: string; // 'utf-8', 'utf-16le', 'windows-1258 (converted)', …
  lines: SourceLine[];
  /** Findings raised while decoding (converted encoding, truncated, …). */
  issues: Finding[];
}

/**
 * What later phases need to know about the document to resolve relative names:
 * "Công an thị xã" in a plan of UBND thị xã Bỉm Sơn is "Công an thị xã Bỉm Sơn";
 * "UBND Tỉnh" there is "UBND tỉnh Thanh Hóa".
 */
export interface DocContext {
  issuer: IssuerRef;
  level: Level;
  /** The unit the document governs, e.g. { kind: 'TOWN', name: 'thị xã Bỉm Sơn' }. */
  unit: AdministrativeUnit | null;
  /** The province containing it, when known (from the text or the reference to the province's plan). */
  province: AdministrativeUnit | null;
  /** District/town containing a commune, when known. */
  district: AdministrativeUnit | null;
  year: number | null;
  documentKey: string;
}

export interface HeaderResult {
  document: ExtractedDocument;
  units: AdministrativeUnit[];
  context: DocContext;
  issues: Finding[];
  /** Lines consumed by the header/title block, so body phases can skip them. */
  bodyStartLine: number;
  /** Line where the signature / "Nơi nhận" block begins (end of body), if found. */
  bodyEndLine: number | null;
  /** Lines of the title block and of a letter's "V/v" subject (the document's own words about itself). */
  titleLines?: number[];
}
