import { describe, expect, it } from 'vitest';
import { bodyParagraphs, buildParagraphs, buildStructure, lineAt, markerOf, sectionKind } from '../../src/ingest/structure.js';
import { loadSeed, sourceFromFile, sourceFromText } from '../fixtures/resp-source.js';
import { join } from 'node:path';

const CORPUS = join(__dirname, '..', 'corpus', 'documents');

const paraAt = (s: ReturnType<typeof buildStructure>, line: number) => s.paragraphs.find((p) => p.line === line);

describe('markers', () => {
  it.each([
    ['III. PHÂN CÔNG TRÁCH NHIỆM', 'roman', 'III', 3],
    ['12. Đề nghị Ủy ban Mặt trận Tổ quốc', 'numbered', '12', 12],
    ['1.2. Công an huyện', 'numbered', '1.2', 2],
    ['a) Chủ trì xây dựng phương án', 'letter', 'a', 1],
    ['- Là lực lượng chủ trì', 'bullet', '-', null],
    ['+ Chủ trì kiểm tra', 'bullet', '+', null],
    ['¹ Nghị quyết số 28-NQ/TW', 'footnote', '¹', null],
    ['KẾ HOẠCH', 'caps', null, null],
    ['Tăng cường các biện pháp tuyên truyền', 'plain', null, null],
    ['46/2014/TT-BCA của Bộ Công an', 'plain', null, null],
    // OCR of a "5." marker (Lâm Đồng 493/TB-UBND)
    ['§. Giao Sở Nội vụ:', 'numbered', '§', null],
  ])('%s', (t, kind, marker, number) => {
    expect(markerOf(t)).toMatchObject({ kind, marker, number });
  });

  it('classifies section titles', () => {
    expect(sectionKind('III. PHÂN CÔNG TRÁCH NHIỆM')).toBe('ASSIGNMENT');
    expect(sectionKind('III. PHÂN CÔNG NHIỆM VỤ')).toBe('ASSIGNMENT');
    expect(sectionKind('IV. TỔ CHỨC THỰC HIỆN')).toBe('IMPLEMENTATION');
    expect(sectionKind('II. NHIỆM VỤ TRỌNG TÂM')).toBe('CONTENT');
    expect(sectionKind('II. NỘI DUNG BIỆN PHÁP TRỌNG TÂM')).toBe('CONTENT');
    expect(sectionKind('I. MỤC ĐÍCH, YÊU CẦU')).toBe('PURPOSE');
  });
});

describe('paragraphs', () => {
  it('rejoins sentences split by page-break blank lines', () => {
    const s = buildStructure(loadSeed('bimSon').src);
    expect(paraAt(s, 42)).toMatchObject({ line: 42, lineEnd: 44, kind: 'bullet' });
    expect(paraAt(s, 42)!.text).toContain('bảo vệ tuyệt đối an toàn cho các đồng chí lãnh đạo Đảng');
    expect(paraAt(s, 70)).toMatchObject({ lineEnd: 72 });
    expect(paraAt(s, 70)!.text).toContain('liên quan thực hiện phòng, chống khủng bố');
    expect(paraAt(s, 122)).toMatchObject({ lineEnd: 124 });
    expect(paraAt(s, 44)).toBeUndefined();
    expect(lineAt(paraAt(s, 70)!, paraAt(s, 70)!.text.indexOf('hiện phòng'))).toBe(72);
  });

  it('rejoins a sentence around a footnote spliced into the text', () => {
    const s = buildStructure(loadSeed('tayNinh').src);
    const p = paraAt(s, 43)!;
    expect(p).toMatchObject({ lineEnd: 47, kind: 'bullet' });
    expect(p.text).toContain('công nhân, người lao động nâng cao ý thức chấp hành pháp luật');
    expect(paraAt(s, 27)!.kind).toBe('footnote');
    expect(paraAt(s, 45)!.kind).toBe('footnote');
    expect(bodyParagraphs(s).some((q) => q.line === 45 || q.line === 27)).toBe(false);
  });

  it('joins wrapped lines and keeps one paragraph per line in run-on layouts', () => {
    const s = buildStructure(loadSeed('tayNinh').src);
    expect(paraAt(s, 7)).toMatchObject({ lineEnd: 11 });
    const bn = buildStructure(loadSeed('bacNinh').src);
    expect(paraAt(bn, 28)).toMatchObject({ lineEnd: 28 });
    expect(paraAt(bn, 29)).toMatchObject({ lineEnd: 29 });
    expect(paraAt(bn, 78)).toMatchObject({ kind: 'numbered', number: 5, body: 'Sở Nông nghiệp và Môi trường' });
  });

  it('does not join across list markers or after a full stop', () => {
    const ps = buildParagraphs(
      sourceFromText(['1. Công an huyện', '- Chủ trì tuyên truyền', 'cho Nhân dân.', '', 'tiếp theo sau dấu chấm', '+ Phối hợp'].join('\n')).lines,
    );
    expect(ps.map((p) => [p.line, p.lineEnd, p.kind])).toEqual([
      [1, 1, 'numbered'],
      [2, 3, 'bullet'],
      [5, 5, 'plain'],
      [6, 6, 'bullet'],
    ]);
  });
});

describe('hard-wrapped PDF text (pdftotext, OCR): a sentence broken before a name or a number', () => {
  const paras = (file: string) => buildParagraphs(sourceFromFile(join(CORPUS, file)).lines);
  const at = (ps: ReturnType<typeof buildParagraphs>, line: number) => ps.find((p) => p.line <= line && line <= p.lineEnd)!;

  it('joins a line starting with a capital or a digit to the full, unfinished line before it', () => {
    const ps = paras('laocai_193-UBND-KT_2026_quan-ly-VLNCN-tien-chat-thuoc-no.txt');
    // "… theo quy định hiện hành và QCVN" / "01:2019/BCT của Bộ Công Thương."
    expect(at(ps, 50)).toMatchObject({ line: 46, lineEnd: 50, kind: 'letter' });
    // "… trong hoạt động VLNCN, TCTN do Sở" / "Công Thương hoặc Công an tỉnh chủ trì."
    expect(at(ps, 84)).toMatchObject({ line: 80, lineEnd: 84, kind: 'letter' });
    // a bullet split by a page break ("\f3" page number between blank lines) is one paragraph
    expect(at(ps, 99)).toMatchObject({ line: 94, lineEnd: 100 });
    // the page number is no paragraph, and a heading ("4. Bộ Chỉ huy Quân sự tỉnh/…") stays one
    expect(ps.some((p) => p.text === '2' || p.text === '3')).toBe(false);
    expect(at(ps, 85)).toMatchObject({ line: 85, lineEnd: 85, kind: 'numbered' });
  });

  it('rejoins "… của Thủ tướng" / "Chính phủ …" in a basis (Ninh Bình 807/QĐ-UBND)', () => {
    const ps = paras('ninhbinh_807-QD-UBND_2024_ke-hoach-lap-chuong-trinh-phat-trien-do-thi.txt');
    expect(at(ps, 29).line).toBe(28);
    expect(at(ps, 37).line).toBe(36);
  });

  it('a footnote at the foot of a PDF page runs to the page break; the sentence it cut goes on after it (Lào Cai 5973/UBND-KT)', () => {
    const ps = paras('laocai_5973-UBND-KT_2026_thanh-tra-kiem-tra-khoang-san.txt');
    expect(ps.find((p) => p.line === 38)).toMatchObject({ lineEnd: 48, kind: 'footnote' });
    // "… đặc biệt là: (i) Khai thác khoáng sản" (36) / footnote / page 2 / "trái phép; (ii) …" (51)
    expect(at(ps, 51)).toMatchObject({ line: 34, kind: 'bullet' });
  });

  it('a list of bodies ending with a comma goes on across a blank line (Hướng dẫn liên ngành 24/HDLN, line 93)', () => {
    const ps = paras('lienbo-bca_24-HDLN_2026_xu-ly-vi-pham-N2O.txt');
    expect(at(ps, 95).line).toBe(93);
    expect(at(ps, 93).text).toContain('Bộ Tài chính, Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao có trách nhiệm');
  });

  it('does not join lines of a text whose lines are paragraphs (Word conversion)', () => {
    const s = sourceFromText(
      ['Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh về công tác bảo đảm an ninh, trật tự trên địa bàn tỉnh', 'Công an tỉnh chủ trì, phối hợp với Sở Nội vụ triển khai thực hiện.'].join('\n'),
    );
    expect(buildParagraphs(s.lines)).toHaveLength(2);
  });

  it('a "Nơi nhận" block or a blank line ends an unfinished OCR line (Bộ Công an 4214/BCA-C04)', () => {
    const ps = paras('bca_4214-BCA-C04_2025_trien-khai-CTMTQG-phong-chong-ma-tuy.txt');
    expect(at(ps, 177).line).toBe(177);
  });
});

describe('sections, signature and "Nơi nhận"', () => {
  it('finds the section tree of a classic plan', () => {
    const { src, header } = loadSeed('bimSon');
    const s = buildStructure(src, header);
    expect(s.sections.map((x) => [x.line, x.kind])).toEqual([
      [8, 'PURPOSE'],
      [20, 'CONTENT'],
      [48, 'ASSIGNMENT'],
      [138, 'IMPLEMENTATION'],
    ]);
    expect(s.sections[2]!.title).toBe('III. PHÂN CÔNG TRÁCH NHIỆM');
    expect(s.sectionOf[paraAt(s, 54)!.index]).toBe(2);
    expect(s.signatureLine).toBe(169);
    expect(s.recipientLines.map((l) => l.n)).toEqual([158, 160, 161, 162, 163, 164, 165, 166]);
    expect(paraAt(s, 156)!.index).toBeLessThan(s.bodyEnd);
    expect(paraAt(s, 158)!.index).toBe(s.bodyEnd);
  });

  it('finds the end of the body when the signature comes without "Nơi nhận"', () => {
    const { src, header } = loadSeed('bacNinh');
    const s = buildStructure(src, header);
    expect(s.signatureLine).toBe(99);
    expect(s.recipientLines).toEqual([]);
    expect(bodyParagraphs(s).at(-1)!.line).toBe(97);
    expect(s.sections).toEqual([]); // the web mirror lost the roman headings
  });

  it('reads sections of the commune draft and of the town plan', () => {
    const vt = buildStructure(loadSeed('vinhThuy').src, loadSeed('vinhThuy').header);
    expect(vt.sections.map((x) => x.kind)).toEqual(['PURPOSE', 'CONTENT', 'IMPLEMENTATION']);
    expect(vt.signatureLine).toBe(100);
    const dt = buildStructure(loadSeed('dongTrieu').src, loadSeed('dongTrieu').header);
    expect(dt.sections.map((x) => x.kind)).toEqual(['PURPOSE', 'CONTENT', 'ASSIGNMENT', 'IMPLEMENTATION']);
    expect(dt.recipientLines).toHaveLength(11);
  });
});

describe('duplicated blocks', () => {
  it('marks the repeated block of the web mirror once, with its line range', () => {
    const { src, header } = loadSeed('bacNinh');
    const s = buildStructure(src, header);
    expect(s.duplicates).toEqual([{ line: 38, lineEnd: 66, ofLine: 9, ofLineEnd: 37, paragraphs: 29 }]);
    expect(s.issues).toHaveLength(1);
    expect(s.issues[0]).toMatchObject({ code: 'DUPLICATE_BLOCK', severity: 'WARNING', line: 38 });
    expect(s.issues[0]!.message).toContain('38-66');
    expect(s.issues[0]!.message).toContain('9-37');
    const body = bodyParagraphs(s);
    expect(body.some((p) => p.line >= 38 && p.line <= 66)).toBe(false);
    expect(body.some((p) => p.line === 20)).toBe(true);
    expect(body.some((p) => p.line === 67)).toBe(true);
  });

  it('does not flag short repeats or seeds without copies', () => {
    const text = ['- Lưu VT.', '- Thực hiện.', 'Đoạn giữa.', '- Lưu VT.', '- Thực hiện.'].join('\n');
    expect(buildStructure(sourceFromText(text)).duplicates).toEqual([]);
    for (const name of ['bimSon', 'vinhThuy', 'tayNinh', 'dongTrieu'] as const) {
      expect(buildStructure(loadSeed(name).src).duplicates).toEqual([]);
    }
  });

  // speed and linearity are measured by bench/parse.bench.ts, not asserted here
  it('finds every repeat in a long document with many of them', () => {
    const { src } = loadSeed('bacNinh');
    const raw = src.lines.map((l) => l.raw).join('\n');
    const big = sourceFromText(Array.from({ length: 60 }, (_, i) => raw.replace(/\d+/g, (d) => `${d}${i}`)).join('\n'));
    const s = buildStructure(big);
    expect(s.duplicates.length).toBeGreaterThanOrEqual(60);
  });
});

describe('a decision that issues a plan "kèm theo" (conventions v2: one document)', () => {
  const text = [
    'ỦY BAN NHÂN DÂN TỈNH SƠN LA',
    'QUYẾT ĐỊNH',
    'Ban hành Kế hoạch thực hiện công tác bảo vệ bí mật nhà nước năm 2023',
    'QUYẾT ĐỊNH:',
    'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện công tác bảo vệ bí mật nhà nước năm 2023.',
    'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
    'Nơi nhận:',
    '- Bộ Công an (để b/c);',
    '- Lưu: VT.',
    'CHỦ TỊCH',
    'KẾ HOẠCH',
    'THỰC HIỆN CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023 (Kèm theo Quyết định số 254/QĐ-UBND ngày 17/02/2023)',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Nâng cao nhận thức về bảo vệ bí mật nhà nước.',
    'II. PHÂN CÔNG NHIỆM VỤ',
    '1. Công an tỉnh',
    '- Chủ trì, phối hợp với Văn phòng UBND tỉnh tham mưu ban hành Quy chế.',
  ].join('\n');

  it('reads the attached plan\'s sections as the body and leaves the decision\'s closing block out', () => {
    const s = buildStructure(sourceFromText(text), { bodyStartLine: 4 });
    const lines = bodyParagraphs(s).map((p) => p.line);
    expect(lines).toContain(5); // Điều 1
    expect(lines).toEqual(expect.arrayContaining([13, 15, 16, 17])); // the plan's sections and duties
    expect(lines.some((n) => n >= 7 && n <= 10)).toBe(false); // Nơi nhận, signature of the decision
    expect(s.sections.map((x) => [x.line, x.kind])).toEqual([[13, 'PURPOSE'], [15, 'ASSIGNMENT']]);
    expect(s.recipientLines.map((l) => l.n)).toEqual([7, 8, 9]); // the decision's distribution list
  });

  it('a plan after a signature that is not attached to the decision is not read as its body', () => {
    const other = text.replace('Ban hành kèm theo Quyết định này', 'Phê duyệt').replace('(Kèm theo Quyết định số 254/QĐ-UBND ngày 17/02/2023)', '');
    const s = buildStructure(sourceFromText(other), { bodyStartLine: 4 });
    expect(bodyParagraphs(s).some((p) => p.line > 10)).toBe(false);
  });
});
