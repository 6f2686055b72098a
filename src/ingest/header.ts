/**
 * Phase 2: SourceText → HeaderResult (the document, its issuer, jurisdiction, signer) + DocContext.
 *
 * Handles the layouts plans come in: the plain layout (Số / Place, ngày … / KIND / title), the
 * two-column header table flattened with "|" (or linearised on one line), web-mirror metadata
 * tables ("Số hiệu | …", "Cơ quan ban hành | …") after site boilerplate, drafts with blank number
 * and date, and documents that lost their header entirely (number/date/issuer then come from the
 * body's own statement "UBND thị xã X ban hành …", the signature block or the dates in the text).
 */
import type { DocContext, HeaderResult, SourceLine, SourceText } from './context.js';
import type { AdministrativeUnit, DocumentKind, ExtractedDocument, Finding, IssuerRef, Level } from './model.js';
import { canonicalAgency } from './agencies.js';
import { KIND_WORDS, kindAbbr, kindFromNumber, kindWord, normalizeNumber, numberYear } from './catalog.js';
import { collapseSpaces, findViDates, fold, normalizeVi, parseViDate, trimEndOf, trimStartOf } from './text.js';
import { TIERS_BY_FOLDED, type Tier } from './tiers.js';
import { readHeaderDate } from '../rules/dates.js';
import { canonicalNumber, readOwnNumber } from '../rules/numbers.js';
import { layoutColumns, respaceLetters } from '../rules/header-lines.js';
import { issuerFromColumn } from '../rules/issuers.js';
import { agencyKey, documentKey as makeDocumentKey, numberPart, properName, titlePart, unitKey } from '../domain/keys.js';

// ---------------------------------------------------------------------------------------------
// Administrative units

const TIERS = TIERS_BY_FOLDED;

/** Issuers of the national level (their header names no province). */
const NATIONAL_ISSUER_RE = /^(?:BỘ|Bộ|CỤC|Cục|TỔNG CỤC|Tổng cục|THỦ TƯỚNG|Thủ tướng|CHÍNH PHỦ|Chính phủ|VĂN PHÒNG CHÍNH PHỦ|Văn phòng Chính phủ|QUỐC HỘI|Quốc hội)(?![\p{L}])|QUỐC GIA|quốc gia/u;

/** Cities directly under the central government: their "thành phố" is a province-level unit. */
const CENTRAL_CITIES = ['ha noi', 'ho chi minh', 'hai phong', 'da nang', 'can tho'];

/** A centrally governed city by its folded name in a year: Huế is one since 2025. */
function isCentralCity(folded: string, year: number | null): boolean {
  return CENTRAL_CITIES.includes(folded) || (folded === 'hue' && (year ?? 0) >= 2025);
}

function tierOf(word: string): Tier | null {
  return TIERS[fold(word)] ?? null;
}

/** District-level units ceased on 2025-07-01 (two-tier local government); so did the township type. */
const DISTRICT_TIER_END = '2025-06-30';

export function makeUnit(tierWord: string, name: string, year: number | null = null, parentKey: string | null = null): AdministrativeUnit | null {
  const t = tierOf(tierWord);
  if (!t) return null;
  const proper = titleCaseName(name);
  let { kind, level } = t;
  const fn = fold(proper);
  if (kind === 'CITY' && isCentralCity(fn, year)) level = 'PROVINCE';
  const display = `${t.word} ${proper}`;
  const ceased = level === 'DISTRICT' || kind === 'TOWNSHIP';
  return {
    // without its province until the caller knows it (qualifyUnit)
    key: unitKey(t.word, proper, level),
    name: display,
    kind,
    level,
    parentKey: level === 'PROVINCE' ? null : parentKey,
    validFrom: null,
    validTo: ceased ? DISTRICT_TIER_END : null,
  };
}

/**
 * The unit's key with its province (district- and commune-level units: src/domain/keys.ts rule 4);
 * the same unit, re-keyed, or the unit itself when it is a province or the province is unknown.
 */
export function qualifyUnit(u: AdministrativeUnit, province: AdministrativeUnit | null, district: AdministrativeUnit | null = null): AdministrativeUnit {
  if (u.level === 'PROVINCE' || u.level === 'NATIONAL') return u;
  const d = u.level === 'COMMUNE' && district && district.level === 'DISTRICT' ? district.name : null;
  if (!province && !d) return u;
  const proper = properName(u.name);
  if (proper === u.name) return u;
  return { ...u, key: unitKey(u.name.slice(0, u.name.length - proper.length).trim(), proper, u.level, province?.name ?? null, d) };
}

/** "BẮC NINH" → "Bắc Ninh"; mixed-case names are kept. */
export function titleCaseName(name: string): string {
  const n = normalizeVi(name);
  if (n !== n.toUpperCase()) return n;
  return n
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((w) => (/^\s+$|^-$/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

const ALL_CAPS_MIN = 0.8;
function isMostlyUpper(s: string): boolean {
  let up = 0;
  let low = 0;
  for (const ch of s) {
    const c = caseOf(ch);
    if (c === 1) up++;
    else if (c === 2) low++;
  }
  return up + low >= 2 && up / (up + low) >= ALL_CAPS_MIN;
}

/** 0: no case, 1: upper, 2: lower — as `ch.toUpperCase() !== ch.toLowerCase()` and `ch === ch.toUpperCase()` say, cached per character (those calls allocate). */
function caseOf(ch: string): 0 | 1 | 2 {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 0x80) return code >= 0x41 && code <= 0x5a ? 1 : code >= 0x61 && code <= 0x7a ? 2 : 0;
  let c = CASE_OF.get(ch);
  if (c === undefined) {
    c = ch.toUpperCase() !== ch.toLowerCase() ? (ch === ch.toUpperCase() ? 1 : 2) : 0;
    if (CASE_OF.size > 5000) CASE_OF.clear();
    CASE_OF.set(ch, c);
  }
  return c;
}
const CASE_OF = new Map<string, 0 | 1 | 2>();

const TIER_RE_SRC = 'thành phố|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường';

/**
 * "ỦY BAN NHÂN DÂN TỈNH BẮC NINH" → "UBND tỉnh Bắc Ninh", "BỘ CÔNG AN" → "Bộ Công an": capitals of
 * header lines back to the way names are written in running text, so canonicalAgency reads them.
 */
export function recaseName(s: string): string {
  // pure and asked again for the same header phrases (issuerOf, unitFromPhrase): memoized
  let v = RECASE.get(s);
  if (v === undefined) {
    v = recaseNameUncached(s);
    if (RECASE.size > 5000) RECASE.clear();
    RECASE.set(s, v);
  }
  return v;
}
const RECASE = new Map<string, string>();

// hoisted regexes (compiling them on every call showed in profiles)
const RECASE_TAIL_RE = new RegExp(`(^|\\s)(${TIER_RE_SRC})\\s+(.+)$`, 'u');
const UNIT_PHRASE_RE = new RegExp(`(?:^|\\s)(${TIER_RE_SRC})(?:\\s+(.+))?$`, 'iu');
const BARE_TIER_RE = new RegExp(`^(${TIER_RE_SRC})\\s+\\p{Lu}`, 'iu');
const LAST_IS_UNIT_RE = new RegExp(`^(${TIER_RE_SRC})\\s+(?!ỦY|ủy|UỶ|uỷ)`, 'iu');
const TIER_NAME_RE = new RegExp(`(${TIER_RE_SRC})\\s+(.+)$`, 'iu');
const HAS_TIER_RE = new RegExp(`(${TIER_RE_SRC})`, 'iu');

function recaseNameUncached(s: string): string {
  const n = normalizeVi(s);
  if (!isMostlyUpper(n)) return n;
  let t = n.toLowerCase();
  t = t.replace(/ủy ban nhân dân|uỷ ban nhân dân/g, 'UBND').replace(/hội đồng nhân dân/g, 'HĐND').replace(/\bubnd\b/g, 'UBND');
  // party committees carry their unit's name directly: "TỈNH ỦY NGHỆ AN" → "Tỉnh ủy Nghệ An"
  const party = /^((?:ban thường vụ\s+)?(?:tỉnh|thành|huyện|thị|quận|đảng) ủy)\s+(.+)$/u.exec(t);
  if (party) return `${party[1]!.charAt(0).toUpperCase()}${party[1]!.slice(1)} ${titleCaseName(party[2]!.toUpperCase())}`.replace(/^Ban thường vụ/u, 'Ban Thường vụ').replace(/ (tỉnh|thành|huyện|thị|quận|đảng) ủy/u, (m) => ` ${m.trim().charAt(0).toUpperCase()}${m.trim().slice(1)}`);
  // proper name after the last tier word
  const m = RECASE_TAIL_RE.exec(t);
  let tail = '';
  if (m && !/^(ủy|uỷ|hội|đội|viên)(?![\p{L}])/u.test(m[3]!)) {
    tail = `${m[2]} ${titleCaseName(m[3]!.toUpperCase())}`;
    t = t.slice(0, m.index + m[1]!.length);
  }
  // heads: capitalise the first word and the first word after "Bộ/Sở/Ban/Phòng/Cục/Công an"
  const words = t.split(' ').filter(Boolean);
  const out = words.map((w, i) => {
    if (/^(UBND|HĐND)$/.test(w)) return w;
    // acronyms keep their capitals ("KHCN, ĐMST, CĐS"): a word of two or more letters without a vowel
    const bare = w.replace(/[,.;:]+$/u, '');
    if (i > 0 && bare.length >= 2 && /^\p{L}+$/u.test(bare) && !/[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu.test(bare)) return w.toUpperCase();
    if (i === 0) return w.charAt(0).toUpperCase() + w.slice(1);
    const prev = fold(words[i - 1]!);
    if (/^(bo|so|ban|phong|cuc|chi|trung|van)$/.test(prev) && i === 1) return w.charAt(0).toUpperCase() + w.slice(1);
    return w;
  });
  return collapseSpaces([out.join(' '), tail].filter(Boolean).join(' ')).trim().replace(/(?<=\s)chính phủ(?![\p{L}])/gu, 'Chính phủ');
}

// ---------------------------------------------------------------------------------------------
// Issuer naming (canonical names come from agencies.ts)

const NATIONAL_RE =
  /^(quoc hoi|uy ban thuong vu quoc hoi|chinh phu|thu tuong|bo |ban bi thu|bo chinh tri|ban chap hanh trung uong|trung uong|chu tich nuoc|van phong chinh phu|toa an nhan dan toi cao|vien kiem sat nhan dan toi cao|kiem toan nha nuoc|ngan hang nha nuoc|tong cuc|cuc )/;

function levelOfName(name: string): Level {
  const f = fold(name);
  if (NATIONAL_RE.test(f)) return 'NATIONAL';
  if (/\btinh\b|tinh uy/.test(f)) return 'PROVINCE';
  const city = /thanh pho (.+)$/.exec(f);
  if (city && CENTRAL_CITIES.includes(city[1]!.trim())) return 'PROVINCE';
  if (/\b(thi xa|huyen|quan|thanh pho)\b|\b(thi|huyen|quan) uy\b/.test(f)) return 'DISTRICT';
  if (/\b(xa|phuong|thi tran)\b/.test(f)) return 'COMMUNE';
  if (/\b(quoc gia|trung uong)\b/.test(f)) return 'NATIONAL'; // "Ban Chỉ đạo quốc gia về …"
  return 'UNKNOWN';
}

/** The canonical issuer for a body named in the text (header line, "của …", metadata). */
export function issuerOf(raw: string, ctx: DocContext | null): IssuerRef | null {
  const name = recaseName(
    normalizeVi(raw)
      .replace(/\((?:khóa|khoá|nay là)[^)]*\)/giu, ' ')
      .replace(/^(?:Hội nghị (?:lần thứ \S+ )?)(?=Ban Chấp hành)/u, '')
      .replace(/\s+(?:khóa|khoá)\s+[IVXL]+\b.*$/u, '')
      .replace(/[\s,;:.]+$/u, '')
      .trim(),
  );
  if (!name) return null;
  const simple = name.replace(/^Ban Bí thư Trung ương Đảng$/u, 'Ban Bí thư').replace(/^Ban Chấp hành Trung ương Đảng$/u, 'Ban Chấp hành Trung ương');
  const a = canonicalAgency(simple, ctx);
  if (a) {
    // a centrally-run city is a province; a national body ("… quốc gia") is national
    const byName = levelOfName(a.name);
    const level = a.level === 'UNKNOWN' || ((byName === 'PROVINCE' || byName === 'NATIONAL') && a.level === 'DISTRICT') ? byName : a.level;
    return { key: a.key, name: a.name, level };
  }
  // Bodies agencies.ts does not treat as agencies (Quốc hội, Chủ tịch nước …): keep the name.
  if (simple.length < 3 || simple.split(/\s+/).length > 16) return null;
  return { key: agencyKey(simple, null), name: simple, level: levelOfName(simple) };
}

// ---------------------------------------------------------------------------------------------
// Header line grammar

const MOTTO_PARTS = [
  /CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/giu,
  // OCR'd motto ("CỘNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM")
  /C\S{1,2}NG\s+H\S{1,2}A\s+X\S\s+H\S{1,2}I\s+CH\S{1,2}\s+NGH\S{1,2}A\s+VI\S{1,2}T\s+NAM/gu,
  /CỘNG\s+HÒA\s+XÃ\s+HỘI/giu,
  /CHỦ\s+NGHĨA\s+VIỆT\s+NAM/giu,
  /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/gu,
  /Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc/giu,
  /Độc\s+lập\s*-\s*Tự\s+do/giu,
  /Tự\s+do\s*-\s*Hạnh\s+phúc/giu,
];

function stripMotto(cell: string): string {
  let s = cell;
  for (const re of MOTTO_PARTS) s = s.replace(re, ' ');
  return collapseSpaces(trimStartOf(trimEndOf(s, '-_='), '-_=')).trim(); // = the regex replaces, without regexes
}

const META_KEYS: Array<[RegExp, MetaKey]> = [
  [/^số hiệu$/, 'number'],
  [/^số văn bản$/, 'number'],
  [/^ngày ban hành$/, 'date'],
  [/^ngày có hiệu lực$/, 'effective'],
  [/^loại văn bản$/, 'kind'],
  [/^cơ quan ban hành$/, 'issuer'],
  [/^nơi ban hành$/, 'issuer'],
  [/^người ký$/, 'signer'],
  [/^lĩnh vực$/, 'field'],
  [/^tình trạng(?: hiệu lực)?$/, 'status'],
  [/^ngày công báo$/, 'other'],
  [/^số công báo$/, 'other'],
  [/^ngày hết hiệu lực$/, 'other'],
];
type MetaKey = 'number' | 'date' | 'effective' | 'kind' | 'issuer' | 'signer' | 'field' | 'status' | 'other';
const META_INLINE_RE =
  /(Số hiệu|Số văn bản|Ngày ban hành|Ngày có hiệu lực|Loại văn bản|Cơ quan ban hành|Nơi ban hành|Người ký|Lĩnh vực|Tình trạng(?: hiệu lực)?|Ngày công báo|Số công báo|Ngày hết hiệu lực)\s*:\s*/gu;

function metaKeyOf(cell: string): MetaKey | null {
  const c = trimEndOf(cell, ':').toLowerCase().normalize('NFC');
  for (const [re, k] of META_KEYS) if (re.test(c)) return k;
  return null;
}

const KIND_LINE_RE = new RegExp(
  `^(${KIND_WORDS.map((k) => k.word.toUpperCase()).join('|')})(?=$|[\\s:.,;-])\\s*[:.-]?\\s*(.*)$`,
  'u',
);
const NUMBER_CELL_RE = /^(?:[\p{L}]+\s+)?[Ss][ốỐóÓôÔ]\s*(?:[:.]\s*|\s+(?=[\d_.…\/]))(.*)$/u;
const PLACE_DATE_RE = /^(?:([^,|]{1,60}?)\s*,\s*)?[Nn]gày\b(.*)$/u;
const SEPARATOR_RE = /^[-_=.*…~\s]{3,}$/u;
const WEB_TITLE_RE = new RegExp(`^(${KIND_WORDS.map((k) => k.word).join('|')})\\s+(?:số\\s+)?(\\d+[^\\s]*\\/[^\\s]+)?\\s*(?:năm\\s+(\\d{4}))?\\s*(.*)$`, 'u');
const OPENER_RE =
  /^(?:Thực hiện|Căn cứ|Theo đề nghị|Xét đề nghị|Theo|Triển khai|Tiếp tục|Nhằm|Để|Trên cơ sở|Thi hành|Qua|Sau khi|Ngày \d|Trong những năm|Những năm|Hiện nay|Năm \d{4})(?![\p{L}])/u;
const SECTION_RE =
  /^(?:[IVX]{1,5}\s*[.)/:-]\s*\S|(?:PHẦN|Phần)\s+(?:THỨ\s+|thứ\s+)?[IVX\d]+\b|(?:CHƯƠNG|Chương)\s+[IVX\d]+\b|Điều\s+1\s*[.:]|[A-D]\s*[.)]\s+\p{Lu}{2}|\d{1,2}\s*[.)]\s+\p{L})/u;
const AUTHORITY_RE = /^(CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC|THỦ TƯỚNG|TRƯỞNG BAN|ỦY BAN NHÂN DÂN|UBND|BAN THƯỜNG VỤ|HỘI ĐỒNG NHÂN DÂN|CHÍNH PHỦ)(?![\p{L}])/u;

/** Cells of a flattened table row, empty cells kept (right column of a signature table). */
function rawCells(line: SourceLine): string[] {
  const t = line.text;
  if (!t.includes('|') && !line.raw.includes('|')) return [t];
  const parts = normalizeVi(line.raw.replace(/\*+/g, ''))
    .split('|')
    .map((c) => normalizeVi(c));
  if (parts.length && parts[0] === '') parts.shift();
  if (parts.length && parts[parts.length - 1] === '') parts.pop();
  return parts.length ? parts : [''];
}

function cellsOf(line: SourceLine): string[] {
  return line.text
    .split('|')
    .map((c) => c.trim())
    .filter(Boolean);
}

interface NumberField {
  value: string | null;
  blank: boolean;
  damaged: boolean;
  printed: string;
  rules: string[];
  line: number;
}

/** The printed number at the start of a "Số:" cell: up to its code, before the place/date. */
const NUMBER_PRINTED_RE = /^([^/⁄|,;]{0,14}?[/⁄]\s*[^\s,;|]*(?:\s?[/-]\s?[^\s,;|]+)*(?:\s\([\p{Lu}\d/-]+\))?)/u;

function parseNumberCell(rest: string, line: number): NumberField {
  // The number ends where the place/date of a linearised header begins.
  const cut = (rest.split(/\s{2,}(?=\S*[^\s/_.…-])|\s(?=(?:Thành phố\s+|TP\.\s*)?[\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+)*\s*[,.]\s*ngày)/u)[0] ?? '').trim();
  const m = NUMBER_PRINTED_RE.exec(cut);
  const printed = (m ? m[1]! : cut).trim();
  const own = readOwnNumber(printed);
  return { value: own.number, blank: own.state === 'BLANK', damaged: own.state === 'DAMAGED', printed, rules: own.rules, line };
}

interface DateField {
  iso: string | null;
  year: number | null;
  blank: boolean;
  damaged: boolean;
  impossible: boolean;
  rule: string;
  line: number;
}

function parseDateText(s: string, line: number): DateField | null {
  const d = readHeaderDate(/^\s*ngày/iu.test(s) ? s : `ngày ${s}`);
  if (!d) return null;
  return { iso: d.iso, year: d.year, blank: d.state === 'BLANK', damaged: d.state === 'DAMAGED', impossible: d.state === 'IMPOSSIBLE', rule: d.rule, line };
}

// ---------------------------------------------------------------------------------------------
// Subject of a letter, attachment line, number continued on another line

/** "V/v …" (or "Về việc …" in the left column): the subject of a letter, its lines joined. */
const SUBJECT_START_RE = /(?:^|\|\s*)V\/v\.?\s*(.*)$/u;
const SUBJECT_STOP_RE = /^(?:Kính gửi|Số\s*[:.]|CỘNG HÒA|CỘNG HOÀ|Độc lập|\p{Lu}[\p{Ll}\s]{1,30},\s*ngày|[IVX]+\.|\d+\.|Căn cứ|Thực hiện|Trong thời gian|Ngày \d)/u;

export function findSubject(lines: SourceLine[]): { text: string; line: number; lineEnd: number } | null {
  const limit = Math.min(lines.length, 60);
  for (let i = 0; i < limit; i++) {
    const m = SUBJECT_START_RE.exec(lines[i]!.text);
    if (!m) continue;
    const parts: string[] = [];
    let lineEnd = lines[i]!.n;
    const first = m[1]!.split(/V\/v|Số\s*:|\s\|\s/u)[0]!.trim();
    if (first) parts.push(first);
    const stopInLine = /V\/v|Số\s*:|\s\|\s|\|$/u.test(m[1]!.slice(first.length ? m[1]!.indexOf(first) + first.length : 0));
    if (!stopInLine) {
      for (let j = i + 1; j < Math.min(lines.length, i + 8); j++) {
        const t = lines[j]!.text;
        if (!t || SUBJECT_STOP_RE.test(t) || /^V\/v/u.test(t)) break;
        const cell = t.split(/\s\|\s|\s*\|$/u)[0]!.trim();
        if (cell) {
          parts.push(cell);
          lineEnd = lines[j]!.n;
        }
        if (/\|/u.test(t)) break;
      }
    }
    const text = cleanTitle(parts.join(' ')).replace(/\s{2,}/gu, ' ');
    if (text.length >= 8) return { text, line: lines[i]!.n, lineEnd };
  }
  return null;
}

const ATTACHMENT_RE = new RegExp(
  `\\(\\s*(?:Ban hành\\s+)?(?:[Kk]èm theo|[Gg]ửi kèm)\\s+(?:${KIND_WORDS.map((k) => k.word).join('|')})\\s+số\\s*:?\\s*([^\\s]+(?:\\s?\\/\\s?[^\\s]+)*)\\s+ngày\\s*([^)]{6,40}?)(?:\\s+của\\b|\\)|$)`,
  'u',
);

/** "(Ban hành kèm theo Quyết định số 11 /2026/QĐ-UBND ngày 29 tháng 01 năm 2026 …)": the document itself. */
export function attachmentSelfCitation(lines: SourceLine[]): { number: string | null; iso: string | null; line: number } | null {
  for (const l of lines) {
    if (!l.text.includes('kèm') && !l.text.includes('Kèm')) continue;
    const m = ATTACHMENT_RE.exec(l.text);
    if (!m) continue;
    const own = readOwnNumber(m[1]!);
    const d = readHeaderDate(`ngày ${m[2]!.replace(/(\d)(tháng|năm)/gu, '$1 $2')}`);
    return { number: own.number, iso: d?.iso ?? null, line: l.n };
  }
  return null;
}

/** "Số: 24 /HDLN-BCA-BQP-BYT-" … "ВСТ-ВТC-VKSNDTC-TANDTC": the code continued on a later header line. */
function numberContinuation(lines: SourceLine[], from: number): string | null {
  const i0 = lines.findIndex((l) => l.n === from);
  for (let i = i0 + 1; i >= 1 && i < Math.min(lines.length, i0 + 30); i++) {
    const t = lines[i]!.text;
    if (/^[A-ZĐА-Я][A-ZĐА-Я0-9]*(?:-[A-ZĐА-Я0-9]+)+$/u.test(t)) return t;
    if (t.length > 60) break;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Header zone

interface HeaderZone {
  webTitle: { text: string; line: number } | null;
  meta: Partial<Record<MetaKey, { value: string; line: number }>>;
  leftColumn: Array<{ text: string; line: number }>;
  number: NumberField | null;
  date: DateField | null;
  place: string | null;
  kind: { kind: DocumentKind; line: number } | null;
  titleLines: SourceLine[];
  authority: string | null;
  bodyStart: number; // index into lines
}

const MAX_HEADER_LINES = 80;

function scanHeader(lines: SourceLine[]): HeaderZone {
  const z: HeaderZone = {
    webTitle: null,
    meta: {},
    leftColumn: [],
    number: null,
    date: null,
    place: null,
    kind: null,
    titleLines: [],
    authority: null,
    bodyStart: 0,
  };
  let state: 'pre' | 'title' | 'after' = 'pre';
  let inSubject = false;
  let seen = 0;
  let i = 0;
  const limit = Math.min(lines.length, MAX_HEADER_LINES);
  for (; i < limit; i++) {
    const line = lines[i]!;
    const t = line.text;
    if (state === 'title') {
      if (!t) {
        if (z.titleLines.length) state = 'after';
        continue;
      }
      if (SEPARATOR_RE.test(t)) {
        if (z.titleLines.length) state = 'after';
        continue;
      }
      const titleCaps = z.titleLines.length > 0 && isMostlyUpper(z.titleLines.map((l) => l.text).join(' '));
      if (z.titleLines.length === 0) {
        // A "Thực hiện …" paragraph right after the kind line is the body, unless it is short.
        if ((OPENER_RE.test(t) && (t.length > 200 || /:\s*$/.test(t))) || SECTION_RE.test(t)) break;
        z.titleLines.push(line);
        continue;
      }
      if (OPENER_RE.test(t) || SECTION_RE.test(t) || (!titleCaps && isMostlyUpper(t) && AUTHORITY_RE.test(t))) {
        if (AUTHORITY_RE.test(t) && isMostlyUpper(t)) {
          z.authority = t;
          state = 'after';
          continue;
        }
        break;
      }
      z.titleLines.push(line);
      continue;
    }
    if (state === 'after') {
      if (!t || SEPARATOR_RE.test(t)) continue;
      if (isMostlyUpper(t) && AUTHORITY_RE.test(t) && t.length < 120) {
        z.authority ??= t;
        continue;
      }
      break;
    }
    // state 'pre'
    if (!t || SEPARATOR_RE.test(t)) continue;
    // a letter's subject ("V/v …", possibly continued on the next lines of its cell): read by findSubject
    if (/^V\/v(?![\p{L}])/u.test(t)) inSubject = true;
    else if (inSubject && (t.includes('|') || /^(?:Kính gửi|Số\s*[:.])/u.test(t) || MOTTO_PARTS.some((re) => { re.lastIndex = 0; return re.test(t); }))) inSubject = false;
    if (inSubject && !t.includes('|') && !/S[ốỐ]\s*:/u.test(t)) {
      if (!/^V\/v(?![\p{L}])/u.test(t) && (t.length > 90 || OPENER_RE.test(t))) inSubject = false;
      else continue;
    }
    if (seen++ > 40 && (z.kind || z.number || z.date)) break;
    const cells = cellsOf(line);
    let classified = false;
    let prose = false;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c]!;
      // metadata "Key | value" pairs, or "Key: value" inline
      const mk = metaKeyOf(cell);
      if (mk) {
        const value = cells[c + 1];
        if (value !== undefined && !metaKeyOf(value)) {
          z.meta[mk] ??= { value, line: line.n };
          c++;
        }
        classified = true;
        continue;
      }
      if (META_INLINE_RE.test(cell)) {
        META_INLINE_RE.lastIndex = 0;
        const parts = cell.split(META_INLINE_RE);
        for (let k = 1; k + 1 < parts.length; k += 2) {
          const key = metaKeyOf(parts[k]!);
          const value = parts[k + 1]!.trim();
          if (key && value) z.meta[key] ??= { value, line: line.n };
        }
        classified = true;
        continue;
      }
      META_INLINE_RE.lastIndex = 0;
      const noMotto = stripMotto(cell);
      if (!noMotto) {
        classified = true;
        continue;
      }
      // "Số: 14/KH-UBND" possibly followed by the place/date on the same line
      if (OPENER_RE.test(noMotto) || (SECTION_RE.test(noMotto) && !KIND_LINE_RE.test(noMotto)) || noMotto.length >= 150) {
        if (!(seen <= 4 && !z.webTitle && WEB_TITLE_RE.test(noMotto) && cells.length === 1 && /\sban hành$/u.test(noMotto))) {
          prose = true;
          continue;
        }
      }
      // (both alternatives need "số"/"SỐ": skip the slow unanchored search on other lines)
      const numIdx = /[ốỐóÓôÔ]/u.test(noMotto)
        ? noMotto.search(/(?:^|\s)(?:[\p{L}]+\s+)?[Ss][ốỐóÓôÔ]\s*[:.]|^S[ốỐ]\s(?=\d{1,5}\s?[-/])/u)
        : -1;
      if (numIdx >= 0 && !z.number) {
        const before = noMotto.slice(0, numIdx).trim();
        const m = NUMBER_CELL_RE.exec(noMotto.slice(numIdx).trim());
        if (m) {
          z.number = parseNumberCell(m[1] ?? '', line.n);
          if (before && isMostlyUpper(before) && !z.kind) z.leftColumn.push({ text: before, line: line.n });
          const pd = /([^,|]{1,60}?)\s*[,.]\s*ngày\b(.*)$/u.exec(m[1] ?? '');
          if (pd && !z.date) {
            z.date = parseDateText(pd[2]!, line.n);
            const pl = /(?<![\p{L}\d/-])((?:(?:Thành phố|TP\.)\s*)?\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,4})\s*$/u.exec(pd[1]!.trim());
            z.place = pl ? cleanPlace(pl[1]!) : null;
          }
          classified = true;
          continue;
        }
      }
      const pd = PLACE_DATE_RE.exec(noMotto);
      if (pd && /tháng|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/u.test(pd[2]!) && !z.date) {
        z.date = parseDateText(pd[2]!, line.n);
        if (pd[1]) z.place = cleanPlace(pd[1]);
        classified = true;
        continue;
      }
      const km = KIND_LINE_RE.exec(noMotto);
      if (km && !z.kind && (noMotto.length < 200 || isMostlyUpper(km[1]!))) {
        const kw = kindWord(km[1]!);
        if (kw) {
          z.kind = { kind: kw.kind, line: line.n };
          const rest = (km[2] ?? '').trim();
          if (rest) z.titleLines.push({ ...line, text: rest });
          state = 'title';
          classified = true;
          break;
        }
      }
      // a kind word alone on its line, in any case ("**Kế hoạch**")
      if (!z.kind && cells.length === 1 && kindWord(noMotto) && noMotto.split(/\s+/).length <= 4) {
        z.kind = { kind: kindWord(noMotto)!.kind, line: line.n };
        state = 'title';
        classified = true;
        break;
      }
      if (
        !z.webTitle && !z.kind && !z.number && !z.date && seen <= 4 && cells.length === 1 && !isMostlyUpper(noMotto) &&
        WEB_TITLE_RE.test(noMotto) && (/^\S+(?:\s+\S+)?\s+(?:số\s+)?\d+[^\s]*\//u.test(noMotto) || /\sban hành$/u.test(noMotto) || noMotto.length >= 60)
      ) {
        z.webTitle = { text: noMotto, line: line.n };
        classified = true;
        continue;
      }
      if (isMostlyUpper(noMotto) && noMotto.length <= 90 && !z.kind) {
        const headOfBody = /^THỦ TƯỚNG CHÍNH PHỦ$/u.test(noMotto) && !z.number && !z.leftColumn.length;
        if (!headOfBody && AUTHORITY_RE.test(noMotto) && /^(CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC|THỦ TƯỚNG|TRƯỞNG BAN)/u.test(noMotto)) z.authority ??= noMotto;
        // after the number, capitals are stamps or OCR noise ("lua Km TÌNH LÂM ĐỒNG"), not the issuer
        else if (!z.number || !z.leftColumn.length) z.leftColumn.push({ text: noMotto, line: line.n });
        classified = true;
        continue;
      }
    }
    if (state === 'title') continue;
    if (!classified && (prose || (z.kind || z.number || z.date || z.webTitle) && t.length >= 60)) break;
  }
  z.bodyStart = i;
  return z;
}

function cleanPlace(p: string): string | null {
  const s = normalizeVi(p)
    .replace(/^[-–|,\s]+|[-–|,\s]+$/gu, '')
    .replace(/^(?:TP|Tp|TX|Tx)\.\s*/u, '');
  if (!s || s.length > 40 || /\d{3,}/.test(s)) return null;
  return titleCaseName(s);
}

// ---------------------------------------------------------------------------------------------
// Signature block

const CAPACITY_START_RE = /^(?:(?:TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)\s*[.\/]?\s*(?=\p{Lu}))|^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|TRƯỞNG BAN|TRƯỞNG CÔNG AN|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG|BÍ THƯ|CHỦ NHIỆM|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|HIỆU TRƯỞNG|CHỈ HUY TRƯỞNG|TƯ LỆNH|VIỆN TRƯỞNG|CHÁNH ÁN|TRƯỞNG|PHÓ TRƯỞNG)(?![\p{L}])/u;
const SEAL_RE = /^\(?\s*(?:đã ký|ký|ký tên|ký,? đóng dấu|đã ký và đóng dấu|ký và ghi rõ họ tên|chữ ký|signed)[^)]*\)?\.?$|^\[\s*\w*\s*\]$/iu;
const SURNAMES = new Set(
  ('nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dao doan vuong trinh lam mai thai ha ' +
    'ta luong dinh truong cao luu to chau quach kieu trieu van tong khuc mac chu giang la kha thach hua lai nong ' +
    'lo quan tang tieu hau diep ong nghiem phung tat thieu doan lieu cu ninh khong nham bach thang au').split(' '),
);
const NOT_NAME_FIRST = /^(ủy|uỷ|công|ban|sở|phòng|bộ|văn|trung|đảng|hội|chủ|phó|trưởng|giám|lưu|nơi|kính|thường|tỉnh|huyện|thị|xã|phường|thành|các|như|cục|đội|đài|báo|kt|tm|tl)$/iu;

/** Military and police ranks printed above or before the signer's name. */
const RANK_RE = /^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|ĐẠI\s+(?:TƯỚNG|TÁ|ÚY)|THƯỢNG\s+(?:TƯỚNG|TÁ|ÚY)|TRUNG\s+(?:TƯỚNG|TÁ|ÚY)|THIẾU\s+(?:TƯỚNG|TÁ|ÚY))(?:\s+|$)/u;

export function personName(s: string): string | null {
  const t = normalizeVi(s).replace(/^(?:Ông|Bà|Đồng chí|Đ\/c)\s+/u, '').replace(RANK_RE, '').replace(/[.;,]+$/u, '');
  if (t.length < 5 || t.length > 40) return null;
  const caps = isMostlyUpper(t);
  const name = caps ? titleCaseName(t) : t;
  if (!/^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$/u.test(name)) return null;
  const words = name.split(/\s+/);
  if (NOT_NAME_FIRST.test(words[0]!)) return null;
  if (caps && !SURNAMES.has(fold(words[0]!))) return null;
  return name;
}

interface Signature {
  signer: string | null;
  capacity: string | null;
  startLine: number | null; // 1-based, first line of the capacity block
  signerLine: number | null;
}

function lastCell(line: SourceLine): string {
  const cells = rawCells(line);
  return (cells[cells.length - 1] ?? '').replace(/\*+/g, '').trim();
}

/** Capacity lines ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH") split into their parts ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"). */
const POSITION_SRC = '(?:PHÓ\\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|VIỆN TRƯỞNG|CHÁNH ÁN|CHỦ NHIỆM|TỔ TRƯỞNG|TRƯỞNG ĐOÀN|BÍ THƯ)';
const CAPACITY_PART_RE = new RegExp(`(?:(?:TM|KT|TL|TUQ|Q|T\\/M|K\\/T|T\\/L)\\s*[.\\/]?\\s*)?(?:${POSITION_SRC}|[^\\s]).*?(?=\\s+(?:(?:TM|KT|TL|TUQ)\\s*\\.|${POSITION_SRC})(?![\\p{L}])|$)`, 'gu');

function capacityParts(text: string): string[] {
  const t = collapseSpaces(text).trim();
  const out: string[] = [];
  CAPACITY_PART_RE.lastIndex = 0;
  for (let m = CAPACITY_PART_RE.exec(t); m; m = CAPACITY_PART_RE.exec(t)) {
    if (!m[0]) {
      CAPACITY_PART_RE.lastIndex++;
      continue;
    }
    out.push(m[0].trim().replace(/^(T\/M|K\/T|T\/L)\s*/u, (x) => `${x.replace(/[/\s]/g, '')}. `).replace(/^(TM|KT|TL|TUQ|Q)\s*\.?\s*/u, '$1. '));
  }
  return out.filter(Boolean);
}

/** "TRƯỞNG BAN PHÓ THỦ TƯỚNG Nguyễn Thiện Nhân": the capitals and the person in one cell. */
const CAPS_THEN_NAME_RE = /^(.*?[\p{Lu}.]{2,}[^\p{Ll}]*?)\s+((?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá)\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,4})\s*$/u;
const RECIPIENT_ITEM_RE = /^[-–•+~*]|^Lưu\b/u;

/**
 * The signature block that follows a "Nơi nhận" line (or the first capacity line after the
 * body's "./."): capacity lines in the right column (pipe cells, columns of a layout text, or
 * capitals trailing a recipient line when the two columns were flattened) and the signer's name
 * within the next lines. A decision that issues a plan is signed before the plan: the first
 * block with a person is the document's signature.
 */
function signatureBlockAt(lines: SourceLine[], k: number): Signature | null {
  const caps: Array<{ text: string; n: number }> = [];
  for (let i = k; i < Math.min(lines.length, k + 30); i++) {
    const l = lines[i]!;
    const t = l.text;
    if (!t) continue;
    const cells = rawCells(l);
    let cands: string[];
    if (cells.length > 1) cands = [cells[cells.length - 1]!.replace(/\*+/g, '').trim()];
    else if (/^Nơi nhận/u.test(t)) cands = [t.replace(/^Nơi nhận\s*:?\s*/u, '')];
    else if (RECIPIENT_ITEM_RE.test(t)) {
      const m = /[;:,.)]\s*((?:[\p{Lu}][\p{Lu}.]*\s*){2,})$/u.exec(t);
      cands = m && isMostlyUpper(m[1]!) ? [m[1]!] : [];
    } else if (i > k && t.length > 120) break;
    else cands = [t];
    for (const c0 of cands) {
      const c = respaceLetters(c0).trim();
      if (!c || SEPARATOR_RE.test(c) || SEAL_RE.test(c)) continue;
      const split = CAPS_THEN_NAME_RE.exec(c);
      const capsText = split && isMostlyUpper(split[1]!) ? split[1]! : isMostlyUpper(c) && c.length <= 90 ? c : null;
      if (capsText && (CAPACITY_START_RE.test(capsText) || new RegExp(POSITION_SRC, 'u').test(capsText)) && !/^Nơi nhận/iu.test(capsText)) {
        caps.push({ text: capsText, n: l.n });
      } else if (capsText && caps.length && !RANK_RE.test(capsText) && capsText.length <= 40 && l.n - caps[caps.length - 1]!.n <= 2) {
        // a capacity wrapped onto the next line ("TM. ỦY BAN NHÂN" / "DÂN")
        caps[caps.length - 1] = { text: `${caps[caps.length - 1]!.text} ${capsText}`, n: l.n };
      }
      const nameText = split ? split[2]! : capsText ? null : c;
      const nm = nameText ? personName(nameText.replace(/^.*?(?=(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá)\s)/u, '').replace(/^[^\p{Lu}]*(?:\p{Ll}+\s+)?(?=(?:tướng|tá)\s)/u, '').replace(/^(?:tướng|tá)\s+/u, '')) : null;
      if (nm && caps.length) {
        const capacity = caps.flatMap((x) => capacityParts(x.text)).join(' / ') || null;
        return { signer: nm, capacity, startLine: lines[k]!.n, signerLine: l.n };
      }
    }
  }
  if (!caps.length) return null;
  return { signer: null, capacity: caps.flatMap((x) => capacityParts(x.text)).join(' / ') || null, startLine: lines[k]!.n, signerLine: null };
}

function scanSignature(lines: SourceLine[], from: number): Signature {
  const anchors: number[] = [];
  for (let i = Math.max(from, 1); i < lines.length; i++) {
    const t = lines[i]!.text;
    if (/^Nơi nhận(?![\p{L}])/u.test(t.replace(/\*+/g, '')) || rawCells(lines[i]!).some((c) => /^Nơi nhận(?![\p{L}])/u.test(c.replace(/\*+/g, '').trim()))) anchors.push(i);
    else if (CAPACITY_START_RE.test(t) && isMostlyUpper(t) && t.length <= 60) {
      for (let j = i - 1; j >= Math.max(0, i - 6); j--) if (/\.\/\.\s*\S{0,3}$/u.test(lines[j]!.text)) { anchors.push(i); break; }
    }
  }
  let firstCapacity: Signature | null = null;
  for (const k of anchors) {
    const sig = signatureBlockAt(lines, k);
    if (sig?.signer) return sig;
    firstCapacity ??= sig;
  }
  const old = scanSignatureFromEnd(lines, from);
  if (old.signer || !firstCapacity) return old.signer || old.capacity ? old : firstCapacity ?? old;
  return firstCapacity;
}

function scanSignatureFromEnd(lines: SourceLine[], from: number): Signature {
  const block: Array<{ text: string; n: number }> = [];
  const stopAt = Math.max(from, lines.length - 40);
  for (let i = lines.length - 1; i >= stopAt; i--) {
    const cell = lastCell(lines[i]!);
    if (!cell || SEPARATOR_RE.test(cell) || SEAL_RE.test(cell)) continue;
    const upper = isMostlyUpper(cell) && cell.length <= 70;
    if (upper || personName(cell)) {
      block.unshift({ text: cell, n: lines[i]!.n });
      continue;
    }
    break;
  }
  // The person is the last name-like line; capacity lines are the capitals before it.
  let signer: string | null = null;
  let signerLine: number | null = null;
  let capEnd = block.length;
  for (let k = block.length - 1; k >= 0; k--) {
    const nm = personName(block[k]!.text);
    if (nm && !CAPACITY_START_RE.test(block[k]!.text)) {
      signer = nm;
      signerLine = block[k]!.n;
      capEnd = k;
      break;
    }
  }
  const caps = block.slice(0, capEnd).filter((b) => isMostlyUpper(b.text) && !RANK_RE.test(b.text));
  // the capacity block starts at the first capacity head
  const first = caps.findIndex((b) => CAPACITY_START_RE.test(b.text));
  const parts: string[] = [];
  let startLine: number | null = null;
  if (first >= 0) {
    startLine = caps[first]!.n;
    for (const b of caps.slice(first)) {
      const text = b.text.replace(/\s+/g, ' ').replace(/^(T\/M|K\/T|T\/L)\s*/u, (m) => `${m.replace(/[/\s]/g, '')}. `).replace(/^(TM|KT|TL|TUQ|Q)\s*\.?\s*/u, '$1. ');
      if (!parts.length || CAPACITY_START_RE.test(text)) parts.push(text);
      else parts[parts.length - 1] = `${parts[parts.length - 1]} ${text}`;
    }
  }
  if (!parts.length && signer === null) return { signer: null, capacity: null, startLine: null, signerLine: null };
  return { signer, capacity: parts.length ? parts.join(' / ') : null, startLine: startLine ?? signerLine, signerLine };
}

// ---------------------------------------------------------------------------------------------
// Jurisdiction evidence in the body

/** Upper-case Vietnamese letters (explicit: `\\p{Lu}` with the `u` flag is slow on long texts). */
const UP = 'A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ';
const LOW = 'a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
const WORD = `[${UP}][${LOW}]*`;
const NAME_SRC = `(?:${WORD}(?:[ \\t]+${WORD}){0,3}(?:[ \\t]*-[ \\t]*${WORD}(?:[ \\t]+${WORD}){0,2})?|\\d{1,2}(?![\\d/]))`;
const TIER_CASED = 'thành phố|Thành phố|thị xã|Thị xã|thị trấn|Thị trấn|tỉnh|Tỉnh|huyện|Huyện|quận|Quận|xã|Xã|phường|Phường';
const NOT_LETTER = `[^A-Za-z0-9\\u00c0-\\u1ef9]`;
const NO_LETTER_AFTER = `(?![A-Za-z\\u00c0-\\u1ef9])`;
/** "<tier> <Proper Name>": "thị xã Bỉm Sơn", "tỉnh Thanh Hóa", "phường 3". */
const NAMED_UNIT_RE = new RegExp(`(?:^|${NOT_LETTER})(${TIER_CASED})[ \\t]+(${NAME_SRC})${NO_LETTER_AFTER}`, 'g');
/** The document's own statement: "UBND thị xã Bỉm Sơn triển khai …", "Ủy ban nhân dân tỉnh đề ra …". */
const STATEMENT_RE = new RegExp(
  `(?:^|[\\s,;.])(UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Chủ tịch UBND|Chủ tịch Ủy ban nhân dân)[ \\t]+(${TIER_CASED})(?:[ \\t]+(${NAME_SRC}))?[ \\t]+(?:(?:tổ chức|tiếp tục|chủ động|thống nhất)[ \\t]+)?(?:ban hành|xây dựng|triển khai|đề ra|lập|thực hiện|hướng dẫn|quyết định|yêu cầu|chỉ đạo)${NO_LETTER_AFTER}`,
);
/** A body of some tier named without the unit's name: the document's own tier ("Công an thị xã"). */
const RELATIVE_RE = new RegExp(
  `(?:^|${NOT_LETTER})(?:UBND|Ủy ban nhân dân|Công an|Chủ tịch UBND|Ban Chỉ huy Quân sự|HĐND|Đảng ủy|Văn phòng HĐND (?:và|&) UBND|Văn phòng UBND)[ \\t]+(${TIER_CASED})${NO_LETTER_AFTER}(?![ \\t]+[${UP}\\d])`,
  'g',
);

interface NamedCount {
  tier: string; // folded tier
  name: string; // best spelling
  count: number;
}

function countNamedUnits(text: string): NamedCount[] {
  const by = new Map<string, { tier: string; spellings: Map<string, number>; count: number }>();
  NAMED_UNIT_RE.lastIndex = 0;
  for (let m = NAMED_UNIT_RE.exec(text); m; m = NAMED_UNIT_RE.exec(text)) {
    const tier = fold(m[1]!);
    const name = m[2]!.trim();
    if (/^(Ủy|Uỷ|Hội|Đội|Viên|Đoàn)(?![\p{L}])/u.test(name)) continue;
    const k = `${tier}|${fold(name)}`;
    const e = by.get(k) ?? { tier, spellings: new Map(), count: 0 };
    e.count++;
    e.spellings.set(name, (e.spellings.get(name) ?? 0) + 1);
    by.set(k, e);
  }
  return [...by.values()]
    .map((e) => {
      // the spelling with the most diacritics wins ties of frequency ("Bỉm Sơn" over "Bim Sơn")
      const best = [...e.spellings.entries()].sort(
        (a, b) => b[1] - a[1] || diacritics(b[0]) - diacritics(a[0]),
      )[0]![0];
      const richest = [...e.spellings.keys()].sort((a, b) => diacritics(b) - diacritics(a))[0]!;
      return { tier: e.tier, name: diacritics(richest) > diacritics(best) ? richest : best, count: e.count };
    })
    .sort((a, b) => b.count - a.count);
}

function diacritics(s: string): number {
  return s.normalize('NFD').replace(/[^\u0300-\u036f]/g, '').length + (s.match(/[đĐ]/g) ?? []).length;
}

function countRelativeTiers(text: string): Map<string, number> {
  const out = new Map<string, number>();
  RELATIVE_RE.lastIndex = 0;
  for (let m = RELATIVE_RE.exec(text); m; m = RELATIVE_RE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    if (/các\s*$/u.test(before)) continue;
    const t = fold(m[1]!);
    out.set(t, (out.get(t) ?? 0) + 1);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// parseHeader

const PERIOD_RE = /giai\s+đoạn\s+(\d{4})\s*(?:-|đến|tới)\s*(?:năm\s+)?(\d{4})|từ\s+năm\s+(\d{4})\s+đến\s+(?:hết\s+)?năm\s+(\d{4})/iu;

function periodOf(s: string): { from: number; to: number } | null {
  const m = PERIOD_RE.exec(s);
  if (!m) return null;
  const from = Number(m[1] ?? m[3]);
  const to = Number(m[2] ?? m[4]);
  return from <= to && to - from <= 30 ? { from, to } : null;
}

function titleFromWeb(text: string): { title: string; kind: DocumentKind | null; issuer: string | null } {
  const m = WEB_TITLE_RE.exec(text);
  if (!m) return { title: text, kind: null, issuer: null };
  let rest = (m[4] ?? '').trim();
  let issuer: string | null = null;
  const by = /\s+do\s+(.+?)\s+ban hành\s*$/u.exec(rest);
  if (by) {
    issuer = by[1]!;
    rest = rest.slice(0, by.index).trim();
  }
  return { title: upperFirst(rest), kind: kindWord(m[1]!)?.kind ?? null, issuer };
}

function upperFirst(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

function cleanTitle(s: string): string {
  return normalizeVi(s)
    .replace(/^[\s:.\-–"]+/u, '')
    .replace(/[\s:;,]+$/u, '')
    .replace(/\s*\.\/\.\s*$/u, '')
    .trim();
}

function makeFinding(code: string, severity: Finding['severity'], message: string, line: number | null): Finding {
  return { code, severity, message, line };
}

/** Unit evidence collected from the whole text. */
interface UnitEvidence {
  tier: string | null; // folded tier word of the document's own unit
  name: string | null;
}

const PARTY_TIER: Record<string, string> = { tinh: 'tinh', thanh: 'thanh pho', huyen: 'huyen', thi: 'thi xa', quan: 'quan' };

function unitFromPhrase(phrase: string): UnitEvidence {
  // party committees: "Tỉnh ủy Nghệ An", "Ban Thường vụ Huyện ủy X"
  const party = /(?:^|\s)(Tỉnh|Thành|Huyện|Thị|Quận) ủy(?:\s+(\p{Lu}.*))?$/u.exec(recaseName(phrase));
  if (party) return { tier: PARTY_TIER[fold(party[1]!)] ?? null, name: party[2]?.trim() ?? null };
  const m = UNIT_PHRASE_RE.exec(recaseName(phrase));
  if (!m) return { tier: null, name: null };
  const name = m[2]?.trim();
  return { tier: fold(m[1]!), name: name && /^[\p{Lu}\d]/u.test(name) ? name : null };
}

/**
 * The lines as the header and signature scanners read them: letters split by spaces joined, two
 * columns of a layout text made cells ("BỘ XÂY DỰNG | CỘNG HÒA …"), a "Số:" glued to the cell before
 * it separated. Provenance keeps the original lines (same numbers).
 */
function headerView(lines: SourceLine[]): SourceLine[] {
  return lines.map((l, i) => {
    if (!l.text) return l;
    let text = respaceLetters(l.text);
    let raw = l.raw;
    if (!raw.includes('|')) {
      const cols = layoutColumns(raw);
      if (cols.length >= 2) {
        text = cols.map((c) => respaceLetters(normalizeVi(c))).join(' | ');
        raw = text;
      }
    }
    if (i < 60 && /\p{Ll}S[ốỐ]\s*:/u.test(text)) text = text.replace(/(?<=\p{Ll})(?=S[ốỐ]\s*:)/u, ' | ');
    if (raw.includes('|') && text !== l.text && raw === l.raw) raw = l.raw.split('|').map((c) => respaceLetters(c)).join('|');
    return text === l.text && raw === l.raw ? l : { n: l.n, raw, text };
  });
}

export function parseHeader(src: SourceText): HeaderResult {
  const lines = src.lines;
  const issues: Finding[] = [];
  const hv = headerView(lines);
  const z = scanHeader(hv);
  const bodyIdx = Math.min(z.bodyStart, lines.length);
  const sig = scanSignature(hv, bodyIdx);

  // Body end: "Nơi nhận" or the signature block, whichever comes first, in the last part.
  let recipientsLine: number | null = null;
  for (let i = lines.length - 1; i >= bodyIdx; i--) {
    const cells = rawCells(lines[i]!);
    if (cells.some((c) => /^Nơi nhận(?![\p{L}])/u.test(c.replace(/\*+/g, '').trim()))) {
      recipientsLine = lines[i]!.n;
      break;
    }
  }
  const ends = [recipientsLine, sig.startLine].filter((x): x is number => x !== null && x > (lines[bodyIdx]?.n ?? 0));
  const bodyEndLine = ends.length ? Math.min(...ends) : null;
  const bodyLines = lines.slice(bodyIdx, bodyEndLine ? lines.findIndex((l) => l.n === bodyEndLine) : lines.length);
  const bodyText = bodyLines.map((l) => l.text).join('\n');

  // Preamble: the body before its first section heading (where the document states itself).
  const preambleLines: SourceLine[] = [];
  for (const l of bodyLines) {
    if (l.text && SECTION_RE.test(l.text) && preambleLines.some((p) => p.text)) break;
    preambleLines.push(l);
    if (preambleLines.length > 30) break;
  }
  const preamble = preambleLines.map((l) => l.text).join('\n');

  // --- title
  const web = z.webTitle ? titleFromWeb(z.webTitle.text) : null;
  let title = cleanTitle(z.titleLines.map((l) => l.text).join(' '));
  if (title) title = title.replace(/^LIÊN NGÀNH\s+(?=\p{Lu}\p{Ll})/u, '');
  if (!title && web) title = cleanTitle(web.title);
  if (!title) {
    const m = /(?:ban hành|xây dựng|triển khai)\s+(?:Kế hoạch|kế hoạch)\s+(.{10,200}?)(?:\s+(?:như sau|với (?:các|những) nội dung|cụ thể như sau|với nội dung)|:)/u.exec(preamble);
    if (m) title = upperFirst(cleanTitle(m[1]!));
  }

  // --- number (the attachment line "(Ban hành kèm theo Quyết định số … ngày …)" witnesses it)
  const rules: Record<string, string> = {};
  const att = attachmentSelfCitation(lines);
  let numberField = z.number;
  const numberLineText = numberField ? lines.find((l) => l.n === numberField!.line)?.text ?? '' : '';
  if (numberField?.value && /-\s*(?:\|.*)?$/u.test(numberLineText.split(/\s{2,}|\|/u)[0]!.trim() || numberLineText)) {
    const cont = numberContinuation(lines, numberField.line);
    if (cont) {
      const c = canonicalNumber(`${numberField.value.replace(/-?$/u, '-')}${cont}`);
      numberField = { ...numberField, value: c.number, printed: `${numberField.printed} ${cont}`, rules: [...numberField.rules, 'number.continued', ...c.rules] };
    }
  }
  let number: string | null = numberField?.value ?? (z.meta.number && /\d/.test(z.meta.number.value) ? canonicalNumber(normalizeNumber(z.meta.number.value)).number : null);
  let numberPrinted: string | null = numberField && !numberField.blank ? numberField.printed : null;
  if (numberField?.rules.length) rules.number = numberField.rules[numberField.rules.length - 1]!;
  const codeOf = (n: string) => n.replace(/^[^/]*\//u, '');
  if (numberField?.blank) {
    issues.push(makeFinding('BLANK_NUMBER', 'WARNING', 'The number is left blank ("Số: /…"): a draft or an unregistered copy.', numberField.line));
  } else if (numberField?.damaged) {
    if (att && att.number && /\/[\p{Lu}]/u.test(att.number) && codeOf(att.number).length > 1 && numberField.printed.includes(codeOf(att.number).split(/[-/]/u).pop()!)) {
      number = att.number;
      rules.number = 'number.from-attachment';
      issues.push(makeFinding('NUMBER_FROM_ATTACHMENT', 'INFO', `The header number "${numberField.printed}" is unreadable (OCR); the attachment line ${att.line} prints it as ${att.number}.`, att.line));
    } else {
      number = null;
      rules.number = 'number.damaged';
      issues.push(makeFinding('DAMAGED_NUMBER', 'WARNING', `The number "${numberField.printed}" is damaged (OCR) beyond reading; it is left empty, not guessed.`, numberField.line));
    }
  } else if (!number) {
    issues.push(makeFinding('MISSING_NUMBER', 'WARNING', 'No document number ("Số: …") in the text; the key uses the title instead.', null));
  }
  if (number && numberPrinted && canonicalNumber(numberPrinted).number === number && numberPrinted.replace(/\s+/gu, '') === number.replace(/\s+/gu, '')) numberPrinted = null;

  // --- kind: the kind word, else the number's kind sign, else a letter ("V/v …" subject, sign-less number)
  const metaKind = z.meta.kind ? kindWord(z.meta.kind.value)?.kind ?? null : null;
  const printedCode = numberField ? `0/${codeOf(numberField.printed.replace(/\s+/gu, ''))}` : null;
  const signKind = number ? kindFromNumber(number) : printedCode && /\/[\p{Lu}]/u.test(printedCode) ? kindFromNumber(printedCode) : null;
  const subject = findSubject(lines);
  let kind: DocumentKind;
  if (z.kind) [kind, rules.kind] = [z.kind.kind, 'kind.word'];
  else if (metaKind) [kind, rules.kind] = [metaKind, 'kind.metadata'];
  else if (web?.kind) [kind, rules.kind] = [web.kind, 'kind.web-title'];
  else if (signKind && signKind !== 'OFFICIAL_LETTER') [kind, rules.kind] = [signKind, 'kind.number-sign'];
  else if (subject || signKind === 'OFFICIAL_LETTER') [kind, rules.kind] = ['OFFICIAL_LETTER', subject ? 'kind.letter-subject' : 'kind.letter-number'];
  else kind = 'OTHER';
  if (!title && subject) {
    title = subject.text;
    rules.title = 'title.letter-subject';
  }

  // --- date
  let issuedOn: string | null = z.date?.iso ?? null;
  let dateYear: number | null = z.date?.year ?? null;
  if (!issuedOn && z.meta.date) {
    const d = parseViDate(z.meta.date.value);
    if (d) {
      issuedOn = d.iso;
      dateYear = d.year;
    }
  }
  if (z.date) rules.issuedOn = z.date.rule;
  if (z.date?.blank && !issuedOn) {
    issues.push(makeFinding('BLANK_DATE', 'WARNING', `The date is left blank ("ngày … tháng … năm${dateYear ? ' ' + dateYear : ''}"): a draft.`, z.date.line));
  } else if ((z.date?.damaged || z.date?.impossible) && !issuedOn) {
    const sameDoc = att && att.iso && number && att.number && codeOf(att.number) === codeOf(number) && (dateYear === null || Number(att.iso.slice(0, 4)) === dateYear);
    if (sameDoc && z.date.damaged) {
      issuedOn = att.iso;
      rules.issuedOn = 'date.from-attachment';
      issues.push(makeFinding('DATE_FROM_ATTACHMENT', 'INFO', `The header date is unreadable (OCR); the attachment line ${att.line} dates the document ${att.iso}.`, att.line));
      if (att.number !== number) {
        issues.push(makeFinding('NUMBER_FROM_ATTACHMENT', 'INFO', `The header prints the number as ${number}, the attachment line ${att.line} as ${att.number} (same code, same date); the attachment's reading is kept.`, att.line));
        number = att.number;
        rules.number = 'number.from-attachment';
      }
    } else if (z.date.impossible) {
      issues.push(makeFinding('IMPOSSIBLE_DATE', 'WARNING', `The date of issue is impossible (line ${z.date.line}); it is refused, not rolled over.`, z.date.line));
    } else {
      issues.push(makeFinding('DAMAGED_DATE', 'WARNING', `The date of issue is damaged (OCR) beyond reading (line ${z.date.line}); it is left empty${dateYear ? `, the year ${dateYear} is kept` : ''}.`, z.date.line));
    }
  } else if (!issuedOn) {
    issues.push(makeFinding('MISSING_DATE', 'WARNING', 'No date of issue in the text.', null));
  }
  const draft = !!numberField?.blank || (!!z.date?.blank && !issuedOn);

  // --- year
  let year: number | null = issuedOn ? Number(issuedOn.slice(0, 4)) : dateYear;
  year ??= number ? numberYear(number) : null;
  if (year === null && title) {
    const m = /(?<!(?:đến|tới|nhìn|đoạn|từ)\s)năm\s+(\d{4})/u.exec(title);
    if (m) year = Number(m[1]);
  }
  if (year === null) {
    const counts = new Map<number, number>();
    for (const d of findViDates(bodyText)) counts.set(d.year, (counts.get(d.year) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    if (best) year = best[0];
  }

  // --- period
  // "… từ nay đến năm 2020" in the title: from the document's own year
  const fromNow = /từ\s+nay\s+đến\s+(?:hết\s+)?năm\s+(\d{4})/iu.exec(title);
  const period = periodOf(title) ?? (fromNow && year !== null && Number(fromNow[1]) >= year && Number(fromNow[1]) - year <= 30 ? { from: year, to: Number(fromNow[1]) } : null) ?? (() => {
    const st = STATEMENT_RE.exec(preamble);
    return st ? periodOf(preamble.slice(st.index, st.index + 300)) : null;
  })();

  // --- issuer and jurisdiction
  // Both scan the whole body and are needed only on some paths: computed on first use.
  let namedUnits: NamedCount[] | null = null;
  const named = () => (namedUnits ??= countNamedUnits(`${title}\n${bodyText}`));
  const statement = STATEMENT_RE.exec(preamble);
  const relative = () => countRelativeTiers(bodyText);
  const column = issuerFromColumn(z.leftColumn.map((l) => l.text));
  const coIssuers: string[] = [];
  if (column) {
    rules.issuer = column.rule;
    for (const c of column.coIssuers) coIssuers.push(recaseName(c));
  }
  const left = column?.issuer ?? joinLeftColumn(z.leftColumn.map((l) => l.text));
  const candidates: string[] = [];
  if (left) candidates.push(left);
  if (z.authority) candidates.push(z.authority.replace(/^(?:PHÓ\s+)?(?:CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC|THỦ TƯỚNG|TRƯỞNG BAN)\s+/u, ''));
  const metaIssuer = z.meta.issuer?.value ?? web?.issuer ?? null;
  const localCode = number ? /(?:^|[-/])UBND(?:$|[-/])/u.test(number) : false;
  if (metaIssuer) {
    const bare = BARE_TIER_RE.test(normalizeVi(metaIssuer));
    candidates.push(bare && (localCode || kind === 'PLAN' || !number) ? `UBND ${metaIssuer.charAt(0).toLowerCase()}${metaIssuer.slice(1)}` : metaIssuer);
  }
  if (statement) candidates.push(`UBND ${statement[2]}${statement[3] ? ' ' + statement[3] : ''}`);
  const tm = sig.capacity ? /^TM\.\s*(.+?)(?:\s\/|$)/u.exec(sig.capacity) : null;
  if (tm) candidates.push(tm[1]!);
  if (!candidates.length && localCode) candidates.push('UBND');

  const primary = candidates[0] ?? null;
  let ev: UnitEvidence = primary ? unitFromPhrase(primary) : { tier: null, name: null };
  // Missing tier: the body's own statement, else the tier most bodies are named with.
  if (primary && !ev.tier && /^(UBND|ỦY BAN NHÂN DÂN|Ủy ban nhân dân|HĐND|HỘI ĐỒNG NHÂN DÂN)/iu.test(primary)) {
    const others = candidates.slice(1).map(unitFromPhrase).find((e) => e.tier);
    const rel = [...relative().entries()].sort((a, b) => b[1] - a[1])[0];
    ev = { tier: others?.tier ?? (statement ? fold(statement[2]!) : null) ?? rel?.[0] ?? null, name: others?.name ?? null };
  }
  if (ev.tier && !ev.name) {
    const fromOthers = candidates.map(unitFromPhrase).find((e) => e.tier === ev.tier && e.name);
    const place = z.place;
    const bestNamed = named().find((n) => n.tier === ev.tier);
    ev.name = fromOthers?.name ?? place ?? bestNamed?.name ?? null;
  }
  let unit = ev.tier && ev.name ? makeUnit(ev.tier, ev.name, year) : null;

  // Province containing a lower unit; district containing a commune.
  let province: AdministrativeUnit | null = null;
  let district: AdministrativeUnit | null = null;
  const central = (name: string) => isCentralCity(fold(name), year);
  // the province the text names most (only asked when the header's unit is not one)
  const p = unit?.level === 'PROVINCE' ? null : named().find((n) => n.tier === 'tinh' || (n.tier === 'thanh pho' && central(n.name)));
  if (unit && unit.level === 'PROVINCE') province = unit;
  else if (!unit && primary && NATIONAL_ISSUER_RE.test(primary) && (p?.count ?? 0) < 3) {
    // a ministry, its department or a national committee governs no province: "UBND tỉnh Điện Biên,
    // Nghệ An và Tây Ninh" named in a letter of Bộ Công an is not its jurisdiction; a letter about one
    // province, named again and again (C04 to UBND tỉnh Lâm Đồng), reads "UBND tỉnh" as that province's
  } else if (p) {
    province = makeUnit(p.tier, p.name, year);
  }
  if (unit && unit.level === 'COMMUNE') {
    const d = named().find((n) => ['huyen', 'thi xa', 'quan'].includes(n.tier) || (n.tier === 'thanh pho' && !central(n.name)));
    if (d) district = makeUnit(d.tier, d.name, year, province?.key ?? null);
  }
  // keys of district- and commune-level units carry their province
  if (unit) unit = qualifyUnit(unit, province, district);
  if (district) district = qualifyUnit(district, province);
  if (unit && unit.level !== 'PROVINCE') unit.parentKey = (unit.level === 'COMMUNE' ? district?.key : null) ?? province?.key ?? null;

  const baseCtx: DocContext = {
    issuer: { key: 'unknown', name: 'unknown', level: unit?.level ?? 'UNKNOWN' },
    level: unit?.level ?? 'UNKNOWN',
    unit,
    province,
    district,
    year,
    documentKey: '',
  };
  let issuer: IssuerRef | null = null;
  if (primary) {
    const phrase = ev.tier && ev.name && /^(UBND|ỦY BAN NHÂN DÂN|Ủy ban nhân dân)\s*$/iu.test(primary.trim()) ? `UBND ${TIERS[ev.tier]!.word} ${ev.name}` : primary;
    issuer = issuerOf(phrase, baseCtx);
  }
  if (!issuer) {
    issuer = { key: 'unknown', name: 'Không rõ cơ quan ban hành', level: 'UNKNOWN' };
    issues.push(makeFinding('MISSING_ISSUER', 'WARNING', 'The issuing body could not be read from the header, the body or the signature.', null));
  }

  // --- signer
  const signer = sig.signer ?? (z.meta.signer ? personName(z.meta.signer.value) : null);

  // --- key
  const documentKey = makeDocumentKey(issuer.key, number ? numberPart(number) : titlePart(kindAbbr(kind), title), year);

  const units: AdministrativeUnit[] = [];
  for (const u of [unit, district, province]) if (u && !units.some((x) => x.key === u.key)) units.push(u);

  const firstLine = lines.find((l) => l.text)?.n ?? 1;
  let lastLine = lines.length; // the last non-empty line (found without a reversed copy of all lines)
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.text) { lastLine = lines[i]!.n; break; }
  const document: ExtractedDocument = {
    line: firstLine,
    lineEnd: Math.max(firstLine, lastLine),
    key: documentKey,
    kind,
    number,
    issuedOn,
    year,
    place: z.place,
    issuer,
    jurisdiction: unit?.key ?? null,
    title,
    signer,
    signerCapacity: sig.capacity,
    period,
    draft,
    ...(numberPrinted && numberPrinted.replace(/\s+/gu, '') !== (number ?? '').replace(/\s+/gu, '') ? { numberPrinted } : {}),
    ...(coIssuers.length ? { coIssuers } : {}),
    ...(Object.keys(rules).length ? { rules } : {}),
  };
  const context: DocContext = { ...baseCtx, issuer, level: issuer.level !== 'UNKNOWN' ? issuer.level : baseCtx.level, documentKey };
  return {
    document,
    units,
    context,
    issues,
    bodyStartLine: lines[bodyIdx]?.n ?? lines.length + 1,
    bodyEndLine,
    titleLines: [
      ...(z.kind ? [z.kind.line] : []),
      ...z.titleLines.map((l) => l.n),
      ...(subject ? Array.from({ length: subject.lineEnd - subject.line + 1 }, (_, k) => subject.line + k) : []),
      ...(z.webTitle ? [z.webTitle.line] : []),
    ],
  };
}

/** Left-column lines of a header: "ỦY BAN NHÂN DÂN" + "TỈNH BẮC NINH"; "UBND TỈNH X" + "SỞ Y TẾ". */
function joinLeftColumn(parts: string[]): string | null {
  const ps = parts.map((p) => p.replace(/[-_=]+$/u, '').trim()).filter(Boolean);
  if (!ps.length) return null;
  if (ps.length === 1) return ps[0]!;
  const last = ps[ps.length - 1]!;
  const lastF = fold(last);
  const firstF = fold(ps[0]!);
  const lastIsUnit = LAST_IS_UNIT_RE.test(last);
  if (lastIsUnit) return ps.join(' ');
  // "UBND TỈNH X" / "SỞ Y TẾ": the sub-body, in the parent's jurisdiction
  if (/^(so|phong|ban|cong an|van phong|trung tam|chi cuc|cuc|bo chi huy|ban chi huy|doi|tinh uy|thanh uy|huyen uy|thi uy|dang uy)\b/.test(lastF)) {
    const u = TIER_NAME_RE.exec(ps[0]!);
    if (/^(dang bo|dang cong san)/.test(firstF) && /uy$/.test(lastF)) return `${last} ${u ? u[2] : ''}`.trim();
    return u && !HAS_TIER_RE.test(last) ? `${last} ${u[1]} ${u[2]}` : last;
  }
  return ps.join(' ');
}
