/**
 * The explorer in a real browser (Debian Chromium via playwright-core) against the real API and the
 * seed graph: an analyst's path from the issue, end to end. Facts asserted are the ones a reader finds
 * in the seed documents (the Tây Ninh plan implements Chỉ thị 07/CT-BCA-V28; line 57 tasks Công an
 * tỉnh; Đông Triều reports quarterly before the 13th of the quarter's last month …).
 * The seed graph has no plan whose own basis is in the graph with its duties, so the uptake of a duty
 * by the plan below is shown on the two made-up fixture plans of test/int/queries-fixtures.ts (a
 * province plan and a district plan implementing it, through the real loader; removed afterwards).
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
import { AGENCIES, CHILD, PARENT, loadChild, loadParent, removeFixtures } from '../../test/int/queries-fixtures.js';

// A bound for a hung test, above the browser's own 90 s per wait (a failure then names the wait that
// failed, not the test's bound); never a speed check.
const PATH_TIMEOUT = 300_000;
/** expect.poll with a bound for a loaded machine (its default is 1 s): waits for an answer, never times one. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 90_000 });
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

describe('explorer in a browser', { timeout: PATH_TIMEOUT }, () => {
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
    if (db) await removeFixtures(db);
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

    // the same as a graph: agencies → duties with their roles (the filter applies); GraphML as drawn
    await page.getByRole('link', { name: 'Sơ đồ cơ quan – nhiệm vụ' }).click();
    const graph = page.locator('.matrix-graph');
    await graph.locator('canvas').first().waitFor();
    expect(page.url()).toContain('xem=so-do');
    await poll(() => graph.getAttribute('aria-label')).toContain(`1 cơ quan, ${screenRows} nhiệm vụ`);
    await screenshot(page, '05-matrix-graph');
    await checkA11y('matrix-graph');
    const gmlDl = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải GraphML' }).click();
    const gml = readFileSync((await (await gmlDl).path())!, 'utf8');
    const edge57 = new RegExp(`<edge id="e\\d+" source="a:cong-an-tinh-tay-ninh" target="d:${TAY_NINH}#L57">[\\s\\S]*?<data key="e_role">${role}</data>`);
    expect(gml).toMatch(edge57);
    expect(gml).toContain('<data key="n_label">Công an tỉnh Tây Ninh</data>');
    await page.getByRole('link', { name: 'Bảng', exact: true }).click();
    await row57.waitFor();

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
    await screenshot(page, '07-calendar');
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

  it('with the plans below, the matrix shows how each duty is taken up there (fixture plans), as a table, in the XLSX and as a graph', async () => {
    await removeFixtures(db);
    await loadParent(db);
    await loadChild(db);
    try {
      await page.goto(`${base}/#/ma-tran/${PARENT}`);
      const table = page.locator('table.matrix-table');
      await table.locator('tbody tr').first().waitFor();
      // without descendants: no uptake column
      expect(await table.locator('thead th').allInnerTexts()).not.toContain('Cấp dưới cụ thể hóa');
      await page.getByLabel('Gồm kế hoạch cấp dưới').check();
      await page.waitForURL('**cap-duoi=1**');
      await poll(() => table.locator('thead th').allInnerTexts()).toContain('Cấp dưới cụ thể hóa');
      await poll(() => page.getByRole('status').filter({ hasText: 'nhiệm vụ' }).innerText()).toContain('1 văn bản cấp dưới');
      // line 10 of the province plan: Công an tỉnh leads; the district plan's line 8 gives the same duty to Công an huyện
      const guard = table.locator('tbody tr').filter({ hasText: 'Công an tỉnh chủ trì, phối hợp với Sở Y tế tỉnh bảo vệ mục tiêu trọng điểm.' });
      const uptake = guard.locator('td.col-uptake');
      await poll(() => uptake.innerText()).toMatch(/Kế hoạch 901\/KH-UBND ngày 10\/04\/2024\s+\(UBND huyện Mẫu · Công an\)\s+dòng 8: Công an huyện chủ trì bảo vệ mục tiêu trọng điểm trên địa bàn huyện\./);
      expect(await uptake.getByRole('link', { name: 'dòng 8' }).getAttribute('href')).toBe(`#/van-ban/${CHILD.split('/').map(encodeURIComponent).join('/')}?dong=8`);
      // line 12: Sở Y tế's duty has no counterpart in the district plan
      const health = table.locator('tbody tr').filter({ hasText: 'Sở Y tế tỉnh chuẩn bị phương án cứu chữa nạn nhân.' });
      await poll(() => health.locator('td.col-uptake').innerText()).toBe('Chưa thấy trong kế hoạch cấp dưới');
      // the district plan's own duty is a row too, with its agency's column
      expect(await table.locator('thead th.col-agency').allInnerTexts()).toContain(AGENCIES.caHuyen.name);
      await screenshot(page, '06-matrix-uptake');
      await checkA11y('matrix-uptake');

      const xlsxDl = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Tải Excel (.xlsx)' }).click();
      const sheets = await readXlsxFile(readFileSync((await (await xlsxDl).path())!));
      const matrix = sheets.find((x) => x.sheet === 'Ma trận trách nhiệm')!.data;
      const col = matrix[0]!.indexOf('Cấp dưới cụ thể hóa');
      expect(col).toBeGreaterThan(0);
      const x10 = matrix.find((r) => r[2] === 10 && String(r[3]).startsWith('Công an tỉnh chủ trì'))!;
      expect(x10[col]).toBe('Kế hoạch 901/KH-UBND ngày 10/04/2024 (Công an): dòng 8 — Công an huyện chủ trì bảo vệ mục tiêu trọng điểm trên địa bàn huyện.');

      // the graph: the duty → its uptake below
      await page.getByRole('link', { name: 'Sơ đồ cơ quan – nhiệm vụ' }).click();
      const graph = page.locator('.matrix-graph');
      await graph.locator('canvas').first().waitFor();
      await poll(() => graph.getAttribute('aria-label')).toContain('1 liên kết cấp dưới');
      const gmlDl = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Tải GraphML' }).click();
      const gml = readFileSync((await (await gmlDl).path())!, 'utf8');
      expect(gml).toMatch(new RegExp(`source="d:${PARENT}#d1" target="d:${CHILD}#d1">[\\s\\S]*?<data key="e_kind">uptake</data>`));
      await screenshot(page, '06-matrix-uptake-graph');
    } finally {
      await removeFixtures(db);
    }
  });

  it('agency page: Công an tỉnh Tây Ninh, its duties with role and line, its deadlines, a link to its calendar', async () => {
    await page.goto(`${base}/`);
    const box = page.getByRole('combobox', { name: /Tìm văn bản/ });
    await box.fill('cong an tinh tay ninh');
    const option = page.getByRole('option').filter({ hasText: 'Công an tỉnh Tây Ninh' }).filter({ hasText: 'Cơ quan' });
    await option.first().click();
    await page.waitForURL('**/#/co-quan/cong-an-tinh-tay-ninh');
    await poll(() => page.locator('h1').innerText()).toBe('Công an tỉnh Tây Ninh');
    // line 57 of the Tây Ninh plan, with the role the API gives it
    const role = await roleOf(`${TAY_NINH}#L57`, 'Công an tỉnh Tây Ninh');
    const duty57 = page.locator('.agency-doc li').filter({ hasText: 'Công an tỉnh phối hợp, hướng dẫn cơ quan, doanh nghiệp, nhà trường' });
    await poll(() => duty57.innerText()).toMatch(new RegExp(`^${ROLE[role]} Công an tỉnh phối hợp[\\s\\S]*dòng 57`));
    expect(await page.locator('.agency-doc h3').allInnerTexts()).toEqual([expect.stringMatching(/^Kế hoạch không số ngày 11\/08\/2020 · UBND tỉnh Tây Ninh · Cấp tỉnh$/)]);
    // line 79: "Định kỳ 6 tháng, 1 năm báo cáo kết quả thực hiện về Bộ Công an"
    const report = page.locator('table.agency-deadlines tbody tr').filter({ hasText: 'Định kỳ 6 tháng, 1 năm báo cáo kết quả thực hiện về Bộ Công an' });
    await poll(() => report.allInnerTexts().then((t) => t.join('\n'))).toMatch(/6 tháng một lần\s+Báo cáo\s+Định kỳ 6 tháng[\s\S]*dòng 79/);
    await screenshot(page, '08-agency');
    await checkA11y('agency');
    await page.getByRole('link', { name: 'Lịch thời hạn của cơ quan' }).click();
    await page.waitForURL(/#\/lich\?/);
    expect(decodeURIComponent(page.url())).toContain('co-quan=Công+an+tỉnh+Tây+Ninh');
    await page.locator('section.month li').filter({ hasText: 'Định kỳ 6 tháng, 1 năm báo cáo kết quả thực hiện về Bộ Công an' }).first().waitFor();
  });

  it('gaps grouped by kind and severity, in Vietnamese, each with why and its source line', async () => {
    await page.goto(`${base}/#/`);
    await page.getByRole('link', { name: 'Lỗ hổng', exact: true }).click();
    await page.waitForURL('**/#/lo-hong');
    const group = (name: string) => page.locator('section.gap-group').filter({ has: page.getByRole('heading', { name: new RegExp(`^${name}`) }) });
    // Vĩnh Thủy's plan: "Số: /KH-UBND", "ngày tháng năm 2026" (lines 3–5), a draft
    const drafts = group('Văn bản thiếu số hoặc ngày \\(dự thảo\\)');
    const vinhThuy = drafts.locator('li').filter({ hasText: 'số văn bản để trống' });
    await poll(() => vinhThuy.innerText()).toMatch(/Cảnh báo[\s\S]*số văn bản để trống \(“Số: \/…”\) và ngày ban hành để trống[\s\S]*Vì sao: Số, ngày để trống cho thấy đây là dự thảo/);
    // its basis, line 10: "Thực hiện các văn bản chỉ đạo của Ban Chỉ đạo phòng, chống khủng bố tỉnh"
    const vague = group('Căn cứ không xác định được văn bản').locator('li').filter({ hasText: 'chỉ nêu căn cứ chung chung' });
    await poll(() => vague.innerText()).toContain('chỉ nêu căn cứ chung chung: “các văn bản chỉ đạo của Ban Chỉ đạo phòng, chống khủng bố tỉnh”.');
    // Đông Triều line 36 dates Thông tư 124/2021/TT-BCA 28/02/2022; it was issued 28/12/2021
    const conflict = group('Thông tin mâu thuẫn').locator('li').filter({ hasText: 'Thông tư 124/2021/TT-BCA' });
    await poll(() => conflict.innerText()).toMatch(/Thông tư 124\/2021\/TT-BCA được ghi với các ngày khác nhau: 28\/02\/2022 \(dòng 36\) và 28\/12\/2021/);
    // severities: the first group holds an error ("Nghiêm trọng"); every item has a "why"
    const firstBadge = page.locator('section.gap-group').first().locator('.badge').first();
    expect(await firstBadge.innerText()).toBe('Nghiêm trọng');
    const items = await page.locator('section.gap-group li').count();
    expect(await page.locator('section.gap-group li .why').filter({ hasText: /^Vì sao: / }).count()).toBe(items);
    // shown in Vietnamese: no English sentence outside the collapsed technical details
    const shown = await page.locator('main').evaluate((m) => {
      const c = m.cloneNode(true) as HTMLElement;
      c.querySelectorAll('details').forEach((d) => d.remove());
      return c.innerText;
    });
    expect(shown.match(/\b(the|was|has|which|only|duty|deadline|due|graph|implements|no owner)\b/gi)).toBeNull();
    await screenshot(page, '09-gaps');
    await checkA11y('gaps');
    // the source of a gap opens the paragraph
    await vague.getByRole('link', { name: 'dòng 10' }).click();
    await poll(() => page.locator('.src-line.hit').innerText()).toMatch(/^10\s+Thực hiện các văn bản chỉ đạo của Ban Chỉ đạo phòng, chống khủng bố tỉnh/);
  });

  it('keyboard only: tab to the search field, type, Enter lists the hits, tab to one, Enter opens it', async () => {
    await page.goto(`${base}/`);
    await page.locator('h1').waitFor();
    const focusedIs = (role: string) => page.evaluate((r) => document.activeElement?.getAttribute('role') === r, role);
    let tabs = 0;
    while (!(await focusedIs('combobox')) && tabs < 10) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(await focusedIs('combobox')).toBe(true);
    await page.keyboard.type('chi thi 07');
    await page.getByRole('option').first().waitFor();
    // Enter with no suggestion chosen: the full list of hits
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/tim-kiem\?q=chi\+thi\+07$/);
    const target = page.locator('main a').filter({ hasText: 'Chỉ thị 07/CT-BCA-V28' }).first();
    await target.waitFor();
    const onTarget = () => target.evaluate((a) => a === document.activeElement);
    tabs = 0;
    while (!(await onTarget()) && tabs < 40) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(await onTarget()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/#/van-ban/${DIRECTIVE_07}`);
    await poll(() => page.locator('h1').innerText()).toBe('Chỉ thị 07/CT-BCA-V28 ngày 15/08/2014');
  });

  it('readable at 125 % zoom (a 1280×800 screen): no view scrolls sideways', async () => {
    const zoomed = await browser.newContext({ viewport: { width: 1024, height: 640 }, deviceScaleFactor: 1.25, locale: 'vi-VN', timezoneId: 'UTC' });
    zoomed.setDefaultTimeout(90_000);
    zoomed.on('request', (r) => rec.requests.push(r.url()));
    const z = await zoomed.newPage();
    z.on('console', (m) => m.type() === 'error' && rec.consoleErrors.push(`${z.url()}: ${m.text()}`));
    z.on('pageerror', (e) => rec.consoleErrors.push(`${z.url()}: ${e.message}`));
    const views: Array<[string, string, string]> = [
      ['home', '#/', '.home .results li'],
      ['document', `#/van-ban/${TAY_NINH}?dong=57`, '.src-line.hit'],
      ['lineage', `#/pha-he/${DIRECTIVE_07}`, '.graph canvas'],
      ['matrix', `#/ma-tran/${TAY_NINH}`, 'table.matrix-table tbody tr'],
      ['matrix-graph', `#/ma-tran/${TAY_NINH}?xem=so-do`, '.matrix-graph canvas'],
      ['calendar', '#/lich?don-vi=Đông+Triều&tu=2024-10&den=2024-12', 'section.month li'],
      ['agency', '#/co-quan/cong-an-tinh-tay-ninh', 'table.agency-deadlines'],
      ['gaps', '#/lo-hong', 'section.gap-group'],
    ];
    const overflow: Record<string, number> = {};
    try {
      for (const [name, hash, ready] of views) {
        await z.goto(`${base}/${hash}`);
        await z.locator(ready).first().waitFor();
        overflow[name] = await z.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        await screenshot(z, `10-zoom125-${name}`);
      }
    } finally {
      await zoomed.close();
    }
    expect(overflow).toEqual(Object.fromEntries(views.map(([n]) => [n, 0])));
  });

  it('a prepared /graphql?query= link opens GraphiQL offline with that query', async () => {
    const query = '{ search(text: "chi thi 07", first: 3) { kind key label } }';
    await page.goto(`${base}/graphql?query=${encodeURIComponent(query)}`);
    await page.locator('.graphiql-container').first().waitFor();
    // (the editor shows spaces as no-break spaces)
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText().then((t) => t.replace(/\s+/g, ' '))).toContain('search(text: "chi thi 07", first: 3)');
    await screenshot(page, '11-graphiql');
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
