/**
 * Targets: a number with a threshold.
 *
 *   "từ 90% trở lên … đạt tiêu chuẩn"   AT_LEAST 90 PERCENT
 *   "kéo giảm ít nhất 07% tội phạm"      REDUCE_BY_AT_LEAST 7 PERCENT
 *   "100% các hộ dân"                    EXACTLY 100 PERCENT
 *   "mỗi năm ít nhất 10 đơn vị"          AT_LEAST 10 COUNT (period "hàng năm")
 *   "ít nhất 01 mô hình"                 AT_LEAST 1 COUNT
 *
 * metric = a short phrase of what is measured; period = "hàng năm", "đến hết năm 2026", "2023" … when
 * stated (or, for a one-year plan, its year).
 */
import type { Target } from './model.js';
import type { DocContext } from './context.js';
import { lineAt, type Paragraph } from './structure.js';
import { sentencesOf, type SentenceCache } from './deadlines.js';
import { execNotAfter, isJsSpace, LETTER_BEFORE, trimEndOf } from './text.js';
import { targetKey } from '../domain/keys.js';

type Comparator = Target['comparator'];

const NUM = String.raw`(\d{1,3}(?:[.,]\d{1,2})?)`;
const PERCENT_RE = new RegExp(`${NUM}\\s*%`, 'gu');
// means `(?<![\p{L}])…`: run with execNotAfter (a leading lookbehind defeats V8's scan-ahead)
const COUNT_RE = /(ít nhất|tối thiểu|không dưới|không ít hơn|tối đa|không quá|từ)\s+(\d{1,4})(?!\s*[%/.,]\d|\s*%|\d)\s+([\p{L}"“][^,;.()]*)/giu;
const COUNT_TAIL_RE = /^(\d{1,4})\s+(\p{L}+(?:\s+\p{L}+)?)\s+trở lên/u;
/** "05 mô hình trở lên": means `(?<![\p{L}\d/])…`, run with execNotAfter(…, NOT_AFTER_TAIL). */
const TAIL_RE = /(\d{1,4})\s+(\p{L}+(?:\s+\p{L}+)?)\s+trở lên/gu;
const NOT_AFTER_TAIL = /[\p{L}\d/]$/u;
/** "ít nhất 05 mô hình trở lên" is a COUNT match already; run on trimmedTail (bounded). */
const QUALIFIER_BEFORE = /(?:ít nhất|tối thiểu|không dưới|từ)$/iu;

/** The last `n` characters of s.slice(0, at) without its trailing whitespace. */
function trimmedTail(s: string, at: number, n: number): string {
  let end = at;
  while (end > 0 && isJsSpace(s.charCodeAt(end - 1))) end--;
  return s.slice(Math.max(0, end - n), end);
}

/** Words after which a metric phrase has its predicate (a comma then ends it). */
const PREDICATE_IN_METRIC = /(?<![\p{L}])(?:được|đạt|có|tham gia|nắm vững|hoạt động|xây dựng|thực hiện|không|là|bị|chấp hành)(?![\p{L}])/iu;
const METRIC_STOP = /\s(?:so với|theo|nhằm|để|đối với|gắn với|trên cơ sở)(?![\p{L}])/iu;
const NOT_A_METRIC_UNIT = /^(?:năm|tháng|ngày|giờ|phút|tuần|quý|qúy)(?![\p{L}])/iu;

/** A short phrase for what follows the number. Quoted names are kept whole. */
export function metricAfter(s: string, maxWords = 24): string {
  // Only the first words can end up in the metric: work on a prefix (the whole rest of a long line
  // per match made this phase quadratic). It keeps a few words more than maxWords so that the
  // leading "trở lên" and a stop phrase ("trên cơ sở") starting among them are seen whole.
  s = headWords(s, maxWords + 6);
  let t = s.replace(/^\s*(?:trở lên|trở xuống)\s*/u, '').replace(/^\s*(?:các|những)\s+/u, (m) => m);
  const stop = METRIC_STOP.exec(t);
  if (stop) t = t.slice(0, stop.index);
  // walk, keeping quotes whole; stop at ; . ) or at a comma once a predicate was seen.
  // The text kept is t.slice(0, end) (no per-character string building; no regex per character).
  let end = t.length;
  let inQuote = false;
  let seenPred = false;
  let wordsAfterPred = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '"' || c === '“' || c === '”') inQuote = !inQuote;
    if (!inQuote) {
      if (c === ';' || c === ')' || c === '(' || c === ':') { end = i; break; }
      const next = t.charCodeAt(i + 1);
      if (c === '.' && !(next >= 0x30 && next <= 0x39)) { end = i; break; } // "." not before a digit
      if (c === ',' && seenPred) { end = i; break; }
    }
    if (!inQuote && isJsSpace(t.charCodeAt(i))) {
      if (seenPred && ++wordsAfterPred > 6) { end = i; break; }
      seenPred = seenPred || PREDICATE_IN_METRIC.test(t.slice(Math.max(0, i - 14), i));
    }
  }
  const out = t.slice(0, end);
  const words = out.trim().split(/\s+/).filter(Boolean);
  let res = words.slice(0, maxWords).join(' ');
  // unbalanced quote after truncation
  if ((res.match(/["“”]/g)?.length ?? 0) % 2 === 1) res = res.replace(/\s*["“][^"“”]*$/u, '');
  return trimEndOf(res, ',;:-').trim();
}

/**
 * The text up to the whitespace after its `n`-th word (all of it when shorter). Linear in what it
 * returns, so callers that need only the first words of a long rest never copy or scan the rest.
 */
export function headWords(s: string, n: number): string {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isJsSpace(s.charCodeAt(i));
    if (!space && !inWord) {
      inWord = true;
      words++;
    } else if (space && inWord) {
      inWord = false;
      if (words >= n) return s.slice(0, i);
    }
  }
  return s;
}

/**
 * "… ở / tại / trên" right before a number: the words since the last "," or ";" and the preposition
 * (what `/(?:^|[,;]\s*)([^,;]*?)\s+(ở|tại|trên)\s*$/u` gives, without trying every start position of
 * the text before — that regex made a line full of percentages parse in cubic time).
 */
export function placeBefore(before: string): { what: string; prep: string } | null {
  let end = before.length;
  while (end > 0 && isJsSpace(before.charCodeAt(end - 1))) end--;
  const prep = ['ở', 'tại', 'trên'].find((w) => end >= w.length && before.startsWith(w, end - w.length));
  if (!prep) return null;
  let ws = end - prep.length;
  if (ws === 0 || !isJsSpace(before.charCodeAt(ws - 1))) return null;
  while (ws > 0 && isJsSpace(before.charCodeAt(ws - 1))) ws--;
  const sep = Math.max(before.lastIndexOf(',', ws), before.lastIndexOf(';', ws));
  // between the separator and the preposition: "[,;]\s*" then the words (no separator inside)
  return { what: before.slice(sep + 1, ws), prep };
}

const PERIOD_RES: Array<[RegExp, (m: RegExpExecArray) => string, boolean]> = [
  [/(?<![\p{L}])(?:hàng|hằng|mỗi)\s+năm(?![\p{L}])/giu, () => 'hàng năm', false],
  [/(?<![\p{L}])(?:hàng|hằng|mỗi)\s+q(?:uý|úy|uí)(?![\p{L}])/giu, () => 'hàng quý', false],
  [/(?<![\p{L}])(?:hàng|hằng|mỗi)\s+tháng(?![\p{L}])/giu, () => 'hàng tháng', false],
  [/(?<![\p{L}])(?:đến|tới)\s+(?:hết\s+)?năm\s+\d{4}/giu, (m) => m[0], true],
  [/(?<![\p{L}])giai đoạn\s+\d{4}\s*-\s*\d{4}/giu, (m) => m[0], true],
  [/(?<![\p{L}])trong năm\s+(\d{4})/giu, (m) => m[1]!, true],
];


/** The horizon a paragraph states before a sentence ("Mục tiêu … đến hết năm 2026"), if any. */
function statedGoal(paraBefore: string): string | null {
  const goal = /(?:mục tiêu|phấn đấu)[^.;]{0,40}?((?:đến|tới)\s+(?:hết\s+)?năm\s+\d{4})/giu;
  let stated: string | null = null;
  let g: RegExpExecArray | null;
  while ((g = goal.exec(paraBefore))) stated = g[1]!;
  return stated;
}

interface PeriodHit {
  at: number;
  end: number;
  rule: number;
  v: string;
}

/**
 * Periods of one sentence, found once: per clause (between ";"), every match of every PERIOD_RES
 * rule in that clause, as lastPeriod/firstPeriod would find them in the clause. Then the period of
 * a number is a lookup — scanning the text before and after every number again made this phase
 * quadratic on a line full of numbers.
 */
class SentencePeriods {
  private readonly semis: number[] = [];
  private readonly clauses = new Map<number, PeriodHit[]>();
  constructor(private readonly s: string) {
    for (let i = s.indexOf(';'); i >= 0; i = s.indexOf(';', i + 1)) this.semis.push(i);
  }

  /** [start, end) of the clause holding [from, to): after the last ";" before `from`, to the first ";" at or after `to`. */
  private bounds(from: number, to: number): [number, number] {
    const before = this.lastBelow(from);
    const start = before >= 0 ? this.semis[before]! + 1 : 0;
    const after = this.firstAtOrAbove(to);
    return [start, after < this.semis.length ? this.semis[after]! : this.s.length];
  }

  private lastBelow(x: number): number {
    let lo = 0;
    let hi = this.semis.length; // first index with semis[i] >= x
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.semis[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  private firstAtOrAbove(x: number): number {
    return this.lastBelow(x) + 1;
  }

  private hits(start: number, end: number): PeriodHit[] {
    let h = this.clauses.get(start);
    if (!h) {
      h = [];
      const t = this.s.slice(start, end);
      PERIOD_RES.forEach(([re, f], rule) => {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(t))) h!.push({ at: start + m.index, end: start + m.index + m[0].length, rule, v: f(m) });
      });
      this.clauses.set(start, h);
    }
    return h;
  }

  /** lastPeriod(clause before `from`) ?? firstPeriod(clause after `to`). */
  around(from: number, to: number): string | null {
    const [start, end] = this.bounds(from, to);
    let last: PeriodHit | null = null;
    let first: PeriodHit | null = null;
    for (const p of this.hits(start, end)) {
      if (p.end <= from && (!last || p.at > last.at || (p.at === last.at && p.rule < last.rule))) last = p;
      if (p.at >= to && (!first || p.at < first.at || (p.at === first.at && p.rule < first.rule))) first = p;
    }
    return (last ?? first)?.v ?? null;
  }
}

/**
 * Period of a target: stated in its clause (before, then after the number), else a horizon stated
 * earlier in the paragraph ("Mục tiêu … đến hết năm 2026, … 100% …"), else the plan's own year.
 */
function periodIn(periods: SentencePeriods, from: number, to: number, stated: string | null, defaultPeriod: string | null): string | null {
  const found = periods.around(from, to) ?? stated;
  return found ? found.charAt(0).toLowerCase() + found.slice(1) : defaultPeriod;
}


function comparatorFor(before: string, after: string): Comparator | null {
  const b = before.slice(-40).toLowerCase();
  const a = after.slice(0, 20).toLowerCase();
  if (/(?:kéo giảm|giảm)(?:\s+(?:ít nhất|tối thiểu|từ))?\s*$/u.test(b)) return 'REDUCE_BY_AT_LEAST';
  if (/(?:ít nhất|tối thiểu|không dưới|không thấp hơn|không ít hơn|trên|đạt trên)\s*$/u.test(b) || /^\s*trở lên/u.test(a)) return 'AT_LEAST';
  if (/(?:không quá|tối đa|không vượt quá|dưới)\s*$/u.test(b) || /^\s*trở xuống/u.test(a)) return 'AT_MOST';
  if (/(?:tăng|chiếm|tương đương|bằng|khoảng|gần)\s*$/u.test(b)) return null; // statistics, not thresholds
  return 'EXACTLY';
}

export interface TargetInput {
  para: Paragraph;
  dutyKey: string | null;
}

/** One-year plans ("… năm 2023") give their year as the default period. */
export function defaultPeriodOf(title: string | null | undefined): string | null {
  if (!title) return null;
  if (/giai đoạn/iu.test(title)) {
    const m = /giai đoạn\s+(\d{4})\s*-\s*(\d{4})/iu.exec(title);
    return m ? `${m[1]}-${m[2]}` : null;
  }
  const m = /(?<![\p{L}])năm\s+(\d{4})\s*$/iu.exec(title.trim());
  return m ? m[1]! : null;
}

export function extractTargets(
  items: TargetInput[],
  ctx: DocContext,
  defaultPeriod: string | null = null,
  sentenceCache: SentenceCache = new Map(),
): Target[] {
  const out: Target[] = [];
  const perLine = new Map<number, number>();
  const push = (p: Paragraph, at: number, t: Omit<Target, 'key' | 'line' | 'lineEnd'>) => {
    const line = lineAt(p, at);
    const i = perLine.get(line) ?? 0;
    perLine.set(line, i + 1);
    out.push({ key: targetKey(ctx.documentKey, line, i), line, lineEnd: line, ...t });
  };

  for (const { para: p, dutyKey } of items) {
    const text = p.text;
    for (const [sFrom, sTo] of sentencesOf(p, sentenceCache)) {
      const s = text.slice(sFrom, sTo);
      const taken: Array<[number, number]> = [];
      // the period a match's clause states ("hàng năm", "đến năm 2030"), else the plan's own
      let periods: SentencePeriods | null = null;
      let stated: string | null | undefined;
      const periodOf = (match: RegExpExecArray) => {
        periods ??= new SentencePeriods(s);
        if (stated === undefined) stated = statedGoal(text.slice(0, sFrom));
        return periodIn(periods, match.index, match.index + match[0].length, stated, defaultPeriod);
      };

      PERCENT_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      const hasPercent = s.includes('%'); // cheap guards: most sentences hold no number at all
      while (hasPercent && (m = PERCENT_RE.exec(s))) {
        const value = Number(m[1]!.replace(',', '.'));
        if (!(value > 0 && value <= 100)) continue;
        const before = s.slice(0, m.index);
        const afterRaw = s.slice(m.index + m[0].length);
        const cmp = comparatorFor(before, afterRaw);
        if (!cmp) continue;
        let metric = metricAfter(afterRaw);
        // "… vượt cấp ở 100% địa bàn …": the measured thing is the clause before
        const loc = placeBefore(before);
        if (loc && loc.what.trim().split(/\s+/).length >= 2) metric = `${loc.what.trim()} ${loc.prep} ${metric}`.trim();
        if (!metric) continue;
        taken.push([m.index, m.index + m[0].length]);
        push(p, sFrom + m.index, {
          metric,
          comparator: cmp,
          value,
          unit: 'PERCENT',
          period: periodOf(m),
          text: s.trim(),
          dutyKey,
        });
      }

      COUNT_RE.lastIndex = 0;
      const hasDigit = /\d/.test(s);
      while (hasDigit && (m = execNotAfter(COUNT_RE, s, LETTER_BEFORE))) {
        const word = m[1]!.toLowerCase();
        const value = Number(m[2]!);
        const rest = m[3]!;
        if (NOT_A_METRIC_UNIT.test(rest)) continue;
        const afterNumber = s.slice(m.index + m[0].length - rest.length);
        let cmp: Comparator;
        if (word === 'từ') {
          if (!/^\s*\p{L}+(?:\s+\p{L}+)?\s+trở lên/u.test(afterNumber)) continue;
          cmp = 'AT_LEAST';
        } else cmp = /tối đa|không quá/u.test(word) ? 'AT_MOST' : 'AT_LEAST';
        let metric = metricAfter(headWords(afterNumber, 40).replace(/^(\p{L}+(?:\s+\p{L}+)?)\s+trở lên/u, '$1'));
        // "(mỗi năm ít nhất 10 đơn vị trở lên)": what is counted is the action before the parenthesis
        const open = s.lastIndexOf('(', m.index);
        if (open >= 0 && s.indexOf(')', open) > m.index && metric.split(/\s+/).length <= 3) {
          const ctxText = s.slice(0, open);
          for (const v of [/kiểm tra(?:,\s*đánh giá)?/iu, /khen thưởng/iu, /công nhận/iu, /tập huấn/iu, /tuyên truyền/iu, /xây dựng/iu]) {
            const vm = v.exec(ctxText);
            if (vm) {
              metric = `${metric} được ${vm[0].toLowerCase()}`;
              break;
            }
          }
        }
        if (!metric) continue;
        push(p, sFrom + m.index, {
          metric,
          comparator: cmp,
          value,
          unit: 'COUNT',
          period: periodOf(m),
          text: s.trim(),
          dutyKey,
        });
      }
      // "05 mô hình trở lên" without "ít nhất"
      TAIL_RE.lastIndex = 0;
      const hasTail = s.includes('trở lên');
      while (hasTail && (m = execNotAfter(TAIL_RE, s, NOT_AFTER_TAIL))) {
        if (QUALIFIER_BEFORE.test(trimmedTail(s, m.index, 24))) continue;
        if (NOT_A_METRIC_UNIT.test(m[2]!) || taken.some(([a, b]) => m!.index < b && m!.index + m![0].length > a)) continue;
        if (!COUNT_TAIL_RE.test(m[0])) continue;
        push(p, sFrom + m.index, {
          metric: metricAfter(headWords(s.slice(m.index + m[1]!.length), 40).replace(/^(\s*\p{L}+(?:\s+\p{L}+)?)\s+trở lên/u, '$1')),
          comparator: 'AT_LEAST',
          value: Number(m[1]!),
          unit: 'COUNT',
          period: periodOf(m),
          text: s.trim(),
          dutyKey,
        });
      }
    }
  }
  genreTargets(items, defaultPeriod, sentenceCache, out, push);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Genre rules beyond the threshold words (examples in test/unit/targets-genre.test.ts)
// ---------------------------------------------------------------------------------------------

/** "tỷ lệ lấp đầy đạt 60-70%" → AT_LEAST 60 and AT_MOST 70. */
const PERCENT_RANGE_RE = /(\d{1,3}(?:[.,]\d{1,2})?)\s*%?\s*[-–]\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%/gu;
/** A percentage whose measured thing precedes it: "Tỷ lệ hộ dân được sử dụng điện … đạt 99,86%". */
const PERCENT_AFTER_VERB_RE = /(?:đạt|là|ở mức)\s+(\d{1,3}(?:[.,]\d{1,2})?)\s*%/gu;
/** A heading that opens a list of targets: "2. Các chỉ tiêu cụ thể đến năm 2030", "Chỉ tiêu chủ yếu". */
const TARGET_LIST_HEADING_RE = /^(?:[IVX]+\.|\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\))?\s*(?:các\s+)?chỉ tiêu(?![\p{L}])/iu;
/** A bare count in such a list: "Hình thành mới 05 Khu công nghiệp", "01 Khu công nghiệp đạt tiêu chuẩn …". */
const BARE_COUNT_RE = /(\d{1,4})\s+(\p{L}+(?:\s+\p{L}+){0,2})/gu;
/** Not a countable noun: units of measure, time, money. */
const MEASURE_UNIT_RE = /^(?:ha|km|m2|m²|m3|mw|kw|kwh|tấn|tỷ|triệu|nghìn|ngàn|đồng|năm|tháng|ngày|giờ|phút|tuần|quý|qúy|lần|%)(?![\p{L}])/iu;

const numberOf = (x: string) => Number(x.replace(',', '.'));

/** The measured thing before a number: the clause's words without the verb ("… đạt"). */
function metricBefore(before: string): string {
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('.'));
  let t = before.slice(cut + 1).replace(/^\s*(?:[-+•]|\d{1,2}\s*[.)]|[a-zđ]\s*\))\s*/u, '');
  t = t.replace(/\s*(?:đạt|là|ở mức)(?:\s+(?:trên|dưới|tối thiểu|ít nhất|khoảng))?\s*$/iu, '');
  t = t.replace(/\s*(?:đến|tới)\s+(?:hết\s+)?năm\s+\d{4}\s*$/iu, '');
  const words = t.trim().split(/\s+/u).filter(Boolean);
  return words.slice(-16).join(' ');
}

function genreTargets(
  items: TargetInput[],
  defaultPeriod: string | null,
  sentenceCache: SentenceCache,
  out: Target[],
  push: (p: Paragraph, at: number, t: Omit<Target, 'key' | 'line' | 'lineEnd'>) => void,
): void {
  const have = (line: number, value: number, unit: Target['unit'], cmp?: Target['comparator']) =>
    out.some((t) => t.line === line && t.value === value && t.unit === unit && (!cmp || t.comparator === cmp));
  let listPeriod: string | null | undefined; // inside a "chỉ tiêu" list: its horizon (null: none stated)
  let listEnd = -1;
  for (const { para: p, dutyKey } of items) {
    const text = p.text;
    if (TARGET_LIST_HEADING_RE.test(text) && text.length < 160) {
      const h = /(?:đến|tới)\s+(?:hết\s+)?năm\s+\d{4}/iu.exec(text);
      listPeriod = h ? h[0] : null;
      listEnd = p.lineEnd;
      continue;
    }
    const inList = listPeriod !== undefined && /^\s*[-+•]/u.test(text) && p.line <= listEnd + 2;
    if (inList) listEnd = p.lineEnd;
    else listPeriod = undefined;
    for (const [sFrom, sTo] of sentencesOf(p, sentenceCache)) {
      const s = text.slice(sFrom, sTo);
      const period = (inList ? listPeriod : null) ?? defaultPeriod;
      let m: RegExpExecArray | null;
      // ranges "60-70%": the floor is the commitment, the ceiling a bound
      PERCENT_RANGE_RE.lastIndex = 0;
      while (s.includes('%') && (m = PERCENT_RANGE_RE.exec(s))) {
        const lo = numberOf(m[1]!);
        const hi = numberOf(m[2]!);
        if (!(lo > 0 && lo < hi && hi <= 100)) continue;
        const line = lineAt(p, sFrom + m.index);
        const metric = metricBefore(s.slice(0, m.index)) || metricAfter(s.slice(m.index + m[0].length));
        if (!have(line, lo, 'PERCENT')) push(p, sFrom + m.index, { metric, comparator: 'AT_LEAST', value: lo, unit: 'PERCENT', period, text: s.trim(), dutyKey });
        if (!have(line, hi, 'PERCENT', 'AT_MOST')) {
          // the generic rule read the upper end as EXACTLY: it is the range's ceiling
          const exact = out.findIndex((t) => t.line === line && t.value === hi && t.unit === 'PERCENT' && t.comparator === 'EXACTLY');
          if (exact >= 0) out[exact] = { ...out[exact]!, comparator: 'AT_MOST' };
          else push(p, sFrom + m.index, { metric, comparator: 'AT_MOST', value: hi, unit: 'PERCENT', period, text: s.trim(), dutyKey });
        }
      }
      // "… đạt 33,59%" with nothing measured after the number: the measured thing is before it
      PERCENT_AFTER_VERB_RE.lastIndex = 0;
      while (s.includes('%') && (m = PERCENT_AFTER_VERB_RE.exec(s))) {
        const value = numberOf(m[1]!);
        const at = m.index + m[0].length - m[1]!.length - 1;
        const line = lineAt(p, sFrom + m.index);
        if (!(value > 0 && value <= 100) || have(line, value, 'PERCENT')) continue;
        if (/^\s*[-–]\s*\d/u.test(s.slice(m.index + m[0].length))) continue; // a range's lower end
        const metric = metricBefore(s.slice(0, m.index));
        if (metric.split(/\s+/u).length < 2) continue;
        push(p, sFrom + at, { metric, comparator: 'EXACTLY', value, unit: 'PERCENT', period, text: s.trim(), dutyKey });
      }
      // "ít nhất 22 đơn vị … trong năm 2025 và 59 đơn vị … vào năm 2030": the threshold governs both
      const conj = /(?:ít nhất|tối thiểu|không dưới)\s+(\d{1,4})\s+(\p{L}+)[^;.()]*?\svà\s+(\d{1,4})\s+(\p{L}+)/iu.exec(s);
      if (conj && conj[2]!.toLowerCase() === conj[4]!.toLowerCase()) {
        const at = conj.index + conj[0].length - conj[3]!.length - conj[4]!.length - 1;
        const value = Number(conj[3]);
        const line = lineAt(p, sFrom + at);
        if (!have(line, value, 'COUNT')) {
          push(p, sFrom + at, { metric: metricAfter(s.slice(at + conj[3]!.length)), comparator: 'AT_LEAST', value, unit: 'COUNT', period, text: s.trim(), dutyKey });
        }
      }
      // bare counts in a list of targets ("Hình thành mới 05 Khu công nghiệp"): EXACTLY, not inside
      // parentheses (a composition), not after "khoảng" (an estimate), not measures (ha, MW, tỷ đồng)
      if (inList && /\d/u.test(s)) {
        BARE_COUNT_RE.lastIndex = 0;
        while ((m = BARE_COUNT_RE.exec(s))) {
          const before = s.slice(0, m.index);
          if (/[\d.,/%]$/u.test(before) || /[\p{L}]$/u.test(before)) continue;
          if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) continue;
          if (/(?:khoảng|gần|trên|dưới|hơn|tổng|gồm)\s*$/iu.test(before)) continue;
          if (MEASURE_UNIT_RE.test(m[2]!) || /^\s*(?:[.,]\d|%|\/)/u.test(s.slice(m.index + m[1]!.length))) continue;
          const value = Number(m[1]);
          const line = lineAt(p, sFrom + m.index);
          if (value === 0 || have(line, value, 'COUNT')) continue;
          push(p, sFrom + m.index, { metric: metricAfter(s.slice(m.index + m[1]!.length)).split(',')[0]!.trim(), comparator: 'EXACTLY', value, unit: 'COUNT', period, text: s.trim(), dutyKey });
        }
      }
    }
  }
}
