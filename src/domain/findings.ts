/**
 * The findings registry: every code the pipeline can report about a document, with its default
 * severity, the phase that reports it and what it tells the reader. Findings are messages for users
 * (a place and a rule id), not exceptions; `InputError` codes refuse a file as a whole.
 *
 * One table so that the docs list them in full (docs/findings.md is rendered from it and checked by
 * test/unit/findings-registry.test.ts), the API can explain a code, and a new code cannot appear in
 * the source without being registered.
 */

export type FindingSeverity = 'ERROR' | 'WARNING' | 'INFO';
export type FindingPhase = 'read' | 'header' | 'references' | 'layout' | 'responsibilities' | 'time' | 'curation' | 'load';

export interface FindingSpec {
  severity: FindingSeverity;
  phase: FindingPhase;
  /** Refuses the file (nothing of it is stored) rather than annotating it. */
  refuses?: boolean;
  /** What the reader should understand, in English (the message itself names the place). */
  meaning: string;
}

export const FINDINGS = {
  // read: decoding and the file as a whole
  EMPTY_FILE: { severity: 'ERROR', phase: 'read', refuses: true, meaning: 'The file is empty or holds only whitespace.' },
  BINARY_FILE: { severity: 'ERROR', phase: 'read', refuses: true, meaning: 'Binary content (PDF, Word, image, NUL bytes): extract the text first.' },
  INVALID_UTF8: { severity: 'WARNING', phase: 'read', meaning: 'Bytes that are not valid UTF-8 were found; where they could be repaired the offset is given.' },
  LEGACY_ENCODING: { severity: 'ERROR', phase: 'read', refuses: true, meaning: 'A legacy Vietnamese encoding that cannot be converted safely (VNI): convert to UTF-8 first.' },
  UNKNOWN_ENCODING: { severity: 'ERROR', phase: 'read', refuses: true, meaning: 'Not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI text.' },
  CONVERTED_ENCODING: { severity: 'WARNING', phase: 'read', meaning: 'The text was converted from another encoding (TCVN3, Windows-1258, UTF-16, double-encoded UTF-8); check names.' },
  NOT_A_DOCUMENT: { severity: 'ERROR', phase: 'read', refuses: true, meaning: 'The text is not an administrative document of the genre (no header, no kind, no body).' },
  TIME_BUDGET: { severity: 'ERROR', phase: 'read', refuses: true, meaning: 'Reading the document took longer than its time budget (an unusual file, e.g. one very long line of numbers): split or clean it; other files are not affected.' },
  TRUNCATED: { severity: 'WARNING', phase: 'read', meaning: 'The text ends mid-sentence with no signature or "Nơi nhận"; what was read is kept.' },
  // header
  BLANK_NUMBER: { severity: 'WARNING', phase: 'header', meaning: 'The number is left blank ("Số: /KH-UBND"): a draft or an unregistered copy.' },
  MISSING_NUMBER: { severity: 'WARNING', phase: 'header', meaning: 'No number in the text; the key uses the title.' },
  BLANK_DATE: { severity: 'WARNING', phase: 'header', meaning: 'The date is left blank ("ngày … tháng … năm 2026").' },
  MISSING_DATE: { severity: 'WARNING', phase: 'header', meaning: 'No date of issue in the text.' },
  DAMAGED_NUMBER: { severity: 'WARNING', phase: 'header', meaning: 'The number is printed but unreadable (OCR damage); it is left empty, never guessed.' },
  DAMAGED_DATE: { severity: 'WARNING', phase: 'header', meaning: 'The date is printed but unreadable (OCR damage); it is left empty (the year is kept when readable).' },
  IMPOSSIBLE_DATE: { severity: 'WARNING', phase: 'time', meaning: 'A date that does not exist (30/02, "26 tháng 35"); refused, never rolled over.' },
  NUMBER_FROM_ATTACHMENT: { severity: 'INFO', phase: 'header', meaning: 'A damaged header number was read from the document\'s own attachment line ("Ban hành kèm theo Quyết định số …").' },
  DATE_FROM_ATTACHMENT: { severity: 'INFO', phase: 'header', meaning: 'A damaged header date was read from the document\'s own attachment line.' },
  MISSING_ISSUER: { severity: 'WARNING', phase: 'header', meaning: 'No issuing body could be read from the header.' },
  JOINT_ISSUER: { severity: 'INFO', phase: 'header', meaning: 'Several bodies issued the document jointly; the first is the issuer, the others co-issuers.' },
  // references
  DATE_CONFLICT: { severity: 'WARNING', phase: 'references', meaning: 'One cited document is given two different dates in the text.' },
  VAGUE_BASIS: { severity: 'INFO', phase: 'references', meaning: 'A basis that names no document ("các văn bản chỉ đạo của …").' },
  UNRESOLVED_ALIAS: { severity: 'WARNING', phase: 'references', meaning: 'A short name or number that no full citation in the text explains.' },
  SUPERSEDED_REFERENCE: { severity: 'INFO', phase: 'references', meaning: 'A cited document the catalog knows to be replaced.' },
  // layout and responsibilities
  DUPLICATE_BLOCK: { severity: 'WARNING', phase: 'layout', meaning: 'A block of the text appears twice (web mirrors); the copy is ignored.' },
  LOST_HEADING: { severity: 'WARNING', phase: 'responsibilities', meaning: 'Duties follow a heading that was lost in conversion; their agency is not asserted.' },
  UNATTRIBUTED_DUTY: { severity: 'INFO', phase: 'responsibilities', meaning: 'A duty whose body the text does not name; at most a suggestion is given.' },
  // curation
  CURATED: { severity: 'INFO', phase: 'curation', meaning: 'A reviewer attributed duties the text does not (seed/curation.json).' },
  CURATION_STALE: { severity: 'WARNING', phase: 'curation', meaning: 'A curation entry was written for another version of the text and was not applied.' },
  // load
  METADATA_CONFLICT: { severity: 'WARNING', phase: 'load', meaning: 'This text and another source disagree on a document\'s facts (date, issuer).' },
} as const satisfies Record<string, FindingSpec>;

export type FindingCode = keyof typeof FINDINGS;

export const isFindingCode = (code: string): code is FindingCode => Object.hasOwn(FINDINGS, code);

/** docs/findings.md, rendered from the registry. */
export function findingsMarkdown(): string {
  const lines = [
    '# Findings',
    '',
    'Every code the reader can report about a document (rendered from `src/domain/findings.ts` by',
    '`UPDATE=1 npx vitest run test/unit/findings-registry.test.ts`; do not edit by hand). "Refuses"',
    'codes reject the file as a whole and nothing of it is stored; the others annotate the document and',
    'are stored as `Finding` nodes with their line.',
    '',
    '| code | severity | phase | refuses | meaning |',
    '|---|---|---|---|---|',
  ];
  for (const [code, s] of Object.entries(FINDINGS) as Array<[string, FindingSpec]>) {
    lines.push(`| \`${code}\` | ${s.severity} | ${s.phase} | ${s.refuses ? 'yes' : ''} | ${s.meaning} |`);
  }
  return `${lines.join('\n')}\n`;
}
