/**
 * npm start: start (or join) the database, apply migrations, load the seed documents (a no-op when
 * they are already loaded), serve /graphql and /health.
 */
// @neo4j/graphql's Date scalar uses local-time getters: dates must not shift with the host's zone.
process.env.TZ = 'UTC';
import { resolve } from 'node:path';
import { connectDatabase } from '../db/driver.js';
import { migrate } from '../db/migrate.js';
import { collectFiles, ingestFiles } from '../load/run.js';
import { createApp } from '../server/app.js';
import { warmUp } from '../graph/warm-up.js';
import { projectRoot } from '../paths.js';
import { configOrExit, failOnEnvironment, log } from './common.js';

const config = configOrExit();
try {
  const db = await connectDatabase(config, { log });
  log(`[db] ${db.embedded ? `embedded Neo4j at ${db.uri}` : `Neo4j at ${db.uri}`}`);
  const m = await migrate(db);
  if (m.applied.length) log(`[db] migrations applied: ${m.applied.join(', ')}`);
  if (config.SEED_ON_START) {
    const files = collectFiles([resolve(projectRoot, config.SEED_DIR)]);
    const out = await ingestFiles(db, files);
    const changed = out.filter((o) => o.status !== 'unchanged');
    log(`[seed] ${files.length} seed documents: ${changed.length ? changed.map((o) => `${o.status} ${o.key ?? o.file}`).join('; ') : 'all unchanged'}`);
    for (const o of out.filter((o) => o.status === 'error')) log(`[seed] ${o.file}: ${o.error?.code} ${o.error?.message}`);
  }
  const app = await createApp(config, db);
  const port = await app.listen(config.PORT, config.HOST);
  log(`[api] GraphQL at http://${config.HOST}:${port}/graphql (GraphiQL in a browser), health at /health`);
  // Compile every README example once, in the background (src/graph/warm-up.ts).
  const local = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
  const warming = new AbortController();
  void warmUp(`http://${local.includes(':') ? `[${local}]` : local}:${port}/graphql`, log, warming.signal).catch(() => undefined);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`[api] ${signal}: shutting down`);
    warming.abort(); // a warm-up request in flight must not hold the HTTP server open
    // Never hang on the way out: whatever is still open after 20 s is abandoned.
    setTimeout(() => process.exit(1), 20_000).unref();
    await app.close().catch(() => undefined);
    log('[api] HTTP closed');
    await db.close();
    log('[db] closed');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // Under `npm start`, a parent that dies without passing a signal on (npm SIGKILLed, a supervisor that
  // only signals its direct child) leaves us re-parented: treat that as a stop too, so the server and its
  // JVM never outlive npm. (Only under npm: a server started with nohup or from a shell that exits is
  // meant to stay; no SIGHUP handler either, for the same reason.) `npm start` execs node, with no
  // shell or tsx CLI in between, so npm's forwarded SIGTERM/SIGINT reaches this process directly.
  if (process.env.npm_lifecycle_event === 'start') {
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) void stop(`parent ${parent} exited`);
    }, 1_000).unref();
  }
} catch (e) {
  failOnEnvironment(e);
}
