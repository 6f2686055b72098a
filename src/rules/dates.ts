/**
 * The date of issue in a header ("Hà Nội, ngày 29 tháng 6 năm 2026") as printed, left blank by a
 * draft, garbled by OCR or impossible. A damaged or impossible date is never guessed or rolled over:
 * the date is null and the year is kept when readable.
 */
import { isoDate } from '../ingest/text.js';

export type HeaderDateState = 'OK' | 'BLANK' | 'DAMAGED' | 'IMPOSSIBLE';

export interface HeaderDate {
  state: HeaderDateState;
  iso: string | null;
  year: number | null;
  rule: string;
}

export const HEADER_DATE_EXAMPLES: Array<{ text: string; state: HeaderDateState; iso: string | null; year: number | null }> = [
  { text: 'ngày 29 tháng 6 năm 2026', state: 'OK', iso: '2026-06-29', year: 2026 },
  { text: 'ngày 10 tháng 01năm 2026', state: 'OK', iso: '2026-01-10', year: 2026 },
  { text: 'ngày 26 tháng 0 6 năm 2018', state: 'OK', iso: '2018-06-26', year: 2018 }, // web mirror split the digits
  { text: 'ngày 04/11/2024', state: 'OK', iso: '2024-11-04', year: 2024 },
  { text: 'ngày       tháng 12 năm 2024', state: 'BLANK', iso: null, year: 2024 },
  { text: 'ngày         tháng       năm 2025', state: 'BLANK', iso: null, year: 2025 },
  { text: 'ngày … tháng 4 năm 2026', state: 'BLANK', iso: null, year: 2026 },
  { text: 'ngày ‡Š tháng Ê năm 2025', state: 'DAMAGED', iso: null, year: 2025 },
  { text: 'ngày lé tháng 3 năm 2025', state: 'DAMAGED', iso: null, year: 2025 },
  { text: 'ngày J2 tháng 11 năm 2025', state: 'DAMAGED', iso: null, year: 2025 },
  { text: 'ngày 23 tháng 1] năm 2025', state: 'DAMAGED', iso: null, year: 2025 },
  { text: 'ngày 26 tháng 35 năm 2026', state: 'IMPOSSIBLE', iso: null, year: 2026 },
  { text: 'ngày 31 tháng 4 năm 2025', state: 'IMPOSSIBLE', iso: null, year: 2025 },
];

const WORDS_RE = /ngày\s*(.*?)\s*tháng\s*(.*?)\s*năm\s*(.*)$/iu;
const NUMERIC_RE = /ngày\s*:?\s*(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})/iu;
const BLANK_FIELD_RE = /^[\s._…]*$/u;

function field(raw: string): number | 'blank' | 'damaged' {
  const t = raw.trim();
  if (BLANK_FIELD_RE.test(t)) return 'blank';
  const digits = t.replace(/(?<=\d)\s(?=\d)/gu, ''); // "0 6" → "06"
  if (/^\d{1,2}$/u.test(digits)) return Number(digits);
  return 'damaged';
}

/** Reads "ngày D tháng M năm Y" (or "ngày D/M/Y") from a place-date cell; null when there is none. */
export function readHeaderDate(text: string): HeaderDate | null {
  const num = NUMERIC_RE.exec(text);
  if (num) {
    const y = Number(num[4]);
    const iso = isoDate(y, Number(num[3]), Number(num[1]));
    return iso ? { state: 'OK', iso, year: y, rule: 'date.numeric' } : { state: 'IMPOSSIBLE', iso: null, year: y, rule: 'date.impossible' };
  }
  const m = WORDS_RE.exec(text);
  if (!m) return null;
  const ym = /^(\d{4})(?!\d)/u.exec(m[3]!.trim());
  const year = ym ? Number(ym[1]) : null;
  const d = field(m[1]!);
  const mo = field(m[2]!);
  if (d === 'damaged' || mo === 'damaged' || (year === null && !BLANK_FIELD_RE.test(m[3]!.trim().slice(0, 4)))) {
    return { state: 'DAMAGED', iso: null, year, rule: 'date.damaged' };
  }
  if (d === 'blank' || mo === 'blank' || year === null) return { state: 'BLANK', iso: null, year, rule: 'date.blank' };
  const iso = isoDate(year, mo, d);
  if (!iso) return { state: 'IMPOSSIBLE', iso: null, year, rule: 'date.impossible' };
  return { state: 'OK', iso, year, rule: 'date.words' };
}
