/**
 * The curated catalog of national instruments (seed/catalog.json: verified facts + source) and the
 * vocabulary of instruments every phase needs: kind words, number normalisation, what a number's
 * code says about the kind and the issuer ("147/NQ-CP" → resolution of the Government).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../paths.js';
import { DocumentKind, IsoDate, IssuerRef } from './model.js';
import { fold, matchForm } from './text.js';

// ---------------------------------------------------------------------------------------------
// Catalog

export const CatalogEntry = z.object({
  key: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+\/(\d{4}|undated)$/),
  kind: DocumentKind,
  number: z.string().nullable(),
  issuedOn: IsoDate.nullable(),
  issuer: IssuerRef,
  title: z.string(),
  aliases: z.array(z.string()).default([]),
  supersedes: z.array(z.string()).default([]),
  supersededBy: z.string().nullable().default(null),
  effectiveFrom: IsoDate.nullable().default(null),
  source: z.string().min(1),
  note: z.string().optional(),
});
export type CatalogEntry = z.infer<typeof CatalogEntry>;

export const CatalogFile = z.array(CatalogEntry).superRefine((entries, ctx) => {
  const keys = new Set(entries.map((e) => e.key));
  if (keys.size !== entries.length) ctx.addIssue({ code: 'custom', message: 'duplicate catalog keys' });
  for (const e of entries) {
    for (const k of [...e.supersedes, ...(e.supersededBy ? [e.supersededBy] : [])]) {
      if (!keys.has(k)) ctx.addIssue({ code: 'custom', message: `${e.key}: unknown key ${k}` });
    }
  }
});

let cached: CatalogEntry[] | null = null;

/** The validated catalog (read once). */
export function loadCatalogEntries(file = join(projectRoot, 'seed', 'catalog.json')): CatalogEntry[] {
  if (cached && file === join(projectRoot, 'seed', 'catalog.json')) return cached;
  const entries = CatalogFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  if (file === join(projectRoot, 'seed', 'catalog.json')) cached = entries;
  return entries;
}

export interface Catalog {
  entries: CatalogEntry[];
  byKey(key: string): CatalogEntry | null;
  /** By number ("77/2010/NĐ-CP" ≡ "77/NĐ-CP"); `year`, when known, must agree with the entry. */
  byNumber(number: string, year?: number | null): CatalogEntry | null;
  /** By title or alias, compared in matchForm ("Luật Phòng, chống khủng bố"). */
  byName(name: string): CatalogEntry | null;
}

let catalogIndex: Catalog | null = null;

export function buildCatalog(entries: CatalogEntry[]): Catalog {
  const keyMap = new Map(entries.map((e) => [e.key, e]));
  const numMap = new Map<string, CatalogEntry[]>();
  const nameMap = new Map<string, CatalogEntry>();
  for (const e of entries) {
    if (e.number) {
      const k = numberCoreKey(e.number);
      numMap.set(k, [...(numMap.get(k) ?? []), e]);
    }
    for (const n of [e.title, ...e.aliases]) nameMap.set(matchForm(n), e);
  }
  return {
    entries,
    byKey: (key) => keyMap.get(key) ?? null,
    byNumber(number, year) {
      const list = numMap.get(numberCoreKey(number)) ?? [];
      const embedded = numberYear(number);
      for (const e of list) {
        const ey = e.issuedOn ? Number(e.issuedOn.slice(0, 4)) : numberYear(e.number ?? '');
        if (embedded !== null && numberYear(e.number ?? '') !== null && embedded !== numberYear(e.number ?? '')) continue;
        // Numbers without an embedded year restart every year: a dated citation must agree.
        if (embedded === null && year != null && ey !== null && year !== ey) continue;
        return e;
      }
      return null;
    },
    byName: (name) => nameMap.get(matchForm(name)) ?? null,
  };
}

/** The project catalog, indexed. */
export function catalog(): Catalog {
  catalogIndex ??= buildCatalog(loadCatalogEntries());
  return catalogIndex;
}

// ---------------------------------------------------------------------------------------------
// Kind words

export interface KindWord {
  word: string;
  kind: DocumentKind;
  /** Short code used in keys of documents without a number. */
  abbr: string;
}

/** Longest first, so that "Thông tư liên tịch" wins over "Thông tư". */
export const KIND_WORDS: KindWord[] = [
  { word: 'Thông tư liên tịch', kind: 'JOINT_CIRCULAR', abbr: 'ttlt' },
  { word: 'Nghị quyết liên tịch', kind: 'RESOLUTION', abbr: 'nqlt' },
  { word: 'Chương trình phối hợp', kind: 'PROGRAMME', abbr: 'ctr' },
  { word: 'Chương trình hành động', kind: 'PROGRAMME', abbr: 'ctr' },
  { word: 'Hướng dẫn liên ngành', kind: 'GUIDANCE', abbr: 'hd' },
  { word: 'Thông báo kết luận', kind: 'NOTICE', abbr: 'tb' },
  { word: 'Kế hoạch liên tịch', kind: 'PLAN', abbr: 'kh' },
  { word: 'Kế hoạch phối hợp', kind: 'PLAN', abbr: 'kh' },
  { word: 'Bộ luật', kind: 'CODE', abbr: 'bl' },
  { word: 'Bộ Luật', kind: 'CODE', abbr: 'bl' },
  { word: 'Pháp lệnh', kind: 'LAW', abbr: 'pl' },
  { word: 'Hiến pháp', kind: 'LAW', abbr: 'hp' },
  { word: 'Luật', kind: 'LAW', abbr: 'luat' },
  { word: 'Nghị quyết', kind: 'RESOLUTION', abbr: 'nq' },
  { word: 'Chỉ thị', kind: 'DIRECTIVE', abbr: 'ct' },
  { word: 'Nghị định', kind: 'DECREE', abbr: 'nd' },
  { word: 'Thông tư', kind: 'CIRCULAR', abbr: 'tt' },
  { word: 'Quyết định', kind: 'DECISION', abbr: 'qd' },
  { word: 'Kết luận', kind: 'CONCLUSION', abbr: 'kl' },
  { word: 'Kế hoạch', kind: 'PLAN', abbr: 'kh' },
  { word: 'Chương trình', kind: 'PROGRAMME', abbr: 'ctr' },
  { word: 'Đề án', kind: 'PROJECT', abbr: 'da' },
  { word: 'Chiến lược', kind: 'STRATEGY', abbr: 'cl' },
  { word: 'Hướng dẫn', kind: 'GUIDANCE', abbr: 'hd' },
  { word: 'Công văn', kind: 'OFFICIAL_LETTER', abbr: 'cv' },
  { word: 'Văn bản', kind: 'OFFICIAL_LETTER', abbr: 'vb' },
  { word: 'Công điện', kind: 'TELEGRAM', abbr: 'cd' },
  { word: 'Tờ trình', kind: 'SUBMISSION', abbr: 'ttr' },
  { word: 'Quy định', kind: 'REGULATION', abbr: 'qdinh' },
  { word: 'Quy chế', kind: 'REGULATION', abbr: 'qc' },
  { word: 'Báo cáo', kind: 'REPORT', abbr: 'bc' },
  { word: 'Thông báo', kind: 'NOTICE', abbr: 'tb' },
  { word: 'Thông tri', kind: 'OTHER', abbr: 'ttri' },
  { word: 'Phương án', kind: 'OTHER', abbr: 'pa' },
];

const KIND_BY_FOLD = new Map(KIND_WORDS.map((k) => [fold(k.word), k]));

/** "KẾ HOẠCH", "Kế hoạch", "kế hoạch" → the kind word entry. */
const KIND_BY_TEXT = new Map<string, KindWord | null>();

export function kindWord(word: string): KindWord | null {
  let k = KIND_BY_TEXT.get(word);
  if (k === undefined) {
    k = KIND_BY_FOLD.get(fold(word)) ?? null;
    if (KIND_BY_TEXT.size < 1000) KIND_BY_TEXT.set(word, k);
  }
  return k;
}

export function kindAbbr(kind: DocumentKind): string {
  return KIND_WORDS.find((k) => k.kind === kind)?.abbr ?? 'vb';
}

/** Alternation of all kind words (longest first), for building regexes. */
export const KIND_ALTERNATION = KIND_WORDS.map((k) => k.word).join('|');

/**
 * The same alternation matching "Kế hoạch", "kế hoạch" and "KẾ HOẠCH" without the `i` flag
 * (case-insensitive Unicode regexes are several times slower on long texts).
 */
export const KIND_ALTERNATION_CASED = KIND_WORDS.flatMap((k) => [
  `[${k.word[0]!.toUpperCase()}${k.word[0]!.toLowerCase()}]${k.word.slice(1)}`,
  k.word.toUpperCase(),
]).join('|');

/** A character that is not part of a word (Vietnamese letters are all in U+00C0–U+1EF9). */
export const NON_WORD_CLASS = '[^A-Za-z0-9\u00c0-\u1ef9]';

// ---------------------------------------------------------------------------------------------
// Numbers

/** "124/2021/TT- BCA" → "124/2021/TT-BCA"; "191 /KH-UBND" → "191/KH-UBND". */
export function normalizeNumber(raw: string): string {
  return raw
    .trim()
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\s+\(/g, ' (')
    .replace(/\s+/g, ' ')
    .replace(/[.,;:]+$/, '');
}

/** Segments of a number's code: "77/2010/NĐ-CP" → ["NĐ", "CP"] (years and the leading number dropped). */
export function codeSegments(number: string): string[] {
  const n = normalizeNumber(number).replace(/\s*\([^)]*\)\s*$/, '');
  const parts = n.split(/[/\-\s]+/).filter(Boolean);
  return parts.slice(1).filter((p) => !/^\d{4}$/.test(p));
}

/** The year a number embeds ("77/2010/NĐ-CP" → 2010, "28/2013/QH13" → 2013), else null. */
export function numberYear(number: string): number | null {
  const m = /^\s*\d+[a-zA-Z]?\s*[/-]\s*((?:19|20)\d{2})\s*[/-]/.exec(number);
  return m ? Number(m[1]) : null;
}

/** Leading number without zeros ("07" → "7"), for short forms "Chỉ thị số 07". */
export function leadNumber(number: string): string {
  const m = /^\s*0*(\d+)/.exec(number);
  return m ? m[1]! : '';
}

const CORE_CACHE = new Map<string, string>();

/** Comparison key: the year segment and spaces dropped, folded ("77/2010/NĐ-CP" ≡ "77/NĐ-CP"). */
export function numberCoreKey(number: string): string {
  let k = CORE_CACHE.get(number);
  if (k === undefined) {
    const n = normalizeNumber(number).replace(/\s*\([^)]*\)\s*$/, '');
    k = fold(n.replace(/^(\d+[a-zA-Z]?)[/-](?:19|20)\d{2}(?=[/-])/, '$1')).replace(/\s+/g, '');
    if (CORE_CACHE.size > 5000) CORE_CACHE.clear();
    CORE_CACHE.set(number, k);
  }
  return k;
}

const CODE_KIND: Array<[RegExp, DocumentKind]> = [
  [/^ttlt$/, 'JOINT_CIRCULAR'],
  [/^nqlt$/, 'RESOLUTION'],
  [/^nq$/, 'RESOLUTION'],
  [/^ct$/, 'DIRECTIVE'],
  [/^nd$/, 'DECREE'],
  [/^tt$/, 'CIRCULAR'],
  [/^qd$/, 'DECISION'],
  [/^kl$/, 'CONCLUSION'],
  [/^kh$/, 'PLAN'],
  [/^ctr$/, 'PROGRAMME'],
  [/^da$/, 'PROJECT'],
  [/^hd(?:ln)?$/, 'GUIDANCE'],
  [/^ttr$/, 'SUBMISSION'],
  [/^bc$/, 'REPORT'],
  [/^tb$/, 'NOTICE'],
  [/^qh\d*$/, 'LAW'],
  [/^cd$/, 'TELEGRAM'],
  [/^cv$/, 'OFFICIAL_LETTER'],
];

/** The kind a number's code states ("147/NQ-CP" → RESOLUTION; "2825/UBND-NC" → OFFICIAL_LETTER). */
export function kindFromNumber(number: string): DocumentKind | null {
  const segs = codeSegments(number).map((s) => fold(s));
  for (const s of segs) {
    for (const [re, kind] of CODE_KIND) if (re.test(s)) return kind;
  }
  return segs.length ? 'OFFICIAL_LETTER' : null;
}

const MINISTRIES: Record<string, string> = {
  bca: 'Bộ Công an',
  bqp: 'Bộ Quốc phòng',
  btc: 'Bộ Tài chính',
  byt: 'Bộ Y tế',
  bgddt: 'Bộ Giáo dục và Đào tạo',
  bnv: 'Bộ Nội vụ',
  btp: 'Bộ Tư pháp',
  bldtbxh: 'Bộ Lao động - Thương binh và Xã hội',
  bvhttdl: 'Bộ Văn hóa, Thể thao và Du lịch',
  btttt: 'Bộ Thông tin và Truyền thông',
  bkhdt: 'Bộ Kế hoạch và Đầu tư',
  bct: 'Bộ Công Thương',
  bxd: 'Bộ Xây dựng',
  bgtvt: 'Bộ Giao thông vận tải',
  btnmt: 'Bộ Tài nguyên và Môi trường',
  bnnptnt: 'Bộ Nông nghiệp và Phát triển nông thôn',
  bnnmt: 'Bộ Nông nghiệp và Môi trường',
  bng: 'Bộ Ngoại giao',
  bkhcn: 'Bộ Khoa học và Công nghệ',
  bdttg: 'Bộ Dân tộc và Tôn giáo',
  nhnn: 'Ngân hàng Nhà nước Việt Nam',
  mttw: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
};

/** Local issuer codes: relative names resolved against the citing document's jurisdiction. */
const LOCAL_CODES: Array<[RegExp, string]> = [
  [/^ubnd$/, 'UBND'],
  [/^hdnd$/, 'HĐND'],
  [/^(btvtu|tvtu)$/, 'Ban Thường vụ Tỉnh ủy'],
  [/^tu$/, 'Tỉnh ủy'],
  [/^hu$/, 'Huyện ủy'],
  [/^catp$/, 'Công an thành phố'],
  [/^catx$/, 'Công an thị xã'],
  [/^cat$/, 'Công an tỉnh'],
  [/^cah$/, 'Công an huyện'],
  [/^caq$/, 'Công an quận'],
  [/^cax$/, 'Công an xã'],
  [/^cap$/, 'Công an phường'],
];

export interface NumberIssuer {
  /** A national name, or a relative local name ("UBND", "Tỉnh ủy", "Công an thị xã"). */
  name: string;
  national: boolean;
  coIssuers: string[];
}

/**
 * Who issues a number, as far as its code tells: NQ-CP/NĐ-CP → Chính phủ, -TTg → Thủ tướng Chính phủ,
 * QH13 → Quốc hội, -BCA… → Bộ Công an (TTLT-BCA-BQP: Bộ Công an with Bộ Quốc phòng), NQ/TW →
 * Ban Chấp hành Trung ương, KL/TW and CT/TW → Ban Bí thư, -UBND → a People's Committee, -TU → Tỉnh ủy.
 */
const ISSUER_CACHE = new Map<string, NumberIssuer | null>();

export function issuerFromNumber(number: string): NumberIssuer | null {
  let v = ISSUER_CACHE.get(number);
  if (v === undefined) {
    v = issuerFromCode(number);
    if (ISSUER_CACHE.size > 5000) ISSUER_CACHE.clear();
    ISSUER_CACHE.set(number, v);
  }
  return v ? { ...v, coIssuers: [...v.coIssuers] } : null;
}

function issuerFromCode(number: string): NumberIssuer | null {
  const segs = codeSegments(number).map((s) => fold(s));
  if (!segs.length) return null;
  const kind = segs[0]!;
  const rest = segs.slice(1);
  const all = segs;
  if (all.some((s) => /^ubtvqh\d*$/.test(s))) return { name: 'Ủy ban Thường vụ Quốc hội', national: true, coIssuers: [] };
  if (all.some((s) => /^qh\d*$/.test(s))) return { name: 'Quốc hội', national: true, coIssuers: [] };
  if (rest.includes('ttg') || kind === 'ttg') return { name: 'Thủ tướng Chính phủ', national: true, coIssuers: [] };
  if (rest.includes('cp')) return { name: 'Chính phủ', national: true, coIssuers: [] };
  if (rest.includes('tw')) {
    const name = kind === 'nq' ? 'Ban Chấp hành Trung ương' : kind === 'kl' || kind === 'ct' ? 'Ban Bí thư' : 'Ban Chấp hành Trung ương';
    return { name, national: true, coIssuers: [] };
  }
  const ministries = all.filter((s) => MINISTRIES[s]).map((s) => MINISTRIES[s]!);
  if (ministries.length) return { name: ministries[0]!, national: true, coIssuers: ministries.slice(1) };
  for (const s of all) {
    for (const [re, name] of LOCAL_CODES) if (re.test(s)) return { name, national: false, coIssuers: [] };
  }
  return null;
}
