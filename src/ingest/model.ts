/**
 * The extraction model: what the pipeline reads out of one document, before loading.
 *
 * This is also the JSON contract of `npm run ingest -- --dry-run --json <file>`:
 * every field named in the contract is here; the rest are extras tools may use.
 * Line numbers are 1-based and refer to the lines of the original file, inclusive.
 */
import { z } from 'zod';

export const DocumentKind = z.enum([
  'LAW', 'CODE', 'RESOLUTION', 'DIRECTIVE', 'DECREE', 'CIRCULAR', 'JOINT_CIRCULAR', 'DECISION',
  'CONCLUSION', 'PLAN', 'PROGRAMME', 'PROJECT', 'STRATEGY', 'GUIDANCE', 'OFFICIAL_LETTER', 'SUBMISSION',
  'REGULATION', 'REPORT', 'NOTICE', 'TELEGRAM', 'OTHER',
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** The Vietnamese kind word, for display and for full-text search ("chỉ thị 07"). */
export const KIND_LABEL_VI: Record<DocumentKind, string> = {
  LAW: 'Luật', CODE: 'Bộ luật', RESOLUTION: 'Nghị quyết', DIRECTIVE: 'Chỉ thị', DECREE: 'Nghị định',
  CIRCULAR: 'Thông tư', JOINT_CIRCULAR: 'Thông tư liên tịch', DECISION: 'Quyết định', CONCLUSION: 'Kết luận',
  PLAN: 'Kế hoạch', PROGRAMME: 'Chương trình', PROJECT: 'Đề án', STRATEGY: 'Chiến lược', GUIDANCE: 'Hướng dẫn',
  OFFICIAL_LETTER: 'Công văn', SUBMISSION: 'Tờ trình', REGULATION: 'Quy định', REPORT: 'Báo cáo',
  NOTICE: 'Thông báo', TELEGRAM: 'Công điện', OTHER: '',
};

/** Administrative level of an issuer, an agency or a jurisdiction. */
export const Level = z.enum(['NATIONAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'UNKNOWN']);
export type Level = z.infer<typeof Level>;

export const Role = z.enum(['LEAD', 'COORDINATE', 'ADVISE', 'REQUESTED', 'RESPONSIBLE']);
export type Role = z.infer<typeof Role>;

/**
 * Whether the text states a role (EXPLICIT: "Sở Y tế chủ trì", a bullet under "2. Sở Y tế") or an
 * analyst's reading implies it (INFERRED: X is the implied lead of "Phối hợp với X …" under A's heading).
 */
export const Basis = z.enum(['EXPLICIT', 'INFERRED']);
export type Basis = z.infer<typeof Basis>;

export const Relation = z.enum(['IMPLEMENTS', 'BASED_ON', 'CITES']);
export type Relation = z.infer<typeof Relation>;

export const AgencyType = z.enum([
  'PEOPLES_COMMITTEE', // UBND
  'PEOPLES_COUNCIL', // HĐND
  'OFFICE', // Văn phòng
  'PUBLIC_SECURITY', // Công an
  'MILITARY', // Quân sự, Bộ đội Biên phòng
  'FIRE_POLICE', // Cảnh sát PCCC
  'HEALTH', 'EDUCATION', 'CULTURE_INFORMATION', 'FINANCE_PLANNING', 'HOME_AFFAIRS', 'JUSTICE',
  'LABOUR_SOCIAL', 'NATURAL_RESOURCES_ENVIRONMENT', 'AGRICULTURE', 'INDUSTRY_TRADE', 'SCIENCE_TECHNOLOGY',
  'FOREIGN_AFFAIRS', 'ETHNIC_RELIGIOUS', 'TRANSPORT_CONSTRUCTION', 'MARKET_SURVEILLANCE', 'MEDIA',
  'FATHERLAND_FRONT', // MTTQ and the socio-political organisations
  'PARTY', // Tỉnh ủy, Thị ủy, Đảng ủy, Ban Bí thư …
  'STEERING_COMMITTEE', // Ban Chỉ đạo
  'GOVERNMENT', // Chính phủ, Thủ tướng
  'MINISTRY', // Bộ …
  'ECONOMIC_ZONE', 'TRADE_UNION', 'HAMLET', // Trưởng thôn, khu phố
  'ENTERPRISE_SCHOOL', // cơ quan, doanh nghiệp, nhà trường (heads of)
  'OTHER',
]);
export type AgencyType = z.infer<typeof AgencyType>;

export const Severity = z.enum(['ERROR', 'WARNING', 'INFO']);

export const Span = z.object({ line: z.number().int().positive(), lineEnd: z.number().int().positive() });

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const IssuerRef = z.object({
  key: z.string(),
  name: z.string(),
  level: Level,
});
export type IssuerRef = z.infer<typeof IssuerRef>;

export const AdministrativeUnit = z.object({
  key: z.string(),
  name: z.string(), // "thị xã Bỉm Sơn"
  kind: z.enum(['COUNTRY', 'PROVINCE', 'CITY', 'DISTRICT', 'TOWN', 'COMMUNE', 'WARD', 'TOWNSHIP']),
  level: Level,
  parentKey: z.string().nullable(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
});
export type AdministrativeUnit = z.infer<typeof AdministrativeUnit>;

export const ExtractedDocument = Span.extend({
  key: z.string(),
  kind: DocumentKind,
  number: z.string().nullable(), // "14/KH-UBND"; null when blank (draft) or absent
  issuedOn: IsoDate.nullable(),
  year: z.number().int().nullable(), // from the date, the number, or the text (Bỉm Sơn: from deadlines)
  place: z.string().nullable(),
  issuer: IssuerRef,
  jurisdiction: z.string().nullable(), // AdministrativeUnit key
  title: z.string(),
  signer: z.string().nullable(),
  signerCapacity: z.string().nullable(), // "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
  period: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  draft: z.boolean(),
  /** The number as printed when the canonical `number` differs ("1961/QĐUBND" → number "1961/QĐ-UBND"). */
  numberPrinted: z.string().nullable().optional(),
  /** Joint documents: the bodies named after the first one in the header (not scored, not the issuer). */
  coIssuers: z.array(z.string()).optional(),
  /** Provenance: the id of the rule that produced each header field ({ kind: 'kind.sign', number: 'number.hyphen' }). */
  rules: z.record(z.string(), z.string()).optional(),
});
export type ExtractedDocument = z.infer<typeof ExtractedDocument>;

export const Reference = Span.extend({
  key: z.string(), // key of the referenced document node (stub or full)
  relation: Relation,
  kind: DocumentKind,
  number: z.string().nullable(),
  issuedOn: IsoDate.nullable(),
  issuer: IssuerRef.nullable(),
  title: z.string().nullable(),
  text: z.string(), // the citation as written
  alias: z.string().nullable(), // "Chỉ thị số 07" when the text defines one
  vague: z.boolean(), // "các văn bản chỉ đạo của Ban Chỉ đạo … tỉnh"
  catalog: z.boolean(), // resolved through the curated catalog
  /** A law or code cited by name without a number ("Luật Tổ chức chính quyền địa phương"). */
  name: z.string().nullable().optional(),
  /** The id of the rule that produced this reference (src/rules/citations.ts). */
  rule: z.string().optional(),
});
export type Reference = z.infer<typeof Reference>;

/** A link between two referenced documents stated in a citation's subject. */
export const ReferenceLink = Span.extend({
  from: z.string(),
  to: z.string(),
  relation: Relation,
});
export type ReferenceLink = z.infer<typeof ReferenceLink>;

export const Agency = z.object({
  key: z.string(),
  name: z.string(), // canonical display name, jurisdiction spelled out: "Công an thị xã Bỉm Sơn"
  names: z.array(z.string()), // as written in this document
  type: AgencyType,
  level: Level,
  unit: z.string().nullable(), // AdministrativeUnit key
  group: z.boolean(), // "UBND các phường, xã", "các phòng, ban, ngành khác"
});
export type Agency = z.infer<typeof Agency>;

export const Duty = Span.extend({
  key: z.string(),
  text: z.string(),
  section: z.string().nullable(),
  unattributed: z.boolean(),
  suggestedAgency: z.string().nullable(), // agency key, never asserted as fact
  suggestionConfidence: z.number().min(0).max(1).nullable(),
  curated: z.boolean(),
  /** The duty tells the bodies to issue their own plan implementing this one ("xây dựng kế hoạch …"). */
  requiresDerivedPlan: z.boolean().default(false),
});
export type Duty = z.infer<typeof Duty>;

export const Assignment = Span.extend({
  agency: z.string(), // canonical agency name (contract)
  agencyKey: z.string(),
  role: Role,
  duty: z.string(), // duty text (contract)
  dutyKey: z.string(),
  curated: z.boolean(),
  /** EXPLICIT when the text names this body in this role; INFERRED when the reading implies it. */
  basis: Basis,
  /** Id of the rule that produced the assignment (src/rules, src/ingest/assignments.ts): "heading.bullet", "inline.subject" … */
  rule: z.string(),
});
export type Assignment = z.infer<typeof Assignment>;

export const Recurrence = z.object({
  frequency: z.enum(['YEARLY', 'HALF_YEARLY', 'QUARTERLY', 'MONTHLY', 'WEEKLY']),
  month: z.number().int().min(1).max(12).nullable(), // YEARLY: month of the deadline
  day: z.number().int().min(1).max(31).nullable(), // day of month
  monthOfPeriod: z.enum(['FIRST', 'LAST']).nullable(), // QUARTERLY "tháng cuối quý"
  from: IsoDate.nullable(),
  /** Every n periods: "định kỳ 02 tuần/lần" → WEEKLY, interval 2 (absent = every period). */
  interval: z.number().int().min(2).optional(),
  /** WEEKLY: ISO weekday (1 = Monday … 7 = Sunday): "ngày thứ sáu hằng tuần" → 5. */
  weekday: z.number().int().min(1).max(7).optional(),
});
export type Recurrence = z.infer<typeof Recurrence>;

export const Deadline = Span.extend({
  key: z.string(),
  kind: z.enum(['ABSOLUTE', 'RECURRING', 'START', 'HORIZON']),
  date: IsoDate.nullable(),
  recurrence: Recurrence.nullable(),
  text: z.string(),
  agency: z.string().nullable(), // canonical names joined when several (contract)
  agencyKeys: z.array(z.string()),
  dutyKey: z.string().nullable(),
  action: z.enum(['REPORT', 'ISSUE_PLAN', 'SUBMIT', 'COMPLETE', 'START', 'OTHER']),
  recipient: z.string().nullable(), // "UBND thị xã (qua Văn phòng … và Công an thị xã)"
  recipientKeys: z.array(z.string()),
});
export type Deadline = z.infer<typeof Deadline>;

export const Target = Span.extend({
  key: z.string(),
  metric: z.string(),
  comparator: z.enum(['AT_LEAST', 'AT_MOST', 'EXACTLY', 'REDUCE_BY_AT_LEAST']),
  value: z.number(),
  unit: z.enum(['PERCENT', 'COUNT']),
  period: z.string().nullable(), // "hàng năm", "2023", "đến năm 2030"
  text: z.string(),
  dutyKey: z.string().nullable(),
});
export type Target = z.infer<typeof Target>;

export const Recipient = Span.extend({
  name: z.string(),
  agencyKey: z.string().nullable(),
  purpose: z.enum(['REPORT', 'IMPLEMENT', 'INFORM', 'ARCHIVE']).nullable(),
});
export type Recipient = z.infer<typeof Recipient>;

export const Finding = z.object({
  code: z.string(), // stable, SCREAMING_SNAKE: DRAFT_NUMBER, LOST_HEADING, DUPLICATE_BLOCK, DATE_CONFLICT …
  severity: Severity,
  message: z.string(),
  line: z.number().int().nullable(),
});
export type Finding = z.infer<typeof Finding>;

export const Extraction = z.object({
  source: z.object({
    file: z.string(),
    sha256: z.string(),
    lines: z.number().int(),
    encoding: z.string(),
    bytes: z.number().int(),
  }),
  document: ExtractedDocument,
  units: z.array(AdministrativeUnit),
  references: z.array(Reference),
  links: z.array(ReferenceLink),
  agencies: z.array(Agency),
  duties: z.array(Duty),
  assignments: z.array(Assignment),
  deadlines: z.array(Deadline),
  targets: z.array(Target),
  recipients: z.array(Recipient),
  /** Bodies named only in "Nơi nhận" (not counted as agencies of the plan, but nodes of the graph). */
  recipientAgencies: z.array(Agency).default([]),
  issues: z.array(Finding),
});
export type Extraction = z.infer<typeof Extraction>;
