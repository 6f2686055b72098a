/**
 * deadlines(from, to, agency, jurisdiction): the deadlines calendar. ABSOLUTE deadlines in the window
 * as they are; RECURRING ones expanded into dated occurrences:
 *   YEARLY       month/day ("trước ngày 05/11 hàng năm" → every 5 November)
 *   HALF_YEARLY  day in the FIRST or LAST month of each half (default LAST)
 *   QUARTERLY    day in the FIRST or LAST month of each quarter ("trước ngày 13 của tháng cuối quý")
 *   MONTHLY      day of every month
 *   WEEKLY       every 7 days from the recurrence's start
 * A missing day means the last day of the period (HALF_YEARLY with no day → 30 June / 31 December);
 * a day past the end of a month is clamped to it (31 → 30 April).
 * Occurrences start at the recurrence's own start (fromDate), else the document's date, else 1 January
 * of its year; a multi-year phase ("giai đoạn 2020 - 2025") ends them on 31 December of its last year.
 *
 * The expansion is pure (tested in test/unit/calendar.test.ts); the query reads the candidate
 * deadlines in one bounded read, expands, filters, sorts by date and paginates.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphContext } from './context.js';
import { apiError, ErrorCode } from '../server/errors.js';
import {
  agencyMatches,
  agencyNeedle,
  agencyRef,
  dateArg,
  deadlineRef,
  docRef,
  dutyRef,
  resolveJurisdiction,
  type AgencyRef,
  type DeadlineRef,
  type DocumentRef,
  type DutyRef,
} from './refs.js';
import { paginate, pageRequest, partialOf, type Page, type Partial } from './pagination.js';

export type Frequency = 'YEARLY' | 'HALF_YEARLY' | 'QUARTERLY' | 'MONTHLY' | 'WEEKLY';

export interface RecurrenceRule {
  frequency: Frequency | string | null;
  month?: number | null;
  day?: number | null;
  monthOfPeriod?: 'FIRST' | 'LAST' | string | null;
  /** Every n periods (WEEKLY only so far: "định kỳ 02 tuần/lần"). */
  interval?: number | null;
  /** WEEKLY: ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday?: number | null;
}

export interface DeadlineTiming extends RecurrenceRule {
  kind: string;
  date?: string | null;
  fromDate?: string | null;
}

/** Why a recurrence stops: its plan's period ended, or the unit acting on it ceased to exist. */
export type RecurrenceEnd = 'PLAN_PERIOD_END' | 'UNIT_DISSOLVED';

/** Bounds of a recurrence: the first and last day it can fall on (inclusive, ISO dates). */
export interface Bounds {
  start: string | null;
  end: string | null;
  /** Why `end` is where it is (null when there is no end). */
  endReason?: RecurrenceEnd | null;
}

export const MAX_CALENDAR_YEARS = 5;
export const MAX_CANDIDATES = 5000;

// ---------------------------------------------------------------------------------------------
// Pure date helpers (ISO 'YYYY-MM-DD', proleptic Gregorian, UTC)

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseIso(s: string): { y: number; m: number; d: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) throw new Error(`not an ISO date: ${s}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

export function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays(s: string, n: number): string {
  const { y, m, d } = parseIso(s);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function addYears(s: string, n: number): string {
  const { y, m, d } = parseIso(s);
  return isoDate(y + n, m, Math.min(d, lastDayOfMonth(y + n, m)));
}

/** The day `day` (clamped) of month m/y, or the last day of the month when day is null. */
function dayIn(y: number, m: number, day: number | null | undefined): string {
  const last = lastDayOfMonth(y, m);
  return isoDate(y, m, day == null ? last : Math.min(Math.max(1, day), last));
}

/** Due dates of one period [firstMonth, firstMonth + len - 1] of year y. */
function periodDate(y: number, firstMonth: number, len: number, rule: RecurrenceRule): string {
  const lastMonth = firstMonth + len - 1;
  if (rule.day == null) return dayIn(y, lastMonth, null); // no day: the period's last day
  return dayIn(y, rule.monthOfPeriod === 'FIRST' ? firstMonth : lastMonth, rule.day);
}

/**
 * Dated occurrences of a recurrence within [from, to] ∩ [bounds.start, bounds.end], ascending.
 * An unknown or incomplete rule yields none (never a guess).
 */
export function expandRecurrence(rule: RecurrenceRule, from: string, to: string, bounds: Bounds = { start: null, end: null }): string[] {
  const lo = bounds.start && bounds.start > from ? bounds.start : from;
  const hi = bounds.end && bounds.end < to ? bounds.end : to;
  if (lo > hi) return [];
  const y0 = parseIso(lo).y;
  const y1 = parseIso(hi).y;
  const out: string[] = [];
  const push = (s: string) => {
    if (s >= lo && s <= hi) out.push(s);
  };
  switch (rule.frequency) {
    case 'YEARLY':
      for (let y = y0; y <= y1; y++) push(rule.month == null ? dayIn(y, 12, rule.day == null ? null : rule.day) : dayIn(y, rule.month, rule.day));
      break;
    case 'HALF_YEARLY':
      for (let y = y0; y <= y1; y++) for (const first of [1, 7]) push(periodDate(y, first, 6, rule));
      break;
    case 'QUARTERLY':
      for (let y = y0; y <= y1; y++) for (const first of [1, 4, 7, 10]) push(periodDate(y, first, 3, rule));
      break;
    case 'MONTHLY':
      for (let y = y0; y <= y1; y++) for (let m = 1; m <= 12; m++) push(dayIn(y, m, rule.day));
      break;
    case 'WEEKLY': {
      // "thứ sáu hằng tuần": every such weekday; "02 tuần/lần": every other week from the anchor.
      const step = 7 * Math.max(1, Number(rule.interval ?? 1));
      const isoWeekday = (iso: string) => ((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
      const firstOnWeekday = (from: string, wd: number) => addDays(from, (wd - isoWeekday(from) + 7) % 7);
      let anchor: string | null = bounds.start;
      if (rule.weekday != null) anchor = firstOnWeekday(anchor ?? lo, Number(rule.weekday));
      if (!anchor) break; // no start and no weekday: no day to repeat
      if (rule.weekday != null && !bounds.start && step === 7) anchor = firstOnWeekday(lo, Number(rule.weekday));
      const startMs = Date.parse(`${anchor}T00:00:00Z`);
      const loMs = Date.parse(`${lo}T00:00:00Z`);
      const skip = Math.max(0, Math.ceil((loMs - startMs) / (step * 86_400_000)));
      for (let s = addDays(anchor, skip * step); s <= hi; s = addDays(s, step)) push(s);
      break;
    }
    default:
      break;
  }
  return out.sort();
}

/**
 * Occurrences of a deadline within [from, to]: ABSOLUTE and HORIZON ("đến hết năm 2026") on their
 * date, RECURRING expanded within its bounds. START is not a due date.
 */
export function occurrences(dl: DeadlineTiming, from: string, to: string, bounds: Bounds = { start: null, end: null }): string[] {
  if (dl.kind === 'ABSOLUTE' || dl.kind === 'HORIZON') return dl.date && dl.date >= from && dl.date <= to ? [dl.date] : [];
  if (dl.kind === 'RECURRING') return expandRecurrence(dl, from, to, bounds);
  return [];
}

/** The latest occurrence strictly before `asOf` (an occurrence due on asOf itself is not late yet). */
export function latestOccurrenceBefore(dl: DeadlineTiming, asOf: string, bounds: Bounds = { start: null, end: null }): string | null {
  const until = addDays(asOf, -1);
  if (dl.kind === 'HORIZON') return null; // a horizon is a commitment shown in the calendar, not a due report
  if (dl.kind === 'ABSOLUTE') return dl.date && dl.date <= until ? dl.date : null;
  // Every supported frequency repeats at least yearly; two years back always holds the latest one
  // (WEEKLY counts from its anchor, so give it the full range).
  // An ended recurrence (plan period, dissolved unit) looks back from its end, not from asOf.
  const last = bounds.end && bounds.end < until ? bounds.end : until;
  const from = dl.frequency === 'WEEKLY' && bounds.start ? bounds.start : addYears(last, -2);
  const all = occurrences(dl, from, until, bounds);
  return all.length ? all[all.length - 1]! : null;
}

/**
 * Is the day of this deadline the reader's inference rather than the text's? "hàng năm" without a
 * date falls on 31/12, "hàng quý" without a day on the quarter's last day, "đến hết năm 2026" on
 * 31/12/2026: the calendar shows them, marked inferred.
 */
export function dayInferred(dl: DeadlineTiming): boolean {
  if (dl.kind === 'RECURRING') return dl.day == null || (dl.frequency === 'YEARLY' && dl.month == null);
  return dl.kind === 'HORIZON';
}

/** What bounds a document's recurrences besides the deadline itself. */
export interface DocTiming {
  issuedOn?: string | null;
  year?: number | null;
  periodFrom?: number | null;
  periodTo?: number | null;
  /** Last day of the unit acting on the deadline (district-level units: 2025-06-30), when it ended. */
  unitEnd?: string | null;
}

/**
 * Bounds of a document's recurrences: from the deadline's start (else the document's date, else
 * 1 January of its year) to the earlier of the end of the plan's multi-year period ("giai đoạn
 * 2020 - 2025" → 31/12/2025; a one-year plan's yearly duties are read as standing) and the end of
 * the acting unit's validity. No successor unit is assumed.
 */
export function recurrenceBounds(dl: { fromDate?: string | null }, doc: DocTiming): Bounds {
  const start = dl.fromDate ?? doc.issuedOn ?? (doc.year ? isoDate(doc.year, 1, 1) : null);
  const periodEnd = doc.periodFrom != null && doc.periodTo != null && doc.periodTo > doc.periodFrom ? isoDate(doc.periodTo, 12, 31) : null;
  const unitEnd = doc.unitEnd ?? null;
  if (periodEnd && (!unitEnd || periodEnd <= unitEnd)) return { start, end: periodEnd, endReason: 'PLAN_PERIOD_END' };
  if (unitEnd) return { start, end: unitEnd, endReason: 'UNIT_DISSOLVED' };
  return { start, end: null, endReason: null };
}

/**
 * The last day a deadline's acting unit existed: when every agency bound to it sits in a unit that
 * ended, the latest of those ends; with no agency, the end of the document's own unit. Null while
 * any acting unit still exists (or the graph does not know).
 */
export function actingUnitEnd(agencyUnitEnds: Array<string | null>, docUnitEnds: Array<string | null>): string | null {
  const ends = agencyUnitEnds.length ? agencyUnitEnds : docUnitEnds;
  if (!ends.length || ends.some((e) => e == null)) return null;
  return (ends as string[]).reduce((a, b) => (a > b ? a : b));
}

/** from ≤ to and at most MAX_CALENDAR_YEARS apart, or BAD_USER_INPUT. */
export function checkRange(from: string, to: string): void {
  if (from > to) throw apiError(ErrorCode.BAD_USER_INPUT, `"from" (${from}) is after "to" (${to}).`);
  if (to > addYears(from, MAX_CALENDAR_YEARS)) {
    throw apiError(ErrorCode.BAD_USER_INPUT, `The calendar spans at most ${MAX_CALENDAR_YEARS} years; ${from} … ${to} is longer. Ask for a shorter range.`, { maxYears: MAX_CALENDAR_YEARS });
  }
}

// ---------------------------------------------------------------------------------------------
// The query

export interface DeadlinesArgs {
  from: unknown;
  to: unknown;
  agency?: string | null;
  jurisdiction?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface DeadlineOccurrence {
  date: string;
  /** The text gives no day: the date is the reader's (hàng năm → 31/12). */
  dayInferred: boolean;
  deadline: DeadlineRef;
  duty: DutyRef | null;
  document: DocumentRef;
  agencies: AgencyRef[];
  fulfilled: boolean;
}

export interface DeadlineCandidate {
  deadline: DeadlineRef;
  duty: DutyRef | null;
  document: DocumentRef;
  docTiming: DocTiming;
  agencies: AgencyRef[];
  /** Occurrence dates answered by a Fulfilment ('' = a fulfilment with no occurrence). */
  fulfilled: string[];
}

/**
 * Where the candidate read starts (most selective first): the documents of a scope (gaps), the units
 * of a jurisdiction (deadlines of the documents applying to them, bound to or due from their
 * agencies), the agencies an agency text names (TEXT indexes), else every RECURRING deadline
 * (deadline_kind) plus the ABSOLUTE ones in the window (deadline_date). One OR over every deadline
 * would defeat both indexes. Each entry yields a superset of the answer; the filters below decide.
 */
export type CandidateEntry = 'keys' | 'units' | 'agency' | 'window';

const CANDIDATE_ENTRY: Record<CandidateEntry, string> = {
  keys: `MATCH (dl:Deadline) WHERE dl.sourceKey IN $keys`,
  units: `CALL () {
      UNWIND $units AS uk
      MATCH (:AdministrativeUnit {key: uk})<-[:APPLIES_TO]-(d0:Document)
      MATCH (dl:Deadline {sourceKey: d0.key})
      RETURN dl
      UNION
      UNWIND $units AS uk
      MATCH (:AdministrativeUnit {key: uk})<-[:IN_UNIT]-(:Agency)<-[:BINDS]-(dl:Deadline)
      RETURN dl
      UNION
      UNWIND $units AS uk
      MATCH (:AdministrativeUnit {key: uk})<-[:IN_UNIT]-(:Agency)-[:TASKED_WITH]->(:Duty)-[:DUE]->(dl:Deadline)
      RETURN dl
      UNION
      // one unit (a commune): what the groups its bodies belong to were given ("UBND các xã, phường")
      UNWIND CASE WHEN size($units) = 1 THEN $units ELSE [] END AS uk
      MATCH (:AdministrativeUnit {key: uk})<-[:IN_UNIT]-(:Agency)-[:MEMBER_OF]->(grp:Agency)
      CALL (grp) {
        MATCH (grp)<-[:BINDS]-(dl:Deadline) RETURN dl
        UNION
        MATCH (grp)-[:TASKED_WITH]->(:Duty)-[:DUE]->(dl:Deadline) RETURN dl
      }
      RETURN dl
    }`,
  agency: `CALL () {
      CALL () {
        MATCH (g0:Agency) WHERE g0.matchName CONTAINS $agencyMatch RETURN g0
        UNION
        MATCH (g0:Agency) WHERE g0.searchText CONTAINS $agencyFolded RETURN g0
      }
      CALL (g0) {
        MATCH (g0)<-[:BINDS]-(dl:Deadline) RETURN dl
        UNION
        MATCH (g0)-[:TASKED_WITH]->(:Duty)-[:DUE]->(dl:Deadline) RETURN dl
        UNION
        MATCH (g0)-[:MEMBER_OF]->(:Agency)<-[:BINDS]-(dl:Deadline) RETURN dl
        UNION
        MATCH (g0)-[:MEMBER_OF]->(:Agency)-[:TASKED_WITH]->(:Duty)-[:DUE]->(dl:Deadline) RETURN dl
      }
      RETURN DISTINCT dl
    }`,
  window: `CALL () {
      MATCH (dl:Deadline {kind: 'RECURRING'}) RETURN dl
      UNION
      MATCH (dl:Deadline) WHERE dl.date >= date($from) AND dl.date <= date($to) RETURN dl
    }`,
};

export function candidateEntry(p: { keys: string[] | null; units: string[] | null; agencyMatch: string | null }): CandidateEntry {
  if (p.keys != null) return 'keys';
  if (p.units != null) return 'units';
  if (p.agencyMatch != null) return 'agency';
  return 'window';
}

/**
 * Deadlines (ABSOLUTE within [from, to], every RECURRING one) with their duty, document, bound
 * agencies (BINDS, else the duty's agencies) and fulfilments, narrowed by agency / units.
 * Shared with the gaps query. At most MAX_CANDIDATES rows: `more` on the last row says whether the
 * bound cut the list (the caller reports the answer as partial).
 */
export const candidatesQuery = (entry: CandidateEntry) => `
  ${CANDIDATE_ENTRY[entry]}
  WITH dl
  WHERE ($keys IS NULL OR dl.sourceKey IN $keys)
    AND (dl.kind = 'RECURRING' OR (dl.kind IN ['ABSOLUTE', 'HORIZON'] AND dl.date >= date($from) AND dl.date <= date($to)))
  MATCH (d:Document {key: dl.sourceKey})
  OPTIONAL CALL (dl) { MATCH (u:Duty)-[:DUE]->(dl) RETURN u ORDER BY u.line LIMIT 1 }
  WITH dl, d, u, COLLECT { MATCH (dl)-[:BINDS]->(g:Agency) RETURN g ORDER BY g.key LIMIT 50 } AS bound
  WITH dl, d, u, CASE WHEN size(bound) > 0 THEN bound
                     ELSE COLLECT { MATCH (g:Agency)-[:TASKED_WITH]->(u) RETURN DISTINCT g ORDER BY g.key LIMIT 50 } END AS ags
  // A document applying to one of the units settles the unit filter without looking at its agencies.
  WITH dl, d, u, ags, CASE WHEN $units IS NULL THEN true ELSE EXISTS { MATCH (d)-[:APPLIES_TO]->(du:AdministrativeUnit) WHERE du.key IN $units } END AS docInUnits
  WHERE ($agencyMatch IS NULL OR any(g IN ags WHERE ${agencyMatches('g')} OR EXISTS { MATCH (m:Agency)-[:MEMBER_OF]->(g) WHERE ${agencyMatches('m')} }))
    AND (docInUnits
         OR any(g IN ags WHERE EXISTS { MATCH (g)-[:IN_UNIT]->(gu:AdministrativeUnit) WHERE gu.key IN $units })
         OR (size($units) = 1 AND any(g IN ags WHERE EXISTS { MATCH (g)<-[:MEMBER_OF]-(:Agency)-[:IN_UNIT]->(gu:AdministrativeUnit) WHERE gu.key IN $units })))
  WITH dl, d, u, ags ORDER BY dl.sourceKey, dl.line, dl.key LIMIT ${MAX_CANDIDATES + 1}
  RETURN ${deadlineRef('dl', 'd')} AS deadline,
    CASE WHEN u IS NULL THEN null ELSE ${dutyRef('u', 'd')} END AS duty,
    ${docRef('d')} AS document,
    { issuedOn: toString(d.issuedOn), year: d.year, periodFrom: d.periodFrom, periodTo: d.periodTo } AS docTiming,
    [g IN ags | head(COLLECT { MATCH (g)-[:IN_UNIT]->(gu_:AdministrativeUnit) RETURN toString(gu_.validTo) AS e ORDER BY e DESC LIMIT 1 })] AS agencyUnitEnds,
    COLLECT { MATCH (d)-[:APPLIES_TO]->(du_:AdministrativeUnit) RETURN toString(du_.validTo) AS e LIMIT 20 } AS docUnitEnds,
    [g IN ags | ${agencyRef('g')}] AS agencies,
    COLLECT { MATCH (f:Fulfilment)-[:FULFILS]->(dl) RETURN coalesce(toString(f.occurrence), '') LIMIT 1000 } AS fulfilled`;

export function candidateParams(p: { keys?: string[] | null; from: string; to: string; agency?: string | null; units?: string[] | null }) {
  const needle = agencyNeedle(p.agency);
  return {
    keys: p.keys ?? null,
    from: p.from,
    to: p.to,
    agencyMatch: needle?.match ?? null,
    agencyFolded: needle?.folded ?? null,
    units: p.units ?? null,
  };
}

/** The candidate deadlines (at most MAX_CANDIDATES) and whether the bound left some out. */
export async function readCandidates(tx: ManagedTransaction, params: ReturnType<typeof candidateParams>): Promise<{ candidates: DeadlineCandidate[]; more: boolean }> {
  const res = await tx.run(candidatesQuery(candidateEntry(params)), params);
  const candidates = res.records.map(toCandidate);
  const more = candidates.length > MAX_CANDIDATES;
  return { candidates: more ? candidates.slice(0, MAX_CANDIDATES) : candidates, more };
}

export function toCandidate(r: { get(k: string): unknown }): DeadlineCandidate {
  return {
    deadline: r.get('deadline') as DeadlineRef,
    duty: r.get('duty') as DutyRef | null,
    document: r.get('document') as DocumentRef,
    docTiming: {
      ...(r.get('docTiming') as DocTiming),
      unitEnd: actingUnitEnd(r.get('agencyUnitEnds') as Array<string | null>, r.get('docUnitEnds') as Array<string | null>),
    },
    agencies: r.get('agencies') as AgencyRef[],
    fulfilled: r.get('fulfilled') as string[],
  };
}

/** Is this occurrence answered? ABSOLUTE: any fulfilment of it; RECURRING: one for that occurrence. */
export function isFulfilled(c: Pick<DeadlineCandidate, 'deadline' | 'fulfilled'>, date: string): boolean {
  if (c.deadline.kind === 'RECURRING') return c.fulfilled.includes(date);
  return c.fulfilled.length > 0;
}

/** A recurrence with no occurrence after `endsOn` inside the asked window, and why. */
export interface StoppedRecurrence {
  endsOn: string;
  reason: RecurrenceEnd;
  deadline: DeadlineRef;
  document: DocumentRef;
  agencies: AgencyRef[];
}

/** Pure: candidates → dated occurrences in [from, to], sorted by date, document, deadline. */
export function expandCandidates(cands: DeadlineCandidate[], from: string, to: string): DeadlineOccurrence[] {
  const out: DeadlineOccurrence[] = [];
  for (const c of cands) {
    const bounds = recurrenceBounds(c.deadline, c.docTiming);
    const inferred = dayInferred(c.deadline);
    for (const date of occurrences(c.deadline, from, to, bounds)) {
      out.push({ date, dayInferred: inferred, deadline: c.deadline, duty: c.duty, document: c.document, agencies: c.agencies, fulfilled: isFulfilled(c, date) });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || a.document.key.localeCompare(b.document.key) || a.deadline.key.localeCompare(b.deadline.key));
}

/**
 * Pure: the recurrences whose occurrences stop inside [from, to] (or before it, while they would
 * otherwise fall in it), so the calendar can say why a yearly report of a district that no longer
 * exists is absent from 2026.
 */
export function stoppedRecurrences(cands: DeadlineCandidate[], from: string, to: string): StoppedRecurrence[] {
  const out: StoppedRecurrence[] = [];
  for (const c of cands) {
    if (c.deadline.kind !== 'RECURRING') continue;
    const bounds = recurrenceBounds(c.deadline, c.docTiming);
    if (!bounds.end || !bounds.endReason || bounds.end >= to) continue;
    if (bounds.start && bounds.start > to) continue;
    // Would it have fallen in the window without the end?
    if (!occurrences(c.deadline, from, to, { start: bounds.start, end: null }).some((d) => d > bounds.end!)) continue;
    out.push({ endsOn: bounds.end, reason: bounds.endReason, deadline: c.deadline, document: c.document, agencies: c.agencies });
  }
  return out.sort((a, b) => a.document.key.localeCompare(b.document.key) || a.deadline.key.localeCompare(b.deadline.key));
}

export async function deadlines(_: unknown, args: DeadlinesArgs, ctx: GraphContext): Promise<Page<DeadlineOccurrence> & Partial & { stopped: StoppedRecurrence[] }> {
  const from = dateArg(args.from, 'from')!;
  const to = dateArg(args.to, 'to')!;
  checkRange(from, to);
  const req = pageRequest(args.first, args.after, 100);
  return ctx.db.read(async (tx) => {
    const units = args.jurisdiction != null ? await resolveJurisdiction(tx, args.jurisdiction) : null;
    const { candidates, more } = await readCandidates(tx, candidateParams({ from, to, agency: args.agency, units }));
    const cut = more ? [`More than ${MAX_CANDIDATES} deadlines match: only the first ${MAX_CANDIDATES} (by document, line) were expanded. Narrow by agency or jurisdiction, or ask for a shorter range.`] : [];
    return { ...paginate(expandCandidates(candidates, from, to), req), ...partialOf(cut), stopped: stoppedRecurrences(candidates, from, to) };
  });
}
