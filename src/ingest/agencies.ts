/**
 * Agencies: canonical names, keys, types and levels of the bodies a plan names.
 *
 * A name as written ("Công an thị xã", "UBND Tỉnh", "Sở Y tế", "Phòng Văn hoá - Thông tin") is
 * resolved against the document's own context (DocContext) so that the jurisdiction is spelled out:
 * "Công an thị xã Bỉm Sơn", "UBND tỉnh Thanh Hóa", "Sở Y tế tỉnh Bắc Ninh". The key is
 * made by `agencyKey` (src/domain/keys.ts): the folded canonical name, so spelling variants of one body
 * share a key, with a district's or commune's proper name in Telex and its province after a dot.
 *
 * Everything here is pure and works on one name (or one list of names) at a time.
 */
import type { AdministrativeUnit } from './model.js';
import type { Agency, AgencyType, Level } from './model.js';
import type { DocContext } from './context.js';
import { collapseSpaces, fold, isJsSpace, matchForm, normalizeVi, trimEndOf, trimStartOf } from './text.js';
import { TIERS_BY_WORD, type Tier } from './tiers.js';
import { AGENCY_HEADS, ENTERPRISE_NAME, NATIONAL_BODIES } from '../rules/agencies.js';
import { agencyKey, unitKey, type UnitRef } from '../domain/keys.js';

// ---------------------------------------------------------------------------------------------
// Tiers (administrative kind words)
// ---------------------------------------------------------------------------------------------

type TierKind = Tier['kind'];

type TierInfo = Tier;
const TIERS = TIERS_BY_WORD;

/** Cities directly under the central government (Huế too since 2025): "thành phố X" is a province-level unit. */
const CENTRAL_CITY_NAMES = ['ha noi', 'ho chi minh', 'hai phong', 'da nang', 'can tho'];

const LEVEL_RANK: Record<Level, number> = { NATIONAL: 0, PROVINCE: 1, DISTRICT: 2, COMMUNE: 3, UNKNOWN: 9 };

/** Kind words as written, longest first (case-insensitive), for the tier regexes. */
const TIER_ALT = 'thành phố|thị xã|thị trấn|đặc khu|tỉnh|huyện|quận|xã|phường|TX|TP';
/** Words that follow a kind word without it being one: "xã hội", "Tỉnh ủy", "xã viên", "Xã đội". */
const NOT_TIER_NEXT = /^(hội|ủy|viên|đội|đoàn)(?![\p{L}])/iu;

const UPPER_START = /^[\p{Lu}\d]/u;

/** UPPER_START.test(s), with ASCII first characters decided without the regex. */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return UPPER_START.test(s);
}

/** Kind word (compared in lower case WITH diacritics: "Quản" is not "quận"). */
const TIER_CACHE = new Map<string, TierInfo | null>();
/**
 * False when `word` cannot be (or start) a kind word: it starts with an ASCII letter other than the
 * first letters of the kind words, t h q x p (normalisation never changes an ASCII first letter).
 */
function mayBeTier(word: string): boolean {
  const c = word.charCodeAt(0) | 0x20; // ASCII lower case (other characters stay outside a-z)
  if (c < 0x61 || c > 0x7a) return true;
  return c === 0x74 || c === 0x68 || c === 0x71 || c === 0x78 || c === 0x70;
}

function tierOf(word: string): TierInfo | null {
  if (!mayBeTier(word)) return null; // cheap reject of most words before hashing them into the cache
  let v = TIER_CACHE.get(word);
  if (v === undefined) {
    v = TIERS[word.toLowerCase()] ?? TIERS[normalizeVi(word).toLowerCase()] ?? null;
    if (TIER_CACHE.size > 5000) TIER_CACHE.clear();
    TIER_CACHE.set(word, v);
  }
  return v;
}

/** "thị xã Bỉm Sơn" → "Bỉm Sơn" (the proper name of a unit, without its kind word). */
export function unitProperName(u: AdministrativeUnit | null | undefined): string | null {
  if (!u) return null;
  const n = normalizeVi(u.name);
  const m = UNIT_PROPER_RE.exec(n);
  return (m ? m[1]! : n).trim() || null;
}
// hoisted: compiling these per call showed in profiles (called for every agency resolved)
const UNIT_PROPER_RE = new RegExp(`^(?:${TIER_ALT})\\s+(.+)$`, 'iu');
const UNIT_WORD_RE = new RegExp(`^(${TIER_ALT})\\s`, 'iu');

function unitLevel(u: AdministrativeUnit): Level {
  return u.level;
}

/** Kind word of a unit, from its name when it starts with one, else from its kind. */
function unitWord(u: AdministrativeUnit): string {
  const m = UNIT_WORD_RE.exec(normalizeVi(u.name));
  if (m) return tierOf(m[1]!)?.word ?? m[1]!.toLowerCase();
  const byKind: Record<string, string> = {
    PROVINCE: 'tỉnh', CITY: 'thành phố', DISTRICT: 'huyện', TOWN: 'thị xã', COMMUNE: 'xã', WARD: 'phường', TOWNSHIP: 'thị trấn',
  };
  return byKind[u.kind] ?? '';
}

function unitDisplay(u: AdministrativeUnit): string {
  const p = unitProperName(u);
  return p ? `${unitWord(u)} ${p}` : normalizeVi(u.name);
}

/** The units a document knows about, innermost first. */
function ctxUnits(ctx: DocContext | null): AdministrativeUnit[] {
  if (!ctx) return [];
  const out: AdministrativeUnit[] = [];
  for (const u of [ctx.unit, ctx.district, ctx.province]) if (u && !out.some((x) => x.key === u.key)) out.push(u);
  return out;
}

function ctxDocUnit(ctx: DocContext | null): AdministrativeUnit | null {
  return ctx?.unit ?? ctx?.district ?? ctx?.province ?? null;
}

function ctxProvince(ctx: DocContext | null): AdministrativeUnit | null {
  if (!ctx) return null;
  if (ctx.province) return ctx.province;
  if (ctx.unit && ctx.unit.level === 'PROVINCE') return ctx.unit;
  return null;
}

function ctxAtLevel(ctx: DocContext | null, level: Level, kind?: TierKind): AdministrativeUnit | null {
  const units = ctxUnits(ctx).filter((u) => unitLevel(u) === level);
  if (kind) {
    const exact = units.find((u) => u.kind === kind || (kind === 'CITY' && u.kind === 'CITY'));
    if (exact) return exact;
  }
  return units[0] ?? null;
}

/** Small edit distance on folded strings (typos such as "Bim Sơn" vs "Bỉm Sơn" already fold equal). */
function nearlyEqual(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 1 || x.length < 5) return false;
  // one edit (substitution, insertion or deletion)
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (x.length > y.length) i++;
    else if (y.length > x.length) j++;
    else { i++; j++; }
  }
  return edits + (x.length - i) + (y.length - j) <= 1;
}

function findCtxUnitByName(ctx: DocContext | null, name: string, level: Level | null): AdministrativeUnit | null {
  for (const u of ctxUnits(ctx)) {
    if (level && unitLevel(u) !== level) continue;
    const p = unitProperName(u);
    if (p && nearlyEqual(p, name)) return u;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Cleaning and display normalisation
// ---------------------------------------------------------------------------------------------

const LEADING_MARKER = /^(?:[-+•·*–—]\s*|\d{1,2}(?:\.\d{1,2})*\s*[.)]\s*|[a-zđ]\s*[.)]\s+|[IVXL]{1,6}\s*\.\s+)/u;
const LEADING_TRIGGER = /^(?:đề nghị|giao cho|giao|yêu cầu)\s+/iu;

/** Where contact details start after a body's name: address, phone, e-mail. */
const CONTACT_RE = /\s*(?:[,;-]\s*|\s)(?:địa chỉ|đ\/c:|sđt|số điện thoại|điện thoại|đt:|email|e-mail|fax)(?![\p{L}])|\s*,\s*(?:số\s+)?\d+[\w/-]*\s+(?:đường\s+|phố\s+)?[\p{Lu}]/iu;

/** Normalise a raw name: markers, triggers, emphasis, parentheticals and trailing punctuation out. */
export function cleanAgencyText(raw: string): string {
  // (the replaces below run only when their character is there: an idle replace still costs)
  let s = normalizeVi(raw);
  if (s.includes('*')) s = s.replace(/\*+/g, '');
  if (s.includes('|')) s = s.replace(/^\|+|\|+$/g, '');
  s = s.trim();
  for (let k = 0; k < 3; k++) {
    const before = s;
    s = s.replace(LEADING_MARKER, '').replace(LEADING_TRIGGER, '').trim();
    if (s === before) break;
  }
  // trailing parentheticals: "(báo cáo)", "(qua …)", "(để t/h)"
  for (let k = 0; k < 3 && s.includes(')'); k++) {
    const m = /\s*\([^()]*\)\s*[.;:,]*\s*$/u.exec(s);
    if (!m || m.index === 0) break;
    s = s.slice(0, m.index).trim();
  }
  if (s.includes('(')) s = s.replace(/\s*\(\s*$/u, '');
  // contact details after a body ("Phòng PC04, SĐT: 0908…", "Văn phòng Bộ Công an, 96 Nguyễn Du, …",
  // "Phòng Cảnh sát QLHC về TTXH - Địa chỉ: Số 53 …", "Công an tỉnh, địa chỉ 24 - 26 đường …")
  const contact = CONTACT_RE.exec(s);
  if (contact && contact.index > 0) s = s.slice(0, contact.index).trim();
  // apposition "Công an thị xã - Cơ quan Thường trực"
  if (s.includes('-')) s = s.replace(/\s+-\s+(?:cơ quan|đơn vị)\s+(?:thường trực|chủ trì|tham mưu|đầu mối)\b.*$/iu, '');
  s = trimEndOf(s, '.;:,/').trim();
  return s;
}

/**
 * The rewrites of displayBody, in order, each with the words it needs (looked up in the text, or in
 * its lower-case copy for the case-insensitive ones): a rewrite whose words are absent is skipped,
 * as most are for most names (an idle replace still costs).
 */
const DISPLAY_REWRITES: Array<[need: ((s: string, low: string) => boolean) | null, re: RegExp, to: string]> = [
  [(s) => s.includes('&'), /\s*&\s*/g, ' và '],
  [(_, low) => low.includes('ủy ban nhân dân'), /\bỦy ban nhân dân\b/giu, 'UBND'],
  [(_, low) => low.includes('ủy ban nhân dân'), /(?<![\p{L}])ủy ban nhân dân(?![\p{L}])/giu, 'UBND'],
  [(_, low) => low.includes('hội đồng nhân dân'), /(?<![\p{L}])Hội đồng nhân dân(?![\p{L}])/giu, 'HĐND'],
  [
    (_, low) => low.includes('mttq') || low.includes('mặt trận tổ quốc'),
    /(?<![\p{L}])(?:UBMTTQ|UB MTTQ|Ủy ban Mặt trận Tổ quốc Việt Nam|Ủy ban Mặt trận Tổ quốc|Ủy ban MTTQ Việt Nam|Ủy ban MTTQVN|Ủy ban MTTQ)(?![\p{L}])/giu,
    'Ủy ban MTTQ Việt Nam',
  ],
  [(s) => s.includes('Mặt trận Tổ quốc') || s.includes('MTTQVN'), /(?<![\p{L}])(?:Mặt trận Tổ quốc Việt Nam|Mặt trận Tổ quốc|MTTQVN)(?![\p{L}])/gu, 'MTTQ Việt Nam'],
  [(s) => s.includes('CT-XH'), /(?<![\p{L}])CT-XH(?![\p{L}])/gu, 'chính trị - xã hội'],
  [(_, low) => low.includes('chính trị'), /chính trị\s*-?\s*xã hội/giu, 'chính trị - xã hội'],
  [(s) => s.includes('Văn Phòng'), /(?<![\p{L}])Văn Phòng(?![\p{L}])/gu, 'Văn phòng'],
  [null, /^\s*VP\s+/u, ' Văn phòng '],
  [null, /^\s*TT\s+/u, ' Thường trực '],
  [null, /^\s*BCĐ\s+/u, ' Ban Chỉ đạo '],
  [null, /^\s*BCH\s+/u, ' Ban Chỉ huy '],
  [null, /^\s*Ngành\s+/iu, ' '],
  [null, /^\s*(Thủ trưởng|Lãnh đạo|Người đứng đầu)\s+(?!các\s)(?=cơ quan|đơn vị|doanh nghiệp|nhà trường)/iu, ' $1 các '],
];

/** Spelling normalisation of the body part of a name (no jurisdiction). */
function displayBodyUncached(body: string): string {
  let s = ' ' + body + ' ';
  let low = s.toLowerCase();
  for (const [need, re, to] of DISPLAY_REWRITES) {
    if (need && !need(s, low)) continue;
    const next = s.replace(re, to);
    if (next !== s) low = (s = next).toLowerCase();
  }
  s = collapseSpaces(s).trim();
  // Tier words inside the body are lower case ("UBND Tỉnh" → handled by the tier; "Thị ủy" stays).
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Classification
// ---------------------------------------------------------------------------------------------

const TYPE_RULES: Array<[RegExp, AgencyType]> = [
  [ENTERPRISE_NAME, 'ENTERPRISE_SCHOOL'],
  // holders named by what they do: "Các tổ chức, cá nhân được cấp giấy phép …" (not "tổ chức chính trị - xã hội")
  [/^(cac |nhung )?(to chuc|doanh nghiep|ca nhan|co so|ho gia dinh)\b(?! chinh tri| xa hoi| doan the| thanh vien)/, 'ENTERPRISE_SCHOOL'],
  [/^thue (tinh|thanh pho|co so)\b/, 'FINANCE_PLANNING'],
  [/^(tram y te|benh vien)\b/, 'HEALTH'],
  [/^(truong (?!thon|ap|khu|ban|phong|cac|doan)|phan hieu|hoc vien)/, 'EDUCATION'],
  [/\bthanh vien\b/, 'OTHER'],
  [/\b(tinh|thi|huyen|thanh|quan|dang) uy\b|ban bi thu|bo chinh tri|ban chap hanh trung uong|\bcap uy\b/, 'PARTY'],
  [/(co quan|don vi).*(doanh nghiep|nha truong)|doanh nghiep.*nha truong/, 'ENTERPRISE_SCHOOL'],
  [/^(cac )?(phong|ban|so|nganh|co quan|don vi)\s*,\s*(co quan|don vi|phong|ban|nganh|so|to chuc|doan the)\b/, 'OTHER'],
  [/\b(ban chi dao|bcd)\b/, 'STEERING_COMMITTEE'],
  [/canh sat (pccc|phong chay)|\bpccc\b|phong chay chua chay/, 'FIRE_POLICE'],
  [/\b(chi huy quan su|bchqs|quan su|bien phong|quan doi|bo doi|xa doi)\b/, 'MILITARY'],
  [/^(thu tuong|chinh phu)\b|\bchinh phu$/, 'GOVERNMENT'],
  [/^bo (?!chi huy|doi)/, 'MINISTRY'],
  [/\b(cong an|canh sat|don cong an)\b/, 'PUBLIC_SECURITY'],
  [/uy ban mttq|\bubmttq\b|\bmttq\b|mat tran|doan the|chinh tri\s*-?\s*xa hoi|\bct\s*-?\s*xh\b|doan thanh nien|hoi lien hiep phu nu|hoi phu nu|hoi nong dan|hoi cuu chien binh/, 'FATHERLAND_FRONT'],
  [/^(thuong truc )?(van phong|vp)\b/, 'OFFICE'],
  [/\b(ubnd|uy ban nhan dan)\b/, 'PEOPLES_COMMITTEE'],
  [/\b(hdnd|hoi dong nhan dan)\b/, 'PEOPLES_COUNCIL'],
  [/lien doan lao dong|cong doan/, 'TRADE_UNION'],
  [/khu kinh te|khu cong nghiep/, 'ECONOMIC_ZONE'],
  [/quan ly thi truong/, 'MARKET_SURVEILLANCE'],
  [/^(cac )?(bao|dai phat thanh|dai truyen thanh|dai truyen hinh|dai pt)\b|co quan bao/, 'MEDIA'],
  [/\by te\b|benh vien/, 'HEALTH'],
  [/giao duc|dao tao|truong hoc/, 'EDUCATION'],
  [/nong nghiep/, 'AGRICULTURE'],
  [/tai nguyen|moi truong/, 'NATURAL_RESOURCES_ENVIRONMENT'],
  [/lao dong|thuong binh/, 'LABOUR_SOCIAL'],
  [/noi vu/, 'HOME_AFFAIRS'],
  [/tu phap/, 'JUSTICE'],
  [/tai chinh|ke hoach|dau tu/, 'FINANCE_PLANNING'],
  [/\b(so|phong|bo) (xay dung|giao thong)|giao thong van tai|quan ly do thi|kinh te (va )?ha tang/, 'TRANSPORT_CONSTRUCTION'],
  [/cong thuong|\bkinh te\b/, 'INDUSTRY_TRADE'],
  [/khoa hoc|cong nghe/, 'SCIENCE_TECHNOLOGY'],
  [/ngoai vu/, 'FOREIGN_AFFAIRS'],
  [/dan toc|ton giao/, 'ETHNIC_RELIGIOUS'],
  [/van hoa|thong tin|truyen thong|the thao|du lich|\btdtt\b|di tich/, 'CULTURE_INFORMATION'],
  [/\b(truong thon|truong cac thon|truong ap|truong khu pho|to dan pho|thon|khu pho)\b/, 'HAMLET'],
];

function classifyUncached(foldedBody: string): AgencyType {
  for (const [re, t] of TYPE_RULES) if (re.test(foldedBody)) return t;
  return 'OTHER';
}

/** Implicit level of a body named without a kind word. */
function implicitLevelUncached(fb: string): Level | null {
  if (NATIONAL_BODIES.some((r) => r.folded.test(fb))) return 'NATIONAL';
  if (/^(bo (?!chi huy|doi)|cuc (?!thue tinh)|vu (?=\S)|tong cuc|chinh phu|thu tuong|ban bi thu|bo chinh tri|ban chap hanh trung uong|trung uong|quoc hoi)/.test(fb)) return 'NATIONAL';
  if (/^(thuong truc |ban thuong vu |ban [a-z ]+ )?tinh uy\b/.test(fb) || /\btinh uy$/.test(fb)) return 'PROVINCE';
  if (/\b(thi|huyen|quan) uy$/.test(fb) || /^(thuong truc |ban thuong vu )?(thi|huyen|quan) uy\b/.test(fb)) return 'DISTRICT';
  if (/^so /.test(fb)) return 'PROVINCE';
  if (/^(phong canh sat|phong pc|phong pa|phong pv|doi .* so \d+|phong .* so \d+)/.test(fb)) return 'PROVINCE';
  if (/^phong /.test(fb)) return 'DISTRICT';
  return null;
}

/** Party committees carry their jurisdiction in the name: "Tỉnh ủy" → province, "Thị ủy" → town. */
function partyTier(fb: string): TierInfo | null {
  const m = /\b(tinh|thi|huyen|thanh|quan) uy\b/.exec(fb);
  if (!m) return null;
  const map: Record<string, string> = { tinh: 'tỉnh', thi: 'thị xã', huyen: 'huyện', thanh: 'thành phố', quan: 'quận' };
  return tierOf(map[m[1]!]!);
}

// Generic phrases that are not agencies.
const GENERIC_NOUNS = new Set([
  'co quan', 'don vi', 'to chuc', 'luc luong', 'nganh', 'ban', 'phong', 'bo phan', 'ca nhan', 'dia phuong',
  'cap', 'cac cap', 'cac nganh', 'ban nganh', 'phong ban', 'so', 'chinh quyen', 'chinh quyen dia phuong',
  'co so', 'doanh nghiep',
]);
const GENERIC_QUALIFIER = /\b(co lien quan|lien quan|chuc nang|co tham quyen|cap tren|tham gia)\b/;

/** The parts of a list of generic nouns ("các cơ quan, ban, ngành, địa phương"), or null if one part is not generic. */
function genericParts(fb: string, extra: Set<string> | null = null): string[] | null {
  const core = fb.replace(/^(cac|nhung|moi)\s+/, '');
  const parts = core
    .replace(GENERIC_QUALIFIER, ' ')
    .replace(/\b(tren dia ban|khac|va|cac|nhung|thuoc|truc thuoc)\b/g, ',')
    .split(/\s*[,;]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const ok = parts.length > 0 && parts.every((p) => GENERIC_NOUNS.has(p) || !!extra?.has(p));
  return ok ? parts : null;
}

const GENERIC_PARTNER_EXTRA = new Set([
  'xa', 'phuong', 'huyen', 'thi xa', 'thanh pho', 'thi tran', 'co quan bao', 'bao', 'dai', 'bao chi', 'co quan bao chi',
  'doan the', 'cua thi xa', 'cua tinh', 'cua huyen', 'cua xa',
]);

/**
 * A group made only of generic nouns ("các cơ quan, ban, ngành, địa phương", "các phường, xã liên quan",
 * "các cơ quan báo, đài"): not a partner worth a fact, even when it stands as an assignee.
 */
export function isGenericGroup(raw: string): boolean {
  // pure function of a short name, asked for every partner group: memoized
  let v = GENERIC_GROUP.get(raw);
  if (v === undefined) {
    v = isGenericGroupUncached(raw);
    if (GENERIC_GROUP.size > 5000) GENERIC_GROUP.clear();
    GENERIC_GROUP.set(raw, v);
  }
  return v;
}
const GENERIC_GROUP = new Map<string, boolean>();

function isGenericGroupUncached(raw: string): boolean {
  const f = collapseSpaces(fold(cleanAgencyText(raw)).replace(/[()"'.]/g, ' ')).trim();
  if (/^(cac |nhung )?(ubnd|uy ban|hdnd|cong an|so |thanh vien|truong)/.test(f)) return false;
  if (/\bthanh vien\b/.test(f)) return false;
  return genericParts(f, GENERIC_PARTNER_EXTRA) !== null;
}

function isGenericPhraseUncached(f: string): boolean {
  const fb = collapseSpaces(f.replace(/[()"'.]/g, ' ')).trim();
  if (/^(nguoi|cap|co quan|cac co quan) co tham quyen\b/.test(fb)) return true;
  if (/^(nhan dan|quan chung nhan dan|toan dan|nguoi dan|cong dan|can bo|dang vien|hoi vien|doan vien|cac tang lop nhan dan)\b/.test(fb)) return true;
  if (/^(cac )?(dia phuong|chinh quyen dia phuong|cac cap|cac nganh|cap uy|cap uy, chinh quyen)( cac cap)?$/.test(fb)) return true;
  if (/^(cac |nhung )?luc luong\b/.test(fb)) return true; // "lực lượng Công an", "các lực lượng chức năng"
  if (/^(cac )?(co quan|don vi|to chuc) (chuyen mon|nghiep vu)\b/.test(fb)) return true;
  // lists made only of generic nouns
  const parts = genericParts(fb);
  if (!parts) return false;
  if (/\bkhac\b/.test(fb) || /\btren dia ban\b/.test(fb)) return false; // a definite residual group
  if (GENERIC_QUALIFIER.test(fb)) return true;
  return parts.length < 2; // "cơ quan", "các đơn vị"
}

const GROUP_NOUN_RE = /^(cac|nhung) (phong|ban|nganh|so|co quan|don vi|to chuc|doan the|hoi|doanh nghiep|nha truong|truong|xa|phuong|huyen|thi xa|thanh pho|quan|thi tran|thon|ap|khu pho|to dan pho|dia phuong|thanh vien|cap uy|chi bo|dang uy|ubnd|uy ban|hdnd|cong an|luc luong|bo|cuc|chi cuc|trung tam|dai|bao|doi|co so|chi nhanh|ngan hang|benh vien|mttq|ct xh|to)\b/;
const PERSON_START = /^(chu tich|pho chu tich|cac pho chu tich|ct|pct|cac pct|cvp|pvp|cac pvp|giam doc|pho giam doc|truong phong|pho truong phong|truong ban|pho truong ban|chanh van phong|pho chanh van phong|bi thu|pho bi thu|dong chi|ong|ba)\b/;
/** A position stands for its body (conventions v2): "Chánh Văn phòng Bộ", "Vụ trưởng Vụ Khoa học …", "Giám đốc Sở X". */
const OFFICE_HOLDER = /^(bo truong|chu tich|giam doc|tong giam doc|truong ban|chi huy truong|chanh van phong|vu truong|cuc truong|tong cuc truong|vien truong|chanh an|chanh thanh tra) (?=\S)/;

// ---------------------------------------------------------------------------------------------
// Tier detection inside a cleaned name
// ---------------------------------------------------------------------------------------------

interface TierMatch {
  start: number; // index in s where the jurisdiction suffix starts (incl. "cấp"/"các")
  tier: TierInfo;
  name: string | null; // proper name after the kind word
  plural: boolean; // "các phường, xã", "xã, phường"
  cap: boolean; // "cấp tỉnh", "cấp huyện"
}

const PROPER_TOKEN = /^[\p{Lu}\d][\p{L}\d'-]*$/u;

/** The jurisdiction suffix at the end of a name: "… thị xã Bim Sơn", "… tỉnh", "… các phường, xã". */
// hoisted (global: findTierSuffix resets lastIndex and always runs it to the end)
const TIER_SUFFIX_RE = new RegExp(`(^|[\\s,;(])((?:cấp|Cấp)\\s+)?(${TIER_ALT})(?=$|[\\s,;:.)])`, 'giu');

function findTierSuffix(s: string): TierMatch | null {
  const re = TIER_SUFFIX_RE;
  re.lastIndex = 0;
  const hits: Array<{ idx: number; end: number; word: string; cap: boolean }> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const idx = m.index + m[1]!.length;
    const after = s.slice(m.index + m[0].length).trimStart();
    const word = m[3]!;
    if (NOT_TIER_NEXT.test(after)) continue;
    if (/(?:^|\s)tấn\s*$/iu.test(s.slice(0, idx))) continue; // "Thông tấn xã Việt Nam" is no commune
    // "TX"/"TP" only as standalone abbreviations
    if (/^(TX|TP)$/i.test(word) && word !== word.toUpperCase()) continue;
    hits.push({ idx, end: m.index + m[0].length, word, cap: !!m[2] });
    if (m[0].length === 0) re.lastIndex++;
  }
  if (hits.length === 0) return null;
  // Walk back from the last hit: it must be followed only by a proper name.
  const last = hits[hits.length - 1]!;
  const rest = s.slice(last.end).trim();
  const toks = rest ? rest.split(/\s+/) : [];
  if (!toks.every((t) => PROPER_TOKEN.test(t))) return null;
  const tier = tierOf(last.word);
  if (!tier) return null;
  // plural lists: "các phường, xã" / "xã, phường" / "các huyện, thị xã, thành phố"
  let start = last.idx;
  let plural = false;
  if (!rest) {
    let k = hits.length - 1;
    while (k > 0) {
      const prev = hits[k - 1]!;
      const between = s.slice(prev.end, hits[k]!.idx);
      if (/^\s*[,;]\s*$|^\s+và\s+$/u.test(between)) {
        start = prev.idx;
        plural = true;
        k--;
      } else break;
    }
    const before = s.slice(0, start);
    const cac = /(?:^|\s)(các|những)\s+$/iu.exec(before);
    if (cac) {
      start = before.length - cac[0].trimStart().length;
      plural = true;
    }
  }
  return { start, tier, name: toks.length ? toks.join(' ') : null, plural, cap: last.cap };
}

// ---------------------------------------------------------------------------------------------
// Memoized steps of resolveAgency: pure functions of a short (folded) name, asked again and again
// across documents (the same bodies are named everywhere, whatever the jurisdiction).
// ---------------------------------------------------------------------------------------------

function memoized<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = f(s);
      if (cache.size > 5000) cache.clear();
      cache.set(s, v);
    }
    return v;
  };
}
const displayBody = memoized(displayBodyUncached);
const classify = memoized(classifyUncached);
const implicitLevel = memoized(implicitLevelUncached);
const isGenericPhrase = memoized(isGenericPhraseUncached);
const isGroupBody = memoized(isGroupBodyUncached);

// ---------------------------------------------------------------------------------------------
// canonicalAgency
// ---------------------------------------------------------------------------------------------

function mkAgency(name: string, written: string, type: AgencyType, level: Level, unit: UnitRef | null, group: boolean): Agency {
  const canonical = collapseSpaces(name).trim();
  return {
    key: agencyKey(canonical, unit, group),
    name: canonical,
    names: [written],
    type,
    level,
    unit: unit?.key ?? null,
    group,
  };
}

function isGroupBodyUncached(fb: string): boolean {
  return (
    /^(cac|nhung|thu truong cac|thu truong|lanh dao cac|nguoi dung dau cac|truong cac|truong thon)\b/.test(fb) ||
    /\bcac (phuong|xa|huyen|thi xa|thanh pho|quan|thi tran|thon|so|phong|ban|nganh|co quan|don vi|to chuc|doan the|hoi|doanh nghiep|truong)\b/.test(fb) ||
    /^(co quan|don vi|phong|ban|nganh|so)\s*,\s*(co quan|don vi|phong|ban|nganh|so|to chuc|doan the)\b/.test(fb)
  );
}

/**
 * Canonical agency for one body name as written, or null when the phrase is not an agency
 * (generic "các cơ quan, đơn vị liên quan", "cơ quan chức năng", persons, "Nhân dân").
 */
export function canonicalAgency(raw: string, ctx: DocContext | null): Agency | null {
  const hit = canonicalShared(raw, ctx);
  return hit ? { ...hit, names: [...hit.names] } : null;
}

/**
 * canonicalAgency without the defensive copy, for callers that never mutate the result (they copy
 * before merging). Pure function of (raw, the jurisdiction fields of ctx): memoized per jurisdiction,
 * so plans of one province or district share the work (they name the same bodies again and again).
 */
function canonicalShared(raw: string, ctx: DocContext | null): Agency | null {
  const memo = ctx ? memoFor(ctx) : NULL_MEMO;
  let hit = memo.get(raw);
  if (hit === undefined) {
    hit = resolveAgency(raw, ctx);
    if (memo.size > 5000) memo.clear();
    memo.set(raw, hit);
  }
  return hit;
}

/** Everything resolveAgency reads from a DocContext (the level; key, name, kind, level of the units), as one string. */
function ctxFingerprint(ctx: DocContext): string {
  const u = (x: AdministrativeUnit | null) => (x ? `${x.key}\u0001${x.name}\u0001${x.kind}\u0001${x.level}` : '-');
  return `${ctx.level}\u0002${u(ctx.unit)}\u0002${u(ctx.district)}\u0002${u(ctx.province)}`;
}

const MEMO_BY_CTX = new WeakMap<DocContext, Map<string, Agency | null>>();
const MEMO_BY_JURISDICTION = new Map<string, Map<string, Agency | null>>();
const NULL_MEMO = new Map<string, Agency | null>();

function memoFor(ctx: DocContext): Map<string, Agency | null> {
  let memo = MEMO_BY_CTX.get(ctx);
  if (!memo) {
    const fp = ctxFingerprint(ctx);
    memo = MEMO_BY_JURISDICTION.get(fp);
    if (!memo) {
      if (MEMO_BY_JURISDICTION.size >= 64) MEMO_BY_JURISDICTION.clear();
      memo = new Map();
      MEMO_BY_JURISDICTION.set(fp, memo);
    }
    MEMO_BY_CTX.set(ctx, memo);
  }
  return memo;
}

function resolveAgency(raw: string, ctx: DocContext | null): Agency | null {
  const written = cleanAgencyText(raw);
  if (!written || written.length < 2) return null;
  let s = written;
  // "Bộ trưởng Bộ Công an" → "Bộ Công an"; "Chủ tịch UBND tỉnh" → "UBND tỉnh"
  const holder = OFFICE_HOLDER.exec(fold(s));
  if (holder) {
    let inner = s.split(/\s+/).slice(holder[1]!.split(' ').length).join(' ');
    // "Chánh Văn phòng Bộ": the office is the holder's own body ("Văn phòng" was cut with the title)
    if (holder[1] === 'chanh van phong') inner = `Văn phòng ${inner}`;
    if (holder[1] === 'chanh thanh tra') inner = `Thanh tra ${inner}`;
    if (startsWithAgencyHead(inner) && !/^(các|những)\s/iu.test(inner)) s = inner;
  }
  // "Ngành Công an" → "Công an"
  s = s.replace(/^ngành\s+(?=[\p{Lu}])/iu, '');
  const f = fold(s);
  if (PERSON_START.test(f) && !/^(thu truong|truong thon|truong cac)/.test(f)) return null;
  if (isGenericPhrase(f)) return null;
  if (/^(phong|ban|so|bo|cuc|hoi|doan|doi|dai|bao|trung tam|van phong|uy ban)$/.test(f)) return null;
  if (!startsWithAgencyHead(s) && !isGroupBody(f) && !/^(quan su|co quan quan su)$/.test(f)) return null;
  // "Các đe dọa này …" is not a group of bodies: the noun after "các" must name bodies
  if (/^(cac|nhung) /.test(f) && !GROUP_NOUN_RE.test(f)) return null;

  // Bare "Quân sự" → the military command of the document's unit.
  if (f === 'quan su' || f === 'co quan quan su') {
    const u = ctxDocUnit(ctx);
    s = u && u.level === 'PROVINCE' ? 'Bộ Chỉ huy Quân sự' : 'Ban Chỉ huy Quân sự';
  }

  const tm = findTierSuffix(s);
  let body = trimEndOf(tm ? s.slice(0, tm.start) : s, ',;:-').trim();
  if (!body) return null;
  let fb = fold(body);
  const group = isGroupBody(fold(s)) || !!tm?.plural;
  const type = classify(fb || fold(s));
  body = displayBody(body);
  fb = fold(body);

  const docUnit = ctxDocUnit(ctx);

  // District/commune offices are "Văn phòng HĐND và UBND" (one office for both bodies).
  const officeFix = (b: string, level: Level) =>
    (level === 'DISTRICT' || level === 'COMMUNE') && /^Văn phòng UBND$/u.test(b) ? 'Văn phòng HĐND và UBND' : b;

  if (tm) {
    const tier = tm.tier;
    if (tm.plural) {
      // a set of lower-tier units inside the document's unit: "UBND các phường, xã thị xã Bỉm Sơn"
      const pluralText = s.slice(tm.start).trim();
      const host = docUnit && LEVEL_RANK[unitLevel(docUnit)] < LEVEL_RANK[tier.level] ? docUnit : null;
      // "Các ban, ngành, cơ quan, đơn vị, phường, xã": the units are one more item of a mixed list
      const listed = /,\s*$/.test(s.slice(0, tm.start));
      const name = `${body}${listed ? ', ' : ' '}${pluralText}${host ? ' ' + unitDisplay(host) : ''}`;
      const level = listed && host ? unitLevel(host) : tier.level;
      return mkAgency(name, written, type, level, host, true);
    }
    if (tm.name) {
      const known = findCtxUnitByName(ctx, tm.name, tier.level) ?? findCtxUnitByName(ctx, tm.name, null);
      if (known) {
        const b = officeFix(body, unitLevel(known));
        return mkAgency(`${b} ${unitDisplay(known)}`, written, type, unitLevel(known), known, group);
      }
      const unitName = `${tier.word} ${tm.name}`;
      const b = officeFix(body, tier.level);
      // a unit the document names is in the document's province (and district, for a commune)
      // (a centrally governed city named "thành phố X" is a province itself)
      const district = tier.level === 'COMMUNE' ? ctxAtLevel(ctx, 'DISTRICT') : null;
      const fn = fold(tm.name);
      const central = tier.kind === 'CITY' && (CENTRAL_CITY_NAMES.includes(fn) || (fn === 'hue' && (ctx?.year ?? 0) >= 2025));
      const lvl: Level = central ? 'PROVINCE' : tier.level;
      const named: UnitRef = { key: unitKey(tier.word, tm.name, lvl, ctxProvince(ctx)?.name ?? null, district?.name ?? null), name: unitName, level: lvl };
      return mkAgency(`${b} ${unitName}`, written, type, lvl, named, group);
    }
    // kind word without a name: the document's unit of that tier, or (lower tier) all of them.
    // "Công an Thành phố" in a plan of Hà Nội: the city is the province-level unit itself
    const same = ctxAtLevel(ctx, tier.level, tier.kind) ?? (tier.kind === 'CITY' ? ctxUnits(ctx).find((u) => u.kind === 'CITY' && u.level === 'PROVINCE') ?? null : null);
    if (same) {
      const b = officeFix(body, unitLevel(same));
      return mkAgency(`${b} ${unitDisplay(same)}`, written, type, unitLevel(same), same, group);
    }
    if (docUnit && LEVEL_RANK[tier.level] > LEVEL_RANK[unitLevel(docUnit)]) {
      const pref = tm.cap ? `cấp ${tier.word}` : tier.word;
      return mkAgency(`${body} ${pref} ${unitDisplay(docUnit)}`, written, type, tier.level, docUnit, true);
    }
    const b = officeFix(body, tier.level);
    return mkAgency(`${b} ${tier.word}`, written, type, tier.level, null, group);
  }

  // No kind word: party committees, implicit tiers, national bodies, bodies of the document's unit.
  // A named enterprise keeps its own name: "Công ty Cổ phần Năng lượng Bảo Long".
  if (ENTERPRISE_NAME.test(fb)) return mkAgency(body, written, 'ENTERPRISE_SCHOOL', docUnit ? unitLevel(docUnit) : (ctx?.level ?? 'UNKNOWN'), null, group);
  const pt = partyTier(fb);
  if (pt) {
    const u = ctxAtLevel(ctx, pt.level, pt.kind);
    const p = unitProperName(u);
    // "Tỉnh ủy Tây Ninh" already named?
    const named = /\b(tinh|thi|huyen|thanh|quan) uy\s+\S/.test(fb);
    const name = named || !p ? body : `${body} ${p}`;
    return mkAgency(name, written, 'PARTY', pt.level, u, group);
  }

  // A trailing proper name equal to a known unit ("Báo Tây Ninh", "Đài PT-TH Tây Ninh").
  for (const u of ctxUnits(ctx)) {
    const p = unitProperName(u);
    if (p && fold(body).endsWith(' ' + fold(p))) return mkAgency(body, written, type, unitLevel(u), u, group);
  }

  const lvl = implicitLevel(fb);
  if (lvl === 'NATIONAL') return mkAgency(body, written, type, 'NATIONAL', null, group);
  if (lvl === 'PROVINCE') {
    const p = ctxProvince(ctx);
    return mkAgency(p ? `${body} ${unitDisplay(p)}` : body, written, type, 'PROVINCE', p, group);
  }
  if (lvl === 'DISTRICT') {
    const d = ctxAtLevel(ctx, 'DISTRICT');
    return mkAgency(d ? `${body} ${unitDisplay(d)}` : body, written, type, 'DISTRICT', d, group);
  }
  if (docUnit) {
    const b = officeFix(body, unitLevel(docUnit));
    return mkAgency(`${b} ${unitDisplay(docUnit)}`, written, type, unitLevel(docUnit), docUnit, group);
  }
  return mkAgency(body, written, type, ctx?.level ?? 'UNKNOWN', null, group);
}

// ---------------------------------------------------------------------------------------------
// Recognising where agency names start and end in running text
// ---------------------------------------------------------------------------------------------

/** Heads that always start an agency name: the vocabulary of src/rules/agencies.ts. */
const HEAD_ALWAYS = new RegExp(`^(?:${AGENCY_HEADS.map((r) => r.head).join('|')})`, 'u');
/** Heads that are also ordinary words ("Ban hành", "Phòng, chống", "Bộ tiêu chí", "Báo cáo"). */
const HEAD_IF_PROPER = /^(Phòng|Ban|Bộ|Cục|Vụ|Hội|Hội đồng|Đoàn|Đội|Đài|Báo|Ngành)\s+(\S+)/u;

/** A position whose holder stands for a body named after it ("Chánh Văn phòng Bộ", "Vụ trưởng Vụ …", "Chủ tịch UBND …"). */
const POSITION_HEAD = /^(?:Chánh Văn phòng|Vụ trưởng|Cục trưởng|Tổng Cục trưởng|Giám đốc|Chủ tịch|Bộ trưởng|Viện trưởng|Chánh án|Chánh Thanh tra)\s+(?=\S)/u;

export function startsWithAgencyHead(s: string): boolean {
  const t = s.trimStart();
  if (HEAD_ALWAYS.test(t)) return true;
  const pos = POSITION_HEAD.exec(t);
  if (pos) {
    if (/^Chánh (?:Văn phòng|Thanh tra)/u.test(t)) return true;
    const inner = t.slice(pos[0].length);
    if (inner !== t && startsWithAgencyHead(inner)) return true;
  }
  if (/^(Các|các|Những|những)\s+\S/u.test(t)) return true;
  if (/^Quân sự(?![\p{L}])/u.test(t)) return true;
  const m = HEAD_IF_PROPER.exec(t);
  if (m) {
    const next = m[2]!;
    if (/^(Quy|Tiêu|Luật)/u.test(next) && m[1] === 'Bộ') return false;
    return UPPER_START.test(next);
  }
  return false;
}

/**
 * Words that start a predicate: where a subject (or a list of bodies) ends. Compared in lower case
 * WITH diacritics ("cơ quan" is not "có"); only lower-case occurrences count ("Ban Tổ chức" is a name).
 */
const PREDICATE_WORDS = [
  'chủ trì', 'phối hợp', 'tham mưu', 'thực hiện', 'tổ chức', 'triển khai', 'xây dựng', 'hướng dẫn', 'theo dõi',
  'kiểm tra', 'báo cáo', 'chịu trách nhiệm', 'có trách nhiệm', 'có kế hoạch', 'có', 'là', 'tiếp tục', 'chủ động',
  'tăng cường', 'dành', 'đảm bảo', 'bảo đảm', 'bảo vệ', 'quan tâm', 'củng cố', 'cần', 'căn cứ', 'chỉ đạo', 'ban hành',
  'thẩm định', 'nghiên cứu', 'duy trì', 'tuyên truyền', 'vận động', 'phát huy', 'phát động', 'làm', 'lập', 'giám sát',
  'đôn đốc', 'sẽ', 'phải', 'tổng hợp', 'gửi', 'trình', 'đề xuất', 'bố trí', 'rà soát', 'nâng cao', 'thường xuyên',
  'kịp thời', 'tích cực', 'phân công', 'lãnh đạo', 'quản lý', 'định kỳ', 'hàng năm', 'hằng năm', 'hàng quý',
  'hằng quý', 'hàng tháng', 'hằng tháng', 'khẩn trương', 'nghiêm túc', 'tập trung', 'huy động', 'cử', 'đẩy mạnh',
  'mở', 'thành lập', 'cung cấp', 'phổ biến', 'quán triệt', 'giải quyết', 'xử lý', 'phát hiện', 'ngăn chặn',
  'đấu tranh', 'điều tra', 'xác minh', 'cân đối', 'bồi dưỡng', 'tập huấn', 'sơ kết', 'tổng kết', 'đánh giá',
  'khen thưởng', 'biểu dương', 'lồng ghép', 'kiện toàn', 'hoàn thành', 'hoàn thiện', 'chuẩn bị', 'thống nhất',
  'trao đổi', 'cập nhật', 'thông báo', 'tiếp nhận', 'hỗ trợ', 'ứng dụng', 'vận hành', 'sử dụng', 'tham gia', 'được',
  'nắm', 'nắm chắc', 'đưa', 'tiến hành', 'áp dụng', 'tuần tra', 'kiểm soát', 'phê duyệt', 'yêu cầu', 'đề nghị', 'giao',
  'nhân rộng', 'điều chỉnh', 'bổ sung', 'thanh tra', 'xem xét', 'tạo điều kiện', 'đầu tư', 'sau đó', 'theo', 'trong',
  'tại', 'về', 'để', 'nhằm', 'với', 'đối với', 'khi', 'thì', 'cho', 'của', 'bằng', 'qua', 'trước', 'sau', 'từ', 'đến',
  'nếu', 'đồng thời', 'đăng ký', 'phấn đấu', 'tập hợp', 'định hướng', 'điều hành', 'điều phối', 'vào', 'phụ trách',
  'ưu tiên', 'rà', 'nghiêm', 'đôn', 'kết hợp', 'gắn', 'tăng', 'giảm', 'kéo giảm', 'bảo',
  'giúp', 'giúp đỡ', 'giải đáp', 'mời', 'nhận', 'hỗ trợ',
];
const PREDICATE_SET = new Set(PREDICATE_WORDS.map((w) => w.normalize('NFC')));
const PREDICATE_FIRST = new Set(PREDICATE_WORDS.map((w) => w.normalize('NFC').split(' ')[0]!));
const PREDICATE_MAX_WORDS = 3;

export interface AgencyPrefix {
  /** The list of bodies as written: "Công an tỉnh", "Phòng Y tế, Trung tâm Y tế huyện". */
  list: string;
  /** What follows (the predicate), without a leading ":" or ",". */
  rest: string;
  /** True when the list ended at a colon ("1. Công an thị xã: …"). */
  colon: boolean;
}

class Tok {
  private lower: string | undefined;
  constructor(
    readonly w: string, // token as written (may carry punctuation)
    readonly bare: string, // without surrounding punctuation
    readonly idx: number, // start offset
    readonly end: number, // end offset
  ) {}

  /** bare, lower case, with diacritics (computed on first use: ICU's toLowerCase is slow, capitalised words rarely need it). */
  get low(): string {
    return (this.lower ??= lowerWord(this.bare));
  }
}

/** s.toLowerCase(), memoized: the same few hundred words come up again and again. */
function lowerWord(s: string): string {
  let v = LOWER.get(s);
  if (v === undefined) {
    v = s.toLowerCase();
    if (LOWER.size > 20_000) LOWER.clear();
    LOWER.set(s, v);
  }
  return v;
}
const LOWER = new Map<string, string>();

const TOKEN_TRIM_RE = /^[("'[]+|[)"'\].,;:!?]+$/gu;
/** Characters TOKEN_TRIM_RE strips at the start: ( " ' [ */
const trimsStart = (c: number) => c === 0x28 || c === 0x22 || c === 0x27 || c === 0x5b;
/** Characters TOKEN_TRIM_RE strips at the end: ) " ' ] . , ; : ! ? */
const trimsEnd = (c: number) =>
  c === 0x29 || c === 0x22 || c === 0x27 || c === 0x5d || c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f;

function makeTok(w: string, idx: number): Tok {
  // most tokens carry no punctuation: skip the replace (it allocates) when neither end has any
  const bare = trimsStart(w.charCodeAt(0)) || trimsEnd(w.charCodeAt(w.length - 1)) ? w.replace(TOKEN_TRIM_RE, '') : w;
  return new Tok(w, bare, idx, idx + w.length);
}

/**
 * The `\S+` tokens of a string, at most `limit`, read on demand: parseAgencyPrefix usually stops after
 * a few words, so tokenizing its whole 48-word window up front was most of its cost.
 */
class Tokens {
  private readonly list: Tok[] = [];
  private pos = 0;
  private done = false;
  constructor(private readonly s: string, private readonly limit: number) {}

  /** Token i, or undefined past the end (or before the start). */
  at(i: number): Tok | undefined {
    while (i >= this.list.length && this.next());
    return this.list[i];
  }

  /** Number of tokens (reads them all). */
  count(): number {
    while (this.next());
    return this.list.length;
  }

  private next(): boolean {
    if (this.done || this.list.length >= this.limit) return false;
    const s = this.s;
    let i = this.pos;
    while (i < s.length && isJsSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) {
      this.done = true;
      return false;
    }
    const start = i;
    while (i < s.length && !isJsSpace(s.charCodeAt(i))) i++;
    this.pos = i;
    this.list.push(makeTok(s.slice(start, i), start));
    return true;
  }
}

/** Whitespace-separated tokens of s (at most `limit`), as plain objects. */
export function tokenize(s: string, limit = Infinity): Array<{ w: string; bare: string; low: string; idx: number; end: number }> {
  const t = new Tokens(s, limit);
  const out: Array<{ w: string; bare: string; low: string; idx: number; end: number }> = [];
  for (let i = 0, n = t.count(); i < n; i++) {
    const k = t.at(i)!;
    out.push({ w: k.w, bare: k.bare, low: k.low, idx: k.idx, end: k.end });
  }
  return out;
}

/** The token ends with , ; : or . (a phrase must not run across it). */
function endsClause(w: string): boolean {
  const c = w[w.length - 1];
  return c === ',' || c === ';' || c === ':' || c === '.';
}

function predicateAt(toks: Tokens, i: number): boolean {
  const t = toks.at(i)!;
  if (!t.bare || startsUpper(t.bare) || !PREDICATE_FIRST.has(t.low)) return false;
  const prev = toks.at(i - 1);
  if (prev && (prev.low === 'các' || prev.low === 'những' || prev.low === 'mỗi')) return false; // "các tổ chức" is a noun
  // "Nhà đầu tư", "Chủ đầu tư" are bodies, not "Nhà | đầu tư …"
  if (prev && (prev.low === 'nhà' || prev.low === 'chủ') && t.low === 'đầu' && toks.at(i + 1)?.low.startsWith('tư')) return false;
  // nouns inside names: "Vụ … Vật liệu xây dựng", "Cục Cảnh sát điều tra tội phạm …", "Bộ Ngoại giao"
  if (prev && prev.low === 'liệu' && t.low === 'xây') return false;
  if (prev && prev.low === 'sát' && t.low === 'điều' && toks.at(i + 1)?.low === 'tra') return false;
  if (prev && prev.low === 'ngoại' && t.low === 'giao') return false;
  // "Cục Cảnh sát điều tra tội phạm về ma túy", "Vụ Pháp chế về …": a department's field
  if (t.low === 'về' && /^(Cục|Vụ|Tổng cục)$/u.test(toks.at(0)!.bare) && !endsClause(prev?.w ?? ',')) return false;
  // "Ban Quản lý dự án đầu tư xây dựng số 1": what follows "dự án" names the projects, not an action
  for (let k = i - 1; k >= Math.max(1, i - 4); k--) {
    const q = toks.at(k)!;
    if (endsClause(q.w)) break;
    if (q.low === 'án' && toks.at(k - 1)!.low === 'dự') return false;
  }
  // phrases of 1..3 words built once (no slice/map/join per length); longest first, as before
  const phrases: string[] = [t.low];
  for (let k = 1; k < PREDICATE_MAX_WORDS && toks.at(i + k); k++) {
    // a phrase must not cross punctuation
    if (endsClause(toks.at(i + k - 1)!.w)) break;
    phrases.push(phrases[k - 1] + ' ' + toks.at(i + k)!.low);
  }
  for (let n = phrases.length; n >= 1; n--) {
    const phrase = phrases[n - 1]!;
    if (PREDICATE_SET.has(phrase)) {
      // "có liên quan", "có thẩm quyền", "là thành viên" belong to a group name
      if (phrase === 'có' && /^(liên|thẩm)$/u.test(toks.at(i + 1)?.low ?? '')) return false;
      if (phrase === 'là' && (toks.at(i + 1)?.low ?? '') === 'thành') return false;
      // "…, tổ chức liên quan", "tổ chức, cá nhân", "tổ chức chính trị - xã hội" are nouns
      if (phrase === 'tổ chức' && (/,$/.test(prev?.w ?? '') || /,$/.test(toks.at(i + 1)?.w ?? '') || /^(chính|đoàn|thành|đảng)$/u.test(toks.at(i + 2)?.low ?? ''))) return false;
      return true;
    }
  }
  return false;
}

function tierTokenAt(toks: Tokens, i: number): boolean {
  const t = toks.at(i)!;
  // the kind-word lookups first (all the tests are pure): most tokens are not one, and then the
  // next token need not be read
  const prev = toks.at(i - 1);
  const tier = !!tierOf(t.bare) || (!!prev && !endsClause(prev.w) && mayBeTier(prev.bare) && !!tierOf(prev.bare + ' ' + t.bare));
  if (!tier || t.w.endsWith('-')) return false;
  const next = toks.at(i + 1);
  return !(next && NOT_TIER_NEXT.test(next.w));
}

/**
 * Split a leading list of bodies from the rest of a sentence:
 * "Công an tỉnh chủ trì, phối hợp với …" → list "Công an tỉnh", rest "chủ trì, phối hợp với …".
 * Returns null when the text does not start with an agency head.
 */
export function parseAgencyPrefix(text: string, maxWords = 40): AgencyPrefix | null {
  const s = text.trim();
  if (!startsWithAgencyHead(s)) return null;
  const holder = holderGroupPrefix(s);
  if (holder) return holder;
  // a list of bodies is short: look at the first words only (linear in the text overall)
  const toks = new Tokens(s, maxWords + 8);
  let end = -1; // index of the first token after the list (-1: all of them)
  let colon = false;
  let afterTier = false; // just passed a kind word (+ proper name): the name is complete
  let steering = /^(Ban Chỉ đạo|BCĐ)/u.test(s);
  for (let i = 0; toks.at(i); i++) {
    const t = toks.at(i)!;
    if (i > maxWords) return null;
    if (i > 0) {
      if (t.w.startsWith('(')) { end = i; break; }
      if (afterTier) {
        const prevW = toks.at(i - 1)!.w;
        // "UBND các tỉnh, thành phố trực thuộc Trung ương", "các sở, ban, ngành thuộc tỉnh"
        const of = t.low === 'trực' && toks.at(i + 1)?.low === 'thuộc' ? i + 2 : t.low === 'thuộc' ? i + 1 : -1;
        const owner = of > 0 ? toks.at(of) : undefined;
        if (owner && (startsUpper(owner.bare) || tierTokenAt(toks, of))) {
          afterTier = false;
          continue;
        }
        if (prevW.endsWith(',') || prevW.endsWith(';') || t.w === 'và' || t.w === '&') afterTier = false;
        else if (!startsUpper(t.bare)) { end = i; break; }
      }
      // "Các Bộ, ngành có liên quan giúp Chính phủ …": "(có) liên quan" ends a group's name
      if (i >= 2 && toks.at(i - 1)!.low === 'quan' && toks.at(i - 2)!.low === 'liên' && !endsClause(toks.at(i - 1)!.w) && t.low !== 'và' && t.low !== 'cấp' && !tierTokenAt(toks, i) && !startsUpper(t.bare)) {
        end = i;
        break;
      }
      if (predicateAt(toks, i)) {
        // "Ban Chỉ đạo phòng chống tội phạm … và xây dựng phong trào … tỉnh": the name runs to its tier
        if (steering) {
          let j = -1;
          for (let k = i + 1; k < i + 25 && toks.at(k); k++) {
            if (/[.;:]$/.test(toks.at(k - 1)!.w)) break;
            if (tierTokenAt(toks, k)) { j = k; break; }
          }
          if (j > 0) { i = j - 1; continue; }
        }
        end = i;
        break;
      }
      if (tierTokenAt(toks, i)) {
        afterTier = true;
        steering = false;
      }
    }
    // "Ủy ban nhân dân các huyện: Hoa Lư, Nho Quan và Yên Mô" — the colon introduces the units
    if (t.w.endsWith(':') && !(i > 0 && toks.at(i - 1)!.low === 'các' && tierOf(t.bare) && startsUpper(toks.at(i + 1)?.bare ?? ''))) { end = i + 1; colon = true; break; }
    if (t.w.endsWith('.') && !/\d\.$/.test(t.w) && toks.at(i + 1)) { end = i + 1; break; }
  }
  if (end < 0) end = toks.count();
  const lastTok = toks.at(end - 1);
  const listEnd = lastTok ? lastTok.end : s.length;
  const list = trimEndOf(s.slice(0, listEnd), ':;,.').trim();
  const after = toks.at(end);
  const restFrom = after ? after.idx : listEnd;
  const rest = trimStartOf(s.slice(restFrom), ':,').trim();
  if (!list) return null;
  return { list, rest, colon };
}

/**
 * Holders of a licence or a project named by what they do (rule `agency.holder-group`): the
 * qualifying clause is part of the name, up to the predicate ("có trách nhiệm", "phải", …), a colon
 * or the end of a short heading. Examples (Lào Cai, Lâm Đồng; the genre of "Các tổ chức, cá nhân
 * kinh doanh … có trách nhiệm …" in every decree):
 *   "Các tổ chức, cá nhân được cấp giấy phép thăm dò, khai thác khoáng sản có trách nhiệm bảo vệ …"
 *     → "Các tổ chức, cá nhân được cấp giấy phép thăm dò, khai thác khoáng sản"
 *   "các tổ chức, doanh nghiệp hoạt động trong lĩnh vực có liên quan đến VLNCN, TCTN" (a heading)
 *   "Nhà đầu tư của 02 dự án đường bộ cao tốc Tân Phú – Bảo Lộc và Bảo Lộc – Liên Khương: …"
 */
const HOLDER_RE =
  /^(?:(?:các|những)\s+)?(?:tổ chức|doanh nghiệp|cá nhân|cơ sở|hộ gia đình|nhà đầu tư|chủ đầu tư)(?:\s*(?:,|và)\s*(?:các\s+)?(?:tổ chức|doanh nghiệp|cá nhân|cơ sở|hộ gia đình))*(?![\p{L}])/iu;
const HOLDER_QUALIFIER_RE =
  /^\s+(?:hoạt động|được|đã được|kinh doanh|sản xuất|sử dụng|khai thác|có hoạt động|có liên quan|liên quan|của|thuộc|dự án|\d+\s+dự án)(?![\p{L}])/iu;
const HOLDER_STOP_RE =
  /\s+(?:có trách nhiệm|chịu trách nhiệm|phải|cần|nghiêm túc|thực hiện nghiêm|chủ động|khẩn trương|lập|xây dựng|triển khai|báo cáo|tăng cường|rà soát|hoàn thành|nộp|bàn giao|phối hợp)(?![\p{L}])|\s*:/iu;

function holderGroupPrefix(s: string): AgencyPrefix | null {
  const h = HOLDER_RE.exec(s);
  if (!h) return null;
  const after = s.slice(h[0].length);
  if (!HOLDER_QUALIFIER_RE.test(after)) {
    // "Nhà đầu tư" alone (the predicate words would cut "Nhà | đầu tư")
    if (!/^(?:nhà|chủ) đầu tư$/iu.test(h[0])) return null;
    const rest = after.replace(/^\s*[:,]?\s*/u, '');
    return { list: h[0], rest, colon: /^\s*:/u.test(after) };
  }
  const stop = HOLDER_STOP_RE.exec(after);
  let end: number;
  if (stop) end = h[0].length + stop.index;
  else if (!endsTerminalText(s) && s.split(/\s+/u).length <= 30) end = s.length; // a heading
  else return null;
  const list = s.slice(0, end).trim();
  const tail0 = s.slice(end);
  if (list.split(/\s+/u).length > (end === s.length || /^\s*:/u.test(tail0) ? 30 : 16)) return null;
  const tail = s.slice(end);
  return { list: trimEndOf(list, ':;,.').trim(), rest: tail.replace(/^\s*:?\s*/u, '').trim(), colon: /^\s*:/u.test(tail) };
}

const endsTerminalText = (t: string) => /[.!?;…]["”'’)]*\s*$/u.test(t);

// ---------------------------------------------------------------------------------------------
// Lists of bodies
// ---------------------------------------------------------------------------------------------

/** Split on separators outside parentheses and quotes. Returns pieces with the separator before them. */
function splitTopLevel(s: string, sepRe: RegExp): Array<{ sep: string; text: string }> {
  const out: Array<{ sep: string; text: string }> = [];
  let depth = 0;
  let quote = false;
  let last = 0;
  let lastSep = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(' ) depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '"') quote = !quote;
    if (depth > 0 || quote) continue;
    sepRe.lastIndex = i;
    const m = sepRe.exec(s);
    if (m && m.index === i) {
      out.push({ sep: lastSep, text: s.slice(last, i) });
      lastSep = m[0];
      last = i + m[0].length;
      i = last - 1;
    }
  }
  out.push({ sep: lastSep, text: s.slice(last) });
  return out.filter((p) => p.text.trim());
}

const GROUP_MORE_RE = /^(?:các|những)\s+(?:địa phương|cơ quan|đơn vị|ngành|ban|bộ phận|doanh nghiệp|nhà trường|phòng|sở)(?![\p{L}])/u;
const GENERIC_START = /^(?:cơ quan|đơn vị|tổ chức|lực lượng|ngành|ban|bộ phận|cá nhân|địa phương|doanh nghiệp|nhà trường|chính quyền)(?![\p{L}])/u;
const TIER_ONLY = new RegExp(`^(?:${TIER_ALT})(?:\\s|$)`, 'iu');

/**
 * Split a phrase naming several bodies into the names as written. Commas and "và" inside names
 * ("Sở Lao động, Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch") are kept: a piece
 * starts a new body only when it starts with an agency head.
 */
export function splitAgencyNames(raw: string): string[] {
  return [...splitMemo(raw)];
}
/** The memoized split itself (read-only: callers outside this module get a copy). */
function splitMemo(raw: string): readonly string[] {
  let hit = SPLIT_MEMO.get(raw);
  if (!hit) {
    hit = splitNames(raw);
    if (SPLIT_MEMO.size > 5000) SPLIT_MEMO.clear();
    SPLIT_MEMO.set(raw, hit);
  }
  return hit;
}
const SPLIT_MEMO = new Map<string, string[]>();

/**
 * A slash between two bodies names both ("Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng
 * tỉnh", a heading of Lào Cai 193/UBND-KT; "Sở Tư pháp/Phòng Tư pháp"): split only where both sides
 * start with an agency head — "thôn/tổ dân phố", "3036/SCT-CN" stay whole.
 */
function splitSlash(piece: { sep: string; text: string }): Array<{ sep: string; text: string }> {
  const parts = piece.text.split(/\s*\/\s*/u);
  if (parts.length < 2 || !parts.every((x) => startsWithAgencyHead(x.trim()))) return [piece];
  return parts.map((text, i) => ({ sep: i === 0 ? piece.sep : '/', text }));
}

function splitNames(raw: string): string[] {
  const s = cleanAgencyText(raw);
  const items: string[] = [];
  for (const semi of splitTopLevel(s, /\s*;\s*/y).flatMap(splitSlash)) {
    const pieces = splitTopLevel(semi.text.trim(), /\s*,\s*(?:và\s+)?|\s+và\s+|\s+cùng\s+/y);
    let cur: string | null = null;
    let curSpecific = false;
    for (const [k, p] of pieces.entries()) {
      const t = p.text.trim();
      if (!t) continue;
      // a generic tail ("… và cơ quan tổ chức có liên quan", "… và tổ chức, đoàn thể có liên quan") is
      // its own (generic) group, not more of the group before it
      // … but "Các Bộ, ngành liên quan" is one group: a group's enumeration of kinds goes on after a
      // comma; only a named body, or "và", ends before such a tail
      if (cur !== null && (curSpecific || /và/u.test(p.sep)) && GENERIC_START.test(t) && !startsWithAgencyHead(t)) {
        const tail = pieces.slice(k).map((x) => x.text.trim()).join(', ');
        if (/(?:có\s+)?liên quan$|chức năng$/u.test(tail)) {
          items.push(cur);
          cur = tail;
          break;
        }
      }
      // "Văn phòng HĐND và UBND …" is one office
      const officeOfBoth = cur !== null && /^(?:Văn phòng|VP)\b.*\bHĐND$/u.test(cur) && /^UBND\b/u.test(t) && /và|&/u.test(p.sep);
      // "…, Chủ tịch UBND các tỉnh …", "…, Vụ trưởng Vụ Khoa học …": a position starts the next body
      const holder = OFFICE_HOLDER.exec(fold(t));
      const holderHead = !!holder && startsWithAgencyHead(t.split(/\s+/).slice(holder[1]!.split(' ').length).join(' '));
      const head = (startsWithAgencyHead(t) || holderHead || /^chánh văn phòng\s/iu.test(t)) && !TIER_ONLY.test(t) && !officeOfBoth;
      const genericAfterSpecific = !head && curSpecific && GENERIC_START.test(t);
      // "các sở, ban, ngành, đoàn thể, và các địa phương": one enumeration of one group
      // … unless the group before ended with its qualifier ("Các Bộ, ngành chức năng, các cơ quan báo chí …")
      const moreOfGroup = head && cur !== null && !curSpecific && GROUP_MORE_RE.test(t) && !/(?:liên quan|chức năng)$/u.test(cur);
      if (cur === null || (head && !moreOfGroup) || genericAfterSpecific) {
        if (cur !== null) items.push(cur);
        cur = t;
        curSpecific = head && !/^(các|những|thủ trưởng|lãnh đạo|người đứng đầu)\s/iu.test(t);
      } else {
        const sep = /và/u.test(p.sep) ? ' và ' : ', ';
        cur = cur + sep + t;
      }
    }
    if (cur !== null) items.push(cur);
  }
  return items.flatMap(splitUnitList).map((x) => x.trim()).filter(Boolean);
}

/**
 * One body of several units (rule `agency.unit-list`): "UBND tỉnh Điện Biên, Nghệ An và Tây Ninh"
 * (Bộ Công an 4214/BCA-C04) → three committees; "Ủy ban nhân dân các huyện: Hoa Lư, Nho Quan và Yên
 * Mô" (Ninh Bình 807/QĐ-UBND) → three. Each unit is a proper name (capitalised words, or "Phường 2").
 */
const UNIT_LIST_RE = new RegExp(
  `^(.*?\\S)\\s+(?:các\\s+)?(tỉnh|huyện|thành phố|thị xã|quận|xã|phường)\\s*:?\\s+((?:[\\p{Lu}\\d][\\p{L}\\d'-]*\\s*)+(?:(?:,|\\s+và)\\s+(?:[\\p{Lu}\\d][\\p{L}\\d'-]*\\s*)+)+)$`,
  'u',
);
function splitUnitList(item: string): string[] {
  const m = UNIT_LIST_RE.exec(item);
  if (!m) return [item];
  const units = m[3]!.split(/\s*,\s*|\s+và\s+/u).map((x) => x.trim()).filter(Boolean);
  if (units.length < 2 || units.some((u) => u.split(/\s+/u).length > 4)) return [item];
  // "UBND xã Đạ Huoai, Phường 2 Bảo Lộc": a unit with its own kind word keeps it
  return units.map((u) => (/^(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường)\s/iu.test(u) ? `${m[1]} ${u}` : `${m[1]} ${m[2]} ${u}`));
}

/** Merge the written names of agencies that share a key (first occurrence wins for the rest). */
export function mergeAgencies(list: Agency[]): Agency[] {
  if (list.length <= 1) return list.map((a) => ({ ...a, names: [...a.names] })); // the usual case: no Map
  const byKey = new Map<string, Agency>();
  for (const a of list) {
    const prev = byKey.get(a.key);
    if (!prev) byKey.set(a.key, { ...a, names: [...a.names] });
    else for (const n of a.names) if (!prev.names.includes(n)) prev.names.push(n);
  }
  return [...byKey.values()];
}

/**
 * The agencies named by a heading or phrase that may list several bodies:
 * "Phòng Văn hoá - Thông tin; Trung tâm văn hóa TDTT thị xã; Ban Quản lý di tích …",
 * "Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội thị xã" (two bodies).
 * Generic parts ("các cơ quan, đơn vị liên quan") are dropped.
 */
export function splitAgencyList(raw: string, ctx: DocContext | null): Agency[] {
  const out: Agency[] = [];
  // no splitAgencyNames copy / canonicalAgency copy here: mergeAgencies copies what it returns
  for (const name of splitMemo(raw)) {
    const a = canonicalShared(name, ctx);
    if (a) out.push(a);
  }
  return mergeAgencies(out);
}
