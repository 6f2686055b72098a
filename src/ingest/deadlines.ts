/**
 * Deadlines: when something must be done, by whom, and to whom it is reported.
 *
 *  ABSOLUTE   "trước ngày 30/6/2017", "chậm nhất ngày 05 tháng 9 năm 2019"
 *  RECURRING  "trước ngày 05/11 hàng năm" (YEARLY 11/5), "Định kỳ hàng quý (trước ngày 13 của tháng
 *             cuối quý)" (QUARTERLY day 13, LAST month), "Định kỳ 6 tháng, 1 năm" (HALF_YEARLY + YEARLY),
 *             "định kỳ hàng tháng" (MONTHLY), "hàng năm tổ chức …" inside a duty
 *  START      "Từ ngày 15/12/2017"
 *  HORIZON    "đến năm 2030", "đến hết năm 2026", "Tầm nhìn đến 2045" (not inside a cited title)
 *
 * Calendar periods (rules with examples in CALENDAR_RULES and test/unit/deadlines-genre.test.ts):
 *  month      "hoàn thành trong tháng 4/2026" → 2026-04-30; "Thời gian hoàn thành: Trong tháng 8/2025"
 *  quarter    "xong trong quý II/2026" → 2026-06-30; "(Quý IV/2013, Quý I/2014 và thường xuyên)"
 *  year       "ngay trong năm 2026" → ABSOLUTE 2026-12-31; "Năm 2018: Rà soát …"; "vào năm 2030" → HORIZON
 *  relative   "Trong thời hạn 09 tháng, kể từ ngày ban hành Quyết định này" → issue date + 9 months
 *  weekly     "trước 16 giờ ngày thứ sáu hằng tuần" → WEEKLY weekday 5; "định kỳ 02 tuần/lần" → WEEKLY interval 2
 * Inside a time field ("Thời gian thực hiện: …", a parenthesis "(trong năm 2013)") every period counts;
 * elsewhere a month or quarter needs "trong" after a completion verb ("hoàn thành … trong tháng 4/2026"),
 * so narrative months ("triển khai một số hạng mục trong tháng 4/2026") are not deadlines.
 * Impossible dates ("30/02/2026", "26 tháng 35") are refused with the finding IMPOSSIBLE_DATE.
 *
 * Each deadline names the bodies it binds (the subject of its sentence, else the duty's bodies; the
 * collector for "… để tập hợp báo cáo … trước ngày …") and the recipient of the report when stated
 * ("gửi về UBND thị xã (qua Văn phòng … và Công an thị xã)").
 */
import type { Agency, Deadline, Finding, Recurrence } from './model.js';
import type { DocContext } from './context.js';
import { mergeAgencies, parseAgencyPrefix, splitAgencyList } from './agencies.js';
import { parseSubject } from './assignments.js';
import { lineAt, type Paragraph } from './structure.js';
import { execNotAfter, LETTER_BEFORE, trimEndOf, trimStartOf } from './text.js';
import { deadlineKey } from '../domain/keys.js';

export interface DutyRef {
  key: string;
  /** The bodies carrying the duty (partners excluded). */
  agencies: Agency[];
}

type Kind = Deadline['kind'];
type Frequency = Recurrence['frequency'];

interface Mention {
  start: number;
  end: number;
  kind: Kind;
  date: string | null;
  recurrence: Omit<Recurrence, 'from'> | null;
  /** The id of the rule that produced the mention (calendar rules only). */
  rule?: string;
  /** The action follows the phrase ("Định kỳ hàng quý … báo cáo …", "Từ ngày …: …"). */
  forward: boolean;
  explicit: boolean; // "định kỳ" or a dated phrase: kept outside duties too
}

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function validDate(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  if (y === null) return d <= new Date(Date.UTC(2024, m, 0)).getUTCDate(); // "30/02" is impossible in any year
  if (y !== null && (y < 1945 || y > 2100)) return false;
  if (y !== null) {
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCMonth() === m - 1;
  }
  return true;
}

// Dated phrases: a trigger, then "30/6/2017" | "05/11" | "ngày 05 tháng 9 năm 2019" | "ngày 13 của tháng cuối quý".
// "ước ngày": OCR lost the "tr" of "trước" ("#ước ngày 20/12/2025").
const TRIGGER = String.raw`(?:(?:trước|chậm nhất(?: là)?(?: vào)?(?: đến)?|hạn chót(?: là)?|xong trước|hoàn thành trước|đến|từ|kể từ|bắt đầu từ|ước(?=\s+ngày))\s+(?:ngày\s+)?)`;
const DMY = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])`;
const LONG = String.raw`(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?`;
/** "quý" (quarter): normalizeVi moves its tone ("qúy"), and some texts write "quí". */
const QUY = String.raw`q(?:uý|úy|uí)`;
const DAY_OF_PERIOD = String.raw`(\d{1,2})\s+(?:của\s+)?(?:tháng\s+(cuối|đầu)\s+${QUY}|(?:hàng|hằng|mỗi)\s+tháng|tháng\s+(cuối|đầu)\s+(?:của\s+)?(?:${QUY}|kỳ))`;
// The regexes below mean `(?<![\p{L}])…` and are run with execNotAfter(…, LETTER_BEFORE) (much faster).
const DATED_RE = new RegExp(`(${TRIGGER})(?:${DMY}|${LONG}|${DAY_OF_PERIOD})`, 'giu');

const MORE_DATES_RE = /^\s*(?:,|và|hoặc)\s*((?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?)(?![\d/])/u;
const YEARLY_AFTER_RE = /^\s*(?:,\s*)?(?:hàng|hằng|mỗi)\s+năm(?![\p{L}])/iu;

// Periodic phrases.
const PERIODIC_RE = new RegExp(
  String.raw`(định kỳ\s+)?(?:(hàng|hằng|mỗi)\s+(năm|${QUY}|tháng|tuần)|(?:(06|6|sáu)\s+tháng)(?:\s*(?:,|và|\/|hoặc)\s*(?:01\s+|1\s+|một\s+|hàng\s+|hằng\s+)?năm)?|(?:(03|3|ba)\s+tháng))(?![\p{L}])`,
  'giu',
);

const PERIODIC_NEXT_RE = new RegExp(PERIODIC_RE.source, 'giu');

const HORIZON_RE = /(?:(?:đến|tới)\s+(?:hết\s+)?năm\s+(\d{4})|tầm nhìn\s+(?:đến|tới)\s+(?:năm\s+)?(\d{4}))(?!\d)/giu;
const CITED_TITLE_RE = /(?:Nghị quyết|Chỉ thị|Quyết định|Kế hoạch|Chiến lược|Đề án|Chương trình|Quy hoạch|Luật|Nghị định|Thông tư|Kết luận|Dự án|mục tiêu quốc gia|MTQG|định hướng|thời kỳ)(?![\p{L}])/iu;
/** "… đến năm 2020 và những năm tiếp theo": an open end, not a horizon. */
const OPEN_END_RE = /^\s*(?:,\s*)?và\s+(?:những\s+|các\s+)?(?:năm\s+)?tiếp theo/iu;

/**
 * The period phrase belongs to the name of a cited document or programme ("Chương trình mục tiêu
 * quốc gia phòng, chống ma túy đến năm 2030", "Chiến lược … đến năm 2030, tầm nhìn đến năm 2045"):
 * a title word in the same clause (since the last ";" or ":").
 */
function citedTitleBefore(before: string): boolean {
  const lastBreak = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
  // a name runs ~150 characters at most; an obligation after the title word ("… theo Nghị quyết số
  // 163 … đã đề ra thì … phải xây dựng … vào năm 2030") starts a clause of its own
  if (/^\s*căn cứ(?![\p{L}])/iu.test(before)) return true; // a "Căn cứ …" basis names documents only
  const clause = before.slice(Math.max(lastBreak + 1, before.length - 200));
  const re = new RegExp(CITED_TITLE_RE.source, 'giu');
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(clause))) last = m.index + m[0].length;
  if (last < 0) return false;
  const rest = clause.slice(last);
  if (/(?<![\p{L}])(?:phải|cần|yêu cầu|đề nghị)(?![\p{L}])/iu.test(rest)) return false;
  // "… theo Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013 của Thủ tướng Chính phủ đến hết năm 2019": a
  // document cited by its number has its title only after "về", "phê duyệt", "ban hành" or a quote
  if (/^\s*(?:số\s+)?[\dA-Z]*\d[\w./-]*\/[\p{L}\d./-]+/u.test(rest) && !/(?<![\p{L}])(?:về|phê duyệt|ban hành)(?![\p{L}])|["“]/u.test(rest)) return false;
  return true;
}

const ACTION_AFTER_RE = /^\s*[,(]?\s*(?:tổ chức|báo cáo|có kế hoạch|kiểm tra|mở|nghiên cứu|xây dựng|thực hiện|sơ kết|tổng kết|đánh giá|rà soát|gửi|trình|tổng hợp|tập huấn|khen thưởng|thẩm định|họp|giao ban|cập nhật|đề xuất|kiện toàn|bổ sung|ban hành|xét|công nhận|phát động|triển khai|tuyên truyền|biểu dương|lựa chọn|đăng ký|diễn tập|huấn luyện)(?![\p{L}])/iu;

/**
 * An action the periodic word follows in its clause: "Tham mưu tổ chức đánh giá, xếp hạng chỉ số cải
 * cách hành chính hàng tháng" (MONTHLY). Not "theo kế hoạch hàng năm" (a kind of plan).
 */
const ACTION_BEFORE_RE = /(?<![\p{L}])(?:đánh giá|xếp hạng|kiểm tra|rà soát|tổng hợp|cập nhật|công khai|giao ban|sơ kết|tổng kết)(?![\p{L}])[^;:.]*$/iu;

function freqOf(word: string): Frequency {
  const w = word.toLowerCase();
  if (w === 'năm') return 'YEARLY';
  if (/^q(?:uý|úy|uí)$/u.test(w)) return 'QUARTERLY';
  if (w === 'tháng') return 'MONTHLY';
  return 'WEEKLY';
}

const recurrence = (frequency: Frequency, month: number | null = null, day: number | null = null, monthOfPeriod: 'FIRST' | 'LAST' | null = null) => ({
  frequency,
  month,
  day,
  monthOfPeriod,
});


// ---------------------------------------------------------------------------------------------
// Calendar periods: months, quarters, years, relative spans, weekdays (the genre's time phrases
// beyond a dated "trước ngày …"). Each rule: id, what it reads, examples (test/unit/deadlines-genre.test.ts).
// ---------------------------------------------------------------------------------------------

/**
 * A time field: the label starts the sentence ("3. Thời gian thực hiện: Tháng 12/2013 …",
 * "- Thời gian hoàn thành: Trong tháng 8/2025.", "2. Thời gian kiểm tra: Ngày 29 tháng 05 năm 2026");
 * "Về mốc thời gian: … từ ngày … đến ngày …" (a data window) is not one.
 */
const FIELD_LABEL_RE = /^\s*(?:[-+•]\s*|\d{1,2}\s*[.)]\s*|[a-zđ]\s*\)\s*)?(?:thời gian|thời hạn|tiến độ)(?:\s+\p{L}+){0,3}\s*:/iu;
/** A parenthesis that is a time annotation: "(trong năm 2013)", "(Quý IV/2013, Quý I/2014 và thường xuyên)", "(năm 2013 và …)". */
const TIME_PAREN_RE = /\(\s*(?=(?:ngay\s+)?(?:trong\s+|từ\s+)?(?:tháng|năm|q(?:uý|úy|uí|wý))\s+[\dIVX])/giu;

const MONTH_RE = /(từ\s+)?tháng\s+(\d{1,2}(?:\s*(?:,|và)\s*(?:tháng\s+)?\d{1,2})*)\s*(?:[/.-]\s*|\s+năm\s+)(\d{4})(?![\d/])/giu;
const QUARTER_RE = /(từ\s+)?q(?:uý|úy|uí|wý|wy)\s+([IVXW]{1,4}|[1-4])\s*(?:[/.-]\s*|\s+năm\s+)(\d{4})(?!\d)/giu;
const IN_YEAR_RE = /(?:ngay\s+)?trong\s+năm\s+(\d{4})(?![\d/])/giu;
const AT_YEAR_RE = /vào\s+năm\s+(\d{4})(?![\d/])/giu;
const FROM_YEAR_RE = /từ\s+năm\s+(\d{4})(?![\d/])/giu;
const BARE_YEAR_RE = /năm\s+(\d{4})(?![\d/])/giu;
const MILESTONE_YEAR_RE = /năm\s+(\d{4})\s+đạt(?![\p{L}])/giu;
/** "Năm 2018: Rà soát …", "- Năm 2018, hoàn thành …" (a bullet that opens with its year). */
const LEAD_YEAR_RE = /^\s*(?:[-+•]\s*)?năm\s+(\d{4})\s*[:,]/iu;
/** A bare date inside a time field: "Ngày 29 tháng 05 năm 2026", "29/5/2026". */
const FIELD_DATE_RE = /(?:ngày\s+)?(?:(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4}))(?![\d/])/giu;
/** "Trong thời hạn 09 tháng, kể từ ngày ban hành Quyết định này", "trong vòng 30 ngày kể từ ngày ký". */
const RELATIVE_RE = /trong\s+(?:thời hạn|vòng)\s+(\d{1,3})\s+(ngày|tháng)\s*,?\s*(?:kể\s+)?từ\s+ngày\s+(?:ký|ban hành)(?:\s+ban hành)?\s+(?:quyết định|kế hoạch|văn bản|thông báo|chỉ thị)\s+này/giu;
/** "Quyết định này có hiệu lực (thi hành) kể từ ngày ký (ban hành)" → START on the issue date. */
const IN_FORCE_RE = /(?:quyết định|kế hoạch|văn bản|chỉ thị|quy định)\s+này\s+có hiệu lực(?:\s+thi hành)?\s+(?:kể\s+)?từ\s+ngày\s+ký/giu;
/** A weekday deadline of a weekly report: "trước 16 giờ ngày thứ sáu hằng tuần", "trước 11h00’ ngày thứ 5 hằng tuần". */
const WEEKDAY_RE = /(?:(?:trước|vào|chậm nhất)\s+)?(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{2})?\s*['’]?\s*)?(?:ngày\s+)?(thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)(?:\s+(hàng|hằng|mỗi)\s+tuần)?(?![\p{L}])/giu;
/** "định kỳ 02 tuần/lần", "3 tháng một lần", "06 tháng/lần". */
const INTERVAL_RE = /(?:định kỳ\s+)?(\d{1,2}|một|hai|ba|sáu)\s+(tuần|tháng|năm)\s*(?:\/\s*|một\s+)lần(?![\p{L}])/giu;

/** Completion verbs a month / quarter outside a field must follow ("hoàn thành … trong tháng 4/2026"). */
const COMPLETION_RE = /(?<![\p{L}])(?:hoàn thành|hoàn tất|xong|kết thúc|bàn giao|phê duyệt|ban hành|trình|nộp)(?![\p{L}])/iu;
/** Words that make "trong năm X" the period reported on, not a deadline ("báo cáo kết quả … trong năm 2014"). */
const REPORTED_PERIOD_RE = /(?<![\p{L}])(?:kết quả|tình hình|số liệu|thống kê)(?![\p{L}])/iu;
const OPEN_ENDED_AFTER_RE = /^[^;.]{0,60}?(?:năm tiếp theo|các năm sau|những năm tiếp theo)/iu;
const EVENT_VERB_RE = /(?<![\p{L}])(?:tổng kết|sơ kết|tổ chức hội nghị)(?![\p{L}])/iu;

const WORD_NUM: Record<string, number> = { một: 1, hai: 2, ba: 3, tư: 4, năm: 5, sáu: 6, bảy: 7 };
const numOf = (w: string): number => (/^\d+$/.test(w) ? +w : WORD_NUM[w.toLowerCase()] ?? NaN);

/** "IV" → 4; OCR reads V as W ("IW"). */
function quarterOf(w: string): number | null {
  if (/^[1-4]$/.test(w)) return +w;
  const r = w.toUpperCase().replace(/W/g, 'V');
  const q = ({ I: 1, II: 2, III: 3, IV: 4 } as Record<string, number>)[r];
  return q ?? null;
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const endOfMonth = (y: number, m: number) => iso(y, m, lastDay(y, m));

/** ISO weekday of "thứ hai" … "chủ nhật" (Vietnamese counts Sunday as the first day: thứ hai = Monday). */
export function weekdayOf(w: string): number | null {
  const f = w.toLowerCase().replace(/\s+/g, ' ').trim();
  if (f === 'chủ nhật') return 7;
  const n = numOf(f.replace(/^thứ /, ''));
  return n >= 2 && n <= 7 ? n - 1 : null;
}

/** Frequency and interval of "N <unit>/lần". */
function intervalRecurrence(n: number, unit: string): { frequency: Frequency; interval: number } | null {
  if (!(n >= 1)) return null;
  const u = unit.toLowerCase();
  if (u === 'tuần') return { frequency: 'WEEKLY', interval: n };
  if (u === 'năm') return { frequency: 'YEARLY', interval: n };
  if (n === 3) return { frequency: 'QUARTERLY', interval: 1 };
  if (n === 6) return { frequency: 'HALF_YEARLY', interval: 1 };
  if (n === 12) return { frequency: 'YEARLY', interval: 1 };
  return { frequency: 'MONTHLY', interval: n };
}

export interface CalendarOptions {
  /** The document's own date, for relative spans ("09 tháng, kể từ ngày ban hành"). */
  issuedOn: string | null;
  /**
   * The end of the previous paragraph when this one continues its sentence (a line break the
   * paragraph builder took for a new paragraph: "… Chương trình phát triển đô thị thành phố Tam" /
   * "Điệp đến năm 2045 …"): a cited title there still owns the period phrase.
   */
  carry?: string;
}

function addMonths(isoDate: string, months: number, days: number): string | null {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = lastDay(t.getUTCFullYear(), t.getUTCMonth() + 1);
  const base = Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), Math.min(d, last));
  const r = new Date(base + days * 86400000);
  return iso(r.getUTCFullYear(), r.getUTCMonth() + 1, r.getUTCDate());
}

/** Field spans of a sentence (offsets in s): a labelled time field, time parentheses. */
function fieldSpans(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const lab = FIELD_LABEL_RE.exec(s);
  if (lab) out.push([lab[0].length, s.length]);
  TIME_PAREN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TIME_PAREN_RE.exec(s))) {
    const close = s.indexOf(')', m.index);
    out.push([m.index, close < 0 ? s.length : close]);
  }
  return out;
}

function calendarMentions(
  text: string,
  from: number,
  to: number,
  ctx: DocContext,
  opts: CalendarOptions,
  isConsumed: (a: number, b: number) => boolean,
  impossible: Array<{ at: number; text: string }>,
): Mention[] {
  const s = text.slice(from, to);
  const out: Mention[] = [];
  if (!/\d/.test(s) && !/thứ|chủ nhật/iu.test(s)) return out;
  const fields = fieldSpans(s);
  const inField = (at: number) => fields.some(([a, b]) => at >= a && at < b);
  const taken: Array<[number, number]> = [];
  const free = (a: number, b: number) => !isConsumed(from + a, from + b) && !taken.some(([x, y]) => a < y && b > x);
  const add = (a: number, b: number, kind: Kind, date: string | null, rule: string, rec: Mention['recurrence'] = null) => {
    taken.push([a, b]);
    out.push({ start: from + a, end: from + b, kind, date, recurrence: rec, forward: kind === 'START', explicit: true, rule });
  };
  const before = (at: number, n: number) => {
    const b = s.slice(Math.max(0, at - n), at);
    const cut = Math.max(b.lastIndexOf(';'), b.search(/(?:trong đó|nhất là|đặc biệt là)(?![\p{L}])[^;]*$/iu));
    return cut >= 0 ? b.slice(cut) : b;
  };
  const yearOk = (y: number) => y >= 1945 && y <= 2100 && (ctx.year === null || y >= ctx.year);
  /** A month/quarter outside a field: "… hoàn thành trong tháng 4/2026", "cuối quý II/2026", "thực hiện trong tháng 11". */
  const bindsCompletion = (at: number) => {
    const b = before(at, 100);
    if (/(?:cuối|hết|chậm nhất(?: là)?(?: trong)?)\s+$/iu.test(b)) return true;
    if (!/(?<![\p{L}])trong\s+$/iu.test(b)) return false;
    if (/theo kế hoạch\s+trong\s+$/iu.test(b)) return false;
    return COMPLETION_RE.test(b) || /(?<![\p{L}])thực hiện\s+(?:\S+\s+){0,2}trong\s+$/iu.test(b);
  };
  let m: RegExpExecArray | null;

  // month: "trong tháng 8/2025" → 2025-08-31; "Tháng 11, 12/2013" → 2013-12-31; "Từ tháng 11/2013" → START 2013-11-01
  MONTH_RE.lastIndex = 0;
  while ((m = execNotAfter(MONTH_RE, s, LETTER_BEFORE))) {
    const a = m.index;
    const b = a + m[0].length;
    if (!free(a, b)) continue;
    if (/\d\s*$/u.test(s.slice(Math.max(0, a - 3), a))) continue; // "29 tháng 05 năm 2026": a full date
    const months = m[2]!.match(/\d{1,2}/g)!.map(Number);
    const y = +m[3]!;
    if (months.some((x) => x < 1 || x > 12)) {
      impossible.push({ at: from + a, text: m[0] });
      continue;
    }
    if (!yearOk(y)) continue;
    const field = inField(a);
    if (m[1]) {
      if (field) add(a, b, 'START', iso(y, months[0]!, 1), 'month.from');
      continue;
    }
    if (field || bindsCompletion(a)) add(a, b, 'ABSOLUTE', endOfMonth(y, months[months.length - 1]!), field ? 'month.field' : 'month.in');
  }

  // quarter: "xong trong quý II/2026" → 2026-06-30; "(Quý IV/2013, Quý I/2014 …)"; OCR "qwý IW/2025"
  QUARTER_RE.lastIndex = 0;
  while ((m = execNotAfter(QUARTER_RE, s, LETTER_BEFORE))) {
    const a = m.index;
    const b = a + m[0].length;
    if (!free(a, b)) continue;
    const q = quarterOf(m[2]!);
    const y = +m[3]!;
    if (q === null || !yearOk(y)) continue;
    const field = inField(a);
    if (m[1]) {
      if (field) add(a, b, 'START', iso(y, q * 3 - 2, 1), 'quarter.from');
      continue;
    }
    if (field || bindsCompletion(a)) add(a, b, 'ABSOLUTE', endOfMonth(y, q * 3), field ? 'quarter.field' : 'quarter.in');
  }

  // year: "ngay trong năm 2026" → ABSOLUTE 2026-12-31 (not the period reported on, not "… và các năm tiếp theo")
  IN_YEAR_RE.lastIndex = 0;
  while ((m = execNotAfter(IN_YEAR_RE, s, LETTER_BEFORE))) {
    const a = m.index;
    const b = a + m[0].length;
    const y = +m[1]!;
    if (!free(a, b) || !yearOk(y)) continue;
    if (REPORTED_PERIOD_RE.test(before(a, 80)) || OPEN_ENDED_AFTER_RE.test(s.slice(b))) continue;
    // "Trong năm 2025, tỉnh Lâm Đồng được bố trí …": a frame for what happened, not a deadline
    if (!inField(a) && /^\s*(?:[-+•]\s*)?$/u.test(s.slice(0, a)) && /^\s*,/u.test(s.slice(b))) continue;
    add(a, b, 'ABSOLUTE', iso(y, 12, 31), 'year.in');
  }
  // "vào năm 2030": a state to reach → HORIZON; an event held that year ("Tổng kết … vào năm 2015") → ABSOLUTE
  AT_YEAR_RE.lastIndex = 0;
  while ((m = execNotAfter(AT_YEAR_RE, s, LETTER_BEFORE))) {
    const a = m.index;
    const b = a + m[0].length;
    const y = +m[1]!;
    if (!free(a, b) || !yearOk(y) || citedTitleBefore((opts.carry ?? '') + s.slice(0, a))) continue;
    const event = EVENT_VERB_RE.test(s.slice(Math.max(0, a - 120), a));
    add(a, b, event ? 'ABSOLUTE' : 'HORIZON', iso(y, 12, 31), event ? 'year.at-event' : 'year.at');
  }
  // "Năm 2018: Rà soát …" / "- Năm 2018, hoàn thành …"
  const lead = LEAD_YEAR_RE.exec(s);
  if (lead && free(0, lead[0].length) && yearOk(+lead[1]!)) add(lead.index, lead[0].length, 'ABSOLUTE', iso(+lead[1]!, 12, 31), 'year.lead');
  // milestones "năm 2018 đạt 99%"
  MILESTONE_YEAR_RE.lastIndex = 0;
  while ((m = execNotAfter(MILESTONE_YEAR_RE, s, LETTER_BEFORE))) {
    const y = +m[1]!;
    if (/(?:đến|tới|vào|trong)\s+(?:hết\s+)?$/iu.test(s.slice(Math.max(0, m.index - 10), m.index))) continue; // a horizon or "trong năm"
    if (free(m.index, m.index + m[0].length) && yearOk(y)) add(m.index, m.index + m[0].length - 4, 'ABSOLUTE', iso(y, 12, 31), 'year.milestone');
  }
  if (fields.length) {
    // inside a field: "Từ năm 2013 đến năm 2020 …" → START 2013-01-01 (the horizon is rule 3's); "(năm 2013 …)"
    FROM_YEAR_RE.lastIndex = 0;
    while ((m = execNotAfter(FROM_YEAR_RE, s, LETTER_BEFORE))) {
      const y = +m[1]!;
      if (inField(m.index) && free(m.index, m.index + m[0].length) && y >= 1945 && y <= 2100) add(m.index, m.index + m[0].length, 'START', iso(y, 1, 1), 'year.from');
    }
    FIELD_DATE_RE.lastIndex = 0;
    while ((m = execNotAfter(FIELD_DATE_RE, s, LETTER_BEFORE))) {
      const a = m.index;
      const b = a + m[0].length;
      if (!inField(a) || !free(a, b)) continue;
      const [d, mo, y] = m[1] ? [+m[1], +m[2]!, +m[3]!] : [+m[4]!, +m[5]!, +m[6]!];
      if (!validDate(y, mo, d)) {
        impossible.push({ at: from + a, text: m[0] });
        continue;
      }
      add(a, b, 'ABSOLUTE', iso(y, mo, d), 'date.field');
    }
    BARE_YEAR_RE.lastIndex = 0;
    while ((m = execNotAfter(BARE_YEAR_RE, s, LETTER_BEFORE))) {
      const a = m.index;
      const b = a + m[0].length;
      const y = +m[1]!;
      if (!inField(a) || !free(a, b) || !yearOk(y)) continue;
      if (/(?:đến|tới)\s+(?:hết\s+)?$/iu.test(s.slice(Math.max(0, a - 10), a))) continue; // a horizon: rule 3
      if (/tháng\s+\d{1,2}\s+$/iu.test(s.slice(Math.max(0, a - 12), a))) continue; // part of a full date
      add(a, b, 'ABSOLUTE', iso(y, 12, 31), 'year.field');
    }
  }

  // relative spans from the issue date
  RELATIVE_RE.lastIndex = 0;
  while ((m = RELATIVE_RE.exec(s))) {
    if (!opts.issuedOn || !free(m.index, m.index + m[0].length)) continue;
    const n = +m[1]!;
    const date = /tháng/iu.test(m[2]!) ? addMonths(opts.issuedOn, n, 0) : addMonths(opts.issuedOn, 0, n);
    if (date) add(m.index, m.index + m[0].length, 'ABSOLUTE', date, 'relative.from-issue');
  }
  IN_FORCE_RE.lastIndex = 0;
  while ((m = IN_FORCE_RE.exec(s))) {
    if (opts.issuedOn && free(m.index, m.index + m[0].length)) add(m.index, m.index + m[0].length, 'START', opts.issuedOn, 'start.in-force');
  }

  // weekly with a weekday: "trước 16 giờ ngày thứ sáu hằng tuần"
  WEEKDAY_RE.lastIndex = 0;
  while ((m = execNotAfter(WEEKDAY_RE, s, LETTER_BEFORE))) {
    if (!m[2]) continue; // a weekday alone ("Ngày 29 tháng 05 năm 2026 (thứ Sáu)") is not a recurrence
    const wd = weekdayOf(m[1]!);
    if (wd === null || !free(m.index, m.index + m[0].length)) continue;
    add(m.index, m.index + m[0].length, 'RECURRING', null, 'weekly.weekday', { frequency: 'WEEKLY', month: null, day: null, monthOfPeriod: null, weekday: wd });
  }
  // "định kỳ 02 tuần/lần", "3 tháng một lần"
  INTERVAL_RE.lastIndex = 0;
  while ((m = execNotAfter(INTERVAL_RE, s, LETTER_BEFORE))) {
    const r = intervalRecurrence(numOf(m[1]!), m[2]!);
    if (!r || !free(m.index, m.index + m[0].length)) continue;
    add(m.index, m.index + m[0].length, 'RECURRING', null, 'periodic.interval', {
      frequency: r.frequency, month: null, day: null, monthOfPeriod: null, ...(r.interval > 1 ? { interval: r.interval } : {}),
    });
  }
  return out;
}

/** Date and period mentions of one sentence (offsets relative to the paragraph text). */
function findMentions(
  text: string,
  from: number,
  to: number,
  ctx: DocContext,
  opts: CalendarOptions = { issuedOn: null },
  impossible: Array<{ at: number; text: string }> = [],
): Mention[] {
  const s = text.slice(from, to);
  const fields = fieldSpans(s);
  const inField = (at: number) => fields.some(([a, b]) => at - from >= a && at - from < b);
  const out: Mention[] = [];
  const consumed: Array<[number, number]> = [];
  const isConsumed = (a: number, b: number) => consumed.some(([x, y]) => a < y && b > x);

  const hasDigit = /\d/.test(s);
  // 1. dated phrases ("trước ngày 15/6 và 15/12 hằng năm" gives two)
  DATED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (hasDigit && (m = execNotAfter(DATED_RE, s, LETTER_BEFORE))) {
    const trig = m[1]!.toLowerCase();
    const isStart = /^(từ|kể từ|bắt đầu từ)/u.test(trig);
    const isUntil = /^đến/u.test(trig);
    interface D { start: number; end: number; day: number; month: number | null; year: number | null; period: 'FIRST' | 'LAST' | null; monthly: boolean }
    const chain: D[] = [];
    const first: D = { start: from + m.index, end: from + m.index + m[0].length, day: 0, month: null, year: null, period: null, monthly: false };
    if (m[2]) Object.assign(first, { day: +m[2], month: +m[3]!, year: m[4] ? +m[4] : null });
    else if (m[5]) Object.assign(first, { day: +m[5], month: +m[6]!, year: m[7] ? +m[7] : null });
    else {
      const which = m[9] ?? m[10];
      Object.assign(first, { day: +m[8]!, period: which ? (/cuối/iu.test(which) ? 'LAST' : 'FIRST') : null, monthly: !which });
    }
    chain.push(first);
    if (first.month !== null) {
      let c: RegExpExecArray | null;
      while ((c = MORE_DATES_RE.exec(text.slice(chain[chain.length - 1]!.end, to)))) {
        const prevEnd = chain[chain.length - 1]!.end;
        chain.push({ start: prevEnd + c.index + c[0].length - c[1]!.length, end: prevEnd + c[0].length, day: +c[2]!, month: +c[3]!, year: c[4] ? +c[4] : null, period: null, monthly: false });
      }
    }
    const lastEnd = chain[chain.length - 1]!.end;
    const yearlyAfter = YEARLY_AFTER_RE.exec(text.slice(lastEnd, to));
    const recurringClause = !!yearlyAfter || /định kỳ|hàng năm|hằng năm|mỗi năm/iu.test(s);
    DATED_RE.lastIndex = lastEnd - from + (yearlyAfter ? yearlyAfter[0].length : 0);
    // "từ ngày 15/12/2024 đến ngày 14/12/2025" outside a time field: a period (a data window), not a deadline
    const range = isUntil && /\d\s*$/u.test(text.slice(Math.max(from, first.start - 4), first.start)) && !inField(first.start);
    for (const [k, d] of chain.entries()) {
      if (d.month !== null && !validDate(d.year, d.month, d.day)) {
        impossible.push({ at: d.start, text: text.slice(d.start, d.end) });
        continue;
      }
      if (range) continue;
      // "(từ ngày 1/7 đến nay …)", "Từ ngày 01/7/2025, sau khi thành lập …": a period looked back on;
      // "từ ngày 15/12/2024 đến ngày 14/12/2025" outside a time field: a data window
      if (isStart && /^[^.;]{0,12}?(?:đến nay|,\s*sau khi)(?![\p{L}])/iu.test(text.slice(d.end, to))) continue;
      if (isStart && !inField(d.start) && /^\s*(?:đến|tới)\s+(?:ngày\s+)?\d/iu.test(text.slice(d.end, to))) continue;
      // "Luật Hóa chất … có hiệu lực từ ngày 01/01/2026": a cited instrument's entry into force
      if (isStart && /có hiệu lực(?:\s+thi hành)?\s*$/iu.test(text.slice(Math.max(from, first.start - 24), first.start)) && !/này\s+có hiệu lực(?:\s+thi hành)?\s*$/iu.test(text.slice(Math.max(from, first.start - 30), first.start))) continue;
      if (d.month === null && (d.day < 1 || d.day > 31)) continue;
      // "đến ngày" without a year is rarely a deadline; keep only full dates there
      if (isUntil && d.year === null) continue;
      // a date in a year before the document's own ("có đăng ký hộ khẩu trước ngày 15 tháng 6 năm 2013"
      // in a 2014 plan) is a condition or a past event, not a deadline of this document
      if (d.year !== null && ctx.year !== null && d.year < ctx.year && !inField(d.start)) continue;
      const end = k === chain.length - 1 && yearlyAfter ? d.end + yearlyAfter[0].length : d.end;
      let mention: Mention;
      if (d.period || d.monthly) {
        mention = { start: d.start, end, kind: 'RECURRING', date: null, recurrence: recurrence(d.period ? 'QUARTERLY' : 'MONTHLY', null, d.day, d.period), forward: false, explicit: true };
      } else if (d.year !== null) {
        mention = { start: d.start, end, kind: isStart ? 'START' : 'ABSOLUTE', date: iso(d.year, d.month!, d.day), recurrence: null, forward: isStart, explicit: true };
      } else if (recurringClause || ctx.year === null) {
        mention = { start: d.start, end, kind: 'RECURRING', date: null, recurrence: recurrence('YEARLY', d.month, d.day), forward: false, explicit: true };
      } else {
        mention = { start: d.start, end, kind: isStart ? 'START' : 'ABSOLUTE', date: iso(ctx.year, d.month!, d.day), recurrence: null, forward: isStart, explicit: true };
      }
      out.push(mention);
      consumed.push([mention.start, mention.end]);
    }
  }

  // 1b. calendar periods: months, quarters, years, relative spans, weekdays, intervals
  for (const c of calendarMentions(text, from, to, ctx, from === 0 ? opts : { ...opts, carry: '' }, isConsumed, impossible)) {
    out.push(c);
    consumed.push([c.start, c.end]);
  }

  // 2. periodic phrases
  PERIODIC_RE.lastIndex = 0;
  const mayRecur = /hàng|hằng|mỗi|định kỳ/iu.test(s);
  while (mayRecur && (m = execNotAfter(PERIODIC_RE, s, LETTER_BEFORE))) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (isConsumed(start, end)) continue;
    const dinhKy = !!m[1];
    const freqs: Frequency[] = [];
    if (m[3]) freqs.push(freqOf(m[3]));
    else if (m[4]) {
      freqs.push('HALF_YEARLY');
      if (/năm$/iu.test(m[0])) freqs.push('YEARLY');
    } else if (m[5]) freqs.push('QUARTERLY');
    // "6 tháng" / "3 tháng" alone only with "định kỳ" or in a time field ("Thời gian thực hiện: 6 tháng, hằng năm")
    const field = inField(start);
    if (!m[3] && !dinhKy && !field) continue;
    // days given after the phrase: "Định kỳ hàng quý (trước ngày 13 của tháng cuối quý)",
    // "Định kỳ 6 tháng, 1 năm … trước ngày 15/6 và 15/12 hằng năm"
    const nextPeriodic = (() => {
      const re = PERIODIC_NEXT_RE; // a second copy, compiled once: PERIODIC_RE's lastIndex is in use
      re.lastIndex = end - from;
      const n = execNotAfter(re, s, LETTER_BEFORE);
      return n ? from + n.index : to;
    })();
    const dated = out.filter((d) => d.kind === 'RECURRING' && d.start >= end && d.start < nextPeriodic && d.recurrence);
    const pairs: Array<Mention | null> = freqs.map(() => null);
    if (dated.length === freqs.length && dated.every((d, k) => d.recurrence!.frequency === freqs[k] || d.recurrence!.frequency === 'YEARLY')) {
      dated.forEach((d, k) => (pairs[k] = d));
    } else if (freqs.length === 1 && dated[0] && dated[0].recurrence!.frequency === freqs[0] && dated[0].start - end <= 12) {
      pairs[0] = dated[0];
    }
    const consumedDated = pairs.some(Boolean);
    const after = text.slice(end, to);
    // "Hàng năm, các bộ, ngành … báo cáo kết quả thực hiện về Bộ …": a frame that schedules the sentence's action
    const frame = /^\s*(?:[-+•]\s*)?$/u.test(text.slice(from, start)) && /^\s*,/u.test(text.slice(end, to)) && /(?<![\p{L}])(?:báo cáo|tổ chức|sơ kết|tổng kết|kiểm tra)(?![\p{L}])/iu.test(text.slice(end, to));
    const bindsAction =
      dinhKy || field || frame || ACTION_AFTER_RE.test(after) || /báo cáo\s*$/iu.test(text.slice(Math.max(from, start - 12), start)) || ACTION_BEFORE_RE.test(text.slice(Math.max(from, start - 70), start));
    if (!bindsAction && !consumedDated) continue;
    // "Định kỳ hằng tuần (trước 16 giờ ngày thứ sáu)": the weekday follows
    const wd = freqs.includes('WEEKLY') ? /^[^.;]{0,40}?(?:ngày\s+)?(thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)(?![\p{L}])/iu.exec(after) : null;
    const weekday = wd ? weekdayOf(wd[1]!) : null;
    freqs.forEach((f, k) => {
      const d = pairs[k];
      if (d) out.splice(out.indexOf(d), 1);
      const month = d && f !== 'QUARTERLY' && f !== 'MONTHLY' ? d.recurrence!.month : null;
      out.push({
        start,
        end: d && d.start - end <= 12 ? Math.max(end, d.end) : end,
        kind: 'RECURRING',
        date: null,
        recurrence: { ...recurrence(f, month, d ? d.recurrence!.day : null, d ? d.recurrence!.monthOfPeriod : null), ...(f === 'WEEKLY' && weekday ? { weekday } : {}) },
        forward: true,
        explicit: dinhKy || !!d || field || frame,
      });
    });
    consumed.push([start, end]);
  }

  // 3. horizons (not inside the title of a cited document)
  HORIZON_RE.lastIndex = 0;
  while (hasDigit && (m = execNotAfter(HORIZON_RE, s, LETTER_BEFORE))) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (isConsumed(start, end)) continue;
    if (citedTitleBefore((from === 0 ? opts.carry ?? '' : '') + text.slice(from, start)) || OPEN_END_RE.test(text.slice(end, to))) continue;
    const year = +(m[1] ?? m[2])!;
    if (year < 1945 || year > 2100) continue;
    out.push({ start, end, kind: 'HORIZON', date: iso(year, 12, 31), recurrence: null, forward: true, explicit: true });
  }

  return out.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------

/** Sentence spans per paragraph, shared by the phases that walk sentences (deadlines, targets). */
export type SentenceCache = Map<Paragraph, Array<[number, number]>>;

/** sentences(p.text), computed once per paragraph and cache. */
export function sentencesOf(p: Paragraph, cache: SentenceCache): Array<[number, number]> {
  let spans = cache.get(p);
  if (!spans) cache.set(p, (spans = sentences(p.text)));
  return spans;
}

/** Sentence spans of a paragraph: a full stop followed by an upper-case start, or the end. */
export function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /(?:\.\/\.|[.!?])(?=\s+["“(]?[\p{Lu}\d])/gu;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    // "TT.", "TP." abbreviations and list markers "1." do not end sentences
    const ws = text.lastIndexOf(' ', end - 1);
    if (/^[\p{Lu}\d]{1,3}\.$/u.test(text.slice(ws + 1, end))) continue;
    out.push([last, end]);
    last = end;
    while (last < text.length && /\s/u.test(text[last]!)) last++;
  }
  if (last < text.length) out.push([last, text.length]);
  return out;
}

export function actionOf(kind: Kind, window: string): Deadline['action'] {
  if (kind === 'START') return 'START';
  const w = window.toLowerCase();
  if (/xây dựng(?:,|\s+và)?(?:\s+(?:tổ chức|triển khai|ban hành))?(?:\s+thực hiện)?\s+(?:các\s+)?kế hoạch|ban hành kế hoạch/u.test(w)) return 'ISSUE_PLAN';
  if (/báo cáo/u.test(w)) return 'REPORT';
  if (/(?<![\p{L}])(?:gửi|trình|nộp|đề nghị xét|đề nghị công nhận|đăng ký)(?![\p{L}])/u.test(w)) return 'SUBMIT';
  if (/hoàn thành|hoàn tất|(?<![\p{L}])xong(?![\p{L}])|xây dựng phương án|phê duyệt/u.test(w)) return 'COMPLETE';
  return 'OTHER';
}

export interface RecipientRef {
  text: string;
  agencies: Agency[];
  main: Agency;
}

const RECIPIENT_LEAD_RE = /(?:gửi\s+(?:về|cho|đến|lên|tới)|(?<![\p{L}])(?:báo cáo|trình)(?=\s+[\p{Lu}])|(?<![\p{L}])(?:về|lên|tới)(?=\s+[\p{Lu}]))\s+/gu;

/** The body a report goes to: "gửi về UBND thị xã (qua …)", "báo cáo … về Bộ Công an (qua Cục …)". */
export function findRecipient(window: string, ctx: DocContext | null): RecipientRef | null {
  RECIPIENT_LEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RECIPIENT_LEAD_RE.exec(window))) {
    const after = window.slice(m.index + m[0].length);
    const pre = parseAgencyPrefix(after);
    if (!pre) continue;
    const main = splitAgencyList(pre.list, ctx);
    if (main.length === 0) continue;
    let text = pre.list;
    let via: Agency[] = [];
    const tail = after.slice(after.indexOf(pre.list) + pre.list.length);
    const q = /^\s*\(\s*qua\s+([^)]+)\)/iu.exec(tail);
    if (q) {
      text += ` (qua ${q[1]!.trim()})`;
      via = splitAgencyList(q[1]!, ctx);
    }
    return { text, agencies: mergeAgencies([...main, ...via]), main: main[0]! };
  }
  return null;
}

/**
 * Deadlines of the body paragraphs. `dutyOf` gives the duty a paragraph is (if any).
 */
export function extractDeadlines(
  paras: Paragraph[],
  dutyOf: (p: Paragraph) => DutyRef | null,
  ctx: DocContext,
  sentenceCache: SentenceCache = new Map(),
  opts: Partial<CalendarOptions> = {},
): { deadlines: Deadline[]; agencies: Agency[]; issues: Finding[] } {
  const deadlines: Deadline[] = [];
  const agencies: Agency[] = [];
  const issues: Finding[] = [];
  const perLine = new Map<number, number>();
  const calendar: CalendarOptions = { issuedOn: opts.issuedOn ?? null };
  let lastDuty: DutyRef | null = null;
  let prevDuty: DutyRef | null = null;

  for (const [pi, p] of paras.entries()) {
    const own = dutyOf(p);
    // a time line below its task ("- Thời gian hoàn thành: Trong tháng 8/2025", "Thời gian hoàn tất:
    // trước ngày …") binds the task's bodies
    const prev = paras[pi - 1];
    const carry = prev && prev.lineEnd + 1 >= p.line && !/[.:;!?]\s*$/u.test(prev.text) ? prev.text.slice(-200) : '';
    // … and a paragraph that continues the previous one's sentence ("… tự đánh giá kết quả năm" /
    // "2025, báo cáo UBND tỉnh trước ngày 20/11/2025") carries its duty
    const duty: DutyRef | null = own ?? (lastDuty && (FIELD_LABEL_RE.test(p.text) || (carry && prevDuty === lastDuty)) ? lastDuty : null);
    if (own) lastDuty = own;
    prevDuty = duty;
    const text = p.text;
    let startDate: string | null = null;
    const impossible: Array<{ at: number; text: string }> = [];
    const popts: CalendarOptions = carry ? { ...calendar, carry } : calendar;
    // a date split from its trigger by a paragraph break ("… chậm nhất đến ngày" / "01 tháng 7 năm 2028 …")
    const dangling = danglingDate(p, paras[pi + 1], ctx);
    if (dangling) {
      const bound = duty?.agencies ?? [];
      const idx = perLine.get(dangling.line) ?? 0;
      perLine.set(dangling.line, idx + 1);
      deadlines.push({
        key: `${ctx.documentKey}#deadline-L${dangling.line}-${idx}`,
        line: dangling.line,
        lineEnd: dangling.line,
        kind: 'ABSOLUTE',
        date: dangling.date,
        recurrence: null,
        text: dangling.text,
        agency: bound.length ? bound.map((a) => a.name).join('; ') : null,
        agencyKeys: bound.map((a) => a.key),
        dutyKey: duty?.key ?? null,
        action: actionOf('ABSOLUTE', text.slice(-200)),
        recipient: null,
        recipientKeys: [],
      });
      agencies.push(...bound);
    }
    for (const [sFrom, sTo] of sentencesOf(p, sentenceCache)) {
      const mentions = findMentions(text, sFrom, sTo, ctx, popts, impossible).filter((x) => x.explicit || duty);
      if (mentions.length === 0) continue;
      const sentence = text.slice(sFrom, sTo);
      const subject = parseSubject(sentence.replace(/^\s*(?:[-+•]|\d{1,2}\s*[.)]|[a-zđ]\s*\))\s*/u, ''), ctx);
      let prevRecipient: RecipientRef | null = null;
      for (let k = 0; k < mentions.length; k++) {
        const mt = mentions[k]!;
        // the window of text the deadline governs: after the phrase ("Định kỳ hàng quý … báo cáo …")
        // or before it ("… gửi về UBND thị xã trước ngày 30/6/2017")
        const prev = [...mentions.slice(0, k)].reverse().find((x) => x.end <= mt.start);
        const next = mentions.slice(k + 1).find((x) => x.start >= mt.end);
        const clauseFrom = prev ? prev.end : sFrom;
        let wFrom: number;
        let wTo: number;
        if (mt.kind === 'HORIZON') {
          wFrom = sFrom;
          wTo = sTo;
        } else if (mt.forward) {
          wFrom = mt.end;
          wTo = next ? next.start : sTo;
        } else {
          wFrom = clauseFrom;
          wTo = mt.end;
        }
        const window = text.slice(wFrom, wTo);
        const action = mt.kind === 'HORIZON' ? 'OTHER' : actionOf(mt.kind, window);
        const recipient = mt.kind === 'START' || mt.kind === 'HORIZON' ? null : findRecipient(window, ctx);

        let bound: Agency[];
        if (/^\s*,?\s*để\s+(?:tập hợp|tổng hợp)/iu.test(window) && prevRecipient) bound = [prevRecipient.main];
        else if (subject) bound = subject.agencies;
        else bound = duty?.agencies ?? [];
        if (recipient) prevRecipient = recipient;
        else if (!/^\s*,?\s*để\s+(?:tập hợp|tổng hợp)/iu.test(window)) prevRecipient = null;

        if (mt.kind === 'START' && mt.date) startDate = mt.date;
        const line = lineAt(p, mt.start);
        const lineEnd = lineAt(p, Math.max(mt.start, mt.end - 1));
        const idx = perLine.get(line) ?? 0;
        perLine.set(line, idx + 1);
        // = .replace(/^[-+•,;:\s]+|[,;\s]+$/gu, '') without the regex
        const span = trimEndOf(
          trimStartOf(text.slice(Math.min(mt.start, wFrom, mt.forward ? clauseFrom : wFrom), Math.max(mt.end, wTo)).trim(), '-+•,;:'),
          ',;',
        );
        deadlines.push({
          key: deadlineKey(ctx.documentKey, line, idx),
          line,
          lineEnd,
          kind: mt.kind,
          date: mt.date,
          recurrence: mt.recurrence ? { ...mt.recurrence, from: startDate } : null,
          text: span,
          agency: bound.length ? bound.map((a) => a.name).join('; ') : null,
          agencyKeys: bound.map((a) => a.key),
          dutyKey: duty?.key ?? null,
          action,
          recipient: recipient?.text ?? null,
          recipientKeys: recipient ? recipient.agencies.map((a) => a.key) : [],
        });
        agencies.push(...bound, ...(recipient?.agencies ?? []));
      }
    }
    for (const x of impossible) {
      issues.push({
        code: 'IMPOSSIBLE_DATE',
        severity: 'WARNING',
        message: `"${x.text.trim()}" is not a date of the calendar: no deadline is read from it (never rolled over).`,
        line: lineAt(p, x.at),
      });
    }
  }
  return { deadlines, agencies: mergeAgencies(agencies), issues };
}

const DANGLING_TRIGGER_RE = /(?:trước|chậm nhất(?: là)?(?: vào)?(?: đến)?|hạn chót(?: là)?|hoàn thành trước)\s+ngày\s*$/iu;
const DATE_START_RE = /^\s*(\d{1,2})\s*(?:tháng\s+(\d{1,2})\s+năm\s+(\d{4})|[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}))(?![\d/])/u;

/** "… hoàn thành chậm nhất đến ngày" + next paragraph "01 tháng 7 năm 2028 theo yêu cầu …". */
function danglingDate(p: Paragraph, next: Paragraph | undefined, ctx: DocContext): { line: number; date: string; text: string } | null {
  if (!next || next.line > p.lineEnd + 2) return null;
  const t = DANGLING_TRIGGER_RE.exec(p.text);
  if (!t) return null;
  const d = DATE_START_RE.exec(next.text);
  if (!d) return null;
  const [day, month, year] = d[2] ? [+d[1]!, +d[2], +d[3]!] : [+d[1]!, +d[4]!, +d[5]!];
  if (!validDate(year, month, day) || (ctx.year !== null && year < ctx.year - 1)) return null;
  return { line: next.line, date: iso(year, month, day), text: `${t[0].trim()} ${d[0].trim()}` };
}
