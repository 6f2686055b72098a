/**
 * Search hits with what an analyst needs to choose one: the API's `search` (accents optional) gives
 * kind, key and label; one more request fills in number, issuer and level of documents, and the
 * agencies and roles of duties. Loaded plans rank above documents only cited (stubs) of equal rank.
 */
import { gql } from './api.js';
import type { AgencyType, DocRef, Level, Role, SearchHitKind, SourceRef } from './types.js';

/** A document with its issuer, as DOC_FIELDS asks for it (the generated DocRef's fields). */
export type DocInfo = Omit<DocRef, 'issuerKey' | 'issuerName'> & { issuer: Array<{ key: string; name: string }> };

export interface Hit {
  kind: SearchHitKind;
  key: string;
  label: string;
  score: number;
  source: SourceRef | null;
  doc?: DocInfo;
  agency?: { key: string; name: string; level: Level; type: AgencyType };
  duty?: { text: string; document: DocInfo[]; roles: Array<{ role: Role; name: string; key: string }> };
}

const SEARCH = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) { kind key label score source { documentKey line lineEnd } }
}`;

// Lists carry an explicit bound: the API costs a list field without one as its full default page.
export const DOC_FIELDS = 'key kind number issuedOn year title level stub draft issuer(limit: 1) { key name }';

const DETAILS = `query HitDetails($docs: [ID!]!, $agencies: [ID!]!, $duties: [ID!]!, $nDocs: Int!, $nAgencies: Int!, $nDuties: Int!) {
  documents(where: { key: { in: $docs } }, limit: $nDocs) { ${DOC_FIELDS} }
  agencies(where: { key: { in: $agencies } }, limit: $nAgencies) { key name level type }
  duties(where: { key: { in: $duties } }, limit: $nDuties) {
    key text
    document(limit: 1) { ${DOC_FIELDS} }
    agenciesConnection(first: 20) { edges { properties { role } node { key name } } }
  }
}`;

interface Details {
  documents: DocInfo[];
  agencies: Array<{ key: string; name: string; level: Level; type: AgencyType }>;
  duties: Array<{ key: string; text: string; document: DocInfo[]; agenciesConnection: { edges: Array<{ properties: { role: Role }; node: { key: string; name: string } }> } }>;
}

export async function searchHits(text: string, first: number, signal?: AbortSignal): Promise<Hit[]> {
  const { search } = await gql<{ search: Hit[] }>(SEARCH, { text, first }, signal);
  if (!search.length) return [];
  const keys = (k: Hit['kind']) => search.filter((h) => h.kind === k).map((h) => h.key);
  const docs_ = keys('DOCUMENT');
  const agencies_ = keys('AGENCY');
  const duties_ = keys('DUTY');
  const d = await gql<Details>(DETAILS, { docs: docs_, agencies: agencies_, duties: duties_, nDocs: docs_.length, nAgencies: agencies_.length, nDuties: duties_.length }, signal);
  const docs = new Map(d.documents.map((x) => [x.key, x]));
  const agencies = new Map(d.agencies.map((x) => [x.key, x]));
  const duties = new Map(d.duties.map((x) => [x.key, x]));
  const hits = search.map((h) => {
    const out: Hit = { ...h };
    if (h.kind === 'DOCUMENT') out.doc = docs.get(h.key);
    if (h.kind === 'AGENCY') out.agency = agencies.get(h.key);
    const duty = h.kind === 'DUTY' ? duties.get(h.key) : undefined;
    if (duty) out.duty = { text: duty.text, document: duty.document, roles: duty.agenciesConnection.edges.map((e) => ({ role: e.properties.role, name: e.node.name, key: e.node.key })) };
    return out;
  });
  // Equal scores: a loaded document before a stub (the API orders ties by kind and key only).
  const rank = (h: Hit) => (h.kind === 'DOCUMENT' && h.doc?.stub ? 1 : 0);
  return hits.map((h, i) => ({ h, i })).sort((a, b) => b.h.score - a.h.score || rank(a.h) - rank(b.h) || a.i - b.i).map((x) => x.h);
}
