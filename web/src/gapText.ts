/**
 * Compliance gaps in Vietnamese. The API states each gap's `what` and `why` in English (for
 * engineers and logs); analysts read this instead: a sentence per gap kind, filled with the facts of
 * the gap (its document, due date, the quoted passage, the agencies named — all Vietnamese already).
 * When the API's wording changes and a detail cannot be picked out, the sentence keeps the kind's
 * general wording rather than showing English; the original stays available under "chi tiết kỹ thuật".
 */
import { AGENCY_TYPE, docName, FREQUENCY, GAP, label, LEVEL, ROLE, viDate } from './labels.js';
import type { Gap } from './types.js';

const ISO = /\d{4}-\d{2}-\d{2}/g;

/** "A (COORDINATE), B (ADVISE) and 3 more" → "A (phối hợp), B (tham mưu) và 3 cơ quan khác" */
function agencies(list: string): string {
  return list
    .replace(/\((LEAD|COORDINATE|ADVISE|REQUESTED|RESPONSIBLE)\)/g, (_, r: string) => `(${label(ROLE, r).toLowerCase()})`)
    .replace(/ and (\d+) more$/, ' và $1 cơ quan khác');
}

const quoted = (s: string, re: RegExp) => re.exec(s)?.[1] ?? null;
const q = (s: string | null) => (s ? ` “${s}”` : '');

const FREQ_EN: Record<string, string> = { yearly: 'YEARLY', 'half-yearly': 'HALF_YEARLY', quarterly: 'QUARTERLY', monthly: 'MONTHLY', weekly: 'WEEKLY' };

export function gapVi(g: Gap): { what: string; why: string } {
  const doc = docName(g.document);
  const { what, why } = g;
  switch (g.kind) {
    case 'DRAFT_DOCUMENT': {
      const missing: string[] = [];
      if (g.document.number == null) missing.push(/number is left blank/.test(what) ? 'số văn bản để trống (“Số: /…”)' : 'không có số văn bản');
      if (g.document.issuedOn == null) missing.push(/date is left blank/.test(what) ? 'ngày ban hành để trống (“ngày … tháng … năm …”)' : 'không có ngày ban hành');
      return {
        what: `${doc}: ${missing.join(' và ') || 'thiếu số hoặc ngày ban hành'}.`,
        why: /^Blank/.test(why)
          ? 'Số, ngày để trống cho thấy đây là dự thảo, chưa phải văn bản đã ban hành: chưa thể trích dẫn hay dựa vào như văn bản chính thức.'
          : 'Thiếu số và ngày ban hành thì không xác định, trích dẫn được văn bản một cách chắc chắn (có thể là dự thảo, hoặc bản sao mất phần đầu).',
      };
    }
    case 'METADATA_CONFLICT': {
      const m = /^(.*) is cited with different dates: (.*?)(?:; the catalog's verified date is (\d{4}-\d{2}-\d{2}))?\. Using (\d{4}-\d{2}-\d{2})\.?$/.exec(what);
      const conflictWhy = /two different dates/.test(why)
        ? 'Cùng một văn bản được ghi hai ngày khác nhau: ít nhất một chỗ trích dẫn sai, cần đối chiếu với chính văn bản đó.'
        : 'Các nguồn không thống nhất về số, ngày hoặc trích yếu của văn bản: hệ thống giữ thông tin thứ nhất và báo cáo thông tin còn lại.';
      if (!m) return { what: `${doc}: thông tin về một văn bản không thống nhất giữa các chỗ trích dẫn.`, why: conflictWhy };
      const dates = [...m[2]!.matchAll(/(\d{4}-\d{2}-\d{2}) \(line (\d+)\)/g)].map((x) => `${viDate(x[1])} (dòng ${x[2]})`);
      return {
        what: `${m[1]} được ghi với các ngày khác nhau: ${dates.join(' và ')}${m[3] ? `; danh mục đã kiểm tra ghi ngày ${viDate(m[3])}` : ''}. Hệ thống dùng ngày ${viDate(m[4])}.`,
        why: conflictWhy,
      };
    }
    case 'UNRESOLVED_BASIS': {
      const vague = quoted(what, /gives as its basis only "(.*)"\.?$/);
      if (vague != null || g.severity === 'WARNING')
        return {
          what: `${doc} chỉ nêu căn cứ chung chung:${q(vague)}.`,
          why: 'Căn cứ chung chung không chỉ ra văn bản cụ thể (không số, không ngày): không truy được kế hoạch này thực hiện văn bản nào.',
        };
      const m = /(implements|rests on) (.*), whose text is not in the graph\.?$/.exec(what);
      return {
        what: m ? `${doc} ${m[1] === 'implements' ? 'thực hiện' : 'căn cứ'} ${m[2]}, văn bản chưa có toàn văn trong hệ thống.` : `${doc} dựa trên một văn bản chưa có toàn văn trong hệ thống.`,
        why: 'Văn bản căn cứ chỉ được biết qua lời trích dẫn này: chưa kiểm tra được nội dung, ngày ban hành và căn cứ của chính nó.',
      };
    }
    case 'SUPERSEDED_BASIS': {
      const m = /(implements|rests on|cites) (.*), which (.*) replaced\.?$/.exec(what);
      const verb = { implements: 'thực hiện', 'rests on': 'căn cứ', cites: 'trích dẫn' }[m?.[1] ?? 'cites'];
      const dates = why.match(ISO) ?? [];
      return {
        what: m ? `${doc} ${verb} ${m[2]}, văn bản đã được thay thế bởi ${m[3]}.` : `${doc} dựa trên một văn bản đã được thay thế.`,
        why: /already been replaced/.test(why)
          ? `Văn bản căn cứ đã bị thay thế${dates[0] ? ` (${viDate(dates[0])})` : ''} trước khi văn bản này ban hành${dates[1] ? ` (${viDate(dates[1])})` : ''}.`
          : `Văn bản căn cứ bị thay thế${dates[0] ? ` ngày ${viDate(dates[0])}` : ''}, sau khi văn bản này ban hành: cần cập nhật theo văn bản thay thế.`,
      };
    }
    case 'UNLED_DUTY': {
      const text = quoted(what, /^Duty "(.*)" (?:is unattributed|names no agency|is only requested|has no owner)/);
      if (/is unattributed/.test(what)) {
        const named = quoted(what, /\(named in it: (.*)\)\.?$/);
        return {
          what: `Nhiệm vụ${q(text)} mất tiêu đề cơ quan: không cơ quan nào được xác định là chủ trì${named ? ` (trong nhiệm vụ có nêu: ${agencies(named)})` : ''}.`,
          why: `Văn bản không ghi cơ quan thực hiện nhiệm vụ này${/context suggests/.test(why) ? '; ngữ cảnh gợi ý một cơ quan nhưng hệ thống không khẳng định' : ''}: chưa ai chịu trách nhiệm cho đến khi xác định được cơ quan.`,
        };
      }
      if (/names no agency/.test(what)) return { what: `Nhiệm vụ${q(text)} không nêu cơ quan nào.`, why: 'Không cơ quan nào được ghi nhận là chủ trì hay thực hiện nhiệm vụ này.' };
      if (/is only requested/.test(what)) {
        const who = quoted(what, / of (.*)\.$/);
        return {
          what: `Nhiệm vụ${q(text)} chỉ là đề nghị${who ? ` đối với ${agencies(who)}` : ''}.`,
          why: 'Các cơ quan được đề nghị nằm ngoài hệ thống chỉ đạo của cơ quan ban hành; không cơ quan nào mà kế hoạch có quyền giao việc nhận nhiệm vụ này.',
        };
      }
      const only = quoted(what, /: only (.*)\.$/);
      return {
        what: `Nhiệm vụ${q(text)} không có cơ quan chủ trì hay tự thực hiện${only ? `: chỉ có ${agencies(only)}` : ''}.`,
        why: 'Mọi cơ quan trong nhiệm vụ này chỉ phối hợp, tham mưu hoặc được đề nghị: không cơ quan nào chịu trách nhiệm chính (chủ trì hoặc tự thực hiện).',
      };
    }
    case 'OVERDUE_DEADLINE': {
      const freq = FREQ_EN[/^The (\S+) deadline/.exec(what)?.[1] ?? ''];
      const text = quoted(what, /deadline "(.*)" was due on/);
      const who = quoted(what, /was due on \d{4}-\d{2}-\d{2} \((.*)\)\.?$/);
      const asOf = /before (\d{4}-\d{2}-\d{2})/.exec(why)?.[1];
      return {
        what: `Thời hạn${freq ? ` ${label(FREQUENCY, freq)}` : ''}${q(text)} đến hạn ngày ${viDate(g.dueDate)}${who ? ` (${agencies(who)})` : ''}.`,
        why: freq
          ? `Lần đến hạn gần nhất trước ngày ${viDate(asOf)} (${viDate(g.dueDate)}) chưa được ghi nhận hoàn thành.`
          : `Đã quá hạn${asOf ? ` trước ngày ${viDate(asOf)}` : ''} mà chưa được ghi nhận hoàn thành.`,
      };
    }
    case 'MISSING_DERIVED_PLAN': {
      const text = quoted(what, /own plans \("(.*)"\)/);
      const levels = [...new Set((/bodies tasked \(([A-Z, ]+)\)/.exec(why)?.[1] ?? '').split(/,\s*/).filter(Boolean))].map((l) => label(LEVEL, l).toLowerCase());
      const at = /at lines ([\d, ]+)\./.exec(why)?.[1];
      return {
        what: `${doc} yêu cầu cấp dưới xây dựng kế hoạch của mình${text ? ` (“${text}”)` : ''}${g.dueDate ? ` trước ngày ${viDate(g.dueDate)}` : ''}; hệ thống chưa có kế hoạch nào như vậy.`,
        why: `Chưa có văn bản nào trong hệ thống thực hiện kế hoạch này ở cấp của các cơ quan được giao${levels.length ? ` (${levels.join(', ')})` : ''}, và chưa ghi nhận kế hoạch cấp dưới nào.${at ? ` Kế hoạch yêu cầu điều này ở các dòng ${at}.` : ''}`,
      };
    }
    case 'UNMIRRORED_DUTY': {
      const m = /^(.*) tasks (\S+) bodies \("(.*)"\); (.*), which implements it/.exec(what);
      return {
        what: m
          ? `${m[1]} giao nhiệm vụ cho cơ quan thuộc ngành “${label(AGENCY_TYPE, m[2])}” (“${m[3]}”); ${m[4]} thực hiện kế hoạch đó nhưng không giao nhiệm vụ nào cho ngành này.`
          : `${doc} thực hiện kế hoạch cấp trên nhưng không giao lại một nhiệm vụ của cấp trên cho cơ quan tương ứng.`,
        why: 'Kế hoạch cấp dưới thực hiện kế hoạch cấp trên cần giao lại nhiệm vụ của từng ngành được giao cho cơ quan tương ứng ở địa phương.',
      };
    }
    default:
      // a kind this explorer does not know yet: its Vietnamese label, the details in English below
      return { what: `${doc}: ${label(GAP, g.kind as string)}.`, why: 'Xem chi tiết kỹ thuật.' };
  }
}
