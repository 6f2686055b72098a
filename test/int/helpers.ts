import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { connectDatabase, type Database } from '../../src/db/driver.js';

/** A config pointing at the run's shared Neo4j (started by global-setup.ts). */
export function testConfig(extra: Record<string, string> = {}): Config {
  return loadConfig({
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_USER: inject('neo4jUser'),
    NEO4J_PASSWORD: inject('neo4jPassword'),
    ...(inject('neo4jDatabase') ? { NEO4J_DATABASE: inject('neo4jDatabase') } : {}),
    PORT: '0',
    JWT_SECRET: 'test-secret-test-secret-0123456789',
    SEED_ON_START: 'false',
    // A busy machine (CI, 2 cores shared) can take seconds for a first query: tests check answers,
    // not speed (speed lives in bench/), so the per-query bound is generous here.
    TX_TIMEOUT_MS: '50000',
    ...extra,
  });
}

export async function testDb(): Promise<Database> {
  return connectDatabase(testConfig());
}
