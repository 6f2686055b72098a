/**
 * Assignment tables (conventions v2 "assignment tables and per-task lines"): the appendix of a plan
 * that lists its tasks as rows,
 *
 *   | STT | Nội dung (nhiệm vụ) | Cơ quan / Đơn vị chủ trì | Cơ quan / Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm |
 *
 * in any column order and with any subset of the time / product / note columns, as a web mirror or a
 * Word conversion prints it (pipe-separated cells, a row wrapped over several lines whose STT cell is
 * empty, group rows "| I. Chỉ đạo, điều hành ||||") or as `pdftotext -layout` prints it (cells
 * aligned under the header's columns, separated by runs of spaces).
 *
 * The layout layer reads each logical row once: its cells by role and the lines it spans. The
 * paragraph builder turns a row into one paragraph whose text labels the cells ("… Cơ quan chủ trì:
 * X. Cơ quan phối hợp: Y. Thời gian hoàn thành: Quý II/2026."), so the time cell is a time field for
 * the deadline phase; the assignment phase reads LEAD / COORDINATE from the cells.
 */
import type { SourceLine } from './context.js';
import { fold } from './text.js';

export type ColumnRole = 'NO' | 'CONTENT' | 'LEAD' | 'COORDINATE' | 'RESPONSIBLE' | 'TIME' | 'PRODUCT' | 'OTHER';

/** Header cell → role of the column (folded text). Examples beside each rule. */
export const COLUMN_RULES: Array<{ role: ColumnRole; re: RegExp; examples: string[] }> = [
  // a report form's "role" column names no body (Biểu 01 of Lào Cai's Sở Công Thương plan)
  { role: 'OTHER', re: /vai tro/, examples: ['Vai trò (Chủ trì/ Phối hợp)'] },
  { role: 'NO', re: /^(stt|tt|so tt|so thu tu)$/, examples: ['STT', 'TT'] },
  { role: 'LEAD', re: /chu tri/, examples: ['Cơ quan chủ trì', 'Đơn vị chủ trì', 'Chủ trì', 'Cơ quan chủ trì thực hiện'] },
  { role: 'COORDINATE', re: /phoi hop/, examples: ['Cơ quan phối hợp', 'Đơn vị phối hợp', 'Đơn vị phối hợp, cung cấp số liệu'] },
  { role: 'RESPONSIBLE', re: /^(co quan|don vi) (thuc hien|chiu trach nhiem)$|^(co quan|don vi) thuc hien$|^trach nhiem$/, examples: ['Đơn vị thực hiện', 'Cơ quan thực hiện'] },
  { role: 'TIME', re: /thoi gian|thoi han|tien do|han hoan thanh|moc thoi gian/, examples: ['Thời gian hoàn thành', 'Thời gian thực hiện', 'Thời hạn', 'Hạn hoàn thành (Deadline)', 'Tiến độ'] },
  { role: 'PRODUCT', re: /san pham|ket qua/, examples: ['Sản phẩm', 'Kết quả/sản phẩm', 'Sản phẩm đầu ra'] },
  { role: 'CONTENT', re: /noi dung|nhiem vu|cong viec|ten nhiem vu|hoat dong|giai phap|dau viec/, examples: ['Nội dung', 'Nội dung nhiệm vụ', 'Tên nhiệm vụ', 'Nhiệm vụ', 'Nội dung công việc'] },
];

export function columnRole(cell: string): ColumnRole {
  const f = fold(cell).replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
  for (const r of COLUMN_RULES) if (r.re.test(f)) return r.role;
  return 'OTHER';
}

export interface TableRow {
  /** First and last line of the logical row. */
  line: number;
  lineEnd: number;
  /** Lines the row spans (wrapped cells, page breaks). */
  lines: number[];
  no: string;
  content: string;
  lead: string;
  coordinate: string;
  responsible: string;
  time: string;
  product: string;
  /** A group row ("I. Chỉ đạo, điều hành"): a title, no task. */
  group: boolean;
}

export interface Tables {
  /** Logical rows by their first line. */
  rows: Map<number, TableRow>;
  /** Every line that belongs to a table (header, rules, rows): no paragraph of its own. */
  lines: Set<number>;
}

const isRule = (t: string) => /^[\s|:+-]*$/u.test(t) && /-{3,}/u.test(t);

/** Cells of a pipe row, empty cells kept, edge pipes dropped. */
function pipeCells(raw: string): string[] | null {
  const t = raw.trim();
  if ((t.match(/\|/g) ?? []).length < 2) return null;
  const inner = t.replace(/^\|/u, '').replace(/\|$/u, '');
  return inner.split('|').map((c) => c.replace(/\*\*?/g, '').trim());
}

/** Cells of a column-aligned line: the slices under the header's column starts. */
function alignedCells(raw: string, starts: number[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < starts.length; k++) {
    let a = starts[k]!;
    let b = k + 1 < starts.length ? starts[k + 1]! : raw.length;
    // snap to the gap: a word that starts a little left of the column still belongs to it
    while (a > 0 && a < raw.length && raw[a - 1] !== ' ' && (k === 0 || a > starts[k - 1]!)) a--;
    while (b > 0 && b < raw.length && raw[b - 1] !== ' ' && b > a) b--;
    out.push(raw.slice(a, b).trim());
  }
  return out;
}

/** Column starts of a layout header: segments separated by 2+ spaces. */
function alignedHeader(raw: string): Array<{ at: number; text: string }> | null {
  const segs: Array<{ at: number; text: string }> = [];
  const re = /\S+(?: \S+)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) segs.push({ at: m.index, text: m[0] });
  return segs.length >= 3 ? segs : null;
}

/** Two header lines as one: a segment of the second line joins the first-line segment it overlaps. */
function mergeSegs(a: Array<{ at: number; text: string }>, b: Array<{ at: number; text: string }>): Array<{ at: number; text: string }> {
  const out = a.map((x) => ({ ...x }));
  for (const y of b) {
    const yEnd = y.at + y.text.length;
    const hit = out.find((x) => x.at < yEnd + 1 && y.at < x.at + x.text.length + 1);
    if (hit) {
      hit.text = `${hit.text} ${y.text}`;
      hit.at = Math.min(hit.at, y.at);
    } else out.push({ ...y });
  }
  return out.sort((p, q) => p.at - q.at);
}

interface Header {
  roles: ColumnRole[];
  starts: number[] | null; // column-aligned layout
}

function headerOf(cells: string[]): ColumnRole[] | null {
  const roles = cells.map(columnRole);
  if (!roles.includes('LEAD') && !roles.includes('RESPONSIBLE')) return null;
  if (!roles.includes('CONTENT')) return null;
  return roles;
}

const cellOf = (roles: ColumnRole[], cells: string[], role: ColumnRole) =>
  roles
    .map((r, k) => (r === role ? cells[k] ?? '' : ''))
    .filter(Boolean)
    .join(' ')
    .trim();

/** Read every assignment table of the text. Linear in the number of lines. */
export function readTables(lines: SourceLine[]): Tables {
  const rows = new Map<number, TableRow>();
  const used = new Set<number>();
  let header: Header | null = null;
  let cur: TableRow | null = null;
  let blankRun = 0;
  let prevSegs: { n: number; segs: Array<{ at: number; text: string }> } | null = null;
  const close = () => {
    if (cur) rows.set(cur.line, cur);
    cur = null;
  };
  for (const l of lines) {
    const raw = l.raw.replace(/\f/g, '');
    if (!header) {
      const pc = pipeCells(raw);
      if (pc) {
        const roles = headerOf(pc);
        if (roles) {
          header = { roles, starts: null };
          used.add(l.n);
          blankRun = 0;
        }
        continue;
      }
      const segs = alignedHeader(raw);
      if (segs) {
        const roles = headerOf(segs.map((s) => s.text));
        if (roles) {
          header = { roles, starts: segs.map((s) => s.at) };
          used.add(l.n);
          blankRun = 0;
        } else if (prevSegs) {
          // a header whose cells wrap over two lines ("Cơ quan   Cơ quan    Thời gian" / "chủ trì   phối hợp   hoàn thành")
          const merged = mergeSegs(prevSegs.segs, segs);
          const roles2 = headerOf(merged.map((s) => s.text));
          if (roles2) {
            header = { roles: roles2, starts: merged.map((s) => s.at) };
            used.add(prevSegs.n);
            used.add(l.n);
            blankRun = 0;
          }
        }
      }
      prevSegs = segs ? { n: l.n, segs } : null;
      continue;
    }
    // inside a table
    if (!raw.trim()) {
      blankRun++;
      if (blankRun > 2 || (header.starts === null && blankRun > 1)) {
        close();
        header = null;
      }
      continue;
    }
    if (isRule(raw)) {
      used.add(l.n);
      continue;
    }
    let cells: string[] | null;
    if (header.starts === null) cells = pipeCells(raw);
    else {
      // a layout row keeps the header's columns: text that fills the line from the left margin
      // with no column gap is prose after the table (or a page number, skipped)
      if (/^\s*\d{1,3}\s*$/u.test(raw)) {
        used.add(l.n);
        continue;
      }
      cells = /\S {2,}\S/u.test(raw.trim()) || raw.search(/\S/u) >= header.starts[1]! - 1 ? alignedCells(raw, header.starts) : null;
    }
    if (!cells) {
      close();
      header = null;
      continue;
    }
    blankRun = 0;
    used.add(l.n);
    const roles = header.roles;
    const noIdx = roles.indexOf('NO');
    const no = noIdx >= 0 ? (cells[noIdx] ?? '').trim() : '';
    const filled = cells.filter((c) => c.trim()).length;
    const firstFilled = cells.findIndex((c) => c.trim());
    // a group row: one cell carries a title ("I. Chỉ đạo, điều hành", "A. NHIỆM VỤ CHUNG")
    const groupRow = filled === 1 && (firstFilled <= 1) && /^(?:[IVXL]+|[A-Z])\s*[.)]/u.test(cells[firstFilled]!.trim());
    const starts = noIdx >= 0 ? /^\d{1,3}(?:\.\d{1,2})*\.?$|^[IVXL]+\.?$|^[a-zđ]\)?$/u.test(no) : !cur;
    if (groupRow || starts || !cur) {
      close();
      cur = {
        line: l.n,
        lineEnd: l.n,
        lines: [l.n],
        no: groupRow ? '' : no,
        content: groupRow ? cells[firstFilled]!.trim() : cellOf(roles, cells, 'CONTENT'),
        lead: cellOf(roles, cells, 'LEAD'),
        coordinate: cellOf(roles, cells, 'COORDINATE'),
        responsible: cellOf(roles, cells, 'RESPONSIBLE'),
        time: cellOf(roles, cells, 'TIME'),
        product: cellOf(roles, cells, 'PRODUCT'),
        group: groupRow,
      };
      if (groupRow) close();
      continue;
    }
    // a wrapped row: every cell goes on
    const c: TableRow = cur;
    c.lineEnd = l.n;
    c.lines.push(l.n);
    const join = (a: string, b: string) => (b ? (a ? `${a} ${b}` : b) : a);
    c.content = join(c.content, cellOf(roles, cells, 'CONTENT'));
    c.lead = join(c.lead, cellOf(roles, cells, 'LEAD'));
    c.coordinate = join(c.coordinate, cellOf(roles, cells, 'COORDINATE'));
    c.responsible = join(c.responsible, cellOf(roles, cells, 'RESPONSIBLE'));
    c.time = join(c.time, cellOf(roles, cells, 'TIME'));
    c.product = join(c.product, cellOf(roles, cells, 'PRODUCT'));
  }
  close();
  return { rows, lines: used };
}

/**
 * The text of a row as labelled fields, one sentence each: the deadline phase reads the time cell as
 * a time field ("Thời gian hoàn thành: Quý II/2026"); a bare year cell ("2026") is "năm 2026".
 */
export function rowText(r: TableRow): string {
  if (r.group) return r.content;
  const end = (s: string) => s.replace(/[.;,\s]+$/u, '');
  const parts: string[] = [];
  parts.push(`${r.no ? `${r.no.replace(/\.$/u, '')}. ` : ''}${end(r.content)}.`);
  if (r.lead) parts.push(`Cơ quan chủ trì: ${end(r.lead)}.`);
  if (r.responsible) parts.push(`Cơ quan thực hiện: ${end(r.responsible)}.`);
  if (r.coordinate) parts.push(`Cơ quan phối hợp: ${end(r.coordinate)}.`);
  if (r.time) parts.push(`Thời gian hoàn thành: ${end(r.time).replace(/^(\d{4})$/u, 'năm $1')}.`);
  if (r.product) parts.push(`Sản phẩm: ${end(r.product)}.`);
  return parts.join(' ');
}
