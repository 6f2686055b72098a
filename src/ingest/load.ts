/**
 * Extraction → graph. One document is loaded in ONE write transaction: either every fact of it
 * lands or none does (a failure mid-way rolls back, the previous state stays).
 *
 * Idempotence:
 *  - the same file again (same sha256) → nothing is written ("unchanged");
 *  - another copy of an already loaded document (same key, other bytes: other formatting) → its
 *    facts are not loaded a second time; metadata disagreements become METADATA_CONFLICT findings
 *    ("copy"), and the copy's hash is remembered;
 *  - `replace: true` reloads a document: its previous facts (everything whose sourceKey is the
 *    document) are removed first, in the same transaction.
 * Referenced documents become stubs (stub: true) and are filled in, not duplicated, when their own
 * text is loaded (same key: issuer/number/year).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/driver.js';
import { canonicalAgency } from './agencies.js';
import { KIND_LABEL_VI, type Extraction } from './model.js';
import { fold, matchForm } from './text.js';
import { conflictKey, copyFindingKey, findingKey, groupMemberKinds, issuerUnit, legacyAgencyKey, legacyDocumentKey, legacyUnitKey, personKey } from '../domain/keys.js';

export { issuerUnit };

export type LoadStatus = 'created' | 'filled-stub' | 'replaced' | 'unchanged' | 'copy';

/**
 * Two different things would get one key (src/domain/keys.ts): a document with another issuer,
 * number or date than the one the graph holds under that key, or an administrative unit that would
 * join two provinces. Thrown inside the document's transaction: nothing of the file is written.
 */
export class KeyCollisionError extends Error {
  readonly code = 'KEY_COLLISION';
  constructor(message: string) {
    super(message);
    this.name = 'KeyCollisionError';
  }
}

export interface LoadResult {
  key: string;
  status: LoadStatus;
  conflicts: string[];
}

/** The number as matched across documents: folded, no spaces ("124/2021/TT- BCA" = "124/2021/tt-bca"). */
export const numberFolded = (n: string | null | undefined) => (n ? fold(n).replace(/\s+/g, '') : null);

function docProps(x: Extraction) {
  const d = x.document;
  return {
    key: d.key,
    kind: d.kind,
    number: d.number,
    numberFolded: numberFolded(d.number),
    issuedOn: d.issuedOn,
    year: d.year,
    place: d.place,
    title: d.title,
    level: d.issuer.level,
    draft: d.draft,
    periodFrom: d.period?.from ?? null,
    periodTo: d.period?.to ?? null,
    signerCapacity: d.signerCapacity,
    unresolvedBases: x.references.filter((r) => r.vague).map((r) => r.text),
    sourceFile: x.source.file,
    sourceLine: x.document.line,
    issuerName: d.issuer.name,
    sourceSha256: x.source.sha256,
    lineCount: x.source.lines,
    searchText: fold(
      [KIND_LABEL_VI[d.kind], d.number ?? '', d.title, d.issuer.name, d.place ?? ''].join(' '),
    ),
  };
}

/** Compare the metadata of a second copy with what the graph holds; return human-readable disagreements. */
function compareCopy(existing: Record<string, unknown>, x: Extraction): string[] {
  const d = x.document;
  const out: string[] = [];
  const cmp = (field: string, a: unknown, b: unknown) => {
    if (a != null && b != null && String(a) !== String(b)) out.push(`${field}: "${a}" in the graph, "${b}" in ${x.source.file}`);
  };
  cmp('number', existing.number, d.number);
  cmp('issuedOn', existing.issuedOn, d.issuedOn);
  cmp('title', existing.title && fold(String(existing.title)), fold(d.title));
  return out;
}

export async function loadExtraction(
  db: Database,
  x: Extraction,
  opts: { replace?: boolean } = {},
): Promise<LoadResult> {
  return db.write(async (tx) => {
    const key = x.document.key;
    // Serialise loads of one document across processes: without it, concurrent ingests of one folder
    // all read "absent" and all reported "created" (the MERGEs kept the graph right, not the report).
    await tx.run('MERGE (l:IngestLock {key: $key}) SET l.at = datetime()', { key });
    const renamed = await adoptStub(tx, x);
    const found = await tx.run(
      `OPTIONAL MATCH (d:Document {key: $key})
       RETURN d.stub AS stub, d.sourceSha256 AS sha, d.sourceCopies AS copies,
              d.number AS number, toString(d.issuedOn) AS issuedOn, d.title AS title,
              d.sourceFile AS file, d.sourceLine AS line, d.issuerName AS issuerName`,
      { key },
    );
    const rec = found.records[0]!;
    const exists = rec.get('stub') !== null;
    const isStub = rec.get('stub') === true;
    const sha = rec.get('sha') as string | null;
    const copies = (rec.get('copies') as string[] | null) ?? [];

    if (exists && !isStub) {
      // Identity is issuer + number + date: anything else under this key is another document.
      const clash = identityClash(
        {
          number: rec.get('number') as string | null,
          issuedOn: rec.get('issuedOn') as string | null,
          issuerName: rec.get('issuerName') as string | null,
          file: rec.get('file') as string | null,
        },
        x,
      );
      const sameFile = rec.get('file') === x.source.file;
      if (clash && !(opts.replace && sameFile)) {
        const where = `${rec.get('file') ?? '(unknown file)'}${rec.get('line') != null ? `:${rec.get('line')}` : ''}`;
        throw new KeyCollisionError(
          `${x.source.file}:${x.document.line} and ${where} would both be document ${key}, but ${clash}. ` +
            `They are two documents; nothing of ${x.source.file} was written.`,
        );
      }
    }

    if (exists && !isStub && !opts.replace) {
      if (sha === x.source.sha256 || copies.includes(x.source.sha256)) return { key, status: 'unchanged', conflicts: [] };
      const conflicts = compareCopy(
        { number: rec.get('number'), issuedOn: rec.get('issuedOn'), title: rec.get('title') },
        x,
      );
      await tx.run(
        `MATCH (d:Document {key: $key})
         SET d.sourceCopies = coalesce(d.sourceCopies, []) + $sha
         WITH d
         UNWIND $conflicts AS c
         MERGE (f:Finding {key: c.key})
         SET f.code = 'METADATA_CONFLICT', f.severity = 'WARNING', f.message = c.message,
             f.sourceKey = $key, f.line = null
         MERGE (d)-[:HAS_FINDING]->(f)`,
        { key, sha: x.source.sha256, conflicts: conflicts.map((message, i) => ({ key: copyFindingKey(key, x.source.sha256, i), message })) },
      );
      return { key, status: 'copy', conflicts };
    }

    if (exists && !isStub) await removeFacts(tx, key);
    const conflicts = await writeDocument(tx, x, isStub, renamed ? [renamed] : []);
    return { key, status: exists ? (isStub ? 'filled-stub' : 'replaced') : 'created', conflicts };
  });
}

/**
 * Why the document x is not the one the graph holds under its key, or null when it is the same
 * document (same issuer, number and date; a side left blank — a draft — does not disagree).
 */
function identityClash(
  existing: { number: string | null; issuedOn: string | null; issuerName: string | null; file: string | null },
  x: Extraction,
): string | null {
  const d = x.document;
  const out: string[] = [];
  const a = numberFolded(existing.number);
  const b = numberFolded(d.number);
  if (a && b && a !== b) out.push(`the numbers differ ("${existing.number}" vs "${d.number}")`);
  if (existing.issuedOn && d.issuedOn && existing.issuedOn !== d.issuedOn) out.push(`the dates differ (${existing.issuedOn} vs ${d.issuedOn})`);
  // issuers of one key have one folded name by construction (keys.ts); checked in case a rule changes
  if (existing.issuerName && matchForm(existing.issuerName) !== matchForm(d.issuer.name)) {
    out.push(`the issuers differ ("${existing.issuerName}" vs "${d.issuer.name}")`);
  }
  return out.length ? out.join(' and ') : null;
}

/** Everything read from a document (not the document node itself, nor nodes other documents share). */
async function removeFacts(tx: ManagedTransaction, key: string) {
  await tx.run(
    `MATCH (n) WHERE (n:Duty OR n:Deadline OR n:Target OR n:Finding) AND n.sourceKey = $key DETACH DELETE n`,
    { key },
  );
  await tx.run(`MATCH ()-[r]->() WHERE r.sourceKey = $key DELETE r`, { key });
}

async function writeDocument(tx: ManagedTransaction, x: Extraction, wasStub: boolean, known: string[]): Promise<string[]> {
  const key = x.document.key;
  const conflicts: string[] = [...known];

  // Metadata of a stub that a citation gave vs. the document's own header.
  if (wasStub) {
    // The document's own header names its issuer; what citations said is replaced (and reported).
    await tx.run(`MATCH (d:Document {key: $key})-[r:ISSUED_BY]->() WHERE r.sourceKey <> $key DELETE r`, { key });
    const r = await tx.run(`MATCH (d:Document {key: $key}) RETURN toString(d.issuedOn) AS issuedOn`, { key });
    const cited = r.records[0]?.get('issuedOn') as string | null;
    if (cited && x.document.issuedOn && cited !== x.document.issuedOn) {
      conflicts.push(`issuedOn: cited as ${cited}, the document says ${x.document.issuedOn}`);
    }
  }

  // Agencies first: documents, duties, deadlines and recipients point to them.
  await tx.run(
    `UNWIND $agencies AS a
     MERGE (g:Agency {key: a.key})
     ON CREATE SET g.name = a.name, g.type = a.type, g.level = a.level, g.group = a.group, g.names = []
     SET g.names = reduce(acc = coalesce(g.names, []), n IN a.names | CASE WHEN n IN acc THEN acc ELSE acc + n END),
         g.matchName = a.matchName, g.searchText = a.searchText, g.memberKinds = a.memberKinds,
         g.unitKey = coalesce(g.unitKey, a.unit)`,
    {
      agencies: dedupeBy(
        [...x.agencies, ...(x.recipientAgencies ?? []), { key: x.document.issuer.key, name: x.document.issuer.name, names: [x.document.issuer.name], type: issuerType(x), level: x.document.issuer.level, unit: x.document.jurisdiction, group: false }],
        (a) => a.key,
      ).map((a) => ({
        ...a,
        matchName: matchForm(a.name),
        memberKinds: a.group ? groupMemberKinds(a.key) : null,
        searchText: fold([a.name, ...a.names].join(' ')),
      })),
    },
  );

  // A unit key that would join two provinces is an error, never a merge (keys.ts rule 4).
  const provinceOf = (k: string | null): string | null => {
    for (let i = 0, u = x.units.find((v) => v.key === k); u && i < 4; i++, u = x.units.find((v) => v.key === u!.parentKey)) {
      if (u.level === 'PROVINCE') return u.key;
    }
    return null;
  };
  const placed = x.units
    .filter((u) => u.level !== 'PROVINCE' && provinceOf(u.key))
    .map((u) => ({ key: u.key, province: provinceOf(u.key) }));
  if (placed.length) {
    const clash = await tx.run(
      `UNWIND $placed AS u
       MATCH (n:AdministrativeUnit {key: u.key})-[r:PART_OF*1..2]->(p:AdministrativeUnit {level: 'PROVINCE'})
       WHERE p.key <> u.province
       WITH u, p, last(r) AS via
       RETURN u.key AS key, u.province AS mine, p.key AS theirs,
              head(COLLECT { MATCH (d:Document {key: via.sourceKey}) RETURN d.sourceFile + ':' + toString(coalesce(d.sourceLine, 1)) }) AS where
       LIMIT 1`,
      { placed },
    );
    const c = clash.records[0];
    if (c) {
      throw new KeyCollisionError(
        `${x.source.file}:${x.document.line} puts the unit ${c.get('key')} in ${c.get('mine')}, but ${c.get('where') ?? 'the graph'} put it in ${c.get('theirs')}: ` +
          `one key would join two provinces; nothing of ${x.source.file} was written.`,
      );
    }
  }
  await tx.run(
    `UNWIND $units AS u
     MERGE (n:AdministrativeUnit {key: u.key})
     SET n.name = u.name, n.kind = u.kind, n.level = u.level,
         n.validFrom = CASE WHEN u.validFrom IS NULL THEN n.validFrom ELSE date(u.validFrom) END,
         n.validTo = CASE WHEN u.validTo IS NULL THEN n.validTo ELSE date(u.validTo) END
     WITH n, u WHERE u.parentKey IS NOT NULL
     MERGE (p:AdministrativeUnit {key: u.parentKey})
     MERGE (n)-[r:PART_OF]->(p) ON CREATE SET r.sourceKey = $key`,
    { units: x.units, key },
  );
  await tx.run(
    `MATCH (g:Agency) WHERE g.key IN $keys AND g.unitKey IS NOT NULL
     MATCH (u:AdministrativeUnit {key: g.unitKey})
     MERGE (g)-[:IN_UNIT]->(u)`,
    { keys: [...x.agencies.map((a) => a.key), x.document.issuer.key] },
  );
  await linkGroupMembers(tx, [...x.agencies.map((a) => a.key), x.document.issuer.key]);

  const p = docProps(x);
  await tx.run(
    `MERGE (d:Document {key: $p.key})
     SET d += $p, d.stub = false, d.issuedOn = CASE WHEN $p.issuedOn IS NULL THEN null ELSE date($p.issuedOn) END,
         d.ingestedAt = datetime()
     WITH d
     MATCH (i:Agency {key: $issuer})
     MERGE (d)-[r:ISSUED_BY {sourceKey: $p.key}]->(i) SET r.line = 1
     WITH d
     OPTIONAL MATCH (u:AdministrativeUnit {key: $unit})
     FOREACH (_ IN CASE WHEN u IS NULL THEN [] ELSE [1] END | MERGE (d)-[r:APPLIES_TO {sourceKey: $p.key}]->(u))`,
    { p, issuer: x.document.issuer.key, unit: x.document.jurisdiction },
  );
  // Keys older versions made (folded, no province) stay valid as lookups (src/domain/keys.ts rule 6).
  await tx.run(
    `CALL (*) {
       UNWIND $docAliases AS k
       MATCH (d:Document {key: $key})
       MERGE (a:DocumentAlias {key: k}) MERGE (a)-[:ALIAS_OF]->(d)
       RETURN count(*) AS c1
     }
     CALL (*) {
       UNWIND $unitAliases AS x
       MATCH (u:AdministrativeUnit {key: x.key})
       MERGE (a:UnitAlias {key: x.alias}) MERGE (a)-[:ALIAS_OF]->(u)
       RETURN count(*) AS c2
     }
     CALL (*) {
       UNWIND $agencyAliases AS x
       MATCH (g:Agency {key: x.key})
       MERGE (a:AgencyAlias {key: x.alias}) MERGE (a)-[:ALIAS_OF]->(g)
       RETURN count(*) AS c3
     }
     RETURN c1 + c2 + c3 AS n`,
    {
      key,
      docAliases: [legacyDocumentKey(key, x.document.issuer.name)].filter((k): k is string => !!k),
      unitAliases: x.units.map((u) => ({ key: u.key, alias: legacyUnitKey(u.name) })).filter((a) => a.alias !== a.key),
      agencyAliases: dedupeBy(
        [...x.agencies, ...(x.recipientAgencies ?? []), { key: x.document.issuer.key, name: x.document.issuer.name }],
        (a) => a.key,
      )
        .map((a) => ({ key: a.key, alias: legacyAgencyKey(a.name) }))
        .filter((a) => a.alias !== a.key),
    },
  );
  if (x.document.signer) {
    await tx.run(
      `MATCH (d:Document {key: $key})
       MERGE (s:Person {key: $pkey}) ON CREATE SET s.name = $name
       MERGE (d)-[r:SIGNED_BY {sourceKey: $key}]->(s) SET r.line = $line`,
      { key, pkey: personKey(x.document.signer, x.document.issuer.key), name: x.document.signer, line: x.source.lines },
    );
  }

  // References: stubs for what is not in the graph yet; catalog facts win over citation text.
  const refs = x.references.filter((r) => !r.vague);
  const targets = await resolveKeys(
    tx,
    refs.map((r) => ({ key: r.key, nf: numberFolded(r.number), year: r.issuedOn ? Number(r.issuedOn.slice(0, 4)) : yearOfNumber(r.number) })),
  );
  // The issuers citations name exist as agencies before the references link their stubs to them.
  await tx.run(
    `UNWIND $issuers AS a
     MERGE (g:Agency {key: a.key}) ON CREATE SET g.name = a.name, g.level = a.level, g.type = a.type, g.group = false,
       g.names = [a.name], g.matchName = a.matchName, g.searchText = a.searchText`,
    { issuers: issuersOfRefs(refs) },
  );
  const refRows = await tx.run(
    `UNWIND $refs AS r
     // a citation without a year reaches the one dated document with the same issuer and number
     OPTIONAL MATCH (cand:Document) WHERE r.undatedPrefix IS NOT NULL AND r.resolved = r.key AND cand.key STARTS WITH r.undatedPrefix
     WITH r, collect(cand.key) AS cands
     WITH r, CASE WHEN size(cands) = 1 THEN cands[0] ELSE r.resolved END AS target
     MERGE (t:Document {key: target})
     ON CREATE SET t.stub = true, t.draft = false, t.kind = r.kind, t.number = r.number, t.numberFolded = r.numberFolded,
                   t.issuedOn = CASE WHEN r.issuedOn IS NULL THEN null ELSE date(r.issuedOn) END,
                   t.year = r.year, t.title = r.title, t.level = r.issuerLevel, t.searchText = r.searchText
     SET t.issuedOn = coalesce(t.issuedOn, CASE WHEN r.issuedOn IS NULL THEN null ELSE date(r.issuedOn) END),
         t.title = coalesce(t.title, r.title)
     WITH r, t
     OPTIONAL MATCH (ia:Agency {key: r.issuerKey})
     FOREACH (_ IN CASE WHEN ia IS NULL OR NOT t.stub THEN [] ELSE [1] END |
        MERGE (t)-[x:ISSUED_BY {sourceKey: $key}]->(ia) SET x.line = r.line)
     WITH r, t
     MATCH (d:Document {key: $key})
     CALL (r, t, d) {
       WITH r, t, d WHERE r.relation = 'IMPLEMENTS'
       MERGE (d)-[x:IMPLEMENTS {sourceKey: $key}]->(t) SET x.line = r.line, x.lineEnd = r.lineEnd
       RETURN count(*) AS c1
     }
     CALL (r, t, d) {
       WITH r, t, d WHERE r.relation = 'BASED_ON'
       MERGE (d)-[x:BASED_ON {sourceKey: $key}]->(t) SET x.line = r.line, x.lineEnd = r.lineEnd
       RETURN count(*) AS c2
     }
     CALL (r, t, d) {
       WITH r, t, d WHERE r.relation = 'CITES'
       MERGE (d)-[x:CITES {sourceKey: $key}]->(t) SET x.line = r.line, x.lineEnd = r.lineEnd
       RETURN count(*) AS c3
     }
     RETURN t.key AS target, r.issuedOn AS cited, toString(t.issuedOn) AS known`,
    {
      key,
      refs: refs.map((r) => ({
        key: r.key,
        resolved: targets.get(r.key) ?? r.key,
        undatedPrefix: r.key.endsWith('/undated') ? r.key.slice(0, -'undated'.length) : null,
        relation: r.relation,
        kind: r.kind,
        number: r.number,
        numberFolded: numberFolded(r.number),
        issuedOn: r.issuedOn,
        year: r.issuedOn ? Number(r.issuedOn.slice(0, 4)) : yearOfNumber(r.number),
        title: r.title,
        issuerKey: r.issuer?.key ?? null,
        issuerLevel: r.issuer?.level ?? null,
        line: r.line,
        lineEnd: r.lineEnd,
        searchText: fold([KIND_LABEL_VI[r.kind], r.number ?? '', r.text, r.title ?? ''].join(' ')),
      })),
    },
  );
  for (const r of refRows.records) {
    const cited = r.get('cited') as string | null;
    const known = r.get('known') as string | null;
    if (cited && known && cited !== known) {
      conflicts.push(`${r.get('target')}: cited with date ${cited}, the graph holds ${known}`);
    }
  }
  const links = x.links.map((l) => ({ ...l, from: targets.get(l.from) ?? l.from, to: targets.get(l.to) ?? l.to }));
  await tx.run(
    `UNWIND $links AS l
     MATCH (a:Document {key: l.from}), (b:Document {key: l.to})
     CALL (a, b, l) {
       WITH a, b, l WHERE l.relation = 'IMPLEMENTS'
       MERGE (a)-[x:IMPLEMENTS {sourceKey: $key}]->(b) SET x.line = l.line, x.lineEnd = l.lineEnd
       RETURN count(*) AS c1
     }
     CALL (a, b, l) {
       WITH a, b, l WHERE l.relation <> 'IMPLEMENTS'
       MERGE (a)-[x:BASED_ON {sourceKey: $key}]->(b) SET x.line = l.line, x.lineEnd = l.lineEnd
       RETURN count(*) AS c2
     }
     RETURN count(*)`,
    { key, links },
  );

  // Duties, who carries them, deadlines, targets.
  await tx.run(
    `MATCH (d:Document {key: $key})
     UNWIND $duties AS u
     MERGE (t:Duty {key: u.key})
     SET t += u
     MERGE (d)-[r:ASSIGNS {sourceKey: $key}]->(t) SET r.line = u.line, r.lineEnd = u.lineEnd`,
    {
      key,
      duties: x.duties.map((u) => ({
        key: u.key,
        text: u.text,
        section: u.section,
        sourceKey: key,
        line: u.line,
        lineEnd: u.lineEnd,
        unattributed: u.unattributed,
        suggestedAgencyKey: u.suggestedAgency,
        suggestionConfidence: u.suggestionConfidence,
        curated: u.curated,
        requiresDerivedPlan: (u as { requiresDerivedPlan?: boolean }).requiresDerivedPlan ?? false,
        searchText: fold(u.text),
      })),
    },
  );
  await tx.run(
    `UNWIND $rows AS a
     MATCH (g:Agency {key: a.agencyKey}), (t:Duty {key: a.dutyKey})
     MERGE (g)-[r:TASKED_WITH {sourceKey: $key, role: a.role}]->(t)
     SET r.line = a.line, r.lineEnd = a.lineEnd, r.curated = a.curated, r.basis = a.basis, r.rule = a.rule`,
    { key, rows: x.assignments },
  );
  await tx.run(
    `UNWIND $rows AS x
     MERGE (dl:Deadline {key: x.key})
     SET dl.kind = x.kind, dl.date = CASE WHEN x.date IS NULL THEN null ELSE date(x.date) END,
         dl.frequency = x.frequency, dl.month = x.month, dl.day = x.day, dl.monthOfPeriod = x.monthOfPeriod,
         dl.interval = x.interval, dl.weekday = x.weekday,
         dl.fromDate = CASE WHEN x.from IS NULL THEN null ELSE date(x.from) END,
         dl.text = x.text, dl.action = x.action, dl.recipientText = x.recipient,
         dl.sourceKey = $key, dl.line = x.line, dl.lineEnd = x.lineEnd
     WITH dl, x
     OPTIONAL MATCH (t:Duty {key: x.dutyKey})
     FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | MERGE (t)-[r:DUE {sourceKey: $key}]->(dl) SET r.line = x.line)
     WITH dl, x
     CALL (dl, x) {
       UNWIND x.agencyKeys AS ak
       MATCH (g:Agency {key: ak})
       MERGE (dl)-[r:BINDS {sourceKey: $key}]->(g) SET r.line = x.line
       RETURN count(*) AS c1
     }
     CALL (dl, x) {
       UNWIND x.recipientKeys AS rk
       MATCH (g:Agency {key: rk})
       MERGE (dl)-[r:REPORTS_TO {sourceKey: $key}]->(g) SET r.line = x.line
       RETURN count(*) AS c2
     }
     RETURN count(*)`,
    {
      key,
      rows: x.deadlines.map((d) => ({
        ...d,
        frequency: d.recurrence?.frequency ?? null,
        month: d.recurrence?.month ?? null,
        day: d.recurrence?.day ?? null,
        monthOfPeriod: d.recurrence?.monthOfPeriod ?? null,
        interval: d.recurrence?.interval ?? null,
        weekday: d.recurrence?.weekday ?? null,
        from: d.recurrence?.from ?? null,
      })),
    },
  );
  await tx.run(
    `MATCH (d:Document {key: $key})
     UNWIND $rows AS x
     MERGE (t:Target {key: x.key})
     SET t.metric = x.metric, t.comparator = x.comparator, t.value = toFloat(x.value), t.unit = x.unit,
         t.period = x.period, t.text = x.text, t.sourceKey = $key, t.line = x.line, t.lineEnd = x.lineEnd,
         t.dutyKey = x.dutyKey
     MERGE (d)-[r:SETS {sourceKey: $key}]->(t) SET r.line = x.line`,
    { key, rows: x.targets },
  );
  await tx.run(
    `MATCH (d:Document {key: $key})
     UNWIND $rows AS x
     MATCH (g:Agency {key: x.agencyKey})
     MERGE (d)-[r:SENT_TO {sourceKey: $key, line: x.line}]->(g) SET r.purpose = x.purpose, r.text = x.name`,
    { key, rows: x.recipients.filter((r) => r.agencyKey) },
  );
  await tx.run(
    `MATCH (d:Document {key: $key})
     SET d.recipientLines = $lines`,
    { key, lines: x.recipients.map((r) => `${r.line}: ${r.name}${r.purpose ? ` (${r.purpose})` : ''}`) },
  );

  const findings = [
    ...x.issues.map((f, i) => ({ ...f, key: findingKey(key, i) })),
    ...conflicts.map((message, i) => ({
      key: conflictKey(key, i),
      code: 'METADATA_CONFLICT',
      severity: 'WARNING' as const,
      message,
      line: null,
    })),
  ];
  await tx.run(
    `MATCH (d:Document {key: $key})
     UNWIND $rows AS f
     MERGE (n:Finding {key: f.key})
     SET n.code = f.code, n.severity = f.severity, n.message = f.message, n.line = f.line, n.sourceKey = $key
     MERGE (d)-[:HAS_FINDING]->(n)`,
    { key, rows: findings },
  );
  return conflicts;
}

/**
 * Citations often name the people's committee for a plan its steering committee issued
 * ("Kế hoạch số 93/KH-BCĐ … của UBND Tỉnh"). Same number, same year, issuers of the same unit:
 * the same document. Returns the key of the node to use (an alias key, or such a twin, or the key).
 */
async function resolveKeys(
  tx: ManagedTransaction,
  refs: Array<{ key: string; nf: string | null; year: number | null }>,
): Promise<Map<string, string>> {
  // one round trip for all references of a document
  const res = await tx.run(
    `UNWIND $refs AS r
     OPTIONAL MATCH (d:Document {key: r.key})
     OPTIONAL MATCH (:DocumentAlias {key: r.key})-[:ALIAS_OF]->(a:Document)
     WITH r, coalesce(d.key, a.key) AS hit
     CALL (r, hit) {
       WITH r, hit WHERE hit IS NULL AND r.nf IS NOT NULL AND r.year IS NOT NULL
       MATCH (t:Document {numberFolded: r.nf}) WHERE t.year = r.year
       RETURN collect(t.key)[..20] AS twins
     }
     RETURN r.key AS key, hit, twins`,
    { refs },
  );
  const out = new Map<string, string>();
  for (const rec of res.records) {
    const key = rec.get('key') as string;
    const hit = rec.get('hit') as string | null;
    if (hit) {
      out.set(key, hit);
      continue;
    }
    const unit = issuerUnit(key);
    const same = unit ? (rec.get('twins') as string[]).filter((k) => issuerUnit(k) === unit) : [];
    out.set(key, same.length === 1 ? same[0]! : key);
  }
  return out;
}

/**
 * A stub created from a citation that named another issuer of the same unit takes this document's
 * key (its old key stays as an alias); returns the disagreement to report, or null.
 */
async function adoptStub(tx: ManagedTransaction, x: Extraction): Promise<string | null> {
  const key = x.document.key;
  const nf = numberFolded(x.document.number);
  const unit = issuerUnit(key);
  if (!nf || !x.document.year || !unit) return null;
  const own = await tx.run('MATCH (d:Document {key: $key}) RETURN d.key', { key });
  if (own.records.length) return null;
  const r = await tx.run(
    `MATCH (d:Document {numberFolded: $nf}) WHERE d.year = $year AND d.stub = true
     OPTIONAL MATCH (d)-[:ISSUED_BY]->(i:Agency)
     RETURN d.key AS k, collect(i.name) AS issuers LIMIT 20`,
    { nf, year: x.document.year },
  );
  const twins = r.records.filter((rec) => issuerUnit(rec.get('k') as string) === unit);
  if (twins.length !== 1) return null;
  const old = twins[0]!.get('k') as string;
  await tx.run(
    `MATCH (d:Document {key: $old}) SET d.key = $key, d.aliasKeys = coalesce(d.aliasKeys, []) + $old
     MERGE (a:DocumentAlias {key: $old}) MERGE (a)-[:ALIAS_OF]->(d)`,
    { old, key },
  );
  const cited = (twins[0]!.get('issuers') as string[]).join(', ');
  return `issuer: cited as ${cited || old.split('/')[0]}, the document's header says ${x.document.issuer.name} (same number and year; one document, old key ${old} kept as an alias)`;
}

function issuerType(x: Extraction): string {
  return x.agencies.find((a) => a.key === x.document.issuer.key)?.type ?? 'PEOPLES_COMMITTEE';
}

function issuersOfRefs(refs: Extraction['references']) {
  const out = new Map<string, { key: string; name: string; level: string; type: string; matchName: string; searchText: string }>();
  for (const r of refs) {
    if (!r.issuer || out.has(r.issuer.key)) continue;
    out.set(r.issuer.key, {
      key: r.issuer.key,
      name: r.issuer.name,
      level: r.issuer.level,
      type: agencyTypeOf(r.issuer.name),
      matchName: matchForm(r.issuer.name),
      searchText: fold(r.issuer.name),
    });
  }
  return [...out.values()];
}

/**
 * The type of a body known only by name (a cited issuer, a catalog issuer): the parser's own
 * classification, so a node gets the same type whichever document creates it first.
 */
export function agencyTypeOf(name: string): string {
  return canonicalAgency(name, null)?.type ?? (/quoc hoi|chinh phu|thu tuong/.test(fold(name)) ? 'GOVERNMENT' : 'OTHER');
}

function yearOfNumber(n: string | null): number | null {
  const m = n?.match(/\/((?:19|20)\d{2})\//);
  return m ? Number(m[1]) : null;
}

function dedupeBy<T>(xs: T[], k: (x: T) => string): T[] {
  const m = new Map<string, T>();
  for (const x of xs) if (!m.has(k(x))) m.set(k(x), x);
  return [...m.values()];
}

/**
 * Groups of commune-level bodies ("UBND các xã, phường thị xã Bỉm Sơn") and the bodies the graph knows
 * that belong to them: every body of the group's type in a commune-level unit of the listed kinds
 * inside the group's unit (src/domain/keys.ts groupMemberKinds). Kept both ways, whichever is loaded
 * first: a group named now gets the members already known, a body named now joins the groups already
 * known. Derived from the gazetteer, not from one document: the edge carries its rule, not a sourceKey.
 */
export async function linkGroupMembers(tx: ManagedTransaction, agencyKeys: string[]): Promise<void> {
  await tx.run(
    `UNWIND $keys AS k
     MATCH (g:Agency {key: k}) WHERE g.group AND g.memberKinds IS NOT NULL
     MATCH (g)-[:IN_UNIT]->(:AdministrativeUnit)<-[:PART_OF*1..2]-(mu:AdministrativeUnit)
     WHERE mu.level = 'COMMUNE' AND mu.kind IN g.memberKinds
     MATCH (mu)<-[:IN_UNIT]-(m:Agency)
     WHERE m.type = g.type AND m.level = 'COMMUNE' AND NOT coalesce(m.group, false)
     MERGE (m)-[r:MEMBER_OF]->(g) ON CREATE SET r.rule = 'group.commune-tier'`,
    { keys: agencyKeys },
  );
  await tx.run(
    `UNWIND $keys AS k
     MATCH (m:Agency {key: k}) WHERE m.level = 'COMMUNE' AND NOT coalesce(m.group, false)
     MATCH (m)-[:IN_UNIT]->(mu:AdministrativeUnit)-[:PART_OF*1..2]->(:AdministrativeUnit)<-[:IN_UNIT]-(g:Agency)
     WHERE g.group AND g.type = m.type AND mu.kind IN coalesce(g.memberKinds, [])
     MERGE (m)-[r:MEMBER_OF]->(g) ON CREATE SET r.rule = 'group.commune-tier'`,
    { keys: agencyKeys },
  );
}
