/**
 * Foundation (issue 2) against the real Neo4j: health, offline IDE, DateTime via APOC,
 * @authentication/@authorization on generated mutations, query limits, database outage and recovery.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { createApp, type App } from '../../src/server/app.js';
import { connectDatabase, type Database } from '../../src/db/driver.js';
import { CreateFulfilmentDocument, DocumentByKeyDocument, DocumentsPageDocument } from '../../src/generated/graphql.js';
import { client, listen } from './http.js';
import { testConfig, testDb } from './helpers.js';

const SECRET = 'test-secret-test-secret-0123456789';
const token = (roles: string[]) =>
  new SignJWT({ roles }).setProtectedHeader({ alg: 'HS256' }).setSubject('tester').setIssuedAt().setExpirationTime('10m').sign(new TextEncoder().encode(SECRET));

let db: Database;
let app: App;
let base: string;
let gql: ReturnType<typeof client>;

beforeAll(async () => {
  db = await testDb();
  app = await createApp(testConfig(), db);
  base = await listen(app);
  gql = client(base);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('HTTP surface', () => {
  it('/health is 200 when the database answers', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('serves GraphiQL at /graphql to a browser, with no external script, style or font', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('GraphiQL');
    // every <script src>, <link href> and CSS url() must be inline (data:/blob:) or relative
    const external = [...html.matchAll(/(?:src|href)\s*=\s*["'](https?:)?\/\/[^"']+["']/gi)].map((m) => m[0]);
    expect(external).toEqual([]);
    expect(html).not.toMatch(/@import\s+url\(\s*["']?https?:/i);
  });

  it('rejects a malformed JSON body with a clear 400', async () => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('generated read API', () => {
  it('reads a DateTime field (needs APOC in the embedded Neo4j) and the issuer of a seed document', async () => {
    const r = await gql(DocumentByKeyDocument, { key: 'ubnd-tinh-bac-ninh/14-kh-ubnd/2025' });
    expect(r.errors).toBeUndefined();
    const d = r.data!.document!;
    expect(d.number).toBe('14/KH-UBND');
    expect(d.issuedOn).toBe('2025-08-05');
    expect(d.stub).toBe(false);
    expect(Number.isNaN(Date.parse(d.ingestedAt!))).toBe(false);
    expect(d.issuer.map((i) => i.name)).toEqual(['UBND tỉnh Bắc Ninh']);
  });

  it('paginates with cursors', async () => {
    const p1 = await gql(DocumentsPageDocument, { first: 2 });
    expect(p1.errors).toBeUndefined();
    const c = p1.data!.documentsConnection;
    expect(c.edges).toHaveLength(2);
    expect(c.pageInfo.hasNextPage).toBe(true);
    expect(c.totalCount).toBeGreaterThan(5);
    const p2 = await gql(DocumentsPageDocument, { first: 2, after: c.pageInfo.endCursor });
    const keys1 = c.edges.map((e) => e.node.key);
    const keys2 = p2.data!.documentsConnection.edges.map((e) => e.node.key);
    expect(keys2.some((k) => keys1.includes(k))).toBe(false);
    expect(keys2[0]! > keys1[1]!).toBe(true);
  });
});

describe('mutations are closed to anonymous callers; @authorization needs the editor role', () => {
  const input = [{ kind: 'REPORT_SUBMITTED' as const, note: 'auth test' }];

  it('refuses a generated mutation without a token', async () => {
    const r = await gql(CreateFulfilmentDocument, { input });
    expect(r.data?.createFulfilments ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token without the editor role (apoc.util.validatePredicate runs in Neo4j)', async () => {
    const r = await gql(CreateFulfilmentDocument, { input }, await token(['reader']));
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const left = await db.read((tx) => tx.run("MATCH (f:Fulfilment {note: 'auth test'}) RETURN count(f) AS n"));
    expect(left.records[0]!.get('n')).toBe(0);
  });

  it('accepts the editor role, and the @timestamp DateTime comes back', async () => {
    try {
      const r = await gql(CreateFulfilmentDocument, { input }, await token(['editor']));
      expect(r.errors).toBeUndefined();
      expect(r.data!.createFulfilments.fulfilments[0]!.note).toBe('auth test');
      expect(Number.isNaN(Date.parse(r.data!.createFulfilments.fulfilments[0]!.recordedAt))).toBe(false);
    } finally {
      await db.write((tx) => tx.run("MATCH (f:Fulfilment {note: 'auth test'}) DETACH DELETE f"));
    }
  });
});

describe('query limits', () => {
  it('refuses a query deeper than MAX_QUERY_DEPTH', async () => {
    let q = '{ documents(limit: 1) { key ';
    for (let i = 0; i < 20; i++) q += 'implements(limit: 1) { key ';
    q += '}'.repeat(20) + ' } }';
    const r = await gql(q);
    expect(r.errors?.[0]?.message).toMatch(/depth/i);
    expect(r.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a query whose estimated cost is over MAX_QUERY_COST', async () => {
    const q = '{ documents(limit: 200) { key cites(limit: 200) { key citedBy(limit: 200) { key } } } }';
    const r = await gql(q);
    expect(r.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('caps list sizes with @limit (max 200)', async () => {
    const r = await gql<{ agencies: unknown[] }, Record<string, never>>('{ agencies(limit: 1000) { key } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.agencies.length).toBeLessThanOrEqual(200);
  });
});

describe('database outage', () => {
  /** A TCP proxy in front of the real Bolt port that we can cut and restore. */
  function boltProxy(target: URL) {
    let sockets: Socket[] = [];
    let server: Server | null = null;
    const port = { value: 0 };
    const open = () =>
      new Promise<void>((resolve) => {
        server = createServer((c) => {
          const up = connect(Number(target.port), target.hostname);
          sockets.push(c, up);
          c.pipe(up).pipe(c);
          c.on('error', () => up.destroy());
          up.on('error', () => c.destroy());
        });
        server.listen(port.value, '127.0.0.1', () => {
          port.value = (server!.address() as { port: number }).port;
          resolve();
        });
      });
    const cut = () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        sockets = [];
        server!.close(() => resolve());
      });
    return { open, cut, port };
  }

  it('health says 503 and GraphQL answers DATABASE_UNAVAILABLE quickly, then both recover', async () => {
    const target = new URL(testConfig().NEO4J_URI!.replace(/^neo4j/, 'bolt'));
    const proxy = boltProxy(target);
    await proxy.open();
    const cfg = testConfig({ NEO4J_URI: `bolt://127.0.0.1:${proxy.port.value}` });
    const pdb = await connectDatabase(cfg);
    const papp = await createApp(cfg, pdb);
    const pbase = await listen(papp);
    const pgql = client(pbase);
    try {
      expect((await fetch(`${pbase}/health`)).status).toBe(200);
      await proxy.cut();
      expect((await fetch(`${pbase}/health`)).status).toBe(503);
      const t0 = Date.now();
      const r = await pgql(DocumentByKeyDocument, { key: 'ubnd-tinh-bac-ninh/14-kh-ubnd/2025' });
      expect(Date.now() - t0).toBeLessThan(20_000);
      expect(r.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      await proxy.open(); // same port again
      let ok = false;
      for (let i = 0; i < 20 && !ok; i++) {
        ok = (await fetch(`${pbase}/health`)).status === 200;
        if (!ok) await new Promise((r) => setTimeout(r, 500));
      }
      expect(ok).toBe(true);
      const again = await pgql(DocumentByKeyDocument, { key: 'ubnd-tinh-bac-ninh/14-kh-ubnd/2025' });
      expect(again.errors).toBeUndefined();
      expect(again.data!.document!.number).toBe('14/KH-UBND');
    } finally {
      await papp.close();
      await pdb.close();
      await proxy.cut().catch(() => undefined);
    }
  });
});
