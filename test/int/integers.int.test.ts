/**
 * Integers stored as integers (issue 8): a month, a day, a line number or a year read from a
 * document is a Cypher INTEGER in the graph, never 11.0. The seed plans were loaded by the global
 * setup through the ordinary loader.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/driver.js';
import { testDb } from './helpers.js';

let db: Database;
beforeAll(async () => {
  db = await testDb();
});
afterAll(async () => {
  await db?.close();
});

/** valueType → count of one property over a pattern. */
async function types(match: string, expr: string): Promise<Record<string, number>> {
  const r = await db.read((tx) => tx.run(`${match} WHERE ${expr} IS NOT NULL RETURN valueType(${expr}) AS t, count(*) AS n ORDER BY t`));
  return Object.fromEntries(r.records.map((x) => [x.get('t') as string, x.get('n') as number]));
}

describe('integer properties', () => {
  it.each([
    ['Deadline.month', 'MATCH (x:Deadline)', 'x.month'],
    ['Deadline.day', 'MATCH (x:Deadline)', 'x.day'],
    ['Deadline.line', 'MATCH (x:Deadline)', 'x.line'],
    ['Duty.line', 'MATCH (x:Duty)', 'x.line'],
    ['Duty.lineEnd', 'MATCH (x:Duty)', 'x.lineEnd'],
    ['Document.year', 'MATCH (x:Document)', 'x.year'],
    ['Document.lineCount', 'MATCH (x:Document)', 'x.lineCount'],
    ['TASKED_WITH.line', 'MATCH ()-[x:TASKED_WITH]->()', 'x.line'],
    ['IMPLEMENTS.line', 'MATCH ()-[x:IMPLEMENTS]->()', 'x.line'],
  ])('%s is an INTEGER', async (_name, match, expr) => {
    const t = await types(match, expr);
    // The seeds have such values (e.g. Bỉm Sơn's yearly deadline "trước ngày 05/11 hàng năm": month 11).
    expect(Object.keys(t)).toEqual(['INTEGER NOT NULL']);
  });

  it('the yearly deadline of the seeds keeps month 11 and day 5 as integers', async () => {
    const r = await db.read((tx) =>
      tx.run(`MATCH (x:Deadline {kind: 'RECURRING', frequency: 'YEARLY'}) WHERE x.month = 11 AND x.day = 5
              RETURN valueType(x.month) AS m, valueType(x.day) AS d LIMIT 1`),
    );
    expect(r.records[0]?.toObject()).toEqual({ m: 'INTEGER NOT NULL', d: 'INTEGER NOT NULL' });
  });
});
