/**
 * A made-up province plan and a district plan implementing it — the seed graph has no plan whose
 * own basis is also in the graph with its duties, so uptake (responsibilityMap) and the
 * UNMIRRORED_DUTY / MISSING_DERIVED_PLAN rules are exercised on these. Loaded through the real
 * loader; every name is fictitious ("tỉnh Thử Nghiệm", "huyện Mẫu") so cleanup cannot touch seed facts.
 */
import type { Database } from '../../src/db/driver.js';
import { loadExtraction } from '../../src/load/write.js';
import type { z } from 'zod';
import { Extraction } from '../../src/ingest/model.js';

/** Written as zod input: fields the model adds later with defaults need no change here. */
type ExtractionInput = z.input<typeof Extraction>;

export const PARENT = 'ubnd-tinh-thu-nghiem/900-kh-ubnd/2024';
export const CHILD = 'ubnd-huyen-mau/901-kh-ubnd/2024';
const PROVINCE = { key: 'tinh-thu-nghiem', name: 'tỉnh Thử Nghiệm', kind: 'PROVINCE' as const, level: 'PROVINCE' as const, parentKey: null, validFrom: null, validTo: null };
const DISTRICT = { key: 'huyen-mau', name: 'huyện Mẫu', kind: 'DISTRICT' as const, level: 'DISTRICT' as const, parentKey: 'tinh-thu-nghiem', validFrom: null, validTo: '2025-06-30' };

const agency = (key: string, name: string, type: string, level: 'PROVINCE' | 'DISTRICT', unit: string, group = false) => ({ key, name, names: [name], type: type as never, level, unit, group });
const src = (file: string, lines: number) => ({ file, sha256: `sha-${file}`, lines, encoding: 'utf-8', bytes: 1000 });

export const AGENCIES = {
  ubndTinh: agency('ubnd-tinh-thu-nghiem', 'UBND tỉnh Thử Nghiệm', 'PEOPLES_COMMITTEE', 'PROVINCE', 'tinh-thu-nghiem'),
  caTinh: agency('cong-an-tinh-thu-nghiem', 'Công an tỉnh Thử Nghiệm', 'PUBLIC_SECURITY', 'PROVINCE', 'tinh-thu-nghiem'),
  syt: agency('so-y-te-tinh-thu-nghiem', 'Sở Y tế tỉnh Thử Nghiệm', 'HEALTH', 'PROVINCE', 'tinh-thu-nghiem'),
  huyenGroup: agency('ubnd-cac-huyen-tinh-thu-nghiem', 'UBND các huyện tỉnh Thử Nghiệm', 'PEOPLES_COMMITTEE', 'DISTRICT', 'tinh-thu-nghiem', true),
  ubndHuyen: agency('ubnd-huyen-mau', 'UBND huyện Mẫu', 'PEOPLES_COMMITTEE', 'DISTRICT', 'huyen-mau'),
  caHuyen: agency('cong-an-huyen-mau', 'Công an huyện Mẫu', 'PUBLIC_SECURITY', 'DISTRICT', 'huyen-mau'),
};

const duty = (key: string, text: string, line: number, extra: Record<string, unknown> = {}) => ({
  key,
  text,
  section: 'III',
  line,
  lineEnd: line,
  unattributed: false,
  suggestedAgency: null,
  suggestionConfidence: null,
  curated: false,
  ...extra,
});
const task = (a: { key: string; name: string }, d: { key: string; text: string; line: number }, role: string) => ({
  agency: a.name,
  agencyKey: a.key,
  role: role as never,
  duty: d.text,
  dutyKey: d.key,
  line: d.line,
  lineEnd: d.line,
  curated: false,
  basis: 'EXPLICIT' as const,
  rule: 'fixture',
});

const pDuties = [
  duty(`${PARENT}#d1`, 'Công an tỉnh chủ trì, phối hợp với Sở Y tế tỉnh bảo vệ mục tiêu trọng điểm.', 10),
  duty(`${PARENT}#d2`, 'Sở Y tế tỉnh chuẩn bị phương án cứu chữa nạn nhân.', 12),
  duty(`${PARENT}#d3`, 'UBND các huyện xây dựng kế hoạch của địa phương, gửi về UBND tỉnh trước ngày 01/5/2024.', 14, { requiresDerivedPlan: true }),
];

export const parentExtraction: ExtractionInput = {
  source: src('queries-fixture-parent.txt', 30),
  document: {
    key: PARENT, kind: 'PLAN', number: '900/KH-UBND', issuedOn: '2024-03-01', year: 2024, place: 'Thử Nghiệm',
    issuer: { key: AGENCIES.ubndTinh.key, name: AGENCIES.ubndTinh.name, level: 'PROVINCE' }, jurisdiction: PROVINCE.key,
    title: 'Kế hoạch thử nghiệm cấp tỉnh', signer: null, signerCapacity: null, period: null, draft: false, line: 1, lineEnd: 30,
  },
  units: [PROVINCE],
  references: [],
  links: [],
  agencies: [AGENCIES.ubndTinh, AGENCIES.caTinh, AGENCIES.syt, AGENCIES.huyenGroup],
  duties: pDuties,
  assignments: [task(AGENCIES.caTinh, pDuties[0]!, 'LEAD'), task(AGENCIES.syt, pDuties[0]!, 'COORDINATE'), task(AGENCIES.syt, pDuties[1]!, 'RESPONSIBLE'), task(AGENCIES.huyenGroup, pDuties[2]!, 'RESPONSIBLE')],
  deadlines: [
    {
      key: `${PARENT}#dl1`, kind: 'ABSOLUTE', date: '2024-05-01', recurrence: null, text: 'gửi về UBND tỉnh trước ngày 01/5/2024', agency: AGENCIES.huyenGroup.name,
      agencyKeys: [AGENCIES.huyenGroup.key], dutyKey: pDuties[2]!.key, action: 'ISSUE_PLAN', recipient: 'UBND tỉnh', recipientKeys: [AGENCIES.ubndTinh.key], line: 14, lineEnd: 14,
    },
  ],
  targets: [],
  recipients: [],
  issues: [],
};

const cDuties = [duty(`${CHILD}#d1`, 'Công an huyện chủ trì bảo vệ mục tiêu trọng điểm trên địa bàn huyện.', 8)];

export const childExtraction: ExtractionInput = {
  source: src('queries-fixture-child.txt', 20),
  document: {
    key: CHILD, kind: 'PLAN', number: '901/KH-UBND', issuedOn: '2024-04-10', year: 2024, place: 'Mẫu',
    issuer: { key: AGENCIES.ubndHuyen.key, name: AGENCIES.ubndHuyen.name, level: 'DISTRICT' }, jurisdiction: DISTRICT.key,
    title: 'Kế hoạch thử nghiệm cấp huyện', signer: null, signerCapacity: null, period: null, draft: false, line: 1, lineEnd: 20,
  },
  units: [PROVINCE, DISTRICT],
  references: [
    {
      key: PARENT, relation: 'IMPLEMENTS', kind: 'PLAN', number: '900/KH-UBND', issuedOn: '2024-03-01',
      issuer: { key: AGENCIES.ubndTinh.key, name: AGENCIES.ubndTinh.name, level: 'PROVINCE' }, title: 'Kế hoạch thử nghiệm cấp tỉnh',
      text: 'Thực hiện Kế hoạch số 900/KH-UBND ngày 01/3/2024 của UBND tỉnh', alias: null, vague: false, catalog: false, line: 3, lineEnd: 3,
    },
  ],
  links: [],
  agencies: [AGENCIES.ubndHuyen, AGENCIES.caHuyen],
  duties: cDuties,
  assignments: [task(AGENCIES.caHuyen, cDuties[0]!, 'LEAD')],
  deadlines: [],
  targets: [],
  recipients: [],
  issues: [],
};

export async function loadParent(db: Database) {
  return loadExtraction(db, Extraction.parse(parentExtraction));
}

export async function loadChild(db: Database) {
  return loadExtraction(db, Extraction.parse(childExtraction));
}

/** Remove every trace of the two fixture plans (facts, documents, their agencies and units, fulfilments on them). */
export async function removeFixtures(db: Database) {
  await db.write(async (tx) => {
    await tx.run(`MATCH (f:Fulfilment)-[:FULFILS|ANSWERS|REGISTERS]->(x) WHERE x.key STARTS WITH $p OR x.key STARTS WITH $c OR x.sourceKey IN [$p, $c] DETACH DELETE f`, { p: PARENT, c: CHILD });
    await tx.run(`MATCH (n) WHERE (n:Duty OR n:Deadline OR n:Target OR n:Finding) AND n.sourceKey IN [$p, $c] DETACH DELETE n`, { p: PARENT, c: CHILD });
    await tx.run(`MATCH (d:Document) WHERE d.key IN [$p, $c] DETACH DELETE d`, { p: PARENT, c: CHILD });
    await tx.run(`MATCH (g:Agency) WHERE g.key IN $keys DETACH DELETE g`, { keys: Object.values(AGENCIES).map((a) => a.key) });
    await tx.run(`MATCH (u:AdministrativeUnit) WHERE u.key IN ['tinh-thu-nghiem', 'huyen-mau'] DETACH DELETE u`);
  });
}
