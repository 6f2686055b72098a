/**
 * Assignment tables (conventions v2): an appendix row "Nội dung | Cơ quan chủ trì | Cơ quan phối hợp
 * | Thời gian hoàn thành | Sản phẩm" is a duty with LEAD, COORDINATE and its deadline — as a web
 * mirror or a Word conversion prints it (pipes, wrapped cells, group rows) and as `pdftotext -layout`
 * prints it (columns aligned). The column orders are those of real plans of the genre (provincial and
 * commune plans, school plans: "TT | Nội dung | Thời gian thực hiện | Đơn vị chủ trì | Đơn vị phối hợp
 * | Ghi chú", "STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản
 * phẩm").
 */
import { describe, expect, it } from 'vitest';
import { extractResponsibilities } from '../../src/ingest/responsibilities.js';
import { columnRole, COLUMN_RULES, readTables } from '../../src/ingest/tables.js';
import { context, sourceFromText, unit } from '../fixtures/resp-source.js';

const laoCai = unit('tinh-lao-cai', 'tỉnh Lào Cai', 'PROVINCE', 'PROVINCE');
const CTX = context({ unit: laoCai, province: laoCai, issuer: 'UBND tỉnh Lào Cai', year: 2026, documentKey: 'ubnd-tinh-lao-cai/12-kh-ubnd/2026' });
const read = (text: string) => extractResponsibilities(sourceFromText(text), CTX, { bodyStartLine: 1, bodyEndLine: null });
const roles = (r: ReturnType<typeof read>, line: number) =>
  r.assignments.filter((a) => a.line === line).map((a) => `${a.agency} ${a.role}`).sort();

describe('column roles (COLUMN_RULES, each rule on its examples)', () => {
  for (const rule of COLUMN_RULES) it.each(rule.examples)(`${rule.role}: %s`, (h) => expect(columnRole(h)).toBe(rule.role));
});

describe('a pipe table (web mirror, Word conversion)', () => {
  const text = [
    'PHỤ LỤC',
    'PHÂN CÔNG NHIỆM VỤ',
    '| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm |',
    '|---|---|---|---|---|---|',
    '| I. Chỉ đạo, điều hành ||||||',
    '| 1 | Xây dựng kế hoạch kiểm tra an toàn phòng cháy, chữa cháy tại các chợ | Công an tỉnh | Sở Công Thương, UBND các xã, phường | Quý II/2026 | Kế hoạch |',
    '| 2 | Rà soát, thống kê các cơ sở kinh doanh | Sở Công Thương | Công an tỉnh; Sở Tài chính, | Trước ngày 30/6/2026 | Báo cáo |',
    '|  | vật liệu nổ công nghiệp trên địa bàn tỉnh |  | các cơ quan liên quan |  |  |',
    '| 3 | Tổ chức tập huấn nghiệp vụ cho lực lượng Công an xã | Công an tỉnh |  | 2026 | Hội nghị |',
    '',
    'Các nội dung khác thực hiện theo quy định.',
  ].join('\n');
  const r = read(text);

  it('reads each row as one duty: LEAD from the chủ trì column, COORDINATE from the phối hợp column', () => {
    expect(roles(r, 6)).toEqual(['Công an tỉnh Lào Cai LEAD', 'Sở Công Thương tỉnh Lào Cai COORDINATE', 'UBND các xã, phường tỉnh Lào Cai COORDINATE']);
    expect(roles(r, 7)).toEqual(['Công an tỉnh Lào Cai COORDINATE', 'Sở Công Thương tỉnh Lào Cai LEAD', 'Sở Tài chính tỉnh Lào Cai COORDINATE']);
    expect(roles(r, 9)).toEqual(['Công an tỉnh Lào Cai LEAD']);
  });

  it('a wrapped row (empty STT cell) continues the row before it; generic partners are no agencies', () => {
    const d = r.duties.find((x) => x.line === 7)!;
    expect(d).toMatchObject({ lineEnd: 8 });
    expect(d.text).toBe('Rà soát, thống kê các cơ sở kinh doanh vật liệu nổ công nghiệp trên địa bàn tỉnh');
  });

  it('the time cell is the deadline of the row\'s bodies; the group row and the header are no duties', () => {
    const dl = (line: number) => r.deadlines.filter((x) => x.line === line).map((x) => `${x.kind} ${x.date}`);
    expect(dl(6)).toEqual(['ABSOLUTE 2026-06-30']);
    expect(dl(7)).toEqual(['ABSOLUTE 2026-06-30']);
    expect(dl(9)).toEqual(['ABSOLUTE 2026-12-31']);
    expect(r.duties.map((d) => d.line)).toEqual([6, 7, 9]);
    expect(r.assignments.every((a) => a.rule?.startsWith('table.'))).toBe(true);
  });
});

describe('a column-aligned table (pdftotext -layout)', () => {
  const text = [
    'PHỤ LỤC NHIỆM VỤ',
    'TT   Nội dung                               Thời gian thực hiện   Đơn vị chủ trì        Đơn vị phối hợp',
    '1    Kiểm tra việc chấp hành quy định về    Tháng 9/2026          Sở Công Thương        Công an tỉnh',
    '     bảo quản vật liệu nổ công nghiệp',
    '2    Tuyên truyền pháp luật về quản lý      Quý IV/2026           Sở Tư pháp            Sở Công Thương,',
    '     vật liệu nổ cho doanh nghiệp                                                       Công an tỉnh',
    '',
    'Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh.',
  ].join('\n');
  const r = read(text);

  it('reads rows under the header\'s columns, wrapped cells included', () => {
    expect(readTables(sourceFromText(text).lines).rows.size).toBe(2);
    expect(roles(r, 3)).toEqual(['Công an tỉnh Lào Cai COORDINATE', 'Sở Công Thương tỉnh Lào Cai LEAD']);
    expect(roles(r, 5)).toEqual(['Công an tỉnh Lào Cai COORDINATE', 'Sở Công Thương tỉnh Lào Cai COORDINATE', 'Sở Tư pháp tỉnh Lào Cai LEAD']);
    expect(r.duties.find((d) => d.line === 3)!.text).toBe('Kiểm tra việc chấp hành quy định về bảo quản vật liệu nổ công nghiệp');
    const dl = (line: number) => r.deadlines.filter((x) => x.line === line).map((x) => `${x.kind} ${x.date}`);
    expect(dl(3)).toEqual(['ABSOLUTE 2026-09-30']);
    expect(dl(5)).toEqual(['ABSOLUTE 2026-12-31']);
  });
});

describe('a column-aligned table whose header cells wrap over two lines', () => {
  const text = [
    'PHỤ LỤC',
    'STT  Nội dung công việc                  Cơ quan           Cơ quan           Thời gian',
    '                                         chủ trì           phối hợp          hoàn thành',
    '1    Rà soát các kho vật liệu nổ công     Sở Công Thương    Công an tỉnh      Tháng 10/2026',
    '     nghiệp trên địa bàn tỉnh',
    '',
    'Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh.',
  ].join('\n');

  it('joins the two header lines and reads the row', () => {
    const r = read(text);
    expect(roles(r, 4)).toEqual(['Công an tỉnh Lào Cai COORDINATE', 'Sở Công Thương tỉnh Lào Cai LEAD']);
    expect(r.duties.find((d) => d.line === 4)!.text).toBe('Rà soát các kho vật liệu nổ công nghiệp trên địa bàn tỉnh');
    expect(r.deadlines.filter((x) => x.line === 4).map((x) => x.date)).toEqual(['2026-10-31']);
  });
});
