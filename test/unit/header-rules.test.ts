/**
 * The header rule tables (src/rules/*): every example beside a rule is checked here, so a rule and
 * the examples it was written for cannot drift apart.
 */
import { describe, expect, it } from 'vitest';
import { HEADER_DATE_EXAMPLES, readHeaderDate } from '../../src/rules/dates.js';
import { COLUMN_EXAMPLES, layoutColumns, NOISE_LINE_RULES, noiseRuleOf, RESPACE_EXAMPLES, respaceLetters } from '../../src/rules/header-lines.js';
import { ISSUER_COLUMN_EXAMPLES, issuerFromColumn } from '../../src/rules/issuers.js';
import { canonicalNumber, NUMBER_RULES, OWN_NUMBER_EXAMPLES, readOwnNumber } from '../../src/rules/numbers.js';

describe('numbers', () => {
  for (const rule of NUMBER_RULES) {
    for (const [printed, canonical] of rule.examples) {
      it(`${rule.id}: ${printed} → ${canonical}`, () => expect(canonicalNumber(printed).number).toBe(canonical));
    }
  }
  for (const e of OWN_NUMBER_EXAMPLES) {
    it(`own number "${e.cell}" is ${e.state}`, () => {
      const r = readOwnNumber(e.cell);
      expect({ state: r.state, number: r.number }).toEqual({ state: e.state, number: e.number });
    });
  }
});

describe('header dates', () => {
  for (const e of HEADER_DATE_EXAMPLES) {
    it(`"${e.text}" is ${e.state}`, () => {
      const d = readHeaderDate(e.text);
      expect({ state: d?.state, iso: d?.iso, year: d?.year }).toEqual({ state: e.state, iso: e.iso, year: e.year });
    });
  }
});

describe('header lines', () => {
  for (const r of NOISE_LINE_RULES) {
    it(`${r.id} matches its examples and not its counter-examples`, () => {
      for (const x of r.examples[0]) expect(noiseRuleOf(x)).toBe(r.id);
      for (const x of r.examples[1]) expect(noiseRuleOf(x)).not.toBe(r.id);
    });
  }
  for (const [line, joined] of RESPACE_EXAMPLES) it(`respace "${line}"`, () => expect(respaceLetters(line)).toBe(joined));
  for (const [line, cols] of COLUMN_EXAMPLES) it(`columns of "${line.trim()}"`, () => expect(layoutColumns(line)).toEqual(cols));
});

describe('issuer column', () => {
  for (const [parts, want] of ISSUER_COLUMN_EXAMPLES) it(parts.join(' / '), () => expect(issuerFromColumn(parts)).toEqual(want));
});
