/**
 * A plan and the plan below it (fixtures in queries-fixtures.ts): uptake in the responsibility map,
 * UNMIRRORED_DUTY, and MISSING_DERIVED_PLAN answered by the derived plan once it is in the graph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/server/app.js';
import type { Database } from '../../src/db/driver.js';
import { ComplianceGapsDocument, LineageDocument, ResponsibilitiesDocument, ResponsibilityMapDocument } from '../../src/generated/graphql.js';
import { client, listen } from './http.js';
import { testConfig, testDb } from './helpers.js';
import { AGENCIES, CHILD, PARENT, loadChild, loadParent, removeFixtures } from './queries-fixtures.js';

let db: Database;
let app: App;
let gql: ReturnType<typeof client>;

beforeAll(async () => {
  db = await testDb();
  await removeFixtures(db);
  await loadParent(db);
  app = await createApp(testConfig(), db);
  gql = client(await listen(app));
});

afterAll(async () => {
  if (db) await removeFixtures(db);
  await app?.close();
  await db?.close();
});

const gapsOf = async (scope: string, kinds: Array<'MISSING_DERIVED_PLAN' | 'UNMIRRORED_DUTY' | 'UNLED_DUTY' | 'OVERDUE_DEADLINE'>) => {
  const r = await gql(ComplianceGapsDocument, { scope, kinds, asOf: '2024-06-01' });
  expect(r.errors).toBeUndefined();
  return r.data!.complianceGaps.items;
};

describe('a province plan and the district plan implementing it', () => {
  it('before the district plan exists, the province plan misses it (late after 01/5/2024)', async () => {
    const g = await gapsOf(PARENT, ['MISSING_DERIVED_PLAN']);
    expect(g).toHaveLength(1);
    expect(g[0]).toMatchObject({ kind: 'MISSING_DERIVED_PLAN', severity: 'ERROR', dueDate: '2024-05-01', subjectKey: `${PARENT}#d3`, document: { key: PARENT } });
    expect(g[0]!.source.line).toBe(14);
    expect((await gapsOf(PARENT, ['OVERDUE_DEADLINE'])).map((x) => x.subjectKey)).toEqual([`${PARENT}#dl1`]);
  });

  it('unled duties: a duty its own subject carries ("Sở Y tế tỉnh chuẩn bị …", RESPONSIBLE) is owned, not unled', async () => {
    const g = await gapsOf(PARENT, ['UNLED_DUTY']);
    expect(g.some((x) => x.subjectKey === `${PARENT}#d2`)).toBe(false);
    expect(g.some((x) => x.subjectKey === `${PARENT}#d1`)).toBe(false);
  });

  it('once the district plan is loaded: lineage, uptake, UNMIRRORED_DUTY, and the derived plan answers the province plan', async () => {
    await loadChild(db);
    const l = await gql(LineageDocument, { document: PARENT });
    expect(l.data!.lineage.steps).toEqual([expect.objectContaining({ from: expect.objectContaining({ key: CHILD }), to: expect.objectContaining({ key: PARENT }), depth: 1, relation: 'IMPLEMENTS' })]);

    const m = (await gql(ResponsibilityMapDocument, { document: PARENT, includeDescendants: true })).data!.responsibilityMap;
    expect(m.documents.map((d) => d.key)).toEqual([PARENT, CHILD]);
    expect(m.uptake).toEqual([
      { agencyType: 'PUBLIC_SECURITY', parentDuty: expect.objectContaining({ key: `${PARENT}#d1` }), childDocument: { key: CHILD }, childDuties: [expect.objectContaining({ key: `${CHILD}#d1` })] },
    ]);
    expect(m.edges).toContainEqual({ source: `${PARENT}#d1`, target: `${CHILD}#d1`, type: 'TAKEN_UP_BY', role: null });
    const ca = m.matrix.find((r) => r.agency.key === AGENCIES.caTinh.key)!;
    expect(ca.roles).toEqual(['LEAD', null, null, null]);

    const unmirrored = await gapsOf(PARENT, ['UNMIRRORED_DUTY']);
    expect(unmirrored).toHaveLength(1);
    expect(unmirrored[0]).toMatchObject({ document: { key: CHILD }, subjectKey: `${PARENT}#d1` });
    expect(unmirrored[0]!.what).toContain('HEALTH');

    expect(await gapsOf(PARENT, ['MISSING_DERIVED_PLAN'])).toEqual([]);
    // the ISSUE_PLAN deadline is met by the derived plan itself
    expect(await gapsOf(PARENT, ['OVERDUE_DEADLINE'])).toEqual([]);
  });

  it('responsibilities of a jurisdiction include the units inside it', async () => {
    const r = await gql(ResponsibilitiesDocument, { jurisdiction: 'tinh-thu-nghiem', agencyType: 'PUBLIC_SECURITY' });
    expect(r.data!.responsibilities.items.map((i) => i.agency.key).sort()).toEqual([AGENCIES.caHuyen.key, AGENCIES.caTinh.key]);
    const h = await gql(ResponsibilitiesDocument, { jurisdiction: 'huyen mau' });
    expect(h.data!.responsibilities.items.map((i) => i.agency.key)).toEqual([AGENCIES.caHuyen.key]);
  });
});
