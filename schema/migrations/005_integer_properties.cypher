// Integers stored as integers (issue 8). The driver sent every JavaScript number as a FLOAT, so
// stores loaded before src/db/driver.ts toCypherIntegers() hold 52.0 for a line and 11.0 for a month.
// Converts them once, in batches (a national store has millions of rows); idempotent.
MATCH (n) WHERE n.line IS NOT NULL OR n.lineEnd IS NOT NULL
CALL (n) { SET n.line = toInteger(n.line), n.lineEnd = toInteger(n.lineEnd) } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r]->() WHERE r.line IS NOT NULL OR r.lineEnd IS NOT NULL
CALL (r) { SET r.line = toInteger(r.line), r.lineEnd = toInteger(r.lineEnd) } IN TRANSACTIONS OF 10000 ROWS;
MATCH (d:Deadline) WHERE d.month IS NOT NULL OR d.day IS NOT NULL
CALL (d) { SET d.month = toInteger(d.month), d.day = toInteger(d.day) } IN TRANSACTIONS OF 10000 ROWS;
MATCH (d:Document) WHERE d.year IS NOT NULL OR d.periodFrom IS NOT NULL OR d.periodTo IS NOT NULL OR d.lineCount IS NOT NULL
CALL (d) {
  SET d.year = toInteger(d.year), d.periodFrom = toInteger(d.periodFrom), d.periodTo = toInteger(d.periodTo),
      d.lineCount = toInteger(d.lineCount)
} IN TRANSACTIONS OF 10000 ROWS
