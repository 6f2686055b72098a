/**
 * Citation rules that need more than a number: laws, codes and ordinances cited by name
 * ("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15"), the relation a mid-sentence
 * request gives ("… và xét đề nghị của Công an tỉnh tại Tờ trình số 65/TTr-CAT-PC06" → BASED_ON), and
 * the headings after which an attached document continues the body (its citations count).
 */

export interface LawNameExample {
  text: string; // from the kind word on
  name: string | null;
}

/** Each example starts at the kind word; `name` is what readLawName returns. */
export const LAW_NAME_EXAMPLES: LawNameExample[] = [
  { text: 'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15 ngày 29 tháng 11 năm 2024;', name: 'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ' },
  { text: 'Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 ngày 19', name: 'Luật Ban hành văn bản quy phạm pháp luật' },
  { text: 'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;', name: 'Luật Tổ chức chính quyền địa phương' },
  {
    text: 'Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
    name: 'Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
  },
  { text: 'Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018;', name: 'Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch' },
  { text: 'Luật Phòng, chống ma túy, Luật Xử lý vi phạm hành chính về cai nghiện', name: 'Luật Phòng, chống ma túy' },
  { text: 'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ. Tại nơi tiến hành', name: 'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ' },
  { text: 'Luật ban hành văn bản quy phạm pháp luật.', name: 'Luật ban hành văn bản quy phạm pháp luật' },
  { text: 'Luật Địa chất và Khoáng sản năm 2024 và các văn bản hướng dẫn thi hành;', name: 'Luật Địa chất và Khoáng sản' },
  { text: 'Luật Ngân sách nhà nước và các văn bản hướng dẫn', name: 'Luật Ngân sách nhà nước' },
  { text: 'Luật Công nghiệp công nghệ số số 71/2025/QH15 ngày 14/6/2025;', name: 'Luật Công nghiệp công nghệ số' },
  { text: 'Pháp lệnh Ưu đãi người có công với cách mạng số 26/2005/PL-UBTVQH11 ngày 29', name: 'Pháp lệnh Ưu đãi người có công với cách mạng' },
  { text: 'Bộ Luật hình sự năm 2015 (sửa đổi, bổ sung năm 2017)', name: 'Bộ Luật hình sự' },
  { text: 'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ có hiệu lực thi hành', name: 'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ' },
  { text: 'Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;', name: 'Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân' },
  { text: 'Luật này có hiệu lực', name: null },
  { text: 'Luật Phòng, chống khủng bố và pháp luật về bảo vệ an ninh quốc gia', name: 'Luật Phòng, chống khủng bố' },
  { text: 'Luật Bảo vệ BMNN trên địa bàn tỉnh', name: 'Luật Bảo vệ BMNN' },
  { text: 'Pháp lệnh thay thế Pháp lệnh Ưu đãi người có công', name: null },
  { text: 'Pháp lệnh Ưu đãi người có công với cách mạng hiện hành', name: 'Pháp lệnh Ưu đãi người có công với cách mạng' },
  { text: 'Luật số 87/2025/QH15', name: null },
];

const AMENDING_RE = /^(?:Luật|Pháp lệnh|Bộ luật)\s+[Ss]ửa đổi/u;
/** Where a law's name ends. Checked at every word boundary, first match wins. */
const NAME_END_RES: RegExp[] = [
  /^\s+số\s*:?\s*\d/u, // "… số 55/2024/QH15"
  /^\s+(?:ngày|năm)\s+\d/u,
  /^\s*\(/u,
  /^\s*[;:…"”]/u,
  /^\.(?:\s|$)/u,
  /^,\s+(?:Luật|Bộ luật|Pháp lệnh|Nghị|Thông|Quyết|Chỉ thị|Kế hoạch|ngày|năm|số|được|đã|các|trong|theo|nhằm|để)(?![\p{L}])/u,
  /^\s+(?:và|hoặc)\s+(?:các|những|Nghị|Thông|Quyết|Chỉ thị|Kế hoạch|văn bản|quy định|pháp luật|chính sách)(?![\p{L}])/u,
  /^\s+(?:được|đã|có hiệu lực|thì|để|nhằm|trong|theo|tại|do|là|đối với|quy định|hướng dẫn|về việc|và các|trên địa bàn|hiện hành)(?![\p{L}])/u,
];
const NAME_END_NOT_AMENDING_RES: RegExp[] = [/^\s+(?:và|hoặc)\s+(?:Luật|Bộ luật|Pháp lệnh)(?![\p{L}])/u, /^\s+của(?![\p{L}])/u];
const FIRST_WORD_STOP = /^(?:này|đó|nêu|trên|hiện|số|và|của|các|đã|được|mới|cũ|định|sư|Sư|thay|hiện hành)(?![\p{L}])/u;

/**
 * The name of a law, code or ordinance cited by name, from its kind word ("Luật", "Bộ luật",
 * "Pháp lệnh") at `start`: up to a number, a date, a year, a parenthesis, a clause or another
 * citation. Amending laws keep "… của Luật X và Luật Y" in their name. Null for "Luật này" and for
 * "Luật số …" (a number, not a name).
 */
export function readLawName(text: string, start: number, kindWord: string): { name: string; end: number } | null {
  const nameStart = start + kindWord.length;
  const rest = text.slice(nameStart, nameStart + 260);
  const first = /^\s+(\S+)/u.exec(rest);
  if (!first || FIRST_WORD_STOP.test(first[1]!) || /^\d/u.test(first[1]!)) return null;
  const amending = AMENDING_RE.test(`${kindWord}${rest.slice(0, 12)}`);
  const maxWords = amending ? 28 : 16;
  let words = 0;
  let end = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    const boundary = i === 0 || /\s/u.test(c) || c === ',' || c === ';' || c === '.' || c === '(' || c === ':' || c === '…' || c === '"';
    if (!boundary) continue;
    if (i > 0 && /\s/u.test(c) && !/\s/u.test(rest[i - 1]!)) words++;
    const tail = rest.slice(i);
    if (i > first[0].length - 1 && (NAME_END_RES.some((re) => re.test(tail)) || (!amending && NAME_END_NOT_AMENDING_RES.some((re) => re.test(tail))))) {
      // "số số 71/…": the first "số" belongs to the name ("Luật Công nghiệp công nghệ số")
      if (/^\s+số\s+số\s/u.test(tail)) continue;
      end = i;
      break;
    }
    if (words >= maxWords) {
      end = i;
      break;
    }
  }
  const name = `${kindWord}${rest.slice(0, end)}`.replace(/\s+/gu, ' ').replace(/[\s,]+$/u, '').trim();
  if (name.split(' ').length < 2) return null;
  return { name, end: nameStart + end };
}

/** A citation named after a request in the same sentence is a basis: "… và xét đề nghị của X tại Tờ trình số …". */
export const REQUEST_BEFORE_RE = /(?:[Tt]heo|[Xx]ét)\s+đề\s+nghị(?:[^.;]{0,140})$/u;

/** The heading of a document attached after a signature: its citations are the document's too. */
export const ATTACHED_HEADING_RE =
  /^(?:KẾ HOẠCH|QUY ĐỊNH|QUY CHẾ|Đ[ỀÈ] CƯƠNG|ĐỀ ÁN|CHƯƠNG TRÌNH|HƯỚNG DẪN|PHƯƠNG ÁN|PHỤ LỤC|Phụ lục|DANH MỤC|DANH SÁCH)(?![\p{L}])/u;

/**
 * A key under which a law's name and its abbreviated form meet: words in lower case and acronyms
 * become initials ("Luật Bảo vệ bí mật nhà nước" ≡ "Luật Bảo vệ BMNN" → "luat bao vbmnn").
 */
export function lawNameKey(name: string): string {
  const out: string[] = [];
  let initials = '';
  for (const w of name.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[đĐ]/gu, (c) => (c === 'đ' ? 'd' : 'D')).split(/[\s,]+/u)) {
    if (!w) continue;
    if (/^[A-Z]{2,}$/u.test(w)) initials += w.toLowerCase();
    else if (/^[a-z]/u.test(w)) initials += w[0]!;
    else {
      if (initials) out.push(initials);
      initials = '';
      out.push(w.toLowerCase());
    }
  }
  if (initials) out.push(initials);
  return out.join(' ');
}

export const LAW_KEY_EXAMPLES: Array<[string, string, boolean]> = [
  ['Luật Bảo vệ bí mật nhà nước', 'Luật Bảo vệ BMNN', true],
  ['Luật Tổ chức Chính phủ', 'Luật Tổ chức chính quyền địa phương', false],
];
