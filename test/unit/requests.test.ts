/**
 * Requests inside a paragraph, lead-ins that hand a list to bodies, lists of units under one body,
 * and the jurisdiction of a national issuer — facts a reader finds in the corpus letters (Bộ Công an,
 * C04, UBND tỉnh Lào Cai) and decisions (Ninh Bình).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitAgencyNames } from '../../src/ingest/agencies.js';
import { findMidRequests, pointerOnly } from '../../src/ingest/assignments.js';
import { extract } from '../../src/ingest/extract.js';

const CORPUS = join(__dirname, '..', 'corpus', 'documents');
const read = (f: string) => extract(readFileSync(join(CORPUS, f)), f, { curation: false });
const roles = (x: ReturnType<typeof read>, line: number) =>
  x.assignments.filter((a) => a.line <= line && line <= a.lineEnd).map((a) => `${a.agency} ${a.role}`);

describe('a request that starts inside a paragraph', () => {
  it.each([
    ['Để thực hiện đạt được mục tiêu này, đề nghị UBND tỉnh quan tâm, chỉ đạo thực hiện các nội dung có liên quan', ['UBND tỉnh']],
    ['…; Bộ Công an - Cơ quan Thường trực về phòng, chống ma túy trân trọng đề nghị các Bộ, ngành thành viên Ủy ban Quốc gia và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương báo cáo tổng kết', ['các Bộ, ngành thành viên Ủy ban Quốc gia', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']],
  ])('%s', (text, names) => {
    const r = findMidRequests(text, null);
    expect(r).toHaveLength(1);
    expect(r[0]!.trigger).toBe('DE_NGHI');
    expect(r[0]!.agencies.map((a) => a.names[0])).toEqual(names);
  });

  it.each([
    // the order of a cited document, reported
    'Công văn số 6785/VPCP-KGVX ngày 21/7/2025 của Văn phòng Chính phủ thông báo ý kiến chỉ đạo của Phó Thủ tướng giao Bộ Công an triển khai thực hiện',
    // a quotation
    'Quốc hội quy định: “Quốc hội thống nhất cấm … từ năm 2025; giao Chính phủ tổ chức thực hiện cụ thể”;',
    // no body after the trigger
    'trong đó giao rõ trách nhiệm, nhiệm vụ cụ thể cho từng ngành, từng cấp',
    'Theo đề nghị của Sở Nội vụ tại Tờ trình số 12',
    // a request to bodies nobody in particular
    'UBND tỉnh yêu cầu Thủ trưởng các đơn vị, địa phương khẩn trương triển khai thực hiện một số nội dung sau:',
  ])('no request of this document: %s', (text) => {
    expect(findMidRequests(text, null)).toEqual([]);
  });

  it('C04 3980/C04-P6: each "đề nghị UBND tỉnh …" of the letter is a request to UBND tỉnh Lâm Đồng', () => {
    const x = read('bca-c04_3980-C04-P6_2025_chuan-bi-CTMTQG-ma-tuy-Lam-Dong.txt');
    for (const line of [51, 64, 69, 93]) expect(roles(x, line)).toContain('UBND tỉnh Lâm Đồng REQUESTED');
  });
});

describe('a lead-in hands its list to its bodies', () => {
  it('pointer-only lead-ins are no duty of their own', () => {
    expect(pointerOnly('tập trung thực hiện một số nhiệm vụ sau:')).toBe(true);
    expect(pointerOnly('phối hợp chỉ đạo thực hiện một số nội dung sau:')).toBe(true);
    expect(pointerOnly('báo cáo tổng kết công tác phòng, chống ma tuý năm 2025 và dự kiến nhiệm vụ công tác trọng tâm năm 2026, như sau:')).toBe(false);
  });

  it('Bộ Công an 5240/BCA-V01: the request and the items 1 and 3 after "… như sau:" are the two groups\' duties', () => {
    const x = read('bca_5240-BCA-V01_2025_tong-ket-phong-chong-ma-tuy.txt');
    for (const line of [17, 23, 35]) {
      expect(roles(x, line)).toEqual(
        expect.arrayContaining(['Các Bộ, ngành thành viên Ủy ban Quốc gia REQUESTED', 'UBND các tỉnh, thành phố trực thuộc Trung ương REQUESTED']),
      );
    }
  });

  it('Lào Cai 7432/UBND-XD: "… tập trung thực hiện một số nhiệm vụ sau:" is no duty; the topic item "3. Tổ chức thực hiện" takes none', () => {
    const x = read('laocai_7432-UBND-XD_2026_trien-khai-giai-phap-PCCC.txt');
    expect(roles(x, 33)).toEqual([]);
    expect(roles(x, 65)).toEqual([]);
  });
});

describe('one body of several units; a national issuer governs no province', () => {
  it.each([
    ['UBND tỉnh Điện Biên, Nghệ An và Tây Ninh', ['UBND tỉnh Điện Biên', 'UBND tỉnh Nghệ An', 'UBND tỉnh Tây Ninh']],
    ['Ủy ban nhân dân các huyện: Hoa Lư, Nho Quan và Yên Mô', ['Ủy ban nhân dân huyện Hoa Lư', 'Ủy ban nhân dân huyện Nho Quan', 'Ủy ban nhân dân huyện Yên Mô']],
    ['UBND xã Đạ Huoai, Phường 2 Bảo Lộc', ['UBND xã Đạ Huoai', 'UBND Phường 2 Bảo Lộc']],
    ['Sở Văn hóa, Thể thao và Du lịch', ['Sở Văn hóa, Thể thao và Du lịch']],
  ])('%s', (text, names) => {
    expect(splitAgencyNames(text)).toEqual(names);
  });

  it('Bộ Công an 4214/BCA-C04 names three provinces; none of them becomes the jurisdiction of its bodies', () => {
    const x = read('bca_4214-BCA-C04_2025_trien-khai-CTMTQG-phong-chong-ma-tuy.txt');
    expect(x.agencies.filter((a) => / tỉnh Điện Biên$/u.test(a.name) && !/^UBND tỉnh/u.test(a.name))).toEqual([]);
    expect(roles(x, 148)).toEqual(expect.arrayContaining(['UBND tỉnh Điện Biên REQUESTED', 'UBND tỉnh Nghệ An REQUESTED', 'UBND tỉnh Tây Ninh REQUESTED']));
  });
});

describe('short names a document defines for bodies ("(gọi là …)")', () => {
  it('Bộ Công an 4214/BCA-C04: the lead-in hands items 1–3 and 9 to both defined groups; headings 5 and 6 name them', () => {
    const x = read('bca_4214-BCA-C04_2025_trien-khai-CTMTQG-phong-chong-ma-tuy.txt');
    for (const line of [34, 39, 45, 160]) {
      expect(roles(x, line)).toEqual(expect.arrayContaining(['Chủ dự án thành phần REQUESTED', 'Cơ quan chủ quản Chương trình REQUESTED']));
    }
    for (const line of [69, 74, 77, 81, 86, 94, 99]) expect(roles(x, line)).toContain('Chủ dự án thành phần RESPONSIBLE');
    for (const line of [112, 116, 120, 123]) expect(roles(x, line)).toContain('Cơ quan chủ quản Chương trình RESPONSIBLE');
    // the pointer-only lead-in (27–32), the parenthesised note (79–80) and the closing thanks (174) are no duties
    expect(roles(x, 28)).toEqual([]);
    expect(roles(x, 79).filter((r) => !r.startsWith('Chủ dự án thành phần'))).toEqual([]);
    expect(x.duties.some((d) => d.line === 79)).toBe(false);
    expect(roles(x, 174)).toEqual([]);
  });

  it('a definition that follows no body ("(gọi tắt là Chương trình)") defines no agency', async () => {
    const { findAliases } = await import('../../src/ingest/assignments.js');
    const { buildParagraphs } = await import('../../src/ingest/structure.js');
    const { sourceFromText } = await import('../fixtures/resp-source.js');
    const ps = buildParagraphs(sourceFromText('Quyết định phê duyệt Chương trình mục tiêu quốc gia phòng, chống ma tuý đến năm 2030 (gọi tắt là Chương trình).').lines);
    expect(findAliases(ps, { level: 'NATIONAL' } as never)).toEqual([]);
  });
});

describe('roles of requests inside a paragraph', () => {
  it('Sơn La 254/QĐ-UBND: "(Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp …)" and "(Giao Công an tỉnh tham mưu)"', () => {
    const x = read('sonla_254-QD-UBND_2023_ke-hoach-bao-ve-bi-mat-nha-nuoc.txt');
    expect(roles(x, 56)).toEqual(expect.arrayContaining(['Công an tỉnh Sơn La LEAD', 'Văn phòng UBND tỉnh Sơn La COORDINATE', 'Sở Tư pháp tỉnh Sơn La COORDINATE']));
    expect(roles(x, 60)).toContain('Công an tỉnh Sơn La ADVISE');
  });

  it('TP. Hồ Chí Minh 3210/QĐ-UBND: "Trên cơ sở đề nghị của UBND quận, huyện, Sở Xây dựng chủ trì, phối hợp với …"', () => {
    const x = read('hochiminh_3210-QD-UBND_2014_ke-hoach-ho-tro-nha-o-nguoi-co-cong.txt');
    expect(roles(x, 91)).toEqual(expect.arrayContaining(['Sở Xây dựng thành phố Hồ Chí Minh LEAD', 'Sở Tài chính thành phố Hồ Chí Minh COORDINATE']));
  });
});

describe('partners named after "phối hợp giữa"', () => {
  it('Lào Cai 5973/UBND-KT line 55: "Tăng cường phối hợp giữa các cơ quan: Sở …, Thanh tra tỉnh, Công an tỉnh và chính quyền địa phương"', () => {
    const x = read('laocai_5973-UBND-KT_2026_thanh-tra-kiem-tra-khoang-san.txt');
    const r = roles(x, 55);
    for (const a of ['Sở Nông nghiệp và Môi trường', 'Sở Công Thương', 'Sở Xây dựng', 'Sở Tài chính', 'Thanh tra tỉnh', 'Công an tỉnh']) {
      expect(r).toContain(`${a} tỉnh Lào Cai COORDINATE`.replace('tỉnh tỉnh', 'tỉnh'));
    }
  });
});
