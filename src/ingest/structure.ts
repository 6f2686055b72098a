/**
 * Document structure: paragraphs, sections, the signature / "Nơi nhận" blocks and duplicated blocks.
 *
 * Paragraphs are runs of lines. A line continues the paragraph before it (across blank lines left by
 * page breaks, and across a footnote spliced into the text) when that paragraph does not end with
 * terminal punctuation and the line starts in lower case without a list marker. Every paragraph keeps
 * the original line numbers it was read from.
 *
 * Everything is linear in the number of lines.
 */
import type { SourceLine, SourceText } from './context.js';
import type { Finding } from './model.js';
import { fold, isJsSpace } from './text.js';
import { readTables, rowText, type TableRow } from './tables.js';

export type ParaKind = 'roman' | 'numbered' | 'letter' | 'bullet' | 'plain' | 'caps' | 'footnote';

export interface Paragraph {
  index: number;
  /** First and last original line (1-based, inclusive). */
  line: number;
  lineEnd: number;
  /** Normalized text of the lines, joined with single spaces (marker included). */
  text: string;
  /** Text without the list marker. */
  body: string;
  kind: ParaKind;
  /** "III", "1", "1.2", "a", "-", "+" … */
  marker: string | null;
  /** Value of the marker: roman/numbered/letter (a = 1). */
  number: number | null;
  /** Depth of a numbered marker: "1." → 1, "1.2." → 2. */
  depth: number;
  /** Offsets in `text` where each original line starts. */
  segs: Array<{ n: number; at: number }>;
  /** Index of the paragraph this one repeats, when it is part of a duplicated block. */
  duplicateOf: number | null;
  /** A row of an assignment table (src/ingest/tables.ts): `text` labels its cells. */
  table?: TableRow;
}

export type SectionKind = 'PURPOSE' | 'BACKGROUND' | 'CONTENT' | 'ASSIGNMENT' | 'IMPLEMENTATION' | 'FUNDING' | 'OTHER';

export interface Section {
  title: string;
  kind: SectionKind;
  /** Paragraph index of the heading. */
  para: number;
  line: number;
}

export interface DuplicateBlock {
  line: number;
  lineEnd: number;
  ofLine: number;
  ofLineEnd: number;
  paragraphs: number;
}

export interface Structure {
  paragraphs: Paragraph[];
  /**
   * Body = paragraphs [bodyStart, bodyEnd), less the closing block of a decision that issues an
   * attached plan (see `attachment`).
   */
  bodyStart: number;
  bodyEnd: number;
  /**
   * The paragraphs that carry facts, in order — the body without duplicated blocks, footnotes and
   * the decision's own closing block: computed once here, read by every later phase.
   */
  body: Paragraph[];
  /**
   * A Quyết định that issues a plan "kèm theo" is one document (conventions v2): the attached plan
   * (its title paragraph to its own end) is part of the body; the decision's signature / "Nơi nhận"
   * block between the two is not. Paragraph indices, [start, end).
   */
  attachment: { start: number; end: number; closing: [number, number] } | null;
  sections: Section[];
  /** Section index per paragraph (-1 before the first section). */
  sectionOf: number[];
  /** Lines of the "Nơi nhận" block (the heading line first). */
  recipientLines: SourceLine[];
  signatureLine: number | null;
  duplicates: DuplicateBlock[];
  issues: Finding[];
}

// ---------------------------------------------------------------------------------------------

const ROMAN_RE = /^([IVXL]{1,6})\s*[.)]\s*(\S.*)$/u;
const NUMBERED_RE = /^(\d{1,2}(?:\.\d{1,2})*)\s*[.)](?!\d)\s*(\S.*)?$/u;
const NUMBERED_NODOT_RE = /^(\d{1,2}(?:\.\d{1,2})+)\s+([\p{Lu}].*)$/u;
const LETTER_RE = /^([a-zđ])\s*[).]\s+(\S.*)$/u;
const BULLET_RE = /^([-+•·–—*])\s*(\S.*)$/u;
const FOOTNOTE_RE = /^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(\S.*)$/u;
/**
 * The markers of NUMBERED_RE and BULLET_RE without their "(\S.*)$" tail, which only walks to the end of
 * the line: on a line without line terminators (all of readSource's) the tail always matches what
 * follows the marker, so the body is a slice (the regex walk over long lines showed in profiles).
 */
const NUMBERED_HEAD_RE = /^(\d{1,2}(?:\.\d{1,2})*)\s*[.)](?!\d)\s*/u;
const BULLET_HEAD_RE = /^([-+•·–—*])\s*/u;
const hasLineTerminator = (t: string) => t.includes('\n') || t.includes('\r') || t.includes('\u2028') || t.includes('\u2029');

/** NUMBERED_RE.exec(t), as [whole, marker, body | undefined]. */
function numberedMatch(t: string, plainLine: boolean): [string, string, string | undefined] | null {
  if (!plainLine) {
    const m = NUMBERED_RE.exec(t);
    return m ? [m[0], m[1]!, m[2]] : null;
  }
  const h = NUMBERED_HEAD_RE.exec(t);
  if (!h) return null;
  const body = t.slice(h[0].length);
  return [t, h[1]!, body === '' ? undefined : body];
}

/** BULLET_RE.exec(t), as [whole, marker, body]. */
function bulletMatch(t: string, plainLine: boolean): [string, string, string] | null {
  if (!plainLine) {
    const m = BULLET_RE.exec(t);
    return m ? [m[0], m[1]!, m[2]!] : null;
  }
  const h = BULLET_HEAD_RE.exec(t);
  if (!h || h[0].length === t.length) return null; // "(\S.*)" needs a non-space after the marker
  return [t, h[1]!, t.slice(h[0].length)];
}

const TERMINAL_RE = /(?:[.!?;:…]|\.\/\.)["”'’)\]*]*$/u;
const LOWER_START_RE = /^[\p{Ll}]/u;

function romanValue(r: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const a = v[r[i]!] ?? 0;
    const b = v[r[i + 1] ?? ''] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}

interface MarkerInfo {
  kind: ParaKind;
  marker: string | null;
  number: number | null;
  depth: number;
  body: string;
}

function isCaps(t: string): boolean {
  return !/\p{Ll}/u.test(t) && /\p{Lu}[^]*\p{L}/u.test(t);
}

/** The first characters each marker regex can start with (the regexes are anchored: skip those that cannot match). */
const FOOTNOTE_FIRST = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]/u;
const ROMAN_FIRST = /^[IVXL]/;
const DIGIT_FIRST = /^\d/;
const LETTER_FIRST = /^[a-zđ]/u;
const BULLET_FIRST = /^[-+•·–—*]/u;

export function markerOf(t: string): MarkerInfo {
  let m = FOOTNOTE_FIRST.test(t) ? FOOTNOTE_RE.exec(t) : null;
  if (m) return { kind: 'footnote', marker: m[1]!, number: null, depth: 0, body: m[2]! };
  m = ROMAN_FIRST.test(t) ? ROMAN_RE.exec(t) : null;
  if (m && /^[\p{Lu}"“(]/u.test(m[2]!)) return { kind: 'roman', marker: m[1]!, number: romanValue(m[1]!), depth: 0, body: m[2]! };
  const plainLine = !hasLineTerminator(t);
  const n = DIGIT_FIRST.test(t) ? (numberedMatch(t, plainLine) ?? NUMBERED_NODOT_RE.exec(t)) : null;
  if (n && (n[2] === undefined || /^[\p{Lu}"“(\d-]/u.test(n[2]))) {
    const parts = n[1]!.split('.');
    return { kind: 'numbered', marker: n[1]!, number: Number(parts[parts.length - 1]), depth: parts.length, body: (n[2] ?? '').trim() };
  }
  // OCR reads a "5." or "8." marker as "§." (Lâm Đồng 493/TB-UBND "§. Giao Sở Nội vụ:"): a numbered item
  if (t.startsWith('§')) {
    const o = /^§\s*[.)]\s*(\S.*)$/u.exec(t);
    if (o && /^[\p{Lu}"“(]/u.test(o[1]!)) return { kind: 'numbered', marker: '§', number: null, depth: 1, body: o[1]! };
  }
  m = LETTER_FIRST.test(t) ? LETTER_RE.exec(t) : null;
  if (m) return { kind: 'letter', marker: m[1]!, number: m[1]!.charCodeAt(0) - 96, depth: 0, body: m[2]! };
  const b = BULLET_FIRST.test(t) ? bulletMatch(t, plainLine) : null;
  if (b) return { kind: 'bullet', marker: b[1] === '–' || b[1] === '—' ? '-' : b[1], number: null, depth: 0, body: b[2] };
  if (isCaps(t)) return { kind: 'caps', marker: null, number: null, depth: 0, body: t };
  return { kind: 'plain', marker: null, number: null, depth: 0, body: t };
}

function isBlankish(t: string): boolean {
  return /^[\s|]*$/u.test(t);
}

/** A line starting like a document number ("46/2014/TT-BCA …") continues an open footnote. */
const FOOTNOTE_CONT_RE = /^\d{1,4}\/\d{2,4}\//u;

export function endsTerminal(text: string): boolean {
  return TERMINAL_RE.test(text.trim());
}

/**
 * A page number on its own line ("2", "- 3 -"), after a form feed or between blank lines: page
 * furniture of a PDF conversion, never text (laocai 193/UBND-KT lines 52, 97, 141).
 */
const PAGE_NUMBER_RE = /^[-–—]?\s*\d{1,3}\s*[-–—]?$/u;
function isPageNumber(lines: SourceLine[], i: number): boolean {
  const l = lines[i]!;
  if (!PAGE_NUMBER_RE.test(l.text.trim())) return false;
  if (l.raw.includes('\f')) return true;
  const blank = (k: number) => k < 0 || k >= lines.length || isBlankish(lines[k]!.text.trim());
  // a bare number is no text: a page number, whatever OCR debris stands on the other side of it
  return blank(i - 1) || blank(i + 1);
}

/**
 * The width a hard-wrapped text (a PDF conversion, OCR) wraps its lines at, or null when lines are
 * paragraphs (Word conversions, web mirrors). Wrapped texts have most lines near one width (pdftotext
 * of an A4 page: 74–80 characters): at least 45 % of the lines of 30+ characters lie within
 * 85–110 % of the 80th-percentile length, and that length is at most 130.
 */
export function wrapWidth(lines: SourceLine[]): number | null {
  const ls = lines.map((l) => l.text.trim().length).filter((n) => n >= 30).sort((a, b) => a - b);
  if (ls.length < 8) return null;
  const w = ls[Math.floor(ls.length * 0.8)]!;
  if (w > 130) return null;
  const near = ls.filter((n) => n >= 0.85 * w && n <= 1.1 * w).length / ls.length;
  return near >= 0.45 ? w : null;
}

/** A footnote of a PDF page: indented note number, a space, a capital ("   1 Các quy định của …"). */
const PDF_FOOTNOTE_RE = /^\s+\d{1,2}\s+[\p{Lu}]/u;

/** Lines that open a block of their own even after an unfinished line. */
const BLOCK_LABEL_RE = /^(?:Nơi nhận|Kính gửi|Căn cứ|Điều\s+\d|Chương\s|Mục\s+\d|(?:TM|KT|TL|Q)\s*\.)/u;

/** Split the lines into paragraphs (before duplicate detection). */
export function buildParagraphs(lines: SourceLine[]): Paragraph[] {
  const width = wrapWidth(lines);
  let prevLineLen = 0; // length of the last line appended to or starting `cur`
  let gap: 'none' | 'blank' | 'page' = 'none'; // what lies between the previous text line and this one
  let pdfFootnote: Paragraph | null = null; // an open footnote at the foot of a PDF page
  const paras: Paragraph[] = [];
  let cur: Paragraph | null = null;
  let lastText: Paragraph | null = null; // last non-footnote paragraph
  let openFootnote: Paragraph | null = null;

  const start = (l: SourceLine, t: string, mk: MarkerInfo): Paragraph => {
    const p: Paragraph = {
      index: paras.length,
      line: l.n,
      lineEnd: l.n,
      text: t,
      body: mk.body,
      kind: mk.kind,
      marker: mk.marker,
      number: mk.number,
      depth: mk.depth,
      segs: [{ n: l.n, at: 0 }],
      duplicateOf: null,
    };
    paras.push(p);
    return p;
  };
  const append = (p: Paragraph, l: SourceLine, t: string) => {
    const at = p.text.length + 1;
    p.text = `${p.text} ${t}`;
    p.body = p.kind === 'plain' || p.kind === 'caps' ? p.text : `${p.body} ${t}`;
    p.lineEnd = Math.max(p.lineEnd, l.n);
    p.segs.push({ n: l.n, at });
  };

  const tables = readTables(lines);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (tables.lines.has(l.n)) {
      // an assignment table: one paragraph per logical row, its cells labelled
      const row = tables.rows.get(l.n);
      if (row) {
        const t = rowText(row);
        const p = start(l, t, markerOf(t));
        p.lineEnd = row.lineEnd;
        p.table = row;
        lastText = p;
        cur = p;
      }
      gap = 'none';
      prevLineLen = 0;
      continue;
    }
    const t = l.text.trim();
    if (isBlankish(t)) {
      gap = gap === 'page' ? 'page' : 'blank';
      continue;
    }
    if (isPageNumber(lines, i) || l.raw.includes('\f')) {
      if (isPageNumber(lines, i)) {
        gap = 'page';
        continue;
      }
      gap = 'page';
    }
    const lineGap = gap;
    gap = 'none';
    const mk = markerOf(t);
    const marked = mk.kind !== 'plain' && mk.kind !== 'caps';
    const lower = LOWER_START_RE.test(t);
    const lineLen = prevLineLen;
    prevLineLen = t.length;
    // a PDF footnote at the foot of a page ("   1 Các quy định của Luật Địa chất và Khoáng sản …" after
    // a blank line, inside an unfinished sentence): its lines run to the page break; the sentence it
    // interrupts goes on after it (Lào Cai 5973/UBND-KT lines 38–48)
    if (pdfFootnote) {
      if (lineGap === 'page') pdfFootnote = null;
      else {
        append(pdfFootnote, l, t);
        continue;
      }
    }
    if (
      width !== null &&
      lineGap === 'blank' &&
      PDF_FOOTNOTE_RE.test(l.raw) &&
      lastText &&
      lastText.kind !== 'caps' &&
      !endsTerminal(lastText.text)
    ) {
      const p = start(l, t, { ...mk, kind: 'footnote', marker: /\d+/u.exec(t)![0], body: t.replace(/^\d+\s+/u, '') });
      pdfFootnote = p;
      openFootnote = p;
      cur = p;
      continue;
    }
    if (cur && !marked) {
      // a hard-wrapped text breaks a sentence before a name or a number ("… do Sở" / "Công Thương hoặc
      // Công an tỉnh chủ trì."; "… và QCVN" / "01:2019/BCT của Bộ Công Thương."): a line after a full,
      // unfinished line continues it, whatever its first letter; after a comma, across a blank line
      // too ("Bộ Công an, …, Bộ Tài chính," / "" / "Viện kiểm sát nhân dân tối cao, … có trách nhiệm")
      const comma = /,$/u.test(cur.text);
      if (
        !lower &&
        width !== null &&
        (lineGap !== 'blank' || comma) &&
        !BLOCK_LABEL_RE.test(t) &&
        (lineLen >= 0.85 * width || comma) &&
        mk.kind === 'plain' &&
        cur.kind !== 'caps' &&
        cur.kind !== 'footnote' &&
        !endsTerminal(cur.text)
      ) {
        append(cur, l, t);
        continue;
      }
      // a footnote runs on ("… và Thông tư số" / "46/2014/TT-BCA của Bộ Công an …")
      if (openFootnote && FOOTNOTE_CONT_RE.test(t) && !endsTerminal(openFootnote.text)) {
        const p = start(l, t, mk);
        p.kind = 'footnote';
        openFootnote = p;
        cur = p;
        continue;
      }
      if (lower) {
        if (cur.kind === 'footnote') {
          if (lastText && !endsTerminal(lastText.text)) {
            append(lastText, l, t);
            continue;
          }
          if (!endsTerminal(cur.text)) {
            append(cur, l, t);
            continue;
          }
        } else if (!endsTerminal(cur.text) && cur.kind !== 'caps') {
          append(cur, l, t);
          continue;
        }
      }
    }
    const p = start(l, t, mk);
    if (p.kind === 'footnote') openFootnote = p;
    else lastText = p;
    cur = p;
  }
  return paras;
}

// ---------------------------------------------------------------------------------------------
// Duplicated blocks
// ---------------------------------------------------------------------------------------------

const DUP_MIN_PARAS = 3;
const DUP_MIN_CHARS = 200;

/**
 * Mark a run of ≥3 consecutive paragraphs whose text repeats an earlier run (web mirrors repeat
 * whole blocks). Linear: every paragraph is looked up once and every run is walked once.
 */
export function markDuplicates(paras: Paragraph[]): DuplicateBlock[] {
  // texts are already normalized (NFC, one tone placement, single spaces): lower case is enough.
  // Lower-casing every paragraph was the cost, so keys are made on demand: lower-casing keeps the
  // length (but for "İ"), so a paragraph whose length no other paragraph has repeats none.
  const keys: Array<string | undefined> = new Array(paras.length);
  const key = (k: number) => (keys[k] ??= paras[k]!.text.toLowerCase());
  const dotted = paras.some((p) => p.text.includes('İ'));
  const lengths = new Map<number, number>();
  for (const p of paras) lengths.set(p.text.length, (lengths.get(p.text.length) ?? 0) + 1);
  const mayRepeat = (k: number) => dotted || lengths.get(paras[k]!.text.length)! > 1;
  const same = (a: number, b: number) => (dotted || paras[a]!.text.length === paras[b]!.text.length) && key(a) === key(b);
  const first = new Map<string, number>();
  const out: DuplicateBlock[] = [];
  let i = 0;
  while (i < paras.length) {
    const j = mayRepeat(i) ? first.get(key(i)) : undefined;
    if (j !== undefined && j < i) {
      let len = 0;
      let chars = 0;
      while (i + len < paras.length && j + len < i && same(i + len, j + len)) {
        chars += key(i + len).length;
        len++;
      }
      if (len >= DUP_MIN_PARAS && chars >= DUP_MIN_CHARS) {
        for (let k = 0; k < len; k++) paras[i + k]!.duplicateOf = j + k;
        out.push({
          line: paras[i]!.line,
          lineEnd: paras[i + len - 1]!.lineEnd,
          ofLine: paras[j]!.line,
          ofLineEnd: paras[j + len - 1]!.lineEnd,
          paragraphs: len,
        });
        i += len;
        continue;
      }
    }
    if (mayRepeat(i) && !first.has(key(i))) first.set(key(i), i);
    i++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sections, signature, recipients
// ---------------------------------------------------------------------------------------------

export function sectionKind(title: string): SectionKind {
  const f = fold(title).replace(/^[ivxl]+\s*[.)]\s*|^\d+\s*[.)]\s*/, '');
  if (/to chuc thuc hien|trien khai thuc hien|thoi gian thuc hien|che do (thong tin,? )?bao cao|tien do thuc hien/.test(f)) return 'IMPLEMENTATION';
  if (/phan cong|trach nhiem|giao nhiem vu|nhiem vu cu the cua/.test(f)) return 'ASSIGNMENT';
  if (/muc dich|yeu cau|quan diem|muc tieu/.test(f)) return 'PURPOSE';
  if (/tinh hinh|ket qua|danh gia|thuc trang/.test(f)) return 'BACKGROUND';
  if (/noi dung|nhiem vu|giai phap|bien phap|hoat dong/.test(f)) return 'CONTENT';
  if (/kinh phi/.test(f)) return 'FUNDING';
  return 'OTHER';
}

const KNOWN_TITLE_RE = /^(muc dich|yeu cau|noi dung|nhiem vu|giai phap|bien phap|phan cong|to chuc thuc hien|trach nhiem|kinh phi|che do bao cao|thoi gian|quan diem|muc tieu)/;

function isSectionHeading(p: Paragraph): boolean {
  if (p.kind === 'roman') return true;
  if (p.kind !== 'caps' && p.kind !== 'numbered' && p.kind !== 'letter') return false;
  if (p.body.length >= 120) return false;
  const f = fold(p.body);
  if (p.kind === 'caps') return KNOWN_TITLE_RE.test(f) && p.text.length < 120;
  // "1. MỤC ĐÍCH, YÊU CẦU" in plans without roman numerals
  if ((p.kind === 'numbered' || p.kind === 'letter') && isCaps(p.body) && p.body.length < 120) return KNOWN_TITLE_RE.test(f);
  return false;
}

const SIGNATURE_RE = /^(?:tm|t\/m|kt|k\/t|tl|t\/l|tuq|q)\s*[.\/:]\s*\S|^(?:pho )?chu tich$|^(?:pho )?giam doc$|^(?:pho )?truong ban$/;

export function isSignature(p: Paragraph): boolean {
  if (p.text.length > 80) return false;
  const f = fold(p.text).replace(/[*|]/g, '').trim();
  return SIGNATURE_RE.test(f);
}

function isRecipientsHeading(p: Paragraph): boolean {
  // An ASCII first character other than n, space, * and | is the first character of the folded text
  // too (lower-cased): no fold needed to see that it cannot read "noi nhan" (most paragraphs: "1.", "- ", "UBND").
  const c = p.text.charCodeAt(0);
  if (c < 0x80 && (c | 0x20) !== 0x6e && c !== 0x2a && c !== 0x7c && !isJsSpace(c)) return false;
  return /^noi nhan\b/.test(fold(p.text.slice(0, 24)).replace(/[*|]/g, '').trim());
}

/**
 * Build the structure of a document. `bounds` (from the header phase) narrows the body when known.
 */
export function buildStructure(
  src: SourceText,
  bounds: { bodyStartLine?: number | null; bodyEndLine?: number | null } = {},
): Structure {
  const paragraphs = buildParagraphs(src.lines);
  const duplicates = markDuplicates(paragraphs);
  const issues: Finding[] = duplicates.map((d) => ({
    code: 'DUPLICATE_BLOCK',
    severity: 'WARNING' as const,
    message: `Lines ${d.line}-${d.lineEnd} repeat lines ${d.ofLine}-${d.ofLineEnd} (${d.paragraphs} paragraphs); the copy is ignored.`,
    line: d.line,
  }));

  const startLine = bounds.bodyStartLine ?? 1;
  let bodyStart = paragraphs.findIndex((p) => p.line >= startLine);
  if (bodyStart < 0) bodyStart = paragraphs.length;

  // End of the body: "Nơi nhận", the signature, or what the header phase found — whichever comes first.
  let bodyEnd = paragraphs.length;
  let recipientsPara = -1;
  let signaturePara = -1;
  for (let i = bodyStart; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.duplicateOf !== null) continue;
    if (recipientsPara < 0 && isRecipientsHeading(p)) recipientsPara = i;
    else if (signaturePara < 0 && isSignature(p)) signaturePara = i;
  }
  for (const k of [recipientsPara, signaturePara]) if (k >= 0 && k < bodyEnd) bodyEnd = k;
  if (bounds.bodyEndLine) {
    const k = paragraphs.findIndex((p, i) => i > bodyStart && p.line >= bounds.bodyEndLine!);
    if (k >= 0 && k < bodyEnd) bodyEnd = k;
  }
  const attachment = findAttachment(paragraphs, bodyStart, bodyEnd);
  const closing = attachment?.closing ?? null;
  if (attachment) bodyEnd = attachment.end;
  const inBody = (i: number) => i >= bodyStart && i < bodyEnd && !(closing && i >= closing[0] && i < closing[1]);

  // Sections
  const sections: Section[] = [];
  const sectionOf: number[] = new Array(paragraphs.length).fill(-1);
  let curSection = -1;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (attachment && i === attachment.start) curSection = -1; // the plan's own sections start afresh
    if (inBody(i) && p.duplicateOf === null && isSectionHeading(p)) {
      sections.push({ title: p.text, kind: sectionKind(p.body), para: i, line: p.line });
      curSection = sections.length - 1;
    }
    sectionOf[i] = inBody(i) ? curSection : -1;
  }
  const body: Paragraph[] = [];
  for (let i = bodyStart; i < bodyEnd; i++) {
    const p = paragraphs[i]!;
    if (inBody(i) && p.duplicateOf === null && p.kind !== 'footnote') body.push(p);
  }

  // "Nơi nhận" block: the heading line and the list lines after it.
  const recipientLines: SourceLine[] = [];
  if (recipientsPara >= 0) {
    const head = paragraphs[recipientsPara]!;
    const stopLine = signaturePara > recipientsPara ? paragraphs[signaturePara]!.line : Number.POSITIVE_INFINITY;
    let seenItem = false;
    for (const l of src.lines) {
      if (l.n < head.line) continue;
      if (l.n >= stopLine) break;
      const t = l.text.trim();
      if (isBlankish(t)) continue;
      if (l.n === head.line) { recipientLines.push(l); continue; }
      const item = /^[-+•·]/u.test(t) || /^lưu\b/iu.test(t);
      if (!item && seenItem && !LOWER_START_RE.test(t)) break;
      if (item) seenItem = true;
      recipientLines.push(l);
    }
  }

  return {
    paragraphs,
    bodyStart,
    bodyEnd,
    body,
    attachment,
    sections,
    sectionOf,
    recipientLines,
    signatureLine: signaturePara >= 0 ? paragraphs[signaturePara]!.line : null,
    duplicates,
    issues,
  };
}

/** Original line of a character offset inside a paragraph's text. */
export function lineAt(p: Paragraph, offset: number): number {
  let n = p.line;
  for (const s of p.segs) {
    if (s.at <= offset) n = s.n;
    else break;
  }
  return n;
}

/** Paragraphs of the body that carry facts (duplicates, footnotes and a decision's closing block excluded). */
export function bodyParagraphs(s: Structure): Paragraph[] {
  return s.body;
}

// ---------------------------------------------------------------------------------------------
// A decision and the plan it issues "kèm theo"
// ---------------------------------------------------------------------------------------------

/** "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …", "Phê duyệt … kèm theo". */
const ISSUES_ATTACHED_RE = /(?:ban hành|phê duyệt)\s+(?:kèm theo|theo)\s+quyết định\s+này/iu;
/** The attached instrument's title line: "KẾ HOẠCH", "QUY CHẾ", … (caps, alone or starting its title). */
const ATTACHED_KIND_RE = /^(?:KẾ HOẠCH|QUY ĐỊNH|QUY CHẾ|CHƯƠNG TRÌNH|PHƯƠNG ÁN|ĐỀ ÁN|HƯỚNG DẪN|ĐIỀU LỆ)(?![\p{L}])/u;
/** "(Kèm theo Quyết định số 254/QĐ-UBND …)", "(Ban hành kèm theo Quyết định số …)". */
const ATTACHED_TO_RE = /\(\s*(?:ban hành\s+)?kèm theo\s+quyết định/iu;

/**
 * The plan a decision issues "kèm theo", after the decision's own closing block (signature,
 * "Nơi nhận"): its title is a caps kind word, and either the decision's articles say they issue an
 * attached instrument or the title says it is attached to a decision ("(Kèm theo Quyết định số …)").
 * It runs to its own signature / "Nơi nhận", or to the end of the text.
 */
function findAttachment(paragraphs: Paragraph[], bodyStart: number, decisionEnd: number): Structure['attachment'] {
  if (decisionEnd >= paragraphs.length) return null;
  let issues = false;
  for (let i = bodyStart; i < decisionEnd && !issues; i++) issues = ISSUES_ATTACHED_RE.test(paragraphs[i]!.text);
  for (let i = decisionEnd + 1; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.duplicateOf !== null || !ATTACHED_KIND_RE.test(p.text) || !isCaps(p.text.slice(0, 40))) continue;
    let attachedTo = false;
    for (let k = i; k < Math.min(paragraphs.length, i + 4) && !attachedTo; k++) attachedTo = ATTACHED_TO_RE.test(paragraphs[k]!.text);
    if (!issues && !attachedTo) continue;
    let end = paragraphs.length;
    for (let k = i + 1; k < paragraphs.length; k++) {
      const q = paragraphs[k]!;
      if (q.duplicateOf === null && (isRecipientsHeading(q) || isSignature(q))) { end = k; break; }
    }
    return { start: i, end, closing: [decisionEnd, i] };
  }
  return null;
}
