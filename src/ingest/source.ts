/**
 * Phase 1: bytes → SourceText.
 *
 * Decodes what Vietnamese offices actually hand around: UTF-8 (with or without BOM), UTF-16 with a
 * BOM, Windows-1258 (combining tone marks), text re-saved through the wrong code page (UTF-8 read
 * as Windows-1252, "Káº¿ hoáº¡ch"), and the legacy 8-bit font encodings TCVN3/ABC (converted) and
 * VNI (detected, refused with instructions). Anything that is not text is refused with an
 * InputError; everything else that is odd but readable becomes a finding.
 *
 * Each line keeps its decoded original (`raw`, NFC) for provenance; `text` is what the parser
 * reads: normalizeVi + markdown/table debris removed.
 */
import { isUtf8, transcode } from 'node:buffer';
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import type { SourceLine, SourceText } from './context.js';
import { noiseRuleOf } from '../rules/header-lines.js';
import type { Finding } from './model.js';
import { fold, normalizeVi, normalizeViNfc } from './text.js';

/** Bad input: the file cannot be read as a document. `code` is a stable finding code. */
export class InputError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
  }
}

// ---------------------------------------------------------------------------------------------
// Byte-level sniffing

const MAGIC: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP container (DOCX/XLSX/ODT?)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an OLE2 file (legacy Word .doc/.xls?)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF file'],
];

function startsWith(buf: Buffer, sig: number[]): boolean {
  if (buf.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (buf[i] !== sig[i]) return false;
  return true;
}

/** UTF-16 without BOM: ASCII-heavy text has a NUL in every other byte. */
function sniffUtf16(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.02) return 'utf-16be';
  return null;
}

function assertNotBinary(buf: Buffer, file: string): void {
  for (const [sig, what] of MAGIC) {
    if (startsWith(buf, sig)) {
      throw new InputError('BINARY_FILE', `${file}: this is ${what}, not plain text; extract its text first (e.g. pdftotext, or "Save as → Plain text (UTF-8)").`);
    }
  }
  const n = Math.min(buf.length, 65536);
  let nul = 0;
  let ctrl = 0;
  const count = (b: number) => {
    if (b === 0) nul++;
    // TCVN3 puts a few capitals in 0x01–0x17: tolerate a low rate of control bytes.
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) ctrl++;
  };
  // Four bytes at a time: a word with no byte below 0x20 (most of them) holds nothing to count.
  const head = Math.min(n, (4 - (buf.byteOffset % 4)) % 4); // bytes before the first 4-aligned one
  const words = new Uint32Array(buf.buffer, buf.byteOffset + head, (n - head) >>> 2);
  for (let i = 0; i < head; i++) count(buf[i]!);
  for (let w = 0; w < words.length; w++) {
    const x = words[w]!;
    if (((x - 0x20202020) & ~x & 0x80808080) === 0) continue; // "has a byte < 0x20" bit trick
    const at = head + w * 4;
    for (let i = at; i < at + 4; i++) count(buf[i]!);
  }
  for (let i = head + words.length * 4; i < n; i++) count(buf[i]!);
  if (nul > 0 || ctrl > n * 0.05) {
    throw new InputError('BINARY_FILE', `${file}: binary content (${nul} NUL and ${ctrl} control bytes in the first ${n}); not a text document.`);
  }
  refuseNul(buf, file, n);
}

/**
 * A NUL byte anywhere (not only in the sampled head) means binary content or a corrupt file: text
 * documents never hold one, and it would reach the graph as an invisible character. Buffer#indexOf
 * is a native memchr, so the whole file costs next to nothing.
 */
function refuseNul(buf: Buffer, file: string, from = 0, base = 0): void {
  const at = buf.indexOf(0, from);
  if (at >= 0) {
    throw new InputError('BINARY_FILE', `${file}: a NUL byte at byte offset ${base + at} (line ${lineAt(buf, at)}); a text document holds none — the file is binary or corrupt.`);
  }
}

/** 1-based line number of a byte offset (LF-separated). */
function lineAt(buf: Buffer, offset: number): number {
  let line = 1;
  for (let i = buf.indexOf(0x0a); i >= 0 && i < offset; i = buf.indexOf(0x0a, i + 1)) line++;
  return line;
}

/**
 * Offsets of the bytes that do not belong to a well-formed UTF-8 sequence (RFC 3629: no overlongs,
 * no surrogates, nothing above U+10FFFF), and how many well-formed multi-byte sequences there are.
 */
export function scanUtf8(buf: Buffer): { invalid: number[]; multibyte: number } {
  const invalid: number[] = [];
  let multibyte = 0;
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    }
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) {
      const c = buf[i + k]!;
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) ok = false;
    }
    if (ok) {
      multibyte++;
      i += len;
    } else {
      invalid.push(i);
      i++;
    }
  }
  return { invalid, multibyte };
}

/**
 * UTF-8 with a few stray bytes (a byte pasted from another code page, a truncated character): the
 * well-formed sequences outnumber the bad bytes by far. The bad bytes become U+FFFD and a warning
 * names each offset, so a reader can look at the original file.
 */
function strayBytesInUtf8(buf: Buffer, base: number): Decoded | null {
  const { invalid, multibyte } = scanUtf8(buf);
  if (invalid.length === 0) return null;
  if (invalid.length > Math.max(3, buf.length * 0.001) || multibyte < 10 * invalid.length) return null;
  const text = utf8Lossy.decode(buf);
  const shown = invalid.slice(0, 10).map((o) => `${base + o} (line ${lineAt(buf, o)}, byte 0x${buf[o]!.toString(16).toUpperCase().padStart(2, '0')})`);
  const more = invalid.length > shown.length ? ` and ${invalid.length - shown.length} more` : '';
  return {
    text,
    encoding: 'utf-8',
    issues: [
      {
        code: 'INVALID_UTF8',
        severity: 'WARNING',
        message: `${invalid.length} byte(s) that are not valid UTF-8, replaced by "\ufffd", at byte offset ${shown.join(', ')}${more}; the rest of the file is well-formed UTF-8.`,
        line: lineAt(buf, invalid[0]!),
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// "Does this read as Vietnamese?"

const VN_LETTERS = new Set(
  'abcdefghijklmnopqrstuvwxyzàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ',
);
const COMMON_SYLLABLES = new Set(
  ('cua va cac duoc nhan dan trong nguoi cong thuc hien ke hoach tinh xa huyen nam ngay thang phong chong ' +
    'bao ve an ninh to chuc co quan don vi tren dia ban theo voi nhung mot de khong cho tu den so quy dinh ' +
    'ban hanh uy tac nhiem vu trach thi chi dao hop phoi tham muu lam cao tang cuong').split(' '),
);

export interface VietnameseScore {
  words: number;
  /** Share of words made only of Vietnamese letters. */
  clean: number;
  /** Share of words carrying a Vietnamese diacritic. */
  marked: number;
  /** Share of words that are very common Vietnamese syllables. */
  common: number;
}

export function scoreVietnamese(s: string, maxChars = 20000): VietnameseScore {
  const sample = s.length > maxChars ? s.slice(0, maxChars) : s;
  const tokens = sample.normalize('NFC').toLowerCase().split(/[\s.,;:!?()"'“”‘’«»\[\]{}|/\\<>=+*_#~`^…–—-]+/);
  let words = 0;
  let clean = 0;
  let marked = 0;
  let common = 0;
  for (const t of tokens) {
    if (!t || /^\d+$/.test(t)) continue;
    words++;
    let ok = true;
    let mark = false;
    for (const ch of t) {
      if (!VN_LETTERS.has(ch)) {
        ok = false;
        if (!/\d/.test(ch)) break;
      } else if (ch > 'z') mark = true;
    }
    if (ok) clean++;
    if (ok && mark) marked++;
    if (COMMON_SYLLABLES.has(fold(t))) common++;
  }
  if (!words) return { words: 0, clean: 0, marked: 0, common: 0 };
  return { words, clean: clean / words, marked: marked / words, common: common / words };
}

export function looksVietnamese(s: string): boolean {
  const sc = scoreVietnamese(s);
  if (sc.words < 3) return false;
  return sc.clean >= 0.85 && sc.marked >= 0.15 && sc.common >= 0.12;
}

// ---------------------------------------------------------------------------------------------
// Legacy 8-bit Vietnamese encodings

/** Unicode char → Windows-1252 byte (latin-1 plus the 0x80–0x9F punctuation), else -1. */
const CP1252_REVERSE = new Map<string, number>();
{
  for (let b = 0; b < 256; b++) CP1252_REVERSE.set(String.fromCharCode(b), b);
  for (let b = 0x80; b < 0xa0; b++) {
    const ch = iconv.decode(Buffer.from([b]), 'windows1252');
    if (ch && ch !== '\ufffd') CP1252_REVERSE.set(ch, b);
  }
}

/** The bytes a string came from if it was decoded as Windows-1252/latin-1; null when impossible. */
function toCp1252Bytes(s: string): Buffer | null {
  const out = Buffer.allocUnsafe(s.length);
  let i = 0;
  for (const ch of s) {
    const b = CP1252_REVERSE.get(ch);
    if (b === undefined) return null;
    out[i++] = b;
  }
  return out.subarray(0, i);
}

/**
 * TCVN3 (ABC, fonts .VnTime…) puts lower-case Vietnamese letters on the latin-1 symbols 0xA8–0xBE
 * ("nh©n d©n", "KÕ ho¹ch", "Uû ban"); VNI (fonts VNI-Times…) writes a base vowel followed by a
 * diacritic letter ("Keá hoaïch", "UÛy ban", "Ñieàu"). Counted only inside words.
 */
const TCVN3_MARK_RE = /[A-Za-z\u00a8-\u00be\u00c0-\u00ff][\u00a8-\u00be]|[\u00a8-\u00be][A-Za-z]/g;
const VNI_MARK_RE = /[aeiouyAEIOUY][øûïäåëüöæØÛÏÄÅËÜÖÆ]|(?<![A-Za-z])[ñÑ][a-zA-Z]/g;

function countMatches(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

type Legacy = 'TCVN3' | 'VNI' | null;

function detectLegacy(s: string): Legacy {
  const sample = s.length > 100000 ? s.slice(0, 100000) : s;
  const words = sample.split(/\s+/).length;
  const tcvn = countMatches(TCVN3_MARK_RE, sample);
  const vni = countMatches(VNI_MARK_RE, sample);
  const min = Math.max(3, words * 0.02);
  if (tcvn >= min && tcvn >= vni) return 'TCVN3';
  if (vni >= min) return 'VNI';
  return null;
}

/** Headings typed in the .VnTimeH (capitals) fonts use the lower-case code points: re-capitalise them. */
function recapitaliseTcvnHeadings(s: string): string {
  return s
    .split('\n')
    .map((line) => {
      const ascii = line.match(/[A-Za-z]/g);
      if (!ascii || ascii.length < 4) return line;
      const upper = ascii.filter((c) => c >= 'A' && c <= 'Z').length;
      // at least two words mixing capitals with (lower-case coded) accented letters: "KÕ HO¹CH"
      const mixed = line.split(/\s+/).filter((w) => /[A-Z]/.test(w) && /[^\x00-\x7f]/.test(w) && !/[a-z]/.test(w)).length;
      return upper / ascii.length >= 0.8 && mixed >= 2 ? line.toUpperCase() : line;
    })
    .join('\n');
}

function convertTcvn3(bytes: Buffer): string {
  return recapitaliseTcvnHeadings(iconv.decode(bytes, 'tcvn').normalize('NFC'));
}

function legacyError(file: string, enc: 'TCVN3' | 'VNI'): InputError {
  const fonts = enc === 'TCVN3' ? 'TCVN3/ABC (.VnTime, .VnArial…)' : 'VNI (VNI-Times, VNI-Helve…)';
  return new InputError(
    'LEGACY_ENCODING',
    `${file}: the text is in the legacy ${fonts} font encoding, not Unicode. Convert it to Unicode first ` +
      `(UniKey → Công cụ chuyển mã / "Unikey Toolkit", source ${enc === 'TCVN3' ? 'TCVN3 (ABC)' : 'VNI Windows'}, ` +
      `destination Unicode; or a converter such as vietnamese-converter), save as UTF-8 and ingest again.`,
  );
}

/** UTF-8 that was read as Windows-1252 and saved again: "Káº¿ hoáº¡ch", "Ä‘", "Æ°". */
const MOJIBAKE_RE = /á[º»][\u0080-\u00bf\u2013-\u203a\u0152-\u02dc]|Ä[‘\u0091\u0090]|Æ[°¡¯ ]|Ã[\u0080-\u00bf\u2013-\u203a\u0152-\u02dc]/g;

// ---------------------------------------------------------------------------------------------
// Decoding

interface Decoded {
  text: string;
  encoding: string;
  issues: Finding[];
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/**
 * utf8Strict.decode, fast. V8 decodes Vietnamese UTF-8 at ~150 MB/s (TextDecoder and Buffer#toString
 * alike); ICU's transcode to UTF-16 plus a UTF-16 string is ~5× faster and, for valid UTF-8, the
 * same text. TextDecoder also drops one leading BOM; invalid input throws as before.
 */
function decodeUtf8Strict(bytes: Buffer): string {
  if (!isUtf8(bytes)) return utf8Strict.decode(bytes);
  const s = bytes.length ? transcode(bytes, 'utf8', 'utf16le').toString('utf16le') : '';
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
const utf8Lossy = new TextDecoder('utf-8', { fatal: false });

function warn(code: string, message: string): Finding {
  return { code, severity: 'WARNING', message, line: null };
}

/**
 * Whether MOJIBAKE_RE can match at all, by fast substring searches: every match starts with "áº", "á»",
 * "Ä", "Æ" or "Ã" + a character of its class ("Ã" alone is common: "XÃ HỘI" in every motto).
 */
function mayHaveMojibake(s: string): boolean {
  if (s.includes('áº') || s.includes('á»') || s.includes('Ä') || s.includes('Æ')) return true;
  for (let i = s.indexOf('Ã'); i >= 0; i = s.indexOf('Ã', i + 1)) if (MOJIBAKE_AFTER_A_TILDE.test(s.charAt(i + 1))) return true;
  return false;
}
const MOJIBAKE_AFTER_A_TILDE = /^[\u0080-\u00bf\u2013-\u203a\u0152-\u02dc]$/;

/** Post-decoding checks on text that decoded cleanly: mojibake and legacy fonts saved as UTF-8. */
function repairText(text: string, encoding: string, file: string): Decoded {
  const sample = text.length > 100000 ? text.slice(0, 100000) : text;
  const mojibake = mayHaveMojibake(sample) ? countMatches(MOJIBAKE_RE, sample) : 0;
  if (mojibake >= 3) {
    const bytes = toCp1252Bytes(text);
    if (bytes) {
      try {
        const fixed = utf8Strict.decode(bytes);
        if (looksVietnamese(fixed)) {
          return {
            text: fixed,
            encoding: `${encoding} (double-encoded UTF-8, repaired)`,
            issues: [warn('CONVERTED_ENCODING', 'The text was UTF-8 read as Windows-1252 and saved again ("Káº¿ hoáº¡ch"); it was repaired.')],
          };
        }
      } catch {
        /* not double-encoded after all */
      }
    }
  }
  // Legacy-font text saved as UTF-8 consists of Windows-1252 characters only; real Unicode
  // Vietnamese (ạ, ế, ơ…) never maps back, so it is never mistaken for it.
  const bytes = /[^\u0000-\u00ff\u0152-\u0192\u02c6-\u02dc\u2013-\u2122]/.test(text) ? null : toCp1252Bytes(text);
  if (bytes) {
    const legacy = detectLegacy(text);
    if (legacy === 'VNI') throw legacyError(file, 'VNI');
    if (legacy === 'TCVN3') {
      const converted = convertTcvn3(bytes);
      if (looksVietnamese(converted)) {
        return {
          text: converted,
          encoding: `${encoding} (TCVN3/ABC, converted)`,
          issues: [warn('CONVERTED_ENCODING', 'The text was typed in the legacy TCVN3 (ABC) font encoding and was converted to Unicode; check names and diacritics.')],
        };
      }
      throw legacyError(file, 'TCVN3');
    }
  }
  return { text, encoding, issues: [] };
}

function decode(buf: Buffer, file: string): Decoded {
  // Byte order marks.
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) {
    const body = buf.subarray(3);
    refuseNul(body, file, 0, 3);
    try {
      return repairText(decodeUtf8Strict(body), 'utf-8', file);
    } catch {
      const stray = strayBytesInUtf8(body, 3);
      if (stray) return stray;
      const { invalid } = scanUtf8(body);
      return {
        text: utf8Lossy.decode(body),
        encoding: 'utf-8',
        issues: [{ ...warn('INVALID_UTF8', `The file declares UTF-8 (BOM) but contains ${invalid.length} invalid byte(s), the first at byte offset ${3 + invalid[0]!}; they were replaced by "\ufffd".`), line: lineAt(body, invalid[0]!) }],
      };
    }
  }
  if (startsWith(buf, [0xff, 0xfe])) return repairText(iconv.decode(buf.subarray(2), 'utf-16le'), 'utf-16le', file);
  if (startsWith(buf, [0xfe, 0xff])) return repairText(iconv.decode(buf.subarray(2), 'utf-16be'), 'utf-16be', file);
  const u16 = sniffUtf16(buf);
  if (u16) {
    const text = iconv.decode(buf, u16);
    if (looksVietnamese(text) || scoreVietnamese(text).clean > 0.9) {
      return { text, encoding: u16, issues: [warn('CONVERTED_ENCODING', `The file is ${u16.toUpperCase()} without a byte order mark; decoded as such.`)] };
    }
  }

  assertNotBinary(buf, file);

  try {
    return repairText(decodeUtf8Strict(buf), 'utf-8', file);
  } catch (err) {
    if (err instanceof InputError) throw err;
  }
  // UTF-8 but for a few stray bytes: repair, before the legacy detectors read the UTF-8 sequences
  // as latin-1 ("áº¿") and take the whole file for TCVN3.
  const stray = strayBytesInUtf8(buf, 0);
  if (stray) return stray;

  // Not UTF-8: a legacy 8-bit encoding.
  const latin = iconv.decode(buf, 'windows1252');
  const legacy = detectLegacy(latin);
  if (legacy === 'VNI') throw legacyError(file, 'VNI');
  if (legacy === 'TCVN3') {
    const converted = convertTcvn3(buf);
    if (looksVietnamese(converted)) {
      return {
        text: converted,
        encoding: 'tcvn3 (converted)',
        issues: [warn('CONVERTED_ENCODING', 'The file is in the legacy TCVN3 (ABC) encoding and was converted to Unicode; check names and diacritics.')],
      };
    }
    throw legacyError(file, 'TCVN3');
  }
  const cp1258 = iconv.decode(buf, 'windows1258').normalize('NFC');
  if (looksVietnamese(cp1258)) {
    return {
      text: cp1258,
      encoding: 'windows-1258 (converted)',
      issues: [warn('CONVERTED_ENCODING', 'The file is in Windows-1258 (not UTF-8) and was converted to Unicode.')],
    };
  }
  // A few stray bytes in otherwise UTF-8 text: keep it, say so.
  const lossy = utf8Lossy.decode(buf);
  const bad = (lossy.match(/\ufffd/g) ?? []).length;
  if (bad <= Math.max(2, lossy.length * 0.002)) {
    return {
      text: lossy,
      encoding: 'utf-8',
      issues: [warn('INVALID_UTF8', `${bad} invalid UTF-8 byte sequence(s) were replaced by "\ufffd".`)],
    };
  }
  throw new InputError('UNKNOWN_ENCODING', `${file}: not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI text; save it as UTF-8 and ingest again.`);
}

// ---------------------------------------------------------------------------------------------
// Lines

const CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f]/g;
/** CONTROL_RE without \r (lines never contain one): tested once on the whole text. */
const CONTROL_IN_TEXT_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0080-\u009f]/;
const MD_ESCAPE_RE = /\\([\\`*_{}[\]()#+\-.!|>~])/g;
const HTML_BREAK_RE = /<br\s*\/?>/gi;
const HTML_TAG_RE = /<\/?(?:b|i|u|em|strong|span|p|div|sup|sub|td|tr|th|font|a)\b[^<>]{0,200}>/gi;
const MD_HEADING_RE = /^\s{0,3}#{1,6}\s+/;
const MD_BULLET_RE = /^\s*[*+]\s+(?=\S)/;
const TABLE_RULE_RE = /^[\s|:+=_-]*$/;

/** normalizeVi(raw) without markdown emphasis, escapes, headings, HTML tags and table pipes at the ends. */
export function cleanLine(raw: string): string {
  const s = stripMarkup(raw, true);
  return s === null ? '' : normalizeVi(s);
}

/** cleanLine before its normalizeVi; null for a table rule (an empty line). */
function stripMarkup(raw: string, mayHaveControls: boolean): string | null {
  let s = mayHaveControls ? raw.replace(CONTROL_RE, ' ') : raw;
  if (s.includes('\\')) s = s.replace(MD_ESCAPE_RE, '$1');
  if (s.includes('<')) s = s.replace(HTML_BREAK_RE, ' ').replace(HTML_TAG_RE, '');
  if (s.includes('#')) s = s.replace(MD_HEADING_RE, '');
  if (MD_BULLET_RE.test(s)) s = s.replace(MD_BULLET_RE, '- ');
  if (s.includes('*')) s = s.replace(/\*+/g, '');
  // (the unanchored-start regex scans every position: only run it on lines that have a pipe)
  if (s.includes('|')) s = s.replace(/^(\s*\|)+/, '').replace(/(\|\s*)+$/, '');
  if (TABLE_RULE_RE.test(s) && /[|]|-{3,}|_{3,}|={3,}/.test(s)) return null;
  return s;
}

export function readSource(buf: Buffer, file: string): SourceText {
  const sha256 = createHash('sha256').update(buf).digest('hex');
  if (buf.length === 0) throw new InputError('EMPTY_FILE', `${file}: the file is empty.`);
  const { text, encoding, issues } = decode(buf, file);
  if (!/[^\s\u00a0\ufeff\u200b\u2007\u202f]/.test(text)) {
    throw new InputError('EMPTY_FILE', `${file}: the file contains only whitespace.`);
  }
  // NFC once for the whole text (= per line: line breaks are starters that never compose)
  const nfc = text.normalize('NFC');
  // plain "\n" line ends (the usual case) split without the regex (includes: far faster than a class scan)
  const otherBreaks = nfc.includes('\r') || nfc.includes('\u2028') || nfc.includes('\u2029');
  const split = otherBreaks ? (t: string) => t.split(/\r\n|\r|\n|\u2028|\u2029/) : (t: string) => t.split('\n');
  const rawLines = split(nfc);
  // normalizeVi of every line in one pass over the text (its steps never cross a line break): used
  // for the lines cleanLine leaves unchanged, i.e. almost all of them
  const normalized = split(normalizeViNfc(nfc));
  // one scan of the whole text instead of a control-character replace on every line
  const controls = CONTROL_IN_TEXT_RE.test(nfc);
  const lines: SourceLine[] = rawLines.map((r, i) => {
    // every leading BOM (files saved and concatenated again carry several), not one per read
    const raw = i === 0 ? r.replace(/^\ufeff+/, '') : r;
    const s = stripMarkup(raw, controls);
    const text = s === null ? '' : s === r ? normalized[i]!.trim() : normalizeVi(s);
    return { n: i + 1, raw, text };
  });
  // A trailing newline does not make a line.
  while (lines.length > 1 && lines[lines.length - 1]!.raw === '') lines.pop();
  blankNoiseLines(lines);
  return { file, sha256, bytes: buf.length, encoding, lines, issues };
}

/**
 * Stamps, site boilerplate and repository headings are no part of any field (src/rules/header-lines.ts):
 * their `text` is emptied, `raw` keeps them for provenance. A repository heading ("# <title>") is
 * noise only as the file's first line or as a chunk id ("# 773_2018_QĐ_TTg_art1_3"); the signer line
 * of a digital-signature stamp ("SAO Y" / "Bộ Công an" / "Thời gian ký: …") goes with it.
 */
function blankNoiseLines(lines: SourceLine[]): void {
  let firstContent = true;
  for (let i = 0; i < lines.length && i < 400; i++) {
    const l = lines[i]!;
    if (!l.raw.trim()) continue;
    const rule = noiseRuleOf(l.raw) ?? noiseRuleOf(l.text);
    const heading = rule === 'noise.repository-heading';
    if (rule && (!heading || firstContent || /^#{1,3}\s+\S*_\S*\s*$/u.test(l.raw.trim()))) {
      l.text = '';
      if (rule === 'noise.signing-time' && i >= 2 && noiseRuleOf(lines[i - 2]!.raw) === 'noise.copy-stamp') lines[i - 1]!.text = '';
    }
    firstContent = false;
  }
}

// ---------------------------------------------------------------------------------------------
// Is this an administrative document at all?

const KIND_LINE_RE =
  /^(?:KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|NGHỊ QUYẾT|NGHỊ ĐỊNH|THÔNG TƯ|THÔNG BÁO|CÔNG VĂN|BÁO CÁO|HƯỚNG DẪN|CHƯƠNG TRÌNH|ĐỀ ÁN|TỜ TRÌNH|QUY CHẾ|QUY ĐỊNH|KẾT LUẬN|LUẬT|CÔNG ĐIỆN|PHƯƠNG ÁN)(?:\s|:|$)/u;
const NUMBER_LINE_RE = /(?:^|\|\s*)Số\s*[:.]\s*\S*\s*\/\s*\S|(?:^|\|\s*)Số\s*[:.]?\s*\d+[^\s]*\/[\p{Lu}]/u;
// anchored: unanchored, the leading class would be retried at every position of long lines
const PLACE_DATE_RE = /^[^,|]{2,40},\s*ngày\s+[\d.…_\s]*tháng\s+[\d.…_\s]*năm\s+\d{4}/u;
const SECTION_RE = /^(?:[IVX]{1,5}\s*[.)/-]\s*\S|Điều\s+\d+\s*[.:]|Phần\s+(?:thứ\s+)?[IVX\d]+\b|Chương\s+[IVX\d]+\b)/u;
const SIGNATURE_RE = /^(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}|^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|TRƯỞNG BAN|BÍ THƯ|THỦ TƯỚNG)\s*$/u;
const RECIPIENTS_RE = /^Nơi nhận\s*:?/u;
const MOTTO_RE = /CỘNG HÒA XÃ HỘI CHỦ NGHĨA|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc/iu;
const METADATA_RE = /^(?:Số hiệu|Loại văn bản|Cơ quan ban hành|Người ký|Ngày ban hành)\s*(?:\||:)/u;
const PREAMBLE_RE =
  /^(?:Thực hiện|Căn cứ|Theo đề nghị|Xét đề nghị)\s.{0,200}?(?:Luật|Nghị quyết|Nghị định|Chỉ thị|Thông tư|Quyết định|Kế hoạch|Kết luận|Công văn|Hướng dẫn|văn bản)/u;

/**
 * Throws NOT_A_DOCUMENT when the text has fewer than two of the marks every administrative
 * document carries (kind line, "Số:", place and date, national motto, sections, signature,
 * "Nơi nhận", a "Thực hiện/Căn cứ" preamble, web-mirror metadata).
 */
export function assertLooksLikeDocument(src: SourceText): void {
  const found = new Set<string>();
  let romanSections = 0;
  for (const { text } of src.lines) {
    if (!text) continue;
    if (found.size >= 2) break; // two marks suffice
    // Header, signature and metadata lines are short; long paragraphs only carry a preamble.
    if (text.length > 200) {
      if (PREAMBLE_RE.test(text)) found.add('preamble');
      continue;
    }
    if (KIND_LINE_RE.test(text)) found.add('kind');
    if (NUMBER_LINE_RE.test(text)) found.add('number');
    if (PLACE_DATE_RE.test(text)) found.add('date');
    if (MOTTO_RE.test(text)) found.add('motto');
    if (SECTION_RE.test(text)) romanSections++;
    if (SIGNATURE_RE.test(text)) found.add('signature');
    if (RECIPIENTS_RE.test(text)) found.add('recipients');
    if (METADATA_RE.test(text)) found.add('metadata');
    if (PREAMBLE_RE.test(text)) found.add('preamble');
  }
  if (romanSections >= 2) found.add('sections');
  if (found.size < 2) {
    throw new InputError(
      'NOT_A_DOCUMENT',
      `${src.file}: this does not read as an administrative document (found ${found.size ? [...found].join(', ') : 'no'} document marks; ` +
        'expected a kind line such as KẾ HOẠCH, "Số: …", "…, ngày … tháng … năm …", numbered sections, a signature or "Nơi nhận").',
    );
  }
}
