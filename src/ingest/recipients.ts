/**
 * "Nơi nhận" (distribution list): the bodies a document is sent to.
 *
 * Layouts of the genre (each has examples in test/unit/recipients.test.ts):
 *   one item per line           "- UBND tỉnh (báo cáo);" / "- Lưu: VT."
 *   several parts on one line   "- TT Thị ủy; HĐND TX (để b/c);"   (the item's purpose applies to all)
 *   the whole list on one line  "| Nơi nhận: - Bộ Công an (để b/c); - … ; - Lưu: VT. | CHỦ TỊCH |"
 *   a signature column beside   "Nơi nhận:            KT. CHỦ TỊCH" / "- Như trên; PHÓ GIÁM ĐỐC" (OCR)
 *   wrapped items               "- Văn phòng UBND tỉnh: CVP," + "các PCVP và các VP, Ban, TT;"
 *   detached bullets            "-" lines, then "Bộ Công an;" lines (OCR of a scan)
 *
 * The list ends after "Lưu …" (the filing slot is always last), or at body text: a web mirror may put
 * the decision's "Nơi nhận" before the plan it issues, and that plan is not a recipient. Signature
 * captions ("KT. CHỦ TỊCH", "PHÓ GIÁM ĐỐC"), signer names in the right column and OCR debris are not
 * recipients.
 *
 * Purpose from the parenthesis (RECIPIENT_PURPOSES); "Lưu …" → ARCHIVE; otherwise null. agencyKey
 * when the part names exactly one body (not a group); the key is deterministic (slug of the
 * canonical name): it reaches the body's node when the graph has it.
 */
import type { Agency, Recipient } from './model.js';
import type { DocContext, SourceLine } from './context.js';
import { splitAgencyList } from './agencies.js';
import { collapseSpaces, fold, normalizeVi } from './text.js';

type Purpose = Recipient['purpose'];

/**
 * Purpose words inside the parenthesis, on the folded text (OCR spellings of "để" — "đê", "đề" —
 * fold to "de" too). Rule → examples:
 *   REPORT     "(báo cáo)", "(b/c)", "(để b/c)", "(B/c)", "(đê b/cáo)", "(Cục A03 - để b/c)", "(để b/c đ/c Bộ trưởng)"
 *   IMPLEMENT  "(để t/h)", "(t/h)", "(để thực hiện)", "(đê th/hiện)", "(để thiện)" (OCR of "thực hiện")
 *   INFORM     "(để biết)", "(theo dõi)", "(để chỉ đạo)"
 *   none       "(để p/h)", "(đề phối hợp)", "(để đăng tải)", "(Đ/c Minh)", "(P6)" — no convention → null
 */
export const RECIPIENT_PURPOSES: Array<[RegExp, Exclude<Purpose, null | 'ARCHIVE'>]> = [
  [/(?<![a-z])(?:bao cao|b\/c(?:ao)?|bc|b\.c)(?![a-z])/, 'REPORT'],
  [/(?<![a-z])(?:thuc hien|t\/h|th\/hien|th|thi hanh|de thien)(?![a-z])/, 'IMPLEMENT'],
  [/(?<![a-z])(?:biet|theo doi|chi dao|t\/d)(?![a-z])/, 'INFORM'],
];

export function purposeOf(paren: string): Purpose {
  const f = collapseSpaces(fold(paren));
  for (const [re, p] of RECIPIENT_PURPOSES) if (re.test(f)) return p;
  return null;
}

/** Bullets; OCR reads some dashes as "~". */
const BULLET_RE = /^[-+•·–~]\s*/u;
const HEAD_RE = /^nơi nhận\s*:?\s*/iu;
/** "Lưu: VT", "Lưu VP", and a web mirror's letter-spaced "L ư u : V T". */
const ARCHIVE_RE = /^l ?ư ?u(?![\p{L}])/iu;
/** A text with a lower-case word of two letters or more: a name, not a caption or OCR debris. */
const HAS_WORD_RE = /\p{Ll}\p{L}/u;
const STARTS_UPPER_RE = /^[\p{Lu}\d]/u;
const STARTS_LOWER_RE = /^\p{Ll}/u;
/** Three one-letter tokens in a row: letter-spaced text of a web mirror. */
const LETTER_SPACED_RE = /(?:^|\s)\p{L}\s\p{L}\s\p{L}(?=\s|$)/u;
/** An item that ends here (the next line starts a new one). */
const TERMINATED_RE = /[;.:]\s*$/u;

/**
 * The left column of a line: table cells ("| Nơi nhận: … | KT. CHỦ TỊCH |") and a column-aligned
 * right part after a wide gap ("- Như Điều 3;          THỨ TRƯỞNG") are the signature's.
 */
export function leftColumn(raw: string): string {
  const cells = raw.replace(/\*+/g, '').split('|');
  const first = cells.find((c) => c.trim().length > 0) ?? '';
  return normalizeVi(first.split(/[ \u00a0]{4,}|\t+/u).find((c) => c.trim().length > 0) ?? '');
}

interface Item {
  line: number;
  text: string;
}

/** The items of one line: bullets after a ";" start new items ("- A; - B; - Lưu: VT"). */
function itemsOfLine(left: string, head: boolean): string[] {
  const t = (head ? left.replace(HEAD_RE, '') : left).trim();
  if (!t) return [];
  const chunks = t.split(/(?:;|\.(?=\s+[-–]\s+\p{Lu}))\s*(?=[-+•–~]\s*\S)/u).map((c) => c.trim()).filter(Boolean);
  const items: string[] = [];
  for (const [k, chunk] of chunks.entries()) {
    const bulleted = BULLET_RE.test(chunk);
    let c = chunk.replace(BULLET_RE, '').trim();
    if (k === chunks.length - 1 && !ARCHIVE_RE.test(c)) {
      // after the item's last ";" the rest is another column or OCR debris ("- Như trên; PHÓ GIÁM
      // ĐỐC", "- Các sở, ban, ngành; h"), unless it is a name of its own ("- Bộ Xây dựng; Bộ Tài chính")
      const cut = c.lastIndexOf(';');
      if (cut >= 0) {
        const rest = c.slice(cut + 1).trim();
        c = c.slice(0, cut + 1);
        if (rest && STARTS_UPPER_RE.test(rest) && HAS_WORD_RE.test(rest)) c += ` ${rest}`;
      }
    }
    // the heading's caption ("Nơi nhận: CỤC TRƯỞNG", "Nơi nhận: KT.BỘ TRƯỞNG") or debris
    if ((!bulleted && !HAS_WORD_RE.test(c)) || !/\p{L}/u.test(c)) continue;
    if (c) items.push(c);
  }
  return items;
}

/**
 * The list's items with their first line, from the "Nơi nhận" heading line on (`lines` may run past
 * the list: the list's own end is found here).
 */
export function recipientItems(lines: SourceLine[]): Item[] {
  const out: Item[] = [];
  let open: Item | null = null; // the last item, not yet terminated (it may wrap onto the next line)
  let archived = false;
  let noise = 0;
  for (const [k, l] of lines.entries()) {
    const raw = leftColumn(l.raw);
    if (!raw) continue;
    const head = k === 0;
    if (!head && /^[-+•·–~]$/u.test(raw)) continue; // a bullet detached from its text
    const bulleted = BULLET_RE.test(raw);
    // a wrapped item: "- Văn phòng UBND tỉnh: CVP," + "các PCVP và các VP, Ban, TT;"
    if (!head && !bulleted && open && (STARTS_LOWER_RE.test(raw) || /,\s*$/u.test(open.text))) {
      open.text = `${open.text} ${raw}`.trim();
      if (TERMINATED_RE.test(raw)) open = null;
      noise = 0;
      continue;
    }
    if (archived) break; // "Lưu …" closes the list
    const itemLike = head || bulleted || ARCHIVE_RE.test(raw) || (STARTS_UPPER_RE.test(raw) && HAS_WORD_RE.test(raw) && TERMINATED_RE.test(raw));
    const items = itemLike ? itemsOfLine(raw, head) : [];
    if (items.length === 0) {
      // captions of the signature column, stamps, OCR debris: skipped; body text ends the list
      if (!head && (++noise > 3 || raw.length > 160)) break;
      open = null;
      continue;
    }
    noise = 0;
    for (const text of items) {
      const it = { line: l.n, text };
      out.push(it);
      if (ARCHIVE_RE.test(text)) archived = true;
    }
    const lastItem = out[out.length - 1]!;
    open = TERMINATED_RE.test(raw) ? null : lastItem;
    // a whole list in one line (a table cell of a web mirror): nothing after it belongs to it
    if (head && items.length >= 2) break;
  }
  return out;
}

export function extractRecipients(lines: SourceLine[], ctx: DocContext | null): { recipients: Recipient[]; agencies: Agency[] } {
  const recipients: Recipient[] = [];
  const agencies: Agency[] = [];
  for (const item of recipientItems(lines)) {
    let t = item.text.replace(/[\s;.,:]+$/u, '').replace(/\.\/\.$/u, '').trim();
    if (!t) continue;
    // a purpose written once at the end of the item applies to all its parts ("TT Thị ủy; HĐND TX (để b/c)")
    let itemPurpose: Purpose = null;
    const pm = /\(([^()]*)\)\s*$/u.exec(t);
    if (pm) {
      itemPurpose = purposeOf(pm[1]!);
      if (itemPurpose) t = `${t.slice(0, pm.index).trim()}${keptParen(pm[1]!)}`;
    }
    const archive = ARCHIVE_RE.test(t);
    const parts = t.split(/\s*;\s*/u).filter(Boolean);
    for (const [k, raw] of parts.entries()) {
      let name = raw.trim().replace(/[\s,.:]+$/u, '');
      let purpose: Purpose = itemPurpose;
      const own = /\(([^()]*)\)\s*$/u.exec(name);
      if (own) {
        const pp = purposeOf(own[1]!);
        if (pp) {
          purpose = pp;
          name = `${name.slice(0, own.index).trim()}${keptParen(own[1]!)}`;
        }
      }
      if (!name) continue;
      if (archive) purpose = 'ARCHIVE';
      let agencyKey: string | null = null;
      const isArchiveSlot = archive && k === 0; // "Lưu: VT" is a filing slot, not a body
      // a web mirror's letter-spaced names ("T hủ tướ ng C h í nh ph ủ") would give a garbage key
      if (!isArchiveSlot && !LETTER_SPACED_RE.test(name)) {
        const found = splitAgencyList(name, ctx);
        // one body, not a group ("Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố")
        if (found.length === 1 && !found[0]!.group) {
          agencyKey = found[0]!.key;
          agencies.push(found[0]!);
        }
      }
      recipients.push({ line: item.line, lineEnd: item.line, name, agencyKey, purpose });
    }
  }
  return { recipients, agencies };
}

/** What a purpose parenthesis says besides the purpose: "(Cục A03 - để b/c)" → " (Cục A03)". */
function keptParen(paren: string): string {
  const kept = paren.replace(/\s*[-–,]?\s*(?:để|đê|đề|de)?\s*(?:b\/c\S*|báo cáo|t\/h|thực hiện|biết)(?:\s+.*)?$/iu, '').trim();
  return kept && kept !== paren.trim() ? ` (${kept})` : '';
}
