/**
 * Golden tests: the parser's extraction of each seed document against what a careful human
 * reader finds in it (test/golden/*.expected.json, written without looking at the parser).
 *
 * Part 1 checks the golden files themselves (shape, enums, line numbers that really hold the
 * fact, conventions) and the scorer (a perfect extraction scores 1/1, a damaged one does not).
 * Part 2 runs `extract` on every seed and gates precision/recall per fact type.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AgencyType, DocumentKind, Level, Relation, Role, type Extraction } from '../../src/ingest/model.js';
import { fold, matchForm, slug } from '../../src/ingest/text.js';
import {
  FACT_TYPES,
  SEED_DIR,
  loadGoldens,
  normNumber,
  score,
  type FactScore,
  type FactType,
  type Golden,
} from '../golden/score.js';

const goldens = loadGoldens();
const seedFiles = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort();
const seedLines = (file: string): string[] => readFileSync(join(SEED_DIR, file), 'utf8').split(/\r?\n/);

/** Gates from the brief: recall / precision per fact type. */
const GATES: Partial<Record<FactType, { recall: number; precision: number }>> = {
  references: { recall: 0.95, precision: 0.9 },
  agencies: { recall: 0.95, precision: 0.9 },
  deadlines: { recall: 0.95, precision: 0.9 },
  assignments: { recall: 0.85, precision: 0.85 },
  targets: { recall: 0.85, precision: 0.85 },
  recipients: { recall: 0.85, precision: 0.85 },
};

/** Bắc Ninh: lines 38–66 repeat lines 9–37 verbatim. */
const BAC_NINH = '002_cb7cca597ed1ba5a.txt';
const DUP_FROM = 38;
const DUP_TO = 66;

const REQUIRED_KEYS = [
  'file',
  'document',
  'references',
  'links',
  'agencies',
  'assignments',
  'unattributedDutyLines',
  'deadlines',
  'targets',
  'recipients',
  'issues',
  'notes',
] as const;
const DOCUMENT_KEYS = [
  'kind',
  'number',
  'issuedOn',
  'year',
  'issuer',
  'issuerLevel',
  'signer',
  'draft',
  'titleContains',
  'period',
] as const;
const ISSUE_CODES = new Set([
  'EMPTY_FILE', 'BINARY_FILE', 'LEGACY_ENCODING', 'CONVERTED_ENCODING', 'NOT_A_DOCUMENT', 'TRUNCATED',
  'BLANK_NUMBER', 'MISSING_NUMBER', 'BLANK_DATE', 'MISSING_DATE', 'DUPLICATE_BLOCK', 'LOST_HEADING',
  'UNATTRIBUTED_DUTY', 'DATE_CONFLICT', 'VAGUE_BASIS', 'UNRESOLVED_ALIAS', 'SUPERSEDED_REFERENCE',
]);
const DEADLINE_KINDS = ['ABSOLUTE', 'RECURRING', 'START', 'HORIZON'];
const FREQUENCIES = ['YEARLY', 'HALF_YEARLY', 'QUARTERLY', 'MONTHLY', 'WEEKLY'];
const COMPARATORS = ['AT_LEAST', 'AT_MOST', 'EXACTLY', 'REDUCE_BY_AT_LEAST'];
const UNITS = ['PERCENT', 'COUNT'];
const PURPOSES = ['REPORT', 'IMPLEMENT', 'INFORM', 'ARCHIVE', null];

/** Text of lines [from, to] (1-based), folded and without spaces: for "is the fact really there" checks. */
const squash = (s: string) => fold(s).replace(/\s+/g, '');

function allFactLines(g: Golden): number[] {
  return [
    ...g.references.map((r) => r.line),
    ...g.links.map((l) => l.line),
    ...g.assignments.map((a) => a.line),
    ...g.unattributedDutyLines,
    ...g.deadlines.map((d) => d.line),
    ...g.targets.map((t) => t.line),
    ...g.recipients.map((r) => r.line),
  ];
}

/** A perfect extraction built from a golden file (optional facts included). */
function synthesize(g: Golden): Extraction {
  const agencies = g.agencies.map((a) => ({
    key: slug(matchForm(a.name)),
    name: a.name,
    names: a.names ?? [],
    type: a.type,
    level: a.level,
    unit: null,
    group: a.group,
  }));
  const references = g.references.map((r, i) => ({
    key: `ref-${i}`,
    relation: r.relation,
    kind: r.kind,
    number: r.number,
    issuedOn: r.issuedOn,
    issuer: null,
    title: r.name ?? null,
    text: r.name ?? r.number ?? '',
    alias: r.alias ?? null,
    vague: !!r.vague,
    catalog: false,
    line: r.line,
    lineEnd: r.lineEnd ?? r.line,
  }));
  const d = g.document;
  return {
    source: { file: g.file, sha256: '', lines: 0, encoding: 'utf-8', bytes: 0 },
    document: {
      key: d.key ?? '',
      kind: d.kind,
      number: d.number,
      issuedOn: d.issuedOn,
      year: d.year,
      place: d.place ?? null,
      issuer: { key: slug(d.issuer), name: d.issuer, level: d.issuerLevel },
      jurisdiction: d.jurisdiction ?? null,
      title: d.titleContains,
      signer: d.signer,
      signerCapacity: d.signerCapacity ?? null,
      period: d.period,
      draft: d.draft,
      line: 1,
      lineEnd: 1,
    },
    units: [],
    references,
    links: g.links.map((l) => ({ from: l.from, to: l.to, relation: l.relation, line: l.line, lineEnd: l.line })),
    agencies,
    duties: g.unattributedDutyLines.map((line) => ({
      key: `duty-${line}`,
      text: '',
      section: null,
      unattributed: true,
      suggestedAgency: null,
      suggestionConfidence: null,
      curated: false,
      line,
      lineEnd: line,
    })),
    assignments: g.assignments.map((a) => ({
      agency: a.agency,
      agencyKey: slug(matchForm(a.agency)),
      role: a.role,
      duty: '',
      dutyKey: `duty-${a.line}`,
      curated: false,
      basis: (a as { basis?: 'EXPLICIT' | 'INFERRED' }).basis ?? 'EXPLICIT',
      rule: 'golden',
      line: a.line,
      lineEnd: a.line,
    })),
    deadlines: g.deadlines.map((x, i) => ({
      key: `dl-${i}`,
      kind: x.kind,
      date: x.date ?? null,
      recurrence: x.recurrence
        ? {
            frequency: x.recurrence.frequency,
            month: x.recurrence.month ?? null,
            day: x.recurrence.day ?? null,
            monthOfPeriod: x.recurrence.monthOfPeriod ?? null,
            from: null,
          }
        : null,
      text: '',
      agency: x.agency ?? null,
      agencyKeys: [],
      dutyKey: null,
      action: x.action ?? 'OTHER',
      recipient: x.recipient ?? null,
      recipientKeys: [],
      line: x.line,
      lineEnd: x.line,
    })),
    targets: g.targets.map((t, i) => ({
      key: `t-${i}`,
      metric: t.metric ?? '',
      comparator: t.comparator,
      value: t.value,
      unit: t.unit,
      period: t.period ?? null,
      text: '',
      dutyKey: null,
      line: t.line,
      lineEnd: t.line,
    })),
    recipients: g.recipients.map((r) => ({ name: r.name, agencyKey: null, purpose: r.purpose, line: r.line, lineEnd: r.line })),
    issues: g.issues.map((code) => ({ code, severity: 'WARNING', message: '', line: null })),
  } as unknown as Extraction;
}

function report(file: string, type: FactType, s: FactScore): string {
  const lines = [
    `${file} ${type}: precision ${(s.precision * 100).toFixed(1)}% recall ${(s.recall * 100).toFixed(1)}% (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
  ];
  if (s.missing.length) lines.push(`  missing (${s.missing.length}):`, ...s.missing.map((m) => `    - ${m}`));
  if (s.extra.length) lines.push(`  extra (${s.extra.length}):`, ...s.extra.map((m) => `    + ${m}`));
  if (s.duplicates.length) lines.push(`  duplicate nodes (not counted):`, ...s.duplicates.map((m) => `    = ${m}`));
  return lines.join('\n');
}

// =============================================================================================
// Part 1: the golden files and the scorer
// =============================================================================================

describe('golden files', () => {
  it('there is one golden file per seed document', () => {
    expect(goldens.map((g) => g.file)).toEqual(seedFiles);
  });

  for (const g of goldens) {
    describe(g.file, () => {
      const lines = seedLines(g.file);
      const lineText = (from: number, to = from) => lines.slice(from - 1, to).join(' ');

      it('has the required keys and values from the model enums', () => {
        for (const k of REQUIRED_KEYS) expect(g, `key ${k}`).toHaveProperty(k);
        for (const k of DOCUMENT_KEYS) expect(g.document, `document.${k}`).toHaveProperty(k);
        expect(DocumentKind.options).toContain(g.document.kind);
        expect(Level.options).toContain(g.document.issuerLevel);
        for (const r of g.references) {
          expect(Relation.options, JSON.stringify(r)).toContain(r.relation);
          expect(DocumentKind.options, JSON.stringify(r)).toContain(r.kind);
          for (const k of r.altKinds ?? []) expect(DocumentKind.options).toContain(k);
          if (r.number === null) expect(r.name, `number-less reference needs a name: ${JSON.stringify(r)}`).toBeTruthy();
          if (r.issuedOn) expect(r.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        for (const l of g.links) expect(Relation.options).toContain(l.relation);
        for (const a of g.agencies) {
          expect(AgencyType.options, a.name).toContain(a.type);
          expect(Level.options, a.name).toContain(a.level);
          expect(typeof a.group).toBe('boolean');
        }
        for (const a of g.assignments) {
          expect(Role.options, JSON.stringify(a)).toContain(a.role);
          for (const r of a.altRoles ?? []) expect(Role.options).toContain(r);
        }
        for (const d of g.deadlines) {
          expect(DEADLINE_KINDS, JSON.stringify(d)).toContain(d.kind);
          if (d.kind === 'RECURRING') expect(FREQUENCIES, JSON.stringify(d)).toContain(d.recurrence?.frequency);
          else expect(d.date, JSON.stringify(d)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        for (const t of g.targets) {
          expect(COMPARATORS).toContain(t.comparator);
          expect(UNITS).toContain(t.unit);
        }
        for (const r of g.recipients) expect(PURPOSES, JSON.stringify(r)).toContain(r.purpose);
        for (const code of g.issues) expect(ISSUE_CODES, code).toContain(code);
        expect(Array.isArray(g.notes) && g.notes.length > 0, 'judgement calls are written down').toBe(true);
      });

      it('follows the naming conventions', () => {
        const names = new Set(g.agencies.map((a) => matchForm(a.name)));
        expect(names.size, 'agency names are unique in matchForm').toBe(g.agencies.length);
        for (const a of g.agencies) {
          // canonical names keep "UBND" (matchForm folds the long form anyway, but the display name is short)
          expect(a.name, a.name).not.toMatch(/^Ủy ban nhân dân/i);
        }
        for (const a of g.assignments) {
          expect(names.has(matchForm(a.agency)), `assignment names a listed agency: ${a.agency}`).toBe(true);
        }
        // one reference per (document, relation)
        const refKeys = g.references.map((r) => `${r.relation}|${r.number ? normNumber(r.number) : matchForm(r.name ?? '')}`);
        expect(new Set(refKeys).size, 'references are unique per (document, relation)').toBe(refKeys.length);
        const asgKeys = g.assignments.map((a) => `${matchForm(a.agency)}|${a.role}|${a.line}`);
        expect(new Set(asgKeys).size, 'assignments are unique').toBe(asgKeys.length);
      });

      it('puts every fact on a line of the document that really holds it', () => {
        for (const n of allFactLines(g)) {
          expect(n, 'line in range').toBeGreaterThanOrEqual(1);
          expect(n, 'line in range').toBeLessThanOrEqual(lines.length);
          expect(lines[n - 1]!.trim().length, `line ${n} is not blank`).toBeGreaterThan(0);
        }
        for (const r of g.references) {
          const text = squash(lineText(r.line, r.lineEnd ?? r.line));
          if (r.number) {
            // the number as printed (spacing and a "(PV28)" suffix aside) is on the line
            const num = normNumber(r.number);
            expect(text, `reference ${r.number} @${r.line}`).toContain(num);
          } else {
            const needle = squash(r.alias ?? r.name ?? '').slice(0, 20);
            expect(text, `reference "${r.name}" @${r.line}`).toContain(needle);
          }
        }
        for (const d of g.deadlines) {
          if (d.kind === 'ABSOLUTE' || (d.kind === 'START' && !d.yearOnly)) {
            const [y, m, day] = d.date!.split('-').map(Number) as [number, number, number];
            expect(lineText(d.line), `deadline ${d.date} @${d.line}`).toMatch(
              new RegExp(`0?${day}/0?${m}/${y}`),
            );
          } else if (d.kind === 'HORIZON' || d.yearOnly) {
            expect(lineText(d.line), `deadline ${d.date} @${d.line}`).toContain(d.date!.slice(0, 4));
          } else if (d.recurrence?.month && d.recurrence.day) {
            expect(lineText(d.line), `recurring ${JSON.stringify(d.recurrence)} @${d.line}`).toMatch(
              new RegExp(`0?${d.recurrence.day}/0?${d.recurrence.month}\\b`),
            );
          }
        }
        for (const t of g.targets) {
          expect(lineText(t.line), `target ${t.value} @${t.line}`).toMatch(new RegExp(`\\b0?${t.value}\\b`));
        }
        for (const r of g.recipients) {
          const text = matchForm(lineText(r.line));
          expect(text, `recipient "${r.name}" @${r.line}`).toContain(matchForm(r.name));
        }
      });

      if (g.file === BAC_NINH) {
        it('counts the repeated block once (no expected fact inside lines 38–66)', () => {
          expect(lines.slice(DUP_FROM - 1, DUP_TO)).toEqual(lines.slice(9 - 1, 37));
          const inside = allFactLines(g).filter((n) => n >= DUP_FROM && n <= DUP_TO);
          expect(inside).toEqual([]);
          expect(g.issues).toContain('DUPLICATE_BLOCK');
        });
      }

      it('the scorer gives a perfect extraction 100% and a damaged one less', () => {
        const perfect = score(g, synthesize(g));
        for (const t of FACT_TYPES) {
          const s = perfect[t];
          expect(s.fp + s.fn, report(g.file, t, s)).toBe(0);
        }
        if (g.assignments.some((a) => !a.optional)) {
          const damaged = synthesize(g);
          const i = g.assignments.findIndex((a) => !a.optional);
          const wrongRole = damaged.assignments[i]!.role === 'LEAD' ? 'COORDINATE' : 'LEAD';
          const alt = g.assignments[i]!.altRoles ?? [];
          damaged.assignments[i] = { ...damaged.assignments[i]!, role: alt.includes(wrongRole) ? 'REQUESTED' : wrongRole };
          damaged.deadlines = damaged.deadlines.slice(1);
          const s = score(g, damaged);
          expect(s.assignments.fn).toBe(1);
          expect(s.assignments.fp).toBe(1);
          if (g.deadlines.length && !g.deadlines[0]!.optional) expect(s.deadlines.fn).toBe(1);
        }
      });
    });
  }
});

// =============================================================================================
// Part 2: the parser against the golden files
// =============================================================================================

type ExtractFn = (buf: Buffer, file: string) => Extraction | Promise<Extraction>;

async function loadExtract(): Promise<ExtractFn> {
  const mod = await import('../../src/ingest/extract.js');
  return mod.extract as ExtractFn;
}

// The first test imports the whole pipeline: on a busy shared machine that alone can pass 5 s. The
// timeout guards against hangs; it measures nothing.
describe('extraction vs golden', { timeout: 60_000 }, () => {
  for (const g of goldens) {
    it(g.file, async () => {
      const extract = await loadExtract();
      const buf = readFileSync(join(SEED_DIR, g.file));
      const actual = await extract(buf, g.file);
      const s = score(g, actual);

      // document fields: exact
      expect.soft(s.document.missing, report(g.file, 'document', s.document)).toEqual([]);

      // fact types: gated precision / recall, with the misses in the message
      for (const [type, gate] of Object.entries(GATES) as Array<[FactType, { recall: number; precision: number }]>) {
        const sc = s[type];
        expect.soft(sc.recall, report(g.file, type, sc)).toBeGreaterThanOrEqual(gate.recall);
        expect.soft(sc.precision, report(g.file, type, sc)).toBeGreaterThanOrEqual(gate.precision);
      }

      // findings: every issue the reader found is reported
      const codes = new Set((actual.issues ?? []).map((i) => i.code));
      expect.soft(g.issues.filter((c) => !codes.has(c)), `${g.file}: issues not reported`).toEqual([]);
    });
  }

  it('Bắc Ninh: the duplicated block (lines 38–66) yields no duplicate facts', async () => {
    const extract = await loadExtract();
    const actual = await extract(readFileSync(join(SEED_DIR, BAC_NINH)), BAC_NINH);
    const inBlock = (x: { line: number; lineEnd?: number }) => x.line >= DUP_FROM && x.line <= DUP_TO;
    const offenders = [
      ...(actual.references ?? []).filter(inBlock).map((r) => `reference ${r.number ?? r.text} @${r.line}`),
      ...(actual.links ?? []).filter(inBlock).map((l) => `link ${l.from}→${l.to} @${l.line}`),
      ...(actual.duties ?? []).filter(inBlock).map((d) => `duty @${d.line}: ${d.text.slice(0, 50)}`),
      ...(actual.assignments ?? []).filter(inBlock).map((a) => `assignment ${a.agency} @${a.line}`),
      ...(actual.deadlines ?? []).filter(inBlock).map((d) => `deadline ${d.kind} ${d.date ?? ''} @${d.line}`),
      ...(actual.targets ?? []).filter(inBlock).map((t) => `target ${t.value} @${t.line}`),
      ...(actual.recipients ?? []).filter(inBlock).map((r) => `recipient ${r.name} @${r.line}`),
    ];
    expect(offenders, 'facts reported inside the repeated block').toEqual([]);

    const dupes = <T>(xs: T[], sig: (x: T) => string): string[] => {
      const seen = new Map<string, number>();
      for (const x of xs) seen.set(sig(x), (seen.get(sig(x)) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([k, n]) => `${k} ×${n}`);
    };
    expect(dupes(actual.references ?? [], (r) => `${r.relation}|${r.number ? normNumber(r.number) : matchForm(r.text)}`), 'references').toEqual([]);
    expect(dupes(actual.deadlines ?? [], (d) => `${d.kind}|${d.date}|${JSON.stringify(d.recurrence)}|${d.agency}`), 'deadlines').toEqual([]);
    expect(dupes(actual.targets ?? [], (t) => `${t.comparator}|${t.value}|${t.unit}|${matchForm(t.metric)}`), 'targets').toEqual([]);
    expect(dupes(actual.duties ?? [], (d) => matchForm(d.text)), 'duties').toEqual([]);
    expect(dupes(actual.agencies ?? [], (a) => a.key), 'agencies').toEqual([]);
  });
});
