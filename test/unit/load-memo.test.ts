import { describe, expect, it } from 'vitest';
import { LoadMemo } from '../../src/load/memo.js';

describe('LoadMemo', () => {
  const unit = (key: string, name: string) => ({ key, name });

  it('leaves out a row equal to the last one written under its key, and only once its batch committed', () => {
    const m = new LoadMemo();
    m.begin();
    expect(m.fresh('unit', [unit('a', 'A'), unit('a', 'A'), unit('b', 'B')], (u) => u.key)).toEqual([unit('a', 'A'), unit('b', 'B')]);
    m.commit();
    m.begin();
    expect(m.fresh('unit', [unit('a', 'A'), unit('b', 'B2')], (u) => u.key)).toEqual([unit('b', 'B2')]);
    m.commit();
  });

  it('writes a row again when another value was written under its key since (the last write wins, as SET does)', () => {
    const m = new LoadMemo();
    m.begin();
    m.fresh('unit', [unit('a', 'A'), unit('a', 'A2')], (u) => u.key);
    m.commit();
    m.begin();
    // the graph holds A2: A must be written, and then A2 again
    expect(m.fresh('unit', [unit('a', 'A'), unit('a', 'A2')], (u) => u.key)).toEqual([unit('a', 'A'), unit('a', 'A2')]);
  });

  it('forgets the rows of a batch that did not commit (a failed or retried transaction)', () => {
    const m = new LoadMemo();
    m.begin();
    m.fresh('unit', [unit('a', 'A')], (u) => u.key);
    m.begin(); // the retry, or the next batch after a rollback
    expect(m.fresh('unit', [unit('a', 'A')], (u) => u.key)).toEqual([unit('a', 'A')]);
    m.begin();
    expect(m.has('unit', 'a', unit('a', 'A'))).toBe(false);
  });
});
