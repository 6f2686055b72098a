/**
 * Headers of real documents the rules were not written on (test/corpus/documents): what a careful
 * reader finds in each header, one class of layout or damage per test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { parseHeader } from '../../src/ingest/header.js';
import { readSource } from '../../src/ingest/source.js';
import { matchForm } from '../../src/ingest/text.js';

const DIR = join(projectRoot, 'test/corpus/documents');
function header(file: string) {
  const src = readSource(readFileSync(join(DIR, file)), file);
  return parseHeader(src);
}
const codes = (h: ReturnType<typeof header>) => h.issues.map((i) => i.code);
const same = (a: string | null | undefined, b: string) => expect(matchForm(a ?? '')).toBe(matchForm(b));

describe('headers of unseen documents', () => {
  it('bca_4214 (OCR, "SAO Y" stamp first): Bộ Công an, 4214/BCA-C04, a letter, the date damaged and left empty', () => {
    const h = header('bca_4214-BCA-C04_2025_trien-khai-CTMTQG-phong-chong-ma-tuy.txt');
    expect(h.document).toMatchObject({ kind: 'OFFICIAL_LETTER', number: '4214/BCA-C04', issuedOn: null, year: 2025, place: 'Hà Nội', draft: false });
    expect(h.document.issuer).toMatchObject({ name: 'Bộ Công an', level: 'NATIONAL' });
    expect(h.document.signer).toBe('Nguyễn Văn Long');
    expect(codes(h)).toContain('DAMAGED_DATE');
  });

  it('bca-c04_3980 (OCR "3 39", "‡Š tháng Ê"): Cục C04 under Bộ Công an; number and date flagged, never guessed', () => {
    const h = header('bca-c04_3980-C04-P6_2025_chuan-bi-CTMTQG-ma-tuy-Lam-Dong.txt');
    same(h.document.issuer.name, 'Cục Cảnh sát điều tra tội phạm về ma túy');
    expect(h.document).toMatchObject({ kind: 'OFFICIAL_LETTER', number: null, issuedOn: null, year: 2025, draft: false });
    expect(h.document.issuer.level).toBe('NATIONAL');
    expect(codes(h)).toEqual(expect.arrayContaining(['DAMAGED_NUMBER', 'DAMAGED_DATE']));
    expect(matchForm(h.document.title)).toContain(matchForm('Chương trình MTQG phòng, chống ma tuý'));
  });

  it('lamdong_493 (OCR "J¿92", "J2 tháng 11"): a NOTICE of UBND tỉnh Lâm Đồng, number and day damaged', () => {
    const h = header('lamdong_493-TB-UBND_2025_ket-luan-chi-so-CCHC.txt');
    expect(h.document).toMatchObject({ kind: 'NOTICE', number: null, issuedOn: null, year: 2025, draft: false });
    same(h.document.issuer.name, 'UBND tỉnh Lâm Đồng');
    expect(codes(h)).toEqual(expect.arrayContaining(['DAMAGED_NUMBER', 'DAMAGED_DATE']));
  });

  it('laocai-sct_3036 ("26 tháng 35"): the impossible date is refused, the year kept; Sở Công Thương tỉnh Lào Cai', () => {
    const h = header('laocai-sct_3036-SCT-CN_2026_kiem-tra-kho-VLNCN.txt');
    expect(h.document).toMatchObject({ kind: 'OFFICIAL_LETTER', number: '3036/SCT-CN', issuedOn: null, year: 2026, place: 'Lào Cai' });
    same(h.document.issuer.name, 'Sở Công Thương tỉnh Lào Cai');
    expect(h.document.issuer.level).toBe('PROVINCE');
    expect(codes(h)).toContain('IMPOSSIBLE_DATE');
  });

  it('laocai-vp (UBND TỈNH LÀO CAI / VĂN PHÒNG): Văn phòng UBND tỉnh Lào Cai, a draft NOTICE', () => {
    const h = header('laocai-vp_du-thao-TB-VP_2026_ket-luan-cum-cong-nghiep.txt');
    same(h.document.issuer.name, 'Văn phòng UBND tỉnh Lào Cai');
    expect(h.document).toMatchObject({ kind: 'NOTICE', number: null, draft: true, signer: 'Lê Trí Hà' });
  });

  it('hochiminh_3210 (web mirror, letters split by spaces, signed before the attached plan)', () => {
    const h = header('hochiminh_3210-QD-UBND_2014_ke-hoach-ho-tro-nha-o-nguoi-co-cong.txt');
    expect(h.document).toMatchObject({ kind: 'DECISION', number: '3210/QĐ-UBND', issuedOn: '2014-06-28', place: 'Thành phố Hồ Chí Minh' });
    same(h.document.issuer.name, 'UBND Thành phố Hồ Chí Minh');
    expect(h.document.issuer.level).toBe('PROVINCE');
    expect(h.document.signer).toBe('Nguyễn Hữu Tín');
    expect(h.document.signerCapacity).toBe('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH');
  });

  it('lienbo_24 (seven bodies, number split across lines, Cyrillic letters): Bộ Công an first, the others co-issuers', () => {
    const h = header('lienbo-bca_24-HDLN_2026_xu-ly-vi-pham-N2O.txt');
    expect(h.document).toMatchObject({ kind: 'GUIDANCE', number: '24/HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC', issuedOn: '2026-06-25' });
    expect(h.document.issuer).toMatchObject({ name: 'Bộ Công an', level: 'NATIONAL' });
    expect(h.document.coIssuers?.map(matchForm)).toEqual(expect.arrayContaining([matchForm('Bộ Quốc phòng'), matchForm('Tòa án nhân dân tối cao')]));
    expect(matchForm(h.document.title)).toContain(matchForm('xử lý đối với hành vi vi phạm liên quan đến sản xuất'));
  });

  it('laocai_11 (OCR "II /2026/QĐ-UBND"): the attachment line "(Ban hành kèm theo Quyết định số 11 /2026/QĐ-UBND …)" gives the number', () => {
    const h = header('laocai_11-2026-QD-UBND_2026_quy-dinh-quan-ly-dau-tu-xay-dung.txt');
    expect(h.document).toMatchObject({ kind: 'DECISION', number: '11/2026/QĐ-UBND', numberPrinted: 'II /2026/QĐ-UBND', issuedOn: '2026-01-29' });
    expect(h.document.signer).toBe('Nguyễn Tuấn Anh');
    expect(codes(h)).toContain('NUMBER_FROM_ATTACHMENT');
  });

  it('binhthuan (antiword pipe table, blank number): a draft OFFICIAL_LETTER whose title is its V/v subject', () => {
    const h = header('binhthuan_du-thao-UBND-NCKSTTHC_2024_cong-dien-131-cat-giam-TTHC.txt');
    expect(h.document).toMatchObject({ kind: 'OFFICIAL_LETTER', number: null, issuedOn: null, year: 2024, draft: true, signer: 'Đoàn Anh Dũng' });
    expect(matchForm(h.document.title)).toContain(matchForm('triển khai Công điện số 131/CĐ-TTg'));
  });

  it('ttg_2319 (pdftotext -layout, office stamp first): Thủ tướng Chính phủ, signer in the right column', () => {
    const h = header('ttg_2319-QD-TTg_2025_ban-chi-dao-quoc-gia-du-lieu.txt');
    expect(h.document).toMatchObject({ kind: 'DECISION', number: '2319/QĐ-TTg', issuedOn: '2025-10-20', place: 'Hà Nội', signer: 'Phạm Minh Chính' });
    same(h.document.issuer.name, 'Thủ tướng Chính phủ');
  });

  it('lamdong-bcd (docx row spanning lines): Ban Chỉ đạo … tỉnh Lâm Đồng, signed "TM. BAN CHỈ ĐẠO / PHÓ TRƯỞNG BAN"', () => {
    const h = header('lamdong-bcd-khcn-cds_du-thao-BCD_2025_nhiem-vu-chinh-quyen-2-cap.txt');
    same(h.document.issuer.name, 'Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh Lâm Đồng');
    expect(h.document).toMatchObject({ kind: 'OFFICIAL_LETTER', draft: true, year: 2025, place: 'Lâm Đồng', signer: 'Nguyễn Ngọc Phúc' });
    expect(h.document.signerCapacity).toMatch(/^TM\. BAN CHỈ ĐẠO \/ PHÓ TRƯỞNG BAN/u);
  });

  it('lamdong QĐ-BCĐ (antiword table): the committee under UBND TỈNH LÂM ĐỒNG keeps its acronyms', () => {
    const h = header('lamdong-bcd-khcn-cds_du-thao-QD-BCD_2025_to-giup-viec-CCHC.txt');
    expect(h.document.issuer.name).toContain('KHCN, ĐMST, CĐS');
    expect(h.document.issuer.name).toMatch(/^Ban Chỉ đạo .* tỉnh Lâm Đồng$/u);
    expect(h.document).toMatchObject({ kind: 'DECISION', number: null, draft: true, signer: 'Hồ Văn Mười' });
  });

  it('lamdong TB (docx): signed "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"', () => {
    const h = header('lamdong_du-thao-TB-UBND_2026_ket-luan-KHCN-chuyen-doi-so.txt');
    expect(h.document).toMatchObject({ kind: 'NOTICE', signer: 'Trịnh Ngọc Duệ', signerCapacity: 'TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG' });
  });

  it('bcdqg1237 (web mirror, signature in one table cell): a national steering committee, "từ nay đến năm 2020" → 2013–2020', () => {
    const h = header('bcdqg1237_252-KH-BCDQG1237_2013_tim-kiem-quy-tap-hai-cot-liet-si.txt');
    expect(h.document).toMatchObject({ kind: 'PLAN', number: '252/KH-BCĐQG1237', issuedOn: '2013-11-11', period: { from: 2013, to: 2020 } });
    expect(h.document.issuer.level).toBe('NATIONAL');
    expect(h.document.signer).toBe('Nguyễn Thiện Nhân');
    expect(h.document.signerCapacity).toBe('TRƯỞNG BAN / PHÓ THỦ TƯỚNG');
  });

  it('a number whose hyphen the PDF extraction dropped is restored, the printed form kept', () => {
    const text = 'ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 1961/QĐUBND\nNinh Bình, ngày 04 tháng 11 năm 2024\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n';
    const h = parseHeader(readSource(Buffer.from(text), 'synthetic.txt'));
    expect(h.document).toMatchObject({ number: '1961/QĐ-UBND', numberPrinted: '1961/QĐUBND', kind: 'DECISION', issuedOn: '2024-11-04' });
  });
});
