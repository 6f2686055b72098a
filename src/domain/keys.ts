/**
 * Keys: ONE module makes the key of every node the loader writes (documents, issuers/agencies,
 * administrative units, persons, duties, deadlines, targets, findings) and the legacy keys older
 * versions made, which stay valid as lookups (aliases).
 *
 * Rules
 *  1. A key is readable ASCII: lower case letters, digits and "-", plus "." before a province
 *     qualifier; "/" separates the parts of a document key and "#" the parts of a fact's key.
 *  2. Spelling variants of one name are one key: names are normalised first (NFC, new-style tone
 *     placement "hoá" → "hóa", "uỷ" → "ủy", dashes, spaces: `normalizeVi`), so they never split.
 *  3. Names that differ only by diacritics are different keys. Proper names of districts and
 *     communes (and of the bodies of those units) are written in Telex, the transliteration every
 *     Vietnamese typist knows: â ê ô → aa ee oo, ă → aw, ơ ư → ow uw, đ → dd, and the tone as a letter
 *     at the end of the syllable (sắc s, huyền f, hỏi r, ngã x, nặng j):
 *        "Tân Thanh" → "taan-thanh", "Tân Thạnh" → "taan-thanhj", "Bỉm Sơn" → "bimr-sown".
 *     Why Telex and not the folded form plus a hash: it is injective on Vietnamese syllables (no
 *     Vietnamese syllable ends in s/f/r/x/j, none contains w, aa, ee, oo or dd, so the marks cannot be
 *     confused with letters), needs no table, reads back without a tool, and keeps the folded form
 *     visible (drop the marks and you have the search form).
 *     Province names stay folded ("tinh-bac-ninh", "thanh-hoa"): they are a closed list of 63 (34
 *     since 2025) names that are pairwise distinct when folded (checked by test/unit/keys.test.ts over
 *     PROVINCES below), so folding cannot merge two of them — and the keys analysts know
 *     ("ubnd-tinh-bac-ninh/14-kh-ubnd/2025", "cong-an-tinh-tay-ninh") stay what they were.
 *     The generic words of a body ("cong-an", "tram-y-te", "ubnd-cac-xa-phuong") stay folded too:
 *     they are the closed vocabulary of src/ingest/agencies.ts, which has no pair that differs only
 *     by diacritics; the load refuses a key that would join two different names (see load.ts).
 *  4. Keys of district- and commune-level units, and of the agencies/issuers of those units, carry
 *     their province after a dot: the same commune name exists in many provinces.
 *        "xã Tân Thạnh" of tỉnh Tây Ninh → unit `xa-taan-thanhj.tay-ninh`,
 *        its "Công an xã" → `cong-an-xa-taan-thanhj.tay-ninh`,
 *        its plan 12/KH-UBND of 2026 → `ubnd-xa-taan-thanhj.tay-ninh/12-kh-ubnd/2026`.
 *     When a document does not let the reader find its province (a draft of a commune plan naming
 *     only "tỉnh"), the key has no qualifier: `xa-vinhx-thuyr`. Such a key never joins a qualified
 *     one (no silent merge); the loader refuses a unit key that would join two provinces.
 *  5. Document identity is issuer + number + year: `<issuer key>/<number, folded>/<year>`; numbers
 *     are ASCII codes (Đ ≡ D in "NĐ-CP"); no number → `<kind abbr>-<first 8 title words, folded>`;
 *     no year → `undated`. Facts of a document are `<document key>#<what>-L<line>…`.
 *  6. Legacy keys (before this module: everything folded, no province) are kept as aliases of the
 *     node they named; an alias that names several nodes is ambiguous and a lookup by it is an error
 *     listing the candidates (src/graph/resolvers.ts), never a silent pick.
 */
import { matchForm, normalizeVi, slug } from '../ingest/text.js';

export { slug };

// ---------------------------------------------------------------------------------------------
// Building blocks

const TONE_LETTER: Record<string, string> = { '\u0301': 's', '\u0300': 'f', '\u0309': 'r', '\u0303': 'x', '\u0323': 'j' };

/**
 * Telex of a name, as a slug: "Tân Thạnh" → "taan-thanhj", "Đông Triều" → "ddoong-trieeuf",
 * "Thủy"/"Thuỷ" → "thuyr" (tone placement normalised first). Letters outside Vietnamese pass as
 * they fold; anything else separates words.
 */
export function nameKey(s: string): string {
  const memo = NAME_KEY.get(s);
  if (memo !== undefined) return memo;
  const out: string[] = [];
  let word = '';
  let tone = '';
  const flush = () => {
    if (word) out.push(word + tone);
    word = '';
    tone = '';
  };
  for (const ch of normalizeVi(s).toLowerCase().normalize('NFD')) {
    if (ch === 'đ' || ch === 'Đ') word += 'dd';
    else if (/[a-z0-9]/.test(ch)) word += ch;
    else if (ch === '\u0302') word += word.slice(-1); // circumflex: â ê ô → aa ee oo
    else if (ch === '\u0306' || ch === '\u031b') word += 'w'; // breve ă → aw; horn ơ ư → ow uw
    else if (TONE_LETTER[ch]) tone = TONE_LETTER[ch]!;
    else if (/\p{M}/u.test(ch)) continue;
    else if (/\p{L}/u.test(ch)) word += slug(ch);
    else flush();
  }
  flush();
  const v = out.filter(Boolean).join('-');
  if (NAME_KEY.size > 20000) NAME_KEY.clear();
  NAME_KEY.set(s, v);
  return v;
}
const NAME_KEY = new Map<string, string>();

// ---------------------------------------------------------------------------------------------
// Administrative units

export type UnitLevel = 'NATIONAL' | 'PROVINCE' | 'DISTRICT' | 'COMMUNE' | 'UNKNOWN';

/** The part of a province's key that qualifies the keys below it: "tỉnh Thanh Hóa" → "thanh-hoa". */
export function provinceQualifier(provinceName: string): string {
  return slug(properName(provinceName));
}

/** "thị xã Bỉm Sơn" → "Bỉm Sơn" (the kind word dropped). */
export function properName(unitName: string): string {
  const n = normalizeVi(unitName);
  const m = /^(tỉnh|thành phố|thị xã|thị trấn|huyện|quận|xã|phường|đặc khu)\s+(.+)$/iu.exec(n);
  return m ? m[2]! : n;
}

/**
 * Key of an administrative unit. `tierWord` is the kind word ("xã", "thị xã", "tỉnh");
 * `province` the display name of its province ("tỉnh Tây Ninh", "thành phố Hà Nội") or null;
 * `district` (communes before 2025-07-01) the display name of its district when the document gives
 * it: "Phường 1" existed in several towns of one province, so the district is part of the address.
 *   unitKey("tỉnh", "Thanh Hóa", "PROVINCE") → "tinh-thanh-hoa"
 *   unitKey("xã", "Tân Thạnh", "COMMUNE", "tỉnh Tây Ninh") → "xa-taan-thanhj.tay-ninh"
 *   unitKey("phường", "1", "COMMUNE", "tỉnh Bạc Liêu", "thị xã Giá Rai") → "phuong-1.thi-xa-gias-rai.bac-lieu"
 */
export function unitKey(tierWord: string, name: string, level: UnitLevel, province: string | null = null, district: string | null = null): string {
  if (level === 'PROVINCE' || level === 'NATIONAL') return slug(`${tierWord} ${name}`);
  const base = `${slug(tierWord)}-${nameKey(name)}`;
  const d = district && level === 'COMMUNE' ? unitHead(district) : null;
  return [base, d, province ? provinceQualifier(province) : null].filter(Boolean).join('.');
}

/** "thị xã Giá Rai" → "thi-xa-gias-rai" (a district- or commune-level unit's key without qualifiers). */
function unitHead(unitName: string): string {
  const proper = properName(unitName);
  const tier = normalizeVi(unitName).slice(0, normalizeVi(unitName).length - proper.length).trim();
  return tier ? `${slug(tier)}-${nameKey(proper)}` : nameKey(proper);
}

/** The legacy (pre-keys.ts) key of a unit: its folded display name. */
export function legacyUnitKey(unitName: string): string {
  return slug(unitName);
}

/** The qualifiers a key carries ("xa-taan-thanhj.tay-ninh" → "tay-ninh", "phuong-1.thi-xa-gias-rai.bac-lieu" → "thi-xa-gias-rai.bac-lieu"), or null. */
export function qualifierOf(key: string): string | null {
  const head = key.split(/[/#]/)[0]!;
  const i = head.indexOf('.');
  return i >= 0 ? head.slice(i + 1) : null;
}

/** The province part of a qualified key (its last qualifier), or null. */
export function provinceOf(key: string): string | null {
  const q = qualifierOf(key);
  return q ? q.slice(q.lastIndexOf('.') + 1) : null;
}

// ---------------------------------------------------------------------------------------------
// Agencies and issuers

/** What agencyKey needs of the agency's unit. */
export interface UnitRef {
  key: string;
  name: string; // display name: "xã Tân Thạnh"
  level: UnitLevel;
}

/**
 * Key of a body from its canonical name (jurisdiction spelled out) and its unit:
 *   "Công an tỉnh Tây Ninh" (unit tỉnh Tây Ninh) → "cong-an-tinh-tay-ninh"
 *   "Trạm Y tế xã Tân Thạnh" (unit xa-taan-thanhj.tay-ninh) → "tram-y-te-xa-taan-thanhj.tay-ninh"
 *   "UBND các xã, phường thị xã Bỉm Sơn" → "ubnd-cac-phuong-xa-thi-xa-bimr-sown.thanh-hoa" (tier words sorted: groupBase)
 *   "Bộ Công an" (no unit) → "bo-cong-an"
 * The body words are folded after matchForm (spelling variants of one body are one key); the unit's
 * proper name, when it is a district or commune, is in Telex and the province qualifier follows.
 */
export function agencyKey(canonicalName: string, unit: UnitRef | null, group = false): string {
  const base = group ? groupBase(slug(matchForm(canonicalName))) : slug(matchForm(canonicalName));
  if (!unit || unit.level === 'PROVINCE' || unit.level === 'NATIONAL' || unit.level === 'UNKNOWN') return base;
  const proper = properName(unit.name);
  const pf = slug(proper);
  const pt = nameKey(proper);
  let out = base;
  if (pf && (base === pf || base.endsWith(`-${pf}`))) out = base.slice(0, base.length - pf.length) + pt;
  else if (pf) {
    const i = base.lastIndexOf(`-${pf}-`);
    if (i >= 0) out = base.slice(0, i + 1) + pt + base.slice(i + 1 + pf.length);
  }
  const q = qualifierOf(unit.key);
  return q ? `${out}.${q}` : out;
}

// ---------------------------------------------------------------------------------------------
// Groups of commune-level bodies ("UBND các xã, phường", "Công an các phường, xã, thị trấn")

/** Commune-level tier words as they appear in a slug, and the unit kinds they name (src/ingest/tiers.ts). */
export const COMMUNE_TIERS: Record<string, Array<'COMMUNE' | 'WARD' | 'TOWNSHIP'>> = {
  xa: ['COMMUNE'],
  phuong: ['WARD'],
  'thi-tran': ['TOWNSHIP'],
  'dac-khu': ['COMMUNE'],
};
const TIER_ALT = 'xa|phuong|thi-tran|dac-khu';
/** "phuong-thi-tran-xa" → ["phuong", "thi-tran", "xa"]: the tier words of a slugged list. */
const tierWords = (list: string): string[] => list.match(new RegExp(TIER_ALT, 'g')) ?? [];
const GROUP_TIERS = new RegExp(`^(.*?)-(?:cac-)?((?:${TIER_ALT})(?:-(?:va-|hoac-)?(?:${TIER_ALT}))*)(-.*)?$`);

/**
 * A group of commune-level bodies, whatever the order of its tier words, is one key: "UBND các xã,
 * phường", "UBND các phường, xã" and "UBND xã, phường" of one unit name the same bodies →
 * `ubnd-cac-phuong-xa-…` (tier words sorted, "và"/"hoặc" dropped, "các" written). "UBND cấp xã"
 * (every commune-level body) keeps its own key. Anything else is returned unchanged.
 */
export function groupBase(base: string): string {
  const m = GROUP_TIERS.exec(base);
  if (!m) return base;
  const [, head, list, rest] = m;
  // one kind of body ("ubnd", "cong-an", "tram-y-te"), not an enumeration of kinds ("cac-ban-nganh-…")
  if (!head || /(^|-)cac(-|$)/.test(head)) return base;
  const tiers = [...new Set(tierWords(list!))].sort();
  // a single tier without "các" is one body ("UBND xã Tân Thạnh"), not a group
  if (tiers.length === 1 && !base.startsWith(`${head}-cac-`)) return base;
  return `${head}-cac-${tiers.join('-')}${rest ?? ''}`;
}

/**
 * The unit kinds whose bodies belong to a commune-level group, read from its key; null when the
 * key is not such a group. "…-cap-xa-…" → every commune-level kind.
 */
export function groupMemberKinds(agencyKeyOrBase: string): string[] | null {
  if (/^(?!cac-)[a-z-]*?-cap-xa(-|\.|$)/.test(agencyKeyOrBase)) return ['COMMUNE', 'WARD', 'TOWNSHIP'];
  const m = new RegExp(`^(?!cac-)[a-z-]*?-cac-((?:${TIER_ALT})(?:-(?:${TIER_ALT}))*)(?=-|\\.|$)`).exec(agencyKeyOrBase);
  if (!m) return null;
  return [...new Set(tierWords(m[1]!).flatMap((t) => COMMUNE_TIERS[t] ?? []))].sort();
}

/** The legacy key of a body: its folded canonical name. */
export function legacyAgencyKey(canonicalName: string): string {
  return slug(matchForm(canonicalName));
}

/** Key of a person (a signer): the name in Telex, qualified by the issuer's province when known. */
export function personKey(name: string, issuerKey: string | null): string {
  const q = issuerKey ? provinceOf(issuerKey) ?? provinceOfIssuer(issuerKey) : null;
  return q ? `${nameKey(name)}.${q}` : nameKey(name);
}

/** "ubnd-tinh-bac-ninh" → "bac-ninh"; national bodies → null. */
function provinceOfIssuer(issuerKey: string): string | null {
  const m = /-tinh-([a-z0-9-]+)$/.exec(issuerKey) ?? /-thanh-pho-(ha-noi|ho-chi-minh|hai-phong|da-nang|can-tho|hue)$/.exec(issuerKey);
  return m ? m[1]! : null;
}

/**
 * The unit part of an issuer key, used to tell whether two issuers belong to one unit:
 * "ubnd-tinh-thanh-hoa" and "bcd-phong-chong-khung-bo-tinh-thanh-hoa" → "thanh-hoa";
 * "ubnd-xa-taan-thanhj.tay-ninh" → "taan-thanhj.tay-ninh". Accepts a document key too.
 */
export function issuerUnit(key: string): string | null {
  const issuer = key.split('/')[0] ?? '';
  const dot = issuer.indexOf('.');
  const head = dot >= 0 ? issuer.slice(0, dot) : issuer;
  const q = dot >= 0 ? issuer.slice(dot) : '';
  const m = /-(?:tinh|huyen|xa|phuong|quan|tran|pho)-((?:(?!-(?:tinh|huyen|xa|phuong|quan|tran|pho)-).)+)$/.exec(head);
  return m ? m[1]! + q : null;
}

// ---------------------------------------------------------------------------------------------
// Documents

/** The number part of a document key: "14/KH-UBND" → "14-kh-ubnd", "61/2018/NĐ-CP" → "61-2018-nd-cp". */
export function numberPart(number: string): string {
  return slug(number);
}

/** The part of a key for a document without a number: "kh-" + the first 8 words of its title, folded. */
export function titlePart(kindAbbr: string, title: string): string {
  const s = slug(title.split(/\s+/).slice(0, 8).join(' '));
  return `${kindAbbr}-${s || 'khong-tieu-de'}`;
}

/** `<issuer key>/<number or title part>/<year|undated>`. */
export function documentKey(issuerKey: string, part: string, year: number | null): string {
  return `${issuerKey}/${part}/${year ?? 'undated'}`;
}

/** The key a document had before keys.ts (issuer folded, no province), or null when it is the same. */
export function legacyDocumentKey(key: string, issuerName: string): string | null {
  const i = key.indexOf('/');
  if (i < 0) return null;
  const old = `${legacyAgencyKey(issuerName)}${key.slice(i)}`;
  return old === key ? null : old;
}

/** Key of a cited document known only by a vague phrase. */
export function vagueDocumentKey(issuerKey: string | null, text: string): string {
  return `${issuerKey ?? 'unknown'}/vb-${slug(text.split(/\s+/).slice(0, 8).join(' '))}/undated`;
}

// ---------------------------------------------------------------------------------------------
// Facts of a document

export const dutyKey = (documentKey: string, line: number) => `${documentKey}#L${line}`;
export const deadlineKey = (documentKey: string, line: number, idx: number) => `${documentKey}#deadline-L${line}-${idx}`;
export const targetKey = (documentKey: string, line: number, idx: number) => `${documentKey}#target-L${line}-${idx}`;
export const findingKey = (documentKey: string, idx: number) => `${documentKey}#finding-${idx}`;
export const conflictKey = (documentKey: string, idx: number) => `${documentKey}#conflict-${idx}`;
export const copyFindingKey = (documentKey: string, sha: string, idx: number) => `${documentKey}#copy-${sha}-${idx}`;

// ---------------------------------------------------------------------------------------------
// Provinces: the closed list whose folded names must stay pairwise distinct (rule 3).

/** Provinces and centrally-governed cities, before (63) and since (34) 2025-07-01. */
export const PROVINCES: string[] = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương',
  'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương',
  'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hồ Chí Minh', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum',
  'Lai Châu', 'Lạng Sơn', 'Lào Cai', 'Lâm Đồng', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận',
  'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng',
  'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Huế', 'Tiền Giang',
  'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];
