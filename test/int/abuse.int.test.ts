/**
 * The API attacked over HTTP, on a real server and the real (embedded) Neo4j with the seed graph:
 * the requests of issue 10 that used to stall the service, leak Cypher or escape the limits. Every
 * abusive request must be refused with a 4xx and a code before any Cypher runs, and the service
 * must keep answering afterwards. No timing assertions: speed is measured by bench scripts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery, type GraphQLObjectType } from 'graphql';
import { createApp, type App } from '../../src/server/app.js';
import type { Database } from '../../src/db/driver.js';
import { buildSchema, readTypeDefs } from '../../src/server/schema.js';
import { customRootFields } from '../../src/server/limits.js';
import { client, listen } from './http.js';
import { testConfig, testDb } from './helpers.js';

let db: Database;
let app: App;
let base: string;
let gql: ReturnType<typeof client>;
let schema: Awaited<ReturnType<typeof buildSchema>>;

beforeAll(async () => {
  schema = await buildSchema({ jwtSecret: 'x'.repeat(32) });
  db = await testDb();
  app = await createApp(testConfig(), db);
  base = await listen(app);
  gql = client(base);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

// Structural (the library's schema may come from graphql's other build under vitest).
const getNamedType = (t: unknown): { name: string } => {
  let x = t as { ofType?: unknown; name: string };
  while (x.ofType) x = x.ofType as typeof x;
  return x;
};
const isObjectType = (t: unknown): t is GraphQLObjectType => Object.prototype.toString.call(t) === '[object GraphQLObjectType]';

const code = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => r.errors?.[0]?.extensions?.code;

/** `{ agencies(limit: 200) { duties { agencies { duties … } } } }`: relationship fields without `limit`. */
function nestedWithoutLimit(levels: number): string {
  let q = '{ agencies(limit: 200) { key ';
  for (let i = 0; i < levels; i++) q += i % 2 === 0 ? 'duties { key ' : 'agencies { key ';
  return q + '}'.repeat(levels) + ' } }';
}

function nestedWhere(op: 'AND' | 'OR', levels: number): Record<string, unknown> {
  let w: Record<string, unknown> = { key: { eq: 'x' } };
  for (let i = 0; i < levels; i++) w = { [op]: [w] };
  return w;
}

describe('cost: what the server will really fetch', () => {
  it('refuses relationship fields without limit nested 9 deep (each costs its default page of 50) with 400 and the numbers', async () => {
    const r = await gql(nestedWithoutLimit(9));
    expect(r.status).toBe(400);
    expect(code(r)).toBe('QUERY_TOO_COMPLEX');
    expect(r.data ?? null).toBeNull();
    const ext = r.errors![0]!.extensions!;
    expect(ext.cost as number).toBeGreaterThan(ext.maxCost as number);
    expect(r.errors![0]!.message).toMatch(/cost \d+ exceeds the limit of \d+/);
  });

  it('counts one relationship field without limit as a full page: 200 agencies × 50 duties × 50 agencies is refused', async () => {
    const r = await gql('{ agencies(limit: 200) { key duties { key agencies { key } } } }');
    expect(r.status).toBe(400);
    expect(code(r)).toBe('QUERY_TOO_COMPLEX');
  });

  it('an operation named IntrospectionQuery that reads data is costed like any other', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operationName: 'IntrospectionQuery', query: `query IntrospectionQuery ${nestedWithoutLimit(5)}` }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    expect(res.status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.data ?? null).toBeNull();
  });

  it('accepts the standard introspection query (introspection is on in development)', async () => {
    const r = await gql<{ __schema: { types: Array<{ name: string }> } }, Record<string, never>>(getIntrospectionQuery());
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    expect(r.data!.__schema.types.map((t) => t.name)).toContain('Document');
  });

  it('refuses ten copies of a full introspection in one request (introspection costs what it returns)', async () => {
    const one =
      '__schema { types { name description fields { name description isDeprecated deprecationReason args { name description defaultValue type { name kind ofType { name kind } } } ' +
      'type { name kind ofType { name kind ofType { name } } } } inputFields { name description defaultValue type { name kind ofType { name kind } } } enumValues { name description } interfaces { name } possibleTypes { name } } }';
    const single = await gql(`{ ${one} }`);
    expect(single.status).toBe(200);
    const r = await gql(`{ ${Array.from({ length: 10 }, (_, i) => `a${i}: ${one}`).join(' ')} }`);
    expect(r.status).toBe(400);
    expect(code(r)).toBe('QUERY_TOO_COMPLEX');
  });

  it('accepts a query selecting every field of one default page of each custom query', async () => {
    const query = schema.getQueryType()!;
    const all = (t: GraphQLObjectType, seen: string[]): string =>
      '{ ' +
      Object.values(t.getFields())
        .map((f) => {
          const n = getNamedType(f.type);
          if (!isObjectType(n)) return f.name;
          return seen.includes(n.name) ? '' : `${f.name} ${all(n, [...seen, t.name])}`;
        })
        .join(' ') +
      ' }';
    const args: Record<string, string> = {
      documentsByNumber: '(number: "14/KH-UBND")',
      lineage: '(document: "bo-cong-an/07-ct-bca-v28/2014")',
      responsibilityMap: '(document: "ubnd-xa-vinhx-thuyr/kh-trien-khai-cong-tac-phong-chong-khung-bo/2026")',
      deadlines: '(from: "2026-01-01", to: "2026-12-31")',
      search: '(text: "cong an")',
      sourceText: '(document: "ubnd-tinh-bac-ninh/14-kh-ubnd/2025")',
    };
    const custom = [...customRootFields(readTypeDefs())].filter((f) => query.getFields()[f]);
    expect(custom).toEqual(expect.arrayContaining(['lineage', 'responsibilities', 'responsibilityMap', 'complianceGaps', 'deadlines', 'search', 'documentsByNumber']));
    for (const f of custom) {
      const r = await gql(`{ ${f}${args[f] ?? ''} ${all(getNamedType(query.getFields()[f]!.type) as GraphQLObjectType, [])} }`);
      // Accepted by the limits. (complianceGaps over the whole graph may still run into the
      // transaction timeout on a busy machine: that is a separate, known slowness, not a refusal.)
      expect({ f, status: r.status }).toEqual({ f, status: 200 });
      expect((r.errors ?? []).filter((e) => e.extensions?.code !== 'QUERY_TIMEOUT')).toEqual([]);
      if (f !== 'complianceGaps') expect({ f, errors: r.errors }).toEqual({ f, errors: undefined });
      if (['responsibilities', 'deadlines'].includes(f)) {
        const max = await gql(`{ ${f}${(args[f] ?? '()').replace(/\)$/, `${args[f] ? ', ' : ''}first: 200)`)} ${all(getNamedType(query.getFields()[f]!.type) as GraphQLObjectType, [])} }`);
        expect({ f, max: true, status: max.status, errors: max.errors }).toEqual({ f, max: true, status: 200, errors: undefined });
      }
    }
  });

  it('accepts a generated list of 200 documents with their scalar fields', async () => {
    const r = await gql<{ documents: unknown[] }, Record<string, never>>('{ documents(limit: 200) { key kind number issuedOn year title level stub draft } }');
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
    expect(r.data!.documents.length).toBeGreaterThan(5);
  });
});

describe('input bounds: nested filters and variables', () => {
  for (const [op, levels] of [['AND', 1000], ['OR', 800], ['OR', 60]] as const) {
    it(`refuses ${op} nested ${levels} levels in a variable with 400, not a stack overflow or a hang`, async () => {
      const r = await gql('query Q($w: DocumentWhere) { documents(where: $w, limit: 1) { key } }', { w: nestedWhere(op, levels) });
      expect(r.status).toBe(400);
      expect(code(r)).toBe('QUERY_TOO_COMPLEX');
      expect(r.errors![0]!.extensions!.maxInputDepth).toBe(20);
      expect(r.errors![0]!.message).not.toMatch(/call stack/i);
    });
  }

  it('refuses the same nesting written inline in the query', async () => {
    const w = JSON.stringify(nestedWhere('AND', 200)).replace(/"(\w+)":/g, '$1:');
    const r = await gql(`{ documents(where: ${w}, limit: 1) { key } }`);
    expect(r.status).toBe(400);
    expect(code(r)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a variable with too many values', async () => {
    const r = await gql('query Q($w: DocumentWhere) { documents(where: $w, limit: 1) { key } }', { w: { key: { in: Array.from({ length: 5000 }, (_, i) => `k${i}`) } } });
    expect(r.status).toBe(400);
    expect(code(r)).toBe('QUERY_TOO_COMPLEX');
    expect(r.errors![0]!.extensions!.maxInputSize).toBe(2000);
  });

  it('accepts an ordinary nested filter through a relationship', async () => {
    const r = await gql<{ documents: Array<{ key: string }> }, { w: unknown }>('query Q($w: DocumentWhere) { documents(where: $w, limit: 5) { key } }', {
      w: { AND: [{ stub: { eq: false } }, { issuer: { some: { name: { contains: 'Bắc Ninh' } } } }] },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.documents.map((d) => d.key)).toContain('ubnd-tinh-bac-ninh/14-kh-ubnd/2025');
  });

  it('still answers /health and a cheap query after a burst of abusive requests', async () => {
    await Promise.all(
      Array.from({ length: 20 }, () => gql('query Q($w: DocumentWhere) { documents(where: $w, limit: 1) { key } }', { w: nestedWhere('OR', 700) })),
    );
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const r = await gql<{ documents: unknown[] }, Record<string, never>>('{ documents(limit: 1) { key } }');
    expect(r.errors).toBeUndefined();
  });
});

describe('status codes and messages', () => {
  it('limit:-1 and offset:-5 are a clean BAD_USER_INPUT with no Cypher text', async () => {
    for (const q of ['{ documents(limit: -1) { key } }', '{ documents(offset: -5, limit: 1) { key } }', '{ documentsConnection(first: -3) { totalCount } }']) {
      const r = await gql(q);
      expect({ q, status: r.status, code: code(r) }).toEqual({ q, status: 400, code: 'BAD_USER_INPUT' });
      expect(r.errors![0]!.message).not.toMatch(/cypher|LIMIT|SKIP|Neo4j|Neo\./);
    }
  });

  it('a date that is not a date is the caller\'s error (400), inline or as a variable, custom or generated', async () => {
    const cases: Array<[string, Record<string, unknown> | undefined]> = [
      ['{ complianceGaps(asOf: "abc") { totalCount } }', undefined],
      ['query Q($d: Date!) { deadlines(from: $d, to: "2026-12-31") { totalCount } }', { d: 'abc' }],
      ['{ documents(where: { issuedOn: { eq: "2025-13-01" } }) { key } }', undefined],
    ];
    for (const [q, v] of cases) {
      const r = await gql(q, v);
      expect({ q, status: r.status }).toEqual({ q, status: 400 });
      expect(r.errors![0]!.message).toMatch(/YYYY-MM-DD/);
      expect(r.errors![0]!.message).not.toMatch(/TypeError|at \w+ \(/);
    }
  });

  it('refuses impossible calendar dates instead of rolling them over (2026-02-31 is not 2026-03-03)', async () => {
    for (const d of ['2026-02-31', '2025-02-29', '2026-04-31']) {
      const r = await gql('query Q($d: Date!) { deadlines(from: $d, to: "2026-12-31") { totalCount } }', { d });
      expect({ d, status: r.status }).toEqual({ d, status: 400 });
    }
    const leap = await gql('query Q($d: Date!) { deadlines(from: $d, to: "2028-12-31") { totalCount } }', { d: '2028-02-29' });
    expect(leap.errors).toBeUndefined();
  });

  it('the token limit is a 400 QUERY_TOO_COMPLEX, not a 500', async () => {
    const q = `{ ${Array.from({ length: 1500 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const r = await gql(q);
    expect(r.status).toBe(400);
    expect(code(r)).toBe('QUERY_TOO_COMPLEX');
  });

  it('PUBLIC_READS=false: a request without a token is a 401 UNAUTHENTICATED', async () => {
    const closed = await createApp(testConfig({ PUBLIC_READS: 'false' }), db);
    try {
      const r = await client(await listen(closed))('{ documents(limit: 1) { key } }');
      expect(r.status).toBe(401);
      expect(code(r)).toBe('UNAUTHENTICATED');
    } finally {
      await closed.close();
    }
  });
});

describe('a per-request transaction timeout reaches the generated API', () => {
  it('a generated query that runs past TX_TIMEOUT_MS is stopped with QUERY_TIMEOUT (the cost limit raised so it runs)', async () => {
    // Without the timeout in the library's transactions this query runs for seconds and answers.
    const shortApp = await createApp(testConfig({ TX_TIMEOUT_MS: '100', MAX_QUERY_COST: '9000000000000000', MAX_QUERY_DEPTH: '20' }), db);
    try {
      // Neo4j checks timeouts every ~2 s: the query must run well past that whatever the machine. Six
      // levels ran ~16 s on a busy machine but finished inside 2 s on a quiet one (the timeout was
      // then never checked); eight levels multiply the work by the fan-out of two more levels (pages
      // of 30 keep the cost estimate, 200 × 30⁸, under the highest limit a config accepts).
      let q = '{ agencies(limit: 200) { key ';
      for (let i = 0; i < 8; i++) q += i % 2 === 0 ? 'duties(limit: 30) { key ' : 'agencies(limit: 30) { key ';
      q += '}'.repeat(8) + ' } }';
      const r = await client(await listen(shortApp))(q);
      expect({ errors: r.errors, answered: r.data != null }).toMatchObject({ errors: [{ extensions: { code: 'QUERY_TIMEOUT' } }] });
      expect(r.errors![0]!.message).not.toMatch(/Neo4j|Neo\.|MATCH/);
    } finally {
      await shortApp.close();
    }
  });
});

describe('tokens, roles, recordedBy and the audit trail', () => {
  const SECRET = new TextEncoder().encode('test-secret-test-secret-0123456789');
  const sign = async (claims: Record<string, unknown>, opts: { sub?: string; exp?: string | number | null; iat?: number } = {}) => {
    const { SignJWT } = await import('jose');
    let j = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' });
    if (opts.sub !== undefined) j = j.setSubject(opts.sub);
    j = opts.iat !== undefined ? j.setIssuedAt(opts.iat) : j.setIssuedAt();
    if (opts.exp !== null) j = j.setExpirationTime(opts.exp ?? '10m');
    return j.sign(SECRET);
  };
  const create = 'mutation C($input: [FulfilmentCreateInput!]!) { createFulfilments(input: $input) { fulfilments { key note recordedBy } } }';

  it('refuses roles given as a string, even one containing "editor"', async () => {
    const t = await sign({ roles: 'not-an-editor' }, { sub: 'mallory' });
    const r = await gql(create, { input: [{ kind: 'REPORT_SUBMITTED', note: 'substring roles' }] }, t);
    expect(r.status).toBe(401);
    expect(code(r)).toBe('UNAUTHENTICATED');
    expect(r.errors![0]!.message).toMatch(/roles/);
    const left = await db.read((tx) => tx.run("MATCH (f:Fulfilment {note: 'substring roles'}) RETURN count(f) AS n"));
    expect(left.records[0]!.get('n')).toBe(0);
  });

  it('refuses unknown roles, a token without exp, and one that lives longer than the maximum', async () => {
    const cases = [
      await sign({ roles: ['editor', 'root'] }, { sub: 'mallory' }),
      await sign({ roles: ['editor'] }, { sub: 'mallory', exp: null }),
      await sign({ roles: ['editor'] }, { sub: 'mallory', exp: '400d' }),
      await sign({ roles: ['editor'] }, {}), // no subject: nobody to record
    ];
    for (const t of cases) {
      const r = await gql('{ documents(limit: 1) { key } }', undefined, t);
      expect(r.status).toBe(401);
      expect(code(r)).toBe('UNAUTHENTICATED');
    }
  });

  it('recordedBy is always the token subject, whatever the input says; a note has a bound; both mutations are audited', async () => {
    const t = await sign({ roles: ['editor'] }, { sub: 'alice' });
    // recordedBy is not even part of the input any more
    const forged = await gql(create, { input: [{ kind: 'REPORT_SUBMITTED', note: 'audit probe', recordedBy: 'bob' }] }, t);
    expect(forged.status).toBe(400);
    const tooLong = await gql(create, { input: [{ kind: 'REPORT_SUBMITTED', note: 'x'.repeat(2001) }] }, t);
    expect(tooLong.status).toBe(400);
    expect(code(tooLong)).toBe('BAD_USER_INPUT');
    try {
      const ok = await gql<{ createFulfilments: { fulfilments: Array<{ key: string; recordedBy: string }> } }, unknown>(create, { input: [{ kind: 'REPORT_SUBMITTED', note: 'audit probe' }] }, t);
      expect(ok.errors).toBeUndefined();
      const f = ok.data!.createFulfilments.fulfilments[0]!;
      expect(f.recordedBy).toBe('alice');

      const audit = await gql<{ auditEntries: Array<{ who: string; operation: string; input: string; after: string | null; at: string }> }, unknown>(
        '{ auditEntries(where: { who: { eq: "alice" } }, sort: [{ at: DESC }], limit: 5) { who operation input after at } }',
        undefined,
        t,
      );
      expect(audit.errors).toBeUndefined();
      const entry = audit.data!.auditEntries.find((e) => e.operation === 'createFulfilments')!;
      expect(entry.who).toBe('alice');
      expect(JSON.parse(entry.input).input[0]).toMatchObject({ note: 'audit probe', recordedBy: 'alice' });
      expect(JSON.parse(entry.after!)[0]).toMatchObject({ key: f.key, recordedBy: 'alice', note: 'audit probe' });
      expect(Number.isNaN(Date.parse(entry.at))).toBe(false);

      // Readers do not see the trail.
      const reader = await gql('{ auditEntries(limit: 1) { who } }', undefined, await sign({ roles: ['reader'] }, { sub: 'rita' }));
      expect(reader.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    } finally {
      await db.write((tx) => tx.run("MATCH (f:Fulfilment {note: 'audit probe'}) DETACH DELETE f"));
      await db.write((tx) => tx.run("MATCH (a:AuditEntry {who: 'alice'}) DELETE a"));
    }
  });

  it('recordFulfilment writes its audit entry in the same transaction', async () => {
    const t = await sign({ roles: ['editor'] }, { sub: 'carol' });
    const dl = await db.read((tx) => tx.run("MATCH (d:Deadline {kind: 'ABSOLUTE'}) RETURN d.key AS k ORDER BY k LIMIT 1"));
    const key = dl.records[0]!.get('k') as string;
    try {
      const r = await gql<{ recordFulfilment: { key: string; recordedBy: string } }, unknown>(
        'mutation R($i: RecordFulfilmentInput!) { recordFulfilment(input: $i) { key recordedBy } }',
        { i: { kind: 'REPORT_SUBMITTED', deadlineKey: key, note: 'audited record' } },
        t,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.recordFulfilment.recordedBy).toBe('carol');
      const a = await db.read((tx) => tx.run("MATCH (a:AuditEntry {who: 'carol', operation: 'recordFulfilment'}) RETURN a.after AS after"));
      expect(a.records).toHaveLength(1);
      expect(JSON.parse(a.records[0]!.get('after') as string)).toMatchObject({ key: r.data!.recordFulfilment.key, deadlineKey: key, note: 'audited record' });
    } finally {
      await db.write((tx) => tx.run("MATCH (f:Fulfilment {note: 'audited record'}) DETACH DELETE f"));
      await db.write((tx) => tx.run("MATCH (a:AuditEntry {who: 'carol'}) DELETE a"));
    }
  });
});
