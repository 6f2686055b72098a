// One (:IngestLock {key}) per document key, taken (MERGE + SET) first in every document's load
// transaction: two processes loading the same document queue on it, so the second reads what the
// first committed and reports "unchanged" instead of a second "created" (issue 10 §8). The unique
// constraint is what makes a concurrent MERGE wait instead of creating a twin.
CREATE CONSTRAINT ingest_lock_key IF NOT EXISTS FOR (n:IngestLock) REQUIRE n.key IS UNIQUE;
