import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeader, personName, recaseName } from '../../src/ingest/header.js';
import { readSource } from '../../src/ingest/source.js';

const SEEDS = join(__dirname, '..', '..', 'seed', 'documents');
const DOCS = join(__dirname, '..', 'fixtures', 'docs');
const ENC = join(__dirname, '..', 'fixtures', 'encoded');

const header = (dir: string, f: string) => parseHeader(readSource(readFileSync(join(dir, f)), f));
const codes = (h: ReturnType<typeof header>) => h.issues.map((i) => i.code).sort();

describe('parseHeader: seeds', () => {
  it('Bỉm Sơn: no number, no date; issuer from the body statement; year from the body dates', () => {
    const h = header(SEEDS, '000_906fc711418bb228.txt');
    const d = h.document;
    expect(d).toMatchObject({
      kind: 'PLAN',
      number: null,
      issuedOn: null,
      year: 2017,
      place: null,
      draft: false,
      title: 'Phòng, chống khủng bố trên địa bàn thị xã Bỉm Sơn',
      signer: 'Bùi Huy Hùng',
      signerCapacity: 'CHỦ TỊCH',
      period: null,
      jurisdiction: 'thi-xa-bimr-sown.thanh-hoa',
    });
    expect(d.issuer).toEqual({ key: 'ubnd-thi-xa-bimr-sown.thanh-hoa', name: 'UBND thị xã Bỉm Sơn', level: 'DISTRICT' });
    expect(d.key).toBe('ubnd-thi-xa-bimr-sown.thanh-hoa/kh-phong-chong-khung-bo-tren-dia-ban-thi/2017');
    expect(codes(h)).toEqual(['MISSING_DATE', 'MISSING_NUMBER']);
    // the town ceased with the district tier; its province is named in the text
    expect(h.units).toEqual([
      { key: 'thi-xa-bimr-sown.thanh-hoa', name: 'thị xã Bỉm Sơn', kind: 'TOWN', level: 'DISTRICT', parentKey: 'tinh-thanh-hoa', validFrom: null, validTo: '2025-06-30' },
      { key: 'tinh-thanh-hoa', name: 'tỉnh Thanh Hóa', kind: 'PROVINCE', level: 'PROVINCE', parentKey: null, validFrom: null, validTo: null },
    ]);
    expect(h.context.unit?.key).toBe('thi-xa-bimr-sown.thanh-hoa');
    expect(h.context.province?.key).toBe('tinh-thanh-hoa');
    expect(h.context.documentKey).toBe(d.key);
    expect(h.bodyStartLine).toBe(6);
    expect(h.bodyEndLine).toBe(158);
  });

  it('Vĩnh Thủy: a draft — blank number and date, year from the date line', () => {
    const h = header(SEEDS, '001_ec57c158750a493d.txt');
    expect(h.document).toMatchObject({
      number: null,
      issuedOn: null,
      year: 2026,
      draft: true,
      place: 'Vĩnh Thủy',
      title: 'Triển khai công tác phòng, chống khủng bố năm 2026',
      signer: 'Thái Nam Sơn',
      signerCapacity: 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH',
      key: 'ubnd-xa-vinhx-thuyr/kh-trien-khai-cong-tac-phong-chong-khung-bo/2026',
    });
    expect(h.document.issuer).toEqual({ key: 'ubnd-xa-vinhx-thuyr', name: 'UBND xã Vĩnh Thủy', level: 'COMMUNE' });
    expect(codes(h)).toEqual(['BLANK_DATE', 'BLANK_NUMBER']);
    expect(h.issues.find((i) => i.code === 'BLANK_NUMBER')!.line).toBe(3);
    expect(h.context.province).toBeNull();
    expect(h.units.map((u) => [u.key, u.kind, u.validTo])).toEqual([['xa-vinhx-thuyr', 'COMMUNE', null]]);
  });

  it('Bắc Ninh: web-mirror metadata, a flattened header table, signer from "Người ký"', () => {
    const h = header(SEEDS, '002_cb7cca597ed1ba5a.txt');
    expect(h.document).toMatchObject({
      kind: 'PLAN',
      number: '14/KH-UBND',
      issuedOn: '2025-08-05',
      year: 2025,
      place: 'Bắc Ninh',
      signer: 'Vương Quốc Tuấn',
      signerCapacity: 'TM. ỦY BAN NHÂN DÂN',
      draft: false,
      period: null,
      key: 'ubnd-tinh-bac-ninh/14-kh-ubnd/2025',
    });
    expect(h.document.issuer).toEqual({ key: 'ubnd-tinh-bac-ninh', name: 'UBND tỉnh Bắc Ninh', level: 'PROVINCE' });
    expect(h.document.title).toMatch(/^Thực hiện Nghị quyết 147\/NQ-CP .*an ninh phi truyền thống/);
    expect(h.issues).toEqual([]);
    expect(h.bodyStartLine).toBe(14);
    expect(h.bodyEndLine).toBe(99);
  });

  it('Tây Ninh: no number, dated, bold title over five lines, period, KT. signature', () => {
    const h = header(SEEDS, '003_7a5b064e25782787.txt');
    expect(h.document).toMatchObject({
      number: null,
      issuedOn: '2020-08-11',
      year: 2020,
      place: 'Tây Ninh',
      signer: 'Nguyễn Mạnh Hùng',
      signerCapacity: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
      period: { from: 2020, to: 2025 },
      draft: false,
    });
    expect(h.document.issuer.key).toBe('ubnd-tinh-tay-ninh');
    expect(h.document.title).toMatch(/^Tiếp tục đẩy mạnh thực hiện Chỉ thị số 07\/CT-BCA-V28 .* giai đoạn 2020 - 2025$/);
    expect(h.document.key).toBe('ubnd-tinh-tay-ninh/kh-tiep-tuc-day-manh-thuc-hien-chi-thi/2020');
    expect(codes(h)).toEqual(['MISSING_NUMBER']);
  });

  it('Đông Triều: emphasis inside the number, issuer tier from the body, name from the place', () => {
    const h = header(SEEDS, '004_7b2b5a5b82360bbc.txt');
    expect(h.document).toMatchObject({
      number: '191/KH-UBND',
      issuedOn: '2023-06-16',
      year: 2023,
      title: 'Xây dựng mô hình An ninh cơ sở năm 2023',
      signer: 'Nguyễn Văn Ngõn',
      signerCapacity: 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH',
      key: 'ubnd-thi-xa-ddoong-trieeuf.quang-ninh/191-kh-ubnd/2023',
      jurisdiction: 'thi-xa-ddoong-trieeuf.quang-ninh',
    });
    expect(h.document.issuer.level).toBe('DISTRICT');
    expect(h.context.province?.name).toBe('tỉnh Quảng Ninh');
    expect(h.units[0]).toMatchObject({ parentKey: 'tinh-quang-ninh', validTo: '2025-06-30' });
  });
});

describe('parseHeader: other layouts', () => {
  it('a Quyết định of a district with a markdown header table and a signature table', () => {
    const h = header(DOCS, 'qd-huyen-header-table.txt');
    expect(h.document).toMatchObject({
      kind: 'DECISION',
      number: '1250/QĐ-UBND',
      issuedOn: '2022-03-09',
      place: 'Lạc Sơn',
      title: 'Về việc ban hành Kế hoạch phòng, chống tội phạm năm 2022',
      signer: 'Đinh Công Sứ',
      signerCapacity: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
      key: 'ubnd-huyen-lacj-sown.hoa-binh/1250-qd-ubnd/2022',
    });
    expect(h.document.issuer.level).toBe('DISTRICT');
    expect(h.units.map((u) => [u.key, u.parentKey, u.validTo])).toEqual([
      ['huyen-lacj-sown.hoa-binh', 'tinh-hoa-binh', '2025-06-30'],
      ['tinh-hoa-binh', null, null],
    ]);
    expect(h.issues).toEqual([]);
    // the body starts at the first "Căn cứ", after the authority line
    expect(h.bodyStartLine).toBe(11);
  });

  it('a ward plan whose two header columns were linearised onto single lines', () => {
    const h = header(DOCS, 'kh-phuong-linearised.txt');
    expect(h.document).toMatchObject({
      number: '35/KH-UBND',
      issuedOn: '2024-01-12',
      place: 'Hòa Khánh',
      period: { from: 2024, to: 2026 },
      signer: 'Lê Thị Hoa',
      title: 'Tuyên truyền, phổ biến pháp luật về phòng, chống tội phạm giai đoạn 2024 - 2026',
    });
    expect(h.document.issuer).toEqual({ key: 'ubnd-phuong-hoaf-khanhs.quan-lieen-chieeur.da-nang', name: 'UBND phường Hòa Khánh', level: 'COMMUNE' });
    // ward → district (ceased 2025) → centrally-run city (province level)
    expect(h.units.map((u) => [u.key, u.kind, u.level, u.parentKey, u.validTo])).toEqual([
      ['phuong-hoaf-khanhs.quan-lieen-chieeur.da-nang', 'WARD', 'COMMUNE', 'quan-lieen-chieeur.da-nang', null],
      ['quan-lieen-chieeur.da-nang', 'DISTRICT', 'DISTRICT', 'thanh-pho-da-nang', '2025-06-30'],
      ['thanh-pho-da-nang', 'CITY', 'PROVINCE', null, null],
    ]);
  });

  it('a web mirror with site boilerplate: metadata gives number, date, issuer and signer', () => {
    const h = header(DOCS, 'kh-web-mirror.txt');
    expect(h.document).toMatchObject({
      kind: 'PLAN',
      number: '77/KH-UBND',
      issuedOn: '2021-03-15',
      key: 'ubnd-tinh-ha-giang/77-kh-ubnd/2021',
    });
    expect(h.document.issuer.name).toBe('UBND tỉnh Hà Giang');
    expect(h.document.signer).toMatch(/^Trần Đức Q/);
    expect(h.bodyStartLine).toBe(8);
  });

  it('a truncated plan has no body end', () => {
    const h = header(DOCS, 'kh-truncated.txt');
    expect(h.document).toMatchObject({ number: '88/KH-UBND', issuedOn: '2019-04-03', signer: null, signerCapacity: null });
    expect(h.document.issuer.key).toBe('ubnd-tinh-ninh-thuan');
    expect(h.bodyEndLine).toBeNull();
  });

  it.each(['tcvn3-plan.txt', 'windows-1258-plan.txt', 'utf16le-bom-plan.txt'])('reads the converted %s like the Unicode original', (f) => {
    const h = header(ENC, f);
    expect(h.document).toMatchObject({
      key: 'ubnd-xa-dduwcs-phoor.huyen-cats-tieen/21-kh-ubnd/2015',
      issuedOn: '2015-03-02',
      signer: 'Nguyễn Văn Bình',
      signerCapacity: 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH',
    });
    expect(h.units.map((u) => u.key)).toEqual(['xa-dduwcs-phoor.huyen-cats-tieen', 'huyen-cats-tieen']);
  });
});

describe('helpers', () => {
  it('recases header capitals for agency naming', () => {
    expect(recaseName('ỦY BAN NHÂN DÂN TỈNH BẮC NINH')).toBe('UBND tỉnh Bắc Ninh');
    expect(recaseName('BỘ CÔNG AN')).toBe('Bộ Công an');
    expect(recaseName('UBND Tỉnh')).toBe('UBND Tỉnh');
  });

  it('recognises personal names, not capacities', () => {
    expect(personName('Nguyễn Mạnh Hùng')).toBe('Nguyễn Mạnh Hùng');
    expect(personName('NGUYỄN MẠNH HÙNG')).toBe('Nguyễn Mạnh Hùng');
    expect(personName('CHỦ TỊCH')).toBeNull();
    expect(personName('Nơi nhận')).toBeNull();
    expect(personName('Công an tỉnh')).toBeNull();
  });
});

describe('extract (whole pipeline, no DB)', async () => {
  const { extract } = await import('../../src/ingest/extract.js');
  const { InputError } = await import('../../src/ingest/source.js');
  const { readdirSync } = await import('node:fs');

  it.each(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort())('%s yields a valid Extraction', (f) => {
    const x = extract(readFileSync(join(SEEDS, f)), f, { curation: false });
    expect(x.source.encoding).toBe('utf-8');
    expect(x.agencies.some((a) => a.key === x.document.issuer.key)).toBe(true);
    expect(x.issues.some((i) => i.code === 'TRUNCATED')).toBe(false);
  });

  it('a plan cut off mid-sentence keeps what was read and says TRUNCATED', () => {
    const x = extract(readFileSync(join(DOCS, 'kh-truncated.txt')), 'kh-truncated.txt', { curation: false });
    expect(x.document.number).toBe('88/KH-UBND');
    expect(x.references.map((r) => r.number)).toEqual(['05/CT-TTg']);
    expect(x.issues.find((i) => i.code === 'TRUNCATED')).toMatchObject({ severity: 'WARNING', line: 16 });
  });

  it('a news article is refused as NOT_A_DOCUMENT', () => {
    expect(() => extract(readFileSync(join(DOCS, 'news-article.txt')), 'news.txt')).toThrow(InputError);
  });

  it('a TCVN3 file is converted and extracted, with CONVERTED_ENCODING', () => {
    const x = extract(readFileSync(join(ENC, 'tcvn3-plan.txt')), 'tcvn3.txt', { curation: false });
    expect(x.document.key).toBe('ubnd-xa-dduwcs-phoor.huyen-cats-tieen/21-kh-ubnd/2015');
    expect(x.issues.map((i) => i.code)).toContain('CONVERTED_ENCODING');
  });
});
