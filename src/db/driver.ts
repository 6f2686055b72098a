/**
 * One driver per process. Without NEO4J_URI the project starts (or joins) its own embedded Neo4j.
 * Reads go through read transactions so that a cluster (neo4j:// routing) can serve them from
 * followers; every transaction has a timeout so a runaway query cannot hang a request.
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { Config } from '../config.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded.js';

export interface Database {
  driver: Driver;
  uri: string;
  database: string | undefined;
  embedded: EmbeddedNeo4j | null;
  /** The credentials the driver uses (the embedded store's own, or NEO4J_USER/NEO4J_PASSWORD). */
  credentials: { user: string; password: string };
  txTimeoutMs: number;
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /**
   * Causal consistency across API processes (several behind one Neo4j cluster): every session of this
   * process shares one bookmark manager, so a read sees every write this process made; `bookmarks()`
   * are what another process needs to see them too, and `withBookmarks(b)` is this database for a
   * request that brought such bookmarks (its transactions wait until the server has those writes).
   */
  bookmarks(): Promise<string[]>;
  withBookmarks(bookmarks: string[]): Database;
  ping(): Promise<boolean>;
  /**
   * up: `RETURN 1` answered within 2 s; slow: the server is reachable but did not answer in time
   * (busy: pool exhausted, long queries, GC); down: no connection to the server at all.
   */
  health(): Promise<{ state: 'up' | 'slow' | 'down'; ms: number }>;
  close(): Promise<void>;
}

export async function connectDatabase(
  config: Config,
  opts: { log?: (m: string) => void } = {},
): Promise<Database> {
  let uri = config.NEO4J_URI;
  let embedded: EmbeddedNeo4j | null = null;
  let closing = false;
  const startEmbedded = (port?: number) =>
    startEmbeddedNeo4j({
      dataDir: config.NEO4J_DATA_DIR,
      heap: config.NEO4J_HEAP,
      txTimeoutSeconds: Math.ceil(config.TX_TIMEOUT_MS / 1000) * 4,
      port: port ?? config.NEO4J_EMBEDDED_PORT,
      log: opts.log,
    });
  /**
   * Supervision of an embedded database we own: if the JVM dies, start it again on the same port,
   * so the driver (same URI) reconnects by itself. Meanwhile /health says 503 and GraphQL answers
   * DATABASE_UNAVAILABLE. Backs off up to 30 s between attempts.
   */
  const supervise = (e: EmbeddedNeo4j) => {
    void e.crashed.then(async () => {
      const port = Number(new URL(e.uri).port);
      for (let attempt = 1; !closing; attempt++) {
        try {
          const next = await startEmbedded(port);
          embedded = next;
          if (next.owned) supervise(next);
          opts.log?.(`[db] embedded Neo4j restarted on ${next.uri}`);
          return;
        } catch (err) {
          opts.log?.(`[db] restart attempt ${attempt} failed: ${(err as Error).message.split('\n')[0]}`);
          await new Promise((r) => setTimeout(r, Math.min(30_000, 1000 * 2 ** attempt)).unref());
        }
      }
    });
  };
  let credentials = { user: config.NEO4J_USER, password: config.NEO4J_PASSWORD };
  if (!uri) {
    embedded = await startEmbedded();
    if (embedded.owned) supervise(embedded);
    uri = embedded.uri;
    credentials = { user: embedded.user, password: embedded.password };
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(credentials.user, credentials.password), {
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: true,
  });
  const database = config.NEO4J_DATABASE;
  const txConfig = { timeout: config.TX_TIMEOUT_MS };
  // the driver's own manager: @neo4j/graphql opens its sessions with it too, so the generated API and
  // the hand-written resolvers of one process see each other's writes
  const bookmarkManager = driver.executeQueryBookmarkManager;
  const sessionWith =
    (bookmarks: string[] = []) =>
    (mode: 'READ' | 'WRITE'): Session =>
      driver.session({
        database,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
        bookmarkManager,
        ...(bookmarks.length ? { bookmarks } : {}),
      });
  const session = sessionWith();

  const transactions = (open: (mode: 'READ' | 'WRITE') => Session) => ({
    async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
      const s = open('READ');
      try {
        return await s.executeRead(work, txConfig);
      } finally {
        await s.close();
      }
    },
    async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
      const s = open('WRITE');
      try {
        // Loads of large documents may take longer than an API read.
        return await s.executeWrite((tx) => work(integerParameters(tx)), { timeout: Math.max(config.TX_TIMEOUT_MS, 120_000) });
      } finally {
        await s.close();
      }
    },
  });

  const self: Database = {
    driver,
    uri,
    database,
    get embedded() {
      return embedded;
    },
    credentials,
    txTimeoutMs: config.TX_TIMEOUT_MS,
    ...transactions(session),
    async bookmarks() {
      return [...(await bookmarkManager.getBookmarks())];
    },
    withBookmarks(bookmarks) {
      return bookmarks.length ? { ...self, ...transactions(sessionWith(bookmarks)) } : self;
    },

    async ping() {
      const s = session('READ');
      try {
        // Auto-commit, not executeRead: "does it answer now?" — the driver would retry an unreachable
        // server for up to 30 s, long enough for a crashed embedded Neo4j to be restarted meanwhile.
        await s.run('RETURN 1', {}, { timeout: 2_000 });
        return true;
      } catch {
        return false;
      } finally {
        await s.close().catch(() => undefined);
      }
    },
    async health() {
      const t0 = Date.now();
      const s = session('READ');
      let timer: NodeJS.Timeout | undefined;
      const slow = new Promise<'slow'>((res) => {
        timer = setTimeout(() => res('slow'), 2_500);
      });
      try {
        const state = await Promise.race([
          // Auto-commit, not executeRead: the driver would retry an unreachable server for seconds.
          s.run('RETURN 1', {}, { timeout: 2_000 }).then(() => 'up' as const),
          slow,
        ]);
        return { state, ms: Date.now() - t0 };
      } catch (e) {
        return { state: isConnectionFailure(e) ? 'down' : 'slow', ms: Date.now() - t0 };
      } finally {
        clearTimeout(timer);
        void s.close().catch(() => undefined);
      }
    },
    async close() {
      closing = true;
      await driver.close().catch(() => undefined);
      if (embedded) await embedded.stop();
    },
  };
  return self;
}

/**
 * JavaScript has one number type and the driver sends every number as a Cypher FLOAT, so a loader
 * writing `line: 52` or `month: 11` stored 52.0 and 11.0 (issue 8: Deadline.month as a float).
 * Every write goes through this: an integral number in the parameters (at any depth of plain
 * objects and arrays) is sent as a Cypher INTEGER. A value that must stay fractional is written with
 * toFloat() in its statement (Target.value). Reads are not touched (LIMIT etc. use neo4j.int).
 */
export function toCypherIntegers(v: unknown): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) return v.map(toCypherIntegers);
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toCypherIntegers(x);
    return out;
  }
  return v;
}

function integerParameters(tx: ManagedTransaction): ManagedTransaction {
  return new Proxy(tx, {
    get(target, prop, receiver) {
      if (prop === 'run') {
        return (query: string, params?: Record<string, unknown>) => target.run(query, toCypherIntegers(params ?? {}) as Record<string, unknown>);
      }
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

/** The driver could not reach the server at all (as opposed to a server that answered late). */
export function isConnectionFailure(e: unknown): boolean {
  const code = String((e as { code?: string })?.code ?? '');
  const msg = String((e as { message?: string })?.message ?? '');
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'Neo.TransientError.General.DatabaseUnavailable') {
    // An acquisition timeout means every connection is busy: the server is there, just slow.
    return !/acquisition timed out/i.test(msg);
  }
  return /ECONNREFUSED|ECONNRESET|Failed to connect|Could not perform discovery|socket hang up/i.test(msg);
}
