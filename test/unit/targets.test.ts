import { describe, expect, it } from 'vitest';
import { extractResponsibilities, type Responsibilities } from '../../src/ingest/responsibilities.js';
import { defaultPeriodOf, extractTargets, metricAfter } from '../../src/ingest/targets.js';
import { bodyParagraphs, buildStructure } from '../../src/ingest/structure.js';
import type { Target } from '../../src/ingest/model.js';
import { loadFixture, loadSeed, sourceFromText, SEEDS, type FixtureName, type SeedName } from '../fixtures/resp-source.js';

const seed = (n: SeedName): Responsibilities => {
  const { src, ctx, header } = loadSeed(n);
  return extractResponsibilities(src, ctx, header);
};
const fixture = (n: FixtureName): Responsibilities => {
  const { src, ctx, header } = loadFixture(n);
  return extractResponsibilities(src, ctx, header);
};
const brief = (t: Target) => [t.line, t.comparator, t.value, t.unit, t.period];

function targetsOf(text: string, period: string | null = null): Target[] {
  const st = buildStructure(sourceFromText(text));
  return extractTargets(bodyParagraphs(st).map((p) => ({ para: p, dutyKey: null })), SEEDS.tayNinh.ctx, period);
}

describe('seeds', () => {
  it('Tây Ninh: ≥90% yearly, ≥10 units a year, ≥1 model, 100% of staff', () => {
    const T = seed('tayNinh').targets;
    expect(T.map(brief)).toEqual([
      [21, 'AT_LEAST', 90, 'PERCENT', 'hàng năm'],
      [29, 'AT_LEAST', 10, 'COUNT', 'hàng năm'],
      [49, 'AT_LEAST', 1, 'COUNT', '2020-2025'],
      [57, 'EXACTLY', 100, 'PERCENT', '2020-2025'],
    ]);
    expect(T[0]!.metric).toBe('cơ quan, doanh nghiệp, nhà trường đạt tiêu chuẩn "An toàn về an ninh, trật tự"');
    expect(T[0]!.dutyKey).toBeNull();
    expect(T[1]!.metric).toBe('đơn vị được kiểm tra, đánh giá');
    expect(T[1]!.dutyKey).toBe('ubnd-tinh-tay-ninh/kh-tiep-tuc-day-manh/2020#L29');
    expect(T[2]!.metric).toMatch(/^mô hình "tự phòng, tự quản, tự bảo vệ về an ninh, trật tự"/);
    expect(T[3]!.metric).toMatch(/^cán bộ, công chức, viên chức, .*người lao động nắm vững/);
    expect(T[0]!.key).toBe('ubnd-tinh-tay-ninh/kh-tiep-tuc-day-manh/2020#target-L21-0');
  });

  it('Đông Triều: "kéo giảm ít nhất 07%" and "100% các hộ dân"', () => {
    const T = seed('dongTrieu').targets;
    expect(T.map(brief)).toEqual([
      [26, 'EXACTLY', 100, 'PERCENT', '2023'],
      [28, 'EXACTLY', 100, 'PERCENT', '2023'],
      [32, 'REDUCE_BY_AT_LEAST', 7, 'PERCENT', '2023'],
    ]);
    expect(T[1]!.metric).toMatch(/^các hộ dân trên địa bàn được phổ biến/);
    expect(T[2]!.metric).toBe('tội phạm về trật tự xã hội');
    expect(T[0]!.metric).toMatch(/khiếu kiện đông người vượt cấp ở địa bàn xây dựng mô hình an ninh cơ sở/);
  });

  it('Bắc Ninh: the objective stated once (the copy is ignored), with its horizon', () => {
    const T = seed('bacNinh').targets;
    expect(T.map(brief)).toEqual([[20, 'EXACTLY', 100, 'PERCENT', 'đến hết năm 2026']]);
    expect(T[0]!.metric).toBe('lực lượng trực tiếp ứng phó được huấn luyện');
  });

  it('Bỉm Sơn and Vĩnh Thủy have no numeric targets', () => {
    expect(seed('bimSon').targets).toEqual([]);
    expect(seed('vinhThuy').targets).toEqual([]);
  });
});

describe('other layouts', () => {
  it('district: reduction, full coverage, a count per school year', () => {
    const T = fixture('district').targets;
    expect(T.map(brief)).toEqual([
      [15, 'REDUCE_BY_AT_LEAST', 5, 'PERCENT', '2019'],
      [16, 'EXACTLY', 100, 'PERCENT', '2019'],
      [36, 'AT_LEAST', 2, 'COUNT', 'hàng năm'],
    ]);
    expect(T[0]!.metric).toBe('số vụ phạm pháp hình sự');
    expect(T[1]!.metric).toBe('xã, thị trấn xây dựng kế hoạch thực hiện');
    expect(T[2]!.metric).toMatch(/^buổi ngoại khóa về phòng, chống ma túy/);
    expect(T[2]!.dutyKey).toBe('ubnd-huyen-lacj-duwowng.lam-dong/45-kh-ubnd/2019#L36');
  });

  it('province: a horizon period and a yearly count in one sentence', () => {
    const T = fixture('province').targets;
    expect(T.map(brief)).toEqual([
      [15, 'EXACTLY', 100, 'PERCENT', 'đến năm 2025'],
      [15, 'AT_LEAST', 5, 'COUNT', 'hàng năm'],
    ]);
    expect(T.map((t) => t.key.split('#')[1])).toEqual(['target-L15-0', 'target-L15-1']);
    expect(T[1]!.metric).toBe('mô hình tự quản được nhân rộng');
  });
});

describe('thresholds', () => {
  it.each([
    ['Phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 95%.', 'AT_LEAST', 95],
    ['Tỷ lệ tái phạm không quá 5% số người chấp hành xong án phạt.', 'AT_MOST', 5],
    ['Giảm ít nhất 10% số vụ tai nạn giao thông.', 'REDUCE_BY_AT_LEAST', 10],
    ['Bảo đảm 100% cán bộ được tập huấn.', 'EXACTLY', 100],
    ['Mỗi xã xây dựng từ 02 mô hình trở lên.', 'AT_LEAST', 2],
    ['Tổ chức không quá 3 đợt kiểm tra mỗi năm.', 'AT_MOST', 3],
  ])('%s', (text, comparator, value) => {
    const T = targetsOf(text);
    expect(T).toHaveLength(1);
    expect(T[0]).toMatchObject({ comparator, value });
  });

  it.each([
    'Số vụ phạm pháp hình sự tăng 15% so với cùng kỳ.',
    'Việt Nam là nơi tập trung 1/3 lưu lượng vận tải đường biển quốc tế.',
    'Trên cơ sở sơ kết 05 năm triển khai thực hiện Chỉ thị.',
    'Chiếm 30% tổng số vụ.',
  ])('no target in: %s', (text) => {
    expect(targetsOf(text)).toEqual([]);
  });

  it('metric phrases stay short and keep quoted names whole', () => {
    expect(metricAfter(' các hộ dân trên địa bàn được phổ biến, tuyên truyền về các nội dung nói trên')).toBe('các hộ dân trên địa bàn được phổ biến');
    expect(metricAfter(' tội phạm về trật tự xã hội so với năm trước')).toBe('tội phạm về trật tự xã hội');
    expect(metricAfter(' trở lên cơ quan đạt tiêu chuẩn "An toàn về an ninh, trật tự" theo Thông tư 23')).toBe('cơ quan đạt tiêu chuẩn "An toàn về an ninh, trật tự"');
  });

  it('default period of a one-year or multi-year plan', () => {
    expect(defaultPeriodOf('Xây dựng mô hình An ninh cơ sở năm 2023')).toBe('2023');
    expect(defaultPeriodOf('… trong tình hình mới" giai đoạn 2020 - 2025')).toBe('2020-2025');
    expect(defaultPeriodOf('Phòng, chống khủng bố trên địa bàn thị xã Bỉm Sơn')).toBeNull();
    expect(targetsOf('Bảo đảm 100% cán bộ được tập huấn.', '2023')[0]!.period).toBe('2023');
  });
});
