/**
 * A small, deterministic national corpus for bench/national.ts until the full generator
 * (bench/national/generate.ts, issue 8 Build 1) lands: hand it over to that one.
 *
 * 34 provinces (28 tỉnh, 6 thành phố), ~100 communes each whose names repeat across provinces and
 * include pairs that differ only by diacritics (Tân An / Tân Ân); every year one provincial plan per
 * province implementing a national instrument (Nghị quyết 147/NQ-CP, Chỉ thị 07/CT-BCA-V28, Luật
 * Phòng, chống khủng bố) and commune plans implementing their province's plan of the year, in the
 * seeds' genre: header, "Thực hiện …" basis, I. MỤC ĐÍCH, II. PHÂN CÔNG TRÁCH NHIỆM with numbered
 * agency headings, chủ trì / phối hợp / đề nghị duties, an ABSOLUTE and a quarterly deadline, Nơi nhận.
 * Beside each text, <name>.facts.json holds what it says (number, date, issuer, basis, agencies and
 * roles with their lines, deadlines), so a load can be checked against it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PROVINCES: Array<{ name: string; city: boolean }> = [
  ...['Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ'].map((name) => ({ name, city: true })),
  ...[
    'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng', 'Tuyên Quang',
    'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Ninh Bình', 'Quảng Trị', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa',
    'Lâm Đồng', 'Đắk Lắk', 'Đồng Nai', 'Tây Ninh', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang',
  ].map((name) => ({ name, city: false })),
];

// Commune names: first × second syllables; the same name recurs in many provinces, and a few pairs
// differ only by diacritics (Tân An / Tân Ân, Phú Mỹ / Phù Mỹ) — they must stay two units.
const FIRST = ['Tân', 'Phú', 'Vĩnh', 'An', 'Hòa', 'Bình', 'Long', 'Thạnh', 'Đông', 'Xuân', 'Quảng', 'Hưng'];
const SECOND = ['An', 'Ân', 'Mỹ', 'Lợi', 'Thành', 'Hưng', 'Phước', 'Lộc', 'Thủy', 'Sơn', 'Hải', 'Tiến'];
const EXTRA = ['Phù Mỹ', 'Tân Ấn', 'Vĩnh Thuỷ'];

export const NATIONAL = [
  { number: '147/NQ-CP', date: '22/5/2025', iso: '2025-05-22', kindWord: 'Nghị quyết số', by: 'Chính phủ', about: 'Ban hành Chiến lược tổng thể quốc gia phòng ngừa, ứng phó với các mối đe dọa an ninh phi truyền thống đến năm 2030, tầm nhìn đến năm 2045', topic: 'phòng ngừa, ứng phó với các mối đe dọa an ninh phi truyền thống' },
  { number: '07/CT-BCA-V28', date: '20/10/2014', iso: '2014-10-20', kindWord: 'Chỉ thị số', by: 'Bộ trưởng Bộ Công an', about: 'đẩy mạnh công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc trong cơ quan, doanh nghiệp, nhà trường', topic: 'xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc' },
];

/** Deterministic PRNG (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function communesOf(provinceIndex: number, count = 97): string[] {
  const r = rng(1000 + provinceIndex);
  const names = new Set<string>();
  if (provinceIndex % 5 === 0) for (const e of EXTRA) names.add(e);
  while (names.size < count) names.add(`${FIRST[Math.floor(r() * FIRST.length)]} ${SECOND[Math.floor(r() * SECOND.length)]}`);
  return [...names];
}

export interface Facts {
  file: string;
  level: 'PROVINCE' | 'COMMUNE';
  kind: 'PLAN';
  number: string;
  issuedOn: string;
  issuer: string;
  province: string;
  commune: string | null;
  basis: { number: string; issuedOn: string; relation: 'IMPLEMENTS' };
  assignments: Array<{ agency: string; role: 'LEAD' | 'COORDINATE' | 'RESPONSIBLE' | 'REQUESTED'; line: number }>;
  deadlines: Array<{ kind: 'ABSOLUTE' | 'RECURRING'; date?: string; frequency?: string; day?: number; line: number }>;
}

const pad = (n: number) => String(n).padStart(2, '0');
const UP = (s: string) => s.toLocaleUpperCase('vi');

interface Plan {
  name: string;
  text: string;
  facts: Facts;
}

function provincePlan(pi: number, year: number, seq: number): Plan {
  const p = PROVINCES[pi]!;
  const unit = `${p.city ? 'thành phố' : 'tỉnh'} ${p.name}`;
  const nat = NATIONAL[(pi + year) % NATIONAL.length]!;
  const number = `${100 + seq}/KH-UBND`;
  const day = 1 + ((pi * 7 + year) % 27);
  const month = 1 + ((pi + year) % 3);
  const issuedOn = `${year}-${pad(month)}-${pad(day)}`;
  const L: string[] = [];
  const line = () => L.length; // 1-based number of the line just pushed
  const facts: Facts = {
    file: '', level: 'PROVINCE', kind: 'PLAN', number, issuedOn, issuer: `UBND ${unit}`, province: p.name, commune: null,
    basis: { number: nat.number, issuedOn: nat.iso, relation: 'IMPLEMENTS' }, assignments: [], deadlines: [],
  };
  L.push('ỦY BAN NHÂN DÂN', UP(unit), '', `Số: ${number}`, '', `${p.name}, ngày ${pad(day)} tháng ${pad(month)} năm ${year}`, '', 'KẾ HOẠCH');
  L.push(`Triển khai thực hiện ${nat.kindWord.replace(' số', '')} ${nat.number} về ${nat.topic} trên địa bàn ${unit} năm ${year}`, '');
  L.push(`Thực hiện ${nat.kindWord} ${nat.number} ngày ${nat.date} của ${nat.by} về ${nat.about}, UBND ${unit} ban hành Kế hoạch triển khai thực hiện năm ${year} như sau:`, '');
  L.push('I. MỤC ĐÍCH, YÊU CẦU', '');
  L.push(`1. Quán triệt, triển khai thực hiện nghiêm túc, hiệu quả ${nat.kindWord} ${nat.number} đến các cấp, các ngành và Nhân dân trên địa bàn ${unit}.`, '');
  L.push('2. Xác định rõ nhiệm vụ, trách nhiệm của các cơ quan, đơn vị, địa phương; bảo đảm sự phối hợp chặt chẽ, đồng bộ.', '');
  L.push('II. PHÂN CÔNG TRÁCH NHIỆM', '');
  L.push(`1. Công an ${unit}`, '');
  L.push(`- Chủ trì, phối hợp với Sở Tư pháp tổ chức tuyên truyền, phổ biến pháp luật về ${nat.topic} cho cán bộ, công chức và Nhân dân trên địa bàn.`);
  facts.assignments.push({ agency: `Công an ${unit}`, role: 'LEAD', line: line() }, { agency: `Sở Tư pháp ${unit}`, role: 'COORDINATE', line: line() });
  L.push('');
  L.push(`- Định kỳ hàng quý (trước ngày 15 của tháng cuối quý) tổng hợp, báo cáo kết quả thực hiện về UBND ${unit}.`);
  facts.assignments.push({ agency: `Công an ${unit}`, role: 'RESPONSIBLE', line: line() });
  facts.deadlines.push({ kind: 'RECURRING', frequency: 'QUARTERLY', day: 15, line: line() });
  L.push('');
  L.push('2. Sở Tư pháp', '');
  L.push(`- Phối hợp với Công an ${unit} biên soạn tài liệu tuyên truyền, hướng dẫn các xã, phường tổ chức thực hiện.`);
  facts.assignments.push({ agency: `Sở Tư pháp ${unit}`, role: 'COORDINATE', line: line() });
  L.push('');
  L.push('3. Bộ Chỉ huy Quân sự tỉnh', '');
  L.push(`- Chủ trì xây dựng phương án huy động lực lượng, phương tiện sẵn sàng ứng phó các tình huống phức tạp trên địa bàn, hoàn thành trước ngày 30/9/${year}.`);
  facts.assignments.push({ agency: `Bộ Chỉ huy Quân sự ${unit}`, role: 'LEAD', line: line() });
  facts.deadlines.push({ kind: 'ABSOLUTE', date: `${year}-09-30`, line: line() });
  L.push('');
  L.push('4. UBND các xã, phường', '');
  L.push(`- Căn cứ Kế hoạch này, xây dựng kế hoạch triển khai thực hiện tại địa phương, ban hành trước ngày 30/6/${year}.`);
  facts.assignments.push({ agency: `UBND các xã, phường ${unit}`, role: 'RESPONSIBLE', line: line() });
  facts.deadlines.push({ kind: 'ABSOLUTE', date: `${year}-06-30`, line: line() });
  L.push('');
  L.push('5. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội', '');
  L.push('- Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tích cực tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc.');
  facts.assignments.push({ agency: `Ủy ban MTTQ Việt Nam ${unit}`, role: 'REQUESTED', line: line() });
  L.push('');
  L.push(`Trên đây là Kế hoạch triển khai thực hiện ${nat.kindWord} ${nat.number} năm ${year} của UBND ${unit}./.`, '');
  L.push('Nơi nhận:', '- Bộ Công an;', '- TT Tỉnh ủy, HĐND tỉnh;', '- Các sở, ban, ngành tỉnh;', '- UBND các xã, phường;', '- Lưu: VT.', '');
  L.push('TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Nguyễn Văn An');
  const name = `p${pad(pi)}_${year}_${number.replace(/\//g, '-')}`;
  return { name, text: L.join('\n') + '\n', facts: { ...facts, file: `${name}.txt` } };
}

function communePlan(pi: number, ci: number, year: number, parent: Plan): Plan {
  const p = PROVINCES[pi]!;
  const punit = `${p.city ? 'thành phố' : 'tỉnh'} ${p.name}`;
  const c = communesOf(pi)[ci]!;
  const kindOfUnit = ci % 4 === 0 ? 'phường' : 'xã';
  const unit = `${kindOfUnit} ${c}`;
  const number = `${10 + (ci % 80)}/KH-UBND`;
  const [py, pm, pd] = parent.facts.issuedOn.split('-').map(Number) as [number, number, number];
  const month = Math.min(12, pm + 1 + (ci % 3));
  const day = 1 + (ci % 27);
  const issuedOn = `${year}-${pad(month)}-${pad(day)}`;
  const L: string[] = [];
  const line = () => L.length;
  const facts: Facts = {
    file: '', level: 'COMMUNE', kind: 'PLAN', number, issuedOn, issuer: `UBND ${unit}`, province: p.name, commune: c,
    basis: { number: parent.facts.number, issuedOn: parent.facts.issuedOn, relation: 'IMPLEMENTS' }, assignments: [], deadlines: [],
  };
  L.push('ỦY BAN NHÂN DÂN', UP(unit), '', `Số: ${number}`, '', `${c}, ngày ${pad(day)} tháng ${pad(month)} năm ${year}`, '', 'KẾ HOẠCH');
  L.push(`Triển khai công tác bảo đảm an ninh, trật tự trên địa bàn ${unit}, ${punit} năm ${year}`, '');
  L.push(`Thực hiện Kế hoạch số ${parent.facts.number} ngày ${pd}/${pm}/${py} của UBND ${punit} về triển khai thực hiện năm ${year}, UBND ${unit} ban hành Kế hoạch như sau:`, '');
  L.push('I. MỤC ĐÍCH, YÊU CẦU', '');
  L.push(`1. Chủ động nắm chắc tình hình, kịp thời phát hiện, phòng ngừa, ngăn chặn các hoạt động xâm phạm an ninh, trật tự trên địa bàn ${unit}.`, '');
  L.push('II. PHÂN CÔNG TRÁCH NHIỆM', '');
  L.push('1. Công an xã', '');
  L.push('- Chủ trì, phối hợp với Ban Chỉ huy Quân sự xã tổ chức tuần tra, kiểm soát, bảo đảm an ninh, trật tự tại các địa bàn trọng điểm.');
  facts.assignments.push({ agency: `Công an ${unit}`, role: 'LEAD', line: line() }, { agency: `Ban Chỉ huy Quân sự ${unit}`, role: 'COORDINATE', line: line() });
  L.push('');
  L.push(`- Tổng hợp kết quả thực hiện, báo cáo UBND xã trước ngày 15/12/${year}.`);
  facts.assignments.push({ agency: `Công an ${unit}`, role: 'RESPONSIBLE', line: line() });
  facts.deadlines.push({ kind: 'ABSOLUTE', date: `${year}-12-15`, line: line() });
  L.push('');
  L.push('2. Ban Chỉ huy Quân sự xã', '');
  L.push('- Phối hợp với Công an xã trong công tác nắm tình hình, xây dựng lực lượng dân quân sẵn sàng hỗ trợ khi có tình huống.');
  facts.assignments.push({ agency: `Ban Chỉ huy Quân sự ${unit}`, role: 'COORDINATE', line: line() });
  L.push('');
  L.push('3. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội', '');
  L.push('- Phối hợp tuyên truyền, vận động Nhân dân nâng cao ý thức cảnh giác, tích cực tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc.');
  facts.assignments.push({ agency: `Ủy ban MTTQ Việt Nam ${unit}`, role: 'REQUESTED', line: line() });
  L.push('');
  L.push(`Trên đây là Kế hoạch năm ${year} của UBND ${unit}. Yêu cầu các cơ quan, đơn vị liên quan nghiêm túc triển khai thực hiện./.`, '');
  L.push('Nơi nhận:', `- UBND ${punit};`, '- TT Đảng ủy, HĐND xã;', '- Công an xã; Ban Chỉ huy Quân sự xã;', '- Lưu: VT.', '');
  L.push('TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', 'Trần Thị Bình');
  const name = `c${pad(pi)}-${String(ci).padStart(3, '0')}_${year}_${number.replace(/\//g, '-')}`;
  return { name, text: L.join('\n') + '\n', facts: { ...facts, file: `${name}.txt` } };
}

/**
 * Writes `docs` plans into `dir` (text + facts) and returns the file paths of the texts. Years
 * from 2025 on: each year first the 34 provincial plans, then commune plans round-robin over the
 * provinces, until `docs` are written.
 */
export function generateSmallCorpus(dir: string, docs: number): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const write = (plan: Plan) => {
    const f = join(dir, `${plan.name}.txt`);
    writeFileSync(f, plan.text);
    writeFileSync(join(dir, `${plan.name}.facts.json`), JSON.stringify(plan.facts, null, 1));
    files.push(f);
  };
  const perProvince = communesOf(0).length;
  for (let year = 2025; files.length < docs; year++) {
    const parents: Plan[] = [];
    for (let pi = 0; pi < PROVINCES.length && files.length < docs; pi++) {
      const plan = provincePlan(pi, year, pi);
      parents[pi] = plan;
      write(plan);
    }
    for (let ci = 0; ci < perProvince && files.length < docs; ci++) {
      for (let pi = 0; pi < PROVINCES.length && files.length < docs; pi++) write(communePlan(pi, ci, year, parents[pi]!));
    }
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'national-corpus';
  const n = Number(process.argv[3] ?? 100);
  console.log(`${generateSmallCorpus(dir, n).length} documents in ${dir}`);
}
