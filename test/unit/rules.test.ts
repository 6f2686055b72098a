/**
 * The rule tables of src/rules, run on their own examples (Duckling-style: each rule's example
 * corpus is its test). The examples are phrases of real plans; the expected values are what a
 * reader takes from them.
 */
import { describe, expect, it } from 'vitest';
import { ROLE_RULES, TRIGGER_RULES } from '../../src/rules/roles.js';
import { parseSubject, readRole, roleOf } from '../../src/ingest/assignments.js';
import { parseAgencyPrefix } from '../../src/ingest/agencies.js';
import { SEEDS } from '../fixtures/resp-source.js';

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
