/**
 * Document numbers ("Số: 1961/QĐ-UBND") as the genre prints them, and as PDF extraction and OCR
 * damage them. Every rule has an id (carried as provenance) and examples (test/unit/rules.test.ts
 * checks each example).
 *
 *   canonicalNumber("1961/QĐUBND")  → "1961/QĐ-UBND"   (number.hyphen-restored)
 *   readOwnNumber("II /2026/QĐ-UBND") → DAMAGED            (number.damaged)
 */

/** Kind signs that open a number's code ("QĐ-UBND", "NĐ-CP", "TT-BXD"). */
export const KIND_SIGNS = [
  'QĐ', 'NĐ', 'TT', 'NQ', 'CT', 'KH', 'HD', 'TB', 'CĐ', 'CV', 'BC', 'KL', 'ĐA', 'QC', 'PA', 'TTr', 'CTr', 'HDLN', 'TTLT', 'NQLT',
];

/** Issuer codes that follow a kind sign: a glued "QĐUBND" is split before them. */
export const ISSUER_CODES = [
  'UBND', 'HĐND', 'CP', 'TTg', 'VPCP', 'BCA', 'BQP', 'BTC', 'BYT', 'BCT', 'BXD', 'BNV', 'BTP', 'BNG', 'BNNMT', 'BNNPTNT', 'BTNMT',
  'BTTTT', 'BKHĐT', 'BKHCN', 'BGDĐT', 'BGTVT', 'BLĐTBXH', 'BVHTTDL', 'BDTTG', 'NHNN', 'TANDTC', 'VKSNDTC', 'CAT', 'SCT', 'SXD',
  'SNV', 'STP', 'STC', 'SYT', 'SGDĐT', 'SKHCN', 'SNNMT',
];

/** Cyrillic capitals OCR reads for Latin ones in codes ("ВСТ-ВТC" → "BCT-BTC"). */
export const CYRILLIC_LOOKALIKES: Record<string, string> = {
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T', Х: 'X', У: 'Y', І: 'I',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y',
};
const CYRILLIC_RE = /[АВСЕНКМОРТХУІаеорсху]/gu;

export interface NumberRule {
  id: string;
  description: string;
  examples: Array<[printed: string, canonical: string]>;
}

/** The repairs canonicalNumber applies, in order. */
export const NUMBER_RULES: NumberRule[] = [
  {
    id: 'number.spaces',
    description: 'spaces around "/" and "-" dropped',
    examples: [['3210/QĐ - UBND', '3210/QĐ-UBND'], ['706 /UBND-VP7', '706/UBND-VP7'], ['50/NQ- CP', '50/NQ-CP']],
  },
  {
    id: 'number.cyrillic',
    description: 'Cyrillic look-alike capitals read as Latin',
    examples: [['24/HDLN-BCA-BQP-BYT-ВСТ-ВТC', '24/HDLN-BCA-BQP-BYT-BCT-BTC']],
  },
  {
    id: 'number.ocr-qh',
    description: 'an I or l read for 1 in the legislature code (QH15)',
    examples: [['163/2024/QHI5', '163/2024/QH15'], ['55/2024/QHl5', '55/2024/QH15']],
  },
  {
    id: 'number.hyphen-restored',
    description: 'the hyphen between kind sign and issuer code a PDF extraction dropped',
    examples: [
      ['1961/QĐUBND', '1961/QĐ-UBND'], ['61/2018/NĐCP', '61/2018/NĐ-CP'], ['06/2023/TTBXD', '06/2023/TT-BXD'],
      ['252/KH-BCĐQG1237', '252/KH-BCĐQG1237'], ['24/HDLN-BCA', '24/HDLN-BCA'], ['65/TTr-CAT-PC06', '65/TTr-CAT-PC06'],
    ],
  },
];

const GLUED_RE = new RegExp(`^(${[...KIND_SIGNS].sort((a, b) => b.length - a.length).join('|')})(${ISSUER_CODES.join('|')})$`, 'u');

/** The canonical form of a printed number and the ids of the repairs it needed. */
export function canonicalNumber(printed: string): { number: string; rules: string[] } {
  const rules: string[] = [];
  let s = printed.trim().replace(/[.,;:]+$/u, '');
  const spaced = s.replace(/\s*([/-])\s*/gu, '$1').replace(/\s+/gu, ' ');
  if (spaced !== s) rules.push('number.spaces');
  s = spaced;
  if (CYRILLIC_RE.test(s)) {
    CYRILLIC_RE.lastIndex = 0;
    s = s.replace(CYRILLIC_RE, (c) => CYRILLIC_LOOKALIKES[c] ?? c);
    rules.push('number.cyrillic');
  }
  CYRILLIC_RE.lastIndex = 0;
  const qh = s.replace(/(?<=\/)QH[Il](\d)(?![\p{L}\d])/gu, 'QH1$1');
  if (qh !== s) rules.push('number.ocr-qh');
  s = qh;
  const segs = s.split('/');
  let glued = false;
  for (let i = 1; i < segs.length; i++) {
    const parts = segs[i]!.split('-');
    const m = GLUED_RE.exec(parts[0]!);
    if (m) {
      parts[0] = `${m[1]}-${m[2]}`;
      segs[i] = parts.join('-');
      glued = true;
    }
  }
  if (glued) {
    s = segs.join('/');
    rules.push('number.hyphen-restored');
  }
  return { number: s, rules };
}

export type OwnNumberState = 'OK' | 'BLANK' | 'DAMAGED';

export interface OwnNumberExample {
  cell: string;
  state: OwnNumberState;
  number: string | null;
}

/** What the "Số:" cell of a header holds (text after "Số:", up to the place/date). */
export const OWN_NUMBER_EXAMPLES: OwnNumberExample[] = [
  { cell: '3210/QĐ - UBND', state: 'OK', number: '3210/QĐ-UBND' },
  { cell: '1961/QĐUBND', state: 'OK', number: '1961/QĐ-UBND' },
  { cell: '          /UBND-NCKSTTHC', state: 'BLANK', number: null },
  { cell: '…/KH-UBND', state: 'BLANK', number: null },
  { cell: 'II /2026/QĐ-UBND', state: 'DAMAGED', number: null }, // OCR of "11"
  { cell: '3 39/C04-P6', state: 'DAMAGED', number: null }, // OCR of "3980"
  { cell: 'J¿92 /TB-UBND', state: 'DAMAGED', number: null }, // OCR of "492"
  { cell: '#2 l⁄“⁄BCA-C04', state: 'DAMAGED', number: null },
  { cell: '24 /HDLN-BCA-BQP-BYT-', state: 'OK', number: '24/HDLN-BCA-BQP-BYT-' }, // continued elsewhere
  { cell: '203/KH-TTBCĐ (PV28)', state: 'OK', number: '203/KH-TTBCĐ (PV28)' },
];

/**
 * The document's own number from its "Số:" cell. A number whose digits OCR garbled ("3 39", "II",
 * "J¿92") is DAMAGED: never guessed. The code after "/" must be readable for OK.
 */
export function readOwnNumber(cell: string): { state: OwnNumberState; number: string | null; printed: string; rules: string[] } {
  const printed = cell.trim();
  const slash = printed.search(/[/⁄]/u);
  if (slash < 0) {
    return /\d/.test(printed) ? { state: 'DAMAGED', number: null, printed, rules: ['number.damaged'] } : { state: 'BLANK', number: null, printed, rules: ['number.blank'] };
  }
  const lead = printed.slice(0, slash).trim();
  if (!lead || /^[\s._…-]*$/u.test(lead)) return { state: 'BLANK', number: null, printed, rules: ['number.blank'] };
  const tail = printed.slice(slash + 1).trim();
  const tailOk = /^[\p{Lu}\dА-Я][\p{L}\d&/-]*(?:\s\([\p{Lu}\d/-]+\))?$/u.test(tail.replace(/\s*([/-])\s*/gu, '$1'));
  if (!/^\d{1,5}[a-z]?$/u.test(lead) || !tailOk || printed.includes('⁄')) {
    return { state: 'DAMAGED', number: null, printed, rules: ['number.damaged'] };
  }
  const c = canonicalNumber(`${lead}/${tail}`);
  return { state: 'OK', number: c.number, printed, rules: c.rules };
}
