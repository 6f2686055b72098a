/**
 * The rule tables of src/rules, run on their own examples (Duckling-style: each rule's example
 * corpus is its test). The examples are phrases of real plans; the expected values are what a
 * reader takes from them.
 */
import { describe, expect, it } from 'vitest';
import { MID_REQUEST_RULES, ROLE_RULES, TRIGGER_RULES } from '../../src/rules/roles.js';
import { findMidRequests, parseSubject, readRole, roleOf } from '../../src/ingest/assignments.js';
import { canonicalAgency, parseAgencyPrefix, startsWithAgencyHead } from '../../src/ingest/agencies.js';
import { AGENCY_HEADS, NATIONAL_BODIES } from '../../src/rules/agencies.js';
import { SEEDS, context, unit } from '../fixtures/resp-source.js';

const laoCai = unit('tinh-lao-cai', 'tỉnh Lào Cai', 'PROVINCE', 'PROVINCE');
const CTX = {
  province: context({ unit: laoCai, province: laoCai, issuer: 'UBND tỉnh Lào Cai', year: 2026, documentKey: 'ubnd-tinh-lao-cai/1-ubnd/2026' }),
  commune: SEEDS.vinhThuy.ctx,
};

describe('agency vocabulary (src/rules/agencies.ts)', () => {
  for (const rule of AGENCY_HEADS) {
    describe(rule.id, () => {
      it.each(rule.examples)('$text ($in) → $name', (ex) => {
        expect(startsWithAgencyHead(ex.text)).toBe(true);
        // the name ends where the predicate starts
        expect(parseAgencyPrefix(`${ex.text} chủ trì, phối hợp với các cơ quan liên quan thực hiện`)?.list).toBe(ex.text);
        expect(canonicalAgency(ex.text, CTX[ex.in])?.name).toBe(ex.name);
      });
    });
  }
  for (const rule of NATIONAL_BODIES) {
    it.each(rule.examples)(`${rule.id}: %s is national, no jurisdiction appended`, (name) => {
      expect(canonicalAgency(name, CTX.province)).toMatchObject({ level: 'NATIONAL', unit: null });
    });
  }
  it('words that only look like heads are not bodies', () => {
    for (const t of ['Trường hợp phát hiện vi phạm', 'Thuế suất áp dụng', 'Thanh tra, kiểm tra việc chấp hành']) expect(startsWithAgencyHead(t)).toBe(false);
  });
  it('"UBND các xã, phường, đặc khu" is one group of commune-level units of the province', () => {
    expect(canonicalAgency('UBND các xã, phường, đặc khu', CTX.province)).toMatchObject({ name: 'UBND các xã, phường, đặc khu tỉnh Lào Cai', group: true, level: 'COMMUNE' });
  });
});

describe('role rules (src/rules/roles.ts)', () => {
  for (const rule of ROLE_RULES) {
    describe(rule.id, () => {
      it.each(rule.examples)('$text → $role', (ex) => {
        const r = readRole(ex.text);
        expect(r.role).toBe(ex.role);
        expect(r.rule).toBe(rule.id);
        if (ex.impliedLead) expect(parseAgencyPrefix(r.impliedLeadText ?? '')?.list).toBe(ex.impliedLead);
        else expect(r.impliedLeadText).toBeNull();
      });
    });
  }

  for (const rule of TRIGGER_RULES) {
    it.each(rule.examples)(`${rule.id}: $text → $role`, (ex) => {
      const s = parseSubject(ex.text, SEEDS.tayNinh.ctx)!;
      expect(s).not.toBeNull();
      const role = s.trigger === 'DE_NGHI' ? 'REQUESTED' : roleOf(s.rest) === 'LEAD' ? 'LEAD' : 'RESPONSIBLE';
      expect(s.trigger).not.toBeNull();
      expect(role).toBe(ex.role);
    });
  }
});

describe('requests inside a paragraph (src/rules/roles.ts MID_REQUEST_RULES)', () => {
  for (const rule of MID_REQUEST_RULES) {
    it.each(rule.examples)(`${rule.id}: $text`, (ex) => {
      expect(findMidRequests(ex.text, CTX.province).flatMap((r) => r.agencies.map((a) => a.names[0]))).toEqual(ex.bodies);
    });
  }
});
