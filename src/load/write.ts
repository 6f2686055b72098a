/**
 * Extractions → graph, many documents per write transaction: one UNWIND statement per fact kind for
 * the whole batch (~25 round trips per batch, whatever its size, instead of ~19 per document).
 *
 * The promises of the per-document loader hold per document:
 *  - atomic: a batch commits whole or not at all; a failing batch is retried document by document
 *    (loadExtractions), so one bad document is isolated and reported and the others land;
 *  - idempotent: the same file again (same sha256) → nothing is written ("unchanged"); another copy
 *    of a loaded document (same key, other bytes) → its facts are not loaded twice, metadata
 *    disagreements become METADATA_CONFLICT findings ("copy"); `replace` removes a document's facts
 *    (everything whose sourceKey is the document, found through indexes and the document's own edges)
 *    and writes them again;
 *  - identity: a document under a key the graph holds for another issuer/number/date, or a unit that
 *    would join two provinces, is a KeyCollisionError naming both files;
 *  - referenced documents become stubs, filled in (not duplicated) when their own text is loaded.
 *
 * Rows are written in the documents' order, so the last writer of a property wins as it did when
 * documents were loaded one by one. A batch must not hold two documents that depend on each other's
 * order (the same key, a document cited earlier in the batch, twins by number and year): the batcher
 * (src/load/run.ts, `BatchPlan`) starts a new batch before such a document.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/driver.js';
import type { Extraction } from '../ingest/model.js';
import { conflictKey, copyFindingKey, findingKey } from '../domain/keys.js';
import {
  batchAgencyRows, batchAliasRows, compareCopy, deadlineRows, docProps, dutyRows, exactRefs, identityClash, issuerUnit,
  issuersOfRefs, KeyCollisionError, numberFolded, placedAgencyKeys, placedUnits, recipientLines, refLookup, refRow,
  signerRow, type Existing, type LoadResult,
} from './document.js';
import { linkGroupMembers } from './groups.js';
import type { LoadMemo } from './memo.js';
import type { LoadProfile } from './profile.js';

export { KeyCollisionError, type LoadResult, type LoadStatus } from './document.js';

export interface LoadOptions {
  replace?: boolean;
  /** Record each statement's time (bench/national.ts --profile). */
  profile?: LoadProfile;
  /** Rows earlier batches of this run wrote (src/load/memo.ts); ignored with `replace`. */
  memo?: LoadMemo;
}

/** One document in one transaction (what loadExtractions falls back to). */
export async function loadExtraction(db: Database, x: Extraction, opts: LoadOptions = {}): Promise<LoadResult> {
  return (await loadBatch(db, [x], opts))[0]!;
}

/** The documents of one batch in one transaction: all of them, or (on any error) none. */
export async function loadBatch(db: Database, xs: Extraction[], opts: LoadOptions = {}): Promise<LoadResult[]> {
  const memo = opts.replace ? undefined : opts.memo;
  const out = await writeTimed(db, xs, { ...opts, memo });
  memo?.commit();
  return out;
}

async function writeTimed(db: Database, xs: Extraction[], opts: LoadOptions): Promise<LoadResult[]> {
  const p = opts.profile;
  if (!p) return db.write((tx) => writeBatch(tx, xs, opts));
  let workEnd = 0;
  const called = performance.now();
  let begun = false;
  const out = await db.write(async (tx) => {
    const t = performance.now();
    if (!begun) p.beginMs += t - called; // session, connection and BEGIN
    begun = true;
    const before = p.statementMs;
    const r = await writeBatch(p.wrap(tx), xs, opts);
    workEnd = performance.now();
    // the JavaScript between statements (rows built from the extractions)
    p.jsMs += workEnd - t - (p.statementMs - before);
    return r;
  });
  p.commitMs += performance.now() - workEnd;
  return out;
}

export type BatchOutcome = LoadResult | { key: string; error: Error };

/**
 * Load a batch in one transaction; if it fails, load its documents one by one, so that a bad
 * document is reported with its own error and the others still land.
 */
export async function loadExtractions(db: Database, xs: Extraction[], opts: LoadOptions = {}): Promise<BatchOutcome[]> {
  if (!xs.length) return [];
  try {
    return await loadBatch(db, xs, opts);
  } catch (batchError) {
    if (xs.length === 1) return [{ key: xs[0]!.document.key, error: batchError as Error }];
    const out: BatchOutcome[] = [];
    for (const x of xs) {
      try {
        out.push(await loadExtraction(db, x, opts));
      } catch (e) {
        out.push({ key: x.document.key, error: e as Error });
      }
    }
    return out;
  }
}

const run = async (tx: ManagedTransaction, query: string, params: Record<string, unknown>, rows?: unknown[]) => {
  if (rows && rows.length === 0) return null;
  return tx.run(query, params);
};

async function writeBatch(tx: ManagedTransaction, xs: Extraction[], opts: LoadOptions): Promise<LoadResult[]> {
  opts.memo?.begin();
  const keys = xs.map((x) => x.document.key);
  // Serialise loads of one document across processes: without it, concurrent ingests of one folder
  // all read "absent" and all reported "created" (the MERGEs kept the graph right, not the report).
  await tx.run('UNWIND $keys AS key MERGE (l:IngestLock {key: key}) SET l.at = datetime()', { keys });

  const renamed = await adoptStubs(tx, xs);

  const found = await tx.run(
    `UNWIND $keys AS key
     OPTIONAL MATCH (d:Document {key: key})
     RETURN key, d.stub AS stub, d.sourceSha256 AS sha, d.sourceCopies AS copies,
            d.number AS number, toString(d.issuedOn) AS issuedOn, d.title AS title,
            d.sourceFile AS file, d.sourceLine AS line, d.issuerName AS issuerName`,
    { keys },
  );
  const existing = new Map<string, Existing>(
    found.records.map((r) => [
      r.get('key') as string,
      {
        stub: r.get('stub') as boolean | null,
        sha: r.get('sha') as string | null,
        copies: (r.get('copies') as string[] | null) ?? [],
        number: r.get('number') as string | null,
        issuedOn: r.get('issuedOn') as string | null,
        title: r.get('title') as string | null,
        file: r.get('file') as string | null,
        line: r.get('line') as number | null,
        issuerName: r.get('issuerName') as string | null,
      },
    ]),
  );

  const results: LoadResult[] = [];
  const copies: Array<{ key: string; sha: string; conflicts: Array<{ key: string; message: string }> }> = [];
  const writes: Array<{ x: Extraction; wasStub: boolean; replaced: boolean; conflicts: string[]; result: LoadResult }> = [];
  for (const x of xs) {
    const key = x.document.key;
    const e = existing.get(key)!;
    const exists = e.stub !== null;
    const isStub = e.stub === true;
    if (exists && !isStub) {
      // Identity is issuer + number + date: anything else under this key is another document.
      const clash = identityClash(e, x);
      if (clash && !(opts.replace && e.file === x.source.file)) {
        const where = `${e.file ?? '(unknown file)'}${e.line != null ? `:${e.line}` : ''}`;
        throw new KeyCollisionError(
          `${x.source.file}:${x.document.line} and ${where} would both be document ${key}, but ${clash}. ` +
            `They are two documents; nothing of ${x.source.file} was written.`,
        );
      }
    }
    if (exists && !isStub && !opts.replace) {
      if (e.sha === x.source.sha256 || e.copies.includes(x.source.sha256)) {
        results.push({ key, status: 'unchanged', conflicts: [] });
        continue;
      }
      const conflicts = compareCopy(e, x);
      copies.push({ key, sha: x.source.sha256, conflicts: conflicts.map((message, i) => ({ key: copyFindingKey(key, x.source.sha256, i), message })) });
      results.push({ key, status: 'copy', conflicts });
      continue;
    }
    const r = renamed.get(key);
    const result: LoadResult = { key, status: exists ? (isStub ? 'filled-stub' : 'replaced') : 'created', conflicts: r ? [r] : [] };
    results.push(result);
    writes.push({ x, wasStub: isStub, replaced: exists && !isStub, conflicts: result.conflicts, result });
  }

  await run(
    tx,
    `UNWIND $copies AS c
     MATCH (d:Document {key: c.key})
     SET d.sourceCopies = coalesce(d.sourceCopies, []) + c.sha
     WITH d, c
     UNWIND c.conflicts AS f
     MERGE (n:Finding {key: f.key})
     SET n.code = 'METADATA_CONFLICT', n.severity = 'WARNING', n.message = f.message, n.sourceKey = c.key, n.line = null
     MERGE (d)-[:HAS_FINDING]->(n)`,
    { copies },
    copies,
  );
  if (writes.length) await writeDocuments(tx, writes, opts.memo);
  return results;
}

/**
 * A stub created from a citation that named another issuer of the same unit takes the loaded
 * document's key (its old key stays as an alias); the disagreement is reported per document.
 */
async function adoptStubs(tx: ManagedTransaction, xs: Extraction[]): Promise<Map<string, string>> {
  const cands = xs
    .map((x) => ({ key: x.document.key, nf: numberFolded(x.document.number), year: x.document.year, unit: issuerUnit(x.document.key), name: x.document.issuer.name }))
    .filter((c) => c.nf && c.year && c.unit);
  const out = new Map<string, string>();
  if (!cands.length) return out;
  const r = await tx.run(
    `UNWIND $cands AS c
     OPTIONAL MATCH (own:Document {key: c.key})
     WITH c WHERE own IS NULL
     CALL (c) {
       MATCH (d:Document {numberFolded: c.nf, year: c.year, issuerUnit: c.unit}) WHERE d.stub = true
       RETURN d.key AS k, COLLECT { MATCH (d)-[:ISSUED_BY]->(i:Agency) RETURN i.name } AS issuers LIMIT 2
     }
     RETURN c.key AS key, k, issuers`,
    { cands },
  );
  const byDoc = new Map<string, Array<{ k: string; issuers: string[] }>>();
  for (const rec of r.records) {
    const list = byDoc.get(rec.get('key')) ?? [];
    list.push({ k: rec.get('k'), issuers: rec.get('issuers') });
    byDoc.set(rec.get('key'), list);
  }
  const renames: Array<{ old: string; key: string; unit: string | null }> = [];
  for (const c of cands) {
    const twins = (byDoc.get(c.key) ?? []).filter((t) => issuerUnit(t.k) === c.unit);
    if (twins.length !== 1) continue;
    const old = twins[0]!.k;
    renames.push({ old, key: c.key, unit: c.unit });
    const cited = twins[0]!.issuers.join(', ');
    out.set(
      c.key,
      `issuer: cited as ${cited || old.split('/')[0]}, the document's header says ${c.name} (same number and year; one document, old key ${old} kept as an alias)`,
    );
  }
  await run(
    tx,
    `UNWIND $renames AS x
     MATCH (d:Document {key: x.old}) SET d.key = x.key, d.issuerUnit = x.unit, d.aliasKeys = coalesce(d.aliasKeys, []) + x.old
     MERGE (a:DocumentAlias {key: x.old}) MERGE (a)-[:ALIAS_OF]->(d)`,
    { renames },
    renames,
  );
  return out;
}

/**
 * Everything read from the replaced documents (not the document nodes, nor nodes other documents
 * share): their duties, deadlines, targets and findings (by the sourceKey indexes), the edges they
 * wrote from the document itself and between the documents it cites, and the PART_OF edges they
 * created (relationship index). No statement reads every node or relationship.
 */
async function removeFacts(tx: ManagedTransaction, keys: string[]) {
  await tx.run(
    `UNWIND $keys AS k
     CALL (k) { MATCH (n:Duty {sourceKey: k}) DETACH DELETE n }
     CALL (k) { MATCH (n:Deadline {sourceKey: k}) DETACH DELETE n }
     CALL (k) { MATCH (n:Target {sourceKey: k}) DETACH DELETE n }
     CALL (k) { MATCH (n:Finding {sourceKey: k}) DETACH DELETE n }
     CALL (k) { MATCH ()-[r:PART_OF {sourceKey: k}]->() DELETE r }`,
    { keys },
  );
  // the cited documents' edges first (links between them, a stub's issuer), then the document's own.
  // A stub's ISSUED_BY attributed to this document passes to another citation that named the same
  // issuer, if there is one; only an issuer no other document names is removed.
  await tx.run(
    `UNWIND $keys AS k
     MATCH (d:Document {key: k})
     CALL (d, k) {
       MATCH (d)-[:IMPLEMENTS|BASED_ON|CITES]->(t:Document)-[r:ISSUED_BY {sourceKey: k}]->(ia:Agency)
       WITH DISTINCT t, r, ia
       CALL (t, r, ia, k) {
         OPTIONAL MATCH (t)<-[c:IMPLEMENTS|BASED_ON|CITES]-(o:Document)
         WHERE c.issuerKey = ia.key AND c.sourceKey = o.key AND o.key <> k
         WITH r, c ORDER BY c.sourceKey LIMIT 1
         FOREACH (_ IN CASE WHEN c IS NULL THEN [1] ELSE [] END | DELETE r)
         FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | SET r.sourceKey = c.sourceKey, r.line = c.line)
       }
     }
     CALL (d, k) {
       MATCH (d)-[:IMPLEMENTS|BASED_ON|CITES]->(t:Document)-[r]-() WHERE r.sourceKey = k
       WITH DISTINCT r DELETE r
     }
     CALL (d, k) { MATCH (d)-[r]-() WHERE r.sourceKey = k DELETE r }`,
    { keys },
  );
}

type Write = { x: Extraction; wasStub: boolean; replaced: boolean; conflicts: string[] };

async function writeDocuments(tx: ManagedTransaction, writes: Write[], memo: LoadMemo | undefined): Promise<void> {
  const xs = writes.map((w) => w.x);
  const replaced = writes.filter((w) => w.replaced).map((w) => w.x.document.key);
  if (replaced.length) await removeFacts(tx, replaced);

  // Metadata of a stub that a citation gave vs. the document's own header: the header names the
  // issuer (what citations said is replaced), a different date is reported.
  const stubs = writes.filter((w) => w.wasStub);
  if (stubs.length) {
    const r = await tx.run(
      `UNWIND $keys AS k
       MATCH (d:Document {key: k})
       CALL (d, k) { MATCH (d)-[r:ISSUED_BY]->() WHERE r.sourceKey <> k DELETE r }
       RETURN k, toString(d.issuedOn) AS issuedOn`,
      { keys: stubs.map((w) => w.x.document.key) },
    );
    const cited = new Map(r.records.map((rec) => [rec.get('k') as string, rec.get('issuedOn') as string | null]));
    for (const w of stubs) {
      const c = cited.get(w.x.document.key);
      if (c && w.x.document.issuedOn && c !== w.x.document.issuedOn) w.conflicts.push(`issuedOn: cited as ${c}, the document says ${w.x.document.issuedOn}`);
    }
  }

  // Agencies first: documents, duties, deadlines and recipients point to them.
  // agency rows equal to the last written under their key (IN_UNIT and groups linked then) are left out
  const agencies = batchAgencyRows(xs).filter((a) => !memo?.has('agency', a.key, a));
  await run(
    tx,
    `UNWIND $agencies AS a
     MERGE (g:Agency {key: a.key})
     ON CREATE SET g.name = a.name, g.type = a.type, g.level = a.level, g.group = a.group, g.names = []
     SET g.names = reduce(acc = coalesce(g.names, []), n IN a.names | CASE WHEN n IN acc THEN acc ELSE acc + n END),
         g.matchName = a.matchName, g.searchText = a.searchText, g.memberKinds = a.memberKinds,
         g.unitKey = coalesce(g.unitKey, a.unit)`,
    { agencies },
    agencies,
  );

  // A unit key that would join two provinces is an error, never a merge (keys.ts rule 4).
  // unit rows an earlier row of this run wrote the same are left out: their province was checked then
  const unitRows = xs.flatMap((x) => x.units.map((u) => ({ ...u, src: x.document.key })));
  const unitRow = ({ src: _src, ...u }: (typeof unitRows)[number]) => u;
  const units = memo ? memo.fresh('unit', unitRows, (u) => u.key, unitRow) : unitRows;
  const freshUnits = new Set(units.map((u) => u.key));
  const placed = xs.flatMap((x) => placedUnits(x).filter((u) => !memo || freshUnits.has(u.key)).map((u) => ({ ...u, doc: x.document.key })));
  const inBatch = new Map<string, { province: string; x: Extraction }>();
  for (const x of xs) {
    for (const u of placedUnits(x)) {
      const prev = inBatch.get(u.key);
      if (prev && prev.province !== u.province) {
        throw new KeyCollisionError(
          `${x.source.file}:${x.document.line} puts the unit ${u.key} in ${u.province}, but ${prev.x.source.file}:${prev.x.document.line} put it in ${prev.province}: ` +
            `one key would join two provinces; nothing of ${x.source.file} was written.`,
        );
      }
      if (!prev) inBatch.set(u.key, { province: u.province, x });
    }
  }
  if (placed.length) {
    const clash = await tx.run(
      `UNWIND $placed AS u
       MATCH (n:AdministrativeUnit {key: u.key})-[r:PART_OF*1..2]->(p:AdministrativeUnit {level: 'PROVINCE'})
       WHERE p.key <> u.province
       WITH u, p, last(r) AS via
       RETURN u.doc AS doc, u.key AS key, u.province AS mine, p.key AS theirs,
              head(COLLECT { MATCH (d:Document {key: via.sourceKey}) RETURN d.sourceFile + ':' + toString(coalesce(d.sourceLine, 1)) }) AS where
       LIMIT 1`,
      { placed },
    );
    const c = clash.records[0];
    if (c) {
      const x = xs.find((v) => v.document.key === c.get('doc'))!;
      throw new KeyCollisionError(
        `${x.source.file}:${x.document.line} puts the unit ${c.get('key')} in ${c.get('mine')}, but ${c.get('where') ?? 'the graph'} put it in ${c.get('theirs')}: ` +
          `one key would join two provinces; nothing of ${x.source.file} was written.`,
      );
    }
  }
  await run(
    tx,
    `UNWIND $units AS u
     MERGE (n:AdministrativeUnit {key: u.key})
     SET n.name = u.name, n.kind = u.kind, n.level = u.level,
         n.validFrom = CASE WHEN u.validFrom IS NULL THEN n.validFrom ELSE date(u.validFrom) END,
         n.validTo = CASE WHEN u.validTo IS NULL THEN n.validTo ELSE date(u.validTo) END
     WITH n, u WHERE u.parentKey IS NOT NULL
     MERGE (p:AdministrativeUnit {key: u.parentKey})
     MERGE (n)-[r:PART_OF]->(p) ON CREATE SET r.sourceKey = u.src`,
    { units },
    units,
  );
  const freshAgencies = new Set(agencies.map((a) => a.key));
  const agencyKeys = [...new Set(xs.flatMap(placedAgencyKeys))].filter((k) => !memo || freshAgencies.has(k));
  const linked = await run(
    tx,
    `UNWIND $keys AS k
     MATCH (g:Agency {key: k})
     OPTIONAL MATCH (u:AdministrativeUnit {key: g.unitKey})
     CALL (g, u) { WITH g, u WHERE u IS NOT NULL MERGE (g)-[:IN_UNIT]->(u) }
     RETURN k, g.unitKey IS NULL OR u IS NOT NULL AS placed`,
    { keys: agencyKeys },
    agencyKeys,
  );
  if (agencyKeys.length) await linkGroupMembers(tx, agencyKeys);
  if (memo) {
    // an agency whose unit is not in the graph yet is not remembered: a later batch links it
    const inUnit = new Set((linked?.records ?? []).filter((r) => r.get('placed') === true).map((r) => r.get('k') as string));
    for (const a of agencies) if (inUnit.has(a.key)) memo.note('agency', a.key, a);
  }

  await tx.run(
    `UNWIND $docs AS x
     MERGE (d:Document {key: x.p.key})
     SET d += x.p, d.stub = false, d.issuedOn = CASE WHEN x.p.issuedOn IS NULL THEN null ELSE date(x.p.issuedOn) END,
         d.ingestedAt = datetime(), d.recipientLines = x.recipientLines
     WITH d, x
     CALL (d, x) {
       MATCH (i:Agency {key: x.issuer})
       MERGE (d)-[r:ISSUED_BY {sourceKey: x.p.key}]->(i) SET r.line = 1
     }
     CALL (d, x) {
       MATCH (u:AdministrativeUnit {key: x.unit})
       MERGE (d)-[r:APPLIES_TO {sourceKey: x.p.key}]->(u)
     }`,
    { docs: xs.map((x) => ({ p: docProps(x), issuer: x.document.issuer.key, unit: x.document.jurisdiction, recipientLines: recipientLines(x) })) },
  );

  const all = batchAliasRows(xs);
  const once = <T extends { key: string; alias: string }>(kind: string, rows: T[]) => (memo ? memo.fresh(kind, rows, (r) => `${r.key} ${r.alias}`, () => true) : rows);
  const aliases = { docAliases: all.docAliases, unitAliases: once('unit-alias', all.unitAliases), agencyAliases: once('agency-alias', all.agencyAliases) };
  // labels from this table only, never from input
  const aliasTables = [
    ['Document', 'DocumentAlias', aliases.docAliases],
    ['AdministrativeUnit', 'UnitAlias', aliases.unitAliases],
    ['Agency', 'AgencyAlias', aliases.agencyAliases],
  ] as const;
  for (const [label, aliasLabel, rows] of aliasTables) {
    await run(
      tx,
      `UNWIND $rows AS x
       MATCH (t:${label} {key: x.key})
       MERGE (a:${aliasLabel} {key: x.alias}) MERGE (a)-[:ALIAS_OF]->(t)`,
      { rows },
      rows,
    );
  }
  const signers = xs.map(signerRow).filter((s) => s !== null);
  await run(
    tx,
    `UNWIND $signers AS s
     MATCH (d:Document {key: s.key})
     MERGE (p:Person {key: s.pkey}) ON CREATE SET p.name = s.name
     MERGE (d)-[r:SIGNED_BY {sourceKey: s.key}]->(p) SET r.line = s.line`,
    { signers },
    signers,
  );

  // References: stubs for what is not in the graph yet; catalog facts win over citation text.
  const refsOf = xs.map((x) => ({ x, refs: exactRefs(x) }));
  const targets = await resolveKeys(tx, refsOf.flatMap(({ refs }) => refs.map(refLookup)));
  // The issuers citations name exist as agencies before the references link their stubs to them.
  const issuers = issuersOfRefs(refsOf.flatMap(({ refs }) => refs));
  await run(
    tx,
    `UNWIND $issuers AS a
     MERGE (g:Agency {key: a.key}) ON CREATE SET g.name = a.name, g.level = a.level, g.type = a.type, g.group = false,
       g.names = [a.name], g.matchName = a.matchName, g.searchText = a.searchText`,
    { issuers },
    issuers,
  );
  const refs = refsOf.flatMap(({ x, refs }) => refs.map((r) => ({ ...refRow(r, targets.get(r.key) ?? r.key), src: x.document.key })));
  const refRows = await run(
    tx,
    `UNWIND $refs AS r
     // a citation without a year reaches the one dated document with the same issuer and number
     CALL (r) {
       OPTIONAL MATCH (cand:Document) WHERE r.undatedPrefix IS NOT NULL AND r.resolved = r.key AND cand.key STARTS WITH r.undatedPrefix
       RETURN collect(cand.key) AS cands
     }
     WITH r, CASE WHEN size(cands) = 1 THEN cands[0] ELSE r.resolved END AS target
     MERGE (t:Document {key: target})
     ON CREATE SET t.stub = true, t.draft = false, t.kind = r.kind, t.number = r.number, t.numberFolded = r.numberFolded,
                   t.issuedOn = CASE WHEN r.issuedOn IS NULL THEN null ELSE date(r.issuedOn) END,
                   t.year = r.year, t.title = r.title, t.level = r.issuerLevel, t.searchText = r.searchText,
                   t.issuerUnit = r.resolvedUnit
     SET t.issuedOn = coalesce(t.issuedOn, CASE WHEN r.issuedOn IS NULL THEN null ELSE date(r.issuedOn) END),
         t.title = coalesce(t.title, r.title)
     WITH r, t
     // one ISSUED_BY per (stub, issuer named), attributed to the first citation that named it (a stub
     // cited by 10,000 plans has one edge, not 10,000); each citation edge records the issuer it named,
     // so removing that citation hands the attribution on (removeFacts).
     CALL (r, t) {
       MATCH (ia:Agency {key: r.issuerKey}) WHERE t.stub
       MERGE (t)-[x:ISSUED_BY]->(ia) ON CREATE SET x.sourceKey = r.src, x.line = r.line
     }
     WITH r, t
     MATCH (d:Document {key: r.src})
     CALL (r, t, d) {
       WITH r, t, d WHERE r.relation = 'IMPLEMENTS'
       MERGE (d)-[x:IMPLEMENTS {sourceKey: r.src}]->(t) SET x.line = r.line, x.lineEnd = r.lineEnd, x.issuerKey = r.issuerKey
     }
     CALL (r, t, d) {
       WITH r, t, d WHERE r.relation = 'BASED_ON'
       MERGE (d)-[x:BASED_ON {sourceKey: r.src}]->(t) SET x.line = r.line, x.lineEnd = r.lineEnd, x.issuerKey = r.issuerKey
     }
     CALL (r, t, d) {
       WITH r, t, d WHERE r.relation = 'CITES'
       MERGE (d)-[x:CITES {sourceKey: r.src}]->(t) SET x.line = r.line, x.lineEnd = r.lineEnd, x.issuerKey = r.issuerKey
     }
     RETURN r.src AS src, t.key AS target, r.issuedOn AS cited, toString(t.issuedOn) AS known`,
    { refs },
    refs,
  );
  const byKey = new Map(writes.map((w) => [w.x.document.key, w]));
  for (const r of refRows?.records ?? []) {
    const cited = r.get('cited') as string | null;
    const known = r.get('known') as string | null;
    if (cited && known && cited !== known) byKey.get(r.get('src'))!.conflicts.push(`${r.get('target')}: cited with date ${cited}, the graph holds ${known}`);
  }
  const links = xs.flatMap((x) => x.links.map((l) => ({ ...l, from: targets.get(l.from) ?? l.from, to: targets.get(l.to) ?? l.to, src: x.document.key })));
  await run(
    tx,
    `UNWIND $links AS l
     MATCH (a:Document {key: l.from}), (b:Document {key: l.to})
     CALL (a, b, l) {
       WITH a, b, l WHERE l.relation = 'IMPLEMENTS'
       MERGE (a)-[x:IMPLEMENTS {sourceKey: l.src}]->(b) SET x.line = l.line, x.lineEnd = l.lineEnd
     }
     CALL (a, b, l) {
       WITH a, b, l WHERE l.relation <> 'IMPLEMENTS'
       MERGE (a)-[x:BASED_ON {sourceKey: l.src}]->(b) SET x.line = l.line, x.lineEnd = l.lineEnd
     }`,
    { links },
    links,
  );

  // Duties, who carries them, deadlines, targets.
  const duties = xs.flatMap(dutyRows);
  await run(
    tx,
    `UNWIND $duties AS u
     MATCH (d:Document {key: u.sourceKey})
     MERGE (t:Duty {key: u.key})
     SET t += u
     MERGE (d)-[r:ASSIGNS {sourceKey: u.sourceKey}]->(t) SET r.line = u.line, r.lineEnd = u.lineEnd`,
    { duties },
    duties,
  );
  const assignments = xs.flatMap((x) => x.assignments.map((a) => ({ ...a, src: x.document.key })));
  await run(
    tx,
    `UNWIND $rows AS a
     MATCH (g:Agency {key: a.agencyKey}), (t:Duty {key: a.dutyKey})
     MERGE (g)-[r:TASKED_WITH {sourceKey: a.src, role: a.role}]->(t)
     SET r.line = a.line, r.lineEnd = a.lineEnd, r.curated = a.curated, r.basis = a.basis, r.rule = a.rule`,
    { rows: assignments },
    assignments,
  );
  const deadlines = xs.flatMap((x) => deadlineRows(x).map((d) => ({ ...d, src: x.document.key })));
  await run(
    tx,
    `UNWIND $rows AS x
     MERGE (dl:Deadline {key: x.key})
     SET dl.kind = x.kind, dl.date = CASE WHEN x.date IS NULL THEN null ELSE date(x.date) END,
         dl.frequency = x.frequency, dl.month = x.month, dl.day = x.day, dl.monthOfPeriod = x.monthOfPeriod,
         dl.interval = x.interval, dl.weekday = x.weekday,
         dl.fromDate = CASE WHEN x.from IS NULL THEN null ELSE date(x.from) END,
         dl.text = x.text, dl.action = x.action, dl.recipientText = x.recipient,
         dl.sourceKey = x.src, dl.line = x.line, dl.lineEnd = x.lineEnd
     WITH dl, x
     CALL (dl, x) {
       MATCH (t:Duty {key: x.dutyKey})
       MERGE (t)-[r:DUE {sourceKey: x.src}]->(dl) SET r.line = x.line
     }
     CALL (dl, x) {
       UNWIND x.agencyKeys AS ak
       MATCH (g:Agency {key: ak})
       MERGE (dl)-[r:BINDS {sourceKey: x.src}]->(g) SET r.line = x.line
     }
     CALL (dl, x) {
       UNWIND x.recipientKeys AS rk
       MATCH (g:Agency {key: rk})
       MERGE (dl)-[r:REPORTS_TO {sourceKey: x.src}]->(g) SET r.line = x.line
     }`,
    { rows: deadlines },
    deadlines,
  );
  const targetRows = xs.flatMap((x) => x.targets.map((t) => ({ ...t, src: x.document.key })));
  await run(
    tx,
    `UNWIND $rows AS x
     MATCH (d:Document {key: x.src})
     MERGE (t:Target {key: x.key})
     SET t.metric = x.metric, t.comparator = x.comparator, t.value = toFloat(x.value), t.unit = x.unit,
         t.period = x.period, t.text = x.text, t.sourceKey = x.src, t.line = x.line, t.lineEnd = x.lineEnd,
         t.dutyKey = x.dutyKey
     MERGE (d)-[r:SETS {sourceKey: x.src}]->(t) SET r.line = x.line`,
    { rows: targetRows },
    targetRows,
  );
  const recipients = xs.flatMap((x) => x.recipients.filter((r) => r.agencyKey).map((r) => ({ ...r, src: x.document.key })));
  await run(
    tx,
    `UNWIND $rows AS x
     MATCH (d:Document {key: x.src})
     MATCH (g:Agency {key: x.agencyKey})
     MERGE (d)-[r:SENT_TO {sourceKey: x.src, line: x.line}]->(g) SET r.purpose = x.purpose, r.text = x.name`,
    { rows: recipients },
    recipients,
  );

  const findings = writes.flatMap(({ x, conflicts }) => [
    ...x.issues.map((f, i) => ({ ...f, key: findingKey(x.document.key, i), src: x.document.key })),
    ...conflicts.map((message, i) => ({
      key: conflictKey(x.document.key, i),
      code: 'METADATA_CONFLICT',
      severity: 'WARNING' as const,
      message,
      line: null,
      src: x.document.key,
    })),
  ]);
  await run(
    tx,
    `UNWIND $rows AS f
     MATCH (d:Document {key: f.src})
     MERGE (n:Finding {key: f.key})
     SET n.code = f.code, n.severity = f.severity, n.message = f.message, n.line = f.line, n.sourceKey = f.src
     MERGE (d)-[:HAS_FINDING]->(n)`,
    { rows: findings },
    findings,
  );
}

/**
 * Citations often name the people's committee for a plan its steering committee issued
 * ("Kế hoạch số 93/KH-BCĐ … của UBND Tỉnh"). Same number, same year, issuers of the same unit:
 * the same document. Returns the key of the node to use (an alias key, or such a twin, or the key).
 */
async function resolveKeys(
  tx: ManagedTransaction,
  refs: Array<{ key: string; nf: string | null; year: number | null; unit: string | null }>,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const unique = [...new Map(refs.map((r) => [r.key, r])).values()];
  if (!unique.length) return out;
  // one round trip for all references of the batch
  const res = await tx.run(
    `UNWIND $refs AS r
     OPTIONAL MATCH (d:Document {key: r.key})
     OPTIONAL MATCH (:DocumentAlias {key: r.key})-[:ALIAS_OF]->(a:Document)
     WITH r, coalesce(d.key, a.key) AS hit
     CALL (r, hit) {
       WITH r, hit WHERE hit IS NULL AND r.nf IS NOT NULL AND r.year IS NOT NULL AND r.unit IS NOT NULL
       MATCH (t:Document {numberFolded: r.nf, year: r.year, issuerUnit: r.unit})
       RETURN collect(t.key)[..2] AS twins
     }
     RETURN r.key AS key, hit, twins`,
    { refs: unique },
  );
  for (const rec of res.records) {
    const key = rec.get('key') as string;
    const hit = rec.get('hit') as string | null;
    if (hit) {
      out.set(key, hit);
      continue;
    }
    const same = rec.get('twins') as string[];
    out.set(key, same.length === 1 ? same[0]! : key);
  }
  return out;
}
