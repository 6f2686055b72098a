// Indexes behind the entry points of the custom queries (src/graph/*.ts), so that none of their hot
// paths reads every node of a label (checked by test/int/query-plans.int.test.ts).
// Agency text filters ("cong an thi xa bim son") are containment tests on matchName / searchText:
// only a TEXT index answers CONTAINS without reading every agency.
CREATE TEXT INDEX agency_match_text IF NOT EXISTS FOR (n:Agency) ON (n.matchName);
CREATE TEXT INDEX agency_search_text IF NOT EXISTS FOR (n:Agency) ON (n.searchText);
// The calendar without a narrowing filter: every RECURRING deadline plus the ABSOLUTE ones in the
// window (deadline_date) — two index reads instead of one OR over every deadline.
CREATE INDEX deadline_kind IF NOT EXISTS FOR (n:Deadline) ON (n.kind);
// Jurisdiction names with diacritics optional ("Đông Triều", "dong trieu"): the folding analyzer
// drops the marks and đ → d like src/ingest/text.ts fold(); the query checks every hit exactly.
CREATE FULLTEXT INDEX unit_name IF NOT EXISTS FOR (n:AdministrativeUnit) ON EACH [n.name]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
