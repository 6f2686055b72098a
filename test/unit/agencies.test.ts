import { describe, expect, it } from 'vitest';
import { canonicalAgency, parseAgencyPrefix, splitAgencyList, splitAgencyNames } from '../../src/ingest/agencies.js';
import { matchForm, slug } from '../../src/ingest/text.js';
import { legacyAgencyKey } from '../../src/domain/keys.js';
import { FIXTURES, SEEDS } from '../fixtures/resp-source.js';

const BS = SEEDS.bimSon.ctx; // thị xã Bỉm Sơn, tỉnh Thanh Hóa
const BN = SEEDS.bacNinh.ctx; // tỉnh Bắc Ninh
const TN = SEEDS.tayNinh.ctx; // tỉnh Tây Ninh
const DT = SEEDS.dongTrieu.ctx; // thị xã Đông Triều, tỉnh Quảng Ninh
const VT = SEEDS.vinhThuy.ctx; // xã Vĩnh Thủy (province unknown)
const LD = FIXTURES.district.ctx; // huyện Lạc Dương, tỉnh Lâm Đồng

const name = (raw: string, ctx = BS) => canonicalAgency(raw, ctx)?.name ?? null;
const key = (raw: string, ctx = BS) => canonicalAgency(raw, ctx)?.key ?? null;

describe('canonicalAgency: jurisdiction spelled out from the document context', () => {
  it.each([
    ['Công an thị xã', BS, 'Công an thị xã Bỉm Sơn', 'cong-an-thi-xa-bimr-sown.thanh-hoa'],
    ['Công an tỉnh', BS, 'Công an tỉnh Thanh Hóa', 'cong-an-tinh-thanh-hoa'],
    ['UBND Tỉnh', BS, 'UBND tỉnh Thanh Hóa', 'ubnd-tinh-thanh-hoa'],
    ['Ủy ban nhân dân tỉnh', BS, 'UBND tỉnh Thanh Hóa', 'ubnd-tinh-thanh-hoa'],
    ['Sở Y tế', BN, 'Sở Y tế tỉnh Bắc Ninh', 'so-y-te-tinh-bac-ninh'],
    ['Phòng Nội vụ thị xã', DT, 'Phòng Nội vụ thị xã Đông Triều', 'phong-noi-vu-thi-xa-ddoong-trieeuf.quang-ninh'],
    ['Phòng Văn hoá - Thông tin', DT, 'Phòng Văn hóa - Thông tin thị xã Đông Triều', 'phong-van-hoa-thong-tin-thi-xa-ddoong-trieeuf.quang-ninh'],
    ['Phòng Văn hóa và Thông tin', DT, 'Phòng Văn hóa và Thông tin thị xã Đông Triều', 'phong-van-hoa-thong-tin-thi-xa-ddoong-trieeuf.quang-ninh'],
    ['Công an xã', VT, 'Công an xã Vĩnh Thủy', 'cong-an-xa-vinhx-thuyr'],
    ['Công an huyện', LD, 'Công an huyện Lạc Dương', 'cong-an-huyen-lacj-duwowng.lam-dong'],
    ['Sở Tư pháp', LD, 'Sở Tư pháp tỉnh Lâm Đồng', 'so-tu-phap-tinh-lam-dong'],
  ])('%s → %s', (raw, ctx, expected, k) => {
    const a = canonicalAgency(raw, ctx)!;
    expect(a.name).toBe(expected);
    expect(a.key).toBe(k);
    expect(legacyAgencyKey(a.name)).toBe(slug(matchForm(a.name))); // the old key stays an alias
  });

  it('keeps the written form in names, writes UBND in the canonical name', () => {
    const a = canonicalAgency('Ủy ban nhân dân các phường, xã:', BS)!;
    expect(a.name).toBe('UBND các phường, xã thị xã Bỉm Sơn');
    expect(a.names).toEqual(['Ủy ban nhân dân các phường, xã']);
    expect(a.group).toBe(true);
  });

  it('resolves a misspelt unit name to the unit of the context', () => {
    const a = canonicalAgency('Ban Quản lý di tích cấp Quốc gia thị xã Bim Sơn', BS)!;
    expect(a.name).toBe('Ban Quản lý di tích cấp Quốc gia thị xã Bỉm Sơn');
    expect(a.unit).toBe('thi-xa-bimr-sown.thanh-hoa');
    expect(a.level).toBe('DISTRICT');
  });

  it('keeps national bodies national and other named units as written', () => {
    expect(canonicalAgency('Bộ Công an', BS)).toMatchObject({ name: 'Bộ Công an', key: 'bo-cong-an', level: 'NATIONAL', type: 'MINISTRY', unit: null });
    expect(canonicalAgency('Bộ trưởng Bộ Công an', TN)?.key).toBe('bo-cong-an');
    expect(canonicalAgency('Chính phủ', BN)).toMatchObject({ key: 'chinh-phu', type: 'GOVERNMENT', level: 'NATIONAL' });
    expect(canonicalAgency('UBND huyện Dương Minh Châu', TN)).toMatchObject({ name: 'UBND huyện Dương Minh Châu', unit: 'huyen-duwowng-minh-chaau.tay-ninh', level: 'DISTRICT' });
    expect(canonicalAgency('UBND tỉnh Quảng Ninh', DT)?.unit).toBe('tinh-quang-ninh');
  });

  it('gives one key to the spellings of one office', () => {
    const k = 'van-phong-hdnd-ubnd-thi-xa-bimr-sown.thanh-hoa';
    for (const raw of ['Văn phòng HĐND & UBND thị xã', 'Văn phòng HĐND&UBND Thị xã', 'Văn phòng HĐND và UBND thị xã', 'Văn Phòng UBND thị xã']) {
      expect(key(raw)).toBe(k);
    }
    expect(name('Văn phòng HĐND&UBND thị xã')).toBe('Văn phòng HĐND và UBND thị xã Bỉm Sơn');
    // the province has its own office of the People's Committee
    expect(key('Văn phòng UBND tỉnh', BN)).toBe('van-phong-ubnd-tinh-bac-ninh');
  });

  it('normalizes the Fatherland Front spellings', () => {
    for (const raw of ['Ủy ban MTTQVN tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Ủy ban MTTQ Việt Nam tỉnh', 'UBMTTQ tỉnh']) {
      expect(canonicalAgency(raw, TN)).toMatchObject({ key: 'ubmttq-tinh-tay-ninh', type: 'FATHERLAND_FRONT', level: 'PROVINCE' });
    }
  });

  it('spells out groups with their jurisdiction', () => {
    expect(canonicalAgency('Các phòng, ban, ngành, cơ quan, đơn vị khác', BS)).toMatchObject({
      name: 'Các phòng, ban, ngành, cơ quan, đơn vị khác thị xã Bỉm Sơn',
      type: 'OTHER',
      group: true,
    });
    expect(canonicalAgency('UBND các huyện, thị xã, thành phố', TN)).toMatchObject({
      name: 'UBND các huyện, thị xã, thành phố tỉnh Tây Ninh',
      level: 'DISTRICT',
      group: true,
    });
    expect(canonicalAgency('Thủ trưởng cơ quan, doanh nghiệp, nhà trường', TN)).toMatchObject({
      name: 'Thủ trưởng các cơ quan, doanh nghiệp, nhà trường tỉnh Tây Ninh',
      type: 'ENTERPRISE_SCHOOL',
      group: true,
    });
    expect(canonicalAgency('Các đoàn thể cấp Thị xã', BS)?.name).toBe('Các đoàn thể thị xã Bỉm Sơn');
    expect(canonicalAgency('Công an cấp huyện', TN)).toMatchObject({ name: 'Công an cấp huyện tỉnh Tây Ninh', group: true, level: 'DISTRICT' });
    expect(canonicalAgency('Trưởng thôn', VT)).toMatchObject({ type: 'HAMLET', group: true, unit: 'xa-vinhx-thuyr' });
  });

  it.each([
    'các cơ quan, đơn vị liên quan',
    'các cơ quan, đơn vị có liên quan',
    'cơ quan chức năng',
    'các lực lượng chức năng',
    'người có thẩm quyền',
    'cấp có thẩm quyền',
    'Nhân dân',
    'lực lượng Công an',
    'Các đe dọa này',
    'Chủ tịch, các Phó Chủ tịch UBND xã',
    'CVP, các PVP Nhung, Long',
    'Lưu VP',
    'Phòng, chống khủng bố',
    'Ban hành theo thẩm quyền',
  ])('%s is not an agency', (raw) => {
    expect(canonicalAgency(raw, BS)).toBeNull();
  });

  it.each([
    ['Công an thị xã', 'PUBLIC_SECURITY', 'DISTRICT'],
    ['Ban Chỉ huy Quân sự thị xã', 'MILITARY', 'DISTRICT'],
    ['Phòng Cảnh sát PCCC số 3', 'FIRE_POLICE', 'PROVINCE'],
    ['Phòng Y tế thị xã', 'HEALTH', 'DISTRICT'],
    ['Phòng Tài chính - Kế hoạch thị xã', 'FINANCE_PLANNING', 'DISTRICT'],
    ['Đài Truyền thanh - Truyền hình thị xã', 'MEDIA', 'DISTRICT'],
    ['Đội Quản lý Thị trường số 5', 'MARKET_SURVEILLANCE', 'PROVINCE'],
    ['Ủy ban Mặt trận Tổ quốc', 'FATHERLAND_FRONT', 'DISTRICT'],
    ['các tổ chức đoàn thể chính trị-xã hội thị xã', 'FATHERLAND_FRONT', 'DISTRICT'],
    ['Thường trực Thị ủy', 'PARTY', 'DISTRICT'],
    ['Ban Chỉ đạo phòng, chống khủng bố tỉnh Thanh Hóa', 'STEERING_COMMITTEE', 'PROVINCE'],
    ['Văn phòng HĐND & UBND thị xã', 'OFFICE', 'DISTRICT'],
    ['UBND thị xã', 'PEOPLES_COMMITTEE', 'DISTRICT'],
    ['HĐND TX', 'PEOPLES_COUNCIL', 'DISTRICT'],
  ])('%s is %s at %s level', (raw, type, level) => {
    expect(canonicalAgency(raw, BS)).toMatchObject({ type, level });
  });

  it.each([
    ['Sở Nông nghiệp và Môi trường', 'AGRICULTURE'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'CULTURE_INFORMATION'],
    ['Sở Lao động, Thương binh và Xã hội tỉnh', 'LABOUR_SOCIAL'],
    ['Sở Giáo dục và Đào tạo tỉnh', 'EDUCATION'],
    ['Ban Quản lý khu kinh tế tỉnh', 'ECONOMIC_ZONE'],
    ['Liên đoàn Lao động tỉnh', 'TRADE_UNION'],
    ['Đảng ủy khối Cơ quan và Doanh nghiệp tỉnh', 'PARTY'],
    ['Bộ Chỉ huy Quân sự tỉnh', 'MILITARY'],
    ['Báo Tây Ninh', 'MEDIA'],
  ])('%s (province) is %s', (raw, type) => {
    expect(canonicalAgency(raw, TN)).toMatchObject({ type, level: 'PROVINCE' });
  });

  it('works without a context', () => {
    expect(canonicalAgency('Công an thị xã', null)).toMatchObject({ name: 'Công an thị xã', level: 'DISTRICT', unit: null });
    expect(canonicalAgency('Bộ Công an', null)?.key).toBe('bo-cong-an');
  });

  it('names a party committee after its unit', () => {
    expect(name('TT Thị ủy')).toBe('Thường trực Thị ủy Bỉm Sơn');
    expect(name('Ban Tuyên giáo và Dân vận Tỉnh ủy', BN)).toBe('Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Ninh');
  });
});

describe('splitAgencyList: headings and phrases naming several bodies', () => {
  const names = (raw: string, ctx = BS) => splitAgencyList(raw, ctx).map((a) => a.name);

  it('splits on semicolons', () => {
    expect(names('Phòng Văn hoá - Thông tin; Trung tâm văn hóa TDTT thị xã; Ban Quản lý di tích cấp Quốc gia thị xã Bim Sơn')).toEqual([
      'Phòng Văn hóa - Thông tin thị xã Bỉm Sơn',
      'Trung tâm văn hóa TDTT thị xã Bỉm Sơn',
      'Ban Quản lý di tích cấp Quốc gia thị xã Bỉm Sơn',
    ]);
  });

  it('keeps commas and "và" inside names', () => {
    expect(names('Ban Quản lý khu kinh tế tỉnh, Liên đoàn Lao động tỉnh, Sở Lao động, Thương binh và Xã hội tỉnh, UBND huyện Dương Minh Châu', TN)).toEqual([
      'Ban Quản lý khu kinh tế tỉnh Tây Ninh',
      'Liên đoàn Lao động tỉnh Tây Ninh',
      'Sở Lao động, Thương binh và Xã hội tỉnh Tây Ninh',
      'UBND huyện Dương Minh Châu',
    ]);
    expect(names('Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Văn hóa, Thể thao và Du lịch', BN)).toEqual([
      'Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Ninh',
      'Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Ninh',
    ]);
    expect(names('Đảng ủy khối Cơ quan và Doanh nghiệp tỉnh, Sở Giáo dục và Đào tạo tỉnh', TN)).toEqual([
      'Đảng ủy khối Cơ quan và Doanh nghiệp tỉnh Tây Ninh',
      'Sở Giáo dục và Đào tạo tỉnh Tây Ninh',
    ]);
    expect(names('Văn phòng HĐND và UBND xã', VT)).toEqual(['Văn phòng HĐND và UBND xã Vĩnh Thủy']);
    expect(names('Phòng Lao động - Thương binh và Xã hội thị xã', DT)).toEqual(['Phòng Lao động - Thương binh và Xã hội thị xã Đông Triều']);
  });

  it('splits "Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội" into two bodies', () => {
    expect(names('Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội thị xã', DT)).toEqual([
      'Ủy ban MTTQ Việt Nam thị xã Đông Triều',
      'Các tổ chức chính trị - xã hội thị xã Đông Triều',
    ]);
    expect(names('Đề nghị Ủy ban MTTQVN tỉnh và các tổ chức chính trị xã hội', TN)).toEqual([
      'Ủy ban MTTQ Việt Nam tỉnh Tây Ninh',
      'Các tổ chức chính trị - xã hội tỉnh Tây Ninh',
    ]);
  });

  it('drops the generic parts', () => {
    expect(names('Công an thị xã, cơ quan, tổ chức liên quan')).toEqual(['Công an thị xã Bỉm Sơn']);
    expect(names('Công an thị xã và các cơ quan chức năng')).toEqual(['Công an thị xã Bỉm Sơn']);
    expect(names('Văn phòng UBND tỉnh và các đơn vị liên quan', BN)).toEqual(['Văn phòng UBND tỉnh Bắc Ninh']);
  });

  it('splits heading lists of other layouts', () => {
    expect(names('Phòng Y tế, Trung tâm Y tế huyện', LD)).toEqual(['Phòng Y tế huyện Lạc Dương', 'Trung tâm Y tế huyện Lạc Dương']);
    expect(names('Phòng Văn hóa và Thông tin, Trung tâm Truyền thông và Văn hóa thị xã:', DT)).toEqual([
      'Phòng Văn hóa và Thông tin thị xã Đông Triều',
      'Trung tâm Truyền thông và Văn hóa thị xã Đông Triều',
    ]);
    expect(names('UBND các phường, xã; các ban, ngành, cơ quan, đơn vị')).toEqual([
      'UBND các phường, xã thị xã Bỉm Sơn',
      'Các ban, ngành, cơ quan, đơn vị thị xã Bỉm Sơn',
    ]);
  });

  it('merges two spellings of one body', () => {
    const list = splitAgencyList('Công an thị xã; Công an', BS);
    expect(list).toHaveLength(1);
    expect(list[0]!.names).toEqual(['Công an thị xã', 'Công an']);
  });

  it('"Các Bộ, ngành liên quan" is one group; a tail after "và" or after a named body is its own', () => {
    // Kế hoạch 252/KH-BCĐQG1237 line 44: "- Các Bộ, ngành liên quan." under "a) Cơ quan chủ trì"
    expect(splitAgencyNames('Các Bộ, ngành liên quan')).toEqual(['Các Bộ, ngành liên quan']);
    expect(splitAgencyNames('các Bộ, ngành có liên quan')).toEqual(['các Bộ, ngành có liên quan']);
    expect(splitAgencyNames('Các sở, ngành liên quan')).toEqual(['Các sở, ngành liên quan']);
    // same plan, line 80: the socio-political organisations, then a generic tail after "và"
    expect(splitAgencyNames('Các tổ chức chính trị - xã hội và cơ quan tổ chức có liên quan')[0]).toBe('Các tổ chức chính trị - xã hội');
  });

  it('splitAgencyNames returns the written names', () => {
    expect(splitAgencyNames('Báo Tây Ninh, Đài Phát thanh và Truyền hình Tây Ninh')).toEqual(['Báo Tây Ninh', 'Đài Phát thanh và Truyền hình Tây Ninh']);
  });
});

describe('parseAgencyPrefix: where the subject of a sentence ends', () => {
  it.each([
    ['Công an tỉnh chủ trì, phối hợp với Sở Nội vụ tỉnh tham mưu', 'Công an tỉnh', 'chủ trì, phối hợp với Sở Nội vụ tỉnh tham mưu'],
    ['Báo Tây Ninh, Đài Phát thanh và Truyền hình Tây Ninh dành nhiều thời lượng', 'Báo Tây Ninh, Đài Phát thanh và Truyền hình Tây Ninh', 'dành nhiều thời lượng'],
    ['Phòng Tư pháp thị xã: Tiếp tục thực hiện tốt', 'Phòng Tư pháp thị xã', 'Tiếp tục thực hiện tốt'],
    ['UBND các xã, phường triển khai xây dựng mô hình ANCS', 'UBND các xã, phường', 'triển khai xây dựng mô hình ANCS'],
    ['Phòng Tài chính - Kế hoạch lập dự trù kinh phí', 'Phòng Tài chính - Kế hoạch', 'lập dự trù kinh phí'],
    ['các cơ quan, đơn vị là thành viên Ban Chỉ đạo 05/ĐT thị xã và UBND các xã, phường xây dựng Kế hoạch', 'các cơ quan, đơn vị là thành viên Ban Chỉ đạo 05/ĐT thị xã và UBND các xã, phường', 'xây dựng Kế hoạch'],
    ['Ban Quản lý khu kinh tế tỉnh, Liên đoàn Lao động tỉnh tổ chức sơ kết', 'Ban Quản lý khu kinh tế tỉnh, Liên đoàn Lao động tỉnh', 'tổ chức sơ kết'],
    ['Ban Chỉ đạo 05/ĐT thị xã (qua Công an thị xã)', 'Ban Chỉ đạo 05/ĐT thị xã', '(qua Công an thị xã)'],
  ])('%s', (text, list, rest) => {
    expect(parseAgencyPrefix(text)).toMatchObject({ list, rest });
  });

  it('does not take verbs or common words for agency heads', () => {
    expect(parseAgencyPrefix('Ban hành theo thẩm quyền')).toBeNull();
    expect(parseAgencyPrefix('Phòng, chống khủng bố')).toBeNull();
    expect(parseAgencyPrefix('Báo cáo kết quả')).toBeNull();
    expect(parseAgencyPrefix('Bộ tiêu chí mô hình')).toBeNull();
  });
});

describe('slash headings and holder groups (conventions v2 agency vocabulary)', () => {
  it('a slash between two bodies names both (Lào Cai 193/UBND-KT heading 4)', () => {
    expect(splitAgencyNames('Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh')).toEqual([
      'Bộ Chỉ huy Quân sự tỉnh',
      'Ban Chỉ huy Bộ đội Biên phòng tỉnh',
    ]);
    expect(splitAgencyList('Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh', BN).map((a) => a.name)).toEqual([
      'Bộ Chỉ huy Quân sự tỉnh Bắc Ninh',
      'Ban Chỉ huy Bộ đội Biên phòng tỉnh Bắc Ninh',
    ]);
    // a slash that does not separate two bodies stays in the name
    expect(splitAgencyNames('Trưởng thôn/tổ dân phố')).toEqual(['Trưởng thôn/tổ dân phố']);
  });

  it.each([
    // Lào Cai (draft) on unexploited minerals, item 9: the licence holders, up to their predicate
    ['Các tổ chức, cá nhân được cấp giấy phép thăm dò, khai thác khoáng sản có trách nhiệm bảo vệ khoáng sản trong diện tích được cấp phép', 'Các tổ chức, cá nhân được cấp giấy phép thăm dò, khai thác khoáng sản', 'có trách nhiệm bảo vệ khoáng sản trong diện tích được cấp phép'],
    // Lào Cai 193/UBND-KT heading 6, after "Trách nhiệm của": the whole short heading
    ['các tổ chức, doanh nghiệp hoạt động trong lĩnh vực có liên quan đến VLNCN, TCTN', 'các tổ chức, doanh nghiệp hoạt động trong lĩnh vực có liên quan đến VLNCN, TCTN', ''],
    // Lâm Đồng conclusions on two expressways, heading 1 (to its colon)
    ['Nhà đầu tư của 02 dự án đường bộ cao tốc Tân Phú – Bảo Lộc và Bảo Lộc – Liên Khương:', 'Nhà đầu tư của 02 dự án đường bộ cao tốc Tân Phú – Bảo Lộc và Bảo Lộc – Liên Khương', ''],
    // "Nhà đầu tư" alone is a body (the predicate word "đầu tư" does not cut it)
    ['Nhà đầu tư khẩn trương bàn giao hồ sơ', 'Nhà đầu tư', 'khẩn trương bàn giao hồ sơ'],
  ])('%s', (text, list, rest) => {
    expect(parseAgencyPrefix(text)).toMatchObject({ list, rest });
  });

  it('holder groups are enterprises; a named investor keeps its own name', () => {
    const a = canonicalAgency('Các tổ chức, cá nhân được cấp giấy phép thăm dò, khai thác khoáng sản', BN)!;
    expect(a).toMatchObject({ type: 'ENTERPRISE_SCHOOL', group: true });
    expect(canonicalAgency('Nhà đầu tư', BN)).toMatchObject({ name: 'Nhà đầu tư', type: 'ENTERPRISE_SCHOOL' });
    // political-social organisations are not holders
    expect(parseAgencyPrefix('Các tổ chức chính trị - xã hội tham gia giám sát')).toMatchObject({ list: 'Các tổ chức chính trị - xã hội' });
  });
});

describe('positions stand for their bodies; names that hold a predicate word', () => {
  it.each([
    ['Chánh Văn phòng Ủy ban nhân dân tỉnh', 'Văn phòng UBND tỉnh Bắc Ninh'],
    ['Vụ trưởng Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng', 'Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng'],
    ['Chủ tịch Ủy ban nhân dân các xã, phường', 'UBND các xã, phường tỉnh Bắc Ninh'],
  ])('%s → %s', (raw, expected) => {
    expect(canonicalAgency(raw, BN)?.name).toBe(expected);
  });

  it('an execution clause names each body after its holder (Bộ Xây dựng 1074/QĐ-BXD Điều 4.2)', () => {
    const pre = parseAgencyPrefix('Chánh Văn phòng Bộ, Vụ trưởng Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng, Thủ trưởng các đơn vị thuộc Bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chịu trách nhiệm thi hành Quyết định này./.')!;
    expect(pre.rest).toMatch(/^chịu trách nhiệm thi hành/u);
    expect(splitAgencyNames(pre.list)).toEqual([
      'Chánh Văn phòng Bộ',
      'Vụ trưởng Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng',
      'Thủ trưởng các đơn vị thuộc Bộ',
      'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố',
    ]);
  });

  it.each([
    ['Bộ Ngoại giao phối hợp với Bộ Quốc phòng', 'Bộ Ngoại giao'],
    ['Cục Cảnh sát điều tra tội phạm về ma tuý là cơ quan thường trực', 'Cục Cảnh sát điều tra tội phạm về ma tuý'],
    ['Ủy ban nhân dân các huyện: Hoa Lư, Nho Quan và Yên Mô; các sở, ban, ngành liên quan.', 'Ủy ban nhân dân các huyện: Hoa Lư, Nho Quan và Yên Mô; các sở, ban, ngành liên quan'],
  ])('%s', (text, list) => {
    expect(parseAgencyPrefix(text)?.list).toBe(list);
  });
});

describe('where a body\'s name ends: contact details, "(có) liên quan", a verb', () => {
  it.each([
    // report addresses of letters (Bộ Công an 5240/BCA-V01, Lâm Đồng drafts)
    ['Văn phòng Bộ Công an, 96 Nguyễn Du, phường Cửa Nam, TP. Hà Nội, SĐT: 0847.989886', 'Văn phòng Bộ Công an'],
    ['Phòng Cảnh sát QLHC về TTXH - Địa chỉ: Số 53 đường Hùng Vương, Phường Lâm Viên', 'Phòng Cảnh sát QLHC về TTXH'],
    ['Công an tỉnh, địa chỉ 24 - 26 đường Yagout, phường Cam Ly', 'Công an tỉnh'],
    ['Phòng PC04, SĐT: 0908392369', 'Phòng PC04'],
  ])('%s → %s', (raw, written) => {
    expect(canonicalAgency(raw, BN)?.names[0]).toBe(written);
  });

  it.each([
    ['Các Bộ, ngành có liên quan giúp Chính phủ theo dõi', 'Các Bộ, ngành có liên quan'],
    ['Các sở, ban, ngành, cơ quan, tổ chức liên quan cấp tỉnh xây dựng kế hoạch', 'Các sở, ban, ngành, cơ quan, tổ chức liên quan cấp tỉnh'],
    ['Đoàn Thanh niên Cộng sản Hồ Chí Minh giúp đỡ các hộ gia đình', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
    ['Sở Công Thương nhận được văn bản', 'Sở Công Thương'],
  ])('%s', (text, list) => {
    expect(parseAgencyPrefix(text)?.list).toBe(list);
  });

  it('"Thông tấn xã Việt Nam" is a national body, not a commune', () => {
    expect(splitAgencyNames('Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam')).toEqual(['Đài Tiếng nói Việt Nam', 'Thông tấn xã Việt Nam']);
    expect(canonicalAgency('Thông tấn xã Việt Nam', BN)).toMatchObject({ level: 'NATIONAL', unit: null });
  });
});

describe('a generic tail is its own group (Ban Chỉ đạo quốc gia 1237)', () => {
  it.each([
    ['Các tổ chức chính trị - xã hội và cơ quan tổ chức có liên quan', ['Các tổ chức chính trị - xã hội', 'cơ quan tổ chức có liên quan']],
    ['Các tổ chức chính trị - xã hội và tổ chức, đoàn thể có liên quan', ['Các tổ chức chính trị - xã hội', 'tổ chức, đoàn thể có liên quan']],
    ['Các Bộ, ngành chức năng, các cơ quan báo chí Trung ương, địa phương, quân đội', ['Các Bộ, ngành chức năng', 'các cơ quan báo chí Trung ương, địa phương, quân đội']],
    ['các sở, ban, ngành, đoàn thể, và các địa phương', ['các sở, ban, ngành, đoàn thể và các địa phương']],
  ])('%s', (text, names) => {
    expect(splitAgencyNames(text)).toEqual(names);
  });
});
