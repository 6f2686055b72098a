/**
 * No silent caps (issue 8): when a bound of the server cuts an answer, the answer says so
 * (partial: true) and why; a whole answer says partial: false.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/driver.js';
import type { GraphContext } from '../../src/graph/context.js';
import { lineage, LINEAGE_BOUNDS } from '../../src/graph/lineage.js';
import { createApp, type App } from '../../src/server/app.js';
import { client, listen } from './http.js';
import { testConfig, testDb } from './helpers.js';

const CT07 = 'bo-cong-an/07-ct-bca-v28/2014';

let db: Database;
let app: App;
let gql: ReturnType<typeof client>;
beforeAll(async () => {
  db = await testDb();
  app = await createApp(testConfig(), db);
  gql = client(await listen(app));
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('lineage', () => {
  it('a cut by the step bound is reported with its reason, not hidden', async () => {
    const ctx = { db } as unknown as GraphContext;
    const whole = await lineage(null, { document: CT07, direction: 'DOWN', maxDepth: 3 }, ctx);
    // Chỉ thị 07 is implemented by the Tây Ninh plan and by 250/KH-BCA-V05, which Tây Ninh implements too.
    expect(whole.steps.length).toBeGreaterThanOrEqual(3);
    expect(whole).toMatchObject({ partial: false, partialReasons: [] });
    const saved = { ...LINEAGE_BOUNDS };
    try {
      LINEAGE_BOUNDS.steps = 2;
      const cut = await lineage(null, { document: CT07, direction: 'DOWN', maxDepth: 3 }, ctx);
      expect(cut.steps).toEqual(whole.steps.slice(0, 2));
      expect(cut.partial).toBe(true);
      expect(cut.partialReasons).toEqual([expect.stringContaining('more than 2 steps')]);
      expect(cut.truncated).toBe(true);
    } finally {
      Object.assign(LINEAGE_BOUNDS, saved);
    }
  });
});

describe('every bounded answer carries partial / partialReasons', () => {
  it.each([
    ['lineage', `{ lineage(document: "${CT07}", direction: DOWN, maxDepth: 3) { partial partialReasons } }`],
    ['responsibilityMap', `{ responsibilityMap(document: "${CT07}", includeDescendants: true) { partial partialReasons } }`],
    ['deadlines', `{ deadlines(from: "2026-12-01", to: "2026-12-31") { partial partialReasons } }`],
    ['complianceGaps', `{ complianceGaps(asOf: "2026-11-22") { partial partialReasons } }`],
  ])('%s on the seeds is whole', async (field, query) => {
    const r = await gql<Record<string, { partial: boolean; partialReasons: string[] }>, Record<string, never>>(query);
    expect(r.errors).toBeUndefined();
    expect(r.data![field]).toEqual({ partial: false, partialReasons: [] });
  });
});
