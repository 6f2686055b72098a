/**
 * Builds the HTTP app: /graphql (Apollo Server 5; GET from a browser serves the offline GraphiQL),
 * /health (200 only when the database answers). index-like files (src/cli/serve.ts) only start it.
 * Plain node:http keeps the surface small; Apollo's executeHTTPGraphQLRequest is its integration API.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from '../config.js';
import type { Database } from '../db/driver.js';
import type { GraphContext } from '../graph/context.js';
import { auditPlugin } from './audit.js';
import { bearer, TokenError, verifyToken, type Caller, type Claims } from './auth.js';
import { apiError, classifyError, ErrorCode } from './errors.js';
import { explorer } from './explorer.js';
import { graphiqlPage } from './graphiql.js';
import { armor, CostModel, customRootFields, limitsPlugin, pageLimits, type LimitSettings } from './limits.js';
import { buildSchema, readTypeDefs } from './schema.js';

const MAX_BODY = 1_000_000;

export interface App {
  server: Server;
  apollo: ApolloServer<GraphContext>;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

export async function createApp(config: Config, db: Database): Promise<App> {
  // Without a configured secret nobody can mint a valid token: mutations stay closed.
  const jwtSecret = config.JWT_SECRET ?? randomBytes(32).toString('hex');
  const schema = await buildSchema({ driver: db.driver, jwtSecret });
  const limits: LimitSettings = {
    maxDepth: config.MAX_QUERY_DEPTH,
    maxCost: config.MAX_QUERY_COST,
    maxInputDepth: config.MAX_INPUT_DEPTH,
    maxInputSize: config.MAX_INPUT_SIZE,
    fieldSuggestions: config.FIELD_SUGGESTIONS,
  };
  const typeDefs = readTypeDefs();
  const costModel = new CostModel(schema, pageLimits(typeDefs), customRootFields(typeDefs), config.MAX_QUERY_COST);
  const protection = armor(limits);
  const apollo = new ApolloServer<GraphContext>({
    schema,
    // graphql-armor ships CJS typings of Apollo's types; they are the same at runtime.
    plugins: [...(protection.plugins as unknown as ApolloServerPlugin<GraphContext>[]), limitsPlugin(costModel, limits) as ApolloServerPlugin<GraphContext>, auditPlugin()],
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: config.INTROSPECTION,
    // The CLI owns shutdown (HTTP, then driver, then the embedded JVM); Apollo must not exit on its own.
    stopOnTerminationSignals: false,
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const known = classifyError(unwrapResolverError(error));
      if (known) return { message: known.message, path: formatted.path, extensions: { code: known.code } };
      // graphql-armor's validation errors (depth, aliases, tokens, directives) get our public code.
      if (/limit of \d+ exceeded/i.test(formatted.message)) {
        return { message: formatted.message, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
      }
      const code = formatted.extensions?.code;
      if (code === ErrorCode.INTERNAL || code === undefined) {
        // @neo4j/graphql reports auth failures as plain errors with these messages.
        if (/^Unauthenticated/.test(formatted.message)) return { ...formatted, extensions: { code: ErrorCode.UNAUTHENTICATED } };
        if (/^Forbidden/.test(formatted.message)) return { ...formatted, extensions: { code: ErrorCode.FORBIDDEN } };
        console.error('[graphql] internal error:', unwrapResolverError(error));
      }
      return formatted;
    },
  });
  await apollo.start();

  const context = async (req: IncomingMessage, bookmarks: string[]): Promise<GraphContext> => {
    const token = bearer(req.headers.authorization);
    let claims: Claims | null;
    try {
      claims = await verifyToken(token, jwtSecret, config.TOKEN_MAX_LIFETIME_S);
    } catch (e) {
      if (e instanceof TokenError) throw apiError(ErrorCode.UNAUTHENTICATED, e.message, { http: { status: 401 } });
      throw e;
    }
    if (!config.PUBLIC_READS && !claims) {
      throw apiError(ErrorCode.UNAUTHENTICATED, 'This API requires a valid bearer token (PUBLIC_READS=false).', { http: { status: 401 } });
    }
    const caller: Caller = { token, claims };
    return {
      db: db.withBookmarks(bookmarks),
      caller,
      // The library's @authentication/@authorization read these validated claims, not the raw token.
      jwt: claims ? { ...claims } : undefined,
      executionContext: db.driver,
      // The library opens its sessions with the driver's bookmark manager (shared with src/db/driver.ts)
      // and spreads this config into them: the request's bookmarks make its reads wait for those writes.
      sessionConfig: { ...(db.database ? { database: db.database } : {}), ...(bookmarks.length ? { bookmarks } : {}) },
      // The generated read API runs in the library's own transactions: give them our timeout too.
      transaction: { timeout: config.TX_TIMEOUT_MS },
    };
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      console.error('[http] unexpected error', err);
      if (!res.headersSent) send(res, 500, { 'content-type': 'application/json' }, JSON.stringify({ errors: [{ message: 'Internal error', extensions: { code: ErrorCode.INTERNAL } }] }));
    });
  });
  const serveExplorer = explorer();
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  // Longer than clients' keep-alive (undici: 4 s): a socket the server closes just as a client reuses
  // it shows up as ECONNRESET on the client.
  server.keepAliveTimeout = 65_000;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      // "slow" stays 200 (the API answers, later than usual): only "down" takes this instance out.
      const h = await db.health();
      const body = { status: h.state === 'up' ? 'ok' : h.state === 'slow' ? 'degraded' : 'unavailable', database: h.state, ms: h.ms };
      return send(res, h.state === 'down' ? 503 : 200, { 'content-type': 'application/json', 'cache-control': 'no-store' }, JSON.stringify(body));
    }
    if (url.pathname !== '/graphql' && serveExplorer(req, res, url.pathname)) return;
    if (url.pathname !== '/graphql') return send(res, 404, { 'content-type': 'text/plain' }, 'Not found: use /, /graphql or /health\n');

    // A browser opening /graphql (also a prepared /graphql?query=… link) gets the offline GraphiQL,
    // which reads the query from the URL; Apollo's landing page would need a CDN.
    if (req.method === 'GET' && (req.headers.accept ?? '').includes('text/html')) {
      return send(res, 200, { 'content-type': 'text/html; charset=utf-8' }, graphiqlPage());
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readBody(req);
      if (raw === null) return send(res, 413, { 'content-type': 'application/json' }, JSON.stringify({ errors: [{ message: `Request body larger than ${MAX_BODY} bytes`, extensions: { code: ErrorCode.BAD_USER_INPUT } }] }));
      try {
        body = raw.length ? JSON.parse(raw) : {};
      } catch {
        return send(res, 400, { 'content-type': 'application/json' }, JSON.stringify({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: ErrorCode.BAD_USER_INPUT } }] }));
      }
    }
    let bookmarks: string[];
    try {
      bookmarks = parseBookmarks(req.headers[BOOKMARKS_HEADER]);
    } catch (e) {
      return send(res, 400, { 'content-type': 'application/json' }, JSON.stringify({ errors: [{ message: (e as Error).message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] }));
    }
    await answer(req, res, url, body, bookmarks);
  }

  async function answer(req: IncomingMessage, res: ServerResponse, url: URL, body: unknown, bookmarks: string[]) {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
      context: () => context(req, bookmarks),
    });
    const outHeaders: Record<string, string> = {};
    for (const [k, v] of result.headers) outHeaders[k] = v;
    // what another API process needs to see every write this one has made (a mutation's included)
    const known = await db.bookmarks().catch(() => []);
    if (known.length) outHeaders[BOOKMARKS_HEADER] = known.join(', ');
    let status = result.status ?? 200;
    if (status >= 500 && result.body.kind === 'complete') status = refusalStatus(result.body.string) ?? status;
    res.writeHead(status, outHeaders);
    if (result.body.kind === 'complete') res.end(result.body.string);
    else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  return {
    server,
    apollo,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const addr = server.address();
          resolve(typeof addr === 'object' && addr ? addr.port : port);
        });
      }),
    async close() {
      await new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections();
      await apollo.stop();
    },
  };
}

/**
 * GraphQL over HTTP: a request refused before execution is the client's fault (4xx), never a 500.
 * Errors we throw carry their status; this catches the ones that reach Apollo without one (e.g.
 * graphql-armor's token limit, thrown while parsing).
 */
const REFUSAL_STATUS: Record<string, number> = {
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.BAD_USER_INPUT]: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
};
/**
 * Request and response header of causal consistency across API processes: a response carries the
 * bookmarks of every write the answering process knows of; a request that brings them is answered
 * only once the database holds those writes (a client that wrote through one process and reads
 * through another sees its write).
 */
export const BOOKMARKS_HEADER = 'neo4j-bookmarks';
const MAX_BOOKMARKS = 32;

/** The bookmarks a request brought (comma-separated); malformed input is the caller's error. */
export function parseBookmarks(raw: string | string[] | undefined): string[] {
  if (raw === undefined) return [];
  const list = (Array.isArray(raw) ? raw.join(',') : raw)
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  if (list.length > MAX_BOOKMARKS) throw new Error(`The ${BOOKMARKS_HEADER} header holds ${list.length} bookmarks; at most ${MAX_BOOKMARKS} are accepted.`);
  for (const b of list) {
    if (!/^[A-Za-z0-9:+/=_.-]{1,512}$/.test(b)) {
      throw new Error(`The ${BOOKMARKS_HEADER} header holds a value that is not a bookmark ("${b.slice(0, 40)}"); send back what a response's ${BOOKMARKS_HEADER} header gave.`);
    }
  }
  return [...new Set(list)];
}

function refusalStatus(body: string): number | null {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    if (parsed.data != null || !parsed.errors?.length) return null;
    const statuses = parsed.errors.map((e) => REFUSAL_STATUS[e.extensions?.code ?? ''] ?? 0);
    return statuses.every((s) => s > 0) ? statuses[0]! : null;
  } catch {
    return null;
  }
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string) {
  res.writeHead(status, headers);
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) tooBig = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
