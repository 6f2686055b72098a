import type { Database } from '../db/driver.js';
import type { Caller } from '../server/auth.js';

/** What every resolver gets: the database handle and who is calling. */
export interface GraphContext {
  db: Database;
  caller: Caller;
  /** Passed through to @neo4j/graphql: the validated claims (src/server/auth.ts). */
  jwt?: Record<string, unknown>;
  executionContext: unknown;
  /** Passed through to @neo4j/graphql, which spreads it into its sessions (database, the request's bookmarks). */
  sessionConfig?: { database?: string; bookmarks?: string[] };
  /** Root mutation fields of this request with their arguments (set by the limits plugin; for the audit trail). */
  mutations?: import('../server/limits.js').RootCall[];
  /** Passed through to @neo4j/graphql: the timeout of its generated queries' transactions. */
  transaction?: { timeout?: number };
}
