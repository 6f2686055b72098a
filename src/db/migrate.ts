/**
 * Versioned Cypher migrations (schema/migrations/NNN_name.cypher), applied in order at start.
 * Each applied file is recorded as (:Migration {id, checksum}); a changed checksum of an applied
 * migration is an error (write a new migration instead of editing an old one).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './driver.js';
import { projectRoot } from '../paths.js';

export interface MigrationResult {
  applied: string[];
  skipped: string[];
}

export function readMigrations(dir = join(projectRoot, 'schema', 'migrations')) {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_.+\.cypher$/.test(f))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const statements = text
        .split('\n')
        .filter((l) => !l.trim().startsWith('//'))
        .join('\n')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
      return { id: f.replace(/\.cypher$/, ''), checksum: createHash('sha256').update(text).digest('hex'), statements };
    });
}

export async function migrate(db: Database): Promise<MigrationResult> {
  const result: MigrationResult = { applied: [], skipped: [] };
  const s = db.driver.session({ database: db.database });
  try {
    await s.run('CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE');
    const done = new Map<string, string>(
      (await s.run('MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum')).records.map((r) => [
        r.get('id') as string,
        r.get('checksum') as string,
      ]),
    );
    for (const m of readMigrations()) {
      const prev = done.get(m.id);
      if (prev) {
        if (prev !== m.checksum) {
          throw new Error(`Migration ${m.id} was changed after it was applied; add a new migration instead.`);
        }
        result.skipped.push(m.id);
        continue;
      }
      // Schema statements cannot share a transaction with data writes: run them one by one
      // (each is idempotent with IF NOT EXISTS), then record the migration.
      for (const st of m.statements) await s.run(st);
      await s.run('MERGE (m:Migration {id: $id}) SET m.checksum = $checksum, m.appliedAt = datetime()', m);
      result.applied.push(m.id);
    }
    await s.run('CALL db.awaitIndexes(60)');
  } finally {
    await s.close();
  }
  return result;
}
