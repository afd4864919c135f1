// Opens the generated Allure report in headless Chromium, as a person would, and checks that it
// shows a benchmark suite's cases, a model summary with a rendered SVG chart, and a comparison table;
// and, from the report's files, that it loads no third-party script and keeps Assay's executor.
//
//   node check-report.mjs [report dir, default ../allure-report] [screenshot dir, default ../target/report-check]
//
// The report is served from 127.0.0.1 (Allure's page loads its data with fetch, which file:// forbids).
// Prints one line per check and a closing "N passed, N failed" line; exits 1 when a check fails.
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const reportDir = path.resolve(process.argv[2] ?? path.join(here, '..', 'allure-report'));
const shotDir = path.resolve(process.argv[3] ?? path.join(here, '..', 'target', 'report-check'));
const suite = process.env.ASSAY_CHECK_SUITE ?? 'resume-scoring';
const model = process.env.ASSAY_CHECK_MODEL ?? 'ridge';
const chart = process.env.ASSAY_CHECK_CHART ?? 'predicted vs true';
fs.mkdirSync(shotDir, { recursive: true });

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2',
  '.ttf': 'font/ttf', '.txt': 'text/plain', '.csv': 'text/csv' };
const server = http.createServer((req, res) => {
  const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = path.join(reportDir, rel === '/' ? 'index.html' : rel);
  if (!file.startsWith(reportDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  viewport: { width: 1600, height: 1000 },
});
const page = context.pages()[0] ?? await context.newPage();
// Nothing may leave the machine: every request that is not the local report is refused.
await page.route('**/*', route => route.request().url().startsWith(base) ? route.continue() : route.abort());

let passed = 0;
let failed = 0;
async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`ok    ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL  ${name}: ${e.message.split('\n')[0]}`);
  }
}

async function openGroup(name) {
  const exact = new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  const title = page.locator('.node__title:visible').filter({ has: page.locator('.node__name', { hasText: exact }) }).first();
  await title.waitFor({ timeout: 15000 });
  // Allure remembers open groups across pages: click only a closed one, or it closes again.
  if (!await title.evaluate(t => t.parentElement.classList.contains('node__expanded'))) {
    await title.click();
  }
}

try {
  await check('the report loads no third-party script (no analytics: ALLURE_NO_ANALYTICS=true)', async () => {
    const index = fs.readFileSync(path.join(reportDir, 'index.html'), 'utf8');
    const remote = [...index.matchAll(/<script[^>]*\ssrc=["']?((?:https?:)?\/\/[^"' >]+)/gi)].map(m => m[1]);
    if (remote.length > 0) throw new Error(`remote scripts: ${remote.join(', ')}`);
    // Allure 2 keeps an inline dataLayer stub either way; without the loader it sends nothing.
    if (/googletagmanager/.test(index)) throw new Error('the page names the analytics host');
  });

  await check("the Executor widget shows Assay's executor, not the report tool's", async () => {
    const executors = JSON.parse(fs.readFileSync(path.join(reportDir, 'widgets', 'executors.json'), 'utf8'));
    if (!executors.some(e => e.reportName === 'Assay benchmarks')) {
      throw new Error(`executors: ${JSON.stringify(executors)}`);
    }
  });

  await check(`the Suites tab lists suite [${suite}] with the cases and summary of [${model}]`, async () => {
    await page.goto(`${base}/index.html#suites`);
    await openGroup(suite);
    await openGroup(model);
    const leaves = page.locator('.node__name:visible').filter({ hasText: `${model} \u203a` });
    await leaves.first().waitFor({ timeout: 15000 });
    const names = await leaves.allInnerTexts();
    if (!names.some(n => n.includes('summary'))) throw new Error(`no summary among ${names}`);
    if (names.filter(n => !n.includes('summary')).length < 1) throw new Error(`no case among ${names}`);
    await page.screenshot({ path: path.join(shotDir, 'suite.png') });
  });

  await check(`the summary of [${model}] renders its [${chart}] SVG chart and metrics table`, async () => {
    await page.locator('.node__name:visible').filter({ hasText: `${model} \u203a summary` }).first().click();
    const attachment = page.locator('.attachment-row, .step__title, .long-line').filter({ hasText: chart }).first();
    await attachment.waitFor({ timeout: 15000 });
    await attachment.click();
    const embed = page.locator('object.attachment__embed').first();
    await embed.waitFor({ timeout: 15000 });
    await page.waitForFunction(() => {
      const o = document.querySelector('object.attachment__embed');
      const svg = o && o.contentDocument && o.contentDocument.querySelector('svg');
      return svg && svg.getBoundingClientRect().width > 100 && svg.querySelectorAll('path, text').length > 20;
    }, null, { timeout: 15000 });
    const box = await embed.boundingBox();
    if (!box || box.width < 100 || box.height < 100) throw new Error(`chart box ${JSON.stringify(box)}`);
    await embed.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shotDir, 'summary-chart.png') });
  });

  await check(`suite [${suite}] has a comparison whose table shows p-values and verdicts`, async () => {
    await page.goto(`${base}/index.html#suites`);
    await openGroup(suite);
    await openGroup('compare');
    await page.locator('.node__name:visible').filter({ hasText: 'compare \u203a' }).first().click();
    const attachment = page.locator('.attachment-row, .long-line').filter({ hasText: 'comparison' }).first();
    await attachment.waitFor({ timeout: 15000 });
    await attachment.click();
    const frame = page.frameLocator('iframe').first();
    const header = frame.locator('th').filter({ hasText: 'adjusted p' });
    await header.waitFor({ timeout: 15000 });
    const rows = await frame.locator('tbody tr').count();
    if (rows < 1) throw new Error('the comparison table has no rows');
    await page.screenshot({ path: path.join(shotDir, 'comparison.png') });
  });
} finally {
  await context.close();
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
console.log(`screenshots in ${shotDir}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
