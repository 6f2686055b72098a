/**
 * recordFulfilment(input): an editor records that a deadline was met (a report submitted, a duty
 * completed) or that a derived plan was registered. The Fulfilment node closes the gap it answers:
 *   (f:Fulfilment {key, kind, occurrence, note, recordedBy, recordedAt})
 *     -[:FULFILS]->(Deadline)      the deadline answered (OVERDUE_DEADLINE; for a recurring one, `occurrence`)
 *     -[:ANSWERS]->(Document)      the plan that asked for it (MISSING_DERIVED_PLAN)
 *     -[:REGISTERS]->(Document)    the derived plan, when it is in the graph
 *     -[:BY]->(Agency)             who fulfilled it
 * Every key given must exist (NOT_FOUND otherwise); a recurring deadline needs the occurrence it
 * answers, and that date must be one of its occurrences (BAD_USER_INPUT otherwise).
 */
import { randomUUID } from 'node:crypto';
import type { GraphContext } from './context.js';
import { requireRole } from '../server/auth.js';
import { apiError, ErrorCode } from '../server/errors.js';
import { occurrences, recurrenceBounds } from './calendar.js';
import { dateArg } from './refs.js';
import { writeAudit } from '../server/audit.js';

export type FulfilmentKind = 'REPORT_SUBMITTED' | 'DERIVED_PLAN_REGISTERED' | 'DUTY_COMPLETED';

export interface RecordFulfilmentInput {
  kind: FulfilmentKind;
  deadlineKey?: string | null;
  occurrence?: unknown;
  planKey?: string | null;
  derivedPlanKey?: string | null;
  agencyKey?: string | null;
  note?: string | null;
}

export interface FulfilmentRecord {
  key: string;
  kind: FulfilmentKind;
  occurrence: string | null;
  recordedAt: string;
  recordedBy: string | null;
}

export const MAX_NOTE = 2000;

export async function recordFulfilment(_: unknown, args: { input: RecordFulfilmentInput }, ctx: GraphContext): Promise<FulfilmentRecord> {
  const claims = requireRole(ctx.caller, 'editor');
  const input = args.input;
  const occurrence = dateArg(input.occurrence, 'input.occurrence');
  if (input.note != null && input.note.length > MAX_NOTE) throw apiError(ErrorCode.BAD_USER_INPUT, `"note" is limited to ${MAX_NOTE} characters.`);
  if (input.kind === 'DERIVED_PLAN_REGISTERED') {
    if (!input.planKey && !input.deadlineKey) {
      throw apiError(ErrorCode.BAD_USER_INPUT, 'DERIVED_PLAN_REGISTERED needs "planKey" (the plan that asked for derived plans) or "deadlineKey" (its ISSUE_PLAN deadline).');
    }
  } else if (!input.deadlineKey) {
    throw apiError(ErrorCode.BAD_USER_INPUT, `${input.kind} needs "deadlineKey" (the deadline it answers).`);
  }

  return ctx.db.write(async (tx) => {
    // Everything named must exist.
    const found = await tx.run(
      `OPTIONAL MATCH (dl:Deadline {key: $deadlineKey})
       OPTIONAL MATCH (d:Document {key: dl.sourceKey})
       OPTIONAL MATCH (plan:Document {key: $planKey})
       OPTIONAL MATCH (derived:Document {key: $derivedPlanKey})
       OPTIONAL MATCH (g:Agency {key: $agencyKey})
       RETURN dl IS NOT NULL AS hasDeadline, plan IS NOT NULL AS hasPlan, derived IS NOT NULL AS hasDerived, g IS NOT NULL AS hasAgency,
         dl { .kind, date: toString(dl.date), .frequency, .month, .day, .monthOfPeriod, fromDate: toString(dl.fromDate) } AS deadline,
         d { .key, issuedOn: toString(d.issuedOn), .year, .periodFrom, .periodTo } AS doc
       LIMIT 1`,
      {
        deadlineKey: input.deadlineKey ?? null,
        planKey: input.planKey ?? null,
        derivedPlanKey: input.derivedPlanKey ?? null,
        agencyKey: input.agencyKey ?? null,
      },
    );
    const rec = found.records[0]!;
    const missing = (what: string, key: string) => apiError(ErrorCode.NOT_FOUND, `No ${what} with key "${key}".`, { key });
    if (input.deadlineKey && !rec.get('hasDeadline')) throw missing('deadline', input.deadlineKey);
    if (input.planKey && !rec.get('hasPlan')) throw missing('document (planKey)', input.planKey);
    if (input.derivedPlanKey && !rec.get('hasDerived')) throw missing('document (derivedPlanKey)', input.derivedPlanKey);
    if (input.agencyKey && !rec.get('hasAgency')) throw missing('agency', input.agencyKey);

    let occ = occurrence;
    let planKey = input.planKey ?? null;
    if (input.deadlineKey) {
      const dl = rec.get('deadline') as { kind: string; date: string | null; frequency: string | null; month: number | null; day: number | null; monthOfPeriod: string | null; fromDate: string | null };
      const doc = rec.get('doc') as { key: string; issuedOn: string | null; year: number | null; periodFrom: number | null; periodTo: number | null } | null;
      planKey ??= doc?.key ?? null; // the plan that set the deadline
      if (dl.kind === 'RECURRING') {
        if (!occ) throw apiError(ErrorCode.BAD_USER_INPUT, 'The deadline recurs: give "occurrence", the due date of the occurrence answered (see the deadlines calendar).');
        const ok = occurrences({ ...dl, fromDate: dl.fromDate }, occ, occ, recurrenceBounds(dl, doc ?? {})).length === 1;
        if (!ok) throw apiError(ErrorCode.BAD_USER_INPUT, `${occ} is not an occurrence of this ${String(dl.frequency).toLowerCase()} deadline (see the deadlines calendar for its dates).`);
      } else if (dl.kind === 'ABSOLUTE') {
        if (occ && dl.date && occ !== dl.date) throw apiError(ErrorCode.BAD_USER_INPUT, `This deadline falls on ${dl.date}, not ${occ}.`);
        occ ??= dl.date;
      }
    }

    const res = await tx.run(
      `CREATE (f:Fulfilment {key: $key, kind: $kind, note: $note, recordedBy: $recordedBy, recordedAt: datetime()})
       SET f.occurrence = CASE WHEN $occurrence IS NULL THEN null ELSE date($occurrence) END
       WITH f
       CALL (f) { MATCH (dl:Deadline {key: $deadlineKey}) CREATE (f)-[:FULFILS]->(dl) RETURN count(*) AS c1 }
       CALL (f) { MATCH (p:Document {key: $planKey}) CREATE (f)-[:ANSWERS]->(p) RETURN count(*) AS c2 }
       CALL (f) { MATCH (x:Document {key: $derivedPlanKey}) CREATE (f)-[:REGISTERS]->(x) RETURN count(*) AS c3 }
       CALL (f) { MATCH (g:Agency {key: $agencyKey}) CREATE (f)-[:BY]->(g) RETURN count(*) AS c4 }
       RETURN f.key AS key, f.kind AS kind, toString(f.occurrence) AS occurrence, toString(f.recordedAt) AS recordedAt, f.recordedBy AS recordedBy
       LIMIT 1`,
      {
        key: randomUUID(),
        kind: input.kind,
        note: input.note ?? null,
        recordedBy: claims.sub,
        occurrence: occ,
        deadlineKey: input.deadlineKey ?? null,
        planKey,
        derivedPlanKey: input.derivedPlanKey ?? null,
        agencyKey: input.agencyKey ?? null,
      },
    );
    const r = res.records[0]!;
    const record: FulfilmentRecord = {
      key: r.get('key') as string,
      kind: r.get('kind') as FulfilmentKind,
      occurrence: r.get('occurrence') as string | null,
      recordedAt: r.get('recordedAt') as string,
      recordedBy: r.get('recordedBy') as string | null,
    };
    // Same transaction: the fulfilment and its audit entry exist together or not at all.
    await writeAudit(tx, {
      who: claims.sub,
      roles: claims.roles,
      operation: 'recordFulfilment',
      input: { ...input, occurrence },
      before: null,
      after: { ...record, note: input.note ?? null, deadlineKey: input.deadlineKey ?? null, planKey, derivedPlanKey: input.derivedPlanKey ?? null, agencyKey: input.agencyKey ?? null },
    });
    return record;
  });
}
