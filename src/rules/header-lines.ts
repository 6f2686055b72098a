/**
 * Lines around a header that are not part of any field, and the repairs header lines need before
 * they can be read: copy and "received" stamps, signing-time stamps, site boilerplate, headings a
 * repository added, letters split by spaces, two columns laid side by side.
 */

export interface LineRule {
  id: string;
  re: RegExp;
  /** Lines that must match (first) and lines that must not (second). */
  examples: [string[], string[]];
}

/** Whole lines that carry no field of the document (matched on the trimmed line). */
export const NOISE_LINE_RULES: LineRule[] = [
  {
    id: 'noise.copy-stamp',
    re: /^(?:SAO\s*Y|BẢN\s+SAO|SAO\s+Y\s+BẢN\s+CHÍNH|SAOY)\s*$/u,
    examples: [['SAO Y', 'SAOY', 'BẢN SAO'], ['SAO Y BỘ CÔNG AN CỘNG HÒA', 'Sao y bản chính và gửi']],
  },
  {
    id: 'noise.signing-time',
    re: /^(?:Thời gian ký|Ký bởi|Người ký|Email|Cơ quan)\s*:\s*.*?\d{4}-\d{2}-\d{2}T/u,
    examples: [['Thời gian ký: 2025-09-16T14:37:50+07:00'], ['Thời gian hoàn thành: 30/9/2025']],
  },
  {
    id: 'noise.issuing-office',
    re: /^Cơ quan phát hành\s*:/u,
    examples: [['Cơ quan phát hành: VĂN PHÒNG CHÍNH PHỦ'], ['Cơ quan ban hành | Bộ Công an']],
  },
  {
    id: 'noise.received-stamp',
    re: /^(?:ĐẾN|Đến)\s+(?:Số|số)\s*:?\s*\S+.*(?:Ngày|ngày)\b.*$|^(?:ĐẾN|CÔNG VĂN ĐẾN)\s*$/u,
    examples: [['ĐẾN Số: 1016 Ngày: 05/9/2025', 'ĐẾN'], ['Đến nay, 13/14 sở đã đề xuất']],
  },
  {
    id: 'noise.site-boilerplate',
    re: /^(?:Để sử dụng toàn bộ tiện ích|Tải bản đầy đủ|Tải văn bản|Bạn phải đăng nhập|Đăng nhập để|Click vào đây|Xem thêm:)/u,
    examples: [['Để sử dụng toàn bộ tiện ích nâng cao của Văn Bản Pháp Luật, hãy đăng nhập', 'Tải bản đầy đủ văn bản tại đây'], ['Để triển khai thực hiện có hiệu quả']],
  },
  {
    id: 'noise.repository-heading',
    re: /^#{1,3}\s+\S/u,
    examples: [['# 773_2018_QĐ_TTg_preamble', '# Hướng dẫn thực hiện Quyết định số 22/2013/QĐ-TTg …'], ['#1. Mục đích']],
  },
];

/** The id of the noise rule a line matches, or null. */
export function noiseRuleOf(line: string): string | null {
  const t = line.trim();
  if (!t) return null;
  for (const r of NOISE_LINE_RULES) if (r.re.test(t)) return r.id;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Letters split by spaces ("ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH")

/** Header words a web mirror may print with spaces inside: matched with optional spaces between letters. */
export const SPACED_WORDS = [
  'ỦY BAN NHÂN DÂN', 'UỶ BAN NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN', 'THÀNH PHỐ', 'TỈNH', 'HUYỆN', 'QUẬN', 'THỊ XÃ', 'PHƯỜNG',
  'CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'TRƯỞNG BAN', 'GIÁM ĐỐC', 'BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'THỦ TƯỚNG', 'CHÍNH PHỦ',
];

export const RESPACE_EXAMPLES: Array<[string, string]> = [
  ['ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH', 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH'],
  ['T hành phố Hồ Chí M inh', 'Thành phố Hồ Chí Minh'],
  ['KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH', 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH'],
  ['Ngu y ễn Hữu Tín', 'Nguyễn Hữu Tín'],
  ['ỦY BAN NHÂN DÂN TỈNH SƠN LA', 'ỦY BAN NHÂN DÂN TỈNH SƠN LA'],
  ['Lâm Đồng, ngày 12 tháng 3 năm 2025', 'Lâm Đồng, ngày 12 tháng 3 năm 2025'],
];

const SPACED_WORD_RES = SPACED_WORDS.map((w) => ({
  word: w,
  re: new RegExp(
    `(?<![\\p{L}])${[...w.replace(/\s+/gu, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s?')}(?![\\p{L}])`,
    'gu',
  ),
}));

const VOWEL_RE = /[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
const ONSETS = new Set(['b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x']);
const FINALS = new Set(['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

/** The consonants a fragment starts with ("HÀNH" → "h"). */
function onsetOf(t: string): string {
  const m = /^[^aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]*/iu.exec(t);
  return (m?.[0] ?? '').toLowerCase();
}

/**
 * Joins letters a web mirror split with spaces. Known header words are matched with optional spaces
 * between their letters. In capitals, a fragment without a vowel is the onset of what follows when
 * that makes a Vietnamese onset ("C H Í" → "CHÍ", "T HÀNH" → "THÀNH"), else the final of what
 * precedes ("M I NH" → "MINH"). In mixed case, a lone capital joins the lower-case fragment after it
 * ("M inh" → "Minh") and fragments of one or two lower-case letters join the word before them
 * ("Ngu y ễn" → "Nguyễn"). Lines without a one-letter token are returned unchanged.
 */
export function respaceLetters(line: string): string {
  const t0 = line.trim();
  if (!/(?:^|\s)\p{L}(?:\s|$)/u.test(t0)) return line;
  let s = t0;
  for (const { word, re } of SPACED_WORD_RES) s = s.replace(re, word);
  const toks = s.split(/\s+/u);
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    let t = toks[i]!;
    if (/^\p{Lu}$/u.test(t) && i + 1 < toks.length && /^\p{Ll}/u.test(toks[i + 1]!)) {
      out.push(t + toks[++i]!);
      continue;
    }
    const caps = /^\p{Lu}+$/u.test(t);
    if (caps && !VOWEL_RE.test(t)) {
      // onset of the next fragment, while that stays a valid onset
      while (i + 1 < toks.length && /^\p{Lu}+$/u.test(toks[i + 1]!) && !VOWEL_RE.test(t) && ONSETS.has(onsetOf(t + toks[i + 1]!).slice(0, 3)) && ONSETS.has(onsetOf(t + toks[i + 1]!))) {
        t += toks[++i]!;
      }
      const prev = out[out.length - 1];
      if (!VOWEL_RE.test(t) && prev && /^\p{Lu}+$/u.test(prev) && VOWEL_RE.test(prev.slice(-1)) && FINALS.has(t.toLowerCase())) {
        out[out.length - 1] = prev + t;
        continue;
      }
      out.push(t);
      continue;
    }
    if (/^\p{Ll}{1,2}$/u.test(t) && out.length && /^\p{Lu}\p{Ll}+$/u.test(out[out.length - 1]!)) {
      out[out.length - 1] += t;
      continue;
    }
    out.push(t);
  }
  return out.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Two columns side by side (pdftotext -layout, fixed-width text)

export const COLUMN_EXAMPLES: Array<[string, string[]]> = [
  ['      BỘ XÂY DỰNG             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ['BỘ XÂY DỰNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']],
  ['     Số: 1074/QĐ-BXD                 Hà Nội, ngày 29 tháng 6 năm 2026', ['Số: 1074/QĐ-BXD', 'Hà Nội, ngày 29 tháng 6 năm 2026']],
  ['Nơi nhận:                                               KT. BỘ TRƯỞNG', ['Nơi nhận:', 'KT. BỘ TRƯỞNG']],
  ['- Văn phòng Chủ tịch nước;                                 Phạm Minh Chính', ['- Văn phòng Chủ tịch nước;', 'Phạm Minh Chính']],
  ['về một số nhiệm vụ     trọng tâm', ['về một số nhiệm vụ     trọng tâm']],
];

/** Splits a line into its columns when they are separated by a wide gap (≥ 6 spaces). */
export function layoutColumns(line: string): string[] {
  const t = line.trim();
  if (!/\S\s{6,}\S/u.test(t)) return [t];
  return t.split(/\s{6,}/u).map((c) => c.trim()).filter(Boolean);
}
