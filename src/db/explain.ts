/**
 * Reading query plans: which operators Neo4j would run for a statement (EXPLAIN, nothing executed),
 * and a Database wrapper that records every statement a resolver sends, with its parameters, so the
 * plan check looks at the real queries with real arguments instead of copies of their text.
 * Used by test/int/query-plans.int.test.ts and bench/national.ts.
 */
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { Database } from './driver.js';

export interface PlanOperator {
  /** Operator name without the runtime suffix ("NodeByLabelScan", "NodeIndexSeek" …). */
  operator: string;
  details: string;
  depth: number;
}

/** Operators that read every node (of a label, or at all): what a hot path must not do. */
export const SCAN_OPERATORS = ['NodeByLabelScan', 'AllNodesScan', 'UndirectedRelationshipTypeScan', 'DirectedRelationshipTypeScan'];

interface RawPlan {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: RawPlan[];
}

export function flattenPlan(plan: RawPlan, depth = 0, out: PlanOperator[] = []): PlanOperator[] {
  out.push({ operator: plan.operatorType.replace(/@.*$/, ''), details: String(plan.arguments?.Details ?? ''), depth });
  for (const c of plan.children ?? []) flattenPlan(c, depth + 1, out);
  return out;
}

/** The operators of `query`'s plan (EXPLAIN: planned, not run). */
export async function explain(db: Database, query: string, params: Record<string, unknown>): Promise<PlanOperator[]> {
  const s = db.driver.session({ database: db.database });
  try {
    const r = await s.run(`EXPLAIN ${query}`, params);
    const plan = r.summary.plan;
    if (!plan) throw new Error('EXPLAIN returned no plan');
    return flattenPlan(plan as unknown as RawPlan);
  } finally {
    await s.close();
  }
}

/** Scan operators of a plan, as readable lines ("NodeByLabelScan d:Document"). */
export function scans(ops: PlanOperator[]): string[] {
  return ops.filter((o) => SCAN_OPERATORS.includes(o.operator)).map((o) => `${o.operator} ${o.details}`.trim());
}

export interface Statement {
  query: string;
  params: Record<string, unknown>;
}

/** A Database whose read/write transactions record every statement run through them. */
export function recordingDatabase(db: Database, log: Statement[]): Database {
  const wrap = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === 'run') {
          return (query: string, params?: Record<string, unknown>): Promise<QueryResult> => {
            log.push({ query, params: params ?? {} });
            return target.run(query, params) as unknown as Promise<QueryResult>;
          };
        }
        const v = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
  return {
    ...db,
    driver: db.driver,
    read: (work) => db.read((tx) => work(wrap(tx))),
    write: (work) => db.write((tx) => work(wrap(tx))),
  };
}
