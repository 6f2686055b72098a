/**
 * One real Neo4j for the whole integration run: NEO4J_URI when given, otherwise an embedded
 * Neo4j in a throw-away directory (deleted afterwards). Migrations and the seed documents are
 * loaded once; tests that write clean up after themselves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { connectDatabase, type Database } from '../../src/db/driver.js';
import { migrate } from '../../src/db/migrate.js';
import { collectFiles, ingestFiles } from '../../src/load/run.js';
import { projectRoot } from '../../src/paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    neo4jDatabase: string | undefined;
  }
}

let db: Database | undefined;
let dir: string | undefined;

export async function setup(project: TestProject) {
  const external = process.env.NEO4J_URI;
  if (!external) dir = mkdtempSync(join(tmpdir(), 'plan-graph-test-'));
  const config = loadConfig({ ...process.env, NEO4J_DATA_DIR: dir ?? '.data/unused', NEO4J_HEAP: '768m' });
  db = await connectDatabase(config, { log: (m) => console.error(`[test-db] ${m}`) });
  if (external) {
    // A shared server: start from an empty graph so counts are meaningful.
    await db.write((tx) => tx.run('MATCH (n) WHERE NOT n:Migration DETACH DELETE n'));
  }
  await migrate(db);
  const out = await ingestFiles(db, collectFiles([join(projectRoot, 'seed', 'documents')]));
  const failed = out.filter((o) => o.status === 'error');
  if (failed.length) throw new Error(`seed ingestion failed: ${JSON.stringify(failed)}`);
  project.provide('neo4jUri', db.uri);
  project.provide('neo4jUser', db.credentials.user);
  project.provide('neo4jPassword', db.credentials.password);
  project.provide('neo4jDatabase', config.NEO4J_DATABASE);
}

export async function teardown() {
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
