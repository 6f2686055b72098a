/**
 * Responsibilities phase: SourceText + DocContext (+ the header's body bounds) → agencies, duties,
 * assignments, deadlines, targets, recipients and the findings about them.
 *
 *   structure.ts     paragraphs, sections, duplicated blocks, "Nơi nhận"
 *   assignments.ts   duties and who carries them (headings, inline subjects, lost headings)
 *   deadlines.ts     ABSOLUTE / RECURRING / START / HORIZON, bound bodies, recipients
 *   targets.ts       thresholds
 *   recipients.ts    the distribution list
 */
import type { Agency, Assignment, Deadline, Duty, Finding, Recipient, Target } from './model.js';
import type { DocContext, HeaderResult, SourceText } from './context.js';
import { mergeAgencies } from './agencies.js';
import { buildStructure, bodyParagraphs, type Structure } from './structure.js';
import { extractAssignments, type DutyDraft } from './assignments.js';
import { extractDeadlines, type DutyRef, type SentenceCache } from './deadlines.js';
import { defaultPeriodOf, extractTargets } from './targets.js';
import { extractRecipients } from './recipients.js';
import { dutyKey } from '../domain/keys.js';

export interface Responsibilities {
  agencies: Agency[];
  duties: Duty[];
  assignments: Assignment[];
  deadlines: Deadline[];
  targets: Target[];
  recipients: Recipient[];
  issues: Finding[];
}

export function dutyKeyOf(ctx: DocContext, line: number): string {
  return dutyKey(ctx.documentKey, line);
}

export function extractResponsibilities(
  src: SourceText,
  ctx: DocContext,
  header: Pick<HeaderResult, 'bodyStartLine' | 'bodyEndLine'> & { document?: { title?: string | null; issuedOn?: string | null } },
): Responsibilities {
  const st: Structure = buildStructure(src, { bodyStartLine: header.bodyStartLine, bodyEndLine: header.bodyEndLine });
  const { duties: drafts, issues: assignmentIssues } = extractAssignments(st, ctx);

  const duties: Duty[] = [];
  const assignments: Assignment[] = [];
  const refByPara = new Map<number, DutyRef>();
  const named: Agency[] = [];

  for (const d of drafts) {
    const key = dutyKeyOf(ctx, d.para.line);
    duties.push(toDuty(d, key));
    const primary = d.assignees.filter((a) => !a.partner).map((a) => a.agency);
    refByPara.set(d.para.index, { key, agencies: primary });
    for (const b of d.boundParas ?? []) refByPara.set(b.index, { key, agencies: primary });
    const seen = new Set<string>();
    for (const a of d.assignees) {
      if (seen.has(a.agency.key)) continue;
      seen.add(a.agency.key);
      named.push(a.agency);
      assignments.push({
        line: d.para.line,
        lineEnd: d.para.lineEnd,
        agency: a.agency.name,
        agencyKey: a.agency.key,
        role: a.role,
        duty: d.text,
        dutyKey: key,
        curated: false,
        basis: a.basis,
        rule: a.rule,
      });
    }
  }

  const body = bodyParagraphs(st);
  const sentenceCache: SentenceCache = new Map(); // deadlines and targets split the same paragraphs
  const { deadlines, agencies: deadlineAgencies, issues: deadlineIssues } = extractDeadlines(body, (p) => refByPara.get(p.index) ?? null, ctx, sentenceCache, {
    issuedOn: header.document?.issuedOn ?? null,
  });
  const targets = extractTargets(
    body
      .filter((p) => (st.sections[st.sectionOf[p.index] ?? -1]?.kind ?? null) !== 'BACKGROUND')
      .map((p) => ({ para: p, dutyKey: refByPara.get(p.index)?.key ?? null })),
    ctx,
    defaultPeriodOf(header.document?.title ?? null),
    sentenceCache,
  );
  // The distribution list links to bodies by key but does not add agencies of its own: the
  // agencies of a document are the bodies its text names (assignments, deadlines).
  // The list is read from its heading on: recipients.ts finds where it ends (structure's block
  // may stop at detached bullets, or run into an attached plan).
  const head = st.recipientLines[0];
  const { recipients } = extractRecipients(head ? src.lines.slice(src.lines.findIndex((l) => l.n === head.n)) : [], ctx);

  return {
    agencies: mergeAgencies([...named, ...deadlineAgencies]),
    duties,
    assignments,
    deadlines,
    targets,
    recipients,
    issues: [...st.issues, ...assignmentIssues, ...deadlineIssues],
  };
}

function toDuty(d: DutyDraft, key: string): Duty {
  return {
    key,
    line: d.para.line,
    lineEnd: d.para.lineEnd,
    text: d.text,
    section: d.section,
    unattributed: d.unattributed,
    suggestedAgency: d.suggestedAgency?.key ?? null,
    suggestionConfidence: d.suggestionConfidence,
    curated: false,
    requiresDerivedPlan: d.requiresDerivedPlan,
  };
}
