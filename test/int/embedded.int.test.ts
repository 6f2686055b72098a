/**
 * The embedded Neo4j runtime against a real JVM, in its own temporary store (independent of the
 * shared database the global setup provides). Slow: each cold start is several seconds.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLauncher, isPidAlive, PASSWORD_FILE, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded.js';
import { projectRoot } from '../../src/paths.js';

const started: EmbeddedNeo4j[] = [];
const dirs: string[] = [];

async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'embedded-int-'));
  dirs.push(d);
  return d;
}

async function start(dataDir: string, port?: number): Promise<EmbeddedNeo4j> {
  const db = await startEmbeddedNeo4j({ dataDir, heap: '512m', txTimeoutSeconds: 30, port });
  started.push(db);
  passwords.set(db.uri, db.password);
  return db;
}

const passwords = new Map<string, string>();

async function query<T = unknown>(
  uri: string,
  cypher: string,
  params: Record<string, unknown> = {},
  password: string | null | undefined = passwords.get(uri),
): Promise<T[]> {
  const auth = password === null || password === undefined ? undefined : neo4j.auth.basic('neo4j', password);
  const driver: Driver = neo4j.driver(uri, auth, { disableLosslessIntegers: true });
  try {
    const r = await driver.executeQuery(cypher, params);
    return r.records.map((rec) => rec.get(0) as T);
  } finally {
    await driver.close();
  }
}

async function waitUntil(cond: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return cond();
}

beforeAll(async () => {
  await buildLauncher(); // a cold ~/.m2 downloads the dependencies here
}, 900_000);

afterAll(async () => {
  for (const db of started.reverse()) await db.stop();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
}, 120_000);

describe('embedded Neo4j', () => {
  let dataDir: string;
  let first: EmbeddedNeo4j;

  it('starts, answers RETURN 1 over Bolt and publishes launcher.json', async () => {
    dataDir = await tempDir();
    first = await start(dataDir);
    expect(first.owned).toBe(true);
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(isPidAlive(first.pid)).toBe(true);
    expect(await query(first.uri, 'RETURN 1')).toEqual([1]);
    expect(existsSync(join(dataDir, 'launcher.json'))).toBe(true);
  }, 180_000);

  it('refuses Bolt clients without the password, which only the owner of the data directory can read', async () => {
    const file = join(dataDir, PASSWORD_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.password.length).toBeGreaterThanOrEqual(32);
    await expect(query(first.uri, 'RETURN 1', {}, null)).rejects.toThrow(/auth|unauthori[sz]ed|credentials/i);
    await expect(query(first.uri, 'RETURN 1', {}, 'neo4j')).rejects.toThrow(/unauthori[sz]ed|credentials|authentication/i);
    await expect(query(first.uri, 'RETURN 1', {}, `${first.password}x`)).rejects.toThrow(/unauthori[sz]ed|credentials|authentication/i);
  }, 60_000);

  it('has the APOC functions @neo4j/graphql calls', async () => {
    expect(await query(first.uri, "RETURN apoc.date.convertFormat('2020-01-01', 'yyyy-MM-dd', 'iso_date')")).toEqual([
      '2020-01-01',
    ]);
    expect(await query(first.uri, "RETURN apoc.util.validatePredicate(false, 'x', [0])")).toEqual([true]);
    expect(await query(first.uri, "CALL apoc.util.validate(false, 'x', [0]) RETURN 1")).toEqual([1]);
    // The failing branch is what @authorization relies on: the query must be rejected with the message.
    await expect(
      query(first.uri, "RETURN apoc.util.validatePredicate(true, 'Forbidden %s', ['here'])"),
    ).rejects.toThrow(/Forbidden here/);
  });

  it('joins the running server when started again on the same store', async () => {
    const second = await start(dataDir);
    expect(second.owned).toBe(false);
    expect(second.uri).toBe(first.uri);
    expect(second.pid).toBe(first.pid);
    await second.stop(); // a no-op for a joined server
    expect(await query(first.uri, 'RETURN 2')).toEqual([2]);
  }, 60_000);

  it('stops its JVM, keeps the data, ignores a stale launcher.json and starts again', async () => {
    await query(first.uri, "CREATE (:Probe {name: 'kept'})");
    await first.stop();
    expect(isPidAlive(first.pid)).toBe(false);
    expect(existsSync(join(dataDir, 'launcher.json'))).toBe(false);

    // A launcher.json left behind by a crashed JVM names a dead pid: it must not be trusted.
    await writeFile(
      join(dataDir, 'launcher.json'),
      JSON.stringify({ pid: first.pid, port: 1, uri: 'bolt://127.0.0.1:1', startedAt: new Date().toISOString() }),
    );
    const again = await start(dataDir);
    expect(again.owned).toBe(true);
    expect(again.pid).not.toBe(first.pid);
    expect(await query(again.uri, 'MATCH (p:Probe) RETURN p.name')).toEqual(['kept']);
    await again.stop();
    expect(isPidAlive(again.pid)).toBe(false);
  }, 180_000);
});

describe('embedded Neo4j: pinned port and a replaced password file', () => {
  it('listens on the port asked for, and takes a new password from the file at the next start', async () => {
    const dataDir = await tempDir();
    const port = await new Promise<number>((res, rej) => {
      const srv = createServer();
      srv.once('error', rej);
      srv.listen(0, '127.0.0.1', () => {
        const p = (srv.address() as { port: number }).port;
        srv.close(() => res(p));
      });
    });
    const db = await start(dataDir, port);
    expect(db.uri).toBe(`bolt://127.0.0.1:${port}`);
    expect(await query(db.uri, 'RETURN 1')).toEqual([1]);
    const old = db.password;
    await db.stop();

    // An operator rotates the password by replacing the file: the next start applies it.
    await writeFile(join(dataDir, PASSWORD_FILE), 'a-new-password-set-by-hand\n');
    await chmod(join(dataDir, PASSWORD_FILE), 0o644);
    const again = await start(dataDir, port);
    expect(again.password).toBe('a-new-password-set-by-hand');
    expect(statSync(join(dataDir, PASSWORD_FILE)).mode & 0o777).toBe(0o600); // narrowed again
    expect(await query(again.uri, 'RETURN 3', {}, 'a-new-password-set-by-hand')).toEqual([3]);
    await expect(query(again.uri, 'RETURN 1', {}, old)).rejects.toThrow(/unauthori[sz]ed|credentials|authentication/i);
    await again.stop();
  }, 360_000);
});

describe('embedded Neo4j without its parent', () => {
  it('shuts the JVM down when the Node process that started it is SIGKILLed', async () => {
    const dataDir = await tempDir();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', resolve(projectRoot, 'test/fixtures/embedded-child.ts'), dataDir],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const pid = await new Promise<number>((res, rej) => {
      const rl = createInterface({ input: child.stdout });
      rl.on('line', (l) => {
        const m = /^PID (\d+) /.exec(l);
        if (m) res(Number(m[1]));
      });
      child.once('exit', (code) => rej(new Error(`fixture exited (${code}) before printing the pid:\n${stderr}`)));
    });
    expect(isPidAlive(pid)).toBe(true);

    child.kill('SIGKILL');
    const gone = await waitUntil(() => !isPidAlive(pid), 30_000);
    if (!gone) process.kill(pid, 'SIGKILL'); // do not leave an orphan behind a failing test
    expect(gone).toBe(true);
    // Gone through the clean path (the shutdown hook removes launcher.json), not a crash.
    expect(existsSync(join(dataDir, 'launcher.json'))).toBe(false);
  }, 180_000);
});
