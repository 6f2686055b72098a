/** Pure parts of the custom queries: cursors, Lucene escaping, number forms, map assembly, rules. */
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageRequest, paginate } from '../../src/graph/pagination.js';
import { escapeLucene, luceneQuery, searchTerms } from '../../src/graph/search.js';
import { numberForms } from '../../src/graph/documents.js';
import { buildMap } from '../../src/graph/responsibility-map.js';
import { derivedPlanGap, sortGaps, type Gap } from '../../src/graph/gaps.js';
import { lineageNodes, type LineageStep } from '../../src/graph/lineage.js';
import type { DocumentRef, DutyRef } from '../../src/graph/refs.js';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { extensions?: { code?: string } }).extensions?.code;
  }
  return null;
};

const doc = (key: string, extra: Partial<DocumentRef> = {}): DocumentRef => ({
  key,
  kind: 'PLAN',
  number: null,
  issuedOn: null,
  year: null,
  title: key,
  level: 'PROVINCE',
  stub: false,
  draft: false,
  issuerKey: null,
  issuerName: null,
  ...extra,
});
const duty = (key: string, line: number): DutyRef => ({ key, text: key, section: null, unattributed: false, source: { documentKey: 'x', sourceFile: null, line, lineEnd: line } });

describe('pagination', () => {
  it('round-trips opaque cursors and refuses forged ones', () => {
    expect(decodeCursor(encodeCursor(150))).toBe(150);
    expect(decodeCursor(null)).toBe(0);
    expect(code(() => decodeCursor('bm90LWEtY3Vyc29y'))).toBe('BAD_USER_INPUT');
    expect(code(() => decodeCursor('%%%'))).toBe('BAD_USER_INPUT');
  });

  it('bounds the page size to 1..200', () => {
    expect(pageRequest(undefined, undefined, 50)).toEqual({ offset: 0, limit: 50 });
    expect(code(() => pageRequest(201, undefined, 50))).toBe('BAD_USER_INPUT');
    expect(code(() => pageRequest(0, undefined, 50))).toBe('BAD_USER_INPUT');
    expect(code(() => pageRequest(-5, undefined, 50))).toBe('BAD_USER_INPUT');
  });

  it('pages through a list without overlap', () => {
    const all = Array.from({ length: 5 }, (_, i) => i);
    const p1 = paginate(all, pageRequest(2, null, 50));
    expect(p1).toMatchObject({ items: [0, 1], totalCount: 5, pageInfo: { hasNextPage: true } });
    const p2 = paginate(all, pageRequest(2, p1.pageInfo.endCursor, 50));
    const p3 = paginate(all, pageRequest(2, p2.pageInfo.endCursor, 50));
    expect(p2.items).toEqual([2, 3]);
    expect(p3).toMatchObject({ items: [4], pageInfo: { hasNextPage: false } });
  });
});

describe('search query building', () => {
  it('folds the words (accents optional) and splits on punctuation like the analyzer', () => {
    expect(searchTerms('Chỉ thị 07/CT-BCA-V28')).toEqual(['chi', 'thi', '07', 'ct', 'bca', 'v28']);
  });

  it('escapes every Lucene operator', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^i"j~k*l?m:n\\o/p')).toBe('a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^i\\"j\\~k\\*l\\?m\\:n\\\\o\\/p');
  });

  it('an injection attempt stays a list of plain words', () => {
    const q = luceneQuery('") OR *:* OR ("');
    expect(q).toBe('(or AND or)^4 OR "or or"~2^4 OR (or OR or)');
    expect(q).not.toContain('*:*');
    expect(luceneQuery('*** ??? ///')).toBe('');
  });

  it('ranks all-words and the near phrase above any word', () => {
    expect(luceneQuery('chi thi 07')).toBe('(chi AND thi AND 07)^4 OR "chi thi 07"~2^4 OR (chi OR thi OR 07)');
  });
});

describe('numberForms', () => {
  it('folds, drops "Số:" and spaces, and makes the leading zero optional', () => {
    expect(numberForms('Số: 14/KH-UBND')).toEqual(['14/kh-ubnd']);
    expect(numberForms('7/CT-BCA-V28').sort()).toEqual(['07/ct-bca-v28', '7/ct-bca-v28']);
    expect(numberForms('147/NQ-CP')).toEqual(['147/nq-cp']);
    expect(numberForms('77/2010/NĐ-CP')).toEqual(['77/2010/nd-cp']);
    expect(numberForms('   ')).toEqual([]);
  });
});

describe('buildMap', () => {
  const ca = { key: 'cong-an-tinh-x', name: 'Công an tỉnh X', type: 'PUBLIC_SECURITY', level: 'PROVINCE', group: false };
  const yt = { key: 'so-y-te-tinh-x', name: 'Sở Y tế tỉnh X', type: 'HEALTH', level: 'PROVINCE', group: false };
  const cah = { key: 'cong-an-huyen-y', name: 'Công an huyện Y', type: 'PUBLIC_SECURITY', level: 'DISTRICT', group: false };
  const parent = doc('p');
  const child = doc('c', { level: 'DISTRICT' });
  const duties = [duty('p1', 10), duty('p2', 20), duty('c1', 5)];
  const dutyDoc = new Map([
    ['p1', 'p'],
    ['p2', 'p'],
    ['c1', 'c'],
  ]);
  const taskings = [
    { agency: ca, dutyKey: 'p1', role: 'COORDINATE' },
    { agency: ca, dutyKey: 'p1', role: 'LEAD' },
    { agency: yt, dutyKey: 'p1', role: 'COORDINATE' },
    { agency: yt, dutyKey: 'p2', role: 'RESPONSIBLE' },
    { agency: cah, dutyKey: 'c1', role: 'LEAD' },
  ];
  const m = buildMap(parent, [parent, child], duties, dutyDoc, taskings, [{ child: 'c', parent: 'p' }]);

  it('aligns each matrix row with the duty columns, strongest role per cell', () => {
    expect(m.agencies.map((a) => a.key)).toEqual(['cong-an-tinh-x', 'so-y-te-tinh-x', 'cong-an-huyen-y']);
    expect(m.matrix.map((r) => r.roles)).toEqual([
      ['LEAD', null, null],
      ['COORDINATE', 'RESPONSIBLE', null],
      [null, null, 'LEAD'],
    ]);
    expect(m.cells).toHaveLength(5);
  });

  it('shows how a parent duty is taken up by the same agency type below', () => {
    expect(m.uptake).toEqual([{ parentDuty: duties[0], agencyType: 'PUBLIC_SECURITY', childDocument: child, childDuties: [duties[2]] }]);
    expect(m.edges).toContainEqual({ source: 'p1', target: 'c1', type: 'TAKEN_UP_BY', role: null });
    expect(m.edges).toContainEqual({ source: 'c', target: 'p', type: 'IMPLEMENTS', role: null });
    expect(m.nodes.filter((n) => n.kind === 'DUTY')).toHaveLength(3);
  });
});

describe('MISSING_DERIVED_PLAN decision', () => {
  const row = {
    doc: doc('ubnd-thi-xa-bimr-sown.thanh-hoa/kh/2017', { level: 'DISTRICT' }),
    docLevel: 'DISTRICT',
    duty: null,
    deadlines: [{ key: 'dl', kind: 'ABSOLUTE', date: '2017-06-30', text: 'xây dựng kế hoạch … trước ngày 30/6/2017', source: { documentKey: 'b', sourceFile: null, line: 144, lineEnd: 144 } }],
    levels: ['COMMUNE', 'DISTRICT'],
    implementers: [] as Array<{ key: string; level: string | null }>,
    fulfilled: false,
  };

  it('fires, late, when nothing implements the plan', () => {
    expect(derivedPlanGap(row, '2026-11-22')).toMatchObject({ kind: 'MISSING_DERIVED_PLAN', severity: 'ERROR', dueDate: '2017-06-30', subjectKey: 'dl' });
  });

  it('is answered by an implementing plan from the tasked level, or by a registered fulfilment', () => {
    expect(derivedPlanGap({ ...row, implementers: [{ key: 'ward', level: 'COMMUNE' }] }, '2026-11-22')).toBeNull();
    expect(derivedPlanGap({ ...row, fulfilled: true }, '2026-11-22')).toBeNull();
  });

  it('is not answered by a plan of a higher level', () => {
    expect(derivedPlanGap({ ...row, levels: ['COMMUNE'], implementers: [{ key: 'prov', level: 'PROVINCE' }] }, '2026-11-22')).not.toBeNull();
  });
});

describe('sortGaps / lineageNodes', () => {
  it('orders gaps by severity, then document, then line', () => {
    const g = (kind: Gap['kind'], severity: Gap['severity'], key: string, line: number): Gap => ({
      kind,
      severity,
      what: '',
      why: '',
      document: doc(key),
      subjectKey: null,
      dueDate: null,
      source: { documentKey: key, sourceFile: null, line, lineEnd: line },
    });
    const out = sortGaps([g('UNLED_DUTY', 'INFO', 'a', 1), g('DRAFT_DOCUMENT', 'WARNING', 'b', 1), g('OVERDUE_DEADLINE', 'ERROR', 'b', 9), g('UNLED_DUTY', 'WARNING', 'a', 5)]);
    expect(out.map((x) => `${x.severity}:${x.document.key}:${x.source.line}`)).toEqual(['ERROR:b:9', 'WARNING:a:5', 'WARNING:b:1', 'INFO:a:1']);
  });

  it('keeps each document once at its smallest distance (negative above the root)', () => {
    const root = doc('07');
    const s = (from: string, to: string, depth: number, direction: 'DOWN' | 'UP'): LineageStep => ({
      from: doc(from),
      to: doc(to),
      relation: 'IMPLEMENTS',
      depth,
      direction,
      source: { documentKey: from, sourceFile: null, line: 1, lineEnd: 1 },
    });
    const nodes = lineageNodes(root, [s('250', '07', 1, 'DOWN'), s('tn', '07', 1, 'DOWN'), s('tn', '250', 2, 'DOWN'), s('07', 'law', 1, 'UP')]);
    expect(nodes.map((n) => [n.document.key, n.depth])).toEqual([
      ['law', -1],
      ['07', 0],
      ['250', 1],
      ['tn', 1],
    ]);
  });
});

describe('numberLookups', async () => {
  const { numberLookups } = await import('../../src/graph/search.js');
  it('reads "kind word + number" out of the search text', () => {
    expect(numberLookups('chi thi 07')).toEqual([{ kind: 'DIRECTIVE', forms: ['07', '7'] }]);
    expect(numberLookups('Nghị quyết số 147/NQ-CP')).toEqual([{ kind: 'RESOLUTION', forms: ['147/nq-cp'] }]);
    expect(numberLookups('thông tư 23/2012/TT-BCA')).toEqual([{ kind: 'CIRCULAR', forms: ['23/2012/tt-bca'] }]);
    expect(numberLookups('cong an thi xa bim son')).toEqual([]);
  });
});

describe('mergeDerivedPlanGaps', async () => {
  const { mergeDerivedPlanGaps } = await import('../../src/graph/gaps.js');
  const g = (key: string, line: number, dueDate: string | null): Gap => ({
    kind: 'MISSING_DERIVED_PLAN',
    severity: 'WARNING',
    what: `ask ${line}`,
    why: 'No plan.',
    document: doc(key),
    subjectKey: `${key}#${line}`,
    dueDate,
    source: { documentKey: key, sourceFile: null, line, lineEnd: line },
  });
  it('keeps one gap per plan, the most pressing passage, and names the others', () => {
    const out = mergeDerivedPlanGaps([g('a', 140, null), g('a', 144, '2017-06-30'), g('b', 9, null)]);
    expect(out.map((x) => x.subjectKey)).toEqual(['a#144', 'b#9']);
    expect(out[0]!.why).toContain('lines 140, 144');
  });
});
