/**
 * Vietnamese text helpers shared by every phase.
 *
 * Three forms of a string exist in this project:
 *  - the original (kept verbatim for provenance and display),
 *  - the normalized form (`normalizeVi`): NFC, new-style tone placement
 *    ("hoá" → "hóa", "uỷ" → "ủy"), typographic dashes/quotes unified, spaces collapsed,
 *  - the folded form (`fold`): normalized, lower-case, without diacritics, đ → d;
 *    used for matching, keys and diacritic-insensitive search.
 */

/** Old-style tone placement (on the second vowel of oa/oe/uy) → new style, per the 2018 orthography guidance. */
const TONE_PAIRS: Array<[string, string]> = [];
{
  // tone marks as combining characters: acute, grave, hook above, tilde, dot below
  const tones = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
  const clusters: Array<[string, string]> = [
    ['o', 'a'], ['o', 'e'], ['u', 'y'],
    ['O', 'A'], ['O', 'E'], ['U', 'Y'],
    ['O', 'a'], ['O', 'e'], ['U', 'y'],
  ];
  for (const [first, second] of clusters) {
    for (const t of tones) {
      const oldStyle = (first + second + t).normalize('NFC');
      const newStyle = (first + t + second).normalize('NFC');
      TONE_PAIRS.push([oldStyle, newStyle]);
    }
  }
}

/**
 * Old-style "oá/oè/uý" is only moved when the cluster ends the syllable (hoá → hóa,
 * thuỷ → thủy) — "hoán", "toàn", "khuyến" keep their tone where it is.
 */
// not after q: in "quý", "qu" is the onset and the tone sits on y already.
const TONE_RE = new RegExp(`(?<![qQ])(${TONE_PAIRS.map(([o]) => o).join('|')})(?![\\p{L}])`, 'gu');
const TONE_MAP = new Map(TONE_PAIRS);

export function normalizeTones(s: string): string {
  return s.replace(TONE_RE, (m) => TONE_MAP.get(m) ?? m);
}

/** NFC, new tone placement, unified dashes/quotes/spaces. Keeps case and diacritics. */
export function normalizeVi(s: string): string {
  return memo(normalizeViCache, s, normalizeViUncached);
}
const normalizeViCache = new Map<string, string>();
function normalizeViUncached(s: string): string {
  return normalizeTones(
    s
      .normalize('NFC')
      .replace(/[\u00a0\u2007\u202f\u200b\ufeff]/g, ' ')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[ \t]*\t[ \t]*| {2,}/g, ' '), // = /[ \t]+/g → ' ' without rewriting single spaces (fast)
  ).trim();
}

/** Lower-case, no diacritics, đ → d, single spaces: the matching form. */
export function fold(s: string): string {
  return memo(foldCache, s, foldUncached);
}
const foldCache = new Map<string, string>();
function foldUncached(s: string): string {
  return normalizeVi(s)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/\s{2,}|[^\S ]/g, ' ') // = /\s+/g → ' ' without rewriting single spaces (fast)
    .trim();
}

/** A readable ASCII slug: "Công an thị xã Bỉm Sơn" → "cong-an-thi-xa-bim-son". */
export function slug(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Folded form with connectors dropped, so that spelling variants of one body compare equal:
 * "Phòng Văn hoá - Thông tin" and "Phòng Văn hóa và Thông tin" → "phong van hoa thong tin".
 */
export function matchForm(s: string): string {
  return memo(matchFormCache, s, matchFormUncached);
}
const matchFormCache = new Map<string, string>();
function matchFormUncached(s: string): string {
  let f = ' ' + fold(s).replace(/[&,;:()"'.\-–/]+/g, ' ').replace(/\s+/g, ' ') + ' ';
  for (const [long, short] of ABBREVIATIONS) f = f.split(` ${long} `).join(` ${short} `);
  return f
    .replace(/ (va|cua) /g, ' ')
    .replace(/ (va|cua) /g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Long forms folded to the abbreviations analysts use, so both spellings match. Order matters. */
const ABBREVIATIONS: Array<[string, string]> = [
  ['uy ban nhan dan', 'ubnd'],
  ['hoi dong nhan dan', 'hdnd'],
  ['uy ban mat tran to quoc viet nam', 'ubmttq'],
  ['uy ban mat tran to quoc', 'ubmttq'],
  ['uy ban mttq viet nam', 'ubmttq'],
  ['uy ban mttqvn', 'ubmttq'],
  ['uy ban mttq', 'ubmttq'],
  ['mat tran to quoc viet nam', 'mttq'],
  ['mat tran to quoc', 'mttq'],
  ['mttqvn', 'mttq'],
  ['mttq viet nam', 'mttq'],
  ['phong chay chua chay', 'pccc'],
  ['phong chay chua chay va cuu nan cuu ho', 'pccc cnch'],
  ['an ninh trat tu', 'antt'],
  ['chinh tri xa hoi', 'ct xh'],
  ['the duc the thao', 'tdtt'],
  ['ban chi dao', 'bcd'],
  ['ban chi huy quan su', 'bchqs'],
  ['van phong hdnd ubnd', 'van phong hdnd ubnd'],
];

// ---------------------------------------------------------------------------------------------
// Dates as Vietnamese documents write them (added for the header/reference phases; additive only).

/** "YYYY-MM-DD" for a real calendar date, else null (31/02, month 13, …). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const dim = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > dim) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface ViDate {
  iso: string;
  year: number;
  /** Offsets of the date text in the searched string. */
  index: number;
  end: number;
}

/** "ngày 05 tháng 9 năm 2019", "15/8/2014", "05-08-2025", "05.08.2025" (day first, as in Vietnam). */
const VI_DATE_RE =
  /(?<![\p{L}\d])(?:ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\5\s?(\d{4}))(?!\d)/giu;

/** Every well-formed date in `s`, in order. Linear in the length of `s`. */
export function findViDates(s: string): ViDate[] {
  const out: ViDate[] = [];
  VI_DATE_RE.lastIndex = 0;
  for (let m = VI_DATE_RE.exec(s); m; m = VI_DATE_RE.exec(s)) {
    const [d, mo, y] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[6], m[7]];
    const iso = isoDate(Number(y), Number(mo), Number(d));
    if (iso) out.push({ iso, year: Number(y), index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The first date in `s`, or null. */
export function parseViDate(s: string): ViDate | null {
  return findViDates(s)[0] ?? null;
}

/**
 * The parser asks for the same short strings (agency names, headings) over and over: a bounded
 * cache makes the text helpers nearly free on repeats. Long strings are not cached.
 */
function memo(cache: Map<string, string>, s: string, f: (s: string) => string): string {
  if (s.length > 400) return f(s);
  let v = cache.get(s);
  if (v === undefined) {
    if (cache.size >= 20_000) cache.clear();
    v = f(s);
    cache.set(s, v);
  }
  return v;
}
