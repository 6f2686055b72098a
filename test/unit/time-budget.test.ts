import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/extract.js';
import { InputError } from '../../src/ingest/source.js';
import { projectRoot } from '../../src/paths.js';
import { headWords, metricAfter, placeBefore } from '../../src/ingest/targets.js';

const seed = readFileSync(join(projectRoot, 'seed', 'documents', '002_cb7cca597ed1ba5a.txt'));

describe('per-document time budget', () => {
  it('an exhausted budget is a clear TIME_BUDGET error naming the file, not a hang', () => {
    // A budget of 0 ms is spent by the first phase whatever the machine: no timing in this test.
    try {
      extract(seed, 'budget.txt', { timeBudgetMs: 0 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).code).toBe('TIME_BUDGET');
      expect((e as Error).message).toMatch(/^budget\.txt: .*budget of 0 ms/);
    }
  });

  it('the default budget leaves a seed alone', () => {
    expect(extract(seed, 'seed.txt').document.number).toBe('14/KH-UBND');
  });
});

describe('targets helpers that replaced scans of the whole text before/after each number', () => {
  it('placeBefore gives the words since the last comma and the preposition', () => {
    expect(placeBefore('Phấn đấu, các xã vượt cấp ở ')).toEqual({ what: ' các xã vượt cấp', prep: 'ở' });
    expect(placeBefore('các xã tại')).toEqual({ what: 'các xã', prep: 'tại' });
    expect(placeBefore('đạt ')).toBeNull();
    expect(placeBefore('xã trên')?.prep).toBe('trên');
    expect(placeBefore('phía trênở')).toBeNull(); // "trênở" is not "ở" after whitespace
  });

  it('headWords keeps the first n words and their inner spacing', () => {
    expect(headWords('a  b c d', 2)).toBe('a  b');
    expect(headWords('a b', 5)).toBe('a b');
  });

  it('metricAfter reads the same on a long rest as on its head', () => {
    const rest = ' hộ dân được tuyên truyền về phòng, chống khủng bố';
    expect(metricAfter(rest + ' và'.repeat(5000))).toBe(metricAfter(rest + ' và'.repeat(40)));
  });
});
