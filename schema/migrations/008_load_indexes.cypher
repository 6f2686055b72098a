// Lookups of the volume loader (src/load/write.ts) that no earlier index answers. `--replace` removes
// the PART_OF edges a document created; without this index that read every PART_OF edge per document.
CREATE INDEX part_of_source IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.sourceKey);
