/**
 * Phase 3: the documents a plan cites, and how (IMPLEMENTS / BASED_ON / CITES).
 *
 * Citation grammar: kind word ("Kế hoạch", "Thông tư liên tịch", …) + optional "số" + number
 * ("147/NQ-CP", "28-NQ/TW", "124/2021/TT- BCA", "203/KH-TTBCĐ (PV28)") + optional date (any format)
 * + optional issuer ("của UBND Tỉnh", "của Bộ trưởng Bộ Công an", "giữa X và Y") + optional subject
 * ("về …", quoted). Also: short forms and aliases ("Chỉ thị số 07", "(gọi tắt là …)", "(Đề án 06)"),
 * names without numbers ("Luật Phòng, chống khủng bố", resolved through the catalog), vague bases
 * ("các văn bản chỉ đạo của Ban Chỉ đạo … tỉnh"), links stated in a citation's subject
 * ("Kế hoạch 250 … về tiếp tục thực hiện Chỉ thị 07" → 250 IMPLEMENTS 07), footnotes spliced into
 * the body and citations broken across a page break ("… và Thông tư số" … "46/2014/TT-BCA …").
 *
 * Everything is linear in the text: one pass to build paragraphs, one regex scan per paragraph,
 * bounded look-ahead for tails and subjects.
 */
import type { DocContext, HeaderResult, SourceLine, SourceText } from './context.js';
import type { DocumentKind, Finding, IssuerRef, Reference, ReferenceLink, Relation } from './model.js';
import {
  catalog,
  type CatalogEntry,
  issuerFromNumber,
  KIND_ALTERNATION,
  KIND_ALTERNATION_CASED,
  kindAbbr,
  kindFromNumber,
  kindWord,
  leadNumber,
  NON_WORD_CLASS,
  normalizeNumber,
  numberCoreKey,
  numberYear,
} from './catalog.js';
import { parseAgencyPrefix } from './agencies.js';
import { issuerOf } from './header.js';
import { collapseSpaces, fold, isoDate, normalizeVi, slug, trimEndOf } from './text.js';
import { ATTACHED_HEADING_RE, lawNameKey, readLawName, REQUEST_BEFORE_RE } from '../rules/citations.js';
import { canonicalNumber } from '../rules/numbers.js';
import { documentKey, numberPart, titlePart, vagueDocumentKey } from '../domain/keys.js';

// ---------------------------------------------------------------------------------------------
// Paragraphs (page breaks and footnotes repaired)

type Zone = 'title' | 'preamble' | 'body';

interface Para {
  text: string;
  /** Start offset of each joined line in `text`, with its line number. */
  segs: Array<{ off: number; line: number }>;
  zone: Zone;
  /** The paragraph before this one in the same zone (lists of bases continued on their own lines). */
  prev?: Para;
}

function lineAt(p: Para, off: number): number {
  let line = p.segs[0]!.line;
  for (const s of p.segs) {
    if (s.off <= off) line = s.line;
    else break;
  }
  return line;
}

function append(p: Para, q: Para): void {
  const base = p.text.length + 1;
  p.text = `${p.text} ${q.text}`;
  for (const s of q.segs) p.segs.push({ off: s.off + base, line: s.line });
}

const TERMINAL_RE = /(?:[.:;!?…"')\]]|\.\/\.)\s*$/u;
const LOWER_START_RE = /^\p{Ll}/u;
const LETTER_ITEM_RE = /^[a-zđ]\s*\)/u;
/** A line that stops on a preposition continues on the next, whatever its case ("… của Sở Xây dựng tại" / "Công văn số …"). */
const OPEN_END_RE = /(?:^|\s)(?:tại|của|theo|và|về|với|do|ngày|tháng|năm|số|giữa|Bộ trưởng|Thủ tướng|Chủ tịch|Giám đốc)\s*$/u;
const DANGLING_RE = new RegExp(`(?:^|[\\s,;(])(?:${KIND_ALTERNATION})(?:\\s+liên tịch)?\\s*(?:số\\s*:?)?\\s*$`, 'iu');
const BARE_NUMBER_START_RE = /^\d{1,5}[a-zA-Z]?\s?(?:\/\s?|-)(?:(?:19|20)\d{2}\s?\/\s?)?[\p{Lu}]/u;
const SECTION_RE =
  /^(?:[IVX]{1,5}\s*[.)/:-]\s*\S|(?:PHẦN|Phần)\s+(?:THỨ\s+|thứ\s+)?[IVX\d]+\b|(?:CHƯƠNG|Chương)\s+[IVX\d]+\b|Điều\s+1\s*[.:]|[A-D]\s*[.)]\s+\p{Lu}{2}|\d{1,2}\s*[.)]\s+\p{L}|QUYẾT ĐỊNH\s*:|QUYẾT NGHỊ\s*:)/u;
const FOOTNOTE_MARK_RE = /⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\^?\d+\]/gu;
/** A character every footnote mark starts with: texts without one skip the (slow, unanchored) replace. */
const FOOTNOTE_START_RE = /[⁽⁰¹²³⁴⁵⁶⁷⁸⁹[]/u;

function stripFootnoteMarks(s: string): string {
  return FOOTNOTE_START_RE.test(s) ? s.replace(FOOTNOTE_MARK_RE, '') : s;
}

const RECIPIENTS_LINE_RE = /(?:^|\|\s*)Nơi nhận(?![\p{L}])/u;

/**
 * OCR (tesseract) drops the tone of the citation words and misreads a slash (rule `citation.ocr-repair`):
 * "Báo cáo sô 34/BC-CAT-PH10", "Nghị định sô 27/2022/NĐ-CP", "Quyết đinh số 23/2025/QĐ-TTg ngày
 * 22/7⁄2025" (C04 3980/C04-P6, Bộ Công an 4214/BCA-C04). Each repair keeps the length, so offsets and
 * line numbers stay those of the text.
 */
export function ocrCitationRepair(t: string): string {
  if (!/sô|đinh|⁄/u.test(t)) return t;
  return t
    .replace(/(?<![\p{L}])sô(?=\s*:?\s*\d)/gu, 'số')
    .replace(/(?<![\p{L}])(Quyết|quyết|Nghị|nghị) đinh(?![\p{L}])/gu, '$1 định')
    .replace(/(\d)⁄(\d)/gu, '$1/$2');
}

function buildParas(lines: SourceLine[], bodyStart: number, bodyEnd: number | null, titleLines?: number[]): Para[] {
  const raw: Para[] = [];
  let preambleOver = false;
  let seenBody = false;
  const titleSet = titleLines && titleLines.length ? new Set(titleLines) : null;
  // A signature block ("Nơi nhận" …) ends the body unless a document attached to this one follows
  // ("KẾ HOẠCH … (Ban hành kèm theo Quyết định số …)"): its citations are this document's too.
  let inSignature = false;
  for (const l of lines) {
    if (!l.text) continue;
    if (l.n >= bodyStart && (RECIPIENTS_LINE_RE.test(l.text) || (bodyEnd !== null && l.n === bodyEnd))) inSignature = true;
    if (inSignature) {
      if (!ATTACHED_HEADING_RE.test(l.text.replace(/^[|\s]+/u, ''))) continue;
      inSignature = false;
    }
    let zone: Zone;
    if (titleSet?.has(l.n)) zone = 'title';
    else if (l.n < bodyStart) {
      if (titleSet) continue; // the header's other lines (issuer, number, place) cite nothing
      zone = 'title';
    }
    else {
      if (!preambleOver && seenBody && SECTION_RE.test(l.text)) preambleOver = true;
      seenBody = true;
      zone = preambleOver ? 'body' : 'preamble';
    }
    // Metadata rows of web mirrors carry no citations worth reading as such.
    const text = ocrCitationRepair(zone === 'title' ? l.text.replace(/\s*\|\s*/g, ' | ') : l.text);
    raw.push({ text, segs: [{ off: 0, line: l.n }], zone });
  }
  const used = new Array<boolean>(raw.length).fill(false);
  // 1. A citation cut after its kind word ("… và Thông tư số") continues at the next paragraph
  //    that starts with a bare number ("46/2014/TT-BCA của Bộ Công an …"), possibly far below.
  for (let i = 0; i < raw.length; i++) {
    if (used[i] || (raw[i]!.zone === 'title' ? raw[i]!.text.length < 12 : raw[i]!.text.length < 30) || !DANGLING_RE.test(raw[i]!.text.slice(-48))) continue;
    if (/pháp\s+luật\s*$/iu.test(raw[i]!.text)) continue; // "… của pháp luật" is no citation cut short
    const startLine = raw[i]!.segs[0]!.line;
    for (let j = i + 1; j < raw.length && raw[j]!.segs[0]!.line - startLine <= (raw[i]!.zone === 'title' ? 3 : 120); j++) {
      if (used[j] || (raw[j]!.zone === 'title') !== (raw[i]!.zone === 'title')) continue;
      if (BARE_NUMBER_START_RE.test(raw[j]!.text)) {
        append(raw[i]!, raw[j]!);
        used[j] = true;
        break;
      }
    }
  }
  // 2. A sentence cut by a page break continues at the next paragraph starting in lower case.
  const out: Para[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (used[i]) continue;
    const p = raw[i]!;
    used[i] = true;
    for (;;) {
      if (TERMINAL_RE.test(p.text.slice(-6))) break;
      let j = i + 1;
      while (j < raw.length && used[j]) j++;
      const q = raw[j];
      if (!q || q.zone !== p.zone) break;
      const gap = q.segs[0]!.line - p.segs[p.segs.length - 1]!.line;
      if (gap > 6 || !(LOWER_START_RE.test(q.text) || OPEN_END_RE.test(p.text)) || LETTER_ITEM_RE.test(q.text)) break;
      append(p, q);
      used[j] = true;
    }
    const before = out[out.length - 1];
    if (before && before.zone === p.zone) p.prev = before;
    out.push(p);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Citation heads

const HEAD_RE = new RegExp(`(?:^|${NON_WORD_CLASS})(${KIND_ALTERNATION_CASED})(?![A-Za-z\\u00c0-\\u1ef9])`, 'g');
const SO_RE = /\s*(?:liên tịch\s+)?(?:số|Số|SỐ)?\s*:?\s*/uy;
const NUMBER_RE =
  /(\d{1,5}[a-zA-Z]?)((?:(?:\s?\/\s?|-\s?)(?:(?:19|20)\d{2}(?=\s?[/-])|[\p{Lu}][\p{L}\d&]*|\d{1,3}[\p{Lu}][\p{L}\d&]*))+)(\s?\([\p{Lu}][\p{Lu}\d/-]*\))?/uy;
/** "các Nghị định của Chính phủ:" — a plural kind word opening a list of numbered items. */
const LIST_HEAD_RE = new RegExp(`(?:các|những)\\s+(${KIND_ALTERNATION})[^:;.]{0,80}:\\s*`, 'giu');
const LIST_ITEM_RE = /(?:[;,:]\s*|\s+và\s+)(?:[-+•]\s*)?[Ss]ố\s+/gu;
const SHORT_RE = /(\d{1,4})(?![\d/.,-]?\d)(?![/-][\p{L}\d])(?!\s*(?:năm|tháng|ngày|giờ|%|người|đơn vị|lần))/uy;
const LAW_NAME_RE =
  /\s+((?:[\p{Lu}][\p{Ll}\p{M}]*)(?:(?:,\s+chống|\s+[\p{L}\p{M}]+)){0,9})/uy;
const LAW_NAME_STOP = new Set([
  'và', 'về', 'số', 'năm', 'ngày', 'của', 'theo', 'đã', 'được', 'trong', 'tại', 'để', 'nhằm', 'thì', 'là', 'có',
  'với', 'các', 'này', 'đó', 'hiện', 'sửa', 'bổ', 'quy', 'đối', 'cho', 'khi', 'do', 'đến', 'từ', 'trên', 'những',
  'ban', 'hướng', 'thi', 'mới', 'cũ',
]);
const ALIAS_RE = new RegExp(
  `\\(\\s*(?:sau đây\\s+)?(?:được\\s+)?(?:gọi tắt là|gọi là|viết tắt là|gọi chung là)?\\s*"?\\s*((?:${KIND_ALTERNATION})\\s+(?:số\\s+)?\\d{1,4}[\\p{L}\\d/-]*)\\s*"?\\s*\\)`,
  'giu',
);

interface Head {
  para: Para;
  start: number; // kind word start
  end: number; // end of number / name
  kind: DocumentKind;
  kindText: string;
  /** Full number as printed (normalised), or null. */
  number: string | null;
  /** Short number without code ("Chỉ thị số 07"). */
  short: string | null;
  explicitSo: boolean;
  /** Name-only citation ("Luật Phòng, chống khủng bố"). */
  name: string | null;
  date: { iso: string; end: number } | null;
  year: number | null;
  issuerRaw: string | null;
  coIssuerRaw: string | null;
  subjStart: number;
  subjEnd: number;
  alias: string | null;
  parent: Head | null;
  relation: Relation;
  /** Same number as the document itself: dropped unless another issuer or year is stated. */
  own?: boolean;
}

const DATE_AT_RE =
  /\s*,?\s*(?:ban hành\s+)?(?:ngày|Ngày)?\s*:?\s*(?:(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))(?!\d)/uy;
const ISSUER_INTRO_RE = /\s*,?\s*(của|do|giữa)\s+/uy;
const NATIONAL_AT_RE =
  /\s*(?:Hội nghị(?:\s+lần\s+thứ\s+\S+)?\s+)?(Ban Chấp hành Trung ương(?: Đảng)?|Bộ Chính trị|Ban Bí thư(?: Trung ương Đảng)?|Thủ tướng Chính phủ|Chính phủ|Quốc hội|Ủy ban Thường vụ Quốc hội)/uy;
const KHOA_RE = /\s*,?\s*\(?\s*(?:khóa|khoá)\s+[IVXL]+\s*\)?/uy;
const YEAR_AT_RE = /\s*,?\s*năm\s+((?:19|20)\d{2})(?!\d)/uy;
const SUBJECT_INTRO_RE =
  /\s*,?\s*(?:(?:về việc|về|V\/v|v\/v)\s+|(?=(?:ban hành|quy định|hướng dẫn|phê duyệt|thực hiện|triển khai|sửa đổi|thành lập)\s)|(?="))/uy;
const ISSUER_STOP_RE = new RegExp(
  `\\s+(?:về|ban hành|Ban hành|quy định|Quy định|hướng dẫn|Hướng dẫn|phê duyệt|thực hiện|triển khai|sửa đổi|Sửa đổi|bổ sung|tại|trong|đối với|nhằm|theo|để|ngày|năm|đã|được|cho|với|trên|đến|từ|là|nay|thì|đồng thời|thông báo)(?=[\\s,;.]|$)|\\s*[;:("|…]|\\.(?:\\s|$)|\\s+và\\s+(?=(?:${KIND_ALTERNATION}|các|những)\\s)`,
  'u',
);
const HEADLIKE_AFTER_COMMA_RE = new RegExp(
  `^\\s*(?:(?:UBND|Ủy ban|Chủ tịch|Ban|Sở|Bộ|Công an|Tỉnh ủy|Thị ủy|Huyện ủy|HĐND|Thường trực|Cục|Văn phòng|Thủ tướng)\\s|(?:${KIND_ALTERNATION})\\s|ngày\\s)`,
  'u',
);
const SUBJECT_STOP_AFTER_COMMA_RE = new RegExp(
  `\\s*(?:(?:UBND|Ủy ban nhân dân|Chủ tịch|Tỉnh ủy|Thị ủy|Huyện ủy|HĐND|Thường trực|Công an (?:tỉnh|thị xã|huyện|xã|thành phố)|Ban Thường vụ)\\s|(?:theo|căn cứ|Căn cứ|thực hiện|trên cơ sở|nhằm|để|đồng thời|trong đó|cụ thể|qua đó|từ đó)\\s|(?:${KIND_ALTERNATION})\\s+(?:số\\s*)?\\d)`,
  'uy',
);
const AND_CITATION_RE = new RegExp(`\\s+và\\s+(?:(?:${KIND_ALTERNATION})\\s+(?:số\\s*)?\\d|trên cơ sở|(?:xét|theo) đề nghị)`, 'uy');
const ALIAS_PAREN_RE = new RegExp(`^\\(\\s*(?:sau đây|gọi tắt|gọi là|viết tắt|gọi chung|(?:${KIND_ALTERNATION})\\s)`, 'iu');
const MAX_SUBJECT = 400;

const PREFIX_CACHE = new Map<string, ReturnType<typeof parseAgencyPrefix>>();

function agencyPrefix(raw: string): ReturnType<typeof parseAgencyPrefix> {
  let v = PREFIX_CACHE.get(raw);
  if (v === undefined) {
    v = parseAgencyPrefix(raw);
    if (PREFIX_CACHE.size > 2000) PREFIX_CACHE.clear();
    PREFIX_CACHE.set(raw, v);
  }
  return v;
}

/** Issuer phrase after "của/do/giữa": up to a verb, a subject, a new citation or punctuation. */
function readIssuer(text: string, from: number, limit: number): { raw: string; end: number } | null {
  const seg = text.slice(from, Math.min(limit, from + 160));
  let cut = seg.length;
  const m = ISSUER_STOP_RE.exec(seg);
  if (m) cut = m.index;
  // commas end the issuer unless a multi-part name continues ("phòng, chống", "Lao động, Thương binh …")
  for (let i = seg.indexOf(','); i >= 0 && i < cut; i = seg.indexOf(',', i + 1)) {
    const after = seg.slice(i + 1);
    if (/^\s+chống\b/u.test(after)) continue;
    if (/^\s+\p{Lu}/u.test(after) && !HEADLIKE_AFTER_COMMA_RE.test(after)) continue;
    cut = i;
    break;
  }
  let raw = seg.slice(0, cut).trim();
  // "của UBND thị xã đảm bảo phù hợp …": the body ends where its predicate starts.
  const pre = agencyPrefix(raw);
  if (pre && pre.rest) {
    raw = pre.list;
    cut = seg.indexOf(pre.rest, raw.length);
    if (cut < 0) cut = raw.length;
  }
  if (!raw || raw.split(/\s+/).length > 18) return null;
  // "của Bộ trưởng" cut by a line break names a position, not a body: the number's code tells the issuer
  if (/^(?:Bộ trưởng|Thủ tướng|Chủ tịch|Giám đốc|Thủ trưởng)$/u.test(raw)) return null;
  return { raw, end: from + cut };
}

function subjectEnd(text: string, start: number): number {
  let depth = 0;
  let quote = false;
  const max = Math.min(text.length, start + MAX_SUBJECT);
  for (let i = start; i < max; i++) {
    const c = text[i]!;
    if (c === '"') {
      quote = !quote;
      continue;
    }
    if (quote) continue;
    if (c === '(') {
      if (depth === 0 && ALIAS_PAREN_RE.test(text.slice(i, i + 40))) return i;
      depth++;
      continue;
    }
    if (c === ')') {
      if (depth === 0) return i;
      depth--;
      continue;
    }
    if (depth > 0) continue;
    if (c === ';' || c === '|' || c === ':' || c === '…') return i;
    if (c === '.') {
      if (text.startsWith('./.', i) || text.startsWith('...', i)) return i;
      const next = text.slice(i + 1, i + 3);
      if (i + 1 >= text.length || /^\s\p{Lu}|^\s?$/u.test(next)) return i;
      continue;
    }
    if (c === ',') {
      SUBJECT_STOP_AFTER_COMMA_RE.lastIndex = i + 1;
      if (SUBJECT_STOP_AFTER_COMMA_RE.test(text)) return i;
    }
    if (c === ' ' && text.startsWith(' và ', i)) {
      AND_CITATION_RE.lastIndex = i;
      if (AND_CITATION_RE.test(text)) return i;
    }
  }
  return max;
}

/** A citation needs a number or a law's name: paragraphs without either are skipped cheaply. */
const MAY_CITE_RE = /\d|[Ll]uật|LUẬT|[Pp]háp lệnh/;

/** The code a document number's sign gives its kind ("06/BC-VD" is a report). */
const KIND_SIGN: Partial<Record<string, RegExp>> = {
  REPORT: /\/BC(?:[-/]|$)/u,
  SUBMISSION: /\/TTr(?:[-/]|$)/u,
  PLAN: /\/KH(?:[-/]|$)/u,
  NOTICE: /\/TB(?:[-/]|$)/u,
};
/** A short lower-case description (≤ 10 words, no punctuation) then "số". */
const DESCRIBED_RE = /\s+(?:[\p{Ll}\d]+\s+){1,10}số\s*:?\s*/uy;

function findHeads(p: Para, ownCore: string | null): Head[] {
  const heads: Head[] = [];
  const text = p.text;
  if (!MAY_CITE_RE.test(text)) return heads;
  HEAD_RE.lastIndex = 0;
  for (let m = HEAD_RE.exec(text); m; m = HEAD_RE.exec(text)) {
    const kw = kindWord(m[1]!);
    if (!kw) continue;
    const start = m.index + m[0].length - m[1]!.length;
    const kwEnd = m.index + m[0].length;
    let pos = kwEnd;
    SO_RE.lastIndex = pos;
    const so = SO_RE.exec(text);
    const explicitSo = !!so && /số/iu.test(so[0]);
    if (so) pos = SO_RE.lastIndex;
    let number: string | null = null;
    let short: string | null = null;
    let name: string | null = null;
    NUMBER_RE.lastIndex = pos;
    const nm = NUMBER_RE.exec(text);
    if (nm && /[\p{Lu}]/u.test(nm[2]!)) {
      number = canonicalNumber(normalizeNumber(nm[0])).number;
      pos = NUMBER_RE.lastIndex;
    } else {
      SHORT_RE.lastIndex = pos;
      const sm = SHORT_RE.exec(text);
      if (sm && (explicitSo || /^\s*\d/.test(text.slice(kwEnd)))) {
        short = sm[1]!;
        pos = SHORT_RE.lastIndex;
      } else if (/^(?:Luật|Bộ [Ll]uật|Pháp lệnh)$/u.test(m[1]!) && !/pháp\s*$/iu.test(text.slice(Math.max(0, start - 6), start))) {
        // a law, code or ordinance by name (src/rules/citations.ts), possibly followed by its number
        const ln = readLawName(text, start, m[1]!);
        if (ln) {
          name = ln.name;
          pos = ln.end;
          const after = /\s+số\s*:?\s*/uy;
          after.lastIndex = pos;
          if (after.exec(text)) {
            NUMBER_RE.lastIndex = after.lastIndex;
            const n2 = NUMBER_RE.exec(text);
            if (n2 && /[\p{Lu}]/u.test(n2[2]!)) {
              number = canonicalNumber(normalizeNumber(n2[0])).number;
              pos = NUMBER_RE.lastIndex;
            }
          }
        }
      }
    }
    if (!number && !short && !name) {
      // "Báo cáo hoàn thành thi công xây dựng số 06/BC-VD" (rule `citation.described-kind`): a short
      // description between the kind word and its number, accepted when the number's sign carries the
      // kind's own code (BC for a Báo cáo, TTr for a Tờ trình, …)
      const code = KIND_SIGN[kw.kind];
      const d = DESCRIBED_RE;
      d.lastIndex = kwEnd;
      const dm = code ? d.exec(text) : null;
      if (dm) {
        NUMBER_RE.lastIndex = d.lastIndex;
        const n3 = NUMBER_RE.exec(text);
        if (n3 && n3.index === d.lastIndex && /[\p{Lu}]/u.test(n3[2]!) && code!.test(n3[0])) {
          number = canonicalNumber(normalizeNumber(n3[0])).number;
          pos = NUMBER_RE.lastIndex;
        }
      }
      if (!number) continue;
    }
    const own = !!(number && ownCore && numberCoreKey(number) === ownCore);
    heads.push({
      para: p,
      start,
      end: pos,
      kind: kw.kind,
      kindText: m[1]!,
      number,
      short,
      explicitSo,
      name,
      date: null,
      year: null,
      issuerRaw: null,
      coIssuerRaw: null,
      subjStart: -1,
      subjEnd: -1,
      alias: null,
      parent: null,
      relation: 'CITES',
      own,
    });
    HEAD_RE.lastIndex = pos;
  }
  // Bases in list form: "các Nghị định của Chính phủ: số 96/2016/NĐ-CP …; số 78/2015/NĐ-CP …" — one
  // citation per "số …" item, with the list's kind.
  if (text.includes(':')) {
    LIST_HEAD_RE.lastIndex = 0;
    for (let lm = LIST_HEAD_RE.exec(text); lm; lm = LIST_HEAD_RE.exec(text)) {
      const kw = kindWord(lm[1]!);
      if (!kw) continue;
      const listEnd = text.indexOf('.', LIST_HEAD_RE.lastIndex) >= 0 ? text.indexOf('.', LIST_HEAD_RE.lastIndex) : text.length;
      LIST_ITEM_RE.lastIndex = lm.index + lm[0].lastIndexOf(':');
      for (let im = LIST_ITEM_RE.exec(text); im && im.index < listEnd; im = LIST_ITEM_RE.exec(text)) {
        NUMBER_RE.lastIndex = LIST_ITEM_RE.lastIndex;
        const nm = NUMBER_RE.exec(text);
        if (!nm || !/[\p{Lu}]/u.test(nm[2]!)) continue;
        const start = LIST_ITEM_RE.lastIndex;
        if (heads.some((x) => x.start <= start && start < x.end + 4)) continue;
        const number = canonicalNumber(normalizeNumber(nm[0])).number;
        heads.push({
          para: p, start, end: NUMBER_RE.lastIndex, kind: kw.kind, kindText: lm[1]!, number, short: null, explicitSo: true,
          name: null, date: null, year: null, issuerRaw: null, coIssuerRaw: null, subjStart: -1, subjEnd: -1, alias: null,
          parent: null, relation: 'CITES', own: !!(ownCore && numberCoreKey(number) === ownCore),
        });
      }
    }
    heads.sort((a, b) => a.start - b.start);
  }
  // Tails: date, issuer, subject.
  for (let h = 0; h < heads.length; h++) {
    const head = heads[h]!;
    const limit = heads[h + 1]?.start ?? text.length;
    let pos = head.end;
    for (let guard = 0; guard < 5; guard++) {
      DATE_AT_RE.lastIndex = pos;
      const dm = head.date ? null : DATE_AT_RE.exec(text);
      if (dm && DATE_AT_RE.lastIndex <= limit) {
        const iso = dm[1] !== undefined ? isoDate(+dm[4]!, +dm[3]!, +dm[1]!) : isoDate(+dm[7]!, +dm[6]!, +dm[5]!);
        if (iso) head.date = { iso, end: DATE_AT_RE.lastIndex };
        pos = DATE_AT_RE.lastIndex;
        continue;
      }
      ISSUER_INTRO_RE.lastIndex = pos;
      const im = head.issuerRaw ? null : ISSUER_INTRO_RE.exec(text);
      if (im) {
        const r = readIssuer(text, ISSUER_INTRO_RE.lastIndex, limit);
        if (r) {
          if (im[1] === 'giữa') {
            const [a, b] = r.raw.split(/\s+và\s+/u);
            head.issuerRaw = a!;
            head.coIssuerRaw = b ?? null;
          } else head.issuerRaw = r.raw;
          pos = r.end;
          continue;
        }
      }
      NATIONAL_AT_RE.lastIndex = pos;
      const na = head.issuerRaw ? null : NATIONAL_AT_RE.exec(text);
      if (na && NATIONAL_AT_RE.lastIndex <= limit) {
        head.issuerRaw = na[1]!;
        pos = NATIONAL_AT_RE.lastIndex;
        continue;
      }
      KHOA_RE.lastIndex = pos;
      if (KHOA_RE.exec(text)) {
        pos = KHOA_RE.lastIndex;
        continue;
      }
      YEAR_AT_RE.lastIndex = pos;
      const ym = head.year === null ? YEAR_AT_RE.exec(text) : null;
      if (ym && (head.name || head.number)) {
        head.year = Number(ym[1]);
        pos = YEAR_AT_RE.lastIndex;
        continue;
      }
      break;
    }
    // "Theo đề nghị của Công an thị xã tại Tờ trình số …": the issuer stands before the citation.
    if (!head.issuerRaw) {
      const before = text.slice(Math.max(0, head.start - 120), head.start);
      const bm = /(?:của|do)\s+([^,;()]{3,100}?)\s+(?:tại|theo)\s+$/u.exec(before);
      if (bm) head.issuerRaw = bm[1]!;
    }
    SUBJECT_INTRO_RE.lastIndex = pos;
    const sm = SUBJECT_INTRO_RE.exec(text);
    if (sm) {
      head.subjStart = SUBJECT_INTRO_RE.lastIndex;
      head.subjEnd = subjectEnd(text, head.subjStart);
      if (head.subjEnd <= head.subjStart) head.subjStart = head.subjEnd = -1;
    }
  }
  // Nesting: a citation inside another's subject is what that document is about.
  for (let h = 1; h < heads.length; h++) {
    for (let k = h - 1; k >= 0; k--) {
      const o = heads[k]!;
      if (o.subjStart >= 0 && heads[h]!.start >= o.subjStart && heads[h]!.start < o.subjEnd) {
        heads[h]!.parent = o;
        break;
      }
    }
  }
  // Aliases: "(gọi tắt là Chỉ thị số 07)", "(sau đây gọi là Nghị quyết số 147/NQ-CP)", "(Đề án 06)".
  ALIAS_RE.lastIndex = 0;
  const mayAlias = text.includes('('); // every alias is parenthesised: skip the scan otherwise
  for (let m = mayAlias ? ALIAS_RE.exec(text) : null; m; m = ALIAS_RE.exec(text)) {
    const alias = collapseSpaces(m[1]!).trim();
    const aKind = kindWord(/^(\S+(?:\s+\S+)?)/u.exec(alias.replace(/\s+(?:số\s+)?\d.*$/u, ''))?.[1] ?? '')?.kind ?? null;
    const aLead = leadNumber(alias.replace(/^\D+/u, ''));
    const before = heads.filter((x) => x.end <= m!.index);
    // the alias head itself, if it was read as a short form, is not a separate citation
    const self = heads.find((x) => x.start > m!.index && x.start < m!.index + m![0].length);
    const target =
      [...before].reverse().find((x) => x.kind === aKind && leadNumber(x.number ?? x.short ?? '') === aLead && !x.short) ??
      (before.length && before[before.length - 1]!.end >= m.index - 400 ? null : null);
    if (target) {
      target.alias ??= alias;
      if (self) heads.splice(heads.indexOf(self), 1);
      continue;
    }
    // A name-only instrument introduced by its kind word: "Đề án phát triển … (Đề án 06)".
    if (aKind) {
      const window = text.slice(Math.max(0, m.index - 400), m.index);
      const kwRe = new RegExp(`(?<![\\p{L}])(${KIND_ALTERNATION})\\s+(?!số\\b|\\d)`, 'gu');
      let last: RegExpExecArray | null = null;
      for (let k = kwRe.exec(window); k; k = kwRe.exec(window)) if (kindWord(k[1]!)?.kind === aKind) last = k;
      if (last) {
        const start = Math.max(0, m.index - 400) + last.index;
        if (!heads.some((x) => x.start >= start && x.start < m!.index && !x.parent)) {
          const nameText = normalizeVi(text.slice(start, m.index)).replace(/[\s,;]+$/u, '');
          if (self) heads.splice(heads.indexOf(self), 1);
          const head: Head = {
            para: p, start, end: m.index, kind: aKind, kindText: last[1]!, number: null, short: null, explicitSo: false,
            name: nameText, date: null, year: null, issuerRaw: null, coIssuerRaw: null, subjStart: -1, subjEnd: -1,
            alias, parent: null, relation: 'CITES',
          };
          heads.push(head);
          heads.sort((a, b) => a.start - b.start);
        }
      }
    }
  }
  return heads;
}

// ---------------------------------------------------------------------------------------------
// Relations

const IMPLEMENT_VERB_RE = /(?:thực hiện|triển khai|thi hành|cụ thể hóa|quán triệt|hướng dẫn thi hành|hướng dẫn thực hiện)(?![\p{L}])/iu;
const OPENERS: Array<[RegExp, Relation]> = [
  [/^(?:Thực hiện|Tiếp tục thực hiện|Triển khai(?: thực hiện)?|Thi hành|Cụ thể hóa|Để (?:triển khai|thực hiện|cụ thể hóa)|Nhằm (?:triển khai|thực hiện|cụ thể hóa))(?![\p{L}])/u, 'IMPLEMENTS'],
  [/^(?:Căn cứ|Theo đề nghị|Xét đề nghị|Trên cơ sở|Theo)(?![\p{L}])/u, 'BASED_ON'],
];
const BULLET_RE = /^(?:[-+•*–]\s*|\d{1,2}\s*[.)]\s*|[a-zđ]\s*\)\s*)/u;

function openerAt(s: string): Relation | null {
  const t = s.replace(BULLET_RE, '');
  for (const [re, rel] of OPENERS) if (re.test(t)) return rel;
  return null;
}

const SENTENCE_CACHE = new WeakMap<Para, number[]>();

/** Sentence starts of a paragraph: after ". X", or after "; <opener>" ("…; Thực hiện …"). */
function sentenceStarts(p: Para): number[] {
  let starts = SENTENCE_CACHE.get(p);
  if (starts) return starts;
  starts = [0];
  const text = p.text;
  const re = /[.;]\s+(?=\p{Lu})/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const next = m.index + m[0].length;
    if (text[m.index] === '.' && /(?:TP|Tp|TX|Q|P|TT|Đ\/c)\s*$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    if (text[m.index] === ';' && !openerAt(text.slice(next, next + 30))) continue;
    starts.push(next);
  }
  SENTENCE_CACHE.set(p, starts);
  return starts;
}

function sentenceStart(p: Para, off: number): number {
  let start = 0;
  for (const s of sentenceStarts(p)) {
    if (s <= off) start = s;
    else break;
  }
  return start;
}

function relationOf(h: Head): Relation {
  if (h.parent) return 'CITES';
  const text = h.para.text;
  if (h.para.zone === 'title') return IMPLEMENT_VERB_RE.test(text.slice(0, h.start)) ? 'IMPLEMENTS' : 'CITES';
  if (h.para.zone === 'preamble') {
    const s = sentenceStart(h.para, h.start);
    const rel = openerAt(text.slice(s, s + 40));
    if (REQUEST_BEFORE_RE.test(text.slice(Math.max(s, h.start - 160), h.start))) return 'BASED_ON';
    if (rel) return rel;
    // a list of bases continued on its own line ("Căn cứ Luật X …;" / "Luật Y …;")
    const prev = h.para.prev;
    const adjacent = !!prev && h.para.segs[0]!.line - prev.segs[prev.segs.length - 1]!.line === 1 && !TERMINAL_RE.test(prev.text.slice(-6));
    if (s === 0 && prev && (/[;,]\s*$/u.test(prev.text) || adjacent)) {
      const ps = sentenceStart(prev, prev.text.length - 1);
      return openerAt(prev.text.slice(ps, ps + 40)) ?? relationOf({ ...h, para: prev, start: ps });
    }
    return 'CITES';
  }
  return 'CITES';
}

const LINK_IMPLEMENT_RE = /(?:thực hiện|triển khai|thi hành|cụ thể hóa|quán triệt|hướng dẫn|quy định chi tiết)(?![\p{L}])/iu;

function linkRelation(parent: Head, child: Head): Relation {
  const between = parent.para.text.slice(Math.max(parent.subjStart, child.start - 80), child.start);
  return LINK_IMPLEMENT_RE.test(between) ? 'IMPLEMENTS' : 'CITES';
}

// ---------------------------------------------------------------------------------------------
// Vague bases

const VAGUE_RE =
  /^(?:các|những)?\s*(?:văn bản(?:\s+chỉ đạo)?(?:,?\s*(?:hướng dẫn|chỉ đạo))*|ý kiến chỉ đạo|sự chỉ đạo|chỉ đạo|hướng dẫn|nghị quyết|chỉ thị|kế hoạch|quy định|chủ trương|công văn|kết luận)(?:\s+(?:chỉ đạo|hướng dẫn))?[^;.]{0,40}?\s+(?:của|do)\s+(.+)$/iu;

// ---------------------------------------------------------------------------------------------
// extractReferences

interface Group {
  id: string;
  heads: Head[];
  entry: CatalogEntry | null;
  issuer: IssuerRef | null;
  coIssuers: string[];
}

const REL_RANK: Record<Relation, number> = { IMPLEMENTS: 0, BASED_ON: 1, CITES: 2 };

function cleanSubject(s: string): string | null {
  let t = trimEndOf(collapseSpaces(stripFootnoteMarks(s)).trim().replace(/^(?:về việc|về)\s+/u, ''), '.,;:…').trim();
  // '"Xây dựng mô hình An ninh cơ sở" năm 2023' → without the quotes around the name
  if (t.startsWith('"')) {
    const close = t.indexOf('"', 1);
    t = close > 0 ? t.slice(1, close) + t.slice(close + 1) : t.slice(1);
  }
  if ((t.match(/"/g) ?? []).length % 2 === 1) t = t.replace(/"/g, '');
  t = trimEndOf(collapseSpaces(t), '.,;:…').trim();
  return t.length >= 3 ? t : null;
}

function spanOf(h: Head): { line: number; lineEnd: number; text: string } {
  const end = Math.max(h.end, h.date?.end ?? 0, h.subjEnd > 0 ? h.subjEnd : 0);
  return {
    line: lineAt(h.para, h.start),
    lineEnd: lineAt(h.para, Math.max(h.start, end - 1)),
    text: trimEndOf(collapseSpaces(stripFootnoteMarks(h.para.text.slice(h.start, end))).trim(), ',;:'),
  };
}

function ownCoreOf(header: HeaderResult): string | null {
  return header.document.number ? numberCoreKey(header.document.number) : null;
}

export function extractReferences(
  src: SourceText,
  ctx: DocContext,
  header: HeaderResult,
): { references: Reference[]; links: ReferenceLink[]; issues: Finding[] } {
  const issues: Finding[] = [];
  const cat = catalog();
  const paras = buildParas(src.lines, header.bodyStartLine, header.bodyEndLine, header.titleLines);
  const own = ownCoreOf(header);
  const heads: Head[] = [];
  const docYear0 = header.document.year;
  for (const p of paras) {
    for (const h of findHeads(p, own)) {
      if (h.own && /(?:kèm theo|Kèm theo|gửi kèm|Gửi kèm)\s*$/u.test(h.para.text.slice(Math.max(0, h.start - 16), h.start).trimEnd())) continue;
      if (h.own) {
        // numbers restart per issuer and year: the same number of another body is another document
        const other = h.issuerRaw ? issuerOf(h.issuerRaw.replace(/^(?:Chủ tịch|Phó Chủ tịch|Thủ trưởng|Giám đốc)\s+/u, ''), ctx) : null;
        const year = h.date ? Number(h.date.iso.slice(0, 4)) : (h.number ? numberYear(h.number) : null) ?? h.year;
        const otherIssuer = !!other && other.key !== ctx.issuer.key && other.key !== header.document.issuer.key;
        const otherYear = year !== null && docYear0 !== null && year !== docYear0;
        if (!otherIssuer && !otherYear) continue;
      }
      heads.push(h);
    }
  }
  for (const h of heads) h.relation = relationOf(h);

  // --- resolve short forms against the full citations of the document
  const full = heads.filter((h) => h.number);
  const resolvedShort = new Map<Head, Head>();
  for (const h of heads) {
    if (!h.short) continue;
    const lead = leadNumber(h.short);
    const same = full.filter((f) => f.kind === h.kind && leadNumber(f.number!) === lead);
    const byAlias = heads.filter((f) => f.alias && fold(f.alias.replace(/\s+số\s+/u, ' ')) === fold(`${h.kindText} ${h.short}`));
    const target = byAlias[0] ?? [...same].sort((a, b) => Math.abs(a.start - h.start) - Math.abs(b.start - h.start))[0];
    if (target) resolvedShort.set(h, target);
    else {
      const entry = cat.byName(`${h.kindText} ${h.short}`) ?? cat.byName(`${h.kindText} số ${h.short}`);
      if (entry) {
        h.name = `${h.kindText} ${h.short}`;
        h.short = null;
      } else if (h.explicitSo) {
        const sp = spanOf(h);
        issues.push({ code: 'UNRESOLVED_ALIAS', severity: 'WARNING', message: `"${sp.text}" names a document by a short number that no full citation in the text explains.`, line: sp.line });
      }
    }
  }

  // --- identity: catalog entry, else issuer + number, else issuer + name
  const statedIssuerByCore = new Map<string, Set<string>>();
  const issuerCache = new Map<string, IssuerRef | null>();
  const issuerFor = (raw: string): IssuerRef | null => {
    if (!issuerCache.has(raw)) issuerCache.set(raw, issuerOf(raw, ctx));
    return issuerCache.get(raw)!;
  };
  for (const h of full) {
    if (!h.issuerRaw) continue;
    const is = issuerFor(h.issuerRaw);
    if (!is) continue;
    const core = numberCoreKey(h.number!);
    statedIssuerByCore.set(core, (statedIssuerByCore.get(core) ?? new Set()).add(is.key));
  }
  const groups = new Map<string, Group>();
  const groupOf = new Map<Head, Group>();
  const addTo = (id: string, h: Head, init: () => Omit<Group, 'id' | 'heads'>) => {
    let g = groups.get(id);
    if (!g) {
      g = { id, heads: [], ...init() };
      groups.set(id, g);
    }
    g.heads.push(h);
    groupOf.set(h, g);
  };
  const fromNumber = (h: Head): { issuer: IssuerRef | null; co: string[] } => {
    const inferred = issuerFromNumber(h.number!);
    if (!inferred) return { issuer: null, co: [] };
    return { issuer: issuerFor(inferred.name), co: inferred.coIssuers };
  };
  const namedNumbers = new Map<string, Head>();
  for (const h of heads) if (h.name && h.number && !namedNumbers.has(lawNameKey(h.name))) namedNumbers.set(lawNameKey(h.name), h);
  const sameName = new Map<Head, Head>();
  for (const h of heads) {
    if (h.short) continue;
    if (h.number) {
      const year = h.date ? Number(h.date.iso.slice(0, 4)) : h.year;
      const entry = cat.byNumber(h.number, year);
      if (entry) {
        addTo(`cat:${entry.key}`, h, () => ({ entry, issuer: entry.issuer, coIssuers: [] }));
        continue;
      }
      const core = numberCoreKey(h.number);
      let issuer: IssuerRef | null = h.issuerRaw ? issuerFor(h.issuerRaw) : null;
      let co: string[] = h.coIssuerRaw ? [issuerFor(h.coIssuerRaw)?.name ?? h.coIssuerRaw] : [];
      if (!issuer) {
        const stated = statedIssuerByCore.get(core);
        if (stated && stated.size === 1) {
          const k = [...stated][0]!;
          issuer = [...issuerCache.values()].find((x) => x?.key === k) ?? null;
        }
      }
      if (!issuer) ({ issuer, co } = fromNumber(h));
      else if (!co.length) co = issuerFromNumber(h.number)?.coIssuers ?? [];
      // numbers without a year restart every year: a citation dated another year is another document
      const yearless = `num:${issuer?.key ?? 'unknown'}|${core}`;
      let id = yearless;
      if (numberYear(h.number) === null && h.date) {
        const firstYear = groups.get(yearless)?.heads.find((x) => x.date)?.date!.iso.slice(0, 4);
        if (firstYear && firstYear !== h.date.iso.slice(0, 4)) id = `${yearless}|${h.date.iso.slice(0, 4)}`;
      }
      addTo(id, h, () => ({ entry: null, issuer, coIssuers: co }));
      continue;
    }
    if (h.name) {
      // "Luật Phòng cháy … có hiệu lực" after "Luật Phòng cháy … số 55/2024/QH15": the same law
      const numbered = namedNumbers.get(lawNameKey(h.name));
      if (numbered) {
        sameName.set(h, numbered);
        continue;
      }
      const entry = (h.alias ? cat.byName(h.alias) : null) ?? cat.byName(h.name);
      if (entry) {
        addTo(`cat:${entry.key}`, h, () => ({ entry, issuer: entry.issuer, coIssuers: [] }));
        continue;
      }
      const issuer = h.issuerRaw ? issuerFor(h.issuerRaw) : h.kind === 'LAW' || h.kind === 'CODE' ? issuerFor('Quốc hội') : null;
      addTo(`name:${issuer?.key ?? 'unknown'}|${lawNameKey(h.name)}`, h, () => ({ entry: null, issuer, coIssuers: [] }));
    }
  }
  for (const [h, target] of [...resolvedShort, ...sameName]) {
    const g = groupOf.get(target);
    if (g) {
      g.heads.push(h);
      groupOf.set(h, g);
    }
  }

  // --- build references
  const references: Reference[] = [];
  const keyOf = new Map<Group, string>();
  const docYear = ctx.year;
  for (const g of groups.values()) {
    const hs = [...g.heads].sort((a, b) => lineAt(a.para, a.start) - lineAt(b.para, b.start) || a.start - b.start);
    const first = hs[0]!;
    const numbered = hs.find((h) => h.number);
    const number = g.entry?.number ?? (numbered ? numbered.number : null);
    // dates: every distinct date the text gives this document
    const dated = hs.filter((h) => h.date).map((h) => ({ iso: h.date!.iso, line: lineAt(h.para, h.start) }));
    const distinct = [...new Map(dated.map((d) => [d.iso, d])).values()];
    const nYear = number ? numberYear(number) : null;
    let issuedOn: string | null = g.entry?.issuedOn ?? null;
    if (!issuedOn && distinct.length) issuedOn = (distinct.find((d) => nYear !== null && Number(d.iso.slice(0, 4)) === nYear) ?? distinct[0]!).iso;
    const conflicting = g.entry?.issuedOn ? distinct.filter((d) => d.iso !== g.entry!.issuedOn) : distinct.length > 1 ? distinct : [];
    if (conflicting.length) {
      const label = `${first.kindText.charAt(0).toUpperCase()}${first.kindText.slice(1)} ${number ?? first.name ?? ''}`.trim();
      const parts = distinct.map((d) => `${d.iso} (line ${d.line})`).join(' and ');
      issues.push({
        code: 'DATE_CONFLICT',
        severity: 'WARNING',
        message: `${label} is cited with ${distinct.length > 1 ? 'different dates' : 'a date'}: ${parts}${g.entry ? `; the catalog's verified date is ${g.entry.issuedOn}` : ''}. Using ${issuedOn}.`,
        line: conflicting[0]!.line,
      });
    }
    const year = issuedOn ? Number(issuedOn.slice(0, 4)) : (nYear ?? hs.find((h) => h.year)?.year ?? null);
    const relation = hs.map((h) => h.relation).sort((a, b) => REL_RANK[a] - REL_RANK[b])[0]!;
    const kindHead = hs.find((h) => h.number && kindWord(h.kindText)?.kind !== 'OFFICIAL_LETTER') ?? first;
    const kind: DocumentKind =
      g.entry?.kind ??
      (kindHead.kind === 'OFFICIAL_LETTER' && number ? kindFromNumber(number) ?? 'OFFICIAL_LETTER' : kindHead.kind);
    const subjHead = hs.find((h) => h.subjStart >= 0);
    const title =
      g.entry?.title ??
      (subjHead ? cleanSubject(subjHead.para.text.slice(subjHead.subjStart, subjHead.subjEnd)) : null) ??
      (hs.find((h) => h.name)?.name ?? null);
    const alias = hs.find((h) => h.alias)?.alias ?? null;
    const issuerKey = g.issuer?.key ?? 'unknown';
    let key: string;
    if (g.entry) key = g.entry.key;
    else if (number) key = documentKey(issuerKey, numberPart(number), year);
    else {
      const nm = hs.find((h) => h.name)?.name ?? title ?? first.kindText;
      const s = slug(nm.split(/\s+/).slice(0, 8).join(' '));
      const abbr = kindAbbr(kind);
      key = documentKey(issuerKey, s.startsWith(slug(first.kindText)) ? s : titlePart(abbr, nm), year);
    }
    keyOf.set(g, key);
    const sp = spanOf(first);
    references.push({
      key,
      relation,
      kind,
      number,
      issuedOn,
      issuer: g.issuer,
      title,
      text: sp.text,
      alias,
      vague: false,
      catalog: !!g.entry,
      line: sp.line,
      lineEnd: sp.lineEnd,
    });
    if (g.coIssuers.length) {
      issues.push({
        code: 'JOINT_ISSUER',
        severity: 'INFO',
        message: `${number ?? title}: issued jointly by ${g.issuer?.name ?? 'unknown'} and ${g.coIssuers.join(', ')}; recorded with ${g.issuer?.name ?? 'unknown'} as issuer.`,
        line: sp.line,
      });
    }
    if (g.entry?.supersededBy) {
      const by = cat.byKey(g.entry.supersededBy);
      const byYear = by?.issuedOn ? Number(by.issuedOn.slice(0, 4)) : null;
      const docDate = header.document.issuedOn;
      const earlier = docDate && by?.issuedOn ? docDate < by.issuedOn : docYear !== null && byYear !== null && docYear < byYear;
      const when = earlier ? `; it was in force when this document was issued (${docDate ?? docYear})` : '';
      issues.push({
        code: 'SUPERSEDED_REFERENCE',
        severity: 'INFO',
        message: `${number ?? g.entry.title} has been superseded by ${by?.number ?? g.entry.supersededBy}${by?.issuedOn ? ` (${by.issuedOn})` : ''}${when}.`,
        line: sp.line,
      });
    }
  }

  // --- links stated in citations' subjects
  const links: ReferenceLink[] = [];
  const seenLinks = new Set<string>();
  for (const h of heads) {
    if (!h.parent) continue;
    const child = groupOf.get(h);
    const parent = groupOf.get(h.parent);
    if (!child || !parent || child === parent) continue;
    const from = keyOf.get(parent)!;
    const to = keyOf.get(child)!;
    const relation = linkRelation(h.parent, h);
    const id = `${from}|${to}|${relation}`;
    if (seenLinks.has(id)) continue;
    seenLinks.add(id);
    const sp = spanOf(h);
    links.push({ from, to, relation, line: sp.line, lineEnd: sp.lineEnd });
  }

  // --- vague bases in the preamble: "Thực hiện các văn bản chỉ đạo của …" with no citation
  for (const p of paras) {
    if (p.zone !== 'preamble') continue;
    const starts = [0];
    const sre = /[.;]\s+(?=\p{Lu})/gu;
    for (let m = sre.exec(p.text); m; m = sre.exec(p.text)) starts.push(m.index + m[0].length);
    for (const s of starts) {
      const rel = openerAt(p.text.slice(s, s + 40));
      if (!rel) continue;
      const after = p.text.slice(s).replace(BULLET_RE, '');
      const opener = /^\S+(?:\s+(?:hiện|cứ|đề nghị|khai|thực hiện|cơ sở|hành|tục thực hiện))?\s+/u.exec(after);
      const clauseStart = s + (p.text.slice(s).length - after.length) + (opener ? opener[0].length : 0);
      const clause = p.text.slice(clauseStart, clauseStart + 300).split(/[;.]|,\s+(?=(?:nhằm|để|UBND|Ủy ban|trên cơ sở|đồng thời)\s)/u)[0]!;
      if (heads.some((h) => h.para === p && h.start >= clauseStart && h.start < clauseStart + clause.length)) continue;
      const vm = VAGUE_RE.exec(clause);
      if (!vm) continue;
      const raw = vm[1]!.trim();
      const issuer = issuerOf(raw, ctx);
      const line = lineAt(p, clauseStart);
      const text = normalizeVi(clause).replace(/[\s,;:]+$/u, '');
      references.push({
        key: vagueDocumentKey(issuer?.key ?? null, text),
        relation: rel,
        kind: 'OTHER',
        number: null,
        issuedOn: null,
        issuer,
        title: null,
        text,
        alias: null,
        vague: true,
        catalog: false,
        line,
        lineEnd: lineAt(p, clauseStart + clause.length - 1),
      });
      issues.push({
        code: 'VAGUE_BASIS',
        severity: 'WARNING',
        message: `The basis "${text}" names no document (number, date); it cannot be linked.`,
        line,
      });
    }
  }

  references.sort((a, b) => REL_RANK[a.relation] - REL_RANK[b.relation] || a.line - b.line);
  return { references, links, issues };
}
