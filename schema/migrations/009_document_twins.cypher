// Twins by number (src/load/write.ts adoptStubs, resolveKeys): a citation "Kế hoạch 93/KH-UBND của UBND
// tỉnh" and the plan its steering committee issued are one document when number, year and issuing unit
// agree. Numbers restart per issuer ("12/KH-UBND" of 2025 exists once per commune), so a lookup by number
// alone read thousands of documents per load at national scale: the issuing unit is stored on every
// document (issuerUnit, src/domain/keys.ts issuerUnit) and the three are one composite index.
CREATE INDEX document_twin IF NOT EXISTS FOR (n:Document) ON (n.numberFolded, n.year, n.issuerUnit);
// Documents loaded before this migration: the same formula as issuerUnit() in Cypher. The issuer part
// of the key ("ubnd-xa-tan-thanh.tay-ninh" of "ubnd-xa-tan-thanh.tay-ninh/12-kh-ubnd/2025") splits into
// its head and its qualifier at the first dot; the unit is what follows the tier word (tinh, huyen, xa,
// phuong, quan, tran, pho) that the regex /-(tier)-(unit without -tier-)$/ would pick, plus the qualifier.
MATCH (d:Document) WHERE d.issuerUnit IS NULL
CALL (d) {
  WITH d, split(split(d.key, '/')[0], '.') AS parts
  WITH d, parts, split(parts[0], '-') AS t, ['tinh', 'huyen', 'xa', 'phuong', 'quan', 'tran', 'pho'] AS tiers
  WITH d, parts, t, tiers, [i IN range(1, size(t) - 2) WHERE t[i] IN tiers] AS marks
  WITH d, parts, t, tiers, marks WHERE size(marks) > 0
  WITH d, parts, t, CASE WHEN last(marks) >= 2 AND t[last(marks) - 1] IN tiers THEN last(marks) - 1 ELSE last(marks) END AS at
  SET d.issuerUnit = reduce(s = t[at + 1], x IN t[at + 2..] | s + '-' + x) +
                     reduce(q = '', x IN parts[1..] | q + '.' + x)
} IN TRANSACTIONS OF 10000 ROWS
