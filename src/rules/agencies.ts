/**
 * Agency vocabulary (conventions v2): the kinds of body a plan names at each level, as data.
 *
 * `AGENCY_HEADS`: words that start an agency name wherever they stand in running text (the parser
 * cuts a subject or a list of bodies there). Each rule carries example names as written in real
 * plans and the canonical name a reader gives them in a plan of UBND tỉnh Lào Cai (province) or of
 * UBND xã Vĩnh Thủy (commune) — test/unit/rules.test.ts runs every example through the agency
 * resolver (src/ingest/agencies.ts), Duckling-style.
 *
 * Patterns are regex sources matched at the start of a name, case-sensitive (a head is capitalised:
 * "Trường Trung học cơ sở" is a school, "trường hợp" is not).
 */

export interface AgencyExample {
  /** As written in a plan. */
  text: string;
  /** The plan whose context resolves it. */
  in: 'province' | 'commune';
  /** Canonical name (jurisdiction spelled out). */
  name: string;
}

export interface AgencyHeadRule {
  id: string;
  /** Regex source, anchored at the start of the name by the caller. */
  head: string;
  examples: AgencyExample[];
}

export const AGENCY_HEADS: AgencyHeadRule[] = [
  {
    id: 'head.public-security',
    head: 'Công an|Cảnh sát|Đồn\\s',
    examples: [
      { text: 'Công an tỉnh', in: 'province', name: 'Công an tỉnh Lào Cai' },
      { text: 'Công an xã', in: 'commune', name: 'Công an xã Vĩnh Thủy' },
      { text: 'Đồn Công an Cam Ly', in: 'province', name: 'Đồn Công an Cam Ly tỉnh Lào Cai' },
    ],
  },
  {
    id: 'head.military',
    head: 'Bộ Chỉ huy|Ban Chỉ huy|BCH\\s|Bộ đội|Bộ Tư lệnh|Quân khu',
    examples: [
      { text: 'Bộ Chỉ huy Quân sự tỉnh', in: 'province', name: 'Bộ Chỉ huy Quân sự tỉnh Lào Cai' },
      { text: 'Ban Chỉ huy Quân sự xã', in: 'commune', name: 'Ban Chỉ huy Quân sự xã Vĩnh Thủy' },
      { text: 'Ban Chỉ huy Bộ đội Biên phòng tỉnh', in: 'province', name: 'Ban Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai' },
    ],
  },
  {
    id: 'head.government',
    head: 'UBND|Ủy ban|UBMTTQ|HĐND|Văn phòng|Văn Phòng|VP\\s+[\\p{Lu}]|Chính phủ|Thủ tướng|Thường trực|TT\\s+[\\p{Lu}]|Tỉnh ủy|Thị ủy|Huyện ủy|Thành ủy|Quận ủy|Đảng ủy',
    examples: [
      { text: 'UBND các xã, phường', in: 'province', name: 'UBND các xã, phường tỉnh Lào Cai' },
      { text: 'Văn phòng UBND tỉnh', in: 'province', name: 'Văn phòng UBND tỉnh Lào Cai' },
      { text: 'Văn phòng Chính phủ', in: 'province', name: 'Văn phòng Chính phủ' },
    ],
  },
  {
    id: 'head.department',
    head: 'Sở\\s|Chi cục|Tổng cục|Kho bạc|Ngân hàng|Bảo hiểm xã hội|Hải quan|Thanh tra (?:tỉnh|huyện|thành phố|Chính phủ|Bộ|Sở)|Thuế (?:tỉnh|thành phố|cơ sở)',
    examples: [
      { text: 'Sở Công Thương', in: 'province', name: 'Sở Công Thương tỉnh Lào Cai' },
      { text: 'Thanh tra tỉnh', in: 'province', name: 'Thanh tra tỉnh Lào Cai' },
      { text: 'Thuế tỉnh', in: 'province', name: 'Thuế tỉnh Lào Cai' },
      { text: 'Kho bạc Nhà nước tỉnh', in: 'province', name: 'Kho bạc Nhà nước tỉnh Lào Cai' },
    ],
  },
  {
    id: 'head.steering',
    head: 'Ban Chỉ đạo|BCĐ|Tổ công tác|Tổ giúp việc|Đoàn kiểm tra|Đoàn công tác|Ban Quản lý|Hội đồng',
    examples: [
      { text: 'Ban Quản lý dự án đầu tư xây dựng số 1', in: 'province', name: 'Ban Quản lý dự án đầu tư xây dựng số 1 tỉnh Lào Cai' },
      { text: 'Tổ công tác liên ngành', in: 'province', name: 'Tổ công tác liên ngành tỉnh Lào Cai' },
    ],
  },
  {
    id: 'head.health-education',
    head: 'Trung tâm|Bệnh viện|Trạm Y tế|Trạm y tế|Trường (?=[\\p{Lu}])|Phân hiệu|Học viện|Viện (?=[\\p{Lu}])',
    examples: [
      { text: 'Trạm Y tế xã', in: 'commune', name: 'Trạm Y tế xã Vĩnh Thủy' },
      { text: 'Trường Trung học cơ sở', in: 'commune', name: 'Trường Trung học cơ sở xã Vĩnh Thủy' },
      { text: 'Trường Trung học cơ sở Vĩnh Thủy', in: 'commune', name: 'Trường Trung học cơ sở Vĩnh Thủy' },
      { text: 'Trung tâm Phát triển quỹ đất tỉnh', in: 'province', name: 'Trung tâm Phát triển quỹ đất tỉnh Lào Cai' },
    ],
  },
  {
    id: 'head.front-unions',
    head: 'Mặt trận|MTTQ|Trung ương (?=[\\p{Lu}])|Liên đoàn|Tổng Liên đoàn|Thành Đoàn|Tỉnh Đoàn|Tỉnh đoàn|Huyện Đoàn|Huyện đoàn|Đoàn Thanh niên',
    examples: [
      { text: 'Ủy ban MTTQ Việt Nam tỉnh', in: 'province', name: 'Ủy ban MTTQ Việt Nam tỉnh Lào Cai' },
      { text: 'Liên đoàn Lao động tỉnh', in: 'province', name: 'Liên đoàn Lao động tỉnh Lào Cai' },
      { text: 'Tổng Liên đoàn Lao động Việt Nam', in: 'province', name: 'Tổng Liên đoàn Lao động Việt Nam' },
      { text: 'Đoàn Thanh niên xã', in: 'commune', name: 'Đoàn Thanh niên xã Vĩnh Thủy' },
    ],
  },
  {
    id: 'head.media',
    head: 'Thông tấn xã|Đài Tiếng nói|Đài Truyền hình|Đài Phát thanh',
    examples: [
      { text: 'Thông tấn xã Việt Nam', in: 'province', name: 'Thông tấn xã Việt Nam' },
      { text: 'Đài Phát thanh và Truyền hình tỉnh', in: 'province', name: 'Đài Phát thanh và Truyền hình tỉnh Lào Cai' },
    ],
  },
  {
    id: 'head.justice',
    head: 'Tòa án|Viện kiểm sát',
    examples: [{ text: 'Tòa án nhân dân tỉnh', in: 'province', name: 'Tòa án nhân dân tỉnh Lào Cai' }],
  },
  {
    id: 'head.enterprise',
    head: 'Công ty|Tổng công ty|Tập đoàn|Điện lực|Chi nhánh|Nhà [đĐ]ầu tư|Chủ [đĐ]ầu tư',
    examples: [
      { text: 'Công ty Cổ phần Năng lượng Bảo Long', in: 'province', name: 'Công ty Cổ phần Năng lượng Bảo Long' },
      { text: 'Công ty Điện lực Lâm Đồng', in: 'province', name: 'Công ty Điện lực Lâm Đồng' },
      { text: 'Nhà đầu tư', in: 'province', name: 'Nhà đầu tư' },
    ],
  },
  {
    id: 'head.heads-of',
    head: 'Thủ trưởng|Trưởng thôn|Trưởng các|Lãnh đạo các|Người đứng đầu',
    examples: [{ text: 'Trưởng thôn', in: 'commune', name: 'Trưởng thôn xã Vĩnh Thủy' }],
  },
];

/**
 * Bodies that are national whatever plan names them (no jurisdiction is appended): the folded
 * name matches. "Ban Cơ yếu Chính phủ", "Văn phòng Chính phủ", "Tổng Liên đoàn Lao động Việt Nam".
 */
export const NATIONAL_BODIES: Array<{ id: string; folded: RegExp; examples: string[] }> = [
  { id: 'national.of-government', folded: /\bchinh phu$/, examples: ['Ban Cơ yếu Chính phủ', 'Văn phòng Chính phủ', 'Thanh tra Chính phủ'] },
  { id: 'national.media', folded: /^(thong tan xa viet nam|dai tieng noi viet nam|dai truyen hinh viet nam)$/, examples: ['Thông tấn xã Việt Nam', 'Đài Tiếng nói Việt Nam', 'Đài Truyền hình Việt Nam'] },
  { id: 'national.provinces', folded: /\btruc thuoc trung uong$/, examples: ['UBND các tỉnh, thành phố trực thuộc Trung ương', 'Công an các tỉnh, thành phố trực thuộc Trung ương'] },
  { id: 'national.central', folded: /^(tong lien doan|uy ban trung uong|trung uong)\b/, examples: ['Tổng Liên đoàn Lao động Việt Nam', 'Ủy ban Trung ương MTTQ Việt Nam', 'Trung ương Hội Cựu chiến binh Việt Nam'] },
];

/** Named enterprises keep their own name (no jurisdiction appended): "Công ty Điện lực Lâm Đồng". */
export const ENTERPRISE_NAME = /^(cong ty|tong cong ty|tap doan|nha dau tu|chu dau tu)\b/;
