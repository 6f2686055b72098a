/**
 * The embedded Neo4j: a small Java launcher (./launcher) that runs Neo4j community 5.26 with Bolt on
 * 127.0.0.1 and the APOC classes @neo4j/graphql calls. No Docker, no Neo4j install: Java 17 and,
 * for the first build only, Maven.
 *
 * Lifecycle, and why:
 * - One JVM per store directory (Neo4j locks it). The JVM writes `<dataDir>/launcher.json`
 *   (`{pid, port, uri, startedAt}`); a second caller that finds a live, answering server there joins it
 *   (`owned: false`, `stop()` does nothing), so the API server and a CLI can share one store.
 * - The JVM's stdin is a pipe from this process. The launcher shuts Neo4j down cleanly when it reads
 *   EOF, so the database dies with its parent even when the parent is SIGKILLed (no orphans).
 * - The child and its pipes are unref'd: a running database does not keep Node alive by itself. A
 *   program that only wants to keep the database up must keep its own event loop busy.
 * - Process cleanup is installed once, at the first owned start:
 *   `exit` → SIGTERM every owned JVM (synchronous; the JVM's shutdown hook then closes the store cleanly).
 *   `SIGINT`/`SIGTERM` → installed only for a signal that has no listener yet, so an application with
 *   its own graceful shutdown keeps it. When it fires and is still the only listener, it stops the JVMs
 *   (stdin closed, up to 10 s, then SIGKILL) and re-raises the signal so the exit status is the
 *   conventional one (130/143). If someone added a listener later, it leaves the exit to them; the
 *   `exit` hook still stops the JVMs.
 * - The port is chosen by the JVM (Bolt bound to port 0, the real port reported in the READY line),
 *   which cannot race another process the way "find a free port, then spawn" can — unless the caller
 *   pins one (NEO4J_EMBEDDED_PORT), e.g. to reach the database for administration.
 * - Bolt listens on 127.0.0.1 only and authenticates: user `neo4j`, password generated on first start
 *   into `<dataDir>/neo4j.password` (mode 0600, created exclusively so two starters agree on one file).
 *   Loopback alone is no boundary on a shared machine: any local process could read or wipe the graph.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { promises as fsp, readFileSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { constants as osConstants } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

/** The machine lacks a tool the embedded database needs; the message says what to install. */
export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
}

export interface EmbeddedNeo4j {
  /** bolt://127.0.0.1:PORT (loopback only). */
  uri: string;
  /** Basic-auth credentials Bolt demands: user `neo4j`, the password in `<dataDir>/neo4j.password`. */
  user: string;
  password: string;
  /** true when this process started the JVM; false when it joined one found in launcher.json. */
  owned: boolean;
  /** The JVM's pid. */
  pid: number;
  /** Owned: shut the JVM down cleanly (escalating to SIGTERM, then SIGKILL). Joined: no-op. */
  stop(): Promise<void>;
  /** Owned: resolves if the JVM exits without stop() (a crash, an OOM kill). Joined: never. */
  crashed: Promise<{ code: number | null; signal: string | null }>;
}

export const LAUNCHER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'launcher');
const TARGET_DIR = join(LAUNCHER_DIR, 'target');
const HASH_FILE = join(TARGET_DIR, '.build-hash');
const LOCK_FILE = join(TARGET_DIR, '.build.lock');
const MAIN_CLASS = 'graph.launcher.Launcher';
export const RUNTIME_FILE = 'launcher.json';
export const PASSWORD_FILE = 'neo4j.password';
export const EMBEDDED_USER = 'neo4j';

const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dfile.encoding=UTF-8',
  // A JVM that ran out of heap is better dead (the caller sees the exit) than limping.
  '-XX:+ExitOnOutOfMemoryError',
];

const BUILD_TIMEOUT_MS = 20 * 60_000;
const STOP_GRACE_MS = 20_000;
const SIGNAL_STOP_GRACE_MS = 10_000;

type Log = (m: string) => void;
const noLog: Log = () => undefined;

// ---------------------------------------------------------------------------------------------
// Environment checks

/** `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` from PATH. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** The major version in `java -version` output (`1.8.0_x` → 8, `17.0.15` → 17), or null. */
export function parseJavaMajor(versionOutput: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!m) return null;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

/** Throws EnvironmentError unless `cmd` is a Java 17+ runtime. */
export function requireJava(cmd: string = javaCommand()): void {
  const r = spawnSync(cmd, ['-version'], { encoding: 'utf8', timeout: 30_000 });
  if (r.error || r.status !== 0) {
    throw new EnvironmentError(
      `Java 17+ (${cmd}) is required to run the embedded Neo4j: install a JDK 17 ` +
        `(apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to use an existing server.`,
    );
  }
  const major = parseJavaMajor(`${r.stderr}${r.stdout}`);
  if (major !== null && major < 17) {
    throw new EnvironmentError(
      `Java 17+ is required to run the embedded Neo4j but ${cmd} is Java ${major}: install a JDK 17 ` +
        `(apt-get install openjdk-17-jdk-headless), point JAVA_HOME at it, or set NEO4J_URI to use an existing server.`,
    );
  }
}

/** Throws EnvironmentError unless Maven answers `cmd -v`. Only needed to build the launcher. */
export function requireMaven(cmd = 'mvn'): void {
  const r = spawnSync(cmd, ['-v'], { encoding: 'utf8', timeout: 60_000 });
  if (r.error || r.status !== 0) {
    throw new EnvironmentError(
      `Maven (${cmd}) is required to build the embedded Neo4j launcher once: install it ` +
        `(apt-get install maven) or set NEO4J_URI to use an existing server.`,
    );
  }
}

let javaChecked = false;

// ---------------------------------------------------------------------------------------------
// Build

/** sha256 of pom.xml and every file under src/, so any change to the launcher triggers a rebuild. */
export async function launcherSourceHash(dir: string = LAUNCHER_DIR): Promise<string> {
  const files = [join(dir, 'pom.xml'), ...(await listFiles(join(dir, 'src')))].sort();
  const h = createHash('sha256');
  for (const f of files) {
    h.update(relative(dir, f)).update('\0').update(await fsp.readFile(f)).update('\0');
  }
  return h.digest('hex');
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fsp.readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

async function isBuilt(hash: string): Promise<boolean> {
  const stored = await fsp.readFile(HASH_FILE, 'utf8').catch(() => '');
  if (stored.trim() !== hash) return false;
  return (await exists(join(TARGET_DIR, 'classes'))) && (await exists(join(TARGET_DIR, 'lib')));
}

let buildInProcess: Promise<void> | undefined;

/**
 * Compiles the launcher and copies its dependencies into target/ (first run: downloads about
 * 125 MB from Maven Central into ~/.m2). Cached by a hash of the sources in target/.build-hash;
 * a lock file keeps concurrent processes from building over each other.
 */
export async function buildLauncher(opts: { log?: Log } = {}): Promise<void> {
  buildInProcess ??= buildOnce(opts.log ?? noLog).finally(() => {
    buildInProcess = undefined;
  });
  return buildInProcess;
}

async function buildOnce(log: Log): Promise<void> {
  const hash = await launcherSourceHash();
  if (await isBuilt(hash)) return;
  requireMaven();
  await fsp.mkdir(TARGET_DIR, { recursive: true });
  await withLock(LOCK_FILE, log, async () => {
    if (await isBuilt(hash)) return; // another process built it while we waited
    const started = Date.now();
    log('building the embedded Neo4j launcher (the first build downloads ~125 MB from Maven Central)…');
    // A stale lib/ would mix old and new jar versions on the classpath.
    await fsp.rm(HASH_FILE, { force: true });
    await fsp.rm(join(TARGET_DIR, 'lib'), { recursive: true, force: true });
    await fsp.rm(join(TARGET_DIR, 'classes'), { recursive: true, force: true });
    const args = ['-q', '-B', '-Dstyle.color=never', 'package', 'dependency:copy-dependencies'];
    const r = await run('mvn', args, LAUNCHER_DIR, BUILD_TIMEOUT_MS);
    if (r.code !== 0) {
      throw new Error(
        `building the Neo4j launcher failed (mvn ${args.join(' ')} in ${LAUNCHER_DIR}, ` +
          `exit ${r.code ?? r.signal}):\n${tail(r.output, 60)}`,
      );
    }
    await fsp.writeFile(HASH_FILE, `${hash}\n`);
    log(`launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
}

async function withLock(lockPath: string, log: Log, fn: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  let announced = false;
  for (;;) {
    try {
      const fh = await fsp.open(lockPath, 'wx');
      await fh.writeFile(String(process.pid));
      await fh.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const content = await fsp.readFile(lockPath, 'utf8').catch(() => null);
    if (content === null) continue; // released meanwhile
    const owner = Number(content.trim());
    const age = Date.now() - (statSafe(lockPath)?.mtimeMs ?? Date.now());
    const stale = owner > 0 ? !isPidAlive(owner) : age > 10_000;
    if (stale) {
      // Re-read right before removing so we never delete a lock someone just took.
      if ((await fsp.readFile(lockPath, 'utf8').catch(() => null)) === content) {
        await fsp.rm(lockPath, { force: true });
      }
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for another build of the Neo4j launcher (lock ${lockPath}, pid ${owner})`);
    }
    if (!announced) {
      log(`waiting for another process (pid ${owner}) to finish building the launcher…`);
      announced = true;
    }
    await sleep(500);
  }
  try {
    await fn();
  } finally {
    await fsp.rm(lockPath, { force: true });
  }
}

function run(
  cmd: string,
  args: string[],
  cwd: string,
  timeoutMs: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (b: Buffer) => {
      output = (output + b.toString('utf8')).slice(-64_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(
        (e as NodeJS.ErrnoException).code === 'ENOENT'
          ? new EnvironmentError(`${cmd} was not found on PATH`)
          : e,
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, output });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Password

/**
 * The store's password: read from `<dataDir>/neo4j.password`, or generated there (32 random bytes,
 * base64url) on first use. Created with O_EXCL and mode 0600; a file found readable by group or
 * others is narrowed to 0600 (and said so).
 */
export async function ensurePasswordFile(dataDir: string, log: Log = noLog): Promise<string> {
  const file = join(dataDir, PASSWORD_FILE);
  try {
    await fsp.writeFile(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    log(`generated the embedded Neo4j password in ${file} (mode 0600)`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const st = await fsp.stat(file);
  if ((st.mode & 0o077) !== 0) {
    await fsp.chmod(file, 0o600);
    log(`${file} was readable by others (mode ${(st.mode & 0o777).toString(8)}); narrowed to 0600`);
  }
  const password = (await fsp.readFile(file, 'utf8')).trim();
  if (password.length < 8) throw new Error(`${file} holds a password shorter than 8 characters; delete it to generate a new one`);
  return password;
}

// ---------------------------------------------------------------------------------------------
// Runtime file and probes

export interface RuntimeInfo {
  pid: number;
  port: number;
  uri: string;
  startedAt: string;
}

/** `<dataDir>/launcher.json` if present and well-formed, else null. Says nothing about liveness. */
export async function readRuntimeFile(dataDir: string): Promise<RuntimeInfo | null> {
  try {
    const v = JSON.parse(await fsp.readFile(join(dataDir, RUNTIME_FILE), 'utf8')) as Partial<RuntimeInfo>;
    if (
      typeof v.pid === 'number' &&
      typeof v.port === 'number' &&
      typeof v.uri === 'string' &&
      typeof v.startedAt === 'string'
    ) {
      return { pid: v.pid, port: v.port, uri: v.uri, startedAt: v.startedAt };
    }
    return null;
  } catch {
    return null;
  }
}

/** Whether `pid` names a running process (a zombie, dead but not yet reaped, counts as dead). */
export function isPidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    // /proc/PID/stat: "pid (comm) S ..." — comm may contain spaces or parentheses, so cut at the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no procfs (not Linux): trust kill(0)
  }
}

function tcpAnswers(port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((res) => {
    const s = connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      s.destroy();
      res(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

async function boltAnswers(uri: string, password: string, timeoutMs: number): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(EMBEDDED_USER, password), {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    const r = await driver.executeQuery('RETURN 1 AS one', {}, { routing: 'READ' });
    return Number(r.records[0]?.get('one')) === 1;
  } catch {
    return false;
  } finally {
    await driver.close().catch(() => undefined);
  }
}

/** The server named by launcher.json when its pid lives and its Bolt port answers `RETURN 1`. */
async function findRunning(dataDir: string, password: string): Promise<RuntimeInfo | null> {
  const info = await readRuntimeFile(dataDir);
  if (!info || !isPidAlive(info.pid)) return null;
  if (!(await tcpAnswers(info.port, 2_000))) return null;
  return (await boltAnswers(info.uri, password, 5_000)) ? info : null;
}

/** A stdout line of the launcher. */
export type LauncherLine =
  | { kind: 'ready'; uri: string }
  | { kind: 'locked'; message: string }
  | { kind: 'error'; message: string };

export function parseLauncherLine(line: string): LauncherLine | null {
  const m = /^(READY|LOCKED|ERROR)(?: (.*))?$/.exec(line.trim());
  if (!m) return null;
  const rest = m[2] ?? '';
  if (m[1] === 'READY') return /^bolt:\/\/\S+:\d+$/.test(rest) ? { kind: 'ready', uri: rest } : null;
  return { kind: m[1] === 'LOCKED' ? 'locked' : 'error', message: rest };
}

// ---------------------------------------------------------------------------------------------
// Start / stop

interface Owned {
  child: ChildProcess;
  exited: Promise<void>;
}
const owned = new Set<Owned>();
/** Children whose exit we asked for, so their exit is not reported as unexpected. */
const stopping = new Set<ChildProcess>();
let cleanupInstalled = false;

export async function startEmbeddedNeo4j(opts: {
  dataDir: string;
  heap?: string;
  txTimeoutSeconds?: number;
  startTimeoutMs?: number;
  /** Bolt port; 0 (default) lets the OS choose. A restart after a crash asks for the old port. */
  port?: number;
  log?: Log;
}): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? noLog;
  const dataDir = resolve(opts.dataDir);
  // Generous: a loaded machine took 103–119 s where a quiet one takes 7–15 s; the bound is for a hang.
  const startTimeoutMs = opts.startTimeoutMs ?? 300_000;
  const heap = opts.heap ?? '1g';
  if (!/^\d+[kmgKMG]?$/.test(heap)) throw new Error(`heap must look like 512m or 1g, got "${heap}"`);
  const txTimeout = Math.max(0, Math.floor(opts.txTimeoutSeconds ?? 0));
  if (opts.port !== undefined && (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535)) {
    throw new Error(`port must be an integer 0–65535, got ${opts.port}`);
  }
  await fsp.mkdir(dataDir, { recursive: true });
  const password = await ensurePasswordFile(dataDir, log);

  const running = await findRunning(dataDir, password);
  if (running) {
    log(`joining the Neo4j already running on ${running.uri} (pid ${running.pid}) for ${dataDir}`);
    return joined(running, password);
  }

  if (!javaChecked) {
    requireJava();
    javaChecked = true;
  }
  await buildLauncher({ log });

  const started = Date.now();
  const child = spawn(
    javaCommand(),
    [
      `-Xmx${heap}`,
      ...JVM_FLAGS,
      '-cp',
      `${join(TARGET_DIR, 'classes')}:${join(TARGET_DIR, 'lib', '*')}`,
      MAIN_CLASS,
      `--home=${dataDir}`,
      `--port=${opts.port ?? 0}`,
      `--password-file=${join(dataDir, PASSWORD_FILE)}`,
      `--tx-timeout=${txTimeout}`,
    ],
    // stdin stays an open pipe for the JVM's whole life: its EOF is the launcher's signal to stop.
    { cwd: LAUNCHER_DIR, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const entry: Owned = {
    child,
    exited: new Promise((res) => child.once('exit', () => res())),
  };
  owned.add(entry);
  installCleanup();
  void entry.exited.then(() => {
    owned.delete(entry);
    stopping.delete(child);
  });
  // EPIPE on a JVM that already died must not crash us.
  child.stdin?.on('error', () => undefined);

  let stderrTail = '';
  child.stderr?.on('data', (b: Buffer) => {
    stderrTail = (stderrTail + b.toString('utf8')).slice(-16_000);
  });

  const outcome = await new Promise<LauncherLine | { kind: 'exit' | 'timeout' | 'spawn-error'; message: string }>(
    (res) => {
      const rl = createInterface({ input: child.stdout! });
      const timer = setTimeout(
        () => res({ kind: 'timeout', message: `no READY within ${startTimeoutMs} ms` }),
        startTimeoutMs,
      );
      const finish = (v: Parameters<typeof res>[0]) => {
        clearTimeout(timer);
        res(v);
      };
      rl.on('line', (line) => {
        const parsed = parseLauncherLine(line);
        if (parsed) finish(parsed);
      });
      child.once('exit', (code, signal) =>
        finish({ kind: 'exit', message: `the launcher exited (${code ?? signal}) before it was ready` }),
      );
      child.once('error', (e) => finish({ kind: 'spawn-error', message: e.message }));
    },
  );

  if (outcome.kind === 'ready') {
    // From here on the JVM must not keep Node alive, but its pipes keep being drained.
    child.unref();
    for (const s of [child.stdin, child.stdout, child.stderr]) unrefStream(s);
    const crashed = new Promise<{ code: number | null; signal: string | null }>((res) => {
      child.once('exit', (code, signal) => {
        if (stopping.has(child)) return;
        log(`embedded Neo4j (pid ${child.pid}) exited unexpectedly (${code ?? signal})`);
        res({ code, signal });
      });
    });
    log(`embedded Neo4j ready on ${outcome.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${child.pid})`);
    return {
      uri: outcome.uri,
      user: EMBEDDED_USER,
      password,
      owned: true,
      pid: child.pid!,
      stop: () => stopOwned(entry, STOP_GRACE_MS),
      crashed,
    };
  }

  await stopOwned(entry, 5_000);
  if (outcome.kind === 'locked') {
    // Another process won the race for this store: wait for its launcher.json and join it.
    log(`the store ${dataDir} is locked by another process; waiting for its server…`);
    const deadline = Date.now() + startTimeoutMs;
    while (Date.now() < deadline) {
      const other = await findRunning(dataDir, password);
      if (other) return joined(other, password);
      await sleep(500);
    }
    throw new Error(
      `the Neo4j store ${dataDir} is locked by another process that did not publish a running server ` +
        `in ${RUNTIME_FILE} within ${startTimeoutMs} ms (${outcome.message})`,
    );
  }
  throw new Error(
    `the embedded Neo4j did not start: ${outcome.message}\n--- launcher stderr (tail) ---\n${tail(stderrTail, 40)}\n` +
      `(Neo4j's own log: ${join(dataDir, 'logs', 'debug.log')})`,
  );
}

function joined(info: RuntimeInfo, password: string): EmbeddedNeo4j {
  return { uri: info.uri, user: EMBEDDED_USER, password, owned: false, pid: info.pid, stop: async () => undefined, crashed: new Promise(() => undefined) };
}


function alive(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** stdin EOF (clean shutdown) → after graceMs SIGTERM → after 10 s more SIGKILL. */
async function stopOwned(entry: Owned, graceMs: number): Promise<void> {
  const { child } = entry;
  stopping.add(child);
  if (!alive(child)) return;
  child.stdin?.end();
  if (await settles(entry.exited, graceMs)) return;
  child.kill('SIGTERM');
  if (await settles(entry.exited, 10_000)) return;
  child.kill('SIGKILL');
  await entry.exited;
}

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', () => {
    for (const { child } of owned) {
      // SIGTERM, not SIGKILL: the JVM's shutdown hook closes the store cleanly after we are gone.
      if (alive(child)) child.kill('SIGTERM');
    }
  });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    if (process.listenerCount(sig) > 0) continue; // the application handles it; `exit` covers us
    const handler = (): void => {
      if (process.listenerCount(sig) > 1) return; // someone else took over shutdown since
      void Promise.all([...owned].map((e) => stopOwned(e, SIGNAL_STOP_GRACE_MS))).finally(() => {
        process.removeListener(sig, handler);
        process.exitCode = 128 + (osConstants.signals[sig] ?? 0);
        process.kill(process.pid, sig); // no listener left: default action, conventional status
      });
    };
    process.on(sig, handler);
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function unrefStream(s: unknown): void {
  const u = s as { unref?: () => void } | null;
  u?.unref?.();
}

async function settles(p: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<boolean>((res) => {
    timer = setTimeout(() => res(false), ms);
  });
  try {
    return await Promise.race([p.then(() => true), t]);
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function exists(p: string): Promise<boolean> {
  return fsp.access(p).then(
    () => true,
    () => false,
  );
}

function statSafe(p: string): { mtimeMs: number } | null {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
