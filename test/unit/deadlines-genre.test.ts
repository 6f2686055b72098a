/**
 * Time phrases of the genre, each with what a reader finds in it (Duckling style: the examples are
 * the rules' tests). Phrases come from plans, letters and notices of provinces, departments and
 * ministries; the expected value is the deadline a careful reader records.
 */
import { describe, expect, it } from 'vitest';
import { extractDeadlines, weekdayOf } from '../../src/ingest/deadlines.js';
import { bodyParagraphs, buildStructure } from '../../src/ingest/structure.js';
import type { Deadline } from '../../src/ingest/model.js';
import { context, sourceFromText, unit } from '../fixtures/resp-source.js';

const province = unit('tinh-lam-dong', 'tỉnh Lâm Đồng', 'PROVINCE', 'PROVINCE');

function read(text: string, year = 2026, issuedOn: string | null = null) {
  const ctx = context({ unit: province, province, issuer: 'UBND tỉnh Lâm Đồng', year, documentKey: 'ubnd-tinh-lam-dong/test/2026' });
  const st = buildStructure(sourceFromText(text));
  return extractDeadlines(bodyParagraphs(st), () => null, ctx, new Map(), { issuedOn });
}
const brief = (d: Deadline) =>
  d.kind === 'RECURRING'
    ? [d.line, d.kind, d.recurrence!.frequency, ...(d.recurrence!.interval ? [`every ${d.recurrence!.interval}`] : []), ...(d.recurrence!.weekday ? [`weekday ${d.recurrence!.weekday}`] : [])]
    : [d.line, d.kind, d.date];
const one = (text: string, year?: number, issuedOn?: string | null) => read(text, year, issuedOn).deadlines.map(brief);

describe('months: the last day of the month', () => {
  it.each([
    ['- Thời gian hoàn thành: Trong tháng 8/2025.', 2025, [[1, 'ABSOLUTE', '2025-08-31']]],
    ['Hoàn thành việc phê duyệt trong tháng 4/2026.', 2026, [[1, 'ABSOLUTE', '2026-04-30']]],
    ['Tổ chức kiểm đếm bắt buộc đối với các hộ còn lại, hoàn thành trong tháng 2/2028.', 2028, [[1, 'ABSOLUTE', '2028-02-29']]],
    ['Sở Xây dựng thực hiện xong trong tháng 6/2026; trường hợp cố tình vi phạm thì xử lý.', 2026, [[1, 'ABSOLUTE', '2026-06-30']]],
    ['Thực hiện trong tháng 11, tháng 12 năm 2025.', 2025, [[1, 'ABSOLUTE', '2025-12-31']]],
    ['3. Thời gian thực hiện: Tháng 11, 12/2013 và bổ sung, sửa đổi hàng năm.', 2013, [[1, 'ABSOLUTE', '2013-12-31'], [1, 'RECURRING', 'YEARLY']]],
    ['3. Thời gian thực hiện: Từ tháng 11/2013 trở đi.', 2013, [[1, 'START', '2013-11-01']]],
  ])('%s', (text, year, expected) => {
    expect(one(text, year)).toEqual(expected);
  });

  it.each([
    // narrative months: a plan of works, a qualifier, a forecast — no completion is due
    'Công tác chuẩn bị để triển khai một số hạng mục trong tháng 4/2026 tại các vị trí đã cam kết chưa đạt yêu cầu.',
    'Bảo đảm triển khai thi công các hạng mục theo kế hoạch trong tháng 4/2026 và các tháng tiếp theo.',
    'Xây dựng tiến độ thi công gửi các đơn vị để phối hợp trong quá trình triển khai thi công dự án, trong đó lưu ý các vị trí triển khai thi công trong tháng 4/2026.',
    'Dự kiến Thủ tướng Chính phủ phê duyệt vào đầu tháng 9/2025.',
  ])('not a deadline: %s', (text) => {
    expect(one(text)).toEqual([]);
  });
});

describe('quarters: the last day of the quarter', () => {
  it.each([
    ['- Tiếp tục tuần tra, xử lý dứt điểm việc khai thác cát bằng tàu cuốc xong trong quý II/2026.', 2026, [[1, 'ABSOLUTE', '2026-06-30']]],
    ['Chủ trì xây dựng Đề án, trình Thủ tướng Chính phủ trong quý 1/2019.', 2018, [[1, 'ABSOLUTE', '2019-03-31']]],
    ['(Nội dung d hoàn thành trong qwý IW/2025).', 2025, [[1, 'ABSOLUTE', '2025-12-31']]], // OCR of "quý IV"
    ['2. Tổ chức quán triệt, triển khai thực hiện Chỉ thị (Quý IV/2013, Quý I/2014 và thường xuyên).', 2013, [[1, 'ABSOLUTE', '2013-12-31'], [1, 'ABSOLUTE', '2014-03-31']]],
  ])('%s', (text, year, expected) => {
    expect(one(text, year)).toEqual(expected);
  });
});

describe('years', () => {
  it.each([
    ['Đề nghị UBND tỉnh cân đối ngân sách địa phương hỗ trợ bổ sung ngay trong năm 2026.', 2025, [[1, 'ABSOLUTE', '2026-12-31']]],
    ['1. Tập trung hoàn thành việc xây dựng, ban hành các văn bản hướng dẫn (trong năm 2013).', 2013, [[1, 'ABSOLUTE', '2013-12-31']]],
    ['4. Thành lập Ban Chỉ đạo cấp tỉnh (năm 2013 và kiện toàn thường xuyên hàng năm).', 2013, [[1, 'ABSOLUTE', '2013-12-31'], [1, 'RECURRING', 'YEARLY']]],
    ['- Năm 2019: Trình ban hành Pháp lệnh thay thế Pháp lệnh Ưu đãi người có công.', 2018, [[1, 'ABSOLUTE', '2019-12-31']]],
    ['c) Tổng kết giai đoạn 2013-2015 vào năm 2015; giai đoạn 2016-2020 vào năm 2020;', 2013, [[1, 'ABSOLUTE', '2015-12-31'], [1, 'ABSOLUTE', '2020-12-31']]],
    ['Lâm Đồng phải xây dựng được ít nhất 22 xã không ma túy trong năm 2025 và 59 xã không ma túy vào năm 2030.', 2025, [[1, 'ABSOLUTE', '2025-12-31'], [1, 'HORIZON', '2030-12-31']]],
    ['e) Đến năm 2020, phấn đấu đạt 100% gia đình có mức sống trung bình, năm 2018 đạt 99%, năm 2019 đạt 99,5%.', 2018, [[1, 'HORIZON', '2020-12-31'], [1, 'ABSOLUTE', '2018-12-31'], [1, 'ABSOLUTE', '2019-12-31']]],
    ['d) Hoàn thành việc hỗ trợ nhà ở cho các hộ gia đình người có công đến hết năm 2019.', 2018, [[1, 'HORIZON', '2019-12-31']]],
    ['3. Thời gian thực hiện: Từ năm 2013 đến năm 2020.', 2013, [[1, 'START', '2013-01-01'], [1, 'HORIZON', '2020-12-31']]],
    // a document cited by its number: its title would follow "về"/"phê duyệt"; the horizon is the task's
    ['d) Hoàn thành việc hỗ trợ nhà ở theo Quyết định số 22/2013/QĐ-TTg ngày 26 tháng 4 năm 2013 của Thủ tướng Chính phủ đến hết năm 2019.', 2018, [[1, 'HORIZON', '2019-12-31']]],
  ])('%s', (text, year, expected) => {
    expect(one(text, year)).toEqual(expected);
  });

  it.each([
    // the period reported on, a past year, a narrative frame, an open end, names of programmes
    ['Báo cáo kết quả thực hiện việc hỗ trợ trong năm 2014 về Bộ Xây dựng.', 2014],
    ['Đánh giá việc thực hiện chỉ tiêu 20% xã không ma túy trong năm 2025.', 2026],
    ['Trong năm 2025, tỉnh Lâm Đồng được bố trí 7,623 tỷ đồng để thực hiện Dự án.', 2025],
    ['Bố trí vốn trong kế hoạch và dự toán ngân sách của Thành phố trong năm 2014 và các năm tiếp theo.', 2014],
    ['Triển khai Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 bảo đảm hoàn thành các mục tiêu.', 2025],
    ['Căn cứ Quyết định số 334/QĐ-TTg phê duyệt “Chiến lược địa chất, khoáng sản đến năm 2030, tầm nhìn đến năm 2045;', 2026],
    ['Căn cứ yêu cầu công tác tìm kiếm hài cốt liệt sĩ từ nay đến năm 2020 và những năm tiếp theo, Ban Chỉ đạo xây dựng kế hoạch.', 2013],
  ])('not a deadline: %s', (text, year) => {
    expect(one(text, year)).toEqual([]);
  });
});

describe('dated phrases and relative spans', () => {
  it.each([
    ['Phấn đấu hoàn thành toàn bộ công việc trước 30/5/2026.', [[1, 'ABSOLUTE', '2026-05-30']]],
    ['Gửi về Bộ Công an (qua Văn phòng) #ước ngày 20/12/2025 để tổng hợp.', [[1, 'ABSOLUTE', '2025-12-20']]], // OCR lost "tr"
    ['2. Thời gian kiểm tra: Ngày 29 tháng 05 năm 2026 (thứ Sáu)', [[1, 'ABSOLUTE', '2026-05-29']]],
    ['Hoàn thành việc áp dụng các giải pháp chậm nhất đến ngày\n\n01 tháng 7 năm 2028 theo yêu cầu của Bộ Xây dựng.', [[3, 'ABSOLUTE', '2028-07-01']]],
  ])('%s', (text, expected) => {
    expect(one(text, 2025)).toEqual(expected);
  });

  it('"Trong thời hạn 09 tháng, kể từ ngày ban hành Quyết định này" counts from the issue date', () => {
    expect(one('9. Thời gian thực hiện: Trong thời hạn 09 tháng, kể từ ngày ban hành Quyết định này.', 2024, '2024-11-04')).toEqual([[1, 'ABSOLUTE', '2025-08-04']]);
    // no issue date (a draft): nothing is guessed
    expect(one('9. Thời gian thực hiện: Trong thời hạn 09 tháng, kể từ ngày ban hành Quyết định này.', 2024, null)).toEqual([]);
  });

  it('"Quyết định này có hiệu lực kể từ ngày ký" starts on the issue date', () => {
    expect(one('Điều 2. Quyết định này có hiệu lực kể từ ngày ký.', 2023, '2023-02-17')).toEqual([[1, 'START', '2023-02-17']]);
  });

  it.each([
    'Báo cáo thống kê số liệu tổng kết từ ngày 15/12/2024 đến ngày 14/12/2025.', // a data window
    'Đánh giá kết quả công tác (từ ngày 1/7 đến nay và giải pháp cho năm 2026).',
    'Từ ngày 01/7/2025, sau khi thành lập tỉnh mới, công tác cải cách hành chính tiếp tục được triển khai.',
    // a condition dated before the document's own year
    '1.2. Đang sinh sống và có đăng ký hộ khẩu thường trú trước ngày 15 tháng 6 năm 2013 tại nhà ở đó.',
    // a cited law's entry into force
    'Để thực hiện đồng bộ Luật Hóa chất số 69/2025/QH15 có hiệu lực từ ngày 01/01/2026, Sở hướng dẫn như sau.',
  ])('not a deadline: %s', (text) => {
    expect(one(text, 2025)).toEqual([]);
  });
});

describe('impossible dates are refused, never rolled over', () => {
  it.each([
    ['Báo cáo UBND tỉnh trước ngày 30/02/2026.', '30/02/2026'],
    ['Gửi hồ sơ trước ngày 31/4/2026.', '31/4/2026'],
    ['2. Thời gian kiểm tra: ngày 26 tháng 35 năm 2026.', '26 tháng 35 năm 2026'],
  ])('%s', (text, printed) => {
    const r = read(text);
    expect(r.deadlines).toEqual([]);
    expect(r.issues.map((f) => [f.code, f.line])).toEqual([['IMPOSSIBLE_DATE', 1]]);
    expect(r.issues[0]!.message).toContain(printed);
  });
});

describe('weekly and interval recurrences', () => {
  it.each([
    ['Gửi báo cáo về UBND tỉnh trước 11h00’ ngày thứ 5 hằng tuần để tổng hợp.', [[1, 'RECURRING', 'WEEKLY', 'weekday 4']]],
    ['c) Định kỳ hằng tuần (trước 16 giờ ngày thứ sáu), báo cáo lãnh đạo UBND tỉnh.', [[1, 'RECURRING', 'WEEKLY', 'weekday 5']]],
    ['Tổ chức theo dõi; định kỳ 02 tuần/lần tổng hợp, báo cáo UBND tỉnh (thông qua Sở Xây dựng).', [[1, 'RECURRING', 'WEEKLY', 'every 2']]],
    ['- Báo cáo tình hình và tiến độ thực hiện 3 tháng một lần về Bộ Xây dựng.', [[1, 'RECURRING', 'QUARTERLY']]],
    ['Hàng năm, các bộ, ngành và UBND các tỉnh báo cáo kết quả thực hiện về Bộ Lao động - Thương binh và Xã hội.', [[1, 'RECURRING', 'YEARLY']]],
    ['3. Thời gian thực hiện: 6 tháng, hằng năm và định kỳ.', [[1, 'RECURRING', 'HALF_YEARLY'], [1, 'RECURRING', 'YEARLY']]],
    ['Định kỳ 6 tháng, hàng năm, giữa nhiệm kỳ, Sở Công Thương tổ chức sơ kết, đánh giá kết quả thực hiện.', [[1, 'RECURRING', 'HALF_YEARLY'], [1, 'RECURRING', 'YEARLY']]],
  ])('%s', (text, expected) => {
    expect(one(text)).toEqual(expected);
  });

  it.each([
    ['thứ hai', 1],
    ['thứ 5', 4],
    ['thứ sáu', 5],
    ['thứ bảy', 6],
    ['chủ nhật', 7],
  ])('weekday of "%s" is ISO %i', (w, n) => {
    expect(weekdayOf(w)).toBe(n);
  });
});
