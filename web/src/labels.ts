/**
 * Vietnamese labels for the API's enums and the explorer's words. Each table is checked against the
 * enum generated from the schema (src/generated/graphql.ts, `npm run codegen`): a value the API adds
 * without a Vietnamese label here fails `npm run typecheck`.
 */
import type { AgencyType, Basis, BasisRelation, DeadlineAction, DeadlineKind, DocumentKind, Frequency, GapKind, Level, Role, SearchHitKind, Severity } from '../../src/generated/graphql.js';

export const KIND: Record<string, string> = {
  LAW: 'Luật',
  CODE: 'Bộ luật',
  RESOLUTION: 'Nghị quyết',
  DIRECTIVE: 'Chỉ thị',
  DECREE: 'Nghị định',
  CIRCULAR: 'Thông tư',
  JOINT_CIRCULAR: 'Thông tư liên tịch',
  DECISION: 'Quyết định',
  CONCLUSION: 'Kết luận',
  PLAN: 'Kế hoạch',
  PROGRAMME: 'Chương trình',
  PROJECT: 'Đề án',
  STRATEGY: 'Chiến lược',
  GUIDANCE: 'Hướng dẫn',
  OFFICIAL_LETTER: 'Công văn',
  SUBMISSION: 'Tờ trình',
  REGULATION: 'Quy chế, quy định',
  REPORT: 'Báo cáo',
  NOTICE: 'Thông báo',
  TELEGRAM: 'Công điện',
  OTHER: 'Văn bản',
} satisfies Record<DocumentKind, string>;

export const LEVEL: Record<string, string> = {
  NATIONAL: 'Trung ương',
  PROVINCE: 'Cấp tỉnh',
  DISTRICT: 'Cấp huyện',
  COMMUNE: 'Cấp xã',
  UNKNOWN: 'Chưa rõ cấp',
} satisfies Record<Level, string>;

export const ROLE: Record<string, string> = {
  LEAD: 'Chủ trì',
  COORDINATE: 'Phối hợp',
  ADVISE: 'Tham mưu',
  REQUESTED: 'Đề nghị',
  RESPONSIBLE: 'Thực hiện',
} satisfies Record<Role, string>;

/** Short forms for matrix cells. */
export const ROLE_SHORT: Record<string, string> = {
  LEAD: 'CT',
  COORDINATE: 'PH',
  ADVISE: 'TM',
  REQUESTED: 'ĐN',
  RESPONSIBLE: 'TH',
} satisfies Record<Role, string>;

export const ROLE_ORDER = ['LEAD', 'RESPONSIBLE', 'ADVISE', 'COORDINATE', 'REQUESTED'];

export const BASIS: Record<string, string> = {
  EXPLICIT: 'ghi rõ trong văn bản',
  INFERRED: 'suy ra',
} satisfies Record<Basis, string>;

export const RELATION: Record<string, string> = {
  IMPLEMENTS: 'Thực hiện',
  BASED_ON: 'Căn cứ',
  CITES: 'Trích dẫn',
} satisfies Record<BasisRelation, string>;

export const GAP: Record<string, string> = {
  MISSING_DERIVED_PLAN: 'Chưa có kế hoạch của cấp dưới',
  OVERDUE_DEADLINE: 'Quá hạn, chưa ghi nhận hoàn thành',
  UNLED_DUTY: 'Nhiệm vụ không có đơn vị chủ trì',
  UNMIRRORED_DUTY: 'Nhiệm vụ chưa được cấp dưới cụ thể hóa',
  UNRESOLVED_BASIS: 'Căn cứ không xác định được văn bản',
  SUPERSEDED_BASIS: 'Căn cứ đã bị thay thế',
  DRAFT_DOCUMENT: 'Văn bản thiếu số hoặc ngày (dự thảo)',
  METADATA_CONFLICT: 'Thông tin mâu thuẫn',
} satisfies Record<GapKind, string>;

export const SEVERITY: Record<string, string> = {
  ERROR: 'Nghiêm trọng',
  WARNING: 'Cảnh báo',
  INFO: 'Thông tin',
} satisfies Record<Severity, string>;

export const FREQUENCY: Record<string, string> = {
  YEARLY: 'hằng năm',
  HALF_YEARLY: '6 tháng một lần',
  QUARTERLY: 'hằng quý',
  MONTHLY: 'hằng tháng',
  WEEKLY: 'hằng tuần',
} satisfies Record<Frequency, string>;

export const DEADLINE_KIND: Record<string, string> = {
  ABSOLUTE: 'Thời hạn',
  RECURRING: 'Định kỳ',
  START: 'Bắt đầu',
  HORIZON: 'Mốc năm',
} satisfies Record<DeadlineKind, string>;

export const ACTION: Record<string, string> = {
  REPORT: 'Báo cáo',
  ISSUE_PLAN: 'Ban hành kế hoạch',
  SUBMIT: 'Trình',
  COMPLETE: 'Hoàn thành',
  START: 'Triển khai',
  OTHER: 'Khác',
} satisfies Record<DeadlineAction, string>;

export const HIT_KIND: Record<string, string> = {
  DOCUMENT: 'Văn bản',
  AGENCY: 'Cơ quan',
  DUTY: 'Nhiệm vụ',
} satisfies Record<SearchHitKind, string>;

export const AGENCY_TYPE: Record<string, string> = {
  PEOPLES_COMMITTEE: 'Ủy ban nhân dân',
  PEOPLES_COUNCIL: 'Hội đồng nhân dân',
  OFFICE: 'Văn phòng',
  PUBLIC_SECURITY: 'Công an',
  MILITARY: 'Quân sự',
  FIRE_POLICE: 'Cảnh sát PCCC',
  HEALTH: 'Y tế',
  EDUCATION: 'Giáo dục',
  CULTURE_INFORMATION: 'Văn hóa, thông tin',
  FINANCE_PLANNING: 'Tài chính, kế hoạch',
  HOME_AFFAIRS: 'Nội vụ',
  JUSTICE: 'Tư pháp',
  LABOUR_SOCIAL: 'Lao động, xã hội',
  NATURAL_RESOURCES_ENVIRONMENT: 'Tài nguyên, môi trường',
  AGRICULTURE: 'Nông nghiệp',
  INDUSTRY_TRADE: 'Công thương',
  SCIENCE_TECHNOLOGY: 'Khoa học, công nghệ',
  FOREIGN_AFFAIRS: 'Ngoại vụ',
  ETHNIC_RELIGIOUS: 'Dân tộc, tôn giáo',
  TRANSPORT_CONSTRUCTION: 'Giao thông, xây dựng',
  MARKET_SURVEILLANCE: 'Quản lý thị trường',
  MEDIA: 'Báo chí, truyền thông',
  FATHERLAND_FRONT: 'Mặt trận Tổ quốc, đoàn thể',
  PARTY: 'Cơ quan Đảng',
  STEERING_COMMITTEE: 'Ban Chỉ đạo',
  GOVERNMENT: 'Chính phủ',
  MINISTRY: 'Bộ, ngành',
  ECONOMIC_ZONE: 'Khu kinh tế',
  TRADE_UNION: 'Công đoàn',
  HAMLET: 'Thôn, ấp, khu phố',
  ENTERPRISE_SCHOOL: 'Doanh nghiệp, trường học',
  OTHER: 'Khác',
} satisfies Record<AgencyType, string>;

export const label = (table: Record<string, string>, v: string | null | undefined): string => (v ? (table[v] ?? v) : '');

/** 2026-12-13 → 13/12/2026 */
export function viDate(d: string | null | undefined): string {
  if (!d) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : d;
}

export const MONTHS = ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'];
export const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];

/** The way analysts name a document: "Kế hoạch 14/KH-UBND ngày 05/03/2025". */
export function docName(d: { kind: string; number?: string | null; issuedOn?: string | null; year?: number | null; title?: string | null }): string {
  const kind = label(KIND, d.kind);
  if (d.number) return `${kind} ${d.number}${d.issuedOn ? ` ngày ${viDate(d.issuedOn)}` : d.year ? ` năm ${d.year}` : ''}`;
  return `${kind} không số${d.issuedOn ? ` ngày ${viDate(d.issuedOn)}` : d.year ? ` năm ${d.year}` : ''}`;
}

/** Fold diacritics for client-side filtering (đ → d). */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}
