/**
 * Who must do what: duties (one per bullet / paragraph that assigns work) and the bodies that carry
 * them, with their roles.
 *
 * Three ways a plan assigns work:
 *  - agency headings ("1. Công an thị xã", "2. Phòng Nội vụ thị xã:", "12. Đề nghị Ủy ban …",
 *    "4. Phòng Tư pháp thị xã: <duty inline>") with the duties below them (bullets, "a)/b)" items or
 *    plain paragraphs);
 *  - sentences that name the body that must act ("Công an tỉnh chủ trì, phối hợp với …", "Giao …",
 *    "Đề nghị …", "Yêu cầu …"), anywhere in the body; a following bullet that starts with a role verb
 *    and no subject inherits that subject;
 *  - duties whose heading was lost (web mirrors drop numbered headings): the numbering shows the gap;
 *    those duties are unattributed (never invented), with at most a suggested agency.
 */
import type { Agency, Basis, Finding, Role } from './model.js';
import type { DocContext } from './context.js';
import { canonicalAgency, isGenericGroup, parseAgencyPrefix, splitAgencyList } from './agencies.js';
import { endsTerminal, type Paragraph, type SectionKind, type Structure } from './structure.js';
import { fold, matchForm, slug } from './text.js';

export interface AssignedAgency {
  agency: Agency;
  role: Role;
  /** Named as a partner ("phối hợp với X") rather than as the body carrying the duty. */
  partner: boolean;
  /** EXPLICIT: the text names the body in this role; INFERRED: the reading implies it. */
  basis: Basis;
  /** Id of the rule that gave the role (see RULES). */
  rule: string;
}

export interface DutyDraft {
  para: Paragraph;
  text: string;
  section: string | null;
  sectionKind: SectionKind | null;
  assignees: AssignedAgency[];
  unattributed: boolean;
  suggestedAgency: Agency | null;
  suggestionConfidence: number | null;
  requiresDerivedPlan: boolean;
  via: 'heading' | 'inline' | 'subjectless' | 'lost' | 'task' | 'request' | 'lead-in' | 'table';
  /**
   * Other paragraphs that belong to the duty: the per-task lines ("Đơn vị chủ trì: …", "Thời gian
   * hoàn thành: …") — the deadlines they state bind the duty's bodies.
   */
  boundParas?: Paragraph[];
}

export interface AssignmentResult {
  duties: DutyDraft[];
  issues: Finding[];
}

// ---------------------------------------------------------------------------------------------
// Roles
// ---------------------------------------------------------------------------------------------

const ADVERBS = /^(?:(?:chủ động|tiếp tục|tích cực|thường xuyên|khẩn trương|kịp thời|nghiêm túc|trực tiếp|cùng)\s*,?\s*)+/iu;
const NL = '(?![\\p{L}])';

// hoisted: roleOf runs for every duty and compiled these on each call
const LEAD_START = new RegExp(`^chủ trì${NL}`, 'iu');
const COORDINATE_START = new RegExp(`^phối hợp${NL}`, 'iu');
const ADVISE_START = new RegExp(`^tham mưu${NL}`, 'iu');

/** "chủ động phối hợp …": the subject takes the initiative — its own task (conventions v2). */
const OWN_COORDINATION_START = /^chủ động\s*,?\s*phối hợp(?![\p{L}])/iu;
/**
 * "Phối hợp với X …", "Phối hợp chặt chẽ với X", "Phối hợp Sở Xây dựng …" (the "với" is often
 * dropped): the bodies named right after are the implied lead of the duty.
 */
const COORDINATE_WITH_RE = /^phối hợp(?:\s+(?:chặt chẽ|trực tiếp|thường xuyên))?(?:\s+(?:với|cùng))?\s+/iu;

export interface RoleReading {
  role: Role;
  /** Rule id (src/rules/roles.ts lists them with their examples). */
  rule: string;
  /** "Phối hợp với X …": the text after "phối hợp với", where the implied lead X is named. */
  impliedLeadText: string | null;
}

/**
 * Role of the body carrying a duty, from the words that start the duty (after the subject), per
 * conventions v2:
 *   "Chủ trì …", "Là lực lượng chủ trì …"     → LEAD
 *   "Phối hợp với X …"                         → COORDINATE, X the implied lead (INFERRED)
 *   "Phối hợp, hướng dẫn X …" (coordinating is one of its own actions) → RESPONSIBLE
 *   "Phối hợp tuyên truyền …", "Phối hợp với các cơ quan liên quan" → COORDINATE, no lead implied
 *   "Chủ động phối hợp với X …"               → RESPONSIBLE (X a partner)
 *   "Tham mưu …"                               → ADVISE
 *   anything else                              → RESPONSIBLE
 */
export function readRole(predicate: string): RoleReading {
  const raw = predicate.trim().replace(/^[\s,:;-]+/u, '');
  if (OWN_COORDINATION_START.test(raw)) return { role: 'RESPONSIBLE', rule: 'role.chu-dong-phoi-hop', impliedLeadText: null };
  const p = raw.replace(ADVERBS, '');
  const r = roleOf(p);
  if (r !== 'COORDINATE') return { role: r, rule: `role.${r.toLowerCase()}`, impliedLeadText: null };
  const m = COORDINATE_WITH_RE.exec(p);
  const after = m ? p.slice(m[0].length) : '';
  if (m && namesSpecificBody(after)) return { role: 'COORDINATE', rule: 'role.phoi-hop-voi', impliedLeadText: after };
  // "phối hợp, hướng dẫn cơ quan, doanh nghiệp …" (Tây Ninh): coordinating is one of the subject's own
  // actions, no other body is named to lead — its own task
  if (/^phối hợp\s*,\s*[\p{Ll}]/u.test(p)) return { role: 'RESPONSIBLE', rule: 'role.phoi-hop-own-task', impliedLeadText: null };
  // "Phối hợp với các cơ quan liên quan …" (generic: no lead implied), "Phối hợp tuyên truyền …"
  return { role: 'COORDINATE', rule: 'role.phoi-hop', impliedLeadText: null };
}

/** The text starts with a list naming at least one body that is not a generic phrase ("các cơ quan liên quan"). */
function namesSpecificBody(text: string): boolean {
  const pre = parseAgencyPrefix(text);
  return !!pre && splitAgencyList(pre.list, null).some((a) => !(a.group && isGenericGroup(a.names[0] ?? a.name)));
}

/** Role of the body carrying a duty, from the words that start the duty (after the subject), v1 reading. */
export function roleOf(predicate: string): Role {
  const p = predicate.trim().replace(/^[\s,:;-]+/u, '').replace(ADVERBS, '');
  if (LEAD_START.test(p)) return 'LEAD';
  // "Là lực lượng chủ trì, nòng cốt …", "Là lực lượng nòng cốt, cơ quan tham mưu …; chủ trì tham mưu …"
  if (/^là (?:cơ quan|lực lượng|đơn vị|đầu mối)/iu.test(p)) {
    const first = p.split(/\.(?=\s|$)/u)[0]!;
    if (/chủ trì|thường trực/iu.test(first)) return 'LEAD';
    if (/tham mưu/iu.test(first)) return 'ADVISE';
    return 'RESPONSIBLE';
  }
  if (COORDINATE_START.test(p)) return 'COORDINATE';
  if (ADVISE_START.test(p)) return 'ADVISE';
  return 'RESPONSIBLE';
}

/** Verbs that start a duty whose subject is elsewhere (a heading, the bullet before). */
export const ROLE_VERB_START = new RegExp(
  `^(?:chủ trì|phối hợp|tham mưu|chỉ đạo|hướng dẫn|chịu trách nhiệm|là (?:cơ quan|lực lượng|đơn vị)|ban hành|theo dõi)${NL}`,
  'iu',
);

// ---------------------------------------------------------------------------------------------
// Subjects
// ---------------------------------------------------------------------------------------------

export type Trigger = 'GIAO' | 'DE_NGHI' | 'YEU_CAU' | null;

export interface Subject {
  agencies: Agency[];
  listText: string;
  rest: string;
  trigger: Trigger;
  colon: boolean;
}

/** Introductory clauses before the subject: "Căn cứ Kế hoạch này, …", "Từ ngày 15/12/2017: …". */
const INTRO_RE = /^(?:điều\s+\d{1,2}\s*[.:]\s*|(?:căn cứ|trên cơ sở|kết thúc|sau khi|sau đó|từ ngày|đến ngày|trong thời gian|theo chức năng|ngay sau khi|hàng năm|hằng năm)[^,:;()]{0,160}[,:]|định kỳ\s+[^,:;()]{1,30}?(?:,\s*(?:01|1|một)\s+năm)?\s*[,:])\s*/iu;
const TRIGGER_RE = /^(giao cho|giao|kính đề nghị|đề nghị|yêu cầu)\s+/iu;

/**
 * The bodies a sentence names as its subject (after an introductory clause and a trigger word),
 * or null. `requirePredicate`: the subject must be followed by what they must do.
 */
export function parseSubject(text: string, ctx: DocContext | null, requirePredicate = true): Subject | null {
  let t = text.trim().replace(/^[\s\-+•]+/u, '');
  for (let k = 0; k < 2; k++) {
    const m = INTRO_RE.exec(t);
    if (!m) break;
    t = t.slice(m[0].length);
  }
  let trigger: Trigger = null;
  const tm = TRIGGER_RE.exec(t);
  if (tm) {
    const w = fold(tm[1]!);
    trigger = w.startsWith('giao') ? 'GIAO' : w.endsWith('de nghi') ? 'DE_NGHI' : 'YEU_CAU';
    t = t.slice(tm[0].length);
  }
  let pre = parseAgencyPrefix(t);
  if (!pre) return null;
  // "Bộ Công an giao Cục Cảnh sát … là cơ quan thường trực", "Chủ tịch UBND tỉnh yêu cầu Công an tỉnh
  // …": the body asked is the subject; "Chủ tịch UBND tỉnh yêu cầu:" (the issuer's lead-in) has none
  if (!trigger && !pre.colon) {
    const tm2 = TRIGGER_RE.exec(pre.rest);
    if (tm2) {
      const inner = parseAgencyPrefix(pre.rest.slice(tm2[0].length));
      const w = fold(tm2[1]!);
      if (!inner) return null;
      trigger = w.startsWith('giao') ? 'GIAO' : w.endsWith('de nghi') ? 'DE_NGHI' : 'YEU_CAU';
      pre = inner;
    } else if (/^(?:yêu cầu|đề nghị|giao)\s*:?\s*$/iu.test(pre.rest)) return null;
  }
  let rest = pre.rest;
  if (rest.startsWith('(')) rest = rest.replace(/^\([^)]*\)\s*/u, '');
  if (requirePredicate && !rest) return null;
  if (requirePredicate && !pre.colon && !trigger && !/^[\p{Ll}]/u.test(rest)) return null;
  const agencies = splitAgencyList(pre.list, ctx);
  if (agencies.length === 0) return null;
  return { agencies, listText: pre.list, rest, trigger, colon: pre.colon };
}

/** Partners named in a duty: "phối hợp (chặt chẽ) với X, Y" (bodies and defined groups, not generic ones). */
export function findPartners(text: string, ctx: DocContext | null, exclude: Set<string>, firstOnly = false): Agency[] {
  const out: Agency[] = [];
  // "… phối hợp (chặt chẽ) với X, Y", "Tăng cường phối hợp giữa các cơ quan: Sở …, Sở …, Công an tỉnh và …"
  const re = /phối hợp(?:\s+(?:chặt chẽ|trực tiếp|thường xuyên))?(?:\s+(?:với|cùng)|\s+giữa(?:\s+các\s+(?:cơ quan|lực lượng|đơn vị|ngành))?\s*:?)?\s+/giu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const pre = parseAgencyPrefix(text.slice(m.index + m[0].length));
    if (!pre) continue;
    for (const a of splitAgencyList(pre.list, ctx)) {
      if ((a.group && isGenericGroup(a.names[0] ?? a.name)) || exclude.has(a.key) || out.some((x) => x.key === a.key)) continue;
      out.push(a);
    }
    if (firstOnly) break;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Requests inside a paragraph, and lead-ins that hand a list to bodies
// ---------------------------------------------------------------------------------------------

/**
 * A request or an order that starts inside a paragraph (rule `request.mid-paragraph`): letters of
 * ministries and provinces state a fact, then ask — "…; đề nghị UBND tỉnh báo cáo Hội đồng nhân dân
 * …" (C04 3980/C04-P6), "Bộ Công an … trân trọng đề nghị các Bộ, ngành thành viên Ủy ban Quốc gia và
 * UBND các tỉnh … báo cáo tổng kết … như sau:" (Bộ Công an 5240/BCA-V01), "Bộ Công an giao Cục Cảnh
 * sát điều tra tội phạm về ma tuý là cơ quan thường trực …" (4214/BCA-C04). The trigger stands at a
 * clause start (after ".", ";", ",", or a subject) and a body follows it directly: "theo đề nghị của
 * Sở …" (a basis) and "giao rõ trách nhiệm" name no body.
 */
const MID_TRIGGER_RE = /(?:^|[.;:,]\s+|\s|\()((?:trân trọng\s+|kính\s+)?(?:đề nghị|yêu cầu|giao cho|giao))\s+(?=[\p{Lu}]|các\s|những\s)/giu;
/**
 * A second subject inside a paragraph that leads (rule `request.mid-lead`): "Trên cơ sở đề nghị của Ủy
 * ban nhân dân quận, huyện, Sở Xây dựng chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội …"
 * (TP. Hồ Chí Minh 3210/QĐ-UBND): a clause that opens with a body followed by "chủ trì".
 */
const MID_LEAD_RE = /[,;.]\s+(?=(?:Sở|Công an|UBND|Ủy ban|Bộ|Ban|Văn phòng|Phòng|Cục|Trung tâm)\s)/gu;

export interface MidRequest {
  agencies: Agency[];
  trigger: Exclude<Trigger, null>;
  /** The words after the bodies (what they must do). */
  rest: string;
}

/**
 * Reported orders are not this document's: a trigger inside quotes (“… giao Chính phủ tổ chức thực
 * hiện”, Nghị quyết quoted by 24/HDLN) or after a cited document in its paragraph ("Công văn số
 * 6785/VPCP-KGVX … thông báo ý kiến … giao Bộ Công an …", "Quyết định số 1074/QĐ-BXD … và giao Ủy ban
 * nhân dân các tỉnh …").
 */
const CITATION_RE = /\d+\s*\/\s*(?:\d{4}\s*\/\s*)?[\p{Lu}Đ]{1,6}/u;
function reported(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = (before.match(/[“"]/gu) ?? []).length - (before.match(/[”]/gu) ?? []).length;
  if (before.includes('“') ? open > 0 : (before.match(/"/gu) ?? []).length % 2 === 1) return true;
  return CITATION_RE.test(before);
}

/** Group bodies that name nobody in particular ("Thủ trưởng các đơn vị, địa phương", "các sở, ban, ngành, địa phương"). */
function vagueGroup(a: Agency): boolean {
  const n = (a.names[0] ?? a.name).replace(/^(?:thủ trưởng|lãnh đạo|người đứng đầu)\s+/iu, '');
  return a.group && (isGenericGroup(n) || /^các đơn vị, địa phương$/iu.test(n));
}

export function findMidRequests(text: string, ctx: DocContext | null): MidRequest[] {
  const out: MidRequest[] = [];
  MID_TRIGGER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MID_TRIGGER_RE.exec(text))) {
    if (reported(text, m.index)) continue;
    const after = text.slice(m.index + m[0].length);
    const pre = parseAgencyPrefix(after);
    if (!pre || !pre.rest) continue;
    const agencies = splitAgencyList(pre.list, ctx).filter((a) => !vagueGroup(a));
    if (agencies.length === 0) continue;
    const w = fold(m[1]!);
    const trigger: Exclude<Trigger, null> = w.endsWith('de nghi') ? 'DE_NGHI' : w.startsWith('giao') ? 'GIAO' : 'YEU_CAU';
    out.push({ agencies, trigger, rest: pre.rest });
  }
  if (out.length === 0) {
    MID_LEAD_RE.lastIndex = 0;
    while ((m = MID_LEAD_RE.exec(text))) {
      const at = m.index + m[0].length;
      if (reported(text, at)) continue;
      const pre = parseAgencyPrefix(text.slice(at));
      if (!pre || !pre.rest || !LEAD_START.test(pre.rest)) continue;
      const agencies = splitAgencyList(pre.list, ctx).filter((a) => !vagueGroup(a));
      if (agencies.length) out.push({ agencies, trigger: 'GIAO', rest: pre.rest });
    }
  }
  return out;
}

/** A paragraph that hands the list after it to bodies: it ends with a colon ("… như sau:", "… một số nội dung sau:"). */
const LEAD_IN_END_RE = /(?:sau|dưới đây|như sau|cụ thể)\s*:\s*$/iu;
/**
 * A lead-in that only points at the list ("… tập trung thực hiện một số nhiệm vụ sau:", "… phối hợp
 * chỉ đạo thực hiện một số nội dung sau:") is no duty of its own: the items are.
 */
export function pointerOnly(predicate: string): boolean {
  // joint issuers announcing what they agreed: "Bộ Công an, Bộ Quốc phòng, … thống nhất hướng dẫn xử lý … như sau:"
  if (/^thống nhất\s+(?:hướng dẫn|ban hành|quy định)[^.;]*(?:sau|như sau)\s*:\s*$/iu.test(predicate)) return true;
  return predicate.split(/\s+/u).length <= 15 && /(?:thực hiện|triển khai)[^.;:]*(?:sau|như sau|dưới đây)\s*:\s*$/iu.test(predicate);
}
/** A topic item of a list ("Đối với công tác giải phóng mặt bằng", "3. Tổ chức thực hiện") is no duty. */
const TOPIC_ITEM_RE = /^(?:đối với|về)\s[^:]*:?\s*$/iu; // "Về nội dung: Thực hiện theo đề cương …" has content: a duty
function topicItem(p: Paragraph): boolean {
  return TOPIC_ITEM_RE.test(p.body) || (p.body.split(/\s+/u).length <= 8 && !endsTerminal(p.body));
}

// ---------------------------------------------------------------------------------------------
// Aliases: "các bộ, cơ quan chủ dự án, tiểu dự án thành phần (gọi là chủ dự án thành phần)"
// ---------------------------------------------------------------------------------------------

/**
 * A body the document names by a short name it defines itself (rule `agency.alias`): "… các bộ, cơ
 * quan chủ dự án, tiểu dự án thành phần (gọi là chủ dự án thành phần), các bộ, cơ quan trung ương và
 * UBND cấp tỉnh được Thủ tướng Chính phủ giao … (gọi là cơ quan chủ quản Chương trình)" (Bộ Công an
 * 4214/BCA-C04); the genre's "(sau đây gọi tắt là …)". Headings and lead-ins that use the short name
 * ("5. Chủ dự án thành phần:") name that body. Only definitions that follow a body (a group noun
 * within the words before the parenthesis) count: "(gọi tắt là Chương trình)" names a programme.
 */
const ALIAS_RE = /\((?:sau đây\s+)?(?:được\s+)?gọi\s+(?:tắt\s+|chung\s+)?là\s*[“"]?([^()"“”]{3,60}?)[”"]?\s*\)/giu;
const BODY_NOUN_RE = /(?:^|[\s,])(?:các\s+)?(?:bộ|cơ quan|đơn vị|sở|ban|ngành|UBND|Ủy ban|tổ chức|doanh nghiệp|chủ đầu tư)(?![\p{L}])/iu;
const ALIAS_HEAD_RE = /^(?:chủ|cơ quan|đơn vị|các|ban|tổ|nhà|bên)\s/iu;

export interface AliasDef {
  agency: Agency;
  /** Offset of the definition in its paragraph's body. */
  at: number;
  para: number;
}

export function findAliases(paras: Paragraph[], ctx: DocContext): AliasDef[] {
  const out: AliasDef[] = [];
  for (const p of paras) {
    if (!p.body.includes('gọi')) continue;
    ALIAS_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ALIAS_RE.exec(p.body))) {
      const short = m[1]!.trim();
      if (!ALIAS_HEAD_RE.test(short)) continue;
      const before = p.body.slice(Math.max(0, m.index - 120), m.index);
      if (!BODY_NOUN_RE.test(before)) continue;
      const name = short.charAt(0).toUpperCase() + short.slice(1);
      const written = before.split(/[;:]|,\s*(?=(?:các|những)\s)/u).pop()!.replace(/^.*?(?:đề nghị|yêu cầu|giao)\s+/iu, '').trim();
      const agency: Agency = {
        key: slug(matchForm(name)),
        name,
        names: [short, ...(written ? [written] : [])],
        type: 'OTHER',
        level: ctx.level,
        unit: null,
        group: true,
      };
      out.push({ agency, at: m.index, para: p.index });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Agency headings
// ---------------------------------------------------------------------------------------------

interface Heading {
  agencies: Agency[];
  requested: boolean;
  /** Duty text written on the heading line after a colon. */
  inline: string | null;
}

function agencyHeading(p: Paragraph, next: Paragraph | undefined, ctx: DocContext, aliases: AliasDef[] = []): Heading | null {
  if (p.kind !== 'numbered' && p.kind !== 'letter') return null;
  // "1. Trách nhiệm của Công an tỉnh", "2. Nhiệm vụ của Sở Y tế"
  let body = p.body.trim().replace(/^(?:trách nhiệm|nhiệm vụ)(?:\s+chung)?\s+(?:của|đối với)\s+(?=\S)/iu, '');
  // "5. Chủ dự án thành phần:" — a short name the document defined
  const alias = aliases.find((a) => matchForm(a.agency.name) === matchForm(body.replace(/\s*:\s*$/u, '')));
  if (alias) return { agencies: [alias.agency], requested: false, inline: null };
  let requested = false;
  const m = /^(kính đề nghị|đề nghị|giao cho|giao|yêu cầu)\s+/iu.exec(body);
  if (m) {
    requested = /đề nghị/iu.test(m[1]!);
    body = body.slice(m[0].length);
  }
  const pre = parseAgencyPrefix(body);
  if (!pre) return null;
  const agencies = splitAgencyList(pre.list, ctx);
  if (agencies.length === 0) return null;
  if (!pre.rest) return { agencies, requested, inline: null };
  if (pre.colon) return { agencies, requested, inline: pre.rest };
  // "9. UBND các xã, phường triển khai xây dựng mô hình ANCS" followed by its bullets
  const words = body.split(/\s+/).length;
  if (words <= 20 && !endsTerminal(body) && next && (next.kind === 'bullet' || next.kind === 'plain' || next.kind === 'letter')) {
    return { agencies, requested, inline: null };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Suggestions for unattributed duties
// ---------------------------------------------------------------------------------------------

interface SuggestionRule {
  /** Names by level of the plan: province, district, commune. */
  names: [string, string | null, string | null];
  keys: Array<[RegExp, number]>;
}

const SUGGESTIONS: SuggestionRule[] = [
  {
    names: ['Công an tỉnh', 'Công an huyện', 'Công an xã'],
    keys: [[/cong an (xa|phuong)/, 3], [/don cong an/, 3], [/co quan thuong truc/, 2], [/an ninh mang/, 1], [/phong, chong khung bo/, 1], [/toi pham/, 1], [/\bcong an\b/, 1]],
  },
  {
    names: ['Bộ Chỉ huy Quân sự tỉnh', 'Ban Chỉ huy Quân sự huyện', 'Ban Chỉ huy Quân sự xã'],
    keys: [[/nganh quan su/, 3], [/quoc phong/, 2], [/\bquan su\b/, 2], [/phong thu dan su/, 2]],
  },
  {
    names: ['Sở Y tế', 'Phòng Y tế', null],
    keys: [[/an ninh y te/, 3], [/\by te\b/, 2], [/dich benh/, 1], [/\bthuoc\b/, 1]],
  },
  {
    names: ['Sở Dân tộc và Tôn giáo', null, null],
    keys: [[/dan toc, tin nguong, ton giao/, 3], [/ton giao/, 2], [/dan toc/, 1]],
  },
  {
    names: ['Sở Giáo dục và Đào tạo', 'Phòng Giáo dục và Đào tạo', null],
    keys: [[/co so giao duc/, 3], [/hoc sinh|sinh vien|hoc vien/, 2], [/chuong trinh giao duc/, 2], [/giao duc/, 1]],
  },
  {
    names: ['Sở Tài chính', 'Phòng Tài chính - Kế hoạch', null],
    keys: [[/du toan ngan sach/, 3], [/ngan sach/, 2], [/dau tu cong/, 2], [/kinh phi/, 1]],
  },
  {
    names: ['Sở Công Thương', 'Phòng Kinh tế', null],
    keys: [[/xang dau/, 3], [/nang luong/, 2], [/\bdien\b/, 1], [/hoa chat/, 1], [/vat lieu no cong nghiep/, 2]],
  },
  {
    names: ['Sở Khoa học và Công nghệ', null, null],
    keys: [[/khoa hoc, cong nghe/, 2], [/chuyen doi so/, 2], [/chuyen giao/, 1]],
  },
  {
    names: ['Sở Nội vụ', 'Phòng Nội vụ', null],
    keys: [[/nguon nhan luc/, 3], [/hoi, quy/, 3], [/an sinh xa hoi/, 1], [/che do, chinh sach/, 1], [/thi dua, khen thuong/, 1]],
  },
  {
    names: ['Sở Ngoại vụ', null, null],
    keys: [[/thong tin doi ngoai/, 3], [/doi ngoai/, 2], [/ngoai giao/, 2]],
  },
  {
    names: ['Sở Nông nghiệp và Môi trường', 'Phòng Nông nghiệp và Môi trường', null],
    keys: [[/nong nghiep/, 2], [/nguon nuoc/, 1], [/moi truong/, 1], [/thien tai/, 1]],
  },
  {
    names: ['Sở Văn hóa, Thể thao và Du lịch', 'Phòng Văn hóa và Thông tin', null],
    keys: [[/thong tin co so/, 2], [/du lich/, 2], [/bao chi/, 1], [/van hoa/, 1]],
  },
];

/**
 * Global copies of the suggestion keys, compiled once (String.match with a global regex counts hits),
 * with the literal every match starts with ("cong an " for /cong an (xa|phuong)/, "y te" for
 * /\by te\b/): a key whose literal is absent from the text has no hits, without running it.
 */
const GLOBAL_RE = new Map<RegExp, { g: RegExp; lit: string | null }>();
function globalOf(re: RegExp): { g: RegExp; lit: string | null } {
  let v = GLOBAL_RE.get(re);
  if (!v) {
    const src = re.source;
    const lead = topLevelAlternation(src) ? '' : /^(?:\\b)?([a-z ,]*)/.exec(src)![1]!;
    GLOBAL_RE.set(re, (v = { g: new RegExp(src, 'g'), lit: lead.length >= 3 ? lead : null }));
  }
  return v;
}

/** A "|" outside parentheses: the pattern has no common leading literal. */
function topLevelAlternation(src: string): boolean {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

function suggest(text: string, ctx: DocContext): { agency: Agency; confidence: number } | null {
  const f = fold(text);
  const lvl = ctx.unit?.level ?? ctx.level;
  const col = lvl === 'PROVINCE' ? 0 : lvl === 'DISTRICT' ? 1 : lvl === 'COMMUNE' ? 2 : 0;
  const scored: Array<{ name: string; score: number }> = [];
  for (const r of SUGGESTIONS) {
    const name = r.names[col];
    if (!name) continue;
    let score = 0;
    for (const [re, w] of r.keys) {
      const { g, lit } = globalOf(re);
      // only min(hits, 3) counts: stop there (keys never match the empty string)
      let hits = 0;
      if (lit === null || f.includes(lit)) {
        g.lastIndex = 0;
        while (hits < 3 && g.exec(f)) hits++;
      }
      score += w * Math.min(hits, 3);
    }
    if (score > 0) scored.push({ name, score });
  }
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || best.score < 3) return null;
  const second = scored[1]?.score ?? 0;
  const agency = canonicalAgency(best.name, ctx);
  if (!agency) return null;
  const margin = (best.score - second) / best.score;
  const confidence = Math.min(0.8, Math.round((0.35 + 0.03 * best.score + 0.25 * margin) * 100) / 100);
  return { agency, confidence };
}

// ---------------------------------------------------------------------------------------------
// Derived plans
// ---------------------------------------------------------------------------------------------

const BUILD_PLAN_RE = /xây dựng(?:,|\s+và)?(?:\s+(?:tổ chức|triển khai))?(?:\s+thực hiện)?\s+(?:các\s+)?kế hoạch/iu;

function needsDerivedPlan(text: string, kind: SectionKind | null, agencies: Agency[]): boolean {
  if (!BUILD_PLAN_RE.test(text)) return false;
  return kind === 'IMPLEMENTATION' || agencies.some((a) => a.group) || /(?:căn cứ|trên cơ sở) kế hoạch/iu.test(text);
}

// ---------------------------------------------------------------------------------------------
// Lost headings
// ---------------------------------------------------------------------------------------------

/**
 * Paragraphs that sit under headings lost in conversion, read from the numbering of the agency list:
 *  - the list starts at "5. Sở …" (items 1–4 lost): the role-verb paragraphs just before it;
 *  - the list jumps from "5." to "12." (6–11 lost): all but the first paragraph (or first bullet run)
 *    after "5.".
 */
function findLostZones(st: Structure, body: number[], headings: Map<number, Heading>, sectionParas: Set<number>): Map<number, string> {
  const zones = new Map<number, string>();
  const P = st.paragraphs;
  let prev: { i: number; n: number; pos: number; heading: boolean } | null = null;
  for (let pos = 0; pos < body.length; pos++) {
    const i = body[pos]!;
    const p = P[i]!;
    if (sectionParas.has(i)) {
      prev = null;
      continue;
    }
    if (p.kind !== 'numbered' || p.depth !== 1 || p.number === null) continue;
    const n = p.number;
    const isH = headings.has(i);
    const restart = !prev || n <= prev.n;
    if (restart) {
      if (isH && n > 1) {
        const why = `agency headings 1-${n - 1} before line ${p.line} are missing`;
        for (let k = pos - 1; k >= 0; k--) {
          const q = P[body[k]!]!;
          if (sectionParas.has(body[k]!) || (q.kind !== 'bullet' && q.kind !== 'plain')) break;
          if (!ROLE_VERB_START.test(q.body)) break;
          zones.set(body[k]!, why);
        }
      }
    } else if (n > prev!.n + 1 && isH && prev!.heading) {
      const between = body.slice(prev!.pos + 1, pos);
      if (between.length > 1) {
        let keep = 1;
        if (P[between[0]!]!.kind === 'bullet') while (keep < between.length && P[between[keep]!]!.kind === 'bullet') keep++;
        const why = `agency headings ${prev!.n + 1}-${n - 1} between lines ${P[prev!.i]!.line} and ${p.line} are missing`;
        for (const j of between.slice(keep)) zones.set(j, why);
      }
    }
    prev = { i, n, pos, heading: isH };
  }
  return zones;
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

const CLOSING_RE = /^(?:trên đây là|nhận được kế hoạch này|quá trình (?:tổ chức )?thực hiện,? nếu|(?:[\p{L}-]+\s+){0,6}trân trọng cảm ơn)/iu;
/** A note in parentheses ("(Nội dung a, b, c gửi về Bộ Công an trước ngày 30/9/2025 …)"): the items' deadline, no duty of its own. */
const NOTE_RE = /^\([^]*\)[.;]?$/u;

export function extractAssignments(st: Structure, ctx: DocContext): AssignmentResult {
  const P = st.paragraphs;
  const body: number[] = st.body.map((p) => p.index);
  const sectionParas = new Set(st.sections.map((s) => s.para));

  const aliases = findAliases(st.body, ctx);
  const headings = new Map<number, Heading>();
  for (let pos = 0; pos < body.length; pos++) {
    const i = body[pos]!;
    if (sectionParas.has(i) || P[i]!.table) continue;
    const h = agencyHeading(P[i]!, P[body[pos + 1] ?? -1], ctx, aliases);
    if (h) headings.set(i, h);
  }
  const lost = findLostZones(st, body, headings, sectionParas);

  const duties: DutyDraft[] = [];
  const issues: Finding[] = [];

  const sectionFor = (i: number) => {
    const s = st.sections[st.sectionOf[i] ?? -1];
    return s ? { title: s.title, kind: s.kind } : { title: null, kind: null };
  };

  /**
   * `role`: a fixed role (REQUESTED, RESPONSIBLE …) with its rule id, or 'read' — read it from
   * `predicate` (the words after the subject; the whole text for a bullet under a heading).
   */
  const addDuty = (
    p: Paragraph,
    text: string,
    primary: Agency[],
    role: { role: Role; rule: string } | 'read',
    via: DutyDraft['via'],
    predicate: string = text,
  ) => {
    const sec = sectionFor(p.index);
    const exclude = new Set(primary.map((a) => a.key));
    const reading: RoleReading = role === 'read' ? readRole(predicate) : { ...role, impliedLeadText: null };
    const rule = `${via}.${reading.rule}`;
    const assignees: AssignedAgency[] = primary.map((agency) => ({ agency, role: reading.role, partner: false, basis: 'EXPLICIT', rule }));
    // A duty that starts "Phối hợp với X …" (after its subject, if any): X is its implied lead
    // (INFERRED). Generic X ("các cơ quan liên quan") implies none; a request ("Đề nghị A phối hợp
    // với X") names partners only.
    const implied = reading.role === 'REQUESTED' ? null : role === 'read' ? reading.impliedLeadText : readRole(predicate).impliedLeadText;
    if (implied) {
      for (const a of findPartners(`phối hợp với ${implied}`, ctx, exclude, true)) {
        exclude.add(a.key);
        assignees.push({ agency: a, role: 'LEAD', partner: true, basis: 'INFERRED', rule: 'implied-lead.phoi-hop-voi' });
      }
    }
    for (const a of findPartners(text, ctx, exclude)) assignees.push({ agency: a, role: 'COORDINATE', partner: true, basis: 'EXPLICIT', rule: 'partner.phoi-hop-voi' });
    const d: DutyDraft = {
      para: p,
      text: text.trim(),
      section: sec.title,
      sectionKind: sec.kind,
      assignees,
      unattributed: primary.length === 0,
      suggestedAgency: null,
      suggestionConfidence: null,
      requiresDerivedPlan: needsDerivedPlan(text, sec.kind, primary),
      via,
    };
    duties.push(d);
    return d;
  };

  const inlineRole = (s: Subject): { role: Role; rule: string } | 'read' => {
    if (s.trigger === 'DE_NGHI') return { role: 'REQUESTED', rule: 'role.de-nghi' };
    // "Giao A …", "Yêu cầu A …": A's own task, or its lead ("Giao A chủ trì")
    if (s.trigger === 'GIAO' || s.trigger === 'YEU_CAU') {
      return roleOf(s.rest) === 'LEAD' ? { role: 'LEAD', rule: 'role.giao-chu-tri' } : { role: 'RESPONSIBLE', rule: 'role.giao' };
    }
    return 'read';
  };
  const headingRole = (h: Heading): { role: Role; rule: string } | 'read' => (h.requested ? { role: 'REQUESTED', rule: 'role.de-nghi' } : 'read');

  let heading: (Heading & { depth: number }) | null = null;
  let lastSubject: Agency[] | null = null;
  /**
   * A lead-in ("… đề nghị A và B … một số nội dung sau:") hands the list that follows to its bodies:
   * the items of that list (its kind and depth) that name no body of their own and stand under no
   * agency heading are their duties, until the next section (rule `lead-in`).
   */
  type LeadIn = { agencies: Agency[]; role: { role: Role; rule: string } | 'read'; kind: Paragraph['kind'] | null; depth: number };
  let leadIn = null as LeadIn | null;
  const currentLeadIn = (): LeadIn | null => leadIn; // (set inside closures: no narrowing of the variable)
  // "(Giao Công an tỉnh tham mưu)" → ADVISE (Sơn La 254/QĐ-UBND)
  const requestRole = (t: Exclude<Trigger, null>, rest: string): { role: Role; rule: string } =>
    t === 'DE_NGHI'
      ? { role: 'REQUESTED', rule: 'role.de-nghi' }
      : roleOf(rest) === 'LEAD'
        ? { role: 'LEAD', rule: 'role.giao-chu-tri' }
        : ADVISE_START.test(rest.trim())
          ? { role: 'ADVISE', rule: 'role.giao-tham-muu' }
          : { role: 'RESPONSIBLE', rule: 'role.giao' };
  /** Mid-paragraph requests of a paragraph no heading or subject claims; true when one was found. */
  const addRequests = (p: Paragraph): boolean => {
    const reqs = findMidRequests(p.body, ctx);
    for (const r of reqs) if (!pointerOnly(r.rest)) addDuty(p, p.body, r.agencies, requestRole(r.trigger, r.rest), 'request', r.rest);
    return reqs.length > 0;
  };
  const openLeadIn = (p: Paragraph, agencies: Agency[], role: { role: Role; rule: string } | 'read', pos: number) => {
    if (!LEAD_IN_END_RE.test(p.body)) return;
    const next = P[body[pos + 1] ?? -1];
    if (!next || (next.kind !== 'numbered' && next.kind !== 'letter' && next.kind !== 'bullet')) return;
    leadIn = { agencies, role, kind: next.kind, depth: next.depth };
  };
  const inLeadIn = (p: Paragraph) => !!leadIn && p.kind === leadIn.kind && p.depth === leadIn.depth && !topicItem(p);
  let zone: { from: Paragraph; to: Paragraph; why: string; duties: DutyDraft[]; lastPos: number } | null = null;
  const closeZone = () => {
    if (!zone) return;
    issues.push({
      code: 'LOST_HEADING',
      severity: 'WARNING',
      message: `Lines ${zone.from.line}-${zone.to.lineEnd}: ${zone.duties.length} duties under no agency heading (${zone.why}); left unattributed.`,
      line: zone.from.line,
    });
    for (const d of zone.duties) {
      issues.push({ code: 'UNATTRIBUTED_DUTY', severity: 'INFO', message: `Line ${d.para.line}: duty under a lost heading; left unattributed.`, line: d.para.line });
    }
    // suggestions: a run of bullets shares one lost heading; a plain paragraph is its own
    let k = 0;
    while (k < zone.duties.length) {
      let e = k + 1;
      if (zone.duties[k]!.para.kind === 'bullet') while (e < zone.duties.length && zone.duties[e]!.para.kind === 'bullet') e++;
      const group = zone.duties.slice(k, e);
      const s = suggest(group.map((d) => d.text).join(' '), ctx);
      if (s) for (const d of group) { d.suggestedAgency = s.agency; d.suggestionConfidence = s.confidence; }
      k = e;
    }
    zone = null;
  };
  const addLost = (p: Paragraph, pos: number, why: string) => {
    const d = addDuty(p, p.body, [], { role: 'RESPONSIBLE', rule: 'unattributed' }, 'lost');
    if (zone && zone.lastPos === pos - 1 && zone.why === why) {
      zone.to = p;
      zone.duties.push(d);
      zone.lastPos = pos;
    } else {
      closeZone();
      zone = { from: p, to: p, why, duties: [d], lastPos: pos };
    }
  };

  for (let pos = 0; pos < body.length; pos++) {
    const i = body[pos]!;
    const p = P[i]!;
    if (sectionParas.has(i)) {
      heading = null;
      lastSubject = null;
      leadIn = null;
      closeZone();
      continue;
    }
    // "Trên đây là Kế hoạch …": the closing paragraph belongs to no heading
    if (CLOSING_RE.test(p.body)) {
      heading = null;
      lastSubject = null;
      leadIn = null;
      closeZone();
      continue;
    }
    if (p.table) {
      // a row of an assignment table: "Cơ quan chủ trì" LEAD, "Cơ quan phối hợp" COORDINATE, "Đơn vị
      // thực hiện" RESPONSIBLE (all EXPLICIT); the time cell is the duty's deadline (deadline phase)
      heading = null;
      lastSubject = null;
      closeZone();
      const r = p.table;
      if (r.group || !r.content) continue;
      const named = (cell: string) => splitAgencyList(cell, ctx).filter((a) => !(a.group && isGenericGroup(a.names[0] ?? a.name)));
      const lead = named(r.lead);
      const resp = lead.length ? [] : named(r.responsible);
      const d = addDuty(
        p,
        r.content,
        lead.length ? lead : resp,
        lead.length ? { role: 'LEAD', rule: 'role.chu-tri-column' } : { role: 'RESPONSIBLE', rule: 'role.thuc-hien-column' },
        'table',
      );
      for (const a of named(r.coordinate)) {
        if (d.assignees.some((x) => x.agency.key === a.key)) continue;
        d.assignees.push({ agency: a, role: 'COORDINATE', partner: true, basis: 'EXPLICIT', rule: 'table.role.phoi-hop-column' });
      }
      continue;
    }
    const lostWhy = lost.get(i);
    if (lostWhy) {
      heading = null;
      lastSubject = null;
      const s = parseSubject(p.body, ctx);
      if (s) addDuty(p, p.body, s.agencies, inlineRole(s), 'inline', s.rest);
      else addLost(p, pos, lostWhy);
      continue;
    }

    if (p.kind === 'numbered' || p.kind === 'letter') {
      const depth = p.kind === 'numbered' ? p.depth : 10;
      if (heading && depth <= heading.depth) heading = null;
      lastSubject = null;
      const h = headings.get(i);
      if (h) {
        closeZone();
        heading = { ...h, depth };
        if (h.inline) addDuty(p, h.inline, h.agencies, headingRole(h), 'heading');
        continue;
      }
      if (heading) {
        addDuty(p, p.body, heading.agencies, headingRole(heading), 'heading');
        continue;
      }
      closeZone();
      const s = parseSubject(p.body, ctx);
      if (s) {
        addDuty(p, p.body, s.agencies, inlineRole(s), 'inline', s.rest);
        lastSubject = s.agencies;
        continue;
      }
      if (addRequests(p)) continue;
      const li = currentLeadIn();
      if (li && inLeadIn(p)) addDuty(p, p.body, li.agencies, li.role, 'lead-in');
      continue;
    }

    if (p.kind !== 'bullet' && p.kind !== 'plain') continue;
    const s = parseSubject(p.body, ctx);
    const sameAsHeading = !!s && !!heading && s.trigger === null && s.agencies.every((a) => heading!.agencies.some((h) => h.key === a.key));
    if (s && !sameAsHeading) {
      closeZone();
      if (!(!heading && pointerOnly(s.rest))) addDuty(p, p.body, s.agencies, inlineRole(s), 'inline', s.rest);
      if (!heading) {
        lastSubject = s.agencies;
        if (s.trigger) openLeadIn(p, s.agencies, inlineRole(s), pos);
      }
      continue;
    }
    if (heading && p.kind === 'plain' && NOTE_RE.test(p.body.trim())) continue;
    if (heading) {
      // under A's heading, a paragraph that asks another body ("… Đề nghị UBND tỉnh Điện Biên, Nghệ An
      // và Tây Ninh phối hợp …") is that body's request
      const reqs = p.kind === 'plain' ? findMidRequests(p.body, ctx).filter((r) => r.trigger === 'DE_NGHI' && !r.agencies.some((a) => heading!.agencies.some((h) => h.key === a.key))) : [];
      if (reqs.length) {
        for (const r of reqs) addDuty(p, p.body, r.agencies, requestRole(r.trigger, r.rest), 'request', r.rest);
        continue;
      }
      addDuty(p, p.body, heading.agencies, headingRole(heading), 'heading');
      continue;
    }
    const li = currentLeadIn();
    if (li && inLeadIn(p)) {
      addDuty(p, p.body, li.agencies, li.role, 'lead-in');
      continue;
    }
    {
      const reqs = findMidRequests(p.body, ctx);
      if (reqs.length) {
        closeZone();
        // "đề nghị A (gọi là X), B (gọi là Y) phối hợp … nội dung sau:" hands the list to X and Y
        const defs = aliases.filter((a) => a.para === p.index);
        const named = defs.map((a) => a.agency);
        const tail = defs.length ? p.body.slice(p.body.indexOf(')', defs[defs.length - 1]!.at) + 1) : '';
        for (const [k, r] of reqs.entries()) {
          if (pointerOnly(r.rest) || (k === reqs.length - 1 && defs.length && pointerOnly(tail))) continue;
          addDuty(p, p.body, r.agencies, requestRole(r.trigger, r.rest), 'request', r.rest);
        }
        const last = reqs[reqs.length - 1]!;
        openLeadIn(p, named.length ? named : last.agencies, requestRole(last.trigger, last.rest), pos);
        lastSubject = null;
        continue;
      }
    }
    if (lastSubject && p.kind === 'bullet' && ROLE_VERB_START.test(p.body)) {
      // A bullet without a subject under a topic heading: the reader takes it as continuing the bullet
      // before, but the text does not say so — unattributed, with that body as a suggestion.
      const d = addDuty(p, p.body, [], { role: 'RESPONSIBLE', rule: 'unattributed' }, 'subjectless');
      if (lastSubject.length === 1) {
        d.suggestedAgency = lastSubject[0]!;
        d.suggestionConfidence = 0.7;
      }
      issues.push({
        code: 'UNATTRIBUTED_DUTY',
        severity: 'WARNING',
        message: `Line ${p.line}: duty without a subject under a topic heading${lastSubject.length === 1 ? ` (probably ${lastSubject[0]!.name}, as the bullet before)` : ''}; left unattributed.`,
        line: p.line,
      });
      continue;
    }
    const sec = sectionFor(i);
    if ((sec.kind === 'ASSIGNMENT' || sec.kind === 'IMPLEMENTATION') && ROLE_VERB_START.test(p.body)) {
      addLost(p, pos, `no agency heading above it in "${sec.title}"`);
      continue;
    }
    lastSubject = null;
  }
  closeZone();
  readTaskLines(st, body, sectionParas, ctx, duties, sectionFor);

  return { duties, issues };
}

// ---------------------------------------------------------------------------------------------
// Per-task lines: "Đơn vị chủ trì (thực hiện): X", "Đơn vị phối hợp: Y", "Thời gian hoàn thành: …"
// ---------------------------------------------------------------------------------------------

/**
 * A label line of a task (conventions v2 "assignment tables and per-task lines"): the role it gives
 * and the bodies after the colon (empty: they follow as a dash list, "a) Cơ quan chủ trì" / "- Bộ …").
 * Several labels may share a line: "Đơn vị chủ trì: X; Đơn vị phối hợp: Y, Z."
 */
const TASK_LABEL_RE = /(?:^|;\s*)(?:[-+•]\s*)?(?:[a-zđ]\)\s*)?(?:\d\.\s*)?(?:(?:đơn vị|cơ quan)\s+)?(chủ trì(?:\s*,?\s*thực hiện)?|phối hợp(?:\s+thực hiện)?|thực hiện)(?=\s*(?::|$))\s*:?\s*/giu;
const TIME_LINE_RE = /^(?:[-+•]\s*)?(?:\d\.\s*)?thời gian\s+(?:hoàn thành|thực hiện|hoàn tất)\s*:/iu;
const META_LINE_RE = /^(?:[-+•]\s*)?(?:lãnh đạo phụ trách|sản phẩm)\s*:/iu;
/** Numbered sub-items of a task block: "1. Nội dung, biện pháp", "2. Cơ quan chủ trì, phối hợp". */
const BLOCK_META_RE = /^(?:nội dung|cơ quan chủ trì|đơn vị chủ trì|chủ trì thực hiện|cơ quan chủ trì, thực hiện|thời gian)/iu;

interface TaskLabel {
  role: Role;
  value: string;
}

function taskLabels(text: string): TaskLabel[] | null {
  const t = text.trim();
  // a label line starts with its label (after a marker): "Đơn vị chủ trì thực hiện: …", "Chủ trì: …"
  // ("2. Chủ trì thực hiện" with its bodies as a dash list below, Ban Chỉ đạo quốc gia 1237 block IV)
  if (!/^(?:[-+•]\s*)?(?:[a-zđ]\)\s*)?(?:\d\.\s*)?(?:(?:đơn vị|cơ quan)\s+(?:chủ trì|phối hợp|thực hiện)|chủ trì\s*:|chủ trì\s+thực hiện\s*:?\s*$)/iu.test(t)) return null;
  const hits: Array<{ role: Role; at: number; end: number }> = [];
  TASK_LABEL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TASK_LABEL_RE.exec(t))) {
    const w = fold(m[1]!);
    hits.push({ role: w.startsWith('chu tri') ? 'LEAD' : w.startsWith('phoi hop') ? 'COORDINATE' : 'RESPONSIBLE', at: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) TASK_LABEL_RE.lastIndex++;
  }
  if (!hits.length || hits[0]!.at !== 0) return null;
  return hits.map((h, k) => ({ role: h.role, value: t.slice(h.end, hits[k + 1]?.at ?? t.length).replace(/^[\s;:]+|[\s;.]+$/gu, '') }));
}

function readTaskLines(
  st: Structure,
  body: number[],
  sectionParas: Set<number>,
  ctx: DocContext,
  duties: DutyDraft[],
  sectionFor: (i: number) => { title: string | null; kind: SectionKind | null },
): void {
  const P = st.paragraphs;
  const byPara = new Map<number, DutyDraft>();
  for (const d of duties) byPara.set(d.para.index, d);
  const isTaskLine = (p: Paragraph) => !!taskLabels(p.text) || TIME_LINE_RE.test(p.text) || META_LINE_RE.test(p.text);
  const consumed = new Set<number>();

  for (let pos = 0; pos < body.length; pos++) {
    const p = P[body[pos]!]!;
    const labels = taskLabels(p.text);
    if (!labels || consumed.has(p.index)) continue;
    // the task: walk back over its other lines, its bullets and the numbered sub-items of a block
    let anchor: Paragraph | null = null;
    // a plain paragraph inside the block's "1. Nội dung, biện pháp" is one of its measures: the block's
    // anchor is above that sub-item (its section heading)
    let firstPlain: Paragraph | null = null;
    for (let k = pos - 1; k >= 0 && k >= pos - 40; k--) {
      const q = P[body[k]!]!;
      if (sectionParas.has(q.index)) { anchor = firstPlain ?? q; break; }
      if (isTaskLine(q) || consumed.has(q.index) || q.kind === 'bullet' || q.kind === 'letter') continue;
      if (q.kind === 'numbered' && BLOCK_META_RE.test(q.body)) {
        firstPlain = null;
        continue;
      }
      if (q.kind === 'plain' && !firstPlain && P[body[k - 1] ?? -1] && k > 0) {
        firstPlain = q;
        continue;
      }
      anchor = firstPlain ?? q;
      break;
    }
    if (anchor === null && firstPlain) anchor = firstPlain;
    if (!anchor) continue;
    const bound: Paragraph[] = [p];
    const assignees: AssignedAgency[] = [];
    const add = (a: Agency, role: Role, rule: string, partner: boolean, basis: Basis = 'EXPLICIT') => {
      if (assignees.some((x) => x.agency.key === a.key)) return;
      assignees.push({ agency: a, role, partner, basis, rule });
    };
    const readLabel = (l: TaskLabel, values: string[]) => {
      for (const v of values) {
        // "Đơn vị thực hiện: Công an tỉnh chủ trì, phối hợp với Sở …"
        const pre = parseAgencyPrefix(v, 60);
        const list = pre && pre.rest && roleOf(pre.rest) === 'LEAD' ? pre.list : v;
        const role: Role = list !== v ? 'LEAD' : l.role;
        for (const a of splitAgencyList(list, ctx)) {
          if (a.group && isGenericGroup(a.names[0] ?? a.name)) continue;
          add(a, role, `task-line.${role === 'LEAD' ? 'chu-tri' : role === 'COORDINATE' ? 'phoi-hop' : 'thuc-hien'}`, role === 'COORDINATE');
        }
        if (list !== v) for (const a of findPartners(v, ctx, new Set(assignees.map((x) => x.agency.key)))) add(a, 'COORDINATE', 'task-line.phoi-hop', true);
      }
    };
    // this line and the task lines right after it (and a dash list under a bare label)
    for (let k = pos; k < body.length; k++) {
      const q = P[body[k]!]!;
      if (k > pos && !isTaskLine(q) && !(q.kind === 'numbered' && BLOCK_META_RE.test(q.body))) break;
      if (k > pos) bound.push(q);
      consumed.add(q.index);
      for (const l of taskLabels(q.text) ?? []) {
        if (l.value) readLabel(l, [l.value]);
        else {
          // "a) Cơ quan chủ trì" then "- Ban Chỉ đạo quốc gia." "- Các Bộ, ngành liên quan." …
          const items: string[] = [];
          while (k + 1 < body.length && P[body[k + 1]!]!.kind === 'bullet' && !isTaskLine(P[body[k + 1]!]!)) {
            k++;
            const b = P[body[k]!]!;
            bound.push(b);
            consumed.add(b.index);
            items.push(b.body);
          }
          readLabel(l, items);
        }
      }
    }
    if (!assignees.some((a) => a.role === 'LEAD' || a.role === 'RESPONSIBLE')) continue;
    // implied lead and partners named in the task's own text
    const text = anchor.body.replace(/^\(\d{1,2}\)\s*/u, ''); // "(3) Phối hợp …"
    const own = readRole(text);
    const exclude = new Set(assignees.map((a) => a.agency.key));
    if (own.impliedLeadText) for (const a of findPartners(`phối hợp với ${own.impliedLeadText}`, ctx, exclude, true)) { exclude.add(a.key); add(a, 'LEAD', 'implied-lead.phoi-hop-voi', true, 'INFERRED'); }
    for (const a of findPartners(text, ctx, exclude)) add(a, 'COORDINATE', 'partner.phoi-hop-voi', true);

    const existing = byPara.get(anchor.index);
    if (existing) {
      for (const a of assignees) if (!existing.assignees.some((x) => x.agency.key === a.agency.key)) existing.assignees.push(a);
      existing.unattributed = false;
      existing.suggestedAgency = null;
      existing.suggestionConfidence = null;
      existing.boundParas = [...(existing.boundParas ?? []), ...bound];
      continue;
    }
    const sec = sectionFor(anchor.index);
    const d: DutyDraft = {
      para: anchor,
      text: text.trim(),
      section: sec.title,
      sectionKind: sec.kind,
      assignees,
      unattributed: false,
      suggestedAgency: null,
      suggestionConfidence: null,
      requiresDerivedPlan: needsDerivedPlan(text, sec.kind, assignees.filter((a) => !a.partner).map((a) => a.agency)),
      via: 'task',
      boundParas: bound,
    };
    duties.push(d);
    byPara.set(anchor.index, d);
  }
  // the label lines are not duties of their own
  for (let i = duties.length - 1; i >= 0; i--) if (consumed.has(duties[i]!.para.index) && duties[i]!.via !== 'task') duties.splice(i, 1);
  duties.sort((a, b) => a.para.index - b.para.index);
}
