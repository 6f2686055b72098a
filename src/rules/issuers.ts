/**
 * The issuer from the left column of a header: the issuing body is the last body named, in its
 * parent's jurisdiction; joint documents name several bodies side by side (the first is the issuer,
 * the others are co-issuers). Input and output are in the header's capitals; header.ts recases.
 */

export interface IssuerColumn {
  issuer: string;
  coIssuers: string[];
  rule: string;
}

/** Words that open the name of a body under a parent ("UBND TỈNH X" / "SỞ CÔNG THƯƠNG"). */
const SUB_BODY_RE =
  /^(?:SỞ|BAN|VĂN PHÒNG|CỤC|TỔNG CỤC|VỤ|CHI CỤC|TRUNG TÂM|PHÒNG|CÔNG AN|ĐOÀN|TỔ|HỘI|BỘ CHỈ HUY|BAN CHỈ HUY|THANH TRA|KHO BẠC|BỘ ĐỘI|ĐỒN)(?![\p{L}])/u;
/** Parents whose sub-bodies carry a complete national name ("BỘ CÔNG AN" / "CỤC CẢNH SÁT …"). */
const NATIONAL_PARENT_RE = /^(?:BỘ(?! CHỈ HUY)|CHÍNH PHỦ|THỦ TƯỚNG|VĂN PHÒNG CHÍNH PHỦ|TỔNG CỤC)(?![\p{L}])/u;
const TIER_RE = /(?:^|\s)(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s+(.+)$/u;
/** Bodies a joint header names side by side. */
const JOINT_HEAD_RE = /(?:^|\s)(?=BỘ (?!CHỈ HUY)|VIỆN KIỂM SÁT|TÒA ÁN|TOÀ ÁN|ỦY BAN TRUNG ƯƠNG|UỶ BAN TRUNG ƯƠNG)/gu;

export const ISSUER_COLUMN_EXAMPLES: Array<[string[], IssuerColumn]> = [
  [['UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG'], { issuer: 'SỞ CÔNG THƯƠNG TỈNH LÀO CAI', coIssuers: [], rule: 'issuer.sub-body' }],
  [['UBND TỈNH LÀO CAI', 'VĂN PHÒNG'], { issuer: 'VĂN PHÒNG UBND TỈNH LÀO CAI', coIssuers: [], rule: 'issuer.office' }],
  [['BỘ CÔNG AN', 'CỤC CẢNH SÁT ĐIỀU TRA', 'TỘI PHẠM VỀ MA TÚY'], { issuer: 'CỤC CẢNH SÁT ĐIỀU TRA TỘI PHẠM VỀ MA TÚY', coIssuers: [], rule: 'issuer.national-department' }],
  [
    ['UBND TỈNH LÂM ĐỒNG', 'BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO,', 'CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06'],
    { issuer: 'BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06 TỈNH LÂM ĐỒNG', coIssuers: [], rule: 'issuer.sub-body' },
  ],
  [
    ['BỘ CÔNG AN BỘ QUỐC PHÒNG', 'BỘ CÔNG THƯƠNG', 'BỘ TÀI CHÍNH VIỆN KIỂM SÁT', 'NHÂN DÂN TỐI CAO TÒA ÁN', 'NHÂN DÂN TỐI CAO'],
    { issuer: 'BỘ CÔNG AN', coIssuers: ['BỘ QUỐC PHÒNG', 'BỘ CÔNG THƯƠNG', 'BỘ TÀI CHÍNH', 'VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO', 'TÒA ÁN NHÂN DÂN TỐI CAO'], rule: 'issuer.joint' },
  ],
];

/** Null when no rule of this table applies (the caller keeps its general joining). */
export function issuerFromColumn(partsIn: string[]): IssuerColumn | null {
  const parts = partsIn.map((p) => p.replace(/[-_=—]+\s*$/u, '').replace(/,\s*$/u, ',').trim()).filter(Boolean);
  if (!parts.length) return null;
  const all = parts.join(' ').replace(/\s+/gu, ' ').replace(/,(?=\S)/gu, ', ');
  // joint documents: several ministries / supreme bodies side by side, no People's Committee
  if (!/ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND/u.test(all)) {
    const starts: number[] = [];
    JOINT_HEAD_RE.lastIndex = 0;
    for (let m = JOINT_HEAD_RE.exec(all); m; m = JOINT_HEAD_RE.exec(all)) {
      starts.push(m.index + m[0].length);
      if (m[0].length === 0) JOINT_HEAD_RE.lastIndex++;
    }
    const uniq = [...new Set(starts)];
    if (uniq.length >= 2) {
      const bodies = uniq.map((s, i) => all.slice(s, uniq[i + 1] ?? all.length).trim()).filter(Boolean);
      return { issuer: bodies[0]!, coIssuers: bodies.slice(1), rule: 'issuer.joint' };
    }
  }
  if (parts.length < 2) return null;
  const k = parts.findIndex((p, i) => i > 0 && SUB_BODY_RE.test(p));
  if (k < 1) return null;
  const parent = parts.slice(0, k).join(' ');
  const child = parts.slice(k).join(' ').replace(/\s+/gu, ' ').replace(/,(?=\S)/gu, ', ');
  if (NATIONAL_PARENT_RE.test(parent)) return { issuer: child, coIssuers: [], rule: 'issuer.national-department' };
  if (/^VĂN PHÒNG$/u.test(child)) return { issuer: `VĂN PHÒNG ${parent}`, coIssuers: [], rule: 'issuer.office' };
  const tier = TIER_RE.exec(parent);
  if (tier && !TIER_RE.test(child)) return { issuer: `${child} ${tier[1]} ${tier[2]}`, coIssuers: [], rule: 'issuer.sub-body' };
  return { issuer: child, coIssuers: [], rule: 'issuer.sub-body' };
}
