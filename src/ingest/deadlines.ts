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
 * Each deadline names the bodies it binds (the subject of its sentence, else the duty's bodies; the
 * collector for "… để tập hợp báo cáo … trước ngày …") and the recipient of the report when stated
 * ("gửi về UBND thị xã (qua Văn phòng … và Công an thị xã)").
 */
import type { Agency, Deadline, Recurrence } from './model.js';
import type { DocContext } from './context.js';
import { mergeAgencies, parseAgencyPrefix, splitAgencyList } from './agencies.js';
import { parseSubject } from './assignments.js';
import { lineAt, type Paragraph } from './structure.js';
import { execNotAfter, LETTER_BEFORE, trimEndOf, trimStartOf } from './text.js';

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
  /** The action follows the phrase ("Định kỳ hàng quý … báo cáo …", "Từ ngày …: …"). */
  forward: boolean;
  explicit: boolean; // "định kỳ" or a dated phrase: kept outside duties too
}

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function validDate(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  if (y !== null && (y < 1945 || y > 2100)) return false;
  if (y !== null) {
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCMonth() === m - 1;
  }
  return true;
}

// Dated phrases: a trigger, then "30/6/2017" | "05/11" | "ngày 05 tháng 9 năm 2019" | "ngày 13 của tháng cuối quý".
const TRIGGER = String.raw`(?:(?:trước|chậm nhất(?: là)?(?: vào)?|hạn chót(?: là)?|xong trước|hoàn thành trước|đến|từ|kể từ|bắt đầu từ)\s+(?:ngày\s+)?)`;
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
  String.raw`(định kỳ\s+)?(?:(hàng|hằng|mỗi)\s+(năm|${QUY}|tháng|tuần)|(?:(06|6|sáu)\s+tháng)(?:\s*(?:,|và|\/|hoặc)\s*(?:01\s+|1\s+|một\s+)?năm)?|(?:(03|3|ba)\s+tháng))(?![\p{L}])`,
  'giu',
);

const PERIODIC_NEXT_RE = new RegExp(PERIODIC_RE.source, 'giu');

const HORIZON_RE = /(?:(?:đến|tới)\s+(?:hết\s+)?năm\s+(\d{4})|tầm nhìn\s+(?:đến|tới)\s+(?:năm\s+)?(\d{4}))(?!\d)/giu;
const CITED_TITLE_RE = /(?:Nghị quyết|Chỉ thị|Quyết định|Kế hoạch|Chiến lược|Đề án|Chương trình|Quy hoạch|Luật|Nghị định|Thông tư|Kết luận|Dự án)(?![\p{L}])/u;

const ACTION_AFTER_RE = /^\s*[,(]?\s*(?:tổ chức|báo cáo|có kế hoạch|kiểm tra|mở|nghiên cứu|xây dựng|thực hiện|sơ kết|tổng kết|đánh giá|rà soát|gửi|trình|tổng hợp|tập huấn|khen thưởng|thẩm định|họp|giao ban|cập nhật|đề xuất|kiện toàn|bổ sung|ban hành|xét|công nhận|phát động|triển khai|tuyên truyền|biểu dương|lựa chọn|đăng ký|diễn tập|huấn luyện)(?![\p{L}])/iu;

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

/** Date and period mentions of one sentence (offsets relative to the paragraph text). */
function findMentions(text: string, from: number, to: number, ctx: DocContext): Mention[] {
  const s = text.slice(from, to);
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
    for (const [k, d] of chain.entries()) {
      if (d.month !== null && !validDate(d.year, d.month, d.day)) continue;
      if (d.month === null && (d.day < 1 || d.day > 31)) continue;
      // "đến ngày" without a year is rarely a deadline; keep only full dates there
      if (isUntil && d.year === null) continue;
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
    // "6 tháng" / "3 tháng" alone only with "định kỳ"
    if (!m[3] && !dinhKy) continue;
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
    const bindsAction = dinhKy || ACTION_AFTER_RE.test(after) || /báo cáo\s*$/iu.test(text.slice(Math.max(from, start - 12), start));
    if (!bindsAction && !consumedDated) continue;
    freqs.forEach((f, k) => {
      const d = pairs[k];
      if (d) out.splice(out.indexOf(d), 1);
      const month = d && f !== 'QUARTERLY' && f !== 'MONTHLY' ? d.recurrence!.month : null;
      out.push({
        start,
        end: d && d.start - end <= 12 ? Math.max(end, d.end) : end,
        kind: 'RECURRING',
        date: null,
        recurrence: recurrence(f, month, d ? d.recurrence!.day : null, d ? d.recurrence!.monthOfPeriod : null),
        forward: true,
        explicit: dinhKy || !!d,
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
    const before = text.slice(from, start);
    const lastBreak = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
    if (CITED_TITLE_RE.test(before.slice(lastBreak + 1))) continue;
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
): { deadlines: Deadline[]; agencies: Agency[] } {
  const deadlines: Deadline[] = [];
  const agencies: Agency[] = [];
  const perLine = new Map<number, number>();

  for (const p of paras) {
    const duty = dutyOf(p);
    const text = p.text;
    let startDate: string | null = null;
    for (const [sFrom, sTo] of sentencesOf(p, sentenceCache)) {
      const mentions = findMentions(text, sFrom, sTo, ctx).filter((x) => x.explicit || duty);
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
          key: `${ctx.documentKey}#deadline-L${line}-${idx}`,
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
  }
  return { deadlines, agencies: mergeAgencies(agencies) };
}
