/**
 * A national corpus generator: plans of the 34 provinces and ~3,300 communes/wards, in the genre of
 * the seeds (seed/documents), each with the facts behind its text written beside it, so that a
 * load can be checked fact for fact (test/int/identity-national.int.test.ts; issue 8's benchmark).
 *
 *   npx tsx bench/national/generate.ts --plans 1000 [--seed 7] [--from 2025] [--to YEAR] --out /tmp/national
 *
 * writes <out>/NNNNNN.txt and <out>/NNNNNN.facts.json. Deterministic: the same options give the
 * same bytes.
 *
 * What the corpus holds on purpose (the cases that made the loader merge plans before keys.ts):
 *  - the same commune name in several provinces ("Tân Thạnh" in many), numbers restarting per issuer
 *    (two communes of one name may issue "12/KH-UBND" on the same day);
 *  - names that differ only by diacritics in one province (Tân Thanh / Tân Thạnh / Tân Thành);
 *  - spelling variants of one name in the text ("Hoà"/"Hòa", "Uỷ ban"/"Ủy ban"), which must stay one key;
 *  - commune-level bodies named by their heading the way commune plans do ("Công an xã", "Trạm Y tế xã",
 *    "Trường Trung học cơ sở <tên>", "Ban Chỉ huy Quân sự xã", "Đề nghị Ủy ban MTTQ Việt Nam xã"), and
 *    the group "UBND các xã, phường" in province plans.
 * Plans per year: each province implements the national instruments of the year's topics (Nghị quyết
 * 147/NQ-CP, Chỉ thị 07/CT-BCA-V28, Luật Phòng, chống khủng bố), each commune implements its
 * province's plan of the topic. The units are the two-tier structure of 2025 (no districts) for
 * every year: the names are invented, the genre is not.
 *
 * Facts (per file): the document's identity (issuer, number, date, key), its IMPLEMENTS edges, and the
 * (agency, role, line) assignments a careful reader takes from the text under the conventions of
 * docs/extraction-conventions.md. Keys in the facts are computed by src/domain/keys.ts from the
 * names, i.e. they say which names must be one node and which must be two.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { agencyKey, documentKey, numberPart, unitKey, type UnitRef } from '../../src/domain/keys.js';

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

// ---------------------------------------------------------------------------------------------
// Gazetteer: 34 provinces (since 2025-07-01) and their communes/wards

/** [name, tier word] — the six centrally governed cities are "thành phố". */
export const PROVINCES_2025: Array<[string, 'tỉnh' | 'thành phố']> = [
  ['Hà Nội', 'thành phố'], ['Huế', 'thành phố'], ['Lai Châu', 'tỉnh'], ['Điện Biên', 'tỉnh'], ['Sơn La', 'tỉnh'],
  ['Lạng Sơn', 'tỉnh'], ['Quảng Ninh', 'tỉnh'], ['Thanh Hóa', 'tỉnh'], ['Nghệ An', 'tỉnh'], ['Hà Tĩnh', 'tỉnh'],
  ['Cao Bằng', 'tỉnh'], ['Tuyên Quang', 'tỉnh'], ['Lào Cai', 'tỉnh'], ['Thái Nguyên', 'tỉnh'], ['Phú Thọ', 'tỉnh'],
  ['Bắc Ninh', 'tỉnh'], ['Hưng Yên', 'tỉnh'], ['Hải Phòng', 'thành phố'], ['Ninh Bình', 'tỉnh'], ['Quảng Trị', 'tỉnh'],
  ['Đà Nẵng', 'thành phố'], ['Quảng Ngãi', 'tỉnh'], ['Gia Lai', 'tỉnh'], ['Khánh Hòa', 'tỉnh'], ['Lâm Đồng', 'tỉnh'],
  ['Đắk Lắk', 'tỉnh'], ['Hồ Chí Minh', 'thành phố'], ['Đồng Nai', 'tỉnh'], ['Tây Ninh', 'tỉnh'], ['Cần Thơ', 'thành phố'],
  ['Vĩnh Long', 'tỉnh'], ['Đồng Tháp', 'tỉnh'], ['Cà Mau', 'tỉnh'], ['An Giang', 'tỉnh'],
];

const FIRST = [
  'Tân', 'Phú', 'An', 'Bình', 'Hòa', 'Long', 'Mỹ', 'Vĩnh', 'Phước', 'Xuân', 'Hải', 'Đông', 'Tây', 'Nam', 'Bắc',
  'Trung', 'Quang', 'Hưng', 'Thái', 'Minh', 'Đức', 'Hiệp', 'Lộc', 'Hồng', 'Kim', 'Ngọc', 'Sơn', 'Cẩm', 'Yên',
  'Gia', 'Định', 'Thuận', 'Khánh', 'Lạc', 'Thạnh', 'Châu', 'Hà', 'Quảng', 'Nghĩa', 'Thiện',
];
const SECOND = [
  'Thạnh', 'Thanh', 'Thành', 'Hòa', 'Hưng', 'Lợi', 'Phú', 'An', 'Bình', 'Long', 'Lộc', 'Phước', 'Sơn', 'Hải',
  'Thuận', 'Trung', 'Đông', 'Tây', 'Mỹ', 'Tiến', 'Lập', 'Hiệp', 'Khánh', 'Xuân', 'Định', 'Quang', 'Hà', 'Giang',
  'Thủy', 'Thịnh', 'Vinh', 'Vĩnh', 'Điền', 'Hậu', 'Nghĩa', 'Đức',
];
/** Names that differ only by diacritics: every province gets some of these, side by side. */
const HOMOGRAPHS = [['Tân Thanh', 'Tân Thạnh', 'Tân Thành'], ['Bình Thanh', 'Bình Thạnh', 'Bình Thành'], ['Thanh Hà', 'Thạnh Hà'], ['Hòa Thanh', 'Hòa Thạnh', 'Hòa Thành']];

export interface Province {
  name: string; // "Tây Ninh"
  tier: 'tỉnh' | 'thành phố';
  display: string; // "tỉnh Tây Ninh"
  key: string;
  communes: Commune[];
}
export interface Commune {
  name: string; // "Tân Thạnh"
  tier: 'xã' | 'phường';
  display: string; // "xã Tân Thạnh"
  key: string;
  province: Province;
}

/** ~3,300 communes/wards over the 34 provinces: unique names within a province, shared across them. */
export function gazetteer(seed: number, communesPerProvince = 97): Province[] {
  const r = rng(seed ^ 0x9e3779b9);
  return PROVINCES_2025.map(([name, tier], pi) => {
    const display = `${tier} ${name}`;
    const p: Province = { name, tier, display, key: unitKey(tier, name, 'PROVINCE'), communes: [] };
    const names = new Set<string>();
    // near-homographs first (two or three of one set in every province), then common combinations
    for (const set of HOMOGRAPHS) {
      const n = (pi + HOMOGRAPHS.indexOf(set)) % 3 === 0 ? set.length : Math.min(2, set.length);
      for (const x of set.slice(0, n)) names.add(x);
    }
    let guard = 0;
    while (names.size < communesPerProvince && guard++ < 100_000) {
      const a = pick(r, FIRST);
      const b = pick(r, SECOND);
      if (a !== b) names.add(`${a} ${b}`);
    }
    for (const n of names) {
      const ctier: 'xã' | 'phường' = r() < 0.25 ? 'phường' : 'xã';
      p.communes.push({ name: n, tier: ctier, display: `${ctier} ${n}`, key: unitKey(ctier, n, 'COMMUNE', display), province: p });
    }
    return p;
  });
}

// ---------------------------------------------------------------------------------------------
// Topics: the national instruments, and how plans implementing them are titled

interface Topic {
  id: string;
  from: number; // first year a plan of this topic is issued
  instrument: { key: string; cite: string; short: string };
  title: string; // after "Thực hiện …" in a province plan's title
  aim: string;
  inTitle: boolean; // the title names the instrument ("… thực hiện Nghị quyết số 147/NQ-CP …")
}
const TOPICS: Topic[] = [
  {
    id: 'nq147',
    from: 2025,
    instrument: {
      key: 'chinh-phu/147-nq-cp/2025',
      cite: 'Nghị quyết số 147/NQ-CP ngày 22/5/2025 của Chính phủ ban hành Chiến lược tổng thể quốc gia phòng ngừa, ứng phó với các mối đe dọa an ninh phi truyền thống đến năm 2030, tầm nhìn đến năm 2045',
      short: 'Nghị quyết số 147/NQ-CP',
    },
    title: 'Thực hiện Nghị quyết số 147/NQ-CP của Chính phủ về Chiến lược tổng thể quốc gia phòng ngừa, ứng phó với các mối đe dọa an ninh phi truyền thống',
    aim: 'phòng ngừa, ứng phó với các mối đe dọa an ninh phi truyền thống',
    inTitle: true,
  },
  {
    id: 'ct07',
    from: 2015,
    instrument: {
      key: 'bo-cong-an/07-ct-bca-v28/2014',
      cite: 'Chỉ thị số 07/CT-BCA-V28 ngày 15/8/2014 của Bộ trưởng Bộ Công an về đẩy mạnh công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc trong cơ quan, doanh nghiệp, nhà trường đáp ứng yêu cầu, nhiệm vụ bảo đảm an ninh, trật tự trong tình hình mới',
      short: 'Chỉ thị số 07/CT-BCA-V28',
    },
    title: 'Tiếp tục đẩy mạnh thực hiện Chỉ thị số 07/CT-BCA-V28 của Bộ trưởng Bộ Công an về xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc trong cơ quan, doanh nghiệp, nhà trường',
    aim: 'xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc trong cơ quan, doanh nghiệp, nhà trường',
    inTitle: true,
  },
  {
    id: 'pckb',
    from: 2015,
    instrument: {
      key: 'quoc-hoi/28-2013-qh13/2013',
      cite: 'Luật Phòng, chống khủng bố số 28/2013/QH13 ngày 12/6/2013',
      short: 'Luật Phòng, chống khủng bố',
    },
    title: 'Triển khai công tác phòng, chống khủng bố',
    aim: 'phòng, chống khủng bố, tài trợ khủng bố',
    inTitle: false,
  },
];

// ---------------------------------------------------------------------------------------------
// Facts

export interface AssignmentFact {
  agency: string; // canonical name, jurisdiction spelled out
  agencyKey: string;
  role: 'LEAD' | 'COORDINATE' | 'RESPONSIBLE' | 'REQUESTED' | 'ADVISE';
  line: number;
}
export interface PlanFacts {
  file: string;
  document: {
    key: string;
    kind: 'PLAN';
    number: string;
    issuedOn: string;
    year: number;
    issuer: { name: string; key: string; level: 'PROVINCE' | 'COMMUNE' };
    unit: { key: string; name: string; province: string };
    title: string;
  };
  implements: Array<{ key: string; line: number }>;
  assignments: AssignmentFact[];
}
export interface GeneratedPlan {
  name: string; // file name without extension
  text: string;
  facts: PlanFacts;
}

// ---------------------------------------------------------------------------------------------
// Text

const VARIANT: Array<[RegExp, string]> = [
  [/Ủy ban/g, 'Uỷ ban'],
  [/hóa/g, 'hoá'],
  [/Hòa/g, 'Hoà'],
];

/** Old-style tone placement in running text for some plans: one name, two spellings, one key. */
function oldStyle(s: string): string {
  let t = s;
  for (const [re, to] of VARIANT) t = t.replace(re, to);
  return t;
}

const upper = (s: string) => s.toLocaleUpperCase('vi');
const dmy = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
};
const dateLine = (place: string, iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${place}, ngày ${String(d).padStart(2, '0')} tháng ${m} năm ${y}`;
};

const SIGNERS = ['Nguyễn Văn Hùng', 'Trần Thị Thanh Hà', 'Lê Minh Tuấn', 'Phạm Quốc Bảo', 'Võ Thị Mỹ Linh', 'Đặng Văn Phúc', 'Huỳnh Thanh Tâm', 'Bùi Đức Thắng'];

class Writer {
  lines: string[] = [];
  push(...ls: string[]) {
    for (const l of ls) this.lines.push(l);
    return this.lines.length; // the 1-based line of the last pushed line
  }
  para(l: string) {
    const n = this.push(l);
    this.push('');
    return n;
  }
}

interface PlanSpec {
  topic: Topic;
  year: number;
  number: string;
  issuedOn: string;
  province: Province;
  commune: Commune | null;
  parent: { number: string; issuedOn: string; key: string } | null; // the province plan a commune plan implements
  old: boolean; // old-style tone placement in the text
  signer: string;
  r: () => number;
}

/** The title's line: header() writes it under "KẾ HOẠCH" (line 13). */
const TITLE_LINE = 14;

function header(w: Writer, s: PlanSpec, title: string) {
  const u = s.commune ?? s.province;
  w.push('ỦY BAN NHÂN DÂN', upper(u.display), '-------', '');
  w.push('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------', '');
  w.push(`Số: ${s.number}`, '');
  w.push(dateLine(u.name, s.issuedOn), '');
  w.push('KẾ HOẠCH', title, '');
}

/** A plan's text (old-style spellings when asked) and its facts. */
function planOutput(
  w: Writer,
  s: PlanSpec,
  issuer: PlanFacts['document']['issuer'],
  unit: PlanFacts['document']['unit'],
  title: string,
  implements_: PlanFacts['implements'],
  assignments: AssignmentFact[],
): { text: string; facts: Omit<PlanFacts, 'file'> } {
  const text = w.lines.join('\n') + '\n';
  return {
    text: s.old ? oldStyle(text) : text,
    facts: {
      document: { key: documentKey(issuer.key, numberPart(s.number), s.year), kind: 'PLAN', number: s.number, issuedOn: s.issuedOn, year: s.year, issuer, unit, title },
      implements: implements_,
      assignments,
    },
  };
}

function provincePlan(s: PlanSpec): { text: string; facts: Omit<PlanFacts, 'file'> } {
  const w = new Writer();
  const P = s.province;
  const pd = P.display; // "tỉnh Tây Ninh"
  const tierWord = P.tier; // "tỉnh" | "thành phố"
  const pref: UnitRef = { key: P.key, name: pd, level: 'PROVINCE' };
  const ag = (body: string) => ({ name: `${body} ${pd}`, key: agencyKey(`${body} ${pd}`, pref) });
  const title = `${s.topic.title} năm ${s.year}`;
  header(w, s, title);
  const impl = w.para(`Thực hiện ${s.topic.instrument.cite}; UBND ${tierWord} ban hành Kế hoạch ${s.topic.aim} trên địa bàn ${tierWord} năm ${s.year} như sau:`);
  w.para('I. MỤC ĐÍCH, YÊU CẦU');
  w.para(`1. Quán triệt, triển khai thực hiện nghiêm túc, có hiệu quả ${s.topic.instrument.short}; nâng cao nhận thức, trách nhiệm của các cấp, các ngành và Nhân dân trong công tác ${s.topic.aim}.`);
  w.para('2. Xác định rõ nhiệm vụ, giải pháp và phân công cụ thể trách nhiệm của các sở, ban, ngành, địa phương; bảo đảm sự phối hợp chặt chẽ, thường xuyên.');
  w.para('II. NHIỆM VỤ, GIẢI PHÁP');
  w.para('1. Đẩy mạnh công tác tuyên truyền, phổ biến, giáo dục pháp luật; nâng cao tinh thần cảnh giác của Nhân dân trước mọi âm mưu, thủ đoạn của các thế lực thù địch.');
  w.para('2. Nắm chắc tình hình, chủ động phát hiện, phòng ngừa, xử lý kịp thời các vụ việc phức tạp về an ninh, trật tự ngay từ cơ sở.');
  w.para('III. TỔ CHỨC THỰC HIỆN');
  const A: AssignmentFact[] = [];
  const ca = ag('Công an');
  const yt = ag('Sở Y tế');
  const gd = ag('Sở Giáo dục và Đào tạo');
  const tp = ag('Sở Tư pháp');
  const tc = ag('Sở Tài chính');
  const groups = { name: `UBND các xã, phường ${pd}`, key: agencyKey(`UBND các xã, phường ${pd}`, pref, true) };
  const mttq = ag('Ủy ban MTTQ Việt Nam');
  let n = 0;
  w.para(`${++n}. Công an ${tierWord}`);
  let l = w.para(`- Chủ trì, phối hợp với Sở Tư pháp tổ chức tuyên truyền, phổ biến pháp luật về ${s.topic.aim} cho cán bộ, công chức và Nhân dân.`);
  A.push({ agency: ca.name, agencyKey: ca.key, role: 'LEAD', line: l }, { agency: tp.name, agencyKey: tp.key, role: 'COORDINATE', line: l });
  l = w.para(`- Chủ động nắm tình hình, theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND ${tierWord} trước ngày 15/12/${s.year}.`);
  A.push({ agency: ca.name, agencyKey: ca.key, role: 'RESPONSIBLE', line: l });
  w.para(`${++n}. Sở Y tế`);
  l = w.para('- Chủ trì, phối hợp với Sở Tài chính bảo đảm thuốc, trang thiết bị y tế, lực lượng sơ cứu, cấp cứu khi có tình huống xảy ra.');
  A.push({ agency: yt.name, agencyKey: yt.key, role: 'LEAD', line: l }, { agency: tc.name, agencyKey: tc.key, role: 'COORDINATE', line: l });
  if (s.r() < 0.7) {
    w.para(`${++n}. Sở Giáo dục và Đào tạo`);
    l = w.para('- Chủ trì, phối hợp với Công an tỉnh lồng ghép nội dung bảo vệ an ninh, trật tự vào hoạt động ngoại khóa của học sinh, sinh viên.'.replace('Công an tỉnh', `Công an ${tierWord}`));
    A.push({ agency: gd.name, agencyKey: gd.key, role: 'LEAD', line: l }, { agency: ca.name, agencyKey: ca.key, role: 'COORDINATE', line: l });
  }
  w.para(`${++n}. UBND các xã, phường`);
  l = w.para(`- Căn cứ Kế hoạch này, xây dựng kế hoạch triển khai thực hiện tại địa phương; báo cáo kết quả về UBND ${tierWord} (qua Công an ${tierWord}) trước ngày 10/12/${s.year}.`);
  A.push({ agency: groups.name, agencyKey: groups.key, role: 'RESPONSIBLE', line: l });
  w.para(`${++n}. Đề nghị Ủy ban MTTQ Việt Nam ${tierWord}`);
  l = w.para('- Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tích cực tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc.');
  A.push({ agency: mttq.name, agencyKey: mttq.key, role: 'REQUESTED', line: l });
  w.para(`Trên đây là Kế hoạch ${s.topic.aim} năm ${s.year} của UBND ${pd}. Yêu cầu các sở, ban, ngành, địa phương nghiêm túc triển khai thực hiện./.`);
  w.push('Nơi nhận:', '- Bộ Công an (b/c);', `- Thường trực ${tierWord === 'tỉnh' ? 'Tỉnh ủy' : 'Thành ủy'}, HĐND ${tierWord} (b/c);`, '- Các sở, ban, ngành;', '- UBND các xã, phường;', '- Lưu: VT.', '');
  w.push('TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', s.signer);
  const issuer = { name: `UBND ${pd}`, key: agencyKey(`UBND ${pd}`, pref), level: 'PROVINCE' as const };
  // one edge per cited document, at its first mention: the title when it names the instrument
  return planOutput(w, s, issuer, { key: P.key, name: pd, province: P.key }, title, [{ key: s.topic.instrument.key, line: s.topic.inTitle ? TITLE_LINE : impl }], A);
}

function communePlan(s: PlanSpec): { text: string; facts: Omit<PlanFacts, 'file'> } {
  const w = new Writer();
  const C = s.commune!;
  const P = s.province;
  const cd = C.display; // "xã Tân Thạnh"
  const t = C.tier; // "xã" | "phường"
  const cref: UnitRef = { key: C.key, name: cd, level: 'COMMUNE' };
  const ag = (body: string) => ({ name: `${body} ${cd}`, key: agencyKey(`${body} ${cd}`, cref) });
  const title = `${s.topic.title.replace(/^Thực hiện /, 'Triển khai thực hiện ')} năm ${s.year}`;
  header(w, s, title);
  const impl = w.para(
    `Thực hiện Kế hoạch số ${s.parent!.number} ngày ${dmy(s.parent!.issuedOn)} của UBND ${P.display} về ${s.topic.aim} năm ${s.year}; ` +
      `căn cứ tình hình thực tế tại địa phương, UBND ${cd} ban hành Kế hoạch triển khai thực hiện như sau:`,
  );
  w.para('I. MỤC ĐÍCH, YÊU CẦU');
  w.para(`1. Tổ chức quán triệt, triển khai thực hiện nghiêm túc các chủ trương của Đảng, chính sách pháp luật của Nhà nước về ${s.topic.aim}; nâng cao nhận thức, trách nhiệm của cán bộ, công chức và Nhân dân trên địa bàn.`);
  w.para('2. Chủ động nắm chắc tình hình, kịp thời phát hiện, phòng ngừa, ngăn chặn các hoạt động vi phạm pháp luật; không để bị động, bất ngờ trong mọi tình huống.');
  w.para('II. NHIỆM VỤ TRỌNG TÂM');
  w.para('1. Đẩy mạnh tuyên truyền, phổ biến pháp luật; lồng ghép nội dung tuyên truyền trong các hội nghị, cuộc họp thôn, sinh hoạt đoàn thể ở cơ sở.');
  w.para('2. Thường xuyên rà soát, nắm chắc tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn; tham mưu xử lý các vụ việc phát sinh ngay từ cơ sở.');
  w.para('III. TỔ CHỨC THỰC HIỆN');
  const A: AssignmentFact[] = [];
  const ca = ag('Công an');
  const qs = ag('Ban Chỉ huy Quân sự');
  const yt = ag('Trạm Y tế');
  const vp = ag('Văn phòng HĐND và UBND');
  const mttq = ag('Ủy ban MTTQ Việt Nam');
  const schoolName = `Trường Trung học cơ sở ${C.name}`;
  const school = { name: schoolName, key: agencyKey(schoolName, cref) };
  let n = 0;
  w.para(`${++n}. Công an ${t}`);
  let l = w.para(`- Chủ trì, phối hợp với Văn phòng HĐND và UBND ${t} tổ chức tuyên truyền, phổ biến pháp luật về ${s.topic.aim} cho Nhân dân trên địa bàn.`);
  A.push({ agency: ca.name, agencyKey: ca.key, role: 'LEAD', line: l }, { agency: vp.name, agencyKey: vp.key, role: 'COORDINATE', line: l });
  l = w.para(`- Chủ động nắm tình hình, theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND ${t} trước ngày 05/12/${s.year}.`);
  A.push({ agency: ca.name, agencyKey: ca.key, role: 'RESPONSIBLE', line: l });
  w.para(`${++n}. Ban Chỉ huy Quân sự ${t}`);
  l = w.para(`- Chủ trì, phối hợp với Công an ${t} xây dựng phương án, sẵn sàng lực lượng tham gia xử lý các tình huống phức tạp về an ninh, trật tự.`);
  A.push({ agency: qs.name, agencyKey: qs.key, role: 'LEAD', line: l }, { agency: ca.name, agencyKey: ca.key, role: 'COORDINATE', line: l });
  w.para(`${++n}. Trạm Y tế ${t}`);
  l = w.para(`- Chủ trì, phối hợp với Ban Chỉ huy Quân sự ${t} chuẩn bị lực lượng, phương tiện sơ cứu, cấp cứu người bị nạn khi có tình huống xảy ra.`);
  A.push({ agency: yt.name, agencyKey: yt.key, role: 'LEAD', line: l }, { agency: qs.name, agencyKey: qs.key, role: 'COORDINATE', line: l });
  if (s.r() < 0.8) {
    w.para(`${++n}. ${schoolName}`);
    l = w.para(`- Chủ trì, phối hợp với Công an ${t} lồng ghép nội dung phòng, chống tội phạm và bảo vệ an ninh, trật tự vào các hoạt động ngoại khóa của học sinh.`);
    A.push({ agency: school.name, agencyKey: school.key, role: 'LEAD', line: l }, { agency: ca.name, agencyKey: ca.key, role: 'COORDINATE', line: l });
  }
  w.para(`${++n}. Đề nghị Ủy ban MTTQ Việt Nam ${t}`);
  l = w.para('- Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân chấp hành tốt các quy định của pháp luật; tích cực tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc.');
  A.push({ agency: mttq.name, agencyKey: mttq.key, role: 'REQUESTED', line: l });
  w.para(`Trên đây là Kế hoạch triển khai thực hiện năm ${s.year} của UBND ${cd}. Yêu cầu các cơ quan, đơn vị, bộ phận liên quan nghiêm túc triển khai thực hiện./.`);
  w.push('Nơi nhận:', `- UBND ${P.display} (b/c);`, `- Công an ${P.display} (b/c);`, `- TT Đảng ủy, HĐND ${t};`, `- Công an ${t}; Ban Chỉ huy Quân sự ${t};`, '- Lưu: VT.', '');
  w.push('TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', s.signer);
  const issuer = { name: `UBND ${cd}`, key: agencyKey(`UBND ${cd}`, cref), level: 'COMMUNE' as const };
  // the plan's own title "Triển khai thực hiện Nghị quyết số 147/NQ-CP …" implements the instrument too
  const impls = [{ key: s.parent!.key, line: impl }, ...(s.topic.inTitle ? [{ key: s.topic.instrument.key, line: TITLE_LINE }] : [])];
  return planOutput(w, s, issuer, { key: C.key, name: cd, province: P.key }, title, impls, A);
}

// ---------------------------------------------------------------------------------------------
// The corpus

export interface GenerateOptions {
  plans: number;
  seed?: number;
  from?: number;
  to?: number;
  communesPerProvince?: number;
}

/**
 * Communes in the order commune plans are written: first those whose name another province also has
 * or that have a near-homograph in their own province (the hard cases come first, so a small corpus
 * holds them), then the rest; deterministic.
 */
function communeOrder(provinces: Province[], r: () => number): Commune[] {
  const all = provinces.flatMap((p) => p.communes);
  const byName = new Map<string, number>();
  for (const c of all) byName.set(c.name, (byName.get(c.name) ?? 0) + 1);
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').toLowerCase();
  const byFold = new Map<string, Set<string>>();
  for (const c of all) {
    const k = `${c.province.key}|${fold(c.name)}`;
    (byFold.get(k) ?? byFold.set(k, new Set()).get(k)!).add(c.name);
  }
  const hard = (c: Commune) => (byName.get(c.name)! > 1 ? 1 : 0) + (byFold.get(`${c.province.key}|${fold(c.name)}`)!.size > 1 ? 2 : 0);
  const keyed = all.map((c) => ({ c, h: hard(c), t: r() }));
  // homographs in one province and the same name across provinces first, interleaving provinces
  keyed.sort((a, b) => b.h - a.h || a.t - b.t);
  return keyed.map((x) => x.c);
}

export function generate(opts: GenerateOptions): GeneratedPlan[] {
  const seed = opts.seed ?? 7;
  const from = opts.from ?? 2025;
  // Each year holds ~10,000 plans (34 province plans and ~3,300 commune plans per topic): without an
  // end year, the years go on until the corpus has its size (100,000 plans → 2025–2034).
  const to = opts.to ?? from + 99;
  const r = rng(seed);
  const provinces = gazetteer(seed, opts.communesPerProvince);
  const order = communeOrder(provinces, rng(seed + 1));
  const out: GeneratedPlan[] = [];
  const numbers = new Map<string, number>(); // issuer|year → last number
  const nextNumber = (issuerKey: string, year: number) => {
    const k = `${issuerKey}|${year}`;
    const n = (numbers.get(k) ?? int(r, 0, 40)) + int(r, 1, 9);
    numbers.set(k, n);
    return n;
  };
  const date = (year: number, fromMonth: number, toMonth: number) =>
    `${year}-${String(int(r, fromMonth, toMonth)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`;
  const emit = (spec: PlanSpec) => {
    const idx = out.length + 1;
    const name = String(idx).padStart(6, '0');
    const { text, facts } = spec.commune ? communePlan(spec) : provincePlan(spec);
    out.push({ name, text, facts: { file: `${name}.txt`, ...facts } });
  };
  const shared = new Map<string, { n: number; d: string }>();
  // numbers a commune has issued in a year: a shared number must not be one of its own already
  // (that would be two plans with one key — a KEY_COLLISION the loader rightly refuses)
  const used = new Set<string>();
  // Per year and topic: the communes in order (hard cases first), each preceded by its province's plan
  // of the topic the first time the province is needed; then the provinces no commune plan needed yet.
  for (let year = from; year <= to && out.length < opts.plans; year++) {
    for (const topic of TOPICS.filter((t) => year >= t.from)) {
      const provincePlans = new Map<string, { number: string; issuedOn: string; key: string }>();
      const provincePlan = (P: Province) => {
        let pp = provincePlans.get(P.key);
        if (!pp) {
          const number = `${nextNumber(P.key, year)}/KH-UBND`;
          const issuedOn = date(year, 1, 4);
          emit({ topic, year, number, issuedOn, province: P, commune: null, parent: null, old: r() < 0.15, signer: pick(r, SIGNERS), r });
          pp = { number, issuedOn, key: out[out.length - 1]!.facts.document.key };
          provincePlans.set(P.key, pp);
        }
        return pp;
      };
      for (const C of order) {
        if (out.length >= opts.plans) break;
        const parent = provincePlan(C.province);
        if (out.length >= opts.plans) break;
        // Same-named communes of different provinces get the same number and date now and then: their
        // plans then differ only by the province (the case that merged plans before keys.ts).
        const sk = `${C.name}|${topic.id}|${year}`;
        let n = nextNumber(C.key, year);
        while (used.has(`${C.key}|${year}|${n}`)) n = nextNumber(C.key, year);
        let d = date(year, Number(parent.issuedOn.slice(5, 7)) + 1, 11);
        const s = shared.get(sk);
        if (s && s.d > parent.issuedOn && r() < 0.7 && !used.has(`${C.key}|${year}|${s.n}`)) {
          n = s.n;
          d = s.d;
        } else shared.set(sk, { n, d });
        used.add(`${C.key}|${year}|${n}`);
        emit({ topic, year, number: `${n}/KH-UBND`, issuedOn: d, province: C.province, commune: C, parent, old: r() < 0.15, signer: pick(r, SIGNERS), r });
      }
      for (const P of provinces) {
        if (out.length >= opts.plans) break;
        provincePlan(P);
      }
    }
  }
  return out;
}

export function writeCorpus(plans: GeneratedPlan[], dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const p of plans) {
    writeFileSync(join(dir, `${p.name}.txt`), p.text);
    writeFileSync(join(dir, `${p.name}.facts.json`), JSON.stringify(p.facts, null, 1) + '\n');
  }
}

if (process.argv[1] && /generate\.ts$/.test(process.argv[1])) {
  const { values } = parseArgs({
    options: {
      plans: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '7' },
      from: { type: 'string', default: '2025' },
      to: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!values.out) {
    console.error('usage: npx tsx bench/national/generate.ts --plans N [--seed S] [--from Y] [--to Y] --out DIR');
    process.exit(2);
  }
  const t = Date.now();
  const plans = generate({ plans: Number(values.plans), seed: Number(values.seed), from: Number(values.from), to: values.to ? Number(values.to) : undefined });
  writeCorpus(plans, values.out);
  const communes = new Set(plans.map((p) => p.facts.document.unit.key)).size;
  const assignments = plans.reduce((n, p) => n + p.facts.assignments.length, 0);
  console.log(`${plans.length} plans (${communes} issuing units, ${assignments} assignments) in ${values.out} — ${Date.now() - t} ms`);
}
