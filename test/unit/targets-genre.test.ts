/**
 * Target phrases of the genre beyond the threshold words, each with what a reader records
 * ([line, comparator, value, unit]); the examples are the rules' tests.
 */
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/ingest/targets.js';
import { bodyParagraphs, buildStructure } from '../../src/ingest/structure.js';
import { SEEDS, sourceFromText } from '../fixtures/resp-source.js';

const read = (text: string) =>
  extractTargets(bodyParagraphs(buildStructure(sourceFromText(text))).map((p) => ({ para: p, dutyKey: null })), SEEDS.tayNinh.ctx, null).map((t) => [
    t.line,
    t.comparator,
    t.value,
    t.unit,
  ]);

describe('percentages', () => {
  it.each([
    ['- Tỷ lệ hộ dân được sử dụng điện đảm bảo chất lượng, an toàn đạt 99,86%.', [[1, 'EXACTLY', 99.86, 'PERCENT']]],
    ['Tỷ trọng ngành Công nghiệp trong GRDP đến năm 2030 đạt 33,59%.', [[1, 'EXACTLY', 33.59, 'PERCENT']]],
    ['- Tỷ lệ lấp đầy đạt 60-70%.', [[1, 'AT_LEAST', 60, 'PERCENT'], [1, 'AT_MOST', 70, 'PERCENT']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('a share that only describes the present state is not a target', () => {
    expect(read('Tỉnh hiện có 03/124 xã đạt tiêu chí (chiếm 2,4% tổng số xã).')).toEqual([]);
  });
});

describe('counts', () => {
  it('"ít nhất" governs both conjuncts: "ít nhất 22 đơn vị … và 59 đơn vị …"', () => {
    expect(read('Lâm Đồng phải xây dựng được ít nhất 22 đơn vị hành chính cấp xã không ma túy trong năm 2025 và 59 đơn vị hành chính cấp xã không ma túy vào năm 2030.')).toEqual([
      [1, 'AT_LEAST', 22, 'COUNT'],
      [1, 'AT_LEAST', 59, 'COUNT'],
    ]);
  });

  it('bare counts in a list of targets are EXACTLY; measures, estimates and compositions are not counts', () => {
    const text = [
      '2. Các chỉ tiêu cụ thể đến năm 2030',
      '- Hình thành mới 05 Khu công nghiệp, nâng tổng số lên 12 KCN.',
      '- Diện tích làm mới thêm tại các khu, cụm công nghiệp: trên 2.000 ha.',
      '- 01 Khu công nghiệp đạt tiêu chuẩn KCN sinh thái.',
      '- Tổng công suất bổ sung khoảng 2.989,5 MW (gồm 166 dự án thủy điện; 02 dự án điện sinh khối).',
    ].join('\n');
    expect(read(text)).toEqual([
      [2, 'EXACTLY', 5, 'COUNT'],
      [2, 'EXACTLY', 12, 'COUNT'],
      [4, 'EXACTLY', 1, 'COUNT'],
    ]);
  });

  it('bare counts outside a list of targets are quantities of work, not targets', () => {
    expect(read('Tập trung hoàn thiện và chuyển ngay 114 hồ sơ phê duyệt phương án bồi thường.')).toEqual([]);
  });
});
