/**
 * The custom questions (issue 4) on the seed graph, asked the way clients ask them: HTTP POST of the
 * typed operations in test/operations/queries.graphql. The expectations are facts a careful reader
 * finds in the five seed documents (seed/documents), not whatever the parser happens to emit.
 * Fulfilments created here are removed afterwards (the graph is shared by the whole run).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { createApp, type App } from '../../src/server/app.js';
import type { Database } from '../../src/db/driver.js';
import { fold } from '../../src/ingest/text.js';
import { agencyKey as keyOf, type UnitRef } from '../../src/domain/keys.js';
import {
  ComplianceGapsDocument,
  DeadlinesDocument,
  DocumentsByNumberDocument,
  DocumentsBySourceFileDocument,
  LineageDocument,
  RecordFulfilmentDocument,
  ResponsibilitiesDocument,
  ResponsibilityMapDocument,
  SearchDocument,
  type ComplianceGapsQuery,
  type LineageQuery,
} from '../../src/generated/graphql.js';
import { client, listen } from './http.js';
import { testConfig, testDb } from './helpers.js';

const SECRET = 'test-secret-test-secret-0123456789';
const SUBJECT = 'queries-int-test';
const token = (roles: string[]) =>
  new SignJWT({ roles }).setProtectedHeader({ alg: 'HS256' }).setSubject(SUBJECT).setIssuedAt().setExpirationTime('10m').sign(new TextEncoder().encode(SECRET));

// Keys the conventions fix (docs/extraction-conventions.md, seed/catalog.json).
const CT07 = 'bo-cong-an/07-ct-bca-v28/2014';
const NQ147 = 'chinh-phu/147-nq-cp/2025';
const BAC_NINH = 'ubnd-tinh-bac-ninh/14-kh-ubnd/2025';
const TT23 = 'bo-cong-an/23-2012-tt-bca/2012';
const TT124 = 'bo-cong-an/124-2021-tt-bca/2021';
const AS_OF = '2026-11-22';
/** Agency key per the conventions (src/domain/keys.ts): the body folded, the town in Telex with its province. */
const BIM_SON: UnitRef = { key: 'thi-xa-bimr-sown.thanh-hoa', name: 'thị xã Bỉm Sơn', level: 'DISTRICT' };
const agencyKey = (name: string) => keyOf(name, BIM_SON);

let db: Database;
let app: App;
let gql: ReturnType<typeof client>;
// Documents without a number are found by their source file.
const keys = { binhSon: '', vinhThuy: '', tayNinh: '', dongTrieu: '', kh250: '' };

async function byFile(file: string): Promise<string> {
  const r = await gql(DocumentsBySourceFileDocument, { file });
  expect(r.errors).toBeUndefined();
  expect(r.data!.documents, `a document read from ${file}`).toHaveLength(1);
  return r.data!.documents[0]!.key;
}

beforeAll(async () => {
  db = await testDb();
  app = await createApp(testConfig(), db);
  gql = client(await listen(app));
  keys.binhSon = await byFile('000_906fc711418bb228.txt');
  keys.vinhThuy = await byFile('001_ec57c158750a493d.txt');
  keys.tayNinh = await byFile('003_7a5b064e25782787.txt');
  keys.dongTrieu = await byFile('004_7b2b5a5b82360bbc.txt');
  const r = await gql(DocumentsByNumberDocument, { number: '250/KH-BCA-V05' });
  keys.kh250 = r.data?.documentsByNumber[0]?.key ?? '';
});

afterAll(async () => {
  await db?.write((tx) => tx.run('MATCH (f:Fulfilment {recordedBy: $sub}) DETACH DELETE f', { sub: SUBJECT }));
  await app?.close();
  await db?.close();
});

const codeOf = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => r.errors?.[0]?.extensions?.code;

describe('documentsByNumber', () => {
  it('finds Bắc Ninh\'s 14/KH-UBND by number, issuer without diacritics and year', async () => {
    const r = await gql(DocumentsByNumberDocument, { number: '14/KH-UBND', issuer: 'bac ninh', year: 2025 });
    expect(r.errors).toBeUndefined();
    expect(r.data!.documentsByNumber.map((d) => d.key)).toEqual([BAC_NINH]);
    expect(r.data!.documentsByNumber[0]).toMatchObject({ number: '14/KH-UBND', issuedOn: '2025-08-05', stub: false, kind: 'PLAN' });
  });

  it('folds the number ("số", spaces, case, a missing leading zero) and finds the directive', async () => {
    const r = await gql(DocumentsByNumberDocument, { number: 'số 7/ct-bca-v28' });
    expect(r.data!.documentsByNumber.map((d) => d.key)).toEqual([CT07]);
    expect(r.data!.documentsByNumber[0]).toMatchObject({ kind: 'DIRECTIVE', issuedOn: '2014-08-15', stub: true });
  });

  it('narrows by year and issuer', async () => {
    const hit = await gql(DocumentsByNumberDocument, { number: '191/KH-UBND', issuer: 'Đông Triều', year: 2023 });
    expect(hit.data!.documentsByNumber.map((d) => d.key)).toEqual([keys.dongTrieu]);
    expect(hit.data!.documentsByNumber[0]!.issuedOn).toBe('2023-06-16');
    const none = await gql(DocumentsByNumberDocument, { number: '191/KH-UBND', year: 2022 });
    expect(none.data!.documentsByNumber).toEqual([]);
    const other = await gql(DocumentsByNumberDocument, { number: '14/KH-UBND', issuer: 'Tây Ninh' });
    expect(other.data!.documentsByNumber).toEqual([]);
  });
});

describe('lineage', () => {
  it('below Chỉ thị 07/CT-BCA-V28: the Tây Ninh plan directly (depth 1) and through Bộ Công an\'s 250/KH-BCA-V05 (depth 2)', async () => {
    const r = await gql(LineageDocument, { document: CT07, direction: 'DOWN' });
    expect(r.errors).toBeUndefined();
    const l = r.data!.lineage;
    expect(l.root).toMatchObject({ key: CT07, stub: true });
    expect(keys.kh250).toMatch(/^bo-cong-an\/250-kh-bca-v05\/2020$/);
    const step = (from: string, to: string) => l.steps.find((s) => s.from.key === from && s.to.key === to && s.relation === 'IMPLEMENTS');
    expect(step(keys.tayNinh, CT07), 'Tây Ninh implements Chỉ thị 07 (its title)').toMatchObject({ depth: 1, direction: 'DOWN' });
    expect(step(keys.kh250, CT07), '250/KH-BCA-V05 implements Chỉ thị 07 (its subject, stated by Tây Ninh)').toMatchObject({ depth: 1 });
    expect(step(keys.tayNinh, keys.kh250), 'Tây Ninh implements 250/KH-BCA-V05 ("Thực hiện Kế hoạch số 250…")').toMatchObject({ depth: 2 });
    // provenance: both links are read in the Tây Ninh text, lines 7-13
    for (const s of [step(keys.tayNinh, CT07)!, step(keys.kh250, CT07)!, step(keys.tayNinh, keys.kh250)!]) {
      expect(s.source.documentKey).toBe(keys.tayNinh);
      expect(s.source.sourceFile).toMatch(/003_7a5b064e25782787\.txt$/);
      expect(s.source.line).toBeGreaterThanOrEqual(7);
      expect(s.source.line).toBeLessThanOrEqual(13);
    }
    expect(step(keys.tayNinh, keys.kh250)!.source.line).toBe(13);
    const depth = Object.fromEntries(l.nodes.map((n) => [n.document.key, n.depth]));
    expect(depth).toMatchObject({ [CT07]: 0, [keys.tayNinh]: 1, [keys.kh250]: 1 });
    expect(l.nodes.find((n) => n.document.key === keys.kh250)!.document.stub).toBe(true);
    expect(l.nodes.find((n) => n.document.key === keys.tayNinh)!.document.stub).toBe(false);
    expect(l.truncated).toBe(false);
  });

  it('maxDepth cuts the path through 250/KH-BCA-V05 and says so', async () => {
    const r = await gql(LineageDocument, { document: CT07, maxDepth: 1 });
    const l = r.data!.lineage;
    expect(l.steps.every((s) => s.depth === 1)).toBe(true);
    expect(l.steps.some((s) => s.from.key === keys.tayNinh && s.to.key === CT07)).toBe(true);
    expect(l.steps.some((s) => s.to.key === keys.kh250)).toBe(false);
    expect(l.truncated).toBe(true);
  });

  it('UP from Bắc Ninh\'s 14/KH-UBND reaches Nghị quyết 147/NQ-CP', async () => {
    const r = await gql(LineageDocument, { document: BAC_NINH, direction: 'UP' });
    expect(r.errors).toBeUndefined();
    const l = r.data!.lineage;
    const s = l.steps.find((x) => x.to.key === NQ147);
    expect(s).toMatchObject({ from: { key: BAC_NINH }, relation: 'IMPLEMENTS', depth: 1, direction: 'UP' });
    expect(s!.source.documentKey).toBe(BAC_NINH);
    expect([1, 16]).toContain(s!.source.line); // the title (line 1) or "Thực hiện Nghị quyết số 147/NQ-CP" (line 16)
    expect(l.nodes.find((n) => n.document.key === NQ147)).toMatchObject({ depth: -1, document: { kind: 'RESOLUTION', issuedOn: '2025-05-22' } });
  });

  it('BOTH from 250/KH-BCA-V05: its basis above, the Tây Ninh plan below', async () => {
    const r = await gql(LineageDocument, { document: keys.kh250, direction: 'BOTH' });
    const depth = Object.fromEntries(r.data!.lineage.nodes.map((n) => [n.document.key, n.depth]));
    expect(depth[CT07]).toBe(-1);
    expect(depth[keys.tayNinh]).toBe(1);
  });

  it('refuses maxDepth outside 1..10 and an unknown document', async () => {
    expect(codeOf(await gql(LineageDocument, { document: CT07, maxDepth: 11 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(LineageDocument, { document: CT07, maxDepth: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(LineageDocument, { document: 'bo-cong-an/999-kh-bca/2099' }))).toBe('NOT_FOUND');
  });

  // A step as a comparable fact (DocumentRefs reduced to keys).
  const fact = (s: { from: { key: string }; to: { key: string }; relation: string; depth: number; direction: string; source: { documentKey: string; line?: number | null } }) =>
    `${s.direction} ${s.depth} ${s.from.key} -${s.relation}-> ${s.to.key} [${s.source.documentKey}:${s.source.line}]`;

  it.each([
    ['DOWN from Chỉ thị 07', (): string => CT07, 'DOWN' as const],
    ['BOTH from 250/KH-BCA-V05 (the offset runs from the DOWN list into the UP one)', (): string => keys.kh250, 'BOTH' as const],
    ['UP from the Tây Ninh plan', (): string => keys.tayNinh, 'UP' as const],
  ])('pages of %s concatenate to the whole list: no duplicate, no gap, totalSteps their sum', async (_name, doc, direction) => {
    const whole = await gql(LineageDocument, { document: doc(), direction, maxDepth: 5, first: 2000 });
    expect(whole.errors).toBeUndefined();
    const all = whole.data!.lineage;
    expect(all.totalSteps).toBe(all.steps.length);
    expect(all.totalSteps).toBeGreaterThanOrEqual(2);
    expect(all.pageInfo).toMatchObject({ hasNextPage: false });
    expect(new Set(all.steps.map(fact)).size, 'every step once').toBe(all.steps.length);
    for (const size of [1, 2]) {
      const seen: string[] = [];
      const nodes = new Map<string, number>();
      let after: string | null | undefined;
      let pages = 0;
      do {
        const r = await gql(LineageDocument, { document: doc(), direction, maxDepth: 5, first: size, after });
        expect(r.errors).toBeUndefined();
        const l: LineageQuery['lineage'] = r.data!.lineage;
        expect(l.totalSteps, 'the same total on every page').toBe(all.totalSteps);
        expect(l.steps.length).toBeLessThanOrEqual(size);
        seen.push(...l.steps.map(fact));
        for (const n of l.nodes) nodes.set(n.document.key, n.depth);
        // the page's nodes are the documents its steps connect, and the root
        expect(new Set(l.nodes.map((n) => n.document.key))).toEqual(new Set([all.root.key, ...l.steps.flatMap((s) => [s.from.key, s.to.key])]));
        after = l.pageInfo.hasNextPage ? l.pageInfo.endCursor : null;
        expect(++pages).toBeLessThanOrEqual(all.totalSteps);
      } while (after);
      expect(seen, `pages of ${size}`).toEqual(all.steps.map(fact));
      expect(pages).toBe(Math.ceil(all.totalSteps / size));
      // the union of the pages' nodes is every document met, at the same distance
      expect(Object.fromEntries(nodes)).toEqual(Object.fromEntries(all.nodes.map((n) => [n.document.key, n.depth])));
    }
  });

  it('orders steps by depth, then from key, to key and relation', async () => {
    const l = (await gql(LineageDocument, { document: CT07, direction: 'DOWN', maxDepth: 5, first: 2000 })).data!.lineage;
    const sortKey = (s: (typeof l.steps)[number]) => [String(s.depth).padStart(2, '0'), s.from.key, s.to.key, s.relation].join('\u0000');
    const keysInOrder = l.steps.map(sortKey);
    expect(keysInOrder).toEqual([...keysInOrder].sort());
  });

  it('a page past the end is empty; a foreign cursor or a page size outside 1..2000 is refused', async () => {
    const all = (await gql(LineageDocument, { document: CT07, first: 2000 })).data!.lineage;
    const past = await gql(LineageDocument, { document: CT07, first: 5, after: Buffer.from(`v1:${all.totalSteps}`).toString('base64url') });
    expect(past.errors).toBeUndefined();
    expect(past.data!.lineage).toMatchObject({ steps: [], totalSteps: all.totalSteps, pageInfo: { hasNextPage: false, endCursor: null } });
    const bad = await gql(LineageDocument, { document: CT07, after: 'not-a-cursor' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toMatch(/"after" is not a cursor returned by this API/);
    expect(codeOf(await gql(LineageDocument, { document: CT07, first: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(LineageDocument, { document: CT07, first: 2001 }))).toBe('BAD_USER_INPUT');
  });

  it('asking for keys only (no titles, no nodes, no source files) gives the same steps', async () => {
    for (const [document, direction] of [[CT07, 'DOWN'], [keys.tayNinh, 'UP'], [keys.kh250, 'BOTH']] as const) {
      const full = (await gql(LineageDocument, { document, direction, first: 2000 })).data!.lineage;
      const lean = await gql<{ lineage: { root: { key: string }; totalSteps: number; truncated: boolean; steps: Array<Parameters<typeof fact>[0]> } }, Record<string, unknown>>(
        `query($d: ID!, $dir: LineageDirection) { lineage(document: $d, direction: $dir, first: 2000) {
           root { key } totalSteps truncated steps { depth relation direction from { key } to { key } source { documentKey line } } } }`,
        { d: document, dir: direction },
      );
      expect(lean.errors).toBeUndefined();
      expect(lean.data!.lineage.root.key).toBe(full.root.key);
      expect(lean.data!.lineage.steps.map(fact)).toEqual(full.steps.map(fact));
      expect([lean.data!.lineage.totalSteps, lean.data!.lineage.truncated]).toEqual([full.totalSteps, full.truncated]);
      const files = await gql<{ lineage: { steps: Array<{ source: { documentKey: string; sourceFile: string | null } }> } }, Record<string, unknown>>(
        `query($d: ID!, $dir: LineageDirection) { lineage(document: $d, direction: $dir, first: 2000) { steps { source { documentKey sourceFile } } } }`,
        { d: document, dir: direction },
      );
      expect(files.data!.lineage.steps.map((x) => x.source)).toEqual(full.steps.map((x) => ({ documentKey: x.source.documentKey, sourceFile: x.source.sourceFile })));
    }
    const missing = await gql(`{ lineage(document: "bo-cong-an/999-kh-bca/2099") { steps { depth } } }`);
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });

  it('a step\'s depth is its smallest position along any path from the root (the breadth-first walk checked against path enumeration)', async () => {
    // The definition lineage had when it enumerated paths, on the seed graph (small enough for that).
    const byPaths = async (key: string, dir: 'DOWN' | 'UP', depth: number) => {
      const pattern = dir === 'DOWN' ? `(root)<-[:IMPLEMENTS|BASED_ON*1..${depth}]-(:Document)` : `(root)-[:IMPLEMENTS|BASED_ON*1..${depth}]->(:Document)`;
      const r = await db.read((tx) =>
        tx.run(
          `MATCH (root:Document {key: $key}) MATCH p = ${pattern}
           UNWIND range(0, length(p) - 1) AS i WITH relationships(p)[i] AS r, i + 1 AS depth
           WITH r, min(depth) AS depth
           RETURN startNode(r).key AS from, endNode(r).key AS to, type(r) AS relation, depth, coalesce(r.sourceKey, startNode(r).key) AS src, r.line AS line`,
          { key },
        ),
      );
      return r.records.map((x) => `${dir} ${x.get('depth')} ${x.get('from')} -${x.get('relation')}-> ${x.get('to')} [${x.get('src')}:${x.get('line')}]`).sort();
    };
    let compared = 0;
    for (const key of [CT07, NQ147, BAC_NINH, keys.kh250, keys.tayNinh, TT23]) {
      for (const dir of ['DOWN', 'UP'] as const) {
        for (const maxDepth of [1, 2, 5]) {
          const l = (await gql(LineageDocument, { document: key, direction: dir, maxDepth, first: 2000 })).data!.lineage;
          const expected = await byPaths(key, dir, maxDepth);
          expect(l.steps.map(fact).sort(), `${dir} from ${key}, maxDepth ${maxDepth}`).toEqual(expected);
          compared += expected.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});

describe('responsibilities', () => {
  const BIM_SON_CA = 'cong-an-thi-xa-bimr-sown.thanh-hoa';

  it('"cong an thi xa bim son" finds Công an thị xã Bỉm Sơn\'s duties, including the lead of the counter-terrorism work', async () => {
    const r = await gql(ResponsibilitiesDocument, { agency: 'cong an thi xa bim son', first: 100 });
    expect(r.errors).toBeUndefined();
    const items = r.data!.responsibilities.items;
    expect(items.length).toBeGreaterThanOrEqual(7); // seven bullets under "1. Công an thị xã" alone
    expect(new Set(items.map((i) => i.agency.key))).toEqual(new Set([BIM_SON_CA]));
    expect(items[0]!.agency).toMatchObject({ name: 'Công an thị xã Bỉm Sơn', type: 'PUBLIC_SECURITY' });
    expect(new Set(items.map((i) => i.document.key))).toEqual(new Set([keys.binhSon]));
    const lead = items.find((i) => i.role === 'LEAD' && fold(i.duty.text).includes('la luc luong chu tri'));
    expect(lead, '"Là lực lượng chủ trì, nòng cốt …" (line 52)').toBeDefined();
    expect(lead!.duty.source).toMatchObject({ documentKey: keys.binhSon, line: 52 });
    expect(lead!.source.sourceFile).toMatch(/000_906fc711418bb228\.txt$/);
    expect(r.data!.responsibilities.totalCount).toBe(items.length);
  });

  it('matches with diacritics too, canonically', async () => {
    const a = await gql(ResponsibilitiesDocument, { agency: 'cong an thi xa bim son' });
    const b = await gql(ResponsibilitiesDocument, { agency: 'Công an thị xã Bỉm Sơn' });
    expect(b.data!.responsibilities.totalCount).toBe(a.data!.responsibilities.totalCount);
  });

  it('shows the partners on a duty: Ban Chỉ huy Quân sự leads where Công an thị xã coordinates (line 70)', async () => {
    const r = await gql(ResponsibilitiesDocument, { agency: 'cong an thi xa bim son', role: 'COORDINATE', first: 100 });
    const items = r.data!.responsibilities.items;
    expect(items.every((i) => i.role === 'COORDINATE')).toBe(true);
    const d = items.find((i) => i.duty.source.line === 70);
    expect(d, 'the Ban Chỉ huy Quân sự duty that names Công an thị xã as partner').toBeDefined();
    expect(d!.partners).toContainEqual({ role: 'LEAD', agency: { key: agencyKey('Ban Chỉ huy Quân sự thị xã Bỉm Sơn'), name: 'Ban Chỉ huy Quân sự thị xã Bỉm Sơn' } });
  });

  it('carries the deadline of a duty: Công an thị xã\'s protection plans before 20/11/2017 (line 148)', async () => {
    const r = await gql(ResponsibilitiesDocument, { agency: 'cong an thi xa bim son', first: 100 });
    const withDeadline = r.data!.responsibilities.items.flatMap((i) => i.deadlines).find((d) => d.date === '2017-11-20');
    expect(withDeadline).toMatchObject({ kind: 'ABSOLUTE' });
    expect(withDeadline!.source.line).toBe(148);
  });

  it('filters by agency type and jurisdiction (name without diacritics): Công an tỉnh Tây Ninh leads with Sở Nội vụ', async () => {
    const r = await gql(ResponsibilitiesDocument, { agencyType: 'PUBLIC_SECURITY', jurisdiction: 'tay ninh', role: 'LEAD', first: 100 });
    expect(r.errors).toBeUndefined();
    const items = r.data!.responsibilities.items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.agency.type === 'PUBLIC_SECURITY' && i.role === 'LEAD' && i.document.key === keys.tayNinh)).toBe(true);
    const d = items.find((i) => i.duty.source.line === 71);
    expect(d, '"Công an tỉnh chủ trì, phối hợp với Sở Nội vụ tỉnh …" (line 71)').toMatchObject({ agency: { key: 'cong-an-tinh-tay-ninh' } });
    expect(d!.partners.map((p) => [p.agency.key, p.role])).toContainEqual(['so-noi-vu-tinh-tay-ninh', 'COORDINATE']);
  });

  it('filters by document, in a stable order, page by page', async () => {
    const all = await gql(ResponsibilitiesDocument, { document: keys.dongTrieu, first: 200 });
    const total = all.data!.responsibilities.totalCount;
    expect(total).toBeGreaterThan(4);
    const lines = all.data!.responsibilities.items.map((i) => i.duty.source.line ?? 0);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    const p1 = await gql(ResponsibilitiesDocument, { document: keys.dongTrieu, first: 3 });
    const p2 = await gql(ResponsibilitiesDocument, { document: keys.dongTrieu, first: 3, after: p1.data!.responsibilities.pageInfo.endCursor });
    expect(p1.data!.responsibilities.pageInfo.hasNextPage).toBe(true);
    const id = (i: { agency: { key: string }; duty: { key: string }; role: string }) => `${i.agency.key}|${i.duty.key}|${i.role}`;
    expect([...p1.data!.responsibilities.items, ...p2.data!.responsibilities.items].map(id)).toEqual(all.data!.responsibilities.items.slice(0, 6).map(id));
  });

  it('refuses a page larger than 200 and a forged cursor', async () => {
    expect(codeOf(await gql(ResponsibilitiesDocument, { first: 201 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(ResponsibilitiesDocument, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });
});

describe('responsibilityMap', () => {
  it('Bỉm Sơn: agencies × duties, one role per duty column; the heading with three bodies gives each the duty', async () => {
    const r = await gql(ResponsibilityMapDocument, { document: keys.binhSon });
    expect(r.errors).toBeUndefined();
    const m = r.data!.responsibilityMap;
    expect(m.documents.map((d) => d.key)).toEqual([keys.binhSon]);
    expect(m.matrix).toHaveLength(m.agencies.length);
    for (const row of m.matrix) expect(row.roles).toHaveLength(m.duties.length);
    const names = m.agencies.map((a) => fold(a.name));
    for (const n of ['cong an thi xa bim son', 'ban chi huy quan su thi xa bim son', 'phong canh sat pccc so 3', 'doi quan ly thi truong so 5']) {
      expect(names.some((x) => x.includes(n)), n).toBe(true);
    }
    const ca = m.matrix.find((row) => row.agency.key === 'cong-an-thi-xa-bimr-sown.thanh-hoa')!;
    expect(ca.roles).toContain('LEAD');
    // "7. Phòng Văn hoá - Thông tin; Trung tâm văn hóa TDTT thị xã; Ban Quản lý di tích …" → line 102 for each
    const d102 = m.duties.find((d) => d.source.line === 102)!;
    expect(d102).toBeDefined();
    const carriers = m.cells.filter((c) => c.dutyKey === d102.key).map((c) => fold(m.agencies.find((a) => a.key === c.agencyKey)!.name));
    expect(carriers.some((n) => n.includes('van hoa') && n.includes('thong tin'))).toBe(true);
    expect(carriers.some((n) => n.includes('trung tam van hoa'))).toBe(true);
    expect(carriers.some((n) => n.includes('di tich'))).toBe(true);
    // graph view
    expect(m.nodes.filter((n) => n.kind === 'DUTY')).toHaveLength(m.duties.length);
    expect(m.edges.filter((e) => e.type === 'TASKED_WITH')).toHaveLength(m.cells.length);
    expect(m.edges.filter((e) => e.type === 'ASSIGNS' && e.source === keys.binhSon)).toHaveLength(m.duties.length);
  });

  it('with descendants: the plans below Chỉ thị 07 and their duties', async () => {
    const r = await gql(ResponsibilityMapDocument, { document: CT07, includeDescendants: true });
    const m = r.data!.responsibilityMap;
    expect(m.documents.map((d) => d.key)).toEqual(expect.arrayContaining([CT07, keys.kh250, keys.tayNinh]));
    expect(m.duties.length).toBeGreaterThan(0);
    expect(m.cells.every((c) => c.documentKey === keys.tayNinh)).toBe(true);
    expect(m.edges).toContainEqual({ source: keys.tayNinh, target: CT07, type: 'IMPLEMENTS', role: null });
  });

  it('an unknown document is NOT_FOUND', async () => {
    expect(codeOf(await gql(ResponsibilityMapDocument, { document: 'nobody/0/2000' }))).toBe('NOT_FOUND');
  });
});

type GapItem = ComplianceGapsQuery['complianceGaps']['items'][number];
async function gaps(vars: { scope?: string; asOf?: string; kinds?: GapItem['kind'][]; first?: number }): Promise<GapItem[]> {
  const r = await gql(ComplianceGapsDocument, { first: 200, ...vars });
  expect(r.errors).toBeUndefined();
  return r.data!.complianceGaps.items;
}

describe('complianceGaps', () => {
  it('Vĩnh Thủy\'s plan is a DRAFT_DOCUMENT with an UNRESOLVED_BASIS', async () => {
    const g = await gaps({ scope: keys.vinhThuy, asOf: AS_OF });
    const draft = g.find((x) => x.kind === 'DRAFT_DOCUMENT');
    expect(draft).toMatchObject({ document: { key: keys.vinhThuy, number: null } });
    const basis = g.find((x) => x.kind === 'UNRESOLVED_BASIS');
    expect(basis).toBeDefined();
    expect(fold(basis!.what)).toContain('cac van ban chi dao cua ban chi dao');
    expect(basis!.document.key).toBe(keys.vinhThuy);
    expect(g.every((x) => x.document.key === keys.vinhThuy)).toBe(true);
  });

  it('Bỉm Sơn\'s deadline of 30/6/2017 for the plans of the wards is overdue on 2026-11-22, and recording the fulfilment closes it', async () => {
    const before = await gaps({ scope: keys.binhSon, asOf: AS_OF, kinds: ['OVERDUE_DEADLINE', 'MISSING_DERIVED_PLAN'] });
    const overdue = before.find((x) => x.kind === 'OVERDUE_DEADLINE' && x.dueDate === '2017-06-30');
    expect(overdue, 'OVERDUE_DEADLINE due 2017-06-30').toMatchObject({ severity: 'ERROR', document: { key: keys.binhSon } });
    expect(overdue!.source.line).toBe(144);
    expect(overdue!.subjectKey).toBeTruthy();
    expect(before.some((x) => x.kind === 'MISSING_DERIVED_PLAN'), 'no ward or office plan is in the graph').toBe(true);

    // Without a token: refused, nothing written.
    const anon = await gql(RecordFulfilmentDocument, { input: { kind: 'DERIVED_PLAN_REGISTERED', deadlineKey: overdue!.subjectKey } });
    expect(codeOf(anon)).toBe('UNAUTHENTICATED');
    const reader = await gql(RecordFulfilmentDocument, { input: { kind: 'DERIVED_PLAN_REGISTERED', deadlineKey: overdue!.subjectKey } }, await token(['reader']));
    expect(codeOf(reader)).toBe('FORBIDDEN');
    expect((await gaps({ scope: keys.binhSon, asOf: AS_OF, kinds: ['OVERDUE_DEADLINE'] })).some((x) => x.subjectKey === overdue!.subjectKey)).toBe(true);

    const rec = await gql(
      RecordFulfilmentDocument,
      { input: { kind: 'DERIVED_PLAN_REGISTERED', deadlineKey: overdue!.subjectKey, agencyKey: 'cong-an-thi-xa-bimr-sown.thanh-hoa', note: 'plans of the wards received' } },
      await token(['editor']),
    );
    expect(rec.errors).toBeUndefined();
    expect(rec.data!.recordFulfilment).toMatchObject({ kind: 'DERIVED_PLAN_REGISTERED', occurrence: '2017-06-30', recordedBy: SUBJECT });
    expect(Number.isNaN(Date.parse(rec.data!.recordFulfilment.recordedAt))).toBe(false);

    const after = await gaps({ scope: keys.binhSon, asOf: AS_OF, kinds: ['OVERDUE_DEADLINE', 'MISSING_DERIVED_PLAN'] });
    expect(after.some((x) => x.subjectKey === overdue!.subjectKey)).toBe(false);
    expect(after.some((x) => x.kind === 'MISSING_DERIVED_PLAN')).toBe(false);
    // the yearly reports (05/11 and 15/11) stay overdue for their last occurrence before thị xã Bỉm
    // Sơn ceased on 30/6/2025 (district tier abolished): 2024, never 2025 or 2026
    expect(after.some((x) => x.kind === 'OVERDUE_DEADLINE' && x.dueDate === '2024-11-05')).toBe(true);
    expect(after.filter((x) => x.kind === 'OVERDUE_DEADLINE').every((x) => (x.dueDate ?? '') <= '2025-06-30')).toBe(true);
  });

  it('recordFulfilment checks what it is given', async () => {
    const editor = await token(['editor']);
    expect(codeOf(await gql(RecordFulfilmentDocument, { input: { kind: 'REPORT_SUBMITTED' } }, editor))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(RecordFulfilmentDocument, { input: { kind: 'REPORT_SUBMITTED', deadlineKey: 'no-such-deadline' } }, editor))).toBe('NOT_FOUND');
    expect(codeOf(await gql(RecordFulfilmentDocument, { input: { kind: 'DERIVED_PLAN_REGISTERED', planKey: 'no/such/plan' } }, editor))).toBe('NOT_FOUND');
    const broken = await gql(RecordFulfilmentDocument, { input: { kind: 'REPORT_SUBMITTED', deadlineKey: 'x' } }, 'not.a.jwt');
    expect(codeOf(broken)).toBe('UNAUTHENTICATED');
  });

  it('Đông Triều\'s quarterly report is overdue for its 13 September 2024 occurrence until that occurrence is recorded', async () => {
    const g = await gaps({ scope: keys.dongTrieu, asOf: '2024-11-22', kinds: ['OVERDUE_DEADLINE'] });
    const q = g.find((x) => x.dueDate === '2024-09-13');
    expect(q, 'latest quarterly occurrence before 2024-11-22').toBeDefined();
    const editor = await token(['editor']);
    // a recurring deadline needs the occurrence, and a real one
    expect(codeOf(await gql(RecordFulfilmentDocument, { input: { kind: 'REPORT_SUBMITTED', deadlineKey: q!.subjectKey } }, editor))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(RecordFulfilmentDocument, { input: { kind: 'REPORT_SUBMITTED', deadlineKey: q!.subjectKey, occurrence: '2024-09-14' } }, editor))).toBe('BAD_USER_INPUT');
    const rec = await gql(RecordFulfilmentDocument, { input: { kind: 'REPORT_SUBMITTED', deadlineKey: q!.subjectKey, occurrence: '2024-09-13' } }, editor);
    expect(rec.errors).toBeUndefined();
    const after = await gaps({ scope: keys.dongTrieu, asOf: '2024-11-22', kinds: ['OVERDUE_DEADLINE'] });
    expect(after.some((x) => x.subjectKey === q!.subjectKey)).toBe(false);
    // the next occurrence, once past, is overdue again
    const later = await gaps({ scope: keys.dongTrieu, asOf: '2024-12-20', kinds: ['OVERDUE_DEADLINE'] });
    expect(later.find((x) => x.subjectKey === q!.subjectKey)?.dueDate).toBe('2024-12-13');
    // thị xã Đông Triều ceased on 30/6/2025: in 2026 the last owed occurrence is 13 June 2025
    const y2026 = await gaps({ scope: keys.dongTrieu, asOf: AS_OF, kinds: ['OVERDUE_DEADLINE'] });
    expect(y2026.find((x) => x.subjectKey === q!.subjectKey)?.dueDate).toBe('2025-06-13');
  });

  it('the Tây Ninh plan rests on Thông tư 23/2012/TT-BCA, which Thông tư 124/2021/TT-BCA replaced: SUPERSEDED_BASIS', async () => {
    const g = await gaps({ scope: keys.tayNinh, kinds: ['SUPERSEDED_BASIS'] });
    const s = g.find((x) => x.subjectKey === TT23);
    expect(s).toMatchObject({ kind: 'SUPERSEDED_BASIS', document: { key: keys.tayNinh } });
    expect(s!.what).toContain('124/2021/TT-BCA');
    expect([21, 45]).toContain(s!.source.line);
  });

  it('Đông Triều cites Thông tư 124/2021/TT-BCA with two dates (28/02/2022, 28/12/2021): METADATA_CONFLICT', async () => {
    const g = await gaps({ scope: keys.dongTrieu, kinds: ['METADATA_CONFLICT'] });
    const c = g.find((x) => /124[/-]2021/.test(`${x.what} ${x.subjectKey ?? ''}`));
    expect(c, JSON.stringify(g)).toMatchObject({ document: { key: keys.dongTrieu } });
    expect(c!.what).toMatch(/2022-02-28|28\/0?2\/2022/);
    expect(c!.what).toMatch(/2021-12-28|28\/12\/2021/);
  });

  it('Bắc Ninh\'s duty whose agency heading was lost is an UNLED_DUTY and says so', async () => {
    const g = await gaps({ scope: BAC_NINH, kinds: ['UNLED_DUTY'] });
    // line 75 "Chủ trì, … quản lý, định hướng thông tin đối ngoại …": its heading (the foreign-affairs
    // department) is lost; Công an tỉnh is only named as a partner ("Phối hợp cùng Công an tỉnh").
    const lost = g.find((x) => x.source.line === 75);
    expect(lost).toMatchObject({ kind: 'UNLED_DUTY', severity: 'WARNING', document: { key: BAC_NINH } });
    expect(lost!.what).toContain('unattributed');
    // headings that survive give their duties a lead: "5. Sở Nông nghiệp và Môi trường / Chủ trì …" (line 79)
    expect(g.some((x) => x.source.line === 79)).toBe(false);
  });

  it('UNLED_DUTY never reports a duty a body owns (LEAD or RESPONSIBLE, conventions v2)', async () => {
    const g = await gaps({ kinds: ['UNLED_DUTY'] });
    // Bỉm Sơn line 148 "Công an thị xã chủ động phối hợp với các cơ quan, đơn vị liên quan xây dựng
    // phương án … trước ngày 20/11/2017": Công an thị xã's own dated task.
    expect(g.some((x) => x.document.key === keys.binhSon && x.source.line === 148)).toBe(false);
    // Tây Ninh line 57 "Công an tỉnh phối hợp, hướng dẫn cơ quan, doanh nghiệp, nhà trường …": its subject owns it.
    expect(g.some((x) => x.document.key === keys.tayNinh && x.source.line === 57)).toBe(false);
    // Vĩnh Thủy line 74 under "2. Ban Chỉ huy Quân sự xã": "Phối hợp với Công an xã trong công tác nắm
    // tình hình …": Công an xã is its implied lead.
    expect(g.some((x) => x.document.key === keys.vinhThuy && x.source.line === 74)).toBe(false);
    // and in the graph: no reported duty has an owning body, unless its heading was lost
    const owned = await db.read(async (tx) => {
      const r = await tx.run(
        `MATCH (g:Agency)-[t:TASKED_WITH]->(u:Duty) WHERE u.key IN $keys AND NOT u.unattributed AND t.role IN ['LEAD', 'RESPONSIBLE'] RETURN DISTINCT u.key AS k`,
        { keys: g.map((x) => x.subjectKey) },
      );
      return r.records.map((x) => x.get('k') as string);
    });
    expect(owned).toEqual([]);
    // Bắc Ninh line 75 lost its heading: still reported (nobody owns it)
    expect(g.some((x) => x.document.key === BAC_NINH && x.source.line === 75)).toBe(true);
  });

  it('a document scope takes in the plans below it; an administrative unit scope its documents', async () => {
    const below07 = await gaps({ scope: CT07, kinds: ['SUPERSEDED_BASIS'] });
    expect(below07.some((x) => x.document.key === keys.tayNinh && x.subjectKey === TT23)).toBe(true);
    const unit = await gaps({ scope: 'tinh-tay-ninh', kinds: ['SUPERSEDED_BASIS'] });
    expect(unit.some((x) => x.document.key === keys.tayNinh)).toBe(true);
    const r = await gql(ComplianceGapsDocument, { scope: 'nowhere-at-all' });
    expect(codeOf(r)).toBe('NOT_FOUND');
  });

  it('the whole graph, kinds filtered, paginated', async () => {
    const all = await gql(ComplianceGapsDocument, { asOf: AS_OF, kinds: ['DRAFT_DOCUMENT'], first: 200 });
    const drafts = all.data!.complianceGaps.items.map((x) => x.document.key);
    // no number: Bỉm Sơn, Vĩnh Thủy, Tây Ninh; no date: Bỉm Sơn, Vĩnh Thủy
    expect(drafts).toEqual(expect.arrayContaining([keys.binhSon, keys.vinhThuy, keys.tayNinh]));
    expect(drafts).not.toContain(BAC_NINH);
    expect(drafts).not.toContain(keys.dongTrieu);
    const p1 = await gql(ComplianceGapsDocument, { asOf: AS_OF, first: 5 });
    const p2 = await gql(ComplianceGapsDocument, { asOf: AS_OF, first: 5, after: p1.data!.complianceGaps.pageInfo.endCursor });
    expect(p1.data!.complianceGaps.totalCount).toBeGreaterThan(10);
    expect(p1.data!.complianceGaps.items).toHaveLength(5);
    const id = (x: GapItem) => `${x.kind}|${x.document.key}|${x.subjectKey}|${x.source.line}|${x.what}`;
    expect(p2.data!.complianceGaps.items.map(id).some((k) => p1.data!.complianceGaps.items.map(id).includes(k))).toBe(false);
  });
});

describe('deadlines calendar', () => {
  it('Đông Triều\'s quarterly report has an occurrence on 13 December 2024', async () => {
    const r = await gql(DeadlinesDocument, { from: '2024-12-01', to: '2024-12-31' });
    expect(r.errors).toBeUndefined();
    const occ = r.data!.deadlines.items.find((o) => o.document.key === keys.dongTrieu && o.deadline.frequency === 'QUARTERLY');
    expect(occ).toMatchObject({ date: '2024-12-13', dayInferred: false, fulfilled: false, deadline: { kind: 'RECURRING', day: 13, monthOfPeriod: 'LAST', action: 'REPORT' } });
    expect(occ!.deadline.source.line).toBe(106);
    expect(fold(occ!.deadline.recipientText ?? '')).toContain('ban chi dao 05');
    const dates = r.data!.deadlines.items.map((o) => o.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('in 2026 it is absent, and the answer says why: thị xã Đông Triều ceased on 30/6/2025', async () => {
    const r = await gql(DeadlinesDocument, { from: '2026-12-01', to: '2026-12-31', jurisdiction: 'Đông Triều' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.deadlines.items.some((o) => o.document.key === keys.dongTrieu)).toBe(false);
    const why = r.data!.deadlines.stopped.find((s) => s.document.key === keys.dongTrieu && s.deadline.frequency === 'QUARTERLY');
    expect(why).toMatchObject({ endsOn: '2025-06-30', reason: 'UNIT_DISSOLVED' });
  });

  it('a yearly report without a day falls on 31/12, marked inferred (Tây Ninh, "hàng năm", line 79); its 2020–2025 period ends it', async () => {
    const r = await gql(DeadlinesDocument, { from: '2024-12-01', to: '2024-12-31', jurisdiction: 'Tây Ninh' });
    expect(r.errors).toBeUndefined();
    const yearly = r.data!.deadlines.items.filter((o) => o.document.key === keys.tayNinh && o.deadline.frequency === 'YEARLY');
    expect(yearly.length).toBeGreaterThan(0);
    expect(yearly.every((o) => o.date === '2024-12-31' && o.dayInferred)).toBe(true);
    const y2026 = await gql(DeadlinesDocument, { from: '2026-01-01', to: '2026-12-31', jurisdiction: 'Tây Ninh' });
    expect(y2026.data!.deadlines.items.some((o) => o.document.key === keys.tayNinh)).toBe(false);
    expect(y2026.data!.deadlines.stopped.filter((s) => s.document.key === keys.tayNinh).every((s) => s.endsOn === '2025-12-31' && s.reason === 'PLAN_PERIOD_END')).toBe(true);
    expect(y2026.data!.deadlines.stopped.some((s) => s.document.key === keys.tayNinh)).toBe(true);
  });

  it('narrows by jurisdiction and by agency', async () => {
    const dt = await gql(DeadlinesDocument, { from: '2024-12-01', to: '2024-12-31', jurisdiction: 'Đông Triều' });
    expect(dt.data!.deadlines.items.some((o) => o.date === '2024-12-13')).toBe(true);
    expect(dt.data!.deadlines.items.every((o) => o.document.key === keys.dongTrieu)).toBe(true);
    const bn = await gql(DeadlinesDocument, { from: '2024-12-01', to: '2024-12-31', jurisdiction: 'bac ninh' });
    expect(bn.data!.deadlines.items.some((o) => o.document.key === keys.dongTrieu)).toBe(false);
    const bs = await gql(DeadlinesDocument, { from: '2024-11-01', to: '2024-11-30', jurisdiction: 'thi-xa-bim-son' }); // a unit key of earlier versions still works
    expect(bs.data!.deadlines.items.map((o) => o.date)).toEqual(expect.arrayContaining(['2024-11-05', '2024-11-15']));
  });

  it('Bỉm Sơn\'s absolute deadlines of 2017, with their agencies', async () => {
    const r = await gql(DeadlinesDocument, { from: '2017-06-01', to: '2017-12-31', jurisdiction: 'Bỉm Sơn' });
    const dates = r.data!.deadlines.items.map((o) => o.date);
    expect(dates).toEqual(expect.arrayContaining(['2017-06-30', '2017-11-20', '2017-11-25', '2017-12-05']));
    const plans = r.data!.deadlines.items.find((o) => o.date === '2017-06-30')!;
    expect(plans.deadline.action).toBe('ISSUE_PLAN');
    expect(plans.agencies.length).toBeGreaterThan(0);
  });

  it('marks a recorded occurrence fulfilled', async () => {
    const r = await gql(DeadlinesDocument, { from: '2024-09-01', to: '2024-09-30', jurisdiction: 'Đông Triều' });
    const sep = r.data!.deadlines.items.find((o) => o.date === '2024-09-13')!;
    expect(sep.fulfilled).toBe(true); // recorded in the complianceGaps test above
  });

  it('refuses a range longer than five years or reversed', async () => {
    expect(codeOf(await gql(DeadlinesDocument, { from: '2020-01-01', to: '2026-01-01' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(DeadlinesDocument, { from: '2026-02-01', to: '2026-01-01' }))).toBe('BAD_USER_INPUT');
  });
});

describe('search', () => {
  it('"chi thi 07" finds Chỉ thị 07/CT-BCA-V28', async () => {
    const r = await gql(SearchDocument, { text: 'chi thi 07' });
    expect(r.errors).toBeUndefined();
    const hits = r.data!.search;
    const firstDoc = hits.find((h) => h.kind === 'DOCUMENT');
    expect(firstDoc).toMatchObject({ key: CT07 });
    expect(firstDoc!.label).toContain('07/CT-BCA-V28');
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('"cong an thi xa bim son" finds the agency', async () => {
    const r = await gql(SearchDocument, { text: 'cong an thi xa bim son', first: 10 });
    expect(r.data!.search.find((h) => h.kind === 'AGENCY')).toMatchObject({ key: 'cong-an-thi-xa-bimr-sown.thanh-hoa', label: 'Công an thị xã Bỉm Sơn' });
  });

  it('finds duties with their source', async () => {
    const r = await gql(SearchDocument, { text: 'doan kiem tra lien nganh 389' });
    const duty = r.data!.search.find((h) => h.kind === 'DUTY');
    expect(duty?.source).toMatchObject({ documentKey: keys.binhSon, line: 116 });
  });

  it('Lucene syntax in the text is inert; limits are enforced', async () => {
    const r = await gql(SearchDocument, { text: '") OR *:* OR (" cong an' });
    expect(r.errors).toBeUndefined();
    expect(codeOf(await gql(SearchDocument, { text: 'cong an', first: 51 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(SearchDocument, { text: '*** ///' }))).toBe('BAD_USER_INPUT');
  });
});
