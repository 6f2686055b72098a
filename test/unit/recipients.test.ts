/**
 * "Nơi nhận" lists of the genre, one example per layout class, each with what a reader finds:
 * [line, name, purpose]. The blocks are written the way the documents print them (web mirrors,
 * docx and pdftotext conversions, OCR).
 */
import { describe, expect, it } from 'vitest';
import { extractRecipients, leftColumn, purposeOf } from '../../src/ingest/recipients.js';
import { sourceFromText } from '../fixtures/resp-source.js';

const read = (block: string) =>
  extractRecipients(sourceFromText(block).lines, null).recipients.map((r) => [r.line, r.name, r.purpose]);

describe('purposes (the parenthesis after a recipient)', () => {
  it.each([
    ['báo cáo', 'REPORT'],
    ['b/c', 'REPORT'],
    ['để b/c', 'REPORT'],
    ['B/c', 'REPORT'],
    ['đê b/cáo', 'REPORT'], // OCR of "để b/cáo"
    ['đề b/c', 'REPORT'],
    ['Cục A03 - để b/c', 'REPORT'],
    ['để b/c đ/c Bộ trưởng', 'REPORT'],
    ['để t/h', 'IMPLEMENT'],
    ['t/h', 'IMPLEMENT'],
    ['để thực hiện', 'IMPLEMENT'],
    ['đê th/hiện', 'IMPLEMENT'],
    ['để thiện', 'IMPLEMENT'], // OCR lost "thực h"
    ['để biết', 'INFORM'],
    ['để p/h', null], // phối hợp: no convention
    ['đề phối hợp', null],
    ['để đăng tải', null],
    ['Đ/c Minh', null],
    ['P6', null],
    ['phụ trách XD', null],
  ])('(%s) → %s', (paren, purpose) => {
    expect(purposeOf(paren)).toBe(purpose);
  });
});

describe('the left column of a two-column block', () => {
  it.each([
    ['| Nơi nhận: - A; - B | CHỦ TỊCH Hoàng Quốc Khánh |', 'Nơi nhận: - A; - B'],
    ['|- Như trên;                                      |                      |', '- Như trên;'],
    ['Nơi nhận:                                               KT. BỘ TRƯỞNG', 'Nơi nhận:'],
    ['- Công báo, Cổng TTĐT của Chính phủ;                     Phạm Minh Hà', '- Công báo, Cổng TTĐT của Chính phủ;'],
    ['- Lưu: VT, KT(Nho). | KT. CHỦ TỊCH', '- Lưu: VT, KT(Nho).'],
    ['\t- Như trên;', '- Như trên;'],
  ])('%j → %j', (line, left) => {
    expect(leftColumn(line)).toBe(left);
  });
});

describe('layouts of the list', () => {
  it('one item per line, purposes in parentheses, "Lưu" last (the common case)', () => {
    expect(read(['Nơi nhận:', '', '- UBND tỉnh Quảng Ninh (b/c);', '- Thường trực HĐND và UBND thị xã;', '- UBND các xã, phường (t/h);', '- Lưu: VT.'].join('\n'))).toEqual([
      [3, 'UBND tỉnh Quảng Ninh', 'REPORT'],
      [4, 'Thường trực HĐND và UBND thị xã', null],
      [5, 'UBND các xã, phường', 'IMPLEMENT'],
      [6, 'Lưu: VT', 'ARCHIVE'],
    ]);
  });

  it('several bodies in one item share the purpose written at its end', () => {
    expect(read(['Nơi nhận:', '- TT Thị ủy; HĐND TX (để b/c);', '- Lưu: VT; VP UBND tỉnh.'].join('\n'))).toEqual([
      [2, 'TT Thị ủy', 'REPORT'],
      [2, 'HĐND TX', 'REPORT'],
      [3, 'Lưu: VT', 'ARCHIVE'],
      [3, 'VP UBND tỉnh', 'ARCHIVE'],
    ]);
  });

  it('the whole list in one table cell, the signature in the next; the attached plan after it is not a recipient', () => {
    const block = [
      '| Nơi nhận: - Bộ Công an (Cục A03 - để b/c); - Thường trực Tỉnh ủy (để b/c); - Chủ tịch, các PCT UBND tỉnh; - Như Điều 3; - Lưu: VT, NC, ĐH30b. | CHỦ TỊCH Hoàng Quốc Khánh |',
      '|---|---|',
      '',
      'KẾ HOẠCH',
      '',
      'THỰC HIỆN CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023 (Kèm theo Quyết định số 254/QĐ-UBND ngày 17/02/2023)',
      '',
      '1. Công an tỉnh',
      '- Tham mưu giúp UBND tỉnh chỉ đạo, tổ chức thực hiện tốt công tác bảo vệ BMNN;',
    ].join('\n');
    expect(read(block)).toEqual([
      [1, 'Bộ Công an (Cục A03)', 'REPORT'],
      [1, 'Thường trực Tỉnh ủy', 'REPORT'],
      [1, 'Chủ tịch, các PCT UBND tỉnh', null],
      [1, 'Như Điều 3', null],
      [1, 'Lưu: VT, NC, ĐH30b', 'ARCHIVE'],
    ]);
  });

  it('an item closed by "." before the next bullet of a one-line list, and a letter-spaced "L ư u"', () => {
    expect(read('| Nơi nhận: - Thành viên Ban Chỉ đạo; - VPCP: BTCN, các Vụ: TH, KGVX. - Lưu: VT, BCĐQG1237(3b) | TRƯỞNG BAN |')).toEqual([
      [1, 'Thành viên Ban Chỉ đạo', null],
      [1, 'VPCP: BTCN, các Vụ: TH, KGVX', null],
      [1, 'Lưu: VT, BCĐQG1237(3b)', 'ARCHIVE'],
    ]);
    expect(read('| Nơi nhận: - Như Điều 3; - T hủ tướ ng C h í nh ph ủ; - L ư u : V T , ( Đ T M T /C h g ) H. | KT. CHỦ TỊ CH |').map((r) => r[2])).toEqual([null, null, 'ARCHIVE']);
  });

  it('a column-aligned signature beside the list (pdftotext -layout): captions and the signer are not recipients', () => {
    const block = [
      'Nơi nhận:                                               KT. BỘ TRƯỞNG',
      '- Như Điều 3;                                            THỨ TRƯỞNG',
      '- Thủ tướng Chính phủ (để b/c);',
      '- Công báo, Cổng TTĐT của Chính phủ;                     Phạm Minh Hà',
      '- Lưu: VT, Vụ KHCNMT&VLXD(Hiển).',
    ].join('\n');
    expect(read(block)).toEqual([
      [2, 'Như Điều 3', null],
      [3, 'Thủ tướng Chính phủ', 'REPORT'],
      [4, 'Công báo, Cổng TTĐT của Chính phủ', null],
      [5, 'Lưu: VT, Vụ KHCNMT&VLXD(Hiển)', 'ARCHIVE'],
    ]);
  });

  it('OCR merged the signature column into the list lines with a single space, plus debris', () => {
    const block = [
      'Nơi nhận: KT.BỘ TRƯỞNG',
      '. luan... S--.. THỨ TRƯỞNG',
      '- Đ/c Bộ trưởng (đê báo cáo);  .. nề',
      '',
      "- C04, V01, H01 (đề thực hiện); ' 6P —= `",
      '- Chủ tịch, các PCT. UBND tỉnh; KT CHÁNH VĂN PHÒNG',
      '- Các sở, ban, ngành thuộc tỉnh; h',
      '- Ban Giám đốc SỞ; —„',
      '- Văn phòng Bộ Công an (đê p/h):',
      '- Lưu: VT, C04 (P6).',
      '',
      '* F. Z Š',
      "'ạng tướng Nguyễn Văn Long",
    ].join('\n');
    expect(read(block)).toEqual([
      [3, 'Đ/c Bộ trưởng', 'REPORT'],
      [5, 'C04, V01, H01', 'IMPLEMENT'],
      [6, 'Chủ tịch, các PCT. UBND tỉnh', null],
      [7, 'Các sở, ban, ngành thuộc tỉnh', null],
      [8, 'Ban Giám đốc SỞ', null],
      [9, 'Văn phòng Bộ Công an (đê p/h)', null],
      [10, 'Lưu: VT, C04 (P6)', 'ARCHIVE'],
    ]);
  });

  it('a wrapped item keeps its first line; a file code after "Lưu" is not a recipient', () => {
    const block = [
      'Nơi nhận:                                    TM. ỦY BAN NHÂN DÂN',
      '- Như Điều 3;                                    KT. CHỦ TỊCH',
      '- Văn phòng UBND tỉnh: CVP,',
      'các PCVP và các VP, Ban, TT;',
      '- Trung tâm xúc tiến Đầu tư, Thương mại và Du lịch',
      'tỉnh Lâm Đồng;',
      '- Lưu: VT, VP4.',
      '  ĐVT_10.30',
      'LQ_VP7_QS.2024',
    ].join('\n');
    expect(read(block)).toEqual([
      [2, 'Như Điều 3', null],
      [3, 'Văn phòng UBND tỉnh: CVP, các PCVP và các VP, Ban, TT', null],
      [5, 'Trung tâm xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Lâm Đồng', null],
      [7, 'Lưu: VT, VP4', 'ARCHIVE'],
    ]);
  });

  it('bullets detached from their text (OCR of a scan), OCR "~" bullets', () => {
    const block = ['Nơi nhận:', '-', '', '-', '', 'Bộ Công an;', '', 'Bộ Y tế:', '~ Đoàn ĐBQH tỉnh Lào Cai;', 'Lưu: VT (BCA, BYT), C04-BCA.'].join('\n');
    expect(read(block)).toEqual([
      [6, 'Bộ Công an', null],
      [8, 'Bộ Y tế', null],
      [9, 'Đoàn ĐBQH tỉnh Lào Cai', null],
      [10, 'Lưu: VT (BCA, BYT), C04-BCA', 'ARCHIVE'],
    ]);
  });

  it('pipe-bordered table rows (antiword): empty cells and the signer in the right column', () => {
    const block = [
      '|Nơi nhận:                                      |                CHỦ TỊCH              |',
      '|- Như trên;                                    |                                      |',
      '|- Cục Kiểm soát TTHC (VPCP);                   |                                      |',
      '|- Lưu: VT, NCKSTTHC.Châu                       |Đoàn Anh Dũng                         |',
      '|                                               |                                      |',
    ].join('\n');
    expect(read(block)).toEqual([
      [2, 'Như trên', null],
      [3, 'Cục Kiểm soát TTHC (VPCP)', null],
      [4, 'Lưu: VT, NCKSTTHC.Châu', 'ARCHIVE'],
    ]);
  });
});
