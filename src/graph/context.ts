import type { Database } from '../db/driver.js';
import type { Caller } from '../server/auth.js';

/** What every resolver gets: the database handle and who is calling. */
export interface GraphContext {
  db: Database;
  caller: Caller;
  /** Passed through to @neo4j/graphql. */
  token?: string;
  executionContext: unknown;
  sessionConfig?: { database?: string };
}
