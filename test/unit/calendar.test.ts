import { describe, expect, it } from 'vitest';
import {
  actingUnitEnd,
  addYears,
  dayInferred,
  checkRange,
  expandCandidates,
  expandRecurrence,
  latestOccurrenceBefore,
  occurrences,
  recurrenceBounds,
  stoppedRecurrences,
  type DeadlineCandidate,
} from '../../src/graph/calendar.js';

describe('expandRecurrence', () => {
  it('QUARTERLY day 13 of the last month of each quarter (Đông Triều: "trước ngày 13 của tháng cuối quý")', () => {
    const rule = { frequency: 'QUARTERLY', day: 13, monthOfPeriod: 'LAST' };
    expect(expandRecurrence(rule, '2026-01-01', '2026-12-31')).toEqual(['2026-03-13', '2026-06-13', '2026-09-13', '2026-12-13']);
  });

  it('QUARTERLY in the first month of the quarter', () => {
    expect(expandRecurrence({ frequency: 'QUARTERLY', day: 5, monthOfPeriod: 'FIRST' }, '2026-01-01', '2026-06-30')).toEqual(['2026-01-05', '2026-04-05']);
  });

  it('QUARTERLY without a day falls on the last day of the quarter', () => {
    expect(expandRecurrence({ frequency: 'QUARTERLY', day: null, monthOfPeriod: null }, '2024-01-01', '2024-12-31')).toEqual([
      '2024-03-31',
      '2024-06-30',
      '2024-09-30',
      '2024-12-31',
    ]);
  });

  it('YEARLY month/day ("trước ngày 05/11 hàng năm")', () => {
    expect(expandRecurrence({ frequency: 'YEARLY', month: 11, day: 5 }, '2024-06-01', '2026-12-31')).toEqual(['2024-11-05', '2025-11-05', '2026-11-05']);
  });

  it('YEARLY without month or day falls on 31 December ("định kỳ … 1 năm")', () => {
    expect(expandRecurrence({ frequency: 'YEARLY' }, '2020-01-01', '2021-12-31')).toEqual(['2020-12-31', '2021-12-31']);
  });

  it('HALF_YEARLY without a day uses the last day of each half ("định kỳ 6 tháng")', () => {
    expect(expandRecurrence({ frequency: 'HALF_YEARLY' }, '2021-01-01', '2021-12-31')).toEqual(['2021-06-30', '2021-12-31']);
  });

  it('HALF_YEARLY with a day in the last (default) or first month of the half', () => {
    expect(expandRecurrence({ frequency: 'HALF_YEARLY', day: 15 }, '2021-01-01', '2021-12-31')).toEqual(['2021-06-15', '2021-12-15']);
    expect(expandRecurrence({ frequency: 'HALF_YEARLY', day: 15, monthOfPeriod: 'FIRST' }, '2021-01-01', '2021-12-31')).toEqual(['2021-01-15', '2021-07-15']);
  });

  it('MONTHLY clamps a day past the end of a month (31 → 28/29 February, 30 April)', () => {
    expect(expandRecurrence({ frequency: 'MONTHLY', day: 31 }, '2024-01-01', '2024-04-30')).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']);
    expect(expandRecurrence({ frequency: 'MONTHLY', day: 31 }, '2025-02-01', '2025-02-28')).toEqual(['2025-02-28']);
  });

  it('YEARLY 29 February is 28 February in common years', () => {
    expect(expandRecurrence({ frequency: 'YEARLY', month: 2, day: 29 }, '2023-01-01', '2024-12-31')).toEqual(['2023-02-28', '2024-02-29']);
  });

  it('keeps only dates inside the window and the bounds, inclusive', () => {
    const rule = { frequency: 'QUARTERLY', day: 13, monthOfPeriod: 'LAST' };
    expect(expandRecurrence(rule, '2026-03-13', '2026-09-13')).toEqual(['2026-03-13', '2026-06-13', '2026-09-13']);
    expect(expandRecurrence(rule, '2023-01-01', '2023-12-31', { start: '2023-06-16', end: null })).toEqual(['2023-09-13', '2023-12-13']);
    expect(expandRecurrence(rule, '2023-01-01', '2027-12-31', { start: null, end: '2024-03-31' })).toHaveLength(5);
    expect(expandRecurrence(rule, '2026-01-01', '2026-12-31', { start: '2027-01-01', end: null })).toEqual([]);
  });

  it('WEEKLY repeats every 7 days from its start, and needs one', () => {
    expect(expandRecurrence({ frequency: 'WEEKLY' }, '2026-01-01', '2026-01-31', { start: '2025-12-29', end: null })).toEqual([
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
    ]);
    expect(expandRecurrence({ frequency: 'WEEKLY' }, '2026-01-01', '2026-01-31')).toEqual([]);
  });

  it('WEEKLY on a weekday ("trước 16 giờ ngày thứ sáu hằng tuần", Lâm Đồng 493) falls on every Friday', () => {
    // 2026-01-02 is a Friday
    expect(expandRecurrence({ frequency: 'WEEKLY', weekday: 5 }, '2026-01-01', '2026-01-31')).toEqual(['2026-01-02', '2026-01-09', '2026-01-16', '2026-01-23', '2026-01-30']);
    expect(expandRecurrence({ frequency: 'WEEKLY', weekday: 4 }, '2026-01-01', '2026-01-10', { start: '2025-12-29', end: null })).toEqual(['2026-01-01', '2026-01-08']);
  });

  it('WEEKLY every 2 weeks ("định kỳ 02 tuần/lần") repeats every 14 days from its start', () => {
    expect(expandRecurrence({ frequency: 'WEEKLY', interval: 2 }, '2026-04-01', '2026-05-31', { start: '2026-04-10', end: null })).toEqual(['2026-04-10', '2026-04-24', '2026-05-08', '2026-05-22']);
    expect(expandRecurrence({ frequency: 'WEEKLY', interval: 2 }, '2026-04-01', '2026-05-31')).toEqual([]); // no anchor: no guess
  });

  it('an unknown frequency yields nothing rather than a guess', () => {
    expect(expandRecurrence({ frequency: null }, '2026-01-01', '2026-12-31')).toEqual([]);
    expect(expandRecurrence({ frequency: 'DAILY' }, '2026-01-01', '2026-12-31')).toEqual([]);
  });
});

describe('occurrences of any deadline', () => {
  it('ABSOLUTE: its date when inside the window', () => {
    expect(occurrences({ kind: 'ABSOLUTE', date: '2017-06-30', frequency: null }, '2017-01-01', '2017-12-31')).toEqual(['2017-06-30']);
    expect(occurrences({ kind: 'ABSOLUTE', date: '2017-06-30', frequency: null }, '2018-01-01', '2018-12-31')).toEqual([]);
  });

  it('START is not a due date; a HORIZON commitment ("đến hết năm 2026") is shown on its (inferred) day', () => {
    expect(occurrences({ kind: 'START', date: '2017-12-15', frequency: null }, '2017-01-01', '2017-12-31')).toEqual([]);
    expect(occurrences({ kind: 'HORIZON', date: '2026-12-31', frequency: null }, '2026-01-01', '2026-12-31')).toEqual(['2026-12-31']);
    expect(occurrences({ kind: 'HORIZON', date: '2030-12-31', frequency: null }, '2026-01-01', '2026-12-31')).toEqual([]);
    expect(dayInferred({ kind: 'HORIZON', date: '2026-12-31', frequency: null })).toBe(true);
    // but a horizon is not a report that falls overdue
    expect(latestOccurrenceBefore({ kind: 'HORIZON', date: '2026-12-31', frequency: null }, '2027-06-01')).toBeNull();
  });

  it('marks days the text does not give as inferred: "hàng năm" (Tây Ninh 79) → 31/12, but not "trước ngày 05/11 hàng năm" (Bỉm Sơn 154)', () => {
    expect(dayInferred({ kind: 'RECURRING', frequency: 'YEARLY', month: null, day: null })).toBe(true);
    expect(dayInferred({ kind: 'RECURRING', frequency: 'YEARLY', month: 11, day: 5 })).toBe(false);
    expect(dayInferred({ kind: 'RECURRING', frequency: 'QUARTERLY', day: 13, monthOfPeriod: 'LAST' })).toBe(false);
    expect(dayInferred({ kind: 'RECURRING', frequency: 'MONTHLY', day: null })).toBe(true);
    expect(dayInferred({ kind: 'ABSOLUTE', date: '2017-11-20', frequency: null })).toBe(false);
  });
});

describe('latestOccurrenceBefore (the OVERDUE_DEADLINE rule)', () => {
  it('Bỉm Sơn 30/6/2017 is before 2026-11-22', () => {
    expect(latestOccurrenceBefore({ kind: 'ABSOLUTE', date: '2017-06-30', frequency: null }, '2026-11-22')).toBe('2017-06-30');
  });

  it('a deadline due on asOf itself is not late yet', () => {
    expect(latestOccurrenceBefore({ kind: 'ABSOLUTE', date: '2026-11-22', frequency: null }, '2026-11-22')).toBeNull();
    expect(latestOccurrenceBefore({ kind: 'RECURRING', frequency: 'YEARLY', month: 11, day: 22 }, '2026-11-22')).toBe('2025-11-22');
  });

  it('the latest occurrence of a recurring deadline', () => {
    expect(latestOccurrenceBefore({ kind: 'RECURRING', frequency: 'YEARLY', month: 11, day: 5 }, '2026-11-22')).toBe('2026-11-05');
    expect(latestOccurrenceBefore({ kind: 'RECURRING', frequency: 'QUARTERLY', day: 13, monthOfPeriod: 'LAST' }, '2026-11-22')).toBe('2026-09-13');
    expect(latestOccurrenceBefore({ kind: 'RECURRING', frequency: 'YEARLY', month: 10, day: 15 }, '2026-01-10')).toBe('2025-10-15');
  });

  it('nothing before the recurrence starts, nothing after its phase ends', () => {
    const rule = { kind: 'RECURRING', frequency: 'YEARLY', month: 11, day: 5 };
    expect(latestOccurrenceBefore(rule, '2018-01-01', { start: '2018-01-01', end: null })).toBeNull();
    expect(latestOccurrenceBefore({ kind: 'RECURRING', frequency: 'HALF_YEARLY' }, '2026-11-22', { start: '2020-08-11', end: '2025-12-31' })).toBe('2025-12-31');
  });
});

describe('recurrenceBounds', () => {
  it('starts at the recurrence start, else the document date, else 1 January of its year', () => {
    expect(recurrenceBounds({ fromDate: '2017-12-15' }, { issuedOn: null, year: 2017 }).start).toBe('2017-12-15');
    expect(recurrenceBounds({ fromDate: null }, { issuedOn: '2023-06-16', year: 2023 }).start).toBe('2023-06-16');
    expect(recurrenceBounds({}, { issuedOn: null, year: 2017 }).start).toBe('2017-01-01');
    expect(recurrenceBounds({}, { issuedOn: null, year: null }).start).toBeNull();
  });

  it('a multi-year phase ends the recurrence; a one-year plan does not', () => {
    expect(recurrenceBounds({}, { issuedOn: '2020-08-11', year: 2020, periodFrom: 2020, periodTo: 2025 })).toMatchObject({ end: '2025-12-31', endReason: 'PLAN_PERIOD_END' });
    expect(recurrenceBounds({}, { issuedOn: '2023-06-16', year: 2023, periodFrom: 2023, periodTo: 2023 }).end).toBeNull();
  });

  it('an ended recurrence stays overdue for its last occurrence, however late asOf is (Bỉm Sơn 05/11 yearly, unit ended 30/6/2025)', () => {
    const yearly = { kind: 'RECURRING', frequency: 'YEARLY', month: 11, day: 5 };
    expect(latestOccurrenceBefore(yearly, '2026-11-22', { start: '2017-12-15', end: '2025-06-30', endReason: 'UNIT_DISSOLVED' })).toBe('2024-11-05');
    expect(latestOccurrenceBefore(yearly, '2030-01-01', { start: '2017-12-15', end: '2025-06-30', endReason: 'UNIT_DISSOLVED' })).toBe('2024-11-05');
  });

  it('the end of the acting unit ends the recurrence: thị xã Đông Triều ceased on 30/6/2025 (no successor assumed)', () => {
    const b = recurrenceBounds({}, { issuedOn: '2023-06-16', year: 2023, periodFrom: null, periodTo: null, unitEnd: '2025-06-30' });
    expect(b).toMatchObject({ start: '2023-06-16', end: '2025-06-30', endReason: 'UNIT_DISSOLVED' });
    const quarterly = { kind: 'RECURRING', frequency: 'QUARTERLY', day: 13, monthOfPeriod: 'LAST' };
    expect(occurrences(quarterly, '2025-01-01', '2026-12-31', b)).toEqual(['2025-03-13', '2025-06-13']);
    // Tây Ninh 2020–2025 in a province that still exists: the period ends first
    expect(recurrenceBounds({}, { issuedOn: '2020-08-11', year: 2020, periodFrom: 2020, periodTo: 2025, unitEnd: null }).endReason).toBe('PLAN_PERIOD_END');
    // whichever comes first
    expect(recurrenceBounds({}, { issuedOn: '2020-08-11', year: 2020, periodFrom: 2020, periodTo: 2030, unitEnd: '2025-06-30' })).toMatchObject({ end: '2025-06-30', endReason: 'UNIT_DISSOLVED' });
  });

  it('a unit ends for a deadline only when every acting agency\'s unit ended', () => {
    expect(actingUnitEnd(['2025-06-30', '2025-06-30'], [])).toBe('2025-06-30');
    expect(actingUnitEnd(['2025-06-30', null], [])).toBeNull(); // Công an tỉnh still acts
    expect(actingUnitEnd([], ['2025-06-30'])).toBe('2025-06-30'); // no agency: the document's unit
    expect(actingUnitEnd([], [])).toBeNull();
  });

  it('says why an occurrence is absent: Đông Triều\'s quarterly report stops on 30/6/2025', () => {
    const cand = {
      deadline: { key: 'd#1', kind: 'RECURRING', frequency: 'QUARTERLY', day: 13, monthOfPeriod: 'LAST', fromDate: null },
      duty: null,
      document: { key: 'dong-trieu' },
      docTiming: { issuedOn: '2023-06-16', year: 2023, periodFrom: null, periodTo: null, unitEnd: '2025-06-30' },
      agencies: [],
      fulfilled: [],
    } as unknown as DeadlineCandidate;
    expect(expandCandidates([cand], '2026-01-01', '2026-12-31')).toEqual([]);
    expect(stoppedRecurrences([cand], '2026-01-01', '2026-12-31')).toMatchObject([{ endsOn: '2025-06-30', reason: 'UNIT_DISSOLVED' }]);
    // a window the recurrence still covers says nothing
    expect(stoppedRecurrences([cand], '2024-01-01', '2024-12-31')).toEqual([]);
  });
});

describe('checkRange', () => {
  it('accepts up to five years and refuses more, or a reversed range, with BAD_USER_INPUT', () => {
    expect(() => checkRange('2026-01-01', '2031-01-01')).not.toThrow();
    const code = (f: () => void) => {
      try {
        f();
      } catch (e) {
        return (e as { extensions?: { code?: string } }).extensions?.code;
      }
      return null;
    };
    expect(code(() => checkRange('2026-01-01', '2031-01-02'))).toBe('BAD_USER_INPUT');
    expect(code(() => checkRange('2026-02-01', '2026-01-01'))).toBe('BAD_USER_INPUT');
  });

  it('addYears clamps 29 February', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });
});

describe('expandCandidates', () => {
  const doc = { key: 'ubnd-thi-xa-ddoong-trieeuf.quang-ninh/191-kh-ubnd/2023', kind: 'PLAN', number: '191/KH-UBND', issuedOn: '2023-06-16', year: 2023, title: null, level: 'DISTRICT', stub: false, draft: false, issuerKey: null, issuerName: null };
  const src = { documentKey: doc.key, sourceFile: null, line: 106, lineEnd: 106 };
  const base = (key: string, extra: Partial<DeadlineCandidate['deadline']>, fulfilled: string[] = []): DeadlineCandidate => ({
    deadline: { key, kind: 'RECURRING', date: null, frequency: null, month: null, day: null, monthOfPeriod: null, text: key, action: 'REPORT', recipientText: null, recipients: [], source: src, fromDate: null, ...extra },
    duty: null,
    document: doc,
    docTiming: { issuedOn: '2023-06-16', year: 2023, periodFrom: null, periodTo: null },
    agencies: [],
    fulfilled,
  });

  it('sorts occurrences by date and marks the fulfilled ones', () => {
    const out = expandCandidates(
      [
        base('q', { frequency: 'QUARTERLY', day: 13, monthOfPeriod: 'LAST' }, ['2026-12-13']),
        base('y', { frequency: 'YEARLY', month: 10, day: 15 }),
        base('a', { kind: 'ABSOLUTE', date: '2026-11-01' }, ['']),
      ],
      '2026-10-01',
      '2026-12-31',
    );
    expect(out.map((o) => [o.date, o.deadline.key, o.fulfilled])).toEqual([
      ['2026-10-15', 'y', false],
      ['2026-11-01', 'a', true],
      ['2026-12-13', 'q', true],
    ]);
  });
});
