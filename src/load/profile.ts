import type { ManagedTransaction } from 'neo4j-driver';

/**
 * Where a load spends its time: wall time and calls per loader statement (named by its first
 * words), plus the time the writer waited for parsing. Filled only when a profile is passed to the
 * loader (bench/national.ts --profile, npm run ingest -- --profile); numbers, never assertions.
 */
export class LoadProfile {
  readonly statements = new Map<string, { calls: number; ms: number; rows: number }>();
  parseWaitMs = 0;
  commitMs = 0;
  jsMs = 0;
  beginMs = 0;
  /** Wall time inside the writer's batch calls (statements, begin, commit, rows). */
  flushMs = 0;

  /** Time spent in statements so far, all of them. */
  get statementMs(): number {
    let ms = 0;
    for (const s of this.statements.values()) ms += s.ms;
    return ms;
  }

  add(name: string, ms: number, rows = 0) {
    const s = this.statements.get(name) ?? { calls: 0, ms: 0, rows: 0 };
    s.calls++;
    s.ms += ms;
    s.rows += rows;
    this.statements.set(name, s);
  }

  /** A transaction whose run() records each statement's time (the await includes all its records). */
  wrap(tx: ManagedTransaction): ManagedTransaction {
    const run = (query: string, params?: Record<string, unknown>) => {
      const t = performance.now();
      return Promise.resolve(tx.run(query, params)).then((r) => {
        // rows sent: the length of the list the statement unwinds
        const rows = Object.values(params ?? {}).reduce<number>((n, v) => Math.max(n, Array.isArray(v) ? v.length : 0), 0);
        this.add(statementName(query), performance.now() - t, rows);
        return r;
      });
    };
    return { run } as unknown as ManagedTransaction;
  }

  /** Markdown rows, slowest first. */
  table(totalMs: number): string[] {
    const rows = [...this.statements.entries()].sort((a, b) => b[1].ms - a[1].ms);
    const pct = (ms: number) => `${((100 * ms) / totalMs).toFixed(1)} %`;
    const counted = this.statementMs + this.commitMs + this.jsMs + this.parseWaitMs + this.beginMs;
    const rest = Math.max(0, totalMs - counted);
    return [
      '| where | calls | rows | total s | share of load |',
      '|---|---:|---:|---:|---:|',
      ...rows.map(([n, s]) => `| \`${n}\` | ${s.calls} | ${s.rows} | ${(s.ms / 1000).toFixed(1)} | ${pct(s.ms)} |`),
      `| commit | | | ${(this.commitMs / 1000).toFixed(1)} | ${pct(this.commitMs)} |`,
      `| building rows between statements (JavaScript) | | | ${(this.jsMs / 1000).toFixed(1)} | ${pct(this.jsMs)} |`,
      `| writer waiting for parsers | | | ${(this.parseWaitMs / 1000).toFixed(1)} | ${pct(this.parseWaitMs)} |`,
      `| opening transactions (session, BEGIN) | | | ${(this.beginMs / 1000).toFixed(1)} | ${pct(this.beginMs)} |`,
      `| (all batch calls of the writer, for comparison) | | | ${(this.flushMs / 1000).toFixed(1)} | ${pct(this.flushMs)} |`,
      `| none of these (the writer's own loop, the event loop, waiting for CPU) | | | ${(rest / 1000).toFixed(1)} | ${pct(rest)} |`,
    ];
  }
}

/** The statement's first clauses, whitespace folded: enough to tell the loader's statements apart. */
export function statementName(query: string): string {
  return query.replace(/\/\/[^\n]*/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 70);
}
