import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('gives defaults: embedded Neo4j (no URI), port 4000, public reads', () => {
    const c = loadConfig({});
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.PORT).toBe(4000);
    expect(c.PUBLIC_READS).toBe(true);
    expect(c.NEO4J_DATA_DIR).toBe('.data/neo4j');
  });

  it('lists every bad variable in one error', () => {
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', JWT_SECRET: 'short', PUBLIC_READS: 'maybe' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as Error).message;
      for (const v of ['PORT', 'NEO4J_URI', 'JWT_SECRET', 'PUBLIC_READS']) expect(msg).toContain(v);
      expect((e as ConfigError).problems).toHaveLength(4);
    }
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ NEO4J_URI: '' }).NEO4J_URI).toBeUndefined();
  });

  it('accepts routing URIs for clusters and Aura', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io' }).NEO4J_URI).toMatch(/^neo4j\+s/);
  });
});
