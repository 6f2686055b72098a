import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EnvironmentError,
  isPidAlive,
  javaCommand,
  launcherSourceHash,
  parseJavaMajor,
  parseLauncherLine,
  readRuntimeFile,
  requireJava,
  requireMaven,
} from '../../src/db/embedded.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'embedded-unit-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function caught(fn: () => void): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('environment checks', () => {
  it('names Java 17, how to install it and the NEO4J_URI alternative when java is missing', () => {
    const e = caught(() => requireJava(join(dir, 'no-such-java')));
    expect(e).toBeInstanceOf(EnvironmentError);
    const msg = (e as Error).message;
    expect(msg).toMatch(/^Java 17\+ \(.*no-such-java\) is required to run the embedded Neo4j/);
    expect(msg).toContain('apt-get install openjdk-17-jdk-headless');
    expect(msg).toContain('NEO4J_URI');
    expect(msg.split('\n')).toHaveLength(1);
  });

  it('rejects a Java older than 17 and says which version it found', async () => {
    const fake = join(dir, 'java8');
    await writeFile(fake, '#!/bin/sh\necho \'openjdk version "1.8.0_292"\' >&2\n');
    await chmod(fake, 0o755);
    const e = caught(() => requireJava(fake));
    expect(e).toBeInstanceOf(EnvironmentError);
    expect((e as Error).message).toContain('Java 8');
  });

  it('accepts a Java 17 or newer', async () => {
    const fake = join(dir, 'java21');
    await writeFile(fake, '#!/bin/sh\necho \'openjdk version "21.0.2" 2024-01-16\' >&2\n');
    await chmod(fake, 0o755);
    expect(() => requireJava(fake)).not.toThrow();
  });

  it('names Maven and the NEO4J_URI alternative when mvn is missing', () => {
    const e = caught(() => requireMaven(join(dir, 'no-such-mvn')));
    expect(e).toBeInstanceOf(EnvironmentError);
    expect((e as Error).message).toMatch(/^Maven \(.*no-such-mvn\) is required to build the embedded Neo4j launcher/);
    expect((e as Error).message).toContain('apt-get install maven');
    expect((e as Error).message).toContain('NEO4J_URI');
  });

  it('uses $JAVA_HOME/bin/java when JAVA_HOME is set, else java from PATH', () => {
    expect(javaCommand({ JAVA_HOME: '/opt/jdk' })).toBe('/opt/jdk/bin/java');
    expect(javaCommand({})).toBe('java');
  });

  it('reads the major version from java -version output', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_202"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('garbage')).toBeNull();
  });
});

describe('launcher protocol', () => {
  it('parses the READY, LOCKED and ERROR lines and ignores anything else', () => {
    expect(parseLauncherLine('READY bolt://127.0.0.1:41234')).toEqual({ kind: 'ready', uri: 'bolt://127.0.0.1:41234' });
    expect(parseLauncherLine('LOCKED FileLockException: Lock file has been locked')).toEqual({
      kind: 'locked',
      message: 'FileLockException: Lock file has been locked',
    });
    expect(parseLauncherLine('ERROR boom')).toEqual({ kind: 'error', message: 'boom' });
    expect(parseLauncherLine('READY')).toBeNull();
    expect(parseLauncherLine('some log line')).toBeNull();
  });

  it('reads launcher.json and treats a missing or malformed one as absent', async () => {
    const d = join(dir, 'rt');
    await mkdir(d, { recursive: true });
    expect(await readRuntimeFile(d)).toBeNull();
    await writeFile(join(d, 'launcher.json'), '{"pid": 12');
    expect(await readRuntimeFile(d)).toBeNull();
    const info = { pid: 12, port: 7687, uri: 'bolt://127.0.0.1:7687', startedAt: '2024-01-01T00:00:00Z' };
    await writeFile(join(d, 'launcher.json'), JSON.stringify(info));
    expect(await readRuntimeFile(d)).toEqual(info);
  });

  it('tells a live pid from a dead one', () => {
    expect(isPidAlive(process.pid)).toBe(true);
    const done = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    expect(isPidAlive(Number(done.stdout))).toBe(false);
  });
});

describe('build cache key', () => {
  it('changes when pom.xml or a Java source changes, and only then', async () => {
    const l = join(dir, 'launcher');
    await mkdir(join(l, 'src', 'main', 'java'), { recursive: true });
    await writeFile(join(l, 'pom.xml'), '<project/>');
    await writeFile(join(l, 'src', 'main', 'java', 'A.java'), 'class A {}');
    const h1 = await launcherSourceHash(l);
    expect(await launcherSourceHash(l)).toBe(h1);
    await writeFile(join(l, 'src', 'main', 'java', 'A.java'), 'class A { int x; }');
    const h2 = await launcherSourceHash(l);
    expect(h2).not.toBe(h1);
    await writeFile(join(l, 'pom.xml'), '<project></project>');
    expect(await launcherSourceHash(l)).not.toBe(h2);
  });
});
