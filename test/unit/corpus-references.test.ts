/**
 * Legal bases of real documents the rules were not written on, as a reader finds them, and the
 * citation rule tables (src/rules/citations.ts) checked against their examples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { extract } from '../../src/ingest/extract.js';
import type { Extraction } from '../../src/ingest/model.js';
import { matchForm } from '../../src/ingest/text.js';
import { LAW_KEY_EXAMPLES, LAW_NAME_EXAMPLES, lawNameKey, readLawName } from '../../src/rules/citations.js';

const DIR = join(projectRoot, 'test/corpus/documents');
const cache = new Map<string, Extraction>();
function refs(file: string): Extraction['references'] {
  if (!cache.has(file)) cache.set(file, extract(readFileSync(join(DIR, file)), file, { curation: false }));
  return cache.get(file)!.references;
}
const byNumber = (rs: Extraction['references'], n: string) => rs.filter((r) => r.number === n);
const byName = (rs: Extraction['references'], name: string) => rs.filter((r) => matchForm(r.title ?? r.text).includes(matchForm(name)));

describe('law names (src/rules/citations.ts)', () => {
  for (const e of LAW_NAME_EXAMPLES) {
    it(`"${e.text.slice(0, 60)}…" → ${e.name ?? 'no name'}`, () => {
      const kw = /^(Bộ [Ll]uật|Pháp lệnh|Luật)/u.exec(e.text)![1]!;
      expect(readLawName(e.text, 0, kw)?.name ?? null).toBe(e.name);
    });
  }
  for (const [a, b, same] of LAW_KEY_EXAMPLES) it(`${a} ${same ? '≡' : '≠'} ${b}`, () => expect(lawNameKey(a) === lawNameKey(b)).toBe(same));
});

describe('references of unseen documents', () => {
  it('bxd_1074: laws by name with their numbers; the decision’s own number is no reference', () => {
    const rs = refs('bxd_1074-QD-BXD_2026_giai-phap-ky-thuat-PCCC.txt');
    expect(byNumber(rs, '55/2024/QH15')).toMatchObject([{ relation: 'BASED_ON', kind: 'LAW', issuedOn: '2024-11-29' }]);
    expect(byNumber(rs, '64/2025/QH15')).toMatchObject([{ relation: 'BASED_ON', kind: 'LAW' }]);
    expect(byNumber(rs, '1074/QĐ-BXD')).toEqual([]);
    expect(rs.filter((r) => r.kind === 'LAW' && r.number === null)).toEqual([]); // "Luật Phòng cháy …" in the title is 55/2024/QH15
  });

  it('binhthuan: the V/v subject "triển khai Công điện số 131/CĐ-TTg" → IMPLEMENTS a TELEGRAM; a law by name in lower case', () => {
    const rs = refs('binhthuan_du-thao-UBND-NCKSTTHC_2024_cong-dien-131-cat-giam-TTHC.txt');
    expect(byNumber(rs, '131/CĐ-TTg')).toMatchObject([{ relation: 'IMPLEMENTS', kind: 'TELEGRAM', issuedOn: '2024-12-11' }]);
    expect(byName(rs, 'Luật ban hành văn bản quy phạm pháp luật')).toMatchObject([{ kind: 'LAW', number: null }]);
  });

  it('hochiminh_3210: the title in capitals "TRIỂN KHAI THỰC HIỆN THÔNG TƯ SỐ 09/2013/TT-BXD" → IMPLEMENTS; "&" in a number', () => {
    const rs = refs('hochiminh_3210-QD-UBND_2014_ke-hoach-ho-tro-nha-o-nguoi-co-cong.txt');
    expect(byNumber(rs, '09/2013/TT-BXD')[0]).toMatchObject({ relation: 'IMPLEMENTS', kind: 'CIRCULAR' });
    expect(byNumber(rs, '4236/SXD-QLN&CS')).toMatchObject([{ relation: 'BASED_ON', issuedOn: '2014-05-22' }]);
    expect(byNumber(rs, '3210/QĐ-UBND')).toEqual([]); // "(Ban hành kèm theo Quyết định số 3210/QĐ-UBND …)" is the document itself
  });

  it('sonla_254: the attached plan after the signature is read; 02/CT-TTg of 2019 and of 2018 are two directives; BMNN is the same law', () => {
    const rs = refs('sonla_254-QD-UBND_2023_ke-hoach-bao-ve-bi-mat-nha-nuoc.txt');
    expect(byNumber(rs, '2566/QĐ-UBND')).toMatchObject([{ relation: 'CITES', issuedOn: '2022-12-08' }]);
    expect(byNumber(rs, '02/CT-TTg').map((r) => r.issuedOn).sort()).toEqual(['2018-07-04', '2019-11-15']);
    expect(byName(rs, 'Luật Bảo vệ bí mật nhà nước')).toMatchObject([{ relation: 'BASED_ON', kind: 'LAW' }]);
    expect(rs.filter((r) => r.kind === 'LAW' && /BMNN/u.test(r.title ?? r.text))).toEqual([]);
    expect(byNumber(rs, '254/QĐ-UBND')).toEqual([]);
  });

  it('ninhbinh_807: a list of bases over several lines keeps "Căn cứ"; amending laws by their whole name; a request "ý kiến … tại Công văn"', () => {
    const rs = refs('ninhbinh_807-QD-UBND_2024_ke-hoach-lap-chuong-trinh-phat-trien-do-thi.txt');
    expect(byName(rs, 'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng')).toMatchObject([{ relation: 'BASED_ON', kind: 'LAW', issuedOn: '2020-06-17' }]);
    expect(byName(rs, 'Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương')).toMatchObject([{ relation: 'BASED_ON' }]);
    expect(byNumber(rs, '3581/SXD-PTĐT')).toMatchObject([{ relation: 'BASED_ON' }]);
    expect(byNumber(rs, '06/2023/TT-BXD')).toHaveLength(1); // printed once as "06/2023/TTBXD"
  });

  it('laocai_du-thao (VLNCN): "181/2024/NĐCP" is 181/2024/NĐ-CP', () => {
    const rs = refs('laocai_du-thao-UBND-KT_2025_giao-SCT-tham-muu-uy-quyen-VLNCN.txt');
    expect(byNumber(rs, '181/2024/NĐ-CP')).toMatchObject([{ kind: 'DECREE', issuedOn: '2024-12-31' }]);
  });

  it('laocai_7432: the subject "V/v triển khai thực hiện Quyết định số" / "1074/QĐ-BXD …" → IMPLEMENTS', () => {
    const rs = refs('laocai_7432-UBND-XD_2026_trien-khai-giai-phap-PCCC.txt');
    expect(byNumber(rs, '1074/QĐ-BXD')).toMatchObject([{ relation: 'IMPLEMENTS', kind: 'DECISION' }]);
  });
});

describe('references: genre rules on synthetic text', () => {
  const text = [
    'ỦY BAN NHÂN DÂN', 'HUYỆN THANH THỦY', 'Số: 14/KH-UBND', 'Thanh Thủy, ngày 10 tháng 3 năm 2025', 'KẾ HOẠCH',
    'Triển khai công tác phòng cháy trên địa bàn huyện', '',
    'Căn cứ các Nghị định của Chính phủ: số 96/2016/NĐ-CP ngày 01/7/2016 quy định điều kiện về an ninh, trật tự; số 78/2015/NĐ-CP ngày 14/9/2015 về đăng ký doanh nghiệp;',
    'Thực hiện Kế hoạch số 14/KH-UBND ngày 05/02/2025 của UBND tỉnh Phú Thọ về phòng cháy;',
    'UBND huyện Thanh Thủy ban hành Kế hoạch như sau:', 'I. MỤC ĐÍCH', '1. Bảo đảm an toàn.', '',
  ].join('\n');
  const x = extract(Buffer.from(text), 'synthetic.txt', { curation: false });

  it('bases in list form give one reference each, with the list’s relation and kind', () => {
    expect(byNumber(x.references, '96/2016/NĐ-CP')).toMatchObject([{ relation: 'BASED_ON', kind: 'DECREE', issuedOn: '2016-07-01' }]);
    expect(byNumber(x.references, '78/2015/NĐ-CP')).toMatchObject([{ relation: 'BASED_ON', kind: 'DECREE', issuedOn: '2015-09-14' }]);
  });

  it('the same number as the document, of another issuer, is a reference with its IMPLEMENTS edge', () => {
    expect(x.document.number).toBe('14/KH-UBND');
    const r = byNumber(x.references, '14/KH-UBND');
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ relation: 'IMPLEMENTS', kind: 'PLAN', issuedOn: '2025-02-05' });
    expect(matchForm(r[0]!.issuer?.name ?? '')).toBe(matchForm('UBND tỉnh Phú Thọ'));
  });
});

describe('OCR-damaged citation words and described kinds', () => {
  const CORPUS_DIR = join(projectRoot, 'test', 'corpus', 'documents');
  const refs = (f: string) => extract(readFileSync(join(CORPUS_DIR, f)), f, { curation: false }).references;

  it('repairs the tone OCR drops and the fraction slash, keeping the length', async () => {
    const { ocrCitationRepair } = await import('../../src/ingest/references.js');
    for (const [a, b] of [
      ['Báo cáo sô 34/BC-CAT-PH10 ngày 15/7/2025', 'Báo cáo số 34/BC-CAT-PH10 ngày 15/7/2025'],
      ['Quyết đinh số 23/2025/QĐ-TTg ngày 22/7⁄2025', 'Quyết định số 23/2025/QĐ-TTg ngày 22/7/2025'],
      ['nhiệm vụ sô với kế hoạch', 'nhiệm vụ sô với kế hoạch'],
    ]) {
      expect(ocrCitationRepair(a!)).toBe(b);
      expect(ocrCitationRepair(a!).length).toBe(a!.length);
    }
  });

  it('C04 3980/C04-P6 cites Báo cáo số 34/BC-CAT-PH10 (printed "sô"); 4214/BCA-C04 cites QĐ 23/2025/QĐ-TTg (printed "Quyết đinh")', () => {
    expect(refs('bca-c04_3980-C04-P6_2025_chuan-bi-CTMTQG-ma-tuy-Lam-Dong.txt').some((r) => r.number === '34/BC-CAT-PH10')).toBe(true);
    expect(refs('bca_4214-BCA-C04_2025_trien-khai-CTMTQG-phong-chong-ma-tuy.txt').some((r) => r.number === '23/2025/QĐ-TTg')).toBe(true);
  });

  it('"Báo cáo hoàn thành thi công xây dựng số 06/BC-VD": a described report whose sign says BC (Sở Công Thương Lào Cai 3036/SCT-CN)', () => {
    expect(refs('laocai-sct_3036-SCT-CN_2026_kiem-tra-kho-VLNCN.txt').find((r) => r.number === '06/BC-VD')).toMatchObject({ kind: 'REPORT' });
  });
});
