import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog, catalog, CatalogFile, issuerFromNumber, kindFromNumber, loadCatalogEntries, numberCoreKey, numberYear } from '../../src/ingest/catalog.js';
import { parseHeader } from '../../src/ingest/header.js';
import type { Reference } from '../../src/ingest/model.js';
import { extractReferences } from '../../src/ingest/references.js';
import { readSource } from '../../src/ingest/source.js';

const SEEDS = join(__dirname, '..', '..', 'seed', 'documents');
const DOCS = join(__dirname, '..', 'fixtures', 'docs');

function refsOf(dir: string, f: string) {
  const src = readSource(readFileSync(join(dir, f)), f);
  const header = parseHeader(src);
  return { header, ...extractReferences(src, header.context, header) };
}
const byNumber = (refs: Reference[], n: string) => refs.find((r) => r.number === n);
const summary = (refs: Reference[]) => refs.map((r) => `${r.relation} ${r.number ?? r.title}`);

describe('catalog', () => {
  it('validates seed/catalog.json and resolves by number (short forms too) and by name', () => {
    const entries = loadCatalogEntries();
    expect(entries.length).toBeGreaterThanOrEqual(5);
    for (const e of entries) expect(e.source.length).toBeGreaterThan(5);
    const c = catalog();
    expect(c.byNumber('28/2013/QH13')?.issuedOn).toBe('2013-06-12');
    expect(c.byNumber('147/NQ-CP', 2025)?.issuer.key).toBe('chinh-phu');
    expect(c.byNumber('147/NQ-CP', 2019)).toBeNull(); // numbers without a year restart every year
    expect(c.byNumber('124/2021/TT- BCA')?.key).toBe('bo-cong-an/124-2021-tt-bca/2021');
    expect(c.byName('Luật Phòng, chống khủng bố')?.number).toBe('28/2013/QH13');
    expect(c.byName('LUẬT PHÒNG CHỐNG KHỦNG BỐ')?.number).toBe('28/2013/QH13');
    expect(c.byKey('bo-cong-an/23-2012-tt-bca/2012')?.supersededBy).toBe('bo-cong-an/124-2021-tt-bca/2021');
    expect(c.byKey('bo-cong-an/124-2021-tt-bca/2021')?.supersedes).toEqual(['bo-cong-an/23-2012-tt-bca/2012']);
  });

  it('refuses a catalog whose supersession points at an unknown key', () => {
    const e = loadCatalogEntries()[0]!;
    expect(CatalogFile.safeParse([{ ...e, supersedes: ['nowhere/x/2000'] }]).success).toBe(false);
    expect(CatalogFile.safeParse([e]).success).toBe(true);
    expect(buildCatalog([e]).byNumber('28/2013/QH13')?.key).toBe(e.key);
  });

  it('reads kinds and issuers from number codes', () => {
    expect(kindFromNumber('147/NQ-CP')).toBe('RESOLUTION');
    expect(kindFromNumber('2825/UBND-NC')).toBe('OFFICIAL_LETTER');
    expect(kindFromNumber('07/2012/TTLT-BCA-BQP')).toBe('JOINT_CIRCULAR');
    expect(issuerFromNumber('77/2010/NĐ-CP')?.name).toBe('Chính phủ');
    expect(issuerFromNumber('03/CT-TTg')?.name).toBe('Thủ tướng Chính phủ');
    expect(issuerFromNumber('28-NQ/TW')?.name).toBe('Ban Chấp hành Trung ương');
    expect(issuerFromNumber('44-KL/TW')?.name).toBe('Ban Bí thư');
    expect(issuerFromNumber('07/2012/TTLT-BCA-BQP')).toEqual({ name: 'Bộ Công an', national: true, coIssuers: ['Bộ Quốc phòng'] });
    expect(issuerFromNumber('130/KH-TU')?.name).toBe('Tỉnh ủy');
    expect(numberCoreKey('77/2010/NĐ-CP')).toBe(numberCoreKey('77/NĐ-CP'));
    expect(numberCoreKey('203/KH-TTBCĐ (PV28)')).toBe(numberCoreKey('203/KH-TTBCĐ'));
    expect(numberYear('28/2013/QH13')).toBe(2013);
    expect(numberYear('147/NQ-CP')).toBeNull();
  });
});

describe('extractReferences: seeds', () => {
  it('Bỉm Sơn: IMPLEMENTS the province plan 93/KH-BCĐ, cites the Law through the catalog, decree + joint circular linked', () => {
    const { references: refs, links, issues } = refsOf(SEEDS, '000_906fc711418bb228.txt');
    expect(summary(refs)).toEqual([
      'IMPLEMENTS 93/KH-BCĐ',
      'CITES 28/2013/QH13',
      'CITES 77/2010/NĐ-CP',
      'CITES 07/2012/TTLT-BCA-BQP',
    ]);
    expect(refs[0]).toMatchObject({ issuedOn: '2017-06-01', line: 6, key: 'ubnd-tinh-thanh-hoa/93-kh-bcd/2017', kind: 'PLAN' });
    expect(refs[0]!.issuer?.name).toBe('UBND tỉnh Thanh Hóa');
    expect(refs[1]).toMatchObject({ catalog: true, kind: 'LAW', line: 10, title: 'Luật Phòng, chống khủng bố', key: 'quoc-hoi/28-2013-qh13/2013' });
    expect(refs[3]!.issuer?.key).toBe('bo-cong-an');
    expect(links).toEqual([
      { from: 'bo-cong-an/07-2012-ttlt-bca-bqp/2012', to: 'chinh-phu/77-2010-nd-cp/2010', relation: 'IMPLEMENTS', line: 74, lineEnd: 74 },
    ]);
    expect(issues.map((i) => i.code)).toEqual(['JOINT_ISSUER']);
  });

  it('Vĩnh Thủy: only a vague basis', () => {
    const { references: refs, issues } = refsOf(SEEDS, '001_ec57c158750a493d.txt');
    expect(refs).toHaveLength(1);
    expect(refs[0]).toMatchObject({ relation: 'IMPLEMENTS', vague: true, number: null, line: 10, text: 'các văn bản chỉ đạo của Ban Chỉ đạo phòng, chống khủng bố tỉnh' });
    expect(refs[0]!.issuer?.name).toMatch(/^Ban Chỉ đạo phòng, chống khủng bố tỉnh/);
    expect(issues.map((i) => i.code)).toEqual(['VAGUE_BASIS']);
  });

  it('Bắc Ninh: IMPLEMENTS Nghị quyết 147/NQ-CP (Chính phủ, 22/5/2025) with its alias; own number not a reference', () => {
    const { references: refs } = refsOf(SEEDS, '002_cb7cca597ed1ba5a.txt');
    const r = byNumber(refs, '147/NQ-CP')!;
    expect(r).toMatchObject({ relation: 'IMPLEMENTS', kind: 'RESOLUTION', issuedOn: '2025-05-22', catalog: true, alias: 'Nghị quyết số 147/NQ-CP', key: 'chinh-phu/147-nq-cp/2025' });
    expect(r.issuer).toEqual({ key: 'chinh-phu', name: 'Chính phủ', level: 'NATIONAL' });
    expect(refs.filter((x) => x.number === '147/NQ-CP')).toHaveLength(1);
    expect(refs.some((x) => x.number === '14/KH-UBND')).toBe(false);
    expect(refs.filter((x) => x.kind === 'LAW').map((x) => x.title)).toEqual(['Luật Ngân sách nhà nước', 'Luật Đầu tư công']);
  });

  it('Tây Ninh: 250 and 07 implemented, link 250→07, the footnote rejoined across the page break', () => {
    const { references: refs, links, issues } = refsOf(SEEDS, '003_7a5b064e25782787.txt');
    const implemented = refs.filter((r) => r.relation === 'IMPLEMENTS').map((r) => r.number);
    expect(implemented.sort()).toEqual(['07/CT-BCA-V28', '250/KH-BCA-V05']);
    expect(byNumber(refs, '07/CT-BCA-V28')).toMatchObject({ issuedOn: '2014-08-15', alias: 'Chỉ thị số 07', line: 7 });
    expect(byNumber(refs, '07/CT-BCA-V28')!.issuer?.key).toBe('bo-cong-an');
    expect(byNumber(refs, '250/KH-BCA-V05')).toMatchObject({ issuedOn: '2020-06-15', line: 13, key: 'bo-cong-an/250-kh-bca-v05/2020' });
    expect(links).toContainEqual({ from: 'bo-cong-an/250-kh-bca-v05/2020', to: 'bo-cong-an/07-ct-bca-v28/2014', relation: 'IMPLEMENTS', line: 13, lineEnd: 13 });
    expect(links.map((l) => `${l.from} ${l.to}`)).toEqual(
      expect.arrayContaining([
        'ban-bi-thu/44-kl-tw/2019 ban-bi-thu/09-ct-tw/2011',
        'tinh-uy-tay-ninh/130-kh-tu/2019 ban-bi-thu/44-kl-tw/2019',
        'ubnd-tinh-tay-ninh/2825-ubnd-nc/2014 bo-cong-an/07-ct-bca-v28/2014',
      ]),
    );
    // "… và Thông tư số" (27) + "46/2014/TT-BCA của Bộ Công an …" (45)
    expect(byNumber(refs, '46/2014/TT-BCA')).toMatchObject({ relation: 'CITES', kind: 'CIRCULAR', line: 27, lineEnd: 45 });
    expect(byNumber(refs, '46/2014/TT-BCA')!.issuer?.key).toBe('bo-cong-an');
    for (const n of ['28-NQ/TW', '51-NQ/TW', '46-CT/TW', '06/2013/NĐ-CP', '03/CT-TTg', '246/KH-BCA-A04', '67/2012/TT-BCA', '03/CT-BCA-V28', '40/2013/QĐ-UBND', '130/KH-TU', '2825/UBND-NC']) {
      expect(byNumber(refs, n), n).toMatchObject({ relation: 'CITES' });
    }
    expect(byNumber(refs, '28-NQ/TW')!.issuer?.name).toBe('Ban Chấp hành Trung ương');
    expect(byNumber(refs, '40/2013/QĐ-UBND')!.issuer?.key).toBe('ubnd-tinh-tay-ninh');
    expect(byNumber(refs, '130/KH-TU')!.issuer?.name).toBe('Tỉnh ủy Tây Ninh');
    // one reference per document: the short forms "Chỉ thị số 07" are the same directive
    expect(refs.filter((r) => r.number === '07/CT-BCA-V28')).toHaveLength(1);
    expect(refs).toHaveLength(17);
    expect(issues.find((i) => i.code === 'SUPERSEDED_REFERENCE')).toMatchObject({ severity: 'INFO', line: 21 });
  });

  it('Đông Triều: DATE_CONFLICT on Thông tư 124/2021/TT-BCA, BASED_ON the Tờ trình, aliases resolved', () => {
    const { references: refs, links, issues } = refsOf(SEEDS, '004_7b2b5a5b82360bbc.txt');
    expect(byNumber(refs, '120/KH-UBND')).toMatchObject({ relation: 'IMPLEMENTS', issuedOn: '2023-05-08', line: 10 });
    expect(byNumber(refs, '120/KH-UBND')!.issuer?.name).toBe('UBND tỉnh Quảng Ninh');
    expect(byNumber(refs, '1076/TTr-CATX')).toMatchObject({ relation: 'BASED_ON', kind: 'SUBMISSION', issuedOn: '2023-06-13' });
    expect(byNumber(refs, '1076/TTr-CATX')!.issuer?.name).toBe('Công an thị xã Đông Triều');
    const tt = refs.filter((r) => r.number === '124/2021/TT-BCA');
    expect(tt).toHaveLength(1);
    expect(tt[0]).toMatchObject({ issuedOn: '2021-12-28', catalog: true, line: 36, key: 'bo-cong-an/124-2021-tt-bca/2021' });
    const conflict = issues.find((i) => i.code === 'DATE_CONFLICT')!;
    expect(conflict.message).toContain('2022-02-28 (line 36)');
    expect(conflict.message).toContain('2021-12-28 (line 75)');
    expect(conflict.line).toBe(36);
    expect(byNumber(refs, '09-NQ/TU')).toMatchObject({ alias: 'Nghị quyết 09', issuedOn: '2022-02-05' });
    expect(refs.find((r) => r.alias === 'Đề án 06')).toMatchObject({ catalog: true, line: 28 });
    expect(byNumber(refs, '159/KH-UBND')!.issuer?.name).toBe('UBND thị xã Đông Triều');
    expect(byNumber(refs, '203/KH-TTBCĐ (PV28)')).toMatchObject({ issuedOn: '2013-10-15' });
    expect(links).toEqual([
      expect.objectContaining({ to: 'bo-cong-an/09-ctr-bca-mttw/undated', relation: 'IMPLEMENTS', line: 96 }),
    ]);
    expect(refs.some((r) => r.number === '191/KH-UBND')).toBe(false);
    expect(issues.some((i) => i.code === 'UNRESOLVED_ALIAS')).toBe(false);
  });
});

describe('extractReferences: other documents', () => {
  it('a Quyết định: every "Căn cứ" and "Theo đề nghị" is BASED_ON; the Law resolves through the catalog', () => {
    const { references: refs, links } = refsOf(DOCS, 'qd-huyen-header-table.txt');
    expect(refs.every((r) => r.relation === 'BASED_ON')).toBe(true);
    expect(refs.map((r) => r.number ?? r.title)).toEqual([
      'Luật Tổ chức chính quyền địa phương',
      '28/2013/QH13',
      '07/2014/NĐ-CP',
      '45/KH-UBND',
      '112/TTr-CAH',
    ]);
    expect(refs[0]).toMatchObject({ kind: 'LAW', number: null, issuedOn: '2015-06-19' });
    expect(refs[0]!.issuer?.name).toBe('Quốc hội');
    expect(byNumber(refs, '45/KH-UBND')!.issuer?.key).toBe('ubnd-tinh-hoa-binh');
    expect(byNumber(refs, '112/TTr-CAH')!.issuer?.key).toBe('cong-an-huyen-lacj-sown.hoa-binh');
    expect(links).toEqual([expect.objectContaining({ from: 'chinh-phu/07-2014-nd-cp/2014', to: 'quoc-hoi/28-2013-qh13/2013', relation: 'IMPLEMENTS' })]);
  });

  it('"Căn cứ A; Thực hiện B" in one sentence: each clause keeps its own relation', () => {
    const { references: refs } = refsOf(DOCS, 'kh-phuong-linearised.txt');
    expect(byNumber(refs, '210/KH-UBND')).toMatchObject({ relation: 'BASED_ON' });
    expect(byNumber(refs, '210/KH-UBND')!.issuer?.name).toBe('UBND thành phố Đà Nẵng');
    expect(byNumber(refs, '12/CT-UBND')).toMatchObject({ relation: 'IMPLEMENTS' });
    expect(byNumber(refs, '12/CT-UBND')!.issuer?.name).toBe('UBND quận Liên Chiểu');
    expect(refs).toHaveLength(2);
  });

  it('a web mirror: the own number in the site title is not a reference; "(sau đây gọi là …)" alias; superseded circular', () => {
    const { references: refs, issues } = refsOf(DOCS, 'kh-web-mirror.txt');
    expect(refs.some((r) => r.number === '77/KH-UBND')).toBe(false);
    expect(byNumber(refs, '1121/QĐ-TTg')).toMatchObject({ relation: 'IMPLEMENTS', alias: 'Quyết định số 1121/QĐ-TTg' });
    expect(byNumber(refs, '28/2013/QH13')).toMatchObject({ relation: 'IMPLEMENTS', catalog: true });
    expect(issues.find((i) => i.code === 'SUPERSEDED_REFERENCE')!.message).toMatch(/124\/2021\/TT-BCA.*in force/);
  });

  it('flags a short number nothing explains', () => {
    const text = 'KẾ HOẠCH\nPhòng chống tội phạm\n\nThực hiện Chỉ thị số 15 của Thủ tướng Chính phủ, UBND huyện ban hành kế hoạch.\n\nI. MỤC ĐÍCH\n1. Nội dung.\n';
    const src = readSource(Buffer.from(text), 'x');
    const header = parseHeader(src);
    const { references, issues } = extractReferences(src, header.context, header);
    expect(references).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['UNRESOLVED_ALIAS']);
  });
});
