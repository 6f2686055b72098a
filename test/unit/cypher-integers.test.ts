import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toCypherIntegers } from '../../src/db/driver.js';

describe('toCypherIntegers (writes send integral numbers as Cypher INTEGER)', () => {
  it('converts integral numbers at any depth of plain objects and arrays', () => {
    const out = toCypherIntegers({ key: 'k', rows: [{ month: 11, day: 5, line: 154, value: 90.5 }], n: 0 }) as any;
    expect(neo4j.isInt(out.rows[0].month)).toBe(true);
    expect(out.rows[0].month.toNumber()).toBe(11);
    expect(neo4j.isInt(out.rows[0].line)).toBe(true);
    expect(neo4j.isInt(out.n)).toBe(true);
    expect(out.rows[0].value).toBe(90.5); // a fraction stays a float
    expect(out.key).toBe('k');
  });

  it('leaves null, booleans, strings, driver values and unsafe integers alone', () => {
    const big = 2 ** 60;
    const already = neo4j.int(7);
    const out = toCypherIntegers({ a: null, b: true, c: '12', d: already, e: big }) as any;
    expect(out).toEqual({ a: null, b: true, c: '12', d: already, e: big });
  });
});
