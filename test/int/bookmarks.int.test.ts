/**
 * Several API processes against one Neo4j (issue 8): a client that wrote through one process and
 * reads through another sees its write. Each process has its own driver and bookmark manager (two
 * connectDatabase calls here, as two processes would); a response carries the `neo4j-bookmarks` of
 * the writes its process knows, and a request that brings them is answered only once the database
 * holds those writes — by the hand-written resolvers and by the generated API alike. On one server
 * a read would see the write anyway; that the bookmarks reach the database is shown by one it did
 * not issue, which it refuses.
 */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/driver.js';
import { createApp, type App } from '../../src/server/app.js';
import { testConfig, testDb } from './helpers.js';
import { listen } from './http.js';

const SUBJECT = 'bookmarks-int-test';
const SECRET = testConfig().JWT_SECRET!;
const editor = () =>
  new SignJWT({ roles: ['editor'] }).setProtectedHeader({ alg: 'HS256' }).setSubject(SUBJECT).setIssuedAt().setExpirationTime('10m').sign(new TextEncoder().encode(SECRET));

let dbA: Database, dbB: Database, appA: App, appB: App, urlA: string, urlB: string;
beforeAll(async () => {
  [dbA, dbB] = [await testDb(), await testDb()];
  appA = await createApp(testConfig(), dbA);
  appB = await createApp(testConfig(), dbB);
  [urlA, urlB] = [await listen(appA), await listen(appB)];
});
afterAll(async () => {
  await dbA?.write((tx) => tx.run('MATCH (f:Fulfilment {recordedBy: $s}) DETACH DELETE f', { s: SUBJECT }));
  await appA?.close();
  await appB?.close();
  await dbA?.close();
  await dbB?.close();
});

async function post(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return { status: res.status, bookmarks: res.headers.get('neo4j-bookmarks'), ...body };
}

const FULFILMENTS = `query($s: String!) { fulfilments(where: { recordedBy: { eq: $s } }) { kind note } }`;

describe('two API processes', () => {
  let bookmarks: string;

  it('a write through one process returns the bookmarks another needs, and a read through the other with them sees it', async () => {
    const dl = await dbA.read((tx) => tx.run("MATCH (d:Deadline {kind: 'ABSOLUTE'}) RETURN d.key AS k ORDER BY d.key LIMIT 1"));
    const deadlineKey = dl.records[0]!.get('k') as string;
    const w = await post(
      urlA,
      'mutation($i: RecordFulfilmentInput!) { recordFulfilment(input: $i) { kind } }',
      { i: { kind: 'REPORT_SUBMITTED', deadlineKey, note: 'written through process A' } },
      { authorization: `Bearer ${await editor()}` },
    );
    expect(w.errors).toBeUndefined();
    expect(w.bookmarks, 'the response names the write').toBeTruthy();
    bookmarks = w.bookmarks!;
    const r = await post(urlB, FULFILMENTS, { s: SUBJECT }, { 'neo4j-bookmarks': bookmarks });
    expect(r.errors).toBeUndefined();
    expect(r.data!.fulfilments).toEqual([{ kind: 'REPORT_SUBMITTED', note: 'written through process A' }]);
  });

  it('a bookmark the database did not issue is refused as the caller\'s error, by the generated API and the custom queries', async () => {
    // the same shape as a real one (Neo4j 5: "FB:" + base64 of the database id and the transaction
    // id), its last bytes replaced: well-formed for the header, not a bookmark for the database
    const real = bookmarks.split(',')[0]!.trim();
    const forged = `${real.slice(0, -4)}zzz=`;
    expect(forged).not.toBe(real);
    for (const query of [FULFILMENTS, 'query($s: String!) { search(text: $s) { key } }']) {
      const r = await post(urlB, query, { s: SUBJECT }, { 'neo4j-bookmarks': forged });
      expect({ query, code: r.errors?.[0]?.extensions?.code }).toEqual({ query, code: 'BAD_USER_INPUT' });
      expect(r.errors![0]!.message).toContain('neo4j-bookmarks');
    }
  });

  it('a request of several generated root fields with bookmarks answers them all (they run side by side)', async () => {
    const r = await post(urlB, '{ a: documents(limit: 2) { key } b: agencies(limit: 2) { key } c: fulfilments(limit: 1) { kind } }', {}, { 'neo4j-bookmarks': bookmarks });
    expect(r.errors).toBeUndefined();
    expect([r.data!.a, r.data!.b].map((x) => (x as unknown[]).length)).toEqual([2, 2]);
  });

  it('a header that is not a list of bookmarks is a 400 naming the header', async () => {
    const r = await post(urlB, FULFILMENTS, { s: SUBJECT }, { 'neo4j-bookmarks': 'FB:abc; DROP' });
    expect(r.status).toBe(400);
    expect(r.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(r.errors![0]!.message).toContain('neo4j-bookmarks');
  });
});
