/**
 * The reader against the national generator (bench/national/generate.ts), without a database: each
 * generated plan reads as the facts written beside it — document key, IMPLEMENTS edges with their
 * line, (agency key, role, line) assignments. test/int/identity-national.int.test.ts checks that the
 * load keeps them apart in the graph; this checks the reading, over more plans.
 */
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/national/generate.js';
import { extract } from '../../src/ingest/extract.js';

const plans = generate({ plans: 400, seed: 11 });

describe('generated national corpus (400 plans, hard cases first)', () => {
  it('every plan reads as its facts', () => {
    const misses: string[] = [];
    for (const p of plans) {
      const x = extract(Buffer.from(p.text), p.facts.file);
      if (x.document.key !== p.facts.document.key) misses.push(`${p.name}: key ${x.document.key} ≠ ${p.facts.document.key}`);
      const impl = x.references.filter((r) => r.relation === 'IMPLEMENTS').map((r) => `${r.key}@${r.line}`).sort();
      const want = p.facts.implements.map((i) => `${i.key}@${i.line}`).sort();
      if (impl.join() !== want.join()) misses.push(`${p.name}: implements ${impl} ≠ ${want}`);
      const got = new Set(x.assignments.map((a) => `${a.agencyKey}|${a.role}|${a.line}`));
      const facts = new Set(p.facts.assignments.map((a) => `${a.agencyKey}|${a.role}|${a.line}`));
      for (const f of facts) if (!got.has(f)) misses.push(`${p.name}: missing ${f}`);
      for (const g of got) if (!facts.has(g)) misses.push(`${p.name}: extra ${g}`);
    }
    expect(misses.slice(0, 20)).toEqual([]);
  });

  it('keeps same-named communes of different provinces and near-homographs apart', () => {
    const keys = new Set(plans.map((p) => p.facts.document.unit.key));
    const names = new Set(plans.map((p) => `${p.facts.document.unit.province}|${p.facts.document.unit.name}`));
    expect(keys.size).toBe(names.size);
  });
});
