/**
 * Identity that never merges two things (issue 7 §5), on a private throw-away database: a generated
 * national corpus (bench/national/generate.ts) whose first plans are the hard cases — the same commune
 * name in several provinces, same-named communes issuing the same number on the same day, names that
 * differ only by diacritics in one province (Tân Thanh / Tân Thạnh / Tân Thành), old-style spellings
 * of one name ("Hoà"/"Hòa", "Uỷ ban"/"Ủy ban") — is loaded, and the graph must equal the generator's
 * facts: every document, every IMPLEMENTS edge, every (agency, role, line) assignment. Then the loader
 * must refuse, naming both files, a document that would take another document's key.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generate, writeCorpus, type GeneratedPlan } from '../../bench/national/generate.js';
import { loadConfig } from '../../src/config.js';
import { connectDatabase, type Database } from '../../src/db/driver.js';
import { migrate } from '../../src/db/migrate.js';
import { ingestFiles, type FileOutcome } from '../../src/load/run.js';
import { DeadlinesDocument, ResponsibilitiesDocument } from '../../src/generated/graphql.js';
import { createApp, type App } from '../../src/server/app.js';
import { client, listen } from './http.js';

const PLANS = 160;

let dir: string;
let db: Database;
let plans: GeneratedPlan[];
let outcomes: FileOutcome[];
let app: App;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'identity-national-'));
  plans = generate({ plans: PLANS, seed: 7 });
  writeCorpus(plans, join(dir, 'corpus'));
  const config = loadConfig({ NEO4J_DATA_DIR: join(dir, 'db'), NEO4J_HEAP: '512m', JWT_SECRET: 'test-secret-test-secret-0123456789', SEED_ON_START: 'false' });
  db = await connectDatabase(config);
  await migrate(db);
  outcomes = await ingestFiles(db, plans.map((p) => join(dir, 'corpus', p.facts.file)));
  app = await createApp(config, db);
}, 600_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const rows = async (cypher: string) => (await db.read((tx) => tx.run(cypher))).records.map((r) => r.toObject());
const sorted = (xs: string[]) => [...xs].sort();

it('the generated corpus holds the hard cases it is meant to test', () => {
  const communes = plans.filter((p) => p.facts.document.issuer.level === 'COMMUNE');
  // the same commune name in two provinces
  const provincesByName = new Map<string, Set<string>>();
  for (const p of communes) {
    const s = provincesByName.get(p.facts.document.unit.name) ?? new Set();
    s.add(p.facts.document.unit.province);
    provincesByName.set(p.facts.document.unit.name, s);
  }
  expect([...provincesByName.values()].some((s) => s.size > 1)).toBe(true);
  // names that fold to one string but are different communes of one province
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
  const byFold = new Map<string, Set<string>>();
  for (const p of communes) {
    const k = `${p.facts.document.unit.province}|${fold(p.facts.document.unit.name)}`;
    byFold.set(k, (byFold.get(k) ?? new Set()).add(p.facts.document.unit.name));
  }
  expect([...byFold.values()].some((s) => s.size > 1)).toBe(true);
  // two plans with one number and one date, of same-named communes
  const byNumberDate = new Map<string, Set<string>>();
  for (const p of communes) {
    const k = `${p.facts.document.unit.name}|${p.facts.document.number}|${p.facts.document.issuedOn}`;
    byNumberDate.set(k, (byNumberDate.get(k) ?? new Set()).add(p.facts.document.key));
  }
  expect([...byNumberDate.values()].some((s) => s.size > 1)).toBe(true);
});

it('every plan loads as its own document: none merged, none reported as a copy', () => {
  const bad = outcomes.filter((o) => o.status !== 'created');
  expect(bad).toEqual([]);
  expect(new Set(outcomes.map((o) => o.key)).size).toBe(PLANS);
  expect(sorted(outcomes.map((o) => o.key!))).toEqual(sorted(plans.map((p) => p.facts.document.key)));
});

it('the documents in the graph are exactly the generated plans, with their issuer, number and date', async () => {
  const got = await rows(
    `MATCH (d:Document) WHERE NOT coalesce(d.stub, false)
     RETURN d.key AS key, d.number AS number, toString(d.issuedOn) AS issuedOn ORDER BY key`,
  );
  const want = plans
    .map((p) => ({ key: p.facts.document.key, number: p.facts.document.number, issuedOn: p.facts.document.issuedOn }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  expect(got).toEqual(want);
});

it('each commune plan applies to its own commune, and each commune lies in one province', async () => {
  const got = await rows(
    `MATCH (d:Document)-[:APPLIES_TO]->(u:AdministrativeUnit) WHERE NOT coalesce(d.stub, false)
     RETURN d.key AS doc, u.key AS unit ORDER BY doc`,
  );
  const want = plans.map((p) => ({ doc: p.facts.document.key, unit: p.facts.document.unit.key })).sort((a, b) => (a.doc < b.doc ? -1 : 1));
  expect(got).toEqual(want);
  const multi = await rows(
    `MATCH (u:AdministrativeUnit)-[:PART_OF]->(p:AdministrativeUnit) WITH u, count(DISTINCT p) AS n WHERE n > 1 RETURN u.key AS key`,
  );
  expect(multi).toEqual([]);
});

it('IMPLEMENTS edges are exactly the generated ones, with their line', async () => {
  const got = await rows(
    `MATCH (a:Document)-[i:IMPLEMENTS]->(b:Document) WHERE NOT coalesce(a.stub, false)
     RETURN a.key + ' -> ' + b.key + ' @' + toString(i.line) AS e`,
  );
  const want = plans.flatMap((p) => p.facts.implements.map((i) => `${p.facts.document.key} -> ${i.key} @${i.line}`));
  expect(sorted(got.map((r) => r.e as string))).toEqual(sorted(want));
});

it('(agency, role, line) assignments are exactly the generated ones, agency by agency', async () => {
  const got = await rows(
    `MATCH (d:Document)-[:ASSIGNS]->(t:Duty)<-[r:TASKED_WITH]-(g:Agency) WHERE NOT coalesce(d.stub, false)
     RETURN d.key + ' | ' + g.key + ' | ' + r.role + ' | ' + toString(r.line) AS a`,
  );
  const want = plans.flatMap((p) => p.facts.assignments.map((a) => `${p.facts.document.key} | ${a.agencyKey} | ${a.role} | ${a.line}`));
  expect(want.length).toBeGreaterThan(PLANS);
  expect(sorted(got.map((r) => r.a as string))).toEqual(sorted([...new Set(want)]));
  // old-style spellings ("Hoà", "Uỷ ban") in some plans: the same bodies, no extra node
  const tasked = await rows(`MATCH (g:Agency)-[:TASKED_WITH]->() RETURN count(DISTINCT g) AS n`);
  expect(tasked[0]!.n).toBe(new Set(plans.flatMap((p) => p.facts.assignments.map((a) => a.agencyKey))).size);
  expect(plans.some((p) => /Hoà|Uỷ ban/.test(p.text))).toBe(true);
});

it('a commune\'s UBND belongs to its own province\'s "UBND các xã, phường", and sees what that group was given', async () => {
  // the province plan gives "UBND các xã, phường" its duty; the commune plans of that province are issued by
  // members of the group (UBND xã/phường X) — and only of that province, whatever their name
  const commune = plans.find((p) => p.facts.document.issuer.level === 'COMMUNE')!;
  const provincePlan = plans.find((p) => p.facts.document.key === commune.facts.implements[0]!.key)!;
  const group = provincePlan.facts.assignments.find((a) => /^UBND các xã, phường/.test(a.agency))!;
  expect(group).toBeDefined();
  const members = await rows(
    `MATCH (m:Agency)-[:MEMBER_OF]->(g:Agency {key: '${group.agencyKey}'}) RETURN m.key AS key ORDER BY key`,
  );
  const want = [...new Set(plans.filter((p) => p.facts.document.issuer.level === 'COMMUNE' && p.facts.document.unit.province === commune.facts.document.unit.province).map((p) => p.facts.document.issuer.key))].sort();
  expect(members.map((m) => m.key)).toEqual(want);
  // no body belongs to a group of another province
  const foreign = await rows(
    `MATCH (m:Agency)-[:MEMBER_OF]->(g:Agency) WHERE NOT m.key ENDS WITH ('.' + split(g.key, '-tinh-')[-1]) AND NOT m.key ENDS WITH ('.' + split(g.key, '-thanh-pho-')[-1]) RETURN m.key AS m, g.key AS g LIMIT 5`,
  );
  expect(foreign).toEqual([]);

  // its responsibilities list the group's duty, through the group, with the province plan's line
  const gql = client(await listen(app));
  const res = await gql(ResponsibilitiesDocument, { agency: commune.facts.document.issuer.name, first: 200 });
  expect(res.errors).toBeUndefined();
  const viaGroup = res.data!.responsibilities.items.filter((i) => i.via);
  expect(viaGroup.map((i) => [i.agency.key, i.via!.key, i.role, i.document.key, i.source.line])).toContainEqual([
    commune.facts.document.issuer.key,
    group.agencyKey,
    group.role,
    provincePlan.facts.document.key,
    group.line,
  ]);
  // a body's own duties stay its own (no via)
  const own = commune.facts.assignments.filter((a) => a.agencyKey === commune.facts.document.issuer.key);
  for (const a of own) expect(res.data!.responsibilities.items.some((i) => !i.via && i.source.line === a.line && i.role === a.role)).toBe(true);

  // its calendar holds the group's report: "… báo cáo kết quả về UBND tỉnh … trước ngày 10/12/<year>" (line 48)
  const year = provincePlan.facts.document.year;
  const cal = await gql(DeadlinesDocument, { from: `${year}-12-01`, to: `${year}-12-31`, agency: commune.facts.document.issuer.name, first: 100 });
  expect(cal.errors).toBeUndefined();
  expect(cal.data!.deadlines.items.map((o) => [o.date, o.document.key, o.deadline.source.line, o.agencies.map((a) => a.key)])).toContainEqual([
    `${year}-12-10`,
    provincePlan.facts.document.key,
    group.line,
    [group.agencyKey],
  ]);
  // and so does the calendar of the commune as a jurisdiction
  const byUnit = await gql(DeadlinesDocument, { from: `${year}-12-01`, to: `${year}-12-31`, jurisdiction: commune.facts.document.unit.key, first: 100 });
  expect(byUnit.errors).toBeUndefined();
  expect(byUnit.data!.deadlines.items.some((o) => o.document.key === provincePlan.facts.document.key && o.date === `${year}-12-10`)).toBe(true);
});

it('a different plan that would take an existing key is refused, naming both files, and nothing of it is written', async () => {
  // the same issuer and number in the same year, but another day: two documents, one key (numbers restart
  // per issuer and year, so one of the two is misnumbered or misdated — a reader must look)
  const victim = plans.find((p) => p.facts.document.issuer.level === 'COMMUNE')!;
  const [y, m, d] = victim.facts.document.issuedOn.split('-').map(Number);
  const other = d === 28 ? 27 : d! + 1;
  const twin = victim.text.replace(
    `ngày ${String(d).padStart(2, '0')} tháng ${m} năm ${y}`,
    `ngày ${String(other).padStart(2, '0')} tháng ${m} năm ${y}`,
  );
  expect(twin).not.toBe(victim.text);
  const file = join(dir, 'twin.txt');
  writeFileSync(file, twin);
  const count = async () => (await rows(`MATCH (n) RETURN count(n) AS n`))[0]!.n;
  const before = await count();
  const [o] = await ingestFiles(db, [file]);
  expect(o).toMatchObject({ status: 'error', error: { code: 'KEY_COLLISION' } });
  expect(o!.error!.message).toContain('twin.txt');
  expect(o!.error!.message).toContain(victim.facts.file);
  expect(await count()).toEqual(before);
});

it('the same plan in another file is a copy of it, not a second document', async () => {
  const p = plans.find((x) => x.facts.document.issuer.level === 'COMMUNE')!;
  // the same plan saved on Windows (CRLF): other bytes, same document
  const file = join(dir, 'copy-of-plan.txt');
  writeFileSync(file, p.text.replace(/\n/g, '\r\n'));
  const [o] = await ingestFiles(db, [file]);
  expect(o).toMatchObject({ status: 'copy', key: p.facts.document.key });
  const n = await rows(`MATCH (d:Document) WHERE NOT coalesce(d.stub, false) RETURN count(d) AS n`);
  expect(n[0]!.n).toBe(PLANS);
});
