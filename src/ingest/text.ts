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
// not after q: in "quý", "qu" is the onset and the tone sits on y already. The "not after q" test is
// done in the replacer: a leading lookbehind makes V8 try the regex at every position. (Matches are
// two characters starting with o/u and never overlap, so skipping one cannot hide another.)
const TONE_RE = new RegExp(`(${TONE_PAIRS.map(([o]) => o).join('|')})(?![\\p{L}])`, 'gu');
const TONE_MAP = new Map(TONE_PAIRS);

export function normalizeTones(s: string): string {
  return s.replace(TONE_RE, (m: string, _g: string, at: number) => {
    const before = at > 0 ? s[at - 1] : '';
    return before === 'q' || before === 'Q' ? m : (TONE_MAP.get(m) ?? m);
  });
}

/** NFC, new tone placement, unified dashes/quotes/spaces. Keeps case and diacritics. */
export function normalizeVi(s: string): string {
  return memo(normalizeViCache, s, normalizeViUncached);
}
const normalizeViCache = new Map<string, string>();
/** Any character one of the replaces in normalizeViUncached would rewrite (with "  ": one scan instead of five). */
const NEEDS_REWRITE_RE = /[\u00a0\u2007\u202f\u200b\ufeff\u2010-\u2015\u2212\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\t]/;
function normalizeViUncached(s: string): string {
  return normalizeViNfc(s.normalize('NFC')).trim();
}

/**
 * normalizeVi of an NFC string, without the final trim. Every step is local (no step changes or
 * looks across a line break), so for a whole text it equals, line by line, normalizeVi of each line
 * before its trim: readSource normalizes a document in one pass this way.
 */
export function normalizeViNfc(nfc: string): string {
  if (!NEEDS_REWRITE_RE.test(nfc) && !nfc.includes('  ')) return normalizeTones(nfc);
  // spaces, dashes and quotes unified in one pass (the classes are disjoint: = one replace per class)
  let s = nfc.replace(UNIFY_RE, (c) => UNIFY[c]!);
  // = /[ \t]+/g → ' ' without rewriting single spaces; without tabs, only runs of spaces (much faster)
  s = s.includes('\t') ? s.replace(/[ \t]*\t[ \t]*| {2,}/g, ' ') : s.replace(/ {2,}/g, ' ');
  return normalizeTones(s);
}
const UNIFY_RE = /[\u00a0\u2007\u202f\u200b\ufeff\u2010-\u2015\u2212\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]/g;
const UNIFY: Record<string, string> = {};
for (const c of '\u00a0\u2007\u202f\u200b\ufeff') UNIFY[c] = ' ';
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212') UNIFY[c] = '-';
for (const c of '\u201c\u201d\u201e\u00ab\u00bb') UNIFY[c] = '"';
for (const c of '\u2018\u2019') UNIFY[c] = "'";

/** Lower-case, no diacritics, đ → d, single spaces: the matching form. */
export function fold(s: string): string {
  return memo(foldCache, s, foldUncached);
}
const foldCache = new Map<string, string>();
function foldUncached(s: string): string {
  const lower = normalizeVi(s).toLowerCase();
  return (stripDiacritics(lower) ?? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd'))
    .replace(/\s{2,}|[^\S ]/g, ' ') // = /\s+/g → ' ' without rewriting single spaces (fast)
    .trim();
}

/**
 * `x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd')` by table, 5× faster, or null
 * when x has a character outside the table (the caller then takes the long way). The table holds the
 * Latin letters, the combining marks U+0300–036F and general punctuation whose decomposition is
 * starters plus marks of that block only: for such strings NFD's reordering moves only marks that are
 * removed anyway, so per-character results concatenate to the same string.
 */
function stripDiacritics(x: string): string | null {
  if (STRIP_BUF.length < x.length * 2) STRIP_BUF = new Uint16Array(x.length * 2);
  const out = STRIP_BUF;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const c = x.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    const v = c < STRIP_CODE.length ? STRIP_CODE[c]! : NOT_IN_TABLE;
    if (v === NOT_IN_TABLE) return null;
    if (v === MANY) for (const ch of STRIP_MANY.get(c)!) out[n++] = ch.charCodeAt(0);
    else if (v !== NOTHING) out[n++] = v;
  }
  return UTF16.decode(out.subarray(0, n));
}
const NOT_IN_TABLE = -1;
const MANY = -2;
const NOTHING = 0x10000;
/** Per UTF-16 code unit below U+2070: the one code unit it folds to, NOTHING, MANY (see STRIP_MANY) or NOT_IN_TABLE. */
const STRIP_CODE = new Int32Array(0x2070).fill(NOT_IN_TABLE);
const STRIP_MANY = new Map<number, string>();
for (const [from, to] of [[0x80, 0x24f], [0x300, 0x36f], [0x1e00, 0x1eff], [0x2000, 0x206f]] as const) {
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    let v: string;
    if (c >= 0x300 && c <= 0x36f) v = '';
    else {
      const d = ch.normalize('NFD');
      // a mark itself, a decomposition not starting with a starter, or marks outside U+0300–036F: not in the table
      if (/\p{M}/u.test(d[0]!) || /[^\P{M}\u0300-\u036f]/u.test(d)) continue;
      v = d.replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
    }
    if (v.length === 1) STRIP_CODE[c] = v.charCodeAt(0);
    else if (v.length === 0) STRIP_CODE[c] = NOTHING;
    else {
      STRIP_CODE[c] = MANY;
      STRIP_MANY.set(c, v);
    }
  }
}
let STRIP_BUF = new Uint16Array(1024);
const UTF16 = new TextDecoder('utf-16le'); // never sees a surrogate or a BOM: those are not in the table

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
  let f = ' ' + collapseSpaces(fold(s).replace(/[&,;:()"'.\-–/]+/g, ' ')) + ' ';
  for (const [long, short] of ABBREVIATIONS) if (f.includes(` ${long} `)) f = f.split(` ${long} `).join(` ${short} `);
  return collapseSpaces(f.replace(/ (va|cua) /g, ' ').replace(/ (va|cua) /g, ' ')).trim();
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
  // days in the month (Gregorian; = new Date(Date.UTC(year, month, 0)).getUTCDate(), without the Date)
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const dim = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
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

// ---------------------------------------------------------------------------------------------
// Cheap equivalents of regex idioms that are slow in V8 on long strings (they rebuild the string or
// try every position): same results, no regex unless needed.

/** `\s` of JS regexes (WhiteSpace and LineTerminator). */
export function isJsSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const WS_RUN_RE = /\s+/g;
/** `s.replace(/\s+/g, ' ')`, returning s itself when every whitespace run already is a single space. */
export function collapseSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? i + 1 < s.length && isJsSpace(s.charCodeAt(i + 1)) : isJsSpace(c)) return s.replace(WS_RUN_RE, ' ');
  }
  return s;
}

/** `s.replace(/[\s<chars>]+$/u, '')`: without the trailing whitespace and characters of `chars` (BMP only). */
export function trimEndOf(s: string, chars: string): string {
  let e = s.length;
  while (e > 0) {
    const c = s.charCodeAt(e - 1);
    if (isJsSpace(c) || chars.includes(s[e - 1]!)) e--;
    else break;
  }
  return e === s.length ? s : s.slice(0, e);
}

/** `s.replace(/^[\s<chars>]+/u, '')`: without the leading whitespace and characters of `chars` (BMP only). */
export function trimStartOf(s: string, chars: string): string {
  let b = 0;
  while (b < s.length) {
    const c = s.charCodeAt(b);
    if (isJsSpace(c) || chars.includes(s[b]!)) b++;
    else break;
  }
  return b === 0 ? s : s.slice(b);
}

/**
 * V8 cannot scan ahead for a regex that starts with a lookbehind: `(?<![\p{L}])body` tries `body` at
 * every position (5-6× slower on our texts). `execNotAfter(BODY_RE, s, NOT_AFTER)` runs the global
 * regex `body` and drops a match whose preceding code point matches NOT_AFTER (a one-character class
 * anchored with `$`), retrying one position later: exactly the matches (and lastIndex) of the
 * lookbehind form, provided every match of `body` starts with a BMP character.
 */
export function execNotAfter(re: RegExp, s: string, notAfter: RegExp): RegExpExecArray | null {
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const i = m.index;
    if (i === 0 || !notAfter.test(s.slice(Math.max(0, i - 2), i))) return m;
    re.lastIndex = i + 1;
  }
  return null;
}
/** NOT_AFTER for `(?<![\p{L}])`. */
export const LETTER_BEFORE = /\p{L}$/u;

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
