import { describe, expect, it } from 'vitest';
import { extractResponsibilities, type Responsibilities } from '../../src/ingest/responsibilities.js';
import { actionOf, findRecipient, sentences } from '../../src/ingest/deadlines.js';
import type { Deadline } from '../../src/ingest/model.js';
import { header, loadFixture, loadSeed, sourceFromText, SEEDS, type FixtureName, type SeedName } from '../fixtures/resp-source.js';

const seed = (n: SeedName): Responsibilities => {
  const { src, ctx, header: h } = loadSeed(n);
  return extractResponsibilities(src, ctx, h);
};
const fixture = (n: FixtureName): Responsibilities => {
  const { src, ctx, header: h } = loadFixture(n);
  return extractResponsibilities(src, ctx, h);
};
const brief = (d: Deadline) => ({
  line: d.line,
  kind: d.kind,
  date: d.date,
  recurrence: d.recurrence && { frequency: d.recurrence.frequency, month: d.recurrence.month, day: d.recurrence.day, monthOfPeriod: d.recurrence.monthOfPeriod },
  action: d.action,
});

describe('Bỉm Sơn: absolute, start and yearly deadlines', () => {
  const r = seed('bimSon');
  const D = r.deadlines;

  it('finds every dated obligation of "IV. TỔ CHỨC THỰC HIỆN"', () => {
    expect(D.map(brief)).toEqual([
      { line: 144, kind: 'ABSOLUTE', date: '2017-06-30', recurrence: null, action: 'ISSUE_PLAN' },
      { line: 148, kind: 'ABSOLUTE', date: '2017-11-20', recurrence: null, action: 'COMPLETE' },
      { line: 152, kind: 'ABSOLUTE', date: '2017-11-25', recurrence: null, action: 'REPORT' },
      { line: 152, kind: 'ABSOLUTE', date: '2017-12-05', recurrence: null, action: 'REPORT' },
      { line: 154, kind: 'START', date: '2017-12-15', recurrence: null, action: 'START' },
      { line: 154, kind: 'RECURRING', date: null, recurrence: { frequency: 'YEARLY', month: 11, day: 5, monthOfPeriod: null }, action: 'REPORT' },
      { line: 154, kind: 'RECURRING', date: null, recurrence: { frequency: 'YEARLY', month: 11, day: 15, monthOfPeriod: null }, action: 'REPORT' },
    ]);
  });

  it('ties the wards\' plans (30/6/2017) to their duty, the bodies and the recipient', () => {
    const d = D[0]!;
    expect(d.key).toBe('ubnd-thi-xa-bimr-sown.thanh-hoa/kh-phong-chong-khung-bo/2017#deadline-L144-0');
    expect(d.dutyKey).toBe('ubnd-thi-xa-bimr-sown.thanh-hoa/kh-phong-chong-khung-bo/2017#L144');
    expect(d.agencyKeys).toEqual(['cac-ban-nganh-co-quan-don-vi-phuong-xa-thi-xa-bimr-sown.thanh-hoa']);
    expect(d.recipient).toBe('UBND thị xã (qua Văn phòng HĐND&UBND Thị xã và Công an thị xã)');
    expect(d.recipientKeys).toEqual(['ubnd-thi-xa-bimr-sown.thanh-hoa', 'van-phong-hdnd-ubnd-thi-xa-bimr-sown.thanh-hoa', 'cong-an-thi-xa-bimr-sown.thanh-hoa']);
    expect(d.text).toContain('trước ngày 30/6/2017');
  });

  it('reads the yearly chain: the bodies report by 05/11, the town compiles by 15/11', () => {
    const y1 = D[5]!;
    const y2 = D[6]!;
    expect(y1.recurrence!.from).toBe('2017-12-15');
    expect(y1.agencyKeys).toEqual(['cac-ban-nganh-co-quan-don-vi-phuong-xa-thi-xa-bimr-sown.thanh-hoa']);
    expect(y1.recipientKeys[0]).toBe('ubnd-thi-xa-bimr-sown.thanh-hoa');
    expect(y2.agencyKeys).toEqual(['ubnd-thi-xa-bimr-sown.thanh-hoa']);
    expect(y2.recipientKeys).toEqual(['thuong-truc-thi-uy-bimr-sown.thanh-hoa', 'ubnd-tinh-thanh-hoa', 'bcd-phong-chong-khung-bo-tinh-thanh-hoa']);
    expect(D[3]!.agencyKeys).toEqual(['ubnd-thi-xa-bimr-sown.thanh-hoa']); // "để tập hợp báo cáo … trước ngày 05/12/2017"
    expect(D[1]!.agencyKeys).toEqual(['cong-an-thi-xa-bimr-sown.thanh-hoa']);
    expect(D[4]!.recipient).toBeNull();
  });
});

describe('Tây Ninh: "Định kỳ 6 tháng, 1 năm" gives two deadlines', () => {
  const D = seed('tayNinh').deadlines;
  it('reports half-yearly and yearly to Bộ Công an (via its department)', () => {
    const l79 = D.filter((d) => d.line === 79);
    expect(l79.map((d) => d.recurrence!.frequency)).toEqual(['HALF_YEARLY', 'YEARLY']);
    for (const d of l79) {
      expect(d).toMatchObject({ kind: 'RECURRING', action: 'REPORT', agencyKeys: ['cong-an-tinh-tay-ninh'] });
      expect(d.recipient).toBe('Bộ Công an (qua Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc)');
      expect(d.recipientKeys).toEqual(['bo-cong-an', 'cuc-xay-dung-phong-trao-bao-ve-an-ninh-to-quoc']);
    }
  });
  it('reads yearly actions inside duties, not yearly adjectives', () => {
    expect(D.every((d) => d.kind === 'RECURRING')).toBe(true);
    const yearly = D.filter((d) => d.recurrence!.frequency === 'YEARLY' && d.line !== 79).map((d) => d.line);
    expect(yearly).toEqual([29, 57, 59, 71]);
    expect(D.find((d) => d.line === 57)).toMatchObject({ action: 'SUBMIT', recipientKeys: ['ubnd-tinh-tay-ninh'] });
    expect(D.some((d) => d.line === 21)).toBe(false); // "Phấn đấu hàng năm có từ 90%" is a target
  });
});

describe('Đông Triều: quarterly and yearly', () => {
  const D = seed('dongTrieu').deadlines;
  it('QUARTERLY day 13 of the last month, to Ban Chỉ đạo 05/ĐT thị xã via Công an thị xã', () => {
    const q = D.find((d) => d.recurrence?.frequency === 'QUARTERLY')!;
    expect(brief(q)).toEqual({ line: 106, kind: 'RECURRING', date: null, recurrence: { frequency: 'QUARTERLY', month: null, day: 13, monthOfPeriod: 'LAST' }, action: 'REPORT' });
    expect(q.recipient).toBe('Ban Chỉ đạo 05/ĐT thị xã (qua Công an thị xã - Cơ quan Thường trực)');
    expect(q.recipientKeys).toEqual(['bcd-05-dt-thi-xa-ddoong-trieeuf.quang-ninh', 'cong-an-thi-xa-ddoong-trieeuf.quang-ninh']);
    expect(q.agencyKeys).toEqual(['cac-co-quan-don-vi-la-thanh-vien-bcd-05-dt-thi-xa-ddoong-trieeuf.quang-ninh', 'ubnd-cac-phuong-xa-thi-xa-ddoong-trieeuf.quang-ninh']);
    expect(q.dutyKey).toBe('ubnd-thi-xa-ddoong-trieeuf.quang-ninh/191-kh-ubnd/2023#L106');
  });
  it('yearly 15/10 and the monthly briefings', () => {
    expect(D.filter((d) => d.line === 108).map(brief)).toEqual([
      { line: 108, kind: 'RECURRING', date: null, recurrence: { frequency: 'YEARLY', month: 10, day: 15, monthOfPeriod: null }, action: 'SUBMIT' },
    ]);
    expect(D.find((d) => d.line === 101)).toMatchObject({ recurrence: { frequency: 'MONTHLY' }, agencyKeys: ['ubnd-cac-phuong-xa-thi-xa-ddoong-trieeuf.quang-ninh'] });
    expect(D).toHaveLength(3);
  });
});

describe('Bắc Ninh: horizons, not the cited strategy', () => {
  const D = seed('bacNinh').deadlines;
  it('reads the plan\'s own horizons once', () => {
    expect(D.map((d) => [d.line, d.kind, d.date])).toEqual([
      [19, 'HORIZON', '2030-12-31'],
      [20, 'HORIZON', '2026-12-31'],
      [21, 'HORIZON', '2045-12-31'],
    ]);
  });
});

describe('Vĩnh Thủy: "định kỳ, đột xuất" without a period is not a deadline', () => {
  it('has none', () => {
    expect(seed('vinhThuy').deadlines).toEqual([]);
  });
});

describe('other layouts', () => {
  it('district: monthly day, absolute plan deadline, quarterly report', () => {
    const D = fixture('district').deadlines;
    expect(D.map(brief)).toEqual([
      { line: 30, kind: 'RECURRING', date: null, recurrence: { frequency: 'MONTHLY', month: null, day: 15, monthOfPeriod: null }, action: 'REPORT' },
      { line: 40, kind: 'ABSOLUTE', date: '2019-03-30', recurrence: null, action: 'ISSUE_PLAN' },
      { line: 41, kind: 'RECURRING', date: null, recurrence: { frequency: 'QUARTERLY', month: null, day: 20, monthOfPeriod: 'LAST' }, action: 'REPORT' },
    ]);
    expect(D[0]!.recipientKeys).toEqual(['ubnd-huyen-lacj-duwowng.lam-dong']);
    expect(D[0]!.agencyKeys).toEqual(['cong-an-huyen-lacj-duwowng.lam-dong']);
    expect(D[1]!.recipientKeys).toEqual(['ubnd-huyen-lacj-duwowng.lam-dong', 'cong-an-huyen-lacj-duwowng.lam-dong']);
    expect(D[1]!.agencyKeys).toEqual(['ubnd-cac-thi-tran-xa-huyen-lacj-duwowng.lam-dong']);
  });

  it('province: long dates, two dates for two periods, start dates; citations ignored', () => {
    const D = fixture('province').deadlines;
    expect(D.map(brief)).toEqual([
      { line: 15, kind: 'HORIZON', date: '2025-12-31', recurrence: null, action: 'OTHER' },
      { line: 19, kind: 'ABSOLUTE', date: '2019-09-05', recurrence: null, action: 'COMPLETE' },
      { line: 31, kind: 'ABSOLUTE', date: '2019-09-30', recurrence: null, action: 'ISSUE_PLAN' },
      { line: 33, kind: 'RECURRING', date: null, recurrence: { frequency: 'HALF_YEARLY', month: 6, day: 15, monthOfPeriod: null }, action: 'REPORT' },
      { line: 33, kind: 'RECURRING', date: null, recurrence: { frequency: 'YEARLY', month: 12, day: 15, monthOfPeriod: null }, action: 'REPORT' },
      { line: 35, kind: 'START', date: '2019-10-01', recurrence: null, action: 'START' },
    ]);
    expect(D[1]!.agencyKeys).toEqual(['cong-an-tinh-ha-nam']);
    expect(D[3]!.agencyKeys).toEqual(['cac-so-ban-nganh-tinh-ha-nam']);
    expect(D[3]!.recipientKeys).toEqual(['ubnd-tinh-ha-nam', 'cong-an-tinh-ha-nam']);
  });

  it('sub-items: deadlines bound to the lettered duties', () => {
    const D = fixture('subitems').deadlines;
    expect(D.map((d) => [d.line, d.kind, d.date, d.action, d.agencyKeys])).toEqual([
      [18, 'ABSOLUTE', '2024-01-20', 'COMPLETE', ['cong-an-thanh-pho-ddaf-latj.lam-dong']],
      [25, 'ABSOLUTE', '2024-01-15', 'ISSUE_PLAN', ['ubnd-cac-phuong-xa-thanh-pho-ddaf-latj.lam-dong']],
    ]);
    expect(D[1]!.recipientKeys).toEqual(['ubnd-thanh-pho-ddaf-latj.lam-dong', 'cong-an-thanh-pho-ddaf-latj.lam-dong']);
  });

  it('a day and month without a year takes the plan year, unless it recurs', () => {
    const ctx = SEEDS.bimSon.ctx;
    const text = ['III. TỔ CHỨC THỰC HIỆN', '1. Công an thị xã báo cáo UBND thị xã trước ngày 20/12.', '2. Công an thị xã báo cáo UBND thị xã trước ngày 20/12 hằng năm.'].join('\n');
    const r = extractResponsibilities(sourceFromText(text), ctx, header(ctx, 1));
    expect(r.deadlines.map(brief)).toEqual([
      { line: 2, kind: 'ABSOLUTE', date: '2017-12-20', recurrence: null, action: 'REPORT' },
      { line: 3, kind: 'RECURRING', date: null, recurrence: { frequency: 'YEARLY', month: 12, day: 20, monthOfPeriod: null }, action: 'REPORT' },
    ]);
  });

  it('ignores "thường xuyên" and dates of citations', () => {
    const ctx = SEEDS.bimSon.ctx;
    const text = ['III. TỔ CHỨC THỰC HIỆN', '1. Công an thị xã thường xuyên kiểm tra theo Kế hoạch số 93/KH-BCĐ ngày 01/6/2017 của UBND tỉnh.'].join('\n');
    expect(extractResponsibilities(sourceFromText(text), ctx, header(ctx, 1)).deadlines).toEqual([]);
  });
});

describe('helpers', () => {
  it('splits sentences, not list markers or abbreviations', () => {
    const t = '1. Căn cứ Kế hoạch, TT. Thị ủy chỉ đạo. Định kỳ hàng quý báo cáo.';
    expect(sentences(t).map(([a, b]) => t.slice(a, b))).toEqual(['1. Căn cứ Kế hoạch, TT. Thị ủy chỉ đạo.', 'Định kỳ hàng quý báo cáo.']);
  });

  it('names the action', () => {
    expect(actionOf('ABSOLUTE', 'xây dựng kế hoạch phòng, chống khủng bố gửi về UBND thị xã')).toBe('ISSUE_PLAN');
    expect(actionOf('RECURRING', 'báo cáo kết quả thực hiện về Bộ Công an')).toBe('REPORT');
    expect(actionOf('RECURRING', 'Thời gian đề nghị xét, công nhận mô hình')).toBe('SUBMIT');
    expect(actionOf('ABSOLUTE', 'xây dựng phương án phòng, chống khủng bố')).toBe('COMPLETE');
    expect(actionOf('START', 'anything')).toBe('START');
    expect(actionOf('RECURRING', 'tổ chức sơ, tổng kết')).toBe('OTHER');
  });

  it('finds the recipient and the bodies it goes through', () => {
    const r = findRecipient('báo cáo tình hình, kết quả thực hiện kế hoạch về UBND thị xã (qua Văn Phòng UBND thị xã và Công an thị xã) trước ngày', SEEDS.bimSon.ctx)!;
    expect(r.text).toBe('UBND thị xã (qua Văn Phòng UBND thị xã và Công an thị xã)');
    expect(r.agencies.map((a) => a.key)).toEqual(['ubnd-thi-xa-bimr-sown.thanh-hoa', 'van-phong-hdnd-ubnd-thi-xa-bimr-sown.thanh-hoa', 'cong-an-thi-xa-bimr-sown.thanh-hoa']);
    expect(findRecipient('xây dựng kế hoạch về Phòng, chống khủng bố', SEEDS.bimSon.ctx)).toBeNull();
  });
});
