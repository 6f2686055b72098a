import { describe, expect, it } from 'vitest';
import { extractResponsibilities, type Responsibilities } from '../../src/ingest/responsibilities.js';
import { Agency, Assignment, Deadline, Duty, Recipient, Target } from '../../src/ingest/model.js';
import { header, loadFixture, loadSeed, sourceFromText, type FixtureName, type SeedName } from '../fixtures/resp-source.js';

const cache = new Map<string, Responsibilities>();
function seed(name: SeedName): Responsibilities {
  if (!cache.has(name)) {
    const { src, ctx, header } = loadSeed(name);
    cache.set(name, extractResponsibilities(src, ctx, header));
  }
  return cache.get(name)!;
}
function fixture(name: FixtureName): Responsibilities {
  const k = `fx:${name}`;
  if (!cache.has(k)) {
    const { src, ctx, header } = loadFixture(name);
    cache.set(k, extractResponsibilities(src, ctx, header));
  }
  return cache.get(k)!;
}

/** [agencyKey, role] of the duty that starts on `line`, sorted. */
const at = (r: Responsibilities, line: number) =>
  r.assignments
    .filter((a) => a.line === line)
    .map((a) => [a.agencyKey, a.role])
    .sort();
const duty = (r: Responsibilities, line: number) => r.duties.find((d) => d.line === line);

describe('output contract', () => {
  it.each(['bimSon', 'vinhThuy', 'bacNinh', 'tayNinh', 'dongTrieu'] as const)('%s validates against the model and is self-consistent', (name) => {
    const r = seed(name);
    for (const a of r.agencies) Agency.parse(a);
    for (const d of r.duties) Duty.parse(d);
    for (const a of r.assignments) Assignment.parse(a);
    for (const d of r.deadlines) Deadline.parse(d);
    for (const t of r.targets) Target.parse(t);
    for (const x of r.recipients) Recipient.parse(x);
    const keys = new Set(r.agencies.map((a) => a.key));
    const dutyKeys = new Set(r.duties.map((d) => d.key));
    expect(new Set(r.agencies.map((a) => a.key)).size).toBe(r.agencies.length);
    expect(dutyKeys.size).toBe(r.duties.length);
    for (const a of r.assignments) {
      expect(keys.has(a.agencyKey)).toBe(true);
      expect(dutyKeys.has(a.dutyKey)).toBe(true);
    }
    for (const d of r.deadlines) {
      for (const k of [...d.agencyKeys, ...d.recipientKeys]) expect(keys.has(k)).toBe(true);
      if (d.dutyKey) expect(dutyKeys.has(d.dutyKey)).toBe(true);
    }
    // the distribution list links by key without adding agencies of its own
    for (const x of r.recipients) if (x.agencyKey) expect(x.agencyKey).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
    for (const d of r.duties) {
      expect(d.key).toBe(`${loadSeed(name).ctx.documentKey}#L${d.line}`);
      expect(d.text).not.toMatch(/^[-+•]\s/);
    }
  });
});

describe('Bỉm Sơn (town, classic layout)', () => {
  const r = () => seed('bimSon');

  it('reads the 12 numbered headings of "III. PHÂN CÔNG TRÁCH NHIỆM" as 15 bodies', () => {
    // every partner named in this section is also one of its heading bodies
    const carriers = new Set(r().assignments.filter((a) => a.line > 48 && a.line < 138).map((a) => a.agencyKey));
    expect([...carriers].sort()).toEqual(
      [
        'cong-an-thi-xa-bimr-sown.thanh-hoa',
        'bchqs-thi-xa-bimr-sown.thanh-hoa',
        'phong-canh-sat-pccc-so-3-tinh-thanh-hoa',
        'van-phong-hdnd-ubnd-thi-xa-bimr-sown.thanh-hoa',
        'phong-tai-chinh-ke-hoach-thi-xa-bimr-sown.thanh-hoa',
        'phong-y-te-thi-xa-bimr-sown.thanh-hoa',
        'phong-van-hoa-thong-tin-thi-xa-bimr-sown.thanh-hoa',
        'trung-tam-van-hoa-tdtt-thi-xa-bimr-sown.thanh-hoa',
        'ban-quan-ly-di-tich-cap-quoc-gia-thi-xa-bimr-sown.thanh-hoa',
        'dai-truyen-thanh-truyen-hinh-thi-xa-bimr-sown.thanh-hoa',
        'doi-quan-ly-thi-truong-so-5-tinh-thanh-hoa',
        'cac-phong-ban-nganh-co-quan-don-vi-khac-thi-xa-bimr-sown.thanh-hoa',
        'ubnd-cac-phuong-xa-thi-xa-bimr-sown.thanh-hoa',
        'ubmttq-thi-xa-bimr-sown.thanh-hoa',
        'cac-to-chuc-doan-the-ct-xh-thi-xa-bimr-sown.thanh-hoa',
      ].sort(),
    );
    expect(r().duties.filter((d) => d.line > 48 && d.line < 138)).toHaveLength(30);
  });

  it('gives each body of a multi-body heading the duties below it', () => {
    for (const line of [102, 104, 106, 108]) {
      const carriers = r().assignments.filter((a) => a.line === line && ['phong-van-hoa-thong-tin-thi-xa-bimr-sown.thanh-hoa', 'trung-tam-van-hoa-tdtt-thi-xa-bimr-sown.thanh-hoa', 'ban-quan-ly-di-tich-cap-quoc-gia-thi-xa-bimr-sown.thanh-hoa'].includes(a.agencyKey));
      expect(carriers).toHaveLength(3);
    }
  });

  it('assigns roles per the conventions', () => {
    expect(at(r(), 52)).toEqual([['cong-an-thi-xa-bimr-sown.thanh-hoa', 'LEAD']]);
    expect(at(r(), 54)).toEqual([['cong-an-thi-xa-bimr-sown.thanh-hoa', 'LEAD']]);
    expect(duty(r(), 54)!.key).toBe('ubnd-thi-xa-bimr-sown.thanh-hoa/kh-phong-chong-khung-bo/2017#L54');
    expect(at(r(), 56)).toEqual([['cong-an-thi-xa-bimr-sown.thanh-hoa', 'ADVISE']]);
    // v2: "- Phối hợp với Phòng Tài chính – Kế hoạch lập dự trù kinh phí …" under "1. Công an thị xã":
    // the Phòng is the implied lead of the duty (INFERRED)
    expect(at(r(), 66)).toEqual([
      ['cong-an-thi-xa-bimr-sown.thanh-hoa', 'COORDINATE'],
      ['phong-tai-chinh-ke-hoach-thi-xa-bimr-sown.thanh-hoa', 'LEAD'],
    ]);
    expect(r().assignments.find((a) => a.line === 66 && a.role === 'LEAD')).toMatchObject({ basis: 'INFERRED', rule: 'implied-lead.phoi-hop-voi' });
    expect(r().assignments.find((a) => a.line === 66 && a.role === 'COORDINATE')).toMatchObject({ basis: 'EXPLICIT' });
    expect(at(r(), 70)).toEqual([
      ['bchqs-thi-xa-bimr-sown.thanh-hoa', 'LEAD'],
      ['cong-an-thi-xa-bimr-sown.thanh-hoa', 'COORDINATE'],
    ]);
    expect(at(r(), 136)).toEqual([
      ['cac-to-chuc-doan-the-ct-xh-thi-xa-bimr-sown.thanh-hoa', 'REQUESTED'],
      ['ubmttq-thi-xa-bimr-sown.thanh-hoa', 'REQUESTED'],
    ]);
    // "Giao X phối hợp với Y …": X is given the task (RESPONSIBLE), Y the implied lead of its work
    expect(at(r(), 156)).toEqual([
      ['cong-an-thi-xa-bimr-sown.thanh-hoa', 'LEAD'],
      ['van-phong-hdnd-ubnd-thi-xa-bimr-sown.thanh-hoa', 'RESPONSIBLE'],
    ]);
    // v2: "Công an thị xã chủ động phối hợp với các cơ quan, đơn vị liên quan xây dựng phương án …
    // trước ngày 20/11/2017" is Công an thị xã's own task; the generic partners are no agencies
    expect(at(r(), 148)).toEqual([['cong-an-thi-xa-bimr-sown.thanh-hoa', 'RESPONSIBLE']]);
    expect(at(r(), 146)).toEqual([['van-phong-hdnd-ubnd-thi-xa-bimr-sown.thanh-hoa', 'ADVISE']]);
  });

  it('keeps the duty text and span, joined across the page break', () => {
    const d = duty(r(), 70)!;
    expect(d).toMatchObject({ line: 70, lineEnd: 72, section: 'III. PHÂN CÔNG TRÁCH NHIỆM', unattributed: false });
    expect(d.text).toMatch(/^Chủ trì, phối hợp với Công an thị xã, cơ quan, tổ chức liên quan thực hiện phòng/);
  });

  it('records the implementation items that order derived plans', () => {
    expect(duty(r(), 140)).toMatchObject({ requiresDerivedPlan: true, section: 'IV. TỔ CHỨC THỰC HIỆN' });
    expect(at(r(), 140)).toEqual([
      ['cac-ban-nganh-co-quan-don-vi-thi-xa-bimr-sown.thanh-hoa', 'RESPONSIBLE'],
      ['ubnd-cac-phuong-xa-thi-xa-bimr-sown.thanh-hoa', 'RESPONSIBLE'],
    ]);
    expect(duty(r(), 144)!.requiresDerivedPlan).toBe(true);
    expect(duty(r(), 58)!.requiresDerivedPlan).toBe(false);
    expect(r().duties.filter((d) => d.line >= 138)).toHaveLength(7);
  });

  it('does not read the content measures as duties', () => {
    expect(r().duties.some((d) => d.line < 48)).toBe(false);
    expect(r().duties).toHaveLength(37);
    expect(r().duties.every((d) => !d.unattributed)).toBe(true);
    expect(r().issues).toEqual([]);
  });
});

describe('Vĩnh Thủy (commune draft, duties as paragraphs)', () => {
  const r = () => seed('vinhThuy');

  it('attributes the plain paragraphs under "III. TỔ CHỨC THỰC HIỆN"', () => {
    expect(r().duties.map((d) => d.line)).toEqual([66, 68, 70, 74, 78, 82, 86]);
    // "Là lực lượng nòng cốt, cơ quan tham mưu …; chủ trì tham mưu tổ chức triển khai …"
    expect(at(r(), 66)).toEqual([['cong-an-xa-vinhx-thuyr', 'LEAD']]);
    expect(at(r(), 68)).toEqual([['cong-an-xa-vinhx-thuyr', 'LEAD']]);
    expect(at(r(), 70)).toEqual([['cong-an-xa-vinhx-thuyr', 'RESPONSIBLE']]);
    // v2: "Phối hợp với Công an xã …" under "2. Ban Chỉ huy Quân sự xã" → Công an xã is the implied lead
    expect(at(r(), 74)).toEqual([
      ['bchqs-xa-vinhx-thuyr', 'COORDINATE'],
      ['cong-an-xa-vinhx-thuyr', 'LEAD'],
    ]);
    expect(at(r(), 78)).toEqual([
      ['cong-an-xa-vinhx-thuyr', 'LEAD'],
      ['van-phong-hdnd-ubnd-xa-vinhx-thuyr', 'COORDINATE'],
    ]);
    expect(at(r(), 82)).toEqual([
      ['cac-to-chuc-ct-xh-xa-vinhx-thuyr', 'REQUESTED'],
      ['ubmttq-xa-vinhx-thuyr', 'REQUESTED'],
    ]);
    expect(at(r(), 86)).toEqual([
      ['cac-co-quan-don-vi-tren-dia-ban-xa-vinhx-thuyr', 'RESPONSIBLE'],
      ['truong-thon-xa-vinhx-thuyr', 'RESPONSIBLE'],
    ]);
  });

  it('leaves the closing paragraph alone', () => {
    expect(duty(r(), 88)).toBeUndefined();
  });
});

describe('Bắc Ninh (web mirror: duplicated block, lost headings)', () => {
  const r = () => seed('bacNinh');

  it('reads the duplicated block once', () => {
    expect(r().issues.filter((i) => i.code === 'DUPLICATE_BLOCK')).toHaveLength(1);
    expect(r().duties.some((d) => d.line >= 38 && d.line <= 66)).toBe(false);
    expect(r().targets.filter((t) => t.value === 100)).toHaveLength(1);
    expect(r().deadlines.filter((d) => d.kind === 'HORIZON' && d.date === '2030-12-31')).toHaveLength(1);
  });

  it('leaves the duties of lost headings unattributed, with LOST_HEADING findings', () => {
    const un = r().duties.filter((d) => d.unattributed).map((d) => d.line);
    expect(un).toEqual([69, 70, 71, 72, 73, 74, 75, 76, 77, 80, 81, 82, 83, 84, 85]);
    expect(r().issues.filter((i) => i.code === 'UNATTRIBUTED_DUTY').map((i) => i.line)).toEqual(un);
    const lost = r().issues.filter((i) => i.code === 'LOST_HEADING');
    expect(lost.map((i) => [i.line, i.severity])).toEqual([
      [69, 'WARNING'],
      [80, 'WARNING'],
    ]);
    expect(lost[0]!.message).toContain('69-77');
    expect(lost[1]!.message).toContain('80-85');
    for (const d of r().duties.filter((x) => x.unattributed)) {
      // never invented: at most partners named in the text (an implied lead is one, marked INFERRED)
      expect(r().assignments.filter((a) => a.dutyKey === d.key).every((a) => a.role === 'COORDINATE' || (a.role === 'LEAD' && a.basis === 'INFERRED'))).toBe(true);
      expect(r().assignments.some((a) => a.dutyKey === d.key && a.agencyKey === d.suggestedAgency)).toBe(false);
    }
  });

  it('suggests (never asserts) the likely body from strong keywords', () => {
    const s = (line: number) => duty(r(), line)!.suggestedAgency;
    expect(s(70)).toBe('cong-an-tinh-bac-ninh');
    expect(s(73)).toBe('cong-an-tinh-bac-ninh');
    expect(s(74)).toBe('bo-chi-huy-quan-su-tinh-bac-ninh');
    expect(s(75)).toBe('so-ngoai-vu-tinh-bac-ninh');
    expect(s(76)).toBe('so-y-te-tinh-bac-ninh');
    expect(s(80)).toBe('so-tai-chinh-tinh-bac-ninh');
    expect(s(81)).toBe('so-khoa-hoc-cong-nghe-tinh-bac-ninh');
    expect(s(82)).toBe('so-giao-duc-dao-tao-tinh-bac-ninh');
    expect(s(83)).toBe('so-cong-thuong-tinh-bac-ninh');
    expect(s(84)).toBe('so-noi-vu-tinh-bac-ninh');
    expect(s(85)).toBe('so-dan-toc-ton-giao-tinh-bac-ninh');
    for (const d of r().duties.filter((x) => x.unattributed)) {
      expect(d.suggestionConfidence).not.toBeNull();
      expect(d.suggestionConfidence!).toBeLessThanOrEqual(0.8);
    }
    expect(r().agencies.some((a) => a.key === 'so-tai-chinh-tinh-bac-ninh')).toBe(false);
  });

  it('attributes the headings that survived', () => {
    expect(at(r(), 79)).toEqual([['so-nong-nghiep-moi-truong-tinh-bac-ninh', 'LEAD']]);
    expect(at(r(), 87)).toEqual([['so-van-hoa-the-thao-du-lich-tinh-bac-ninh', 'LEAD']]);
    expect(at(r(), 89)).toEqual([['cac-so-ban-nganh-co-quan-to-chuc-lien-quan-tinh-bac-ninh', 'RESPONSIBLE']]);
    expect(duty(r(), 89)!.requiresDerivedPlan).toBe(true);
    expect(at(r(), 91)).toEqual([['ubmttq-tinh-bac-ninh', 'REQUESTED']]);
    for (const line of [93, 94, 95]) expect(at(r(), line).map((x) => x[0])).toEqual(['ubnd-cac-phuong-xa-tinh-bac-ninh']);
    expect(at(r(), 97)).toEqual([
      ['cong-an-tinh-bac-ninh', 'LEAD'],
      ['van-phong-ubnd-tinh-bac-ninh', 'COORDINATE'],
    ]);
    expect(at(r(), 72)).toEqual([
      ['ban-tuyen-giao-dan-van-tinh-uy-bac-ninh', 'COORDINATE'],
      ['so-van-hoa-the-thao-du-lich-tinh-bac-ninh', 'COORDINATE'],
    ]);
  });

  it('does not take the objectives for duties', () => {
    expect(r().duties.some((d) => d.line < 69)).toBe(false);
    expect(r().duties).toHaveLength(24);
  });
});

describe('Tây Ninh (no assignment section, inline subjects)', () => {
  const r = () => seed('tayNinh');

  it('reads "Công an tỉnh chủ trì, phối hợp với Sở Nội vụ tỉnh" as LEAD + COORDINATE', () => {
    expect(at(r(), 71)).toEqual([
      ['cong-an-tinh-tay-ninh', 'LEAD'],
      ['so-noi-vu-tinh-tay-ninh', 'COORDINATE'],
    ]);
  });

  it('reads "Đề nghị …" as REQUESTED', () => {
    expect(at(r(), 51)).toEqual([
      ['cac-to-chuc-ct-xh-tinh-tay-ninh', 'REQUESTED'],
      ['ubmttq-tinh-tay-ninh', 'REQUESTED'],
    ]);
    expect(at(r(), 59)).toEqual([
      ['dang-uy-khoi-co-quan-doanh-nghiep-tinh-tay-ninh', 'REQUESTED'],
      ['so-giao-duc-dao-tao-tinh-tay-ninh', 'REQUESTED'],
    ]);
  });

  it('reads subjects of bullets anywhere in the body', () => {
    expect(at(r(), 33)).toEqual([
      ['bao-tay-ninh', 'RESPONSIBLE'],
      ['dai-phat-thanh-truyen-hinh-tay-ninh', 'RESPONSIBLE'],
    ]);
    expect(at(r(), 29)).toEqual([['cong-an-tinh-tay-ninh', 'ADVISE']]);
    expect(at(r(), 37)).toEqual([['cong-an-tinh-tay-ninh', 'RESPONSIBLE']]);
    expect(at(r(), 79)).toEqual([['cong-an-tinh-tay-ninh', 'RESPONSIBLE']]);
    // v2: "Công an tỉnh phối hợp, hướng dẫn cơ quan, doanh nghiệp, nhà trường …": no other body is named
    // to lead, coordinating is one of its own actions — its own task
    expect(at(r(), 57)).toEqual([['cong-an-tinh-tay-ninh', 'RESPONSIBLE']]);
  });

  it('leaves a subject-less bullet under a topic heading unattributed, suggesting the body of the bullet before', () => {
    const d = duty(r(), 43)!;
    expect(d).toMatchObject({ lineEnd: 47, unattributed: true, suggestedAgency: 'cong-an-tinh-tay-ninh' });
    expect(d.suggestionConfidence!).toBeLessThanOrEqual(0.8);
    // "- Phối hợp với Ban Quản lý khu kinh tế tỉnh, Liên đoàn Lao động tỉnh, … tổ chức sơ kết …": the bodies
    // named are stated, so they are facts — the implied leads of the duty (v2, INFERRED)
    expect(at(r(), 43)).toEqual([
      ['ban-quan-ly-khu-kinh-te-tinh-tay-ninh', 'LEAD'],
      ['lien-doan-lao-dong-tinh-tay-ninh', 'LEAD'],
      ['so-lao-dong-thuong-binh-xa-hoi-tinh-tay-ninh', 'LEAD'],
      ['ubnd-huyen-duwowng-minh-chaau.tay-ninh', 'LEAD'],
    ]);
    expect(r().assignments.filter((a) => a.line === 43).every((a) => a.basis === 'INFERRED')).toBe(true);
    expect(r().issues.map((i) => [i.code, i.line])).toEqual([['UNATTRIBUTED_DUTY', 43]]);
  });

  it('does not read measures, objectives or the footnote as duties', () => {
    expect(duty(r(), 49)).toBeUndefined();
    expect(duty(r(), 21)).toBeUndefined();
    expect(r().duties.some((d) => d.line === 27 || d.line === 45)).toBe(false);
    expect(r().duties).toHaveLength(17);
    expect(duty(r(), 77)!.requiresDerivedPlan).toBe(true);
  });
});

describe('Đông Triều (town, "PHÂN CÔNG NHIỆM VỤ")', () => {
  const r = () => seed('dongTrieu');

  it('reads headings with a colon, inline duties and multi-body headings', () => {
    expect(at(r(), 48)).toEqual([['cong-an-thi-xa-ddoong-trieeuf.quang-ninh', 'LEAD']]);
    expect(at(r(), 50)).toEqual([['cong-an-thi-xa-ddoong-trieeuf.quang-ninh', 'ADVISE']]);
    expect(at(r(), 69)).toEqual([['phong-tu-phap-thi-xa-ddoong-trieeuf.quang-ninh', 'RESPONSIBLE']]);
    expect(duty(r(), 69)!.text).toMatch(/^Tiếp tục thực hiện tốt vai trò Cơ quan thường trực/);
    expect(at(r(), 89)).toEqual([
      ['phong-tai-nguyen-moi-truong-thi-xa-ddoong-trieeuf.quang-ninh', 'LEAD'],
      ['ubnd-cac-phuong-xa-thi-xa-ddoong-trieeuf.quang-ninh', 'COORDINATE'],
    ]);
    // a defined group can be the implied lead ("Phối hợp với các ngành thành viên Ban Chỉ đạo 05/ĐT thị
    // xã …"); generic ones ("các ngành chức năng") are no agencies
    expect(at(r(), 54)).toEqual([
      ['cac-nganh-thanh-vien-bcd-05-dt-thi-xa-ddoong-trieeuf.quang-ninh', 'LEAD'],
      ['cong-an-thi-xa-ddoong-trieeuf.quang-ninh', 'COORDINATE'],
    ]);
    expect(at(r(), 73)).toEqual([['phong-giao-duc-dao-tao-thi-xa-ddoong-trieeuf.quang-ninh', 'LEAD']]);
    expect(at(r(), 79)).toEqual([
      ['phong-van-hoa-thong-tin-thi-xa-ddoong-trieeuf.quang-ninh', 'RESPONSIBLE'],
      ['trung-tam-truyen-thong-van-hoa-thi-xa-ddoong-trieeuf.quang-ninh', 'RESPONSIBLE'],
    ]);
    for (const line of [93, 95, 96, 97]) {
      expect(at(r(), line)).toEqual([
        ['cac-to-chuc-ct-xh-thi-xa-ddoong-trieeuf.quang-ninh', 'REQUESTED'],
        ['ubmttq-thi-xa-ddoong-trieeuf.quang-ninh', 'REQUESTED'],
      ]);
    }
    expect(at(r(), 101)).toEqual([['ubnd-cac-phuong-xa-thi-xa-ddoong-trieeuf.quang-ninh', 'RESPONSIBLE']]);
  });

  it('records the implementation items', () => {
    expect(duty(r(), 106)!.requiresDerivedPlan).toBe(true);
    expect(at(r(), 106)).toEqual([
      ['cac-co-quan-don-vi-la-thanh-vien-bcd-05-dt-thi-xa-ddoong-trieeuf.quang-ninh', 'RESPONSIBLE'],
      ['ubnd-cac-phuong-xa-thi-xa-ddoong-trieeuf.quang-ninh', 'RESPONSIBLE'],
    ]);
    expect(at(r(), 110)).toEqual([['cong-an-thi-xa-ddoong-trieeuf.quang-ninh', 'LEAD']]);
    expect(duty(r(), 108)).toBeUndefined();
    expect(r().duties).toHaveLength(26);
  });
});

describe('other layouts (synthetic fixtures)', () => {
  it('district plan with "+" bullets and a heading naming two bodies', () => {
    const r = fixture('district');
    expect(at(r, 27)).toEqual([['cong-an-huyen-lacj-duwowng.lam-dong', 'LEAD']]);
    // "+ Phối hợp với Viện kiểm sát nhân dân huyện, Tòa án nhân dân huyện đẩy nhanh …": both implied leads
    expect(at(r, 28)).toEqual([
      ['cong-an-huyen-lacj-duwowng.lam-dong', 'COORDINATE'],
      ['toa-an-nhan-dan-huyen-lacj-duwowng.lam-dong', 'LEAD'],
      ['vien-kiem-sat-nhan-dan-huyen-lacj-duwowng.lam-dong', 'LEAD'],
    ]);
    expect(duty(r, 28)!.lineEnd).toBe(29);
    expect(at(r, 31)).toEqual([
      ['bchqs-huyen-lacj-duwowng.lam-dong', 'COORDINATE'],
      ['cong-an-huyen-lacj-duwowng.lam-dong', 'LEAD'],
    ]);
    expect(at(r, 33)).toEqual([
      ['phong-y-te-huyen-lacj-duwowng.lam-dong', 'LEAD'],
      ['trung-tam-y-te-huyen-lacj-duwowng.lam-dong', 'LEAD'],
    ]);
    expect(at(r, 38)).toEqual([
      ['cac-doan-the-huyen-lacj-duwowng.lam-dong', 'REQUESTED'],
      ['ubmttq-huyen-lacj-duwowng.lam-dong', 'REQUESTED'],
    ]);
    expect(at(r, 40)).toEqual([['ubnd-cac-thi-tran-xa-huyen-lacj-duwowng.lam-dong', 'RESPONSIBLE']]);
    expect(duty(r, 40)!.requiresDerivedPlan).toBe(true);
    expect(at(r, 45)).toEqual([['van-phong-hdnd-ubnd-huyen-lacj-duwowng.lam-dong', 'RESPONSIBLE']]);
    // content bullets of "NHIỆM VỤ TRỌNG TÂM" are measures
    expect(duty(r, 21)).toBeUndefined();
    expect(duty(r, 22)).toBeUndefined();
    expect(r.duties).toHaveLength(11);
  });

  it('province plan with inline "Giao Sở … chủ trì" sentences', () => {
    const r = fixture('province');
    expect(at(r, 19)).toEqual([
      ['cong-an-tinh-ha-nam', 'LEAD'],
      ['so-thong-tin-truyen-thong-tinh-ha-nam', 'COORDINATE'],
      ['so-tu-phap-tinh-ha-nam', 'COORDINATE'],
    ]);
    expect(at(r, 21)).toEqual([
      ['so-ke-hoach-dau-tu-tinh-ha-nam', 'COORDINATE'],
      ['so-tai-chinh-tinh-ha-nam', 'LEAD'],
    ]);
    // "Sở LĐTBXH, Sở GDĐT phối hợp với Công an tỉnh triển khai …": the sentence's subjects coordinate,
    // Công an tỉnh is the implied lead
    expect(at(r, 23)).toEqual([
      ['cong-an-tinh-ha-nam', 'LEAD'],
      ['so-giao-duc-dao-tao-tinh-ha-nam', 'COORDINATE'],
      ['so-lao-dong-thuong-binh-xa-hoi-tinh-ha-nam', 'COORDINATE'],
    ]);
    expect(at(r, 25)).toEqual([
      ['toa-an-nhan-dan-tinh-ha-nam', 'REQUESTED'],
      ['vien-kiem-sat-nhan-dan-tinh-ha-nam', 'REQUESTED'],
    ]);
    expect(at(r, 27)).toEqual([
      ['bao-ha-nam', 'RESPONSIBLE'],
      ['dai-phat-thanh-truyen-hinh-ha-nam', 'RESPONSIBLE'],
    ]);
    expect(at(r, 31)).toEqual([
      ['cac-so-ban-nganh-tinh-ha-nam', 'RESPONSIBLE'],
      ['ubnd-cac-huyen-thanh-pho-tinh-ha-nam', 'RESPONSIBLE'],
    ]);
    expect(duty(r, 31)!.requiresDerivedPlan).toBe(true);
    expect(at(r, 35)).toEqual([['cong-an-tinh-ha-nam', 'RESPONSIBLE']]);
  });

  it('plan with "a)/b)" sub-items, including lettered agency headings', () => {
    const r = fixture('subitems');
    expect(at(r, 18)).toEqual([['cong-an-thanh-pho-ddaf-latj.lam-dong', 'LEAD']]);
    expect(at(r, 19)).toEqual([
      ['cong-an-thanh-pho-ddaf-latj.lam-dong', 'COORDINATE'],
      ['phong-van-hoa-thong-tin-thanh-pho-ddaf-latj.lam-dong', 'LEAD'],
    ]);
    expect(at(r, 21)).toEqual([['phong-kinh-te-thanh-pho-ddaf-latj.lam-dong', 'LEAD']]);
    expect(at(r, 22)).toEqual([['phong-tai-chinh-ke-hoach-thanh-pho-ddaf-latj.lam-dong', 'RESPONSIBLE']]);
    expect(at(r, 23)).toEqual([['ubmttq-thanh-pho-ddaf-latj.lam-dong', 'REQUESTED']]);
    expect(at(r, 25)).toEqual([['ubnd-cac-phuong-xa-thanh-pho-ddaf-latj.lam-dong', 'RESPONSIBLE']]);
    expect(at(r, 26)).toEqual([['ubnd-cac-phuong-xa-thanh-pho-ddaf-latj.lam-dong', 'RESPONSIBLE']]);
    expect(duty(r, 28)).toBeUndefined(); // "Trên đây là Kế hoạch …"
    expect(r.duties).toHaveLength(7);
  });
});

describe('heading variants', () => {
  const run = (text: string) => {
    const { ctx } = loadFixture('province');
    return extractResponsibilities(sourceFromText(text), ctx, header(ctx, 1));
  };

  it('reads nested "1.1." headings, "Giao X:" headings, "a." sub-items and a colon duty', () => {
    const r = run(
      [
        'III. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ',
        '1. Các cơ quan cấp tỉnh',
        '1.1. Công an tỉnh (cơ quan thường trực)',
        '- Chủ trì tham mưu UBND tỉnh tổ chức thực hiện Kế hoạch.',
        '1.2. Sở Thông tin và Truyền thông:',
        '• Chỉ đạo các cơ quan báo chí tuyên truyền.',
        '2. Giao Sở Tài chính:',
        '– Bố trí kinh phí thực hiện.',
        '3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: phối hợp tuyên truyền, vận động Nhân dân.',
        '4. UBND các huyện, thị xã, thành phố',
        'a. Xây dựng kế hoạch cụ thể, gửi về Công an tỉnh trước ngày 30/6/2020.',
      ].join('\n'),
    );
    expect(at(r, 4)).toEqual([['cong-an-tinh-ha-nam', 'LEAD']]);
    expect(at(r, 6)).toEqual([['so-thong-tin-truyen-thong-tinh-ha-nam', 'RESPONSIBLE']]);
    expect(at(r, 8)).toEqual([['so-tai-chinh-tinh-ha-nam', 'RESPONSIBLE']]);
    expect(at(r, 9)).toEqual([['ubmttq-tinh-ha-nam', 'REQUESTED']]);
    expect(at(r, 11)).toEqual([['ubnd-cac-huyen-thi-xa-thanh-pho-tinh-ha-nam', 'RESPONSIBLE']]);
    expect(r.duties.every((d) => !d.unattributed)).toBe(true);
  });

  it('reads "Trách nhiệm của X" headings and a two-column signature beside "Nơi nhận"', () => {
    const r = run(
      [
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Trách nhiệm của Công an tỉnh',
        '- Chủ trì hướng dẫn thực hiện.',
        '2. Trách nhiệm của các sở, ban, ngành',
        'a) Sở Y tế: bảo đảm thuốc men.',
        '',
        'Nơi nhận: | TM. ỦY BAN NHÂN DÂN',
        '- Như trên; | KT. CHỦ TỊCH',
        '- Bộ Công an (b/c); | PHÓ CHỦ TỊCH',
        '- Lưu: VT, NC.',
      ].join('\n'),
    );
    expect(at(r, 3)).toEqual([['cong-an-tinh-ha-nam', 'LEAD']]);
    expect(at(r, 5)).toEqual([['so-y-te-tinh-ha-nam', 'RESPONSIBLE']]);
    expect(r.recipients.map((x) => [x.line, x.name, x.purpose, x.agencyKey])).toEqual([
      [8, 'Như trên', null, null],
      [9, 'Bộ Công an', 'REPORT', 'bo-cong-an'],
      [10, 'Lưu: VT, NC', 'ARCHIVE', null],
    ]);
  });

  it('reports a verb-first bullet in an assignment section with no heading as a lost heading', () => {
    const r = run(['III. PHÂN CÔNG TRÁCH NHIỆM', '- Chủ trì, phối hợp với Sở Y tế kiểm tra an toàn thực phẩm.', '- Phối hợp tuyên truyền.'].join('\n'));
    expect(r.duties.map((d) => [d.line, d.unattributed])).toEqual([
      [2, true],
      [3, true],
    ]);
    expect(at(r, 2)).toEqual([['so-y-te-tinh-ha-nam', 'COORDINATE']]);
    expect(r.issues.filter((i) => i.code === 'LOST_HEADING').map((i) => [i.line, i.severity])).toEqual([[2, 'WARNING']]);
  });
});

describe('recipients ("Nơi nhận")', () => {
  it('Bỉm Sơn: one per line or ";" part, purposes from the parentheses', () => {
    expect(seed('bimSon').recipients.map((x) => [x.line, x.name, x.purpose, x.agencyKey])).toEqual([
      [160, 'UBND tỉnh', 'REPORT', 'ubnd-tinh-thanh-hoa'],
      [161, 'Công an tỉnh', 'REPORT', 'cong-an-tinh-thanh-hoa'],
      [162, 'TT Thị ủy', 'REPORT', 'thuong-truc-thi-uy-bimr-sown.thanh-hoa'],
      [162, 'HĐND TX', 'REPORT', 'hdnd-thi-xa-bimr-sown.thanh-hoa'],
      [163, 'Phòng, ban cơ quan UBND thị xã', 'IMPLEMENT', null],
      [164, 'Các đoàn thể cấp Thị xã', 'IMPLEMENT', null],
      [165, 'Cơ quan, đơn vị, UBND các phường, xã', 'IMPLEMENT', null],
      [166, 'Lưu VP', 'ARCHIVE', null],
    ]);
  });

  it('Tây Ninh: no purpose markers; "Lưu: VT; VP UBND tỉnh" is two archive slots; persons are not bodies', () => {
    expect(seed('tayNinh').recipients.map((x) => [x.line, x.name, x.purpose, x.agencyKey])).toEqual([
      [83, 'Bộ Công an', null, 'bo-cong-an'],
      [84, 'Thường trực Tỉnh ủy', null, 'thuong-truc-tinh-uy-tay-ninh'],
      [85, 'CT, các PCT UBND tỉnh', null, null],
      [86, 'Các Sở, ban, ngành, tổ chức CT-XH', null, null],
      [87, 'Các cơ quan, doanh nghiệp, nhà trường', null, null],
      [88, 'UBND các huyện, thị xã, thành phố', null, null],
      [89, 'CVP, các PVP Nhung, Long', null, null],
      [90, 'Lưu: VT', 'ARCHIVE', null],
      [90, 'VP UBND tỉnh', 'ARCHIVE', 'van-phong-ubnd-tinh-tay-ninh'],
    ]);
  });

  it('Vĩnh Thủy and Đông Triều', () => {
    const vt = seed('vinhThuy').recipients;
    expect(vt.filter((x) => x.line === 94).map((x) => x.agencyKey)).toEqual(['cong-an-xa-vinhx-thuyr', 'bchqs-xa-vinhx-thuyr']);
    expect(vt.filter((x) => x.purpose !== null).map((x) => x.line)).toEqual([98]);
    const dt = seed('dongTrieu').recipients;
    expect(dt.map((x) => x.purpose)).toEqual(['REPORT', 'REPORT', 'REPORT', 'REPORT', null, null, null, 'IMPLEMENT', 'IMPLEMENT', 'ARCHIVE']);
    expect(dt[1]!.agencyKey).toBe('bcd-05-qn-tinh-quang-ninh');
    expect(seed('bacNinh').recipients).toEqual([]);
  });
});

describe('per-task lines (conventions v2): "Đơn vị chủ trì / Đơn vị phối hợp / Thời gian hoàn thành"', () => {
  const text = [
    'ỦY BAN NHÂN DÂN TỈNH BẮC NINH',
    'KẾ HOẠCH',
    'Triển khai các nhiệm vụ chuyển đổi số',
    'I. NHIỆM VỤ',
    '(1) Sao lưu, duy trì các cơ sở dữ liệu trong hệ thống cũ, dự phòng trong các trường hợp mất dữ liệu.',
    '- Đơn vị chủ trì thực hiện: Văn phòng UBND tỉnh.',
    '- Đơn vị phối hợp: Sở Tài chính; Công an tỉnh.',
    '- Thời gian hoàn thành: trước ngày 30/9/2025.',
    '(2) Phối hợp Ban Cơ yếu Chính phủ triển khai các giải pháp bảo mật kênh truyền.',
    '- Đơn vị thực hiện: Sở Khoa học và Công nghệ.',
    '- Thời gian hoàn thành: Thực hiện thường xuyên.',
    '2. Tái cơ cấu ngành công nghiệp theo chiều sâu',
    '- Tham mưu UBND tỉnh xây dựng chính sách thu hút các dự án công nghệ cao.',
    '- Đôn đốc, hướng dẫn doanh nghiệp chuyển đổi mô hình sản xuất.',
    'Lãnh đạo phụ trách: Phó giám đốc Hoàng Văn Thuân.',
    'Đơn vị chủ trì: Sở Công Thương; Đơn vị phối hợp: Sở Xây dựng, Sở Nội vụ.',
  ].join('\n');
  const r = () => {
    const { ctx } = loadSeed('bacNinh');
    return extractResponsibilities(sourceFromText(text), ctx, header(ctx, 4));
  };

  it('makes each task one duty at its first line, with LEAD and COORDINATE from its lines', () => {
    expect(at(r(), 5)).toEqual([
      ['cong-an-tinh-bac-ninh', 'COORDINATE'],
      ['so-tai-chinh-tinh-bac-ninh', 'COORDINATE'],
      ['van-phong-ubnd-tinh-bac-ninh', 'LEAD'],
    ]);
    // "Đơn vị thực hiện: X" alone: X carries it; the task starts "Phối hợp Ban Cơ yếu Chính phủ …" → implied lead
    expect(at(r(), 9)).toEqual([
      ['ban-co-yeu-chinh-phu', 'LEAD'],
      ['so-khoa-hoc-cong-nghe-tinh-bac-ninh', 'RESPONSIBLE'],
    ]);
    // the chủ trì line after the bullets belongs to the numbered task, not to its last bullet
    expect(at(r(), 12)).toEqual([
      ['so-cong-thuong-tinh-bac-ninh', 'LEAD'],
      ['so-noi-vu-tinh-bac-ninh', 'COORDINATE'],
      ['so-xay-dung-tinh-bac-ninh', 'COORDINATE'],
    ]);
    for (const line of [6, 7, 8, 10, 11, 15, 16]) expect(duty(r(), line)).toBeUndefined();
    expect(r().assignments.find((a) => a.line === 5 && a.role === 'LEAD')).toMatchObject({ basis: 'EXPLICIT', rule: 'task-line.chu-tri' });
  });

  it('binds the "Thời gian hoàn thành" of a task to the task and its lead', () => {
    const d = r().deadlines.find((x) => x.line === 8);
    expect(d).toMatchObject({ kind: 'ABSOLUTE', date: '2025-09-30', dutyKey: duty(r(), 5)!.key });
    expect(d!.agencyKeys).toEqual(['van-phong-ubnd-tinh-bac-ninh']);
  });
});
