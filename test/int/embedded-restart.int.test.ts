/**
 * An embedded database we own that crashes is started again on the same port; the driver
 * reconnects by itself (issue 2: "the API recovers by itself when the database is back").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { connectDatabase } from '../../src/db/driver.js';

it('restarts a crashed embedded Neo4j on the same port and the same handle answers again', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'restart-'));
  const db = await connectDatabase(loadConfig({ NEO4J_DATA_DIR: dir, NEO4J_HEAP: '512m' }));
  try {
    expect(db.embedded?.owned).toBe(true);
    await db.write((tx) => tx.run('CREATE (:Probe {v: 1})'));
    const pid = db.embedded!.pid;
    const uri = db.uri;
    process.kill(pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await db.ping()).toBe(false);
    let back = false;
    for (let i = 0; i < 90 && !back; i++) {
      back = await db.ping();
      if (!back) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(back).toBe(true);
    expect(db.embedded!.pid).not.toBe(pid);
    expect(db.uri).toBe(uri);
    const r = await db.read((tx) => tx.run('MATCH (p:Probe) RETURN p.v AS v'));
    expect(r.records[0]?.get('v')).toBe(1); // the store survived the crash
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
