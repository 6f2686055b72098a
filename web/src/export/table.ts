/**
 * Tables as files analysts open in Excel: CSV in UTF-8 with a byte order mark (without it Excel reads
 * the bytes as the local ANSI code page and breaks the diacritics), CRLF line ends, RFC 4180 quoting;
 * XLSX through write-excel-file (loaded only when exporting).
 */
export type Cell = string | number | null | undefined;

export interface Sheet {
  name: string;
  header: string[];
  rows: Cell[][];
  /** column widths in characters */
  widths?: number[];
}

const quote = (v: Cell): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n;]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(sheet: Sheet): string {
  return '\ufeff' + [sheet.header, ...sheet.rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

export async function toXlsx(sheets: Sheet[]): Promise<Blob> {
  const { default: writeExcelFile } = await import('write-excel-file/browser');
  const data = sheets.map((s) => ({
    sheet: s.name.slice(0, 31),
    data: [
      s.header.map((h) => ({ value: h, fontWeight: 'bold' as const, wrap: true, alignVertical: 'top' as const })),
      ...s.rows.map((r) => r.map((v) => (v === null || v === undefined || v === '' ? null : typeof v === 'number' ? { value: v } : { value: v, wrap: true, alignVertical: 'top' as const }))),
    ],
    columns: (s.widths ?? s.header.map(() => 14)).map((width) => ({ width })),
    stickyRowsCount: 1,
  }));
  // write-excel-file's sheet-data types are stricter than this generic table; the shapes above are its documented ones
  return writeExcelFile(data as never).toBlob();
}
