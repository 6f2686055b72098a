/**
 * The explorer in a real browser (Debian Chromium via playwright-core) against the real API and the
 * seed graph: an analyst's path from the issue, end to end. Facts asserted are the ones a reader finds
 * in the seed documents (the Tây Ninh plan implements Chỉ thị 07/CT-BCA-V28; line 57 tasks Công an
 * tỉnh; Đông Triều reports quarterly before the 13th of the quarter's last month …).
 * Screenshots of each view go to web/test/screenshots/ (git-ignored).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createApp, type App } from '../../src/server/app.js';
import type { Database } from '../../src/db/driver.js';
import { testConfig, testDb } from '../../test/int/helpers.js';
import { listen } from '../../test/int/http.js';
import { ensureBuilt } from '../build.js';
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { ROLE, ROLE_SHORT } from '../src/labels.js';
import { launch, newContext, screenshot, seriousViolations, type Recorder } from './browser.js';

const DIRECTIVE_07 = 'bo-cong-an/07-ct-bca-v28/2014';
const TAY_NINH = 'ubnd-tinh-tay-ninh/kh-tiep-tuc-day-manh-thuc-hien-chi-thi/2020';

let db: Database;
let app: App;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const rec: Recorder = { requests: [], consoleErrors: [] };
const a11y: Record<string, string[]> = {};

/** The role the API gives an agency in a duty (the explorer must show that role, whatever it is). */
async function roleOf(dutyKey: string, agency: string): Promise<string> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `query($k: ID!) { duties(where: { key: { eq: $k } }) { agenciesConnection { edges { properties { role } node { name } } } } }`, variables: { k: dutyKey } }),
  });
  const body = (await res.json()) as { data: { duties: Array<{ agenciesConnection: { edges: Array<{ properties: { role: string }; node: { name: string } }> } }> } };
  const edge = body.data.duties[0]?.agenciesConnection.edges.find((e) => e.node.name === agency);
  if (!edge) throw new Error(`${agency} is not tasked in ${dutyKey}`);
  return edge.properties.role;
}

async function checkA11y(view: string) {
  a11y[view] = await seriousViolations(page);
}

describe('explorer in a browser', () => {
  beforeAll(async () => {
    ensureBuilt({ log: () => undefined });
    db = await testDb();
    app = await createApp(testConfig(), db);
    base = await listen(app);
    browser = await launch();
    context = await newContext(browser, rec);
    page = await context.newPage();
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
    await db?.close();
  });

  it('serves the explorer at / with a strict Content-Security-Policy, GraphiQL stays at /graphql', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'self'/);
    expect(await res.text()).toContain('<html lang="vi">');
    const gq = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await gq.text()).toContain('GraphiQL');
  });

  it('search with suggestions, accents optional: "chi thi 07" → Chỉ thị 07/CT-BCA-V28', async () => {
    await page.goto(`${base}/`);
    const box = page.getByRole('combobox', { name: /Tìm văn bản/ });
    await box.fill('chi thi 07');
    const option = page.getByRole('option').filter({ hasText: 'Chỉ thị 07/CT-BCA-V28' });
    await option.first().waitFor();
    // a hit shows kind, number, issuer and level
    await expect.poll(() => option.first().innerText()).toMatch(/Văn bản[\s\S]*Chỉ thị 07\/CT-BCA-V28 ngày 15\/08\/2014[\s\S]*Bộ Công an · Trung ương/i);
    // the Tây Ninh plan that implements it is suggested too
    await page.getByRole('option').filter({ hasText: 'UBND tỉnh Tây Ninh' }).first().waitFor();
    await screenshot(page, '01-search');
    await checkA11y('search');
    // keyboard: first suggestion, Enter
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.waitForURL(`**/#/van-ban/${DIRECTIVE_07}`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Chỉ thị 07/CT-BCA-V28 ngày 15/08/2014');
    await page.getByText('Chỉ được trích dẫn: toàn văn chưa có trong hệ thống').waitFor();
  });

  it('document page: header facts, references with their lines, source text with the lines behind a fact highlighted', async () => {
    await page.goto(`${base}/#/van-ban/${TAY_NINH}`);
    await page.locator('.src-line').first().waitFor();
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toMatch(/Ngày ban hành\s+11\/08\/2020/);
    expect(facts).toMatch(/Cơ quan ban hành\s+UBND tỉnh Tây Ninh/);
    expect(facts).toMatch(/Thời kỳ\s+2020–2025/);
    // it implements Chỉ thị 07 (lines 7–10 of the plan name it)
    const ref = page.locator('.refs li').filter({ hasText: 'Chỉ thị 07/CT-BCA-V28' });
    await expect.poll(() => ref.first().innerText()).toMatch(/Thực hiện/);
    await ref.first().getByRole('button', { name: /dòng/ }).click();
    const hit = page.locator('.src-line.hit');
    await expect.poll(() => hit.allInnerTexts().then((t) => t.join(' '))).toMatch(/Chỉ thị số 07\/CT-BCA-V28/);
    expect(page.url()).toMatch(/\?dong=\d+/);
    // the duty of Công an tỉnh at line 57, with the agency and the role the API gives it
    const duty = page.locator('.duties > li').filter({ hasText: 'Công an tỉnh phối hợp, hướng dẫn cơ quan, doanh nghiệp, nhà trường' });
    const role = await roleOf(`${TAY_NINH}#L57`, 'Công an tỉnh Tây Ninh');
    await expect.poll(() => duty.first().locator('.duty-roles').innerText()).toContain(`Công an tỉnh Tây Ninh: ${ROLE[role]!.toLowerCase()}`);
    await duty.first().getByRole('button', { name: 'dòng 57' }).click();
    await expect.poll(() => hit.innerText()).toMatch(/^57\s+- Công an tỉnh phối hợp, hướng dẫn/);
    await screenshot(page, '02-document');
    await checkA11y('document');
  });

  it('a deep link reopens the same view (document, highlighted paragraph)', async () => {
    const url = page.url();
    const other = await context.newPage();
    await other.goto(url);
    await expect.poll(() => other.locator('.src-line.hit').first().innerText()).toMatch(/^57\s+- Công an tỉnh phối hợp/);
    await other.close();
  });

  it('lineage of Chỉ thị 07 down to the Tây Ninh plan: layered graph, collapse/expand, open a node', async () => {
    await page.goto(`${base}/#/van-ban/${DIRECTIVE_07}`);
    await page.getByRole('link', { name: 'Phả hệ văn bản' }).click();
    await page.waitForURL(`**/#/pha-he/${DIRECTIVE_07}`);
    await page.locator('.graph canvas').first().waitFor();
    const tree = page.locator('.tree');
    // the Tây Ninh plan implements Chỉ thị 07 (its lines 7–10 say so)
    const tayNinh = tree.locator(`a[href="#/van-ban/${TAY_NINH}"]`);
    await tayNinh.first().waitFor();
    await expect.poll(() => tree.innerText()).toMatch(/Thực hiện \(dòng 7\): Kế hoạch không số ngày 11\/08\/2020\s+UBND tỉnh Tây Ninh · Cấp tỉnh/);
    await screenshot(page, '03-lineage');
    await checkA11y('lineage');
    // collapse the root's branch: only the root stays; expand again
    await tree.getByRole('button', { name: 'Thu gọn nhánh' }).first().click();
    await expect.poll(() => tayNinh.count()).toBe(0);
    expect(page.url()).toContain('thu-gon=');
    await tree.getByRole('button', { name: 'Mở rộng nhánh' }).first().click();
    await tayNinh.first().click();
    await page.waitForURL(`**/#/van-ban/${TAY_NINH}`);
  });

  it('responsibility matrix of the Tây Ninh plan: open the paragraph behind a cell; XLSX and CSV as on screen', async () => {
    await page.getByRole('link', { name: 'Ma trận trách nhiệm' }).click();
    await page.waitForURL(`**/#/ma-tran/${TAY_NINH}`);
    const table = page.locator('table.matrix-table');
    await table.locator('tbody tr').first().waitFor();
    const headers = await table.locator('thead th').allInnerTexts();
    expect(headers).toContain('Công an tỉnh Tây Ninh');
    expect(headers).toContain('Sở Giáo dục và Đào tạo tỉnh Tây Ninh');
    // filter to the duties of Công an tỉnh, sorted with them first
    await page.getByLabel('Lọc cơ quan').fill('cong an tinh');
    await expect.poll(() => table.locator('thead th.col-agency').allInnerTexts()).toEqual(['Công an tỉnh Tây Ninh']);
    const row57 = table.locator('tbody tr').filter({ hasText: 'Công an tỉnh phối hợp, hướng dẫn cơ quan, doanh nghiệp, nhà trường' });
    const role = await roleOf(`${TAY_NINH}#L57`, 'Công an tỉnh Tây Ninh');
    await expect.poll(() => row57.locator('td.cell').innerText()).toBe(ROLE_SHORT[role]);
    await screenshot(page, '04-matrix');
    await checkA11y('matrix');
    const matrixUrl = page.url();
    expect(matrixUrl).toContain('co-quan=cong+an+tinh');

    // XLSX: the filtered table as on screen, diacritics intact
    const screenRows = await table.locator('tbody tr').count();
    const xlsxDl = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải Excel (.xlsx)' }).click();
    const xlsx = await xlsxDl;
    expect(xlsx.suggestedFilename()).toMatch(/^ma-tran_ubnd-tinh-tay-ninh.*\.xlsx$/);
    const sheets = await readXlsxFile(readFileSync((await xlsx.path())!));
    const matrix = sheets.find((x) => x.sheet === 'Ma trận trách nhiệm')!.data;
    expect(matrix[0]).toEqual(['STT', 'Dòng', 'Nhiệm vụ', 'Thời hạn', 'Công an tỉnh Tây Ninh']);
    expect(matrix.length - 1).toBe(screenRows);
    const x57 = matrix.find((r) => r[1] === 57)!;
    expect(String(x57[2])).toMatch(/^Công an tỉnh phối hợp, hướng dẫn cơ quan, doanh nghiệp, nhà trường tổ chức triển khai/);
    expect(x57[4]).toMatch(new RegExp(`^${ROLE[role]}`));
    const src = sheets.find((x) => x.sheet === 'Nguồn')!.data;
    expect(src.find((r) => r[0] === 'Công an tỉnh Tây Ninh' && r[5] === 57)).toBeTruthy();

    // CSV: UTF-8 with a byte order mark, same rows
    const csvDl = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải CSV' }).click();
    const csv = readFileSync((await (await csvDl).path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = csv.toString('utf8');
    expect(csvText).toContain('STT,Dòng,Nhiệm vụ,Thời hạn,Công an tỉnh Tây Ninh\r\n');
    expect(csvText.trimEnd().split('\r\n').length - 1).toBe(screenRows);

    // open the paragraph behind the cell
    await row57.locator('td.cell a').click();
    await page.waitForURL(`**/#/van-ban/${TAY_NINH}?dong=57`);
    await expect.poll(() => page.locator('.src-line.hit').innerText()).toMatch(/^57\s+- Công an tỉnh phối hợp/);

    // a deep link reopens the same matrix view (filter in the URL)
    const other = await context.newPage();
    await other.goto(matrixUrl);
    await expect.poll(() => other.locator('table.matrix-table thead th.col-agency').allInnerTexts()).toEqual(['Công an tỉnh Tây Ninh']);
    await expect.poll(() => other.getByLabel('Lọc cơ quan').inputValue()).toBe('cong an tinh');
    await other.close();
  });

  it('the calendar of Đông Triều (a town until the 2025 reform) shows the quarterly report due before the 13th of December 2024; .ics export', async () => {
    await page.goto(`${base}/#/`);
    await page.getByRole('link', { name: 'Lịch thời hạn' }).first().click();
    await page.getByLabel('Đơn vị hành chính').fill('Đông Triều');
    await page.getByLabel('Từ tháng').fill('2024-10');
    await page.getByLabel('Đến tháng').fill('2024-12');
    await page.getByRole('button', { name: 'Xem' }).click();
    const december = page.locator('section.month').filter({ has: page.getByRole('heading', { name: 'Tháng 12/2024' }) });
    const quarterly = december.locator('li').filter({ hasText: '13/12/2024' }).filter({ hasText: 'Định kỳ hàng quý (trước ngày 13 của tháng cuối quý) báo cáo' });
    await quarterly.first().waitFor();
    await expect.poll(() => quarterly.first().innerText()).toMatch(/Báo cáo \(hằng quý\)/);
    await screenshot(page, '05-calendar');
    await checkA11y('calendar');
    const dl = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải lịch (.ics)' }).click();
    const ics = readFileSync((await (await dl).path())!, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    const events = ics.split('BEGIN:VEVENT').slice(1).map((e) => e.replace(/\r\n /g, ''));
    expect(events.some((e) => e.includes('DTSTART;VALUE=DATE:20241213') && e.includes('Định kỳ hàng quý (trước ngày 13 của tháng cuối quý) báo cáo'))).toBe(true);
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    // a deep link reopens the same calendar
    const url = page.url();
    expect(decodeURIComponent(url)).toContain('don-vi=Đông+Triều');
    const other = await context.newPage();
    await other.goto(url);
    await other.locator('section.month li').filter({ hasText: '13/12/2024' }).first().waitFor();
    await other.close();
  });

  it('a prepared /graphql?query= link opens GraphiQL offline with that query', async () => {
    const query = '{ search(text: "chi thi 07", first: 3) { kind key label } }';
    await page.goto(`${base}/graphql?query=${encodeURIComponent(query)}`);
    await page.locator('.graphiql-container').first().waitFor();
    // (the editor shows spaces as no-break spaces)
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText().then((t) => t.replace(/\s+/g, ' '))).toContain('search(text: "chi thi 07", first: 3)');
    await screenshot(page, '09-graphiql');
  });

  it('no request left 127.0.0.1, no console error, no serious accessibility violation', () => {
    const origin = new URL(base).origin;
    const outside = rec.requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(outside).toEqual([]);
    expect(rec.requests.length).toBeGreaterThan(10);
    expect(rec.consoleErrors).toEqual([]);
    expect(Object.keys(a11y).length).toBeGreaterThan(1);
    expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((k) => [k, []])));
  });
});
