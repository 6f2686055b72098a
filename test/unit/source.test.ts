import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertLooksLikeDocument, cleanLine, InputError, looksVietnamese, readSource } from '../../src/ingest/source.js';

const SEEDS = join(__dirname, '..', '..', 'seed', 'documents');
const DOCS = join(__dirname, '..', 'fixtures', 'docs');
const ENC = join(__dirname, '..', 'fixtures', 'encoded');
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('readSource: the seeds', () => {
  it.each(seedFiles)('%s decodes as UTF-8 with one SourceLine per file line', (f) => {
    const buf = readFileSync(join(SEEDS, f));
    const src = readSource(buf, f);
    const expected = buf.toString('utf8').replace(/\n$/, '').split(/\r?\n/).length;
    expect(src.encoding).toBe('utf-8');
    expect(src.lines).toHaveLength(expected);
    expect(src.lines[0]!.n).toBe(1);
    expect(src.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(src.issues).toEqual([]);
    expect(() => assertLooksLikeDocument(src)).not.toThrow();
  });

  it('removes emphasis markers and keeps the raw line for provenance (Đông Triều "Số: *191* /KH-UBND")', () => {
    const src = readSource(readFileSync(join(SEEDS, '004_7b2b5a5b82360bbc.txt')), 'x');
    expect(src.lines[2]!.raw).toBe('Số: *191* /KH-UBND');
    expect(src.lines[2]!.text).toBe('Số: 191 /KH-UBND');
  });

  it('strips the table pipes of a web mirror (Bắc Ninh metadata)', () => {
    const src = readSource(readFileSync(join(SEEDS, '002_cb7cca597ed1ba5a.txt')), 'x');
    expect(src.lines[1]!.text).toBe('Số hiệu | 14/KH-UBND');
    expect(src.lines[97]!.text).toBe('');
    expect(src.lines[99]!.text).toBe('DÂN');
  });

  it('normalises tone placement and typographic quotes (Tây Ninh title)', () => {
    const src = readSource(readFileSync(join(SEEDS, '003_7a5b064e25782787.txt')), 'x');
    expect(src.lines[7]!.text).toContain('về "Đẩy mạnh');
    expect(src.lines[6]!.text.startsWith('Tiếp tục')).toBe(true);
  });
});

describe('cleanLine', () => {
  it('handles markdown debris', () => {
    expect(cleanLine('**TM. ỦY BAN NHÂN DÂN**')).toBe('TM. ỦY BAN NHÂN DÂN');
    expect(cleanLine('| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI |')).toBe('ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI');
    expect(cleanLine('|---|---|')).toBe('');
    expect(cleanLine('## II. NỘI DUNG')).toBe('II. NỘI DUNG');
    expect(cleanLine('* Tổ chức tuyên truyền')).toBe('- Tổ chức tuyên truyền');
    expect(cleanLine('1\\. Mục đích')).toBe('1. Mục đích');
    expect(cleanLine('Phòng Văn hoá<br>Thông tin')).toBe('Phòng Văn hóa Thông tin');
  });
});

describe('readSource: encodings', () => {
  const plan = readSource(readFileSync(join(DOCS, 'kh-xa-source.txt')), 'utf8');
  const texts = (s: { lines: Array<{ text: string }> }) => s.lines.map((l) => l.text);

  it('drops every leading BOM, so re-reading its own output changes nothing (fast-check seed -136212666)', () => {
    const text = '\ufeff'.repeat(20) + 'KẾ HOẠCH\nPhòng, chống khủng bố trên địa bàn thị xã Bỉm Sơn\n';
    const first = readSource(Buffer.from(text, 'utf8'), 'a.txt');
    expect(first.lines[0]!.raw).toBe('KẾ HOẠCH');
    const again = readSource(Buffer.from(first.lines.map((l) => l.raw).join('\n'), 'utf8'), 'b.txt');
    expect(again.lines.map((l) => l.raw)).toEqual(first.lines.map((l) => l.raw));
  });

  it('UTF-8 with BOM and CRLF reads like plain UTF-8', () => {
    const src = readSource(readFileSync(join(ENC, 'utf8-bom-crlf-plan.txt')), 'bom');
    expect(texts(src)).toEqual(texts(plan));
    expect(src.lines[0]!.raw).toBe('ỦY BAN NHÂN DÂN');
  });

  it('UTF-16 LE with BOM', () => {
    const src = readSource(readFileSync(join(ENC, 'utf16le-bom-plan.txt')), 'u16');
    expect(src.encoding).toBe('utf-16le');
    expect(texts(src)).toEqual(texts(plan));
  });

  it('Windows-1258 (combining tone marks) is converted, with a CONVERTED_ENCODING warning', () => {
    const src = readSource(readFileSync(join(ENC, 'windows-1258-plan.txt')), 'cp1258');
    expect(src.encoding).toMatch(/windows-1258/);
    expect(texts(src)).toEqual(texts(plan));
    expect(src.issues.map((i) => [i.code, i.severity])).toEqual([['CONVERTED_ENCODING', 'WARNING']]);
  });

  it('TCVN3 (ABC) bytes are converted, .VnTimeH capitals re-capitalised', () => {
    const src = readSource(readFileSync(join(ENC, 'tcvn3-plan.txt')), 'tcvn3');
    expect(src.encoding).toMatch(/tcvn3/i);
    expect(texts(src)).toEqual(texts(plan));
    expect(src.issues[0]!.code).toBe('CONVERTED_ENCODING');
  });

  it('TCVN3 text already saved as UTF-8 ("KÕ ho¹ch", "nh©n d©n") is converted too', () => {
    const src = readSource(readFileSync(join(ENC, 'tcvn3-saved-as-utf8.txt')), 'tcvn3u');
    expect(texts(src)).toEqual(texts(plan));
    expect(src.issues[0]!.code).toBe('CONVERTED_ENCODING');
  });

  it('double-encoded UTF-8 ("Káº¿ hoáº¡ch") is repaired', () => {
    const src = readSource(readFileSync(join(ENC, 'double-encoded-utf8-plan.txt')), 'moj');
    expect(texts(src)).toEqual(texts(plan));
    expect(src.issues[0]!.code).toBe('CONVERTED_ENCODING');
  });

  it('VNI ("Keá hoaïch", "UÛy ban") is refused with LEGACY_ENCODING and how to convert', () => {
    const e = inputError(() => readSource(readFileSync(join(ENC, 'vni-plan.txt')), 'vni.txt'));
    expect(e.code).toBe('LEGACY_ENCODING');
    expect(e.message).toMatch(/VNI/);
    expect(e.message).toMatch(/UniKey|vietnamese-converter/);
  });

  it('legacy-looking glyphs inside genuine Unicode are left alone', () => {
    const s = 'KẾ HOẠCH «An toàn» nhiệt độ 25°C, m² — của Ủy ban nhân dân xã được ban hành và thực hiện';
    const src = readSource(Buffer.from(s, 'utf8'), 'u');
    expect(src.lines[0]!.raw).toBe(s);
    expect(looksVietnamese(s)).toBe(true);
  });
});

describe('readSource: bad input', () => {
  it.each([
    ['empty.txt', 'EMPTY_FILE'],
    ['whitespace.txt', 'EMPTY_FILE'],
    ['binary.dat', 'BINARY_FILE'],
    ['scanned.pdf', 'BINARY_FILE'],
  ])('%s → %s', (f, code) => {
    expect(inputError(() => readSource(readFileSync(join(ENC, f)), f)).code).toBe(code);
  });

  it('a PDF is named as such', () => {
    expect(inputError(() => readSource(readFileSync(join(ENC, 'scanned.pdf')), 'scan.pdf')).message).toMatch(/PDF/);
  });

  it('bytes that are neither UTF-8 nor a Vietnamese legacy encoding are refused', () => {
    const buf = Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 7) % 0x7f)));
    const e = inputError(() => readSource(buf, 'junk'));
    expect(['UNKNOWN_ENCODING', 'BINARY_FILE', 'LEGACY_ENCODING']).toContain(e.code);
  });
});

describe('assertLooksLikeDocument', () => {
  it('refuses a news article (NOT_A_DOCUMENT), even one that cites a plan', () => {
    const src = readSource(readFileSync(join(DOCS, 'news-article.txt')), 'news');
    expect(inputError(() => assertLooksLikeDocument(src)).code).toBe('NOT_A_DOCUMENT');
  });

  it.each(['qd-huyen-header-table.txt', 'kh-phuong-linearised.txt', 'kh-truncated.txt', 'kh-web-mirror.txt'])('accepts %s', (f) => {
    expect(() => assertLooksLikeDocument(readSource(readFileSync(join(DOCS, f)), f))).not.toThrow();
  });
});

describe('readSource: stray bytes and NUL anywhere (issue 10 §8)', () => {
  const seed = readFileSync(join(SEEDS, '004_7b2b5a5b82360bbc.txt'));
  /** A copy of the seed with `bytes` inserted at the start of line `line` (1-based); returns it and the offset. */
  const withBytesAtLine = (line: number, bytes: number[]): { buf: Buffer; offset: number } => {
    let offset = 0;
    for (let l = 1; l < line; l++) offset = seed.indexOf(0x0a, offset) + 1;
    return { buf: Buffer.concat([seed.subarray(0, offset), Buffer.from(bytes), seed.subarray(offset)]), offset };
  };

  it('one stray byte in a UTF-8 plan is repaired with a warning naming its byte offset and line, not taken for TCVN3', () => {
    const { buf, offset } = withBytesAtLine(40, [0xe9]); // a Latin-1 "é" pasted into UTF-8
    const src = readSource(buf, 'stray.txt');
    expect(src.encoding).toBe('utf-8');
    expect(src.issues.map((i) => i.code)).toEqual(['INVALID_UTF8']);
    expect(src.issues[0]!.message).toContain(`byte offset ${offset} (line 40, byte 0xE9)`);
    expect(src.issues[0]!.line).toBe(40);
    // Everything else is the seed's text, line for line.
    const clean = readSource(seed, 'seed.txt');
    expect(src.lines).toHaveLength(clean.lines.length);
    expect(src.lines[39]!.raw).toBe(`\ufffd${clean.lines[39]!.raw}`);
    expect(src.lines[2]!.raw).toBe('Số: *191* /KH-UBND');
  });

  it('a truncated multi-byte character (the first two bytes of "ế") is repaired the same way', () => {
    const { buf, offset } = withBytesAtLine(12, [0xe1, 0xba]);
    const src = readSource(buf, 'cut.txt');
    expect(src.encoding).toBe('utf-8');
    expect(src.issues[0]!.code).toBe('INVALID_UTF8');
    expect(src.issues[0]!.message).toContain(`byte offset ${offset} (line 12`);
  });

  it('a NUL byte far past the first 64 KB is refused, with its offset', () => {
    const big = Buffer.concat([seed, Buffer.from('\n'), Buffer.alloc(200_000, 'Công an xã thực hiện kế hoạch.\n')]);
    const at = big.length - 1000;
    const buf = Buffer.concat([big.subarray(0, at), Buffer.from([0]), big.subarray(at)]);
    const e = inputError(() => readSource(buf, 'nul.txt'));
    expect(e.code).toBe('BINARY_FILE');
    expect(e.message).toContain(`byte offset ${at}`);
  });

  it('a NUL byte in a UTF-8 file with a byte order mark is refused too', () => {
    const buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seed, Buffer.from([0]), Buffer.from('x\n')]);
    const e = inputError(() => readSource(buf, 'bom-nul.txt'));
    expect(e.code).toBe('BINARY_FILE');
    expect(e.message).toContain(`byte offset ${3 + seed.length}`);
  });
});
