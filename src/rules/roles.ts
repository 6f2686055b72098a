/**
 * Role rules (conventions v2, docs/extraction-conventions.md): how the words that start a duty —
 * after its subject, or under an agency heading — give the carrier's role, and when the bodies named
 * after "phối hợp (với)" are the duty's implied lead.
 *
 * Each rule lists the phrases it must read, Duckling-style: the examples are the rule's test
 * (test/unit/rules.test.ts runs every one through readRole in src/ingest/assignments.ts). Rule ids
 * are what `Assignment.rule` carries (prefixed by how the carrier was found: `heading.`, `inline.`).
 */
import type { Role } from '../ingest/model.js';

export interface RoleExample {
  /** The duty's predicate as printed (after the subject / under a heading). */
  text: string;
  role: Role;
  /** The implied lead named right after "phối hợp (với)", as written; absent when none is implied. */
  impliedLead?: string;
}

export interface RoleRule {
  id: string;
  what: string;
  examples: RoleExample[];
}

export const ROLE_RULES: RoleRule[] = [
  {
    id: 'role.lead',
    what: '"Chủ trì …", "là lực lượng chủ trì …", "là cơ quan thường trực …" → LEAD',
    examples: [
      { text: 'Chủ trì, phối hợp với Công an thị xã, cơ quan, tổ chức liên quan thực hiện phòng, chống khủng bố', role: 'LEAD' },
      { text: 'Là lực lượng chủ trì, nòng cốt trong công tác phòng, chống khủng bố trên địa bàn thị xã.', role: 'LEAD' },
      { text: 'chủ trì tham mưu UBND tỉnh ban hành Quy chế bảo vệ bí mật nhà nước', role: 'LEAD' },
      { text: 'Tiếp tục chủ trì, phối hợp với các đơn vị tổ chức kiểm tra', role: 'LEAD' },
    ],
  },
  {
    id: 'role.phoi-hop-voi',
    what: '"Phối hợp (chặt chẽ) với X …", "Phối hợp X …" (the "với" dropped) → COORDINATE; X the implied lead (INFERRED)',
    examples: [
      { text: 'Phối hợp với Công an xã trong công tác nắm tình hình, trao đổi thông tin', role: 'COORDINATE', impliedLead: 'Công an xã' },
      { text: 'Phối hợp với Phòng Tài chính – Kế hoạch lập dự trù kinh phí phục vụ công tác phòng, chống khủng bố', role: 'COORDINATE', impliedLead: 'Phòng Tài chính – Kế hoạch' },
      { text: 'Phối hợp chặt chẽ với Công an tỉnh, Sở Nông nghiệp và Môi trường kiểm tra', role: 'COORDINATE', impliedLead: 'Công an tỉnh, Sở Nông nghiệp và Môi trường' },
      { text: 'Phối hợp Sở Xây dựng, Sở Tài chính xây dựng Đề án hỗ trợ người có công', role: 'COORDINATE', impliedLead: 'Sở Xây dựng, Sở Tài chính' },
      { text: 'phối hợp với Công an tỉnh triển khai các biện pháp phòng ngừa tội phạm', role: 'COORDINATE', impliedLead: 'Công an tỉnh' },
    ],
  },
  {
    id: 'role.phoi-hop',
    what: '"Phối hợp với các cơ quan liên quan …" (generic partner), "Phối hợp tuyên truyền …" (no partner) → COORDINATE, no lead implied',
    examples: [
      { text: 'Phối hợp với các lực lượng chức năng tổ chức các biện pháp kiểm soát giao thông', role: 'COORDINATE' },
      { text: 'Phối hợp với các cơ quan, đơn vị liên quan triển khai thực hiện', role: 'COORDINATE' },
      { text: 'Phối hợp tuyên truyền, vận động nhân dân khu vực biên giới chấp hành nghiêm các quy định', role: 'COORDINATE' },
      { text: 'Phối hợp kiểm tra, thanh tra việc sử dụng ngân sách', role: 'COORDINATE' },
    ],
  },
  {
    id: 'role.phoi-hop-own-task',
    what: '"phối hợp, hướng dẫn X …": coordinating is one of the subject\'s own actions, no body is named to lead → RESPONSIBLE',
    examples: [
      { text: 'phối hợp, hướng dẫn cơ quan, doanh nghiệp, nhà trường tổ chức triển khai thực hiện các nội dung tiêu chí', role: 'RESPONSIBLE' },
    ],
  },
  {
    id: 'role.chu-dong-phoi-hop',
    what: '"chủ động phối hợp với X …": the subject takes the initiative, its own task → RESPONSIBLE (X a partner)',
    examples: [
      { text: 'chủ động phối hợp với các cơ quan, đơn vị liên quan xây dựng phương án phòng, chống khủng bố trước ngày 20/11/2017', role: 'RESPONSIBLE' },
      { text: 'Chủ động phối hợp với Sở Tài chính rà soát nhu cầu kinh phí', role: 'RESPONSIBLE' },
    ],
  },
  {
    id: 'role.advise',
    what: '"Tham mưu …", "là cơ quan tham mưu …" → ADVISE (the body advised is not an assignee)',
    examples: [
      { text: 'Tham mưu UBND thị xã chỉ đạo triển khai thực hiện Kế hoạch', role: 'ADVISE' },
      { text: 'Thường xuyên tham mưu cho Chủ tịch UBND tỉnh', role: 'ADVISE' },
    ],
  },
  {
    id: 'role.responsible',
    what: 'any other predicate of the duty\'s subject ("có trách nhiệm …", "chỉ đạo …", a bullet under its heading) → RESPONSIBLE',
    examples: [
      { text: 'có trách nhiệm hướng dẫn, kiểm tra việc thực hiện', role: 'RESPONSIBLE' },
      { text: 'Tổ chức đảm bảo an toàn mạng lưới thông tin cho hoạt động phòng, chống khủng bố', role: 'RESPONSIBLE' },
      { text: 'Chỉ đạo, hướng dẫn các phòng chuyên môn nghiệp vụ thuộc Sở', role: 'RESPONSIBLE' },
    ],
  },
];

/** Trigger words before the subject that fix the role whatever the predicate says. */
export const TRIGGER_RULES: RoleRule[] = [
  {
    id: 'role.de-nghi',
    what: '"Đề nghị X …", "Kính đề nghị X …" (a heading or a sentence) → X REQUESTED: outside the chain of command',
    examples: [{ text: 'Đề nghị Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội thị xã phối hợp tuyên truyền', role: 'REQUESTED' }],
  },
  {
    id: 'role.giao',
    what: '"Giao X …", "Yêu cầu X …" → X RESPONSIBLE (its own task)',
    examples: [{ text: 'Giao Văn phòng HĐND&UBND thị xã phối hợp với Công an thị xã hướng dẫn, theo dõi, kiểm tra', role: 'RESPONSIBLE' }],
  },
  {
    id: 'role.giao-chu-tri',
    what: '"Giao X chủ trì, phối hợp với Y …" → X LEAD, Y COORDINATE',
    examples: [{ text: 'Giao Sở Công Thương chủ trì, phối hợp với Sở Tư pháp tham mưu', role: 'LEAD' }],
  },
];

/**
 * Requests and orders that start inside a paragraph (`request.` prefix on the assignment's rule) and
 * lead-ins that hand the list after them to their bodies (`lead-in.` prefix): src/ingest/assignments.ts
 * `findMidRequests`, `pointerOnly`. The role is the trigger's (table above). Examples from real letters;
 * `bodies` are the names as written ([] where the sentence is not this document's request).
 */
export interface MidRequestExample {
  text: string;
  bodies: string[];
}
export const MID_REQUEST_RULES: Array<{ id: string; what: string; examples: MidRequestExample[] }> = [
  {
    id: 'request.mid-paragraph',
    what: 'a trigger (đề nghị, yêu cầu, giao) at a clause start inside a paragraph, a body right after it',
    examples: [
      { text: 'Như vậy, để đạt được mục tiêu này, đề nghị UBND tỉnh quan tâm, chỉ đạo thực hiện các nội dung có liên quan', bodies: ['UBND tỉnh'] },
      { text: 'Bộ Công an - Cơ quan Thường trực trân trọng đề nghị các Bộ, ngành thành viên Ủy ban Quốc gia và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương báo cáo tổng kết', bodies: ['các Bộ, ngành thành viên Ủy ban Quốc gia', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'] },
      { text: '3. Đối với hạng mục đường dẫn vào các hạng mục công trình thi công: Giao Ban Quản lý dự án đầu tư xây dựng số 1 chủ trì, phối hợp Sở Nông nghiệp và Môi trường', bodies: ['Ban Quản lý dự án đầu tư xây dựng số 1'] },
    ],
  },
  {
    id: 'request.mid-lead',
    what: 'a clause inside a paragraph that opens with a body followed by "chủ trì" (after an introductory clause that names other bodies)',
    examples: [
      { text: 'Trên cơ sở đề nghị của Ủy ban nhân dân quận, huyện, Sở Xây dựng chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội, Sở Tài chính lập Đề án', bodies: ['Sở Xây dựng'] },
      { text: '6. Xây dựng và tham mưu với UBND tỉnh ban hành Quy chế bảo vệ BMNN trên địa bàn tỉnh (Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp)', bodies: ['Công an tỉnh'] },
    ],
  },
  {
    id: 'request.reported',
    what: 'not this document\'s: inside quotes, or after a cited document in the paragraph (its order, reported)',
    examples: [
      { text: 'Công văn số 6785/VPCP-KGVX ngày 21/7/2025 của Văn phòng Chính phủ thông báo ý kiến chỉ đạo của Phó Thủ tướng giao Bộ Công an triển khai thực hiện', bodies: [] },
      { text: 'Quốc hội quy định: “Quốc hội thống nhất cấm …; giao Chính phủ tổ chức thực hiện cụ thể”;', bodies: [] },
      { text: 'Theo đề nghị của Sở Nội vụ tại Tờ trình số 12', bodies: [] },
    ],
  },
];
