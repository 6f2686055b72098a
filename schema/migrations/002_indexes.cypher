// Lookups used by the custom queries and by the loader.
CREATE INDEX document_number IF NOT EXISTS FOR (n:Document) ON (n.numberFolded);
CREATE INDEX document_year IF NOT EXISTS FOR (n:Document) ON (n.year);
CREATE INDEX agency_match IF NOT EXISTS FOR (n:Agency) ON (n.matchName);
CREATE INDEX agency_type IF NOT EXISTS FOR (n:Agency) ON (n.type);
CREATE INDEX duty_source IF NOT EXISTS FOR (n:Duty) ON (n.sourceKey);
CREATE INDEX deadline_source IF NOT EXISTS FOR (n:Deadline) ON (n.sourceKey);
CREATE INDEX target_source IF NOT EXISTS FOR (n:Target) ON (n.sourceKey);
CREATE INDEX finding_source IF NOT EXISTS FOR (n:Finding) ON (n.sourceKey);
CREATE INDEX deadline_date IF NOT EXISTS FOR (n:Deadline) ON (n.date);
// Vietnamese full-text search: `searchText` holds the folded text (no diacritics), queries are
// folded the same way, so "chi thi 07" finds "Chỉ thị 07". The original spelling stays in its field.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Document|Agency|Duty) ON EACH [n.searchText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
