/**
 * Issue 8 aim "store ≤ 3× the PostgreSQL size of the same facts": one command
 *
 *   npx tsx bench/pg-compare.ts --store /tmp/national-bench-XXXX/neo4j [--limit-docs N] [--page 2000] [--keep-pg]
 *
 * Measures the Neo4j store on disk (store files vs transaction logs, before opening it), opens it with
 * the project's own driver (embedded JVM; only MATCH … RETURN queries), streams every fact in pages by
 * key order (documents, then per page of documents their duties, deadlines, targets and findings through
 * the sourceKey indexes; then agencies, units, persons, aliases, locks, migrations) into a throw-away
 * PostgreSQL 15 cluster (initdb in a temp dir as the postgres user, unix socket only) through
 * `psql -c "\copy … from stdin csv"` pipes, one per table, with a normalised schema a PostgreSQL engineer
 * would write: text keys, foreign keys, the graph's indexes (unique key per table, sourceKey, number /
 * year / twin, deadline date and kind, agency matchName/type, tsvector GIN for the full-text indexes,
 * trigram GIN for the TEXT indexes) plus an index on every foreign key a traversal walks backwards (what
 * the graph's adjacency lists give it). Edges that are functional and whose provenance the loader always
 * copies from their end node (ASSIGNS, DUE, APPLIES_TO, SIGNED_BY, PART_OF, IN_UNIT, SETS, HAS_FINDING)
 * become foreign-key columns; the others are link tables. Every node and relationship property key the
 * graph holds must map to a column (an unknown label, type or property key is an error), and after the
 * copy the row counts must equal the graph's counts per label and type (a mismatch is an error).
 * Then VACUUM ANALYZE, CHECKPOINT, and one table: per table rows / table (heap + TOAST) / indexes / total,
 * pg_database_size, pg_wal, the Neo4j store, and the ratios. The cluster is stopped and removed at the end
 * (unless --keep-pg). With --limit-docs N only the facts of the first N documents (by key) are copied
 * (shared nodes all), foreign keys are NOT VALID and the count check is skipped.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { connectDatabase, type Database } from '../src/db/driver.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string | null = null) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? '') : fallback;
};
const STORE = opt('store', '/tmp/national-bench-Iseq7z/neo4j')!;
const LIMIT = opt('limit-docs') === null ? null : Number(opt('limit-docs'));
const PAGE = Number(opt('page', '2000'));
const KEEP_PG = args.includes('--keep-pg');
const PGBIN = '/usr/lib/postgresql/15/bin';
const log = (m: string) => console.error(`[pg-compare ${new Date().toISOString().slice(11, 19)}] ${m}`);
const MB = (b: number) => (b / 1e6).toFixed(1);

// ---------------------------------------------------------------------------------------------
// Schema: tables, their columns (graph property → column), the indexes and foreign keys.

type Col = [column: string, type: string, prop?: string];
interface Table {
  name: string;
  cols: Col[];
  pk: string[];
  /** properties of the node read into this table (label) or relationship (type) */
  props?: Record<string, string>;
}
// columns whose value comes from the node's own properties (prop given) or from an edge (no prop)
const T = (name: string, pk: string[], cols: Col[]): Table => ({ name, pk, cols });
const tables: Table[] = [
  T('administrative_unit', ['key'], [
    ['key', 'text NOT NULL', 'key'], ['name', 'text', 'name'], ['kind', 'text', 'kind'], ['level', 'text', 'level'],
    ['valid_from', 'date', 'validFrom'], ['valid_to', 'date', 'validTo'],
    ['parent_key', 'text'], ['part_of_source_key', 'text'], // PART_OF {sourceKey}
  ]),
  T('agency', ['key'], [
    ['key', 'text NOT NULL', 'key'], ['name', 'text', 'name'], ['type', 'text', 'type'], ['level', 'text', 'level'],
    ['is_group', 'boolean', 'group'], ['names', 'text[]', 'names'], ['match_name', 'text', 'matchName'],
    ['search_text', 'text', 'searchText'], ['member_kinds', 'text[]', 'memberKinds'],
    ['unit_key', 'text', 'unitKey'], // IN_UNIT is the edge to this unit when the graph holds it
  ]),
  T('agency_member', ['member_key', 'group_key'], [['member_key', 'text NOT NULL'], ['group_key', 'text NOT NULL'], ['rule', 'text']]), // MEMBER_OF
  T('person', ['key'], [['key', 'text NOT NULL', 'key'], ['name', 'text', 'name']]),
  T('document', ['key'], [
    ['key', 'text NOT NULL', 'key'], ['stub', 'boolean', 'stub'], ['draft', 'boolean', 'draft'], ['catalog', 'boolean', 'catalog'],
    ['catalog_source', 'text', 'catalogSource'], ['kind', 'text', 'kind'], ['number', 'text', 'number'],
    ['number_folded', 'text', 'numberFolded'], ['issuer_unit', 'text', 'issuerUnit'], ['issued_on', 'date', 'issuedOn'],
    ['year', 'integer', 'year'], ['place', 'text', 'place'], ['title', 'text', 'title'], ['level', 'text', 'level'],
    ['period_from', 'text', 'periodFrom'], ['period_to', 'text', 'periodTo'], ['signer_capacity', 'text', 'signerCapacity'],
    ['unresolved_bases', 'text[]', 'unresolvedBases'], ['source_file', 'text', 'sourceFile'], ['source_line', 'integer', 'sourceLine'],
    ['issuer_name', 'text', 'issuerName'], ['source_sha256', 'text', 'sourceSha256'], ['source_copies', 'text[]', 'sourceCopies'],
    ['line_count', 'integer', 'lineCount'], ['search_text', 'text', 'searchText'], ['ingested_at', 'timestamptz', 'ingestedAt'],
    ['recipient_lines', 'text[]', 'recipientLines'], ['alias_keys', 'text[]', 'aliasKeys'],
    ['jurisdiction_key', 'text'], // APPLIES_TO (sourceKey = the document)
    ['signer_key', 'text'], ['signer_line', 'integer'], // SIGNED_BY (sourceKey = the document)
  ]),
  // ISSUED_BY: a stub has one edge per issuer its citations named, attributed to the first citation
  T('document_issuer', ['document_key', 'agency_key'], [
    ['document_key', 'text NOT NULL'], ['agency_key', 'text NOT NULL'], ['source_key', 'text NOT NULL'], ['line', 'integer'],
  ]),
  // IMPLEMENTS / BASED_ON / CITES / SUPERSEDES
  T('document_reference', ['from_key', 'relation', 'to_key', 'source_key'], [
    ['from_key', 'text NOT NULL'], ['relation', 'text NOT NULL'], ['to_key', 'text NOT NULL'], ['source_key', 'text NOT NULL'],
    ['line', 'integer'], ['line_end', 'integer'], ['issuer_key', 'text'],
  ]),
  // SENT_TO (sourceKey = the document)
  T('document_recipient', ['document_key', 'line', 'agency_key'], [
    ['document_key', 'text NOT NULL'], ['agency_key', 'text NOT NULL'], ['line', 'integer NOT NULL'], ['purpose', 'text'], ['text', 'text'],
  ]),
  T('duty', ['key'], [
    ['key', 'text NOT NULL', 'key'], ['document_key', 'text NOT NULL', 'sourceKey'], // = ASSIGNS (same sourceKey, line, lineEnd)
    ['text', 'text', 'text'], ['section', 'text', 'section'], ['line', 'integer', 'line'], ['line_end', 'integer', 'lineEnd'],
    ['unattributed', 'boolean', 'unattributed'], ['suggested_agency_key', 'text', 'suggestedAgencyKey'],
    ['suggestion_confidence', 'double precision', 'suggestionConfidence'], ['curated', 'boolean', 'curated'],
    ['requires_derived_plan', 'boolean', 'requiresDerivedPlan'], ['search_text', 'text', 'searchText'],
  ]),
  // TASKED_WITH (its sourceKey is always the duty's document: the column is duty.document_key)
  T('tasked_with', ['duty_key', 'agency_key', 'role'], [
    ['duty_key', 'text NOT NULL'], ['agency_key', 'text NOT NULL'], ['role', 'text NOT NULL'], ['line', 'integer'],
    ['line_end', 'integer'], ['curated', 'boolean'], ['basis', 'text'], ['rule', 'text'],
  ]),
  T('deadline', ['key'], [
    ['key', 'text NOT NULL', 'key'], ['source_key', 'text NOT NULL', 'sourceKey'],
    ['duty_key', 'text'], // DUE (sourceKey and line = the deadline's)
    ['kind', 'text', 'kind'], ['date', 'date', 'date'], ['frequency', 'text', 'frequency'], ['month', 'integer', 'month'],
    ['day', 'integer', 'day'], ['month_of_period', 'integer', 'monthOfPeriod'], ['interval', 'integer', 'interval'],
    ['weekday', 'integer', 'weekday'], ['from_date', 'date', 'fromDate'], ['text', 'text', 'text'], ['action', 'text', 'action'],
    ['recipient_text', 'text', 'recipientText'], ['line', 'integer', 'line'], ['line_end', 'integer', 'lineEnd'],
  ]),
  // BINDS / REPORTS_TO (sourceKey and line = the deadline's)
  T('deadline_agency', ['deadline_key', 'relation', 'agency_key'], [
    ['deadline_key', 'text NOT NULL'], ['relation', 'text NOT NULL'], ['agency_key', 'text NOT NULL'],
  ]),
  T('target', ['key'], [
    ['key', 'text NOT NULL', 'key'], ['source_key', 'text NOT NULL', 'sourceKey'], // = SETS
    ['metric', 'text', 'metric'], ['comparator', 'text', 'comparator'], ['value', 'double precision', 'value'], ['unit', 'text', 'unit'],
    ['period', 'text', 'period'], ['text', 'text', 'text'], ['line', 'integer', 'line'], ['line_end', 'integer', 'lineEnd'],
    ['duty_key', 'text', 'dutyKey'],
  ]),
  T('finding', ['key'], [
    ['key', 'text NOT NULL', 'key'], ['source_key', 'text', 'sourceKey'], // = HAS_FINDING
    ['code', 'text', 'code'], ['severity', 'text', 'severity'], ['message', 'text', 'message'], ['line', 'integer', 'line'],
  ]),
  T('fulfilment', ['key'], [
    ['key', 'text NOT NULL', 'key'], ['kind', 'text', 'kind'], ['note', 'text', 'note'], ['recorded_at', 'timestamptz', 'recordedAt'],
  ]),
  T('document_alias', ['alias', 'document_key'], [['alias', 'text NOT NULL', 'key'], ['document_key', 'text NOT NULL']]),
  T('unit_alias', ['alias', 'unit_key'], [['alias', 'text NOT NULL', 'key'], ['unit_key', 'text NOT NULL']]),
  T('agency_alias', ['alias', 'agency_key'], [['alias', 'text NOT NULL', 'key'], ['agency_key', 'text NOT NULL']]),
  T('ingest_lock', ['key'], [['key', 'text NOT NULL', 'key'], ['at', 'timestamptz', 'at']]),
  T('migration', ['id'], [['id', 'text NOT NULL', 'id'], ['checksum', 'text', 'checksum'], ['applied_at', 'timestamptz', 'appliedAt']]),
];
const table = (name: string) => tables.find((t) => t.name === name)!;

/** Node label → table; the property keys a node may hold are the columns with a prop. */
const LABELS: Record<string, string> = {
  Document: 'document', Agency: 'agency', AdministrativeUnit: 'administrative_unit', Duty: 'duty', Deadline: 'deadline',
  Target: 'target', Person: 'person', Finding: 'finding', Fulfilment: 'fulfilment', DocumentAlias: 'document_alias',
  UnitAlias: 'unit_alias', AgencyAlias: 'agency_alias', IngestLock: 'ingest_lock', Migration: 'migration',
};
/** Relationship type → the property keys it may hold (each one lands in a column, or is its end node's). */
const REL_PROPS: Record<string, string[]> = {
  PART_OF: ['sourceKey'], ISSUED_BY: ['sourceKey', 'line'], SUPERSEDES: ['sourceKey', 'line', 'lineEnd', 'issuerKey'],
  IMPLEMENTS: ['sourceKey', 'line', 'lineEnd', 'issuerKey'], BASED_ON: ['sourceKey', 'line', 'lineEnd', 'issuerKey'],
  CITES: ['sourceKey', 'line', 'lineEnd', 'issuerKey'], IN_UNIT: [], MEMBER_OF: ['rule'], APPLIES_TO: ['sourceKey'], ALIAS_OF: [],
  SIGNED_BY: ['sourceKey', 'line'], ASSIGNS: ['sourceKey', 'line', 'lineEnd'],
  TASKED_WITH: ['sourceKey', 'role', 'line', 'lineEnd', 'curated', 'basis', 'rule'], DUE: ['sourceKey', 'line'],
  BINDS: ['sourceKey', 'line'], REPORTS_TO: ['sourceKey', 'line'], SENT_TO: ['sourceKey', 'line', 'purpose', 'text'],
  HAS_FINDING: [], SETS: ['sourceKey', 'line'],
};
/** How PostgreSQL counts each label and type. */
const PG_COUNT: Record<string, string> = {
  Document: 'SELECT count(*) FROM document', Agency: 'SELECT count(*) FROM agency',
  AdministrativeUnit: 'SELECT count(*) FROM administrative_unit', Duty: 'SELECT count(*) FROM duty',
  Deadline: 'SELECT count(*) FROM deadline', Target: 'SELECT count(*) FROM target', Person: 'SELECT count(*) FROM person',
  Finding: 'SELECT count(*) FROM finding', Fulfilment: 'SELECT count(*) FROM fulfilment',
  DocumentAlias: 'SELECT count(DISTINCT alias) FROM document_alias', UnitAlias: 'SELECT count(DISTINCT alias) FROM unit_alias',
  AgencyAlias: 'SELECT count(DISTINCT alias) FROM agency_alias', IngestLock: 'SELECT count(*) FROM ingest_lock',
  Migration: 'SELECT count(*) FROM migration',
  PART_OF: 'SELECT count(parent_key) FROM administrative_unit', ISSUED_BY: 'SELECT count(*) FROM document_issuer',
  SUPERSEDES: "SELECT count(*) FROM document_reference WHERE relation = 'SUPERSEDES'",
  IMPLEMENTS: "SELECT count(*) FROM document_reference WHERE relation = 'IMPLEMENTS'",
  BASED_ON: "SELECT count(*) FROM document_reference WHERE relation = 'BASED_ON'",
  CITES: "SELECT count(*) FROM document_reference WHERE relation = 'CITES'",
  IN_UNIT: 'SELECT count(*) FROM agency a JOIN administrative_unit u ON u.key = a.unit_key',
  MEMBER_OF: 'SELECT count(*) FROM agency_member', APPLIES_TO: 'SELECT count(jurisdiction_key) FROM document',
  ALIAS_OF: 'SELECT (SELECT count(*) FROM document_alias) + (SELECT count(*) FROM unit_alias) + (SELECT count(*) FROM agency_alias)',
  SIGNED_BY: 'SELECT count(signer_key) FROM document', ASSIGNS: 'SELECT count(*) FROM duty', TASKED_WITH: 'SELECT count(*) FROM tasked_with',
  DUE: 'SELECT count(duty_key) FROM deadline', BINDS: "SELECT count(*) FROM deadline_agency WHERE relation = 'BINDS'",
  REPORTS_TO: "SELECT count(*) FROM deadline_agency WHERE relation = 'REPORTS_TO'", SENT_TO: 'SELECT count(*) FROM document_recipient',
  HAS_FINDING: 'SELECT count(source_key) FROM finding', SETS: 'SELECT count(*) FROM target',
};

const INDEXES = [
  // the graph's own indexes (schema/migrations), beside the primary keys (its unique constraints)
  'CREATE INDEX document_number ON document (number_folded)',
  'CREATE INDEX document_year ON document (year)',
  'CREATE INDEX document_twin ON document (number_folded, year, issuer_unit)',
  'CREATE INDEX agency_match ON agency (match_name)',
  'CREATE INDEX agency_type ON agency (type)',
  'CREATE INDEX agency_match_text ON agency USING gin (match_name gin_trgm_ops)', // TEXT index (CONTAINS)
  'CREATE INDEX agency_search_text ON agency USING gin (search_text gin_trgm_ops)', // TEXT index (CONTAINS)
  'CREATE INDEX duty_source ON duty (document_key)',
  'CREATE INDEX deadline_source ON deadline (source_key)',
  'CREATE INDEX target_source ON target (source_key)',
  'CREATE INDEX finding_source ON finding (source_key)',
  'CREATE INDEX deadline_date ON deadline (date)',
  'CREATE INDEX deadline_kind ON deadline (kind)',
  'CREATE INDEX part_of_source ON administrative_unit (part_of_source_key)',
  // FULLTEXT search_text (Document|Agency|Duty) and unit_name: word indexes (Lucene ~ tsvector GIN)
  "CREATE INDEX document_search ON document USING gin (to_tsvector('simple', search_text))",
  "CREATE INDEX agency_search ON agency USING gin (to_tsvector('simple', search_text))",
  "CREATE INDEX duty_search ON duty USING gin (to_tsvector('simple', search_text))",
  "CREATE INDEX unit_name ON administrative_unit USING gin (to_tsvector('simple', name))",
  // what the graph's adjacency lists give it: foreign keys walked from the other end
  'CREATE INDEX administrative_unit_parent ON administrative_unit (parent_key)',
  'CREATE INDEX agency_unit ON agency (unit_key)',
  'CREATE INDEX agency_member_group ON agency_member (group_key)',
  'CREATE INDEX document_jurisdiction ON document (jurisdiction_key)',
  'CREATE INDEX document_signer ON document (signer_key)',
  'CREATE INDEX document_issuer_agency ON document_issuer (agency_key)',
  'CREATE INDEX document_reference_to ON document_reference (to_key)',
  'CREATE INDEX document_recipient_agency ON document_recipient (agency_key)',
  'CREATE INDEX tasked_with_agency ON tasked_with (agency_key)',
  'CREATE INDEX deadline_duty ON deadline (duty_key)',
  'CREATE INDEX deadline_agency_agency ON deadline_agency (agency_key)',
  'CREATE INDEX document_alias_document ON document_alias (document_key)',
  'CREATE INDEX unit_alias_unit ON unit_alias (unit_key)',
  'CREATE INDEX agency_alias_agency ON agency_alias (agency_key)',
];
const FKS: Array<[string, string, string]> = [
  ['administrative_unit', 'parent_key', 'administrative_unit'], ['administrative_unit', 'part_of_source_key', 'document'],
  ['agency', 'unit_key', 'administrative_unit'], ['agency_member', 'member_key', 'agency'], ['agency_member', 'group_key', 'agency'],
  ['document', 'jurisdiction_key', 'administrative_unit'], ['document', 'signer_key', 'person'],
  ['document_issuer', 'document_key', 'document'], ['document_issuer', 'agency_key', 'agency'],
  ['document_reference', 'from_key', 'document'], ['document_reference', 'to_key', 'document'],
  ['document_recipient', 'document_key', 'document'], ['document_recipient', 'agency_key', 'agency'],
  ['duty', 'document_key', 'document'], ['tasked_with', 'duty_key', 'duty'], ['tasked_with', 'agency_key', 'agency'],
  ['deadline', 'source_key', 'document'], ['deadline', 'duty_key', 'duty'], ['deadline_agency', 'deadline_key', 'deadline'],
  ['deadline_agency', 'agency_key', 'agency'], ['target', 'source_key', 'document'], ['target', 'duty_key', 'duty'],
  ['finding', 'source_key', 'document'], ['document_alias', 'document_key', 'document'],
  ['unit_alias', 'unit_key', 'administrative_unit'], ['agency_alias', 'agency_key', 'agency'],
];

// ---------------------------------------------------------------------------------------------
// Values → CSV

function pgValue(v: unknown, type: string): string | null {
  if (v === null || v === undefined) return null;
  if (type.endsWith('[]')) {
    const items = v as unknown[];
    return `{${items.map((x) => (x === null ? 'NULL' : `"${String(x).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
  }
  if (neo4j.isDateTime(v as never)) return (v as { toStandardDate(): Date }).toStandardDate().toISOString();
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number' && type === 'integer' && !Number.isInteger(v)) throw new Error(`not an integer: ${v}`);
  return String(v); // strings, numbers, neo4j Date (YYYY-MM-DD)
}
const csvField = (s: string | null) => (s === null ? '' : `"${s.replace(/"/g, '""')}"`);

const unknownProps = new Map<string, number>();
function noteUnknown(where: string, p: Record<string, unknown>, known: Set<string>) {
  for (const k of Object.keys(p)) if (!known.has(k)) unknownProps.set(`${where}.${k}`, (unknownProps.get(`${where}.${k}`) ?? 0) + 1);
}
const nodeKnown = new Map(tables.map((t) => [t.name, new Set(t.cols.filter((c) => c[2]).map((c) => c[2]!))]));
const relKnown = new Map(Object.entries(REL_PROPS).map(([t, ks]) => [t, new Set(ks)]));

// ---------------------------------------------------------------------------------------------
// PostgreSQL cluster and COPY pipes

let pgDir = '';
let pgPort = 0;
const asPostgres = (cmd: string, argv: string[]) => {
  const r = spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...argv], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout;
};
const psqlArgs = () => ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', pgDir, '-p', String(pgPort), '-U', 'postgres', '-d', 'facts'];
function psql(sql: string): string {
  const r = spawnSync(`${PGBIN}/psql`, [...psqlArgs(), '-At', '-F', '\t', '-c', sql], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`psql: ${r.stderr}\n${sql}`);
  return r.stdout.trim();
}
async function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => res(p));
    });
  });
}
async function startPostgres() {
  pgDir = mkdtempSync(join(tmpdir(), 'pg-compare-'));
  chownSync(pgDir, Number(asIdOf('postgres', '-u')), Number(asIdOf('postgres', '-g')));
  pgPort = await freePort();
  asPostgres(`${PGBIN}/initdb`, ['-D', join(pgDir, 'data'), '--auth=trust', '-E', 'UTF8', '--no-locale', '-U', 'postgres']);
  asPostgres(`${PGBIN}/pg_ctl`, ['-D', join(pgDir, 'data'), '-l', join(pgDir, 'postgres.log'), '-w', '-o',
    `-p ${pgPort} -k ${pgDir} -c listen_addresses='' -c maintenance_work_mem=256MB`, 'start']);
  spawnSync(`${PGBIN}/createdb`, ['-h', pgDir, '-p', String(pgPort), '-U', 'postgres', 'facts']);
  log(`PostgreSQL ${psql('SHOW server_version')} in ${pgDir} (port ${pgPort}, socket only)`);
}
function asIdOf(user: string, flag: string) {
  return spawnSync('id', [flag, user], { encoding: 'utf8' }).stdout.trim();
}
function stopPostgres() {
  if (!pgDir) return;
  try {
    asPostgres(`${PGBIN}/pg_ctl`, ['-D', join(pgDir, 'data'), '-m', 'fast', '-w', 'stop']);
  } catch (e) {
    log(`pg_ctl stop: ${(e as Error).message}`);
  }
  if (!KEEP_PG) rmSync(pgDir, { recursive: true, force: true });
  else log(`kept ${pgDir} (stopped)`);
  pgDir = '';
}

class CopyPipe {
  rows = 0;
  private child: ChildProcess;
  private done: Promise<void>;
  private buf: string[] = [];
  private bufLen = 0;
  constructor(readonly t: Table) {
    const cols = t.cols.map((c) => c[0]).join(', ');
    this.child = spawn(`${PGBIN}/psql`, [...psqlArgs(), '-c', `\\copy ${t.name} (${cols}) from stdin with (format csv)`], {
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let err = '';
    this.child.stderr!.on('data', (d) => (err += d));
    this.done = new Promise((res, rej) =>
      this.child.on('close', (code) => (code === 0 ? res() : rej(new Error(`COPY ${t.name}: ${err}`)))),
    );
    this.done.catch(() => undefined);
  }
  async add(values: Record<string, unknown>) {
    const line = this.t.cols.map(([c, type]) => csvField(pgValue(values[c], type))).join(',') + '\n';
    this.buf.push(line);
    this.bufLen += line.length;
    this.rows++;
    if (this.bufLen > 1 << 20) await this.flush();
  }
  async flush() {
    if (!this.buf.length) return;
    const chunk = this.buf.join('');
    this.buf = [];
    this.bufLen = 0;
    if (!this.child.stdin!.write(chunk)) await new Promise((r) => this.child.stdin!.once('drain', r));
  }
  async end() {
    await this.flush();
    this.child.stdin!.end();
    await this.done;
  }
}

// ---------------------------------------------------------------------------------------------
// Neo4j → rows

function dirBytes(p: string): { apparent: number; allocated: number } {
  let apparent = 0;
  let allocated = 0;
  for (const e of readdirSync(p, { withFileTypes: true })) {
    const f = join(p, e.name);
    if (e.isDirectory()) {
      const s = dirBytes(f);
      apparent += s.apparent;
      allocated += s.allocated;
    } else if (e.isFile()) {
      const s = statSync(f);
      apparent += s.size;
      allocated += s.blocks * 512;
    }
  }
  return { apparent, allocated };
}
function neo4jSizes() {
  const d = join(STORE, 'data');
  const part = (p: string) => {
    try {
      return dirBytes(join(d, p));
    } catch {
      return { apparent: 0, allocated: 0 };
    }
  };
  return {
    store: part('databases/neo4j'),
    systemStore: part('databases/system'),
    txLogs: part('transactions/neo4j'),
    systemTxLogs: part('transactions/system'),
    all: part('.'),
  };
}

type Rec = Record<string, unknown>;
type Edge = { k: string; t?: string; p: Rec };

async function main() {
  const before = neo4jSizes();
  log(`Neo4j store ${STORE}: store files ${MB(before.store.apparent)} MB, transaction logs ${MB(before.txLogs.apparent)} MB (before opening)`);
  await startPostgres();
  let db: Database | null = null;
  try {
    psql('CREATE EXTENSION pg_trgm');
    for (const t of tables) psql(`CREATE TABLE ${t.name} (${t.cols.map(([c, ty]) => `${c} ${ty}`).join(', ')})`);

    const config = loadConfig({
      ...process.env, NEO4J_DATA_DIR: STORE, SEED_ON_START: 'false', PORT: '0', TX_TIMEOUT_MS: '600000', NEO4J_HEAP: process.env.NEO4J_HEAP ?? '2g',
    });
    db = await connectDatabase(config, { log });
    const q = async (cypher: string, params: Rec = {}) =>
      (await db!.read((tx) => tx.run(cypher, params))).records.map((r) => r.toObject() as Rec);

    // What the graph holds: every label and type must have a table; every property key a column.
    const graphCounts = new Map<string, number>();
    for (const { label } of await q('CALL db.labels() YIELD label RETURN label')) {
      const [c] = await q(`MATCH (n:\`${label as string}\`) RETURN count(n) AS n`);
      graphCounts.set(label as string, c!.n as number);
    }
    for (const { t } of await q('CALL db.relationshipTypes() YIELD relationshipType AS t RETURN t')) {
      const [c] = await q(`MATCH ()-[r:\`${t as string}\`]->() RETURN count(r) AS n`);
      graphCounts.set(t as string, c!.n as number);
    }
    const unmapped = [...graphCounts].filter(([k, n]) => n > 0 && !PG_COUNT[k]);
    if (unmapped.length) throw new Error(`labels/types without a table: ${unmapped.map(([k, n]) => `${k} (${n})`).join(', ')}`);
    const t0 = Date.now();
    for (const [label, tbl] of Object.entries(LABELS)) {
      if (!graphCounts.get(label)) continue;
      const ks = await q(`MATCH (n:\`${label}\`) UNWIND keys(n) AS k RETURN DISTINCT k`);
      for (const { k } of ks) if (!nodeKnown.get(tbl)!.has(k as string)) unknownProps.set(`${label}.${k as string}`, -1);
    }
    for (const [type, known] of relKnown) {
      if (!graphCounts.get(type)) continue;
      const ks = await q(`MATCH ()-[r:\`${type}\`]->() UNWIND keys(r) AS k RETURN DISTINCT k`);
      for (const { k } of ks) if (!known.has(k as string)) unknownProps.set(`${type}.${k as string}`, -1);
    }
    if (unknownProps.size) throw new Error(`property keys without a column: ${[...unknownProps.keys()].join(', ')}`);
    log(`every label, type and property key has a column (checked in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);

    const pipes = new Map(tables.map((t) => [t.name, new CopyPipe(t)]));
    const pipe = (n: string) => pipes.get(n)!;
    const fromProps = async (tbl: string, where: string, p: Rec, extra: Rec = {}) => {
      noteUnknown(where, p, nodeKnown.get(tbl)!);
      const row: Rec = { ...extra };
      for (const [c, , prop] of table(tbl).cols) if (prop) row[c] = p[prop];
      await pipe(tbl).add(row);
    };
    const relProps = (type: string, p: Rec) => noteUnknown(type, p, relKnown.get(type)!);
    const mismatches = new Map<string, number>();
    const expect = (what: string, ok: boolean) => {
      if (!ok) mismatches.set(what, (mismatches.get(what) ?? 0) + 1);
    };
    let total = 0;
    const started = Date.now();
    const progress = (what: string) => {
      const s = (Date.now() - started) / 1000;
      log(`${what}: ${total.toLocaleString('en')} rows in ${s.toFixed(0)} s (${Math.round(total / s).toLocaleString('en')} rows/s)`);
    };
    const rowsNow = () => [...pipes.values()].reduce((n, p) => n + p.rows, 0);

    // Documents and the facts each one wrote, a page of documents at a time.
    let after = '';
    let docs = 0;
    for (;;) {
      const n = LIMIT === null ? PAGE : Math.min(PAGE, LIMIT - docs);
      if (n <= 0) break;
      const page = await q(
        `MATCH (d:Document) WHERE d.key > $after WITH d ORDER BY d.key LIMIT $n
         RETURN d.key AS key, properties(d) AS p,
           [(d)-[r:APPLIES_TO]->(u) | {k: u.key, p: properties(r)}] AS applies,
           [(d)-[r:SIGNED_BY]->(x) | {k: x.key, p: properties(r)}] AS signed,
           [(d)-[r:ISSUED_BY]->(a) | {k: a.key, p: properties(r)}] AS issued,
           [(d)-[r:IMPLEMENTS|BASED_ON|CITES|SUPERSEDES]->(b) | {k: b.key, t: type(r), p: properties(r)}] AS refs,
           [(d)-[r:SENT_TO]->(a) | {k: a.key, p: properties(r)}] AS sent`,
        { after, n: neo4j.int(n) },
      );
      if (!page.length) break;
      for (const r of page) {
        const key = r.key as string;
        const applies = r.applies as Edge[];
        const signed = r.signed as Edge[];
        expect('APPLIES_TO: more than one per document', applies.length <= 1);
        expect('SIGNED_BY: more than one per document', signed.length <= 1);
        for (const e of applies) relProps('APPLIES_TO', e.p), expect('APPLIES_TO.sourceKey ≠ document', e.p.sourceKey === key);
        for (const e of signed) relProps('SIGNED_BY', e.p), expect('SIGNED_BY.sourceKey ≠ document', e.p.sourceKey === key);
        await fromProps('document', 'Document', r.p as Rec, {
          jurisdiction_key: applies[0]?.k, signer_key: signed[0]?.k, signer_line: signed[0]?.p.line,
        });
        for (const e of r.issued as Edge[]) {
          relProps('ISSUED_BY', e.p);
          await pipe('document_issuer').add({ document_key: key, agency_key: e.k, source_key: e.p.sourceKey, line: e.p.line });
        }
        for (const e of r.refs as Edge[]) {
          relProps(e.t!, e.p);
          await pipe('document_reference').add({
            from_key: key, relation: e.t, to_key: e.k, source_key: e.p.sourceKey, line: e.p.line, line_end: e.p.lineEnd, issuer_key: e.p.issuerKey,
          });
        }
        for (const e of r.sent as Edge[]) {
          relProps('SENT_TO', e.p);
          expect('SENT_TO.sourceKey ≠ document', e.p.sourceKey === key);
          await pipe('document_recipient').add({ document_key: key, agency_key: e.k, line: e.p.line, purpose: e.p.purpose, text: e.p.text });
        }
      }
      const keys = page.map((r) => r.key as string);
      after = keys[keys.length - 1]!;
      docs += page.length;

      for (const r of await q(
        `UNWIND $keys AS k MATCH (t:Duty {sourceKey: k})
         RETURN properties(t) AS p,
           [(d)-[r:ASSIGNS]->(t) | {k: d.key, p: properties(r)}] AS assigns,
           [(g)-[r:TASKED_WITH]->(t) | {k: g.key, p: properties(r)}] AS tasked`,
        { keys },
      )) {
        const p = r.p as Rec;
        const assigns = r.assigns as Edge[];
        expect('ASSIGNS: not exactly one per duty', assigns.length === 1);
        for (const e of assigns) {
          relProps('ASSIGNS', e.p);
          expect('ASSIGNS ≠ duty (document, sourceKey, line, lineEnd)',
            e.k === p.sourceKey && e.p.sourceKey === p.sourceKey && e.p.line === p.line && e.p.lineEnd === p.lineEnd);
        }
        await fromProps('duty', 'Duty', p);
        for (const e of r.tasked as Edge[]) {
          relProps('TASKED_WITH', e.p);
          expect('TASKED_WITH.sourceKey ≠ duty.sourceKey', e.p.sourceKey === p.sourceKey);
          await pipe('tasked_with').add({
            duty_key: p.key, agency_key: e.k, role: e.p.role, line: e.p.line, line_end: e.p.lineEnd, curated: e.p.curated, basis: e.p.basis, rule: e.p.rule,
          });
        }
      }
      for (const r of await q(
        `UNWIND $keys AS k MATCH (dl:Deadline {sourceKey: k})
         RETURN properties(dl) AS p,
           [(t)-[r:DUE]->(dl) | {k: t.key, p: properties(r)}] AS due,
           [(dl)-[r:BINDS|REPORTS_TO]->(g) | {k: g.key, t: type(r), p: properties(r)}] AS agencies`,
        { keys },
      )) {
        const p = r.p as Rec;
        const due = r.due as Edge[];
        expect('DUE: more than one per deadline', due.length <= 1);
        for (const e of due) relProps('DUE', e.p), expect('DUE ≠ deadline (sourceKey, line)', e.p.sourceKey === p.sourceKey && e.p.line === p.line);
        await fromProps('deadline', 'Deadline', p, { duty_key: due[0]?.k });
        for (const e of r.agencies as Edge[]) {
          relProps(e.t!, e.p);
          expect(`${e.t} ≠ deadline (sourceKey, line)`, e.p.sourceKey === p.sourceKey && e.p.line === p.line);
          await pipe('deadline_agency').add({ deadline_key: p.key, relation: e.t, agency_key: e.k });
        }
      }
      for (const r of await q(
        `UNWIND $keys AS k MATCH (t:Target {sourceKey: k})
         RETURN properties(t) AS p, [(d)-[r:SETS]->(t) | {k: d.key, p: properties(r)}] AS sets`,
        { keys },
      )) {
        const p = r.p as Rec;
        const sets = r.sets as Edge[];
        expect('SETS: not one per target, from its sourceKey', sets.length === 1 && sets[0]!.k === p.sourceKey);
        for (const e of sets) relProps('SETS', e.p), expect('SETS ≠ target (sourceKey, line)', e.p.sourceKey === p.sourceKey && e.p.line === p.line);
        await fromProps('target', 'Target', p);
      }
      for (const r of await q(
        `UNWIND $keys AS k MATCH (f:Finding {sourceKey: k})
         RETURN properties(f) AS p, [(d)-[:HAS_FINDING]->(f) | d.key] AS from`,
        { keys },
      )) {
        const p = r.p as Rec;
        expect('HAS_FINDING: not one per finding, from its sourceKey', (r.from as string[]).length === 1 && (r.from as string[])[0] === p.sourceKey);
        await fromProps('finding', 'Finding', p);
      }
      total = rowsNow();
      progress(`${docs.toLocaleString('en')} documents`);
    }

    // Shared nodes, all of them (a few pages each), by key order.
    const byKey = async (label: string, ret: string, each: (r: Rec) => Promise<void>, keyProp = 'key') => {
      let last = '';
      for (;;) {
        const page = await q(
          `MATCH (n:\`${label}\`) WHERE n.${keyProp} > $last WITH n ORDER BY n.${keyProp} LIMIT $n RETURN n.${keyProp} AS key, properties(n) AS p${ret}`,
          { last, n: neo4j.int(PAGE * 5) },
        );
        if (!page.length) break;
        for (const r of page) await each(r);
        last = page[page.length - 1]!.key as string;
      }
      total = rowsNow();
      progress(label);
    };
    await byKey('Agency', `, [(n)-[:IN_UNIT]->(u) | u.key] AS inUnit, [(n)-[r:MEMBER_OF]->(g) | {k: g.key, p: properties(r)}] AS member`, async (r) => {
      const p = r.p as Rec;
      const inUnit = r.inUnit as string[];
      expect('IN_UNIT ≠ the agency’s unitKey', inUnit.length === 0 ? true : inUnit.length === 1 && inUnit[0] === p.unitKey);
      await fromProps('agency', 'Agency', p);
      for (const e of r.member as Edge[]) relProps('MEMBER_OF', e.p), await pipe('agency_member').add({ member_key: r.key, group_key: e.k, rule: e.p.rule });
    });
    await byKey('AdministrativeUnit', `, [(n)-[r:PART_OF]->(u) | {k: u.key, p: properties(r)}] AS parent`, async (r) => {
      const parent = r.parent as Edge[];
      expect('PART_OF: more than one per unit', parent.length <= 1);
      for (const e of parent) relProps('PART_OF', e.p);
      await fromProps('administrative_unit', 'AdministrativeUnit', r.p as Rec, { parent_key: parent[0]?.k, part_of_source_key: parent[0]?.p.sourceKey });
    });
    await byKey('Person', '', (r) => fromProps('person', 'Person', r.p as Rec));
    await byKey('Fulfilment', '', (r) => fromProps('fulfilment', 'Fulfilment', r.p as Rec));
    for (const [label, tbl, col] of [['DocumentAlias', 'document_alias', 'document_key'], ['UnitAlias', 'unit_alias', 'unit_key'], ['AgencyAlias', 'agency_alias', 'agency_key']] as const) {
      await byKey(label, ', [(n)-[:ALIAS_OF]->(t) | t.key] AS targets', async (r) => {
        noteUnknown(label, r.p as Rec, new Set(['key']));
        const targets = r.targets as string[];
        expect(`${label} without ALIAS_OF`, targets.length > 0);
        for (const t of targets) await pipe(tbl).add({ alias: r.key, [col]: t });
      });
    }
    await byKey('IngestLock', '', (r) => fromProps('ingest_lock', 'IngestLock', r.p as Rec));
    await byKey('Migration', '', (r) => fromProps('migration', 'Migration', r.p as Rec), 'id');

    for (const p of pipes.values()) await p.end();
    total = rowsNow();
    progress('copied');
    const copyEnd = Date.now();
    if (unknownProps.size) throw new Error(`property keys without a column: ${[...unknownProps].map(([k, n]) => `${k} (${n})`).join(', ')}`);
    if (mismatches.size) throw new Error(`facts a folded column would lose: ${[...mismatches].map(([k, n]) => `${k} (${n})`).join(', ')}`);

    await db.close();
    db = null;
    log('Neo4j store closed');

    // Keys, indexes, foreign keys (built after the load, as a bulk load does).
    let t = Date.now();
    for (const tb of tables) psql(`ALTER TABLE ${tb.name} ADD PRIMARY KEY (${tb.pk.join(', ')})`);
    for (const ix of INDEXES) psql(ix);
    for (const [tb, col, ref] of FKS) {
      psql(`ALTER TABLE ${tb} ADD FOREIGN KEY (${col}) REFERENCES ${ref} (key)${LIMIT === null ? '' : ' NOT VALID'}`);
    }
    log(`keys, ${INDEXES.length} indexes and ${FKS.length} foreign keys in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    t = Date.now();
    psql('VACUUM ANALYZE');
    psql('CHECKPOINT');
    log(`VACUUM ANALYZE + CHECKPOINT in ${((Date.now() - t) / 1000).toFixed(0)} s`);

    // Count check
    const countRows: string[][] = [];
    let bad = 0;
    for (const [k, sql] of Object.entries(PG_COUNT)) {
      const g = graphCounts.get(k) ?? 0;
      const p = Number(psql(sql));
      const ok = g === p;
      if (!ok && LIMIT === null) bad++;
      countRows.push([k, g.toLocaleString('en'), p.toLocaleString('en'), LIMIT !== null ? '(subset)' : ok ? 'ok' : 'MISMATCH']);
    }

    // Sizes
    const sizes = psql(
      `SELECT c.relname, pg_relation_size(c.oid), pg_table_size(c.oid) - pg_relation_size(c.oid), pg_indexes_size(c.oid), pg_total_relation_size(c.oid)
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC`,
    ).split('\n').map((l) => l.split('\t'));
    const dbSize = Number(psql("SELECT pg_database_size('facts')"));
    const walSize = Number(psql('SELECT sum(size) FROM pg_ls_waldir()'));
    const settings = psql("SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ') FROM pg_settings WHERE name IN ('max_wal_size', 'wal_level', 'block_size')");
    const afterRun = neo4jSizes();

    const out: string[] = [];
    out.push(`\nPostgreSQL 15 (${settings}), ${LIMIT === null ? 'every fact of the graph' : `the facts of the first ${LIMIT} documents`}:\n`);
    out.push('| table | rows | heap MB | TOAST, FSM, VM MB | indexes MB | total MB |');
    out.push('|---|---:|---:|---:|---:|---:|');
    let sumH = 0;
    let sumT = 0;
    let sumI = 0;
    let sumRows = 0;
    for (const [name, heap, toast, ix, tot] of sizes) {
      const rows = Number(psql(`SELECT count(*) FROM ${name}`));
      sumRows += rows;
      sumH += Number(heap);
      sumT += Number(toast);
      sumI += Number(ix);
      out.push(`| ${name} | ${rows.toLocaleString('en')} | ${MB(Number(heap))} | ${MB(Number(toast))} | ${MB(Number(ix))} | ${MB(Number(tot))} |`);
    }
    out.push(`| **all tables** | ${sumRows.toLocaleString('en')} | ${MB(sumH)} | ${MB(sumT)} | ${MB(sumI)} | ${MB(sumH + sumT + sumI)} |`);
    out.push(`| pg_database_size('facts') |  |  |  |  | **${MB(dbSize)}** |`);
    out.push(`| pg_wal after CHECKPOINT (recycled segments, up to max_wal_size) |  |  |  |  | ${MB(walSize)} |`);
    const st = before.store.apparent;
    const tx = before.txLogs.apparent;
    out.push('\nNeo4j (measured before opening; bytes as files say, blocks allocated in brackets):\n');
    out.push('| Neo4j | MB |');
    out.push('|---|---:|');
    out.push(`| store files (data/databases/neo4j) | **${MB(st)}** (${MB(before.store.allocated)}) |`);
    out.push(`| transaction logs (data/transactions/neo4j) | ${MB(tx)} (${MB(before.txLogs.allocated)}) |`);
    out.push(`| system database + its logs | ${MB(before.systemStore.apparent + before.systemTxLogs.apparent)} |`);
    out.push(`| whole data/ | ${MB(before.all.apparent)} (after this run: ${MB(afterRun.all.apparent)}) |`);
    out.push('\n| ratio | × |');
    out.push('|---|---:|');
    out.push(`| Neo4j store files ÷ pg_database_size | **${(st / dbSize).toFixed(2)}** |`);
    out.push(`| Neo4j store + transaction logs ÷ pg_database_size | ${((st + tx) / dbSize).toFixed(2)} |`);
    out.push(`| Neo4j store + transaction logs ÷ (pg_database_size + pg_wal) | ${((st + tx) / (dbSize + walSize)).toFixed(2)} |`);
    out.push(`\n(MB = 10^6 bytes. PostgreSQL copy: ${total.toLocaleString('en')} rows in ${((copyEnd - started) / 1000).toFixed(0)} s.)`);
    out.push('\nCount check (graph vs PostgreSQL):\n');
    out.push('| label / type | graph | PostgreSQL | |');
    out.push('|---|---:|---:|---|');
    for (const r of countRows) out.push(`| ${r.join(' | ')} |`);
    console.log(out.join('\n'));
    if (bad) throw new Error(`${bad} counts differ between the graph and PostgreSQL`);
  } finally {
    if (db) {
      await db.close();
      log('Neo4j store closed');
    }
    stopPostgres();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
