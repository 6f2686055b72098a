/**
 * The API's result shapes the views use, taken from the types graphql-codegen generates from the
 * schema (src/generated/graphql.ts) instead of copied by hand: a field renamed or retyped in the
 * schema fails `npm run typecheck` here. Each is the generated type of an operation in
 * test/operations, narrowed to the fields the explorer asks for.
 */
import type { ComplianceGapsQuery, LineageQuery, ResponsibilitiesQuery, ResponsibilityMapQuery } from '../../src/generated/graphql.js';

export type { AgencyType, Basis, BasisRelation, DeadlineAction, DeadlineKind, Frequency, GapKind, Level, Role, SearchHitKind, Severity } from '../../src/generated/graphql.js';

/** A document as the explorer names it (kind, number, date, issuer, level, stub/draft). */
export type DocRef = LineageQuery['lineage']['root'];
/** Where a fact was read: document and line range. */
export type SourceRef = Omit<LineageQuery['lineage']['steps'][number]['source'], 'sourceFile'>;

type MapQ = ResponsibilityMapQuery['responsibilityMap'];
export type AgencyRef = MapQ['agencies'][number];
export type MapCell = MapQ['cells'][number];
export type MapEdge = MapQ['edges'][number];
export type MapDuty = Omit<MapQ['duties'][number], 'source' | 'unattributed'> & { section: string | null; source: SourceRef };
export type MapUptake = Omit<MapQ['uptake'][number], 'parentDuty' | 'childDocument' | 'childDuties'> & {
  parentDuty: { key: string };
  childDocument: DocRef;
  childDuties: Array<Omit<MapQ['duties'][number], 'source' | 'unattributed'> & { source: SourceRef }>;
};

type GapQ = ComplianceGapsQuery['complianceGaps']['items'][number];
export type Gap = Omit<GapQ, 'document' | 'source'> & { document: DocRef; source: SourceRef };

type RespQ = ResponsibilitiesQuery['responsibilities']['items'][number];
export type DeadlineRef = Pick<RespQ['deadlines'][number], 'key' | 'kind' | 'date' | 'frequency' | 'text' | 'action'> & { source: SourceRef };
export type Partner = RespQ['partners'][number];
