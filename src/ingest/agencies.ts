/**
 * Agencies: canonical names, keys, types and levels of the bodies a plan names.
 *
 * A name as written ("Công an thị xã", "UBND Tỉnh", "Sở Y tế", "Phòng Văn hoá - Thông tin") is
 * resolved against the document's own context (DocContext) so that the jurisdiction is spelled out:
 * "Công an thị xã Bỉm Sơn", "UBND tỉnh Thanh Hóa", "Sở Y tế tỉnh Bắc Ninh". The key is
 * `slug(matchForm(canonical name))`, so spelling variants of one body share a key.
 *
 * Everything here is pure and works on one name (or one list of names) at a time.
 */
import type { AdministrativeUnit } from './model.js';
import type { Agency, AgencyType, Level } from './model.js';
import type { DocContext } from './context.js';
import { fold, matchForm, normalizeVi, slug } from './text.js';

// ---------------------------------------------------------------------------------------------
// Tiers (administrative kind words)
// ---------------------------------------------------------------------------------------------

type TierKind = 'PROVINCE' | 'CITY' | 'DISTRICT' | 'TOWN' | 'COMMUNE' | 'WARD' | 'TOWNSHIP';

interface TierInfo {
  word: string; // canonical lower-case kind word: "thị xã"
  kind: TierKind;
  level: Level;
}

const TIERS: Record<string, TierInfo> = {
  'tỉnh': { word: 'tỉnh', kind: 'PROVINCE', level: 'PROVINCE' },
  'thành phố': { word: 'thành phố', kind: 'CITY', level: 'DISTRICT' },
  'tp': { word: 'thành phố', kind: 'CITY', level: 'DISTRICT' },
  'thị xã': { word: 'thị xã', kind: 'TOWN', level: 'DISTRICT' },
  'tx': { word: 'thị xã', kind: 'TOWN', level: 'DISTRICT' },
  'huyện': { word: 'huyện', kind: 'DISTRICT', level: 'DISTRICT' },
  'quận': { word: 'quận', kind: 'DISTRICT', level: 'DISTRICT' },
  'thị trấn': { word: 'thị trấn', kind: 'TOWNSHIP', level: 'COMMUNE' },
  'xã': { word: 'xã', kind: 'COMMUNE', level: 'COMMUNE' },
  'phường': { word: 'phường', kind: 'WARD', level: 'COMMUNE' },
};

const LEVEL_RANK: Record<Level, number> = { NATIONAL: 0, PROVINCE: 1, DISTRICT: 2, COMMUNE: 3, UNKNOWN: 9 };

/** Kind words as written, longest first (case-insensitive), for the tier regexes. */
const TIER_ALT = 'thành phố|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường|TX|TP';
/** Words that follow a kind word without it being one: "xã hội", "Tỉnh ủy", "xã viên", "Xã đội". */
const NOT_TIER_NEXT = /^(hội|ủy|viên|đội|đoàn)(?![\p{L}])/iu;

const UPPER_START = /^[\p{Lu}\d]/u;

/** Kind word (compared in lower case WITH diacritics: "Quản" is not "quận"). */
const TIER_CACHE = new Map<string, TierInfo | null>();
function tierOf(word: string): TierInfo | null {
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
  const m = new RegExp(`^(?:${TIER_ALT})\\s+(.+)$`, 'iu').exec(n);
  return (m ? m[1]! : n).trim() || null;
}

function unitLevel(u: AdministrativeUnit): Level {
  return u.level;
}

/** Kind word of a unit, from its name when it starts with one, else from its kind. */
function unitWord(u: AdministrativeUnit): string {
  const m = new RegExp(`^(${TIER_ALT})\\s`, 'iu').exec(normalizeVi(u.name));
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

/** Normalise a raw name: markers, triggers, emphasis, parentheticals and trailing punctuation out. */
export function cleanAgencyText(raw: string): string {
  let s = normalizeVi(raw).replace(/\*+/g, '').replace(/^\|+|\|+$/g, '').trim();
  for (let k = 0; k < 3; k++) {
    const before = s;
    s = s.replace(LEADING_MARKER, '').replace(LEADING_TRIGGER, '').trim();
    if (s === before) break;
  }
  // trailing parentheticals: "(báo cáo)", "(qua …)", "(để t/h)"
  for (let k = 0; k < 3; k++) {
    const m = /\s*\([^()]*\)\s*[.;:,]*\s*$/u.exec(s);
    if (!m || m.index === 0) break;
    s = s.slice(0, m.index).trim();
  }
  s = s.replace(/\s*\(\s*$/u, '');
  // apposition "Công an thị xã - Cơ quan Thường trực"
  s = s.replace(/\s+-\s+(?:cơ quan|đơn vị)\s+(?:thường trực|chủ trì|tham mưu|đầu mối)\b.*$/iu, '');
  s = s.replace(/[\s.;:,/]+$/u, '').trim();
  return s;
}

/** Spelling normalisation of the body part of a name (no jurisdiction). */
function displayBody(body: string): string {
  let s = ' ' + body + ' ';
  s = s
    .replace(/\s*&\s*/g, ' và ')
    .replace(/\bỦy ban nhân dân\b/giu, 'UBND')
    .replace(/(?<![\p{L}])ủy ban nhân dân(?![\p{L}])/giu, 'UBND')
    .replace(/(?<![\p{L}])Hội đồng nhân dân(?![\p{L}])/giu, 'HĐND')
    .replace(/(?<![\p{L}])(?:UBMTTQ|UB MTTQ|Ủy ban Mặt trận Tổ quốc Việt Nam|Ủy ban Mặt trận Tổ quốc|Ủy ban MTTQ Việt Nam|Ủy ban MTTQVN|Ủy ban MTTQ)(?![\p{L}])/giu, 'Ủy ban MTTQ Việt Nam')
    .replace(/(?<![\p{L}])(?:Mặt trận Tổ quốc Việt Nam|Mặt trận Tổ quốc|MTTQVN)(?![\p{L}])/gu, 'MTTQ Việt Nam')
    .replace(/(?<![\p{L}])CT-XH(?![\p{L}])/gu, 'chính trị - xã hội')
    .replace(/chính trị\s*-?\s*xã hội/giu, 'chính trị - xã hội')
    .replace(/(?<![\p{L}])Văn Phòng(?![\p{L}])/gu, 'Văn phòng')
    .replace(/^\s*VP\s+/u, ' Văn phòng ')
    .replace(/^\s*TT\s+/u, ' Thường trực ')
    .replace(/^\s*BCĐ\s+/u, ' Ban Chỉ đạo ')
    .replace(/^\s*BCH\s+/u, ' Ban Chỉ huy ')
    .replace(/^\s*Ngành\s+/iu, ' ')
    .replace(/^\s*(Thủ trưởng|Lãnh đạo|Người đứng đầu)\s+(?!các\s)(?=cơ quan|đơn vị|doanh nghiệp|nhà trường)/iu, ' $1 các ')
    .replace(/\s+/g, ' ')
    .trim();
  // Tier words inside the body are lower case ("UBND Tỉnh" → handled by the tier; "Thị ủy" stays).
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Classification
// ---------------------------------------------------------------------------------------------

const TYPE_RULES: Array<[RegExp, AgencyType]> = [
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

function classify(foldedBody: string): AgencyType {
  for (const [re, t] of TYPE_RULES) if (re.test(foldedBody)) return t;
  return 'OTHER';
}

/** Implicit level of a body named without a kind word. */
function implicitLevel(fb: string): Level | null {
  if (/^(bo (?!chi huy|doi)|cuc (?!thue tinh)|tong cuc|chinh phu|thu tuong|ban bi thu|bo chinh tri|ban chap hanh trung uong|trung uong|quoc hoi)/.test(fb)) return 'NATIONAL';
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
  const f = fold(cleanAgencyText(raw)).replace(/[()"'.]/g, ' ').replace(/\s+/g, ' ').trim();
  if (/^(cac |nhung )?(ubnd|uy ban|hdnd|cong an|so |thanh vien|truong)/.test(f)) return false;
  if (/\bthanh vien\b/.test(f)) return false;
  return genericParts(f, GENERIC_PARTNER_EXTRA) !== null;
}

function isGenericPhrase(f: string): boolean {
  const fb = f.replace(/[()"'.]/g, ' ').replace(/\s+/g, ' ').trim();
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
const OFFICE_HOLDER = /^(bo truong|chu tich|giam doc|truong ban|chi huy truong) (?=\S)/;

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
function findTierSuffix(s: string): TierMatch | null {
  const re = new RegExp(`(^|[\\s,;(])((?:cấp|Cấp)\\s+)?(${TIER_ALT})(?=$|[\\s,;:.)])`, 'giu');
  const hits: Array<{ idx: number; end: number; word: string; cap: boolean }> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const idx = m.index + m[1]!.length;
    const after = s.slice(m.index + m[0].length).trimStart();
    const word = m[3]!;
    if (NOT_TIER_NEXT.test(after)) continue;
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
// canonicalAgency
// ---------------------------------------------------------------------------------------------

function mkAgency(name: string, written: string, type: AgencyType, level: Level, unit: string | null, group: boolean): Agency {
  const canonical = name.replace(/\s+/g, ' ').trim();
  return {
    key: slug(matchForm(canonical)),
    name: canonical,
    names: [written],
    type,
    level,
    unit,
    group,
  };
}

function isGroupBody(fb: string): boolean {
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
  // Pure function of (raw, ctx): memoized per context object (plans repeat the same names).
  let memo = ctx ? MEMO.get(ctx) : NULL_MEMO;
  if (!memo) {
    memo = new Map();
    MEMO.set(ctx!, memo);
  }
  let hit = memo.get(raw);
  if (hit === undefined) {
    hit = resolveAgency(raw, ctx);
    if (memo.size > 5000) memo.clear();
    memo.set(raw, hit);
  }
  return hit ? { ...hit, names: [...hit.names] } : null;
}

const MEMO = new WeakMap<DocContext, Map<string, Agency | null>>();
const NULL_MEMO = new Map<string, Agency | null>();

function resolveAgency(raw: string, ctx: DocContext | null): Agency | null {
  const written = cleanAgencyText(raw);
  if (!written || written.length < 2) return null;
  let s = written;
  // "Bộ trưởng Bộ Công an" → "Bộ Công an"; "Chủ tịch UBND tỉnh" → "UBND tỉnh"
  const holder = OFFICE_HOLDER.exec(fold(s));
  if (holder) {
    const inner = s.split(/\s+/).slice(holder[1]!.split(' ').length).join(' ');
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
  let body = (tm ? s.slice(0, tm.start) : s).replace(/[\s,;:-]+$/u, '').trim();
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
      return mkAgency(name, written, type, level, host?.key ?? null, true);
    }
    if (tm.name) {
      const known = findCtxUnitByName(ctx, tm.name, tier.level) ?? findCtxUnitByName(ctx, tm.name, null);
      if (known) {
        const b = officeFix(body, unitLevel(known));
        return mkAgency(`${b} ${unitDisplay(known)}`, written, type, unitLevel(known), known.key, group);
      }
      const unitName = `${tier.word} ${tm.name}`;
      const b = officeFix(body, tier.level);
      return mkAgency(`${b} ${unitName}`, written, type, tier.level, slug(unitName), group);
    }
    // kind word without a name: the document's unit of that tier, or (lower tier) all of them.
    const same = ctxAtLevel(ctx, tier.level, tier.kind);
    if (same) {
      const b = officeFix(body, tier.level);
      return mkAgency(`${b} ${unitDisplay(same)}`, written, type, tier.level, same.key, group);
    }
    if (docUnit && LEVEL_RANK[tier.level] > LEVEL_RANK[unitLevel(docUnit)]) {
      const pref = tm.cap ? `cấp ${tier.word}` : tier.word;
      return mkAgency(`${body} ${pref} ${unitDisplay(docUnit)}`, written, type, tier.level, docUnit.key, true);
    }
    const b = officeFix(body, tier.level);
    return mkAgency(`${b} ${tier.word}`, written, type, tier.level, null, group);
  }

  // No kind word: party committees, implicit tiers, national bodies, bodies of the document's unit.
  const pt = partyTier(fb);
  if (pt) {
    const u = ctxAtLevel(ctx, pt.level, pt.kind);
    const p = unitProperName(u);
    // "Tỉnh ủy Tây Ninh" already named?
    const named = /\b(tinh|thi|huyen|thanh|quan) uy\s+\S/.test(fb);
    const name = named || !p ? body : `${body} ${p}`;
    return mkAgency(name, written, 'PARTY', pt.level, u?.key ?? null, group);
  }

  // A trailing proper name equal to a known unit ("Báo Tây Ninh", "Đài PT-TH Tây Ninh").
  for (const u of ctxUnits(ctx)) {
    const p = unitProperName(u);
    if (p && fold(body).endsWith(' ' + fold(p))) return mkAgency(body, written, type, unitLevel(u), u.key, group);
  }

  const lvl = implicitLevel(fb);
  if (lvl === 'NATIONAL') return mkAgency(body, written, type, 'NATIONAL', null, group);
  if (lvl === 'PROVINCE') {
    const p = ctxProvince(ctx);
    return mkAgency(p ? `${body} ${unitDisplay(p)}` : body, written, type, 'PROVINCE', p?.key ?? null, group);
  }
  if (lvl === 'DISTRICT') {
    const d = ctxAtLevel(ctx, 'DISTRICT');
    return mkAgency(d ? `${body} ${unitDisplay(d)}` : body, written, type, 'DISTRICT', d?.key ?? null, group);
  }
  if (docUnit) {
    const b = officeFix(body, unitLevel(docUnit));
    return mkAgency(`${b} ${unitDisplay(docUnit)}`, written, type, unitLevel(docUnit), docUnit.key, group);
  }
  return mkAgency(body, written, type, ctx?.level ?? 'UNKNOWN', null, group);
}

// ---------------------------------------------------------------------------------------------
// Recognising where agency names start and end in running text
// ---------------------------------------------------------------------------------------------

/** Heads that always start an agency name. */
const HEAD_ALWAYS = /^(?:Công an|Sở\s|UBND|Ủy ban|UBMTTQ|HĐND|Văn phòng|Văn Phòng|VP\s+[\p{Lu}]|Trung tâm|Liên đoàn|Mặt trận|MTTQ|Tỉnh ủy|Thị ủy|Huyện ủy|Thành ủy|Quận ủy|Đảng ủy|Chính phủ|Thủ tướng|Tòa án|Viện kiểm sát|Kho bạc|Ngân hàng|Bệnh viện|Thủ trưởng|Trưởng thôn|Trưởng các|Thường trực|TT\s+[\p{Lu}]|Bộ Chỉ huy|Ban Chỉ huy|Ban Chỉ đạo|BCĐ|BCH\s|Bộ đội|Cảnh sát|Chi cục|Tổng cục|Bảo hiểm xã hội|Hải quan|Đồn\s|Lãnh đạo các|Người đứng đầu)/u;
/** Heads that are also ordinary words ("Ban hành", "Phòng, chống", "Bộ tiêu chí", "Báo cáo"). */
const HEAD_IF_PROPER = /^(Phòng|Ban|Bộ|Cục|Hội|Hội đồng|Đoàn|Đội|Đài|Báo|Ngành)\s+(\S+)/u;

export function startsWithAgencyHead(s: string): boolean {
  const t = s.trimStart();
  if (HEAD_ALWAYS.test(t)) return true;
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

interface Tok {
  w: string; // token as written (may carry punctuation)
  bare: string; // without surrounding punctuation
  low: string; // bare, lower case, with diacritics
  idx: number; // start offset
  end: number; // end offset
}

/** The prefix of s holding its first n words (whole words; all of s when shorter). */
function firstWords(s: string, n: number): string {
  const re = /\s+/g;
  let count = 0;
  while (re.exec(s)) {
    if (++count >= n) return s.slice(0, re.lastIndex);
  }
  return s;
}

export function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const w = m[0];
    const bare = w.replace(/^[("'[]+|[)"'\].,;:!?]+$/gu, '');
    out.push({ w, bare, low: bare.toLowerCase(), idx: m.index, end: m.index + w.length });
  }
  return out;
}

function predicateAt(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  if (!t.bare || !PREDICATE_FIRST.has(t.low) || UPPER_START.test(t.bare)) return false;
  const prev = toks[i - 1];
  if (prev && /^(các|những|mỗi)$/u.test(prev.low)) return false; // "các tổ chức" is a noun
  for (let n = PREDICATE_MAX_WORDS; n >= 1; n--) {
    if (i + n > toks.length) continue;
    // a phrase must not cross punctuation
    const span = toks.slice(i, i + n);
    if (span.slice(0, -1).some((x) => /[,;:.]$/.test(x.w))) continue;
    const phrase = span.map((x) => x.low).join(' ');
    if (PREDICATE_SET.has(phrase)) {
      // "có liên quan", "có thẩm quyền", "là thành viên" belong to a group name
      if (phrase === 'có' && /^(liên|thẩm)$/u.test(toks[i + 1]?.low ?? '')) return false;
      if (phrase === 'là' && (toks[i + 1]?.low ?? '') === 'thành') return false;
      // "…, tổ chức liên quan", "tổ chức, cá nhân", "tổ chức chính trị - xã hội" are nouns
      if (phrase === 'tổ chức' && (/,$/.test(prev?.w ?? '') || /,$/.test(toks[i + 1]?.w ?? '') || /^(chính|đoàn|thành|đảng)$/u.test(toks[i + 2]?.low ?? ''))) return false;
      return true;
    }
  }
  return false;
}

function tierTokenAt(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  const next = toks[i + 1];
  if (next && NOT_TIER_NEXT.test(next.w)) return false;
  if (/[-]$/.test(t.w)) return false;
  if (tierOf(t.bare)) return true;
  const prev = toks[i - 1];
  return !!prev && !/[,;:.]$/.test(prev.w) && !!tierOf(prev.bare + ' ' + t.bare);
}

/**
 * Split a leading list of bodies from the rest of a sentence:
 * "Công an tỉnh chủ trì, phối hợp với …" → list "Công an tỉnh", rest "chủ trì, phối hợp với …".
 * Returns null when the text does not start with an agency head.
 */
export function parseAgencyPrefix(text: string, maxWords = 40): AgencyPrefix | null {
  const s = text.trim();
  if (!startsWithAgencyHead(s)) return null;
  // a list of bodies is short: look at the first words only (linear in the text overall)
  const toks = tokenize(firstWords(s, maxWords + 8));
  let end = toks.length; // index of the first token after the list
  let colon = false;
  let afterTier = false; // just passed a kind word (+ proper name): the name is complete
  let steering = /^(Ban Chỉ đạo|BCĐ)/u.test(s);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (i > maxWords) return null;
    if (i > 0) {
      if (t.w.startsWith('(')) { end = i; break; }
      if (afterTier) {
        const prevW = toks[i - 1]!.w;
        if (/[,;]$/.test(prevW) || /^(và|&)$/u.test(t.w)) afterTier = false;
        else if (!UPPER_START.test(t.bare)) { end = i; break; }
      }
      if (predicateAt(toks, i)) {
        // "Ban Chỉ đạo phòng chống tội phạm … và xây dựng phong trào … tỉnh": the name runs to its tier
        if (steering) {
          let j = -1;
          for (let k = i + 1; k < Math.min(toks.length, i + 25); k++) {
            if (/[.;:]$/.test(toks[k - 1]!.w)) break;
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
    if (/:$/.test(t.w)) { end = i + 1; colon = true; break; }
    if (/\.$/.test(t.w) && !/\d\.$/.test(t.w) && i + 1 < toks.length) { end = i + 1; break; }
  }
  const lastTok = toks[end - 1];
  const listEnd = lastTok ? lastTok.end : s.length;
  const list = s.slice(0, listEnd).replace(/[\s:;,.]+$/u, '').trim();
  const restFrom = end < toks.length ? toks[end]!.idx : listEnd;
  const rest = s.slice(restFrom).replace(/^[\s:,]+/u, '').trim();
  if (!list) return null;
  return { list, rest, colon };
}

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
  let hit = SPLIT_MEMO.get(raw);
  if (!hit) {
    hit = splitNames(raw);
    if (SPLIT_MEMO.size > 5000) SPLIT_MEMO.clear();
    SPLIT_MEMO.set(raw, hit);
  }
  return [...hit];
}
const SPLIT_MEMO = new Map<string, string[]>();

function splitNames(raw: string): string[] {
  const s = cleanAgencyText(raw);
  const items: string[] = [];
  for (const semi of splitTopLevel(s, /\s*;\s*/y)) {
    const pieces = splitTopLevel(semi.text.trim(), /\s*,\s*(?:và\s+)?|\s+và\s+|\s+cùng\s+/y);
    let cur: string | null = null;
    let curSpecific = false;
    for (const p of pieces) {
      const t = p.text.trim();
      if (!t) continue;
      // "Văn phòng HĐND và UBND …" is one office
      const officeOfBoth = cur !== null && /^(?:Văn phòng|VP)\b.*\bHĐND$/u.test(cur) && /^UBND\b/u.test(t) && /và|&/u.test(p.sep);
      const head = startsWithAgencyHead(t) && !TIER_ONLY.test(t) && !officeOfBoth;
      const genericAfterSpecific = !head && curSpecific && GENERIC_START.test(t);
      // "các sở, ban, ngành, đoàn thể, và các địa phương": one enumeration of one group
      const moreOfGroup = head && cur !== null && !curSpecific && GROUP_MORE_RE.test(t);
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
  return items.map((x) => x.trim()).filter(Boolean);
}

/** Merge the written names of agencies that share a key (first occurrence wins for the rest). */
export function mergeAgencies(list: Agency[]): Agency[] {
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
  for (const name of splitAgencyNames(raw)) {
    const a = canonicalAgency(name, ctx);
    if (a) out.push(a);
  }
  return mergeAgencies(out);
}
