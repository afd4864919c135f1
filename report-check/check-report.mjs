// Opens the generated Allure reports in headless Chromium, as a person would, and checks what they
// show, in Allure 2 (the report tool from Maven Central) and Allure 3 (the npm package `allure`):
// a benchmark opens on its verdicts (compare, baseline, summary before the cases); the inline tables
// of a model summary, a comparison, the leaderboard and a baseline check fit the pane at 1600x1000,
// every cell inside its visible width, without the full-screen button; a summary's SVG chart renders;
// every SVG attachment is well-formed XML; the page loads no third-party script.
//
//   node check-report.mjs [Allure 2 report, default ../allure-report] [Allure 3 report, default ../allure3-report]
//                         [screenshot dir, default ../target/report-check]
//
// A report folder given as "-" is not checked. Screenshots go to <dir>/allure2/ and <dir>/allure3/.
// Each report is served from 127.0.0.1 (the pages load their data with fetch, which file:// forbids).
// Prints one line per check and a closing "N passed, N failed" line; exits 1 when a check fails.
import { chromium } from 'playwright-core';
import { DOMParser } from '@xmldom/xmldom';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const reports = {
  allure2: process.argv[2] ?? path.join(here, '..', 'allure-report'),
  allure3: process.argv[3] ?? path.join(here, '..', 'allure3-report'),
};
const shotRoot = path.resolve(process.argv[4] ?? path.join(here, '..', 'target', 'report-check'));
const suite = process.env.ASSAY_CHECK_SUITE ?? 'resume-scoring';
const model = process.env.ASSAY_CHECK_MODEL ?? 'ridge';
const chart = process.env.ASSAY_CHECK_CHART ?? 'predicted vs true';
const comparison = process.env.ASSAY_CHECK_COMPARISON ?? 'compare \u203a keywords vs ridge';
// The run's @Baseline benchmark (model-tests' MedicalSentimentBenchmark); "-" when the run has none.
const baseline = process.env.ASSAY_CHECK_BASELINE ?? 'medical-sentiment';
const leaderboard = 'leaderboard';

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

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2',
  '.ttf': 'font/ttf', '.txt': 'text/plain', '.csv': 'text/csv' };

/** Serves `dir` on a free local port; resolves to its base URL and a close function. */
async function serve(dir) {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(dir, rel === '/' ? 'index.html' : rel);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

const exact = name => new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
// A leaf is named exactly, or by a pattern; Allure 3's leaf also holds its number and duration.
const leafName = name => name instanceof RegExp ? name
  : new RegExp(`(?:^|[\\s\\d#])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[\\s\\d])`);

// What differs between the two report UIs: how to open the Suites tree, a group and a leaf; the
// names of a group's children in the order shown; where a result's description is.
const allure2 = {
  name: 'Allure 2',
  async openTree(page, base) {
    await page.goto(`${base}/index.html#suites`);
  },
  async openGroup(page, name, nth = 0) {
    const title = page.locator('.node__title:visible').filter({ has: page.locator('.node__name', { hasText: exact(name) }) }).nth(nth);
    await title.waitFor({ timeout: 15000 });
    // Allure remembers open groups across pages: click only a closed one, or it closes again.
    if (!await title.evaluate(t => t.parentElement.classList.contains('node__expanded'))) {
      await title.click();
    }
    return title;
  },
  // A group is .node > .node__title + .node__children; the first .node__name of a child is its own.
  async children(page, group) {
    return group.evaluate(t => [...t.parentElement.querySelector(':scope > .node__children').children]
      .map(c => c.querySelector('.node__name').textContent.trim()));
  },
  async openLeaf(page, name) {
    await page.locator('.node__name:visible').filter({ hasText: leafName(name) }).first().click();
    await page.locator('.test-result .description__text').first().waitFor({ timeout: 15000 });
  },
  // The description sits in the page, in the right-hand pane.
  async description(page) {
    return page.mainFrame();
  },
};

const allure3 = {
  name: 'Allure 3',
  async openTree(page, base) {
    await page.goto(`${base}/index.html`);
  },
  // A group is a box of its header (tree-section, holding the title) and, once open, its tree-content.
  async openGroup(page, name, nth = 0) {
    const title = page.locator('[data-testid="tree-section-title"]:visible').filter({ hasText: exact(name) }).nth(nth);
    await title.waitFor({ timeout: 15000 });
    const group = title.locator('xpath=../..');
    if (await group.locator(':scope > [data-testid="tree-content"]').count() === 0) {
      await title.click();
      await group.locator(':scope > [data-testid="tree-content"]').waitFor({ timeout: 15000 });
    }
    return group;
  },
  async children(page, group) {
    return group.evaluate(g => [...g.querySelector(':scope > [data-testid="tree-content"]').children].map(c => {
      const title = c.querySelector('[data-testid="tree-section-title"], [data-testid="tree-leaf-title"]');
      return (title ?? c).textContent.trim();
    }));
  },
  async openLeaf(page, name) {
    await page.locator('[data-testid="tree-leaf"]:visible').filter({ hasText: leafName(name) }).first().click();
    await page.locator('[data-testid="test-result-description-frame"]').first().waitFor({ timeout: 15000 });
  },
  // The description is a frame of its own (srcdoc), sized to its content.
  async description(page) {
    const handle = await page.locator('[data-testid="test-result-description-frame"]').first().elementHandle();
    return handle.contentFrame();
  },
};

/**
 * Where the tables of a description are not inside the visible width of the pane that shows them:
 * a cell that reaches past the pane's (or the viewport's) edges or whose own text is cut. Runs in
 * the description's frame; `clip` is the part of that frame the page shows (null: the frame is the page).
 */
async function cellsOutside(frame, clip) {
  return frame.evaluate(({ clip }) => {
    // The visible box of an element: its rect cut by every ancestor that clips (overflow other than visible).
    const visible = el => {
      let box = { left: 0, right: window.innerWidth, top: 0, bottom: window.innerHeight };
      for (let e = el.parentElement; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
          const r = e.getBoundingClientRect();
          box = { left: Math.max(box.left, r.left), right: Math.min(box.right, r.left + e.clientWidth),
            top: box.top, bottom: box.bottom };
        }
      }
      return box;
    };
    const problems = [];
    const tables = [...document.querySelectorAll('table')];
    if (tables.length === 0) problems.push('no table');
    for (const cell of tables.flatMap(t => [...t.querySelectorAll('td, th')])) {
      const r = cell.getBoundingClientRect();
      const box = visible(cell);
      const left = clip ? Math.max(box.left, clip.left) : box.left;
      const right = clip ? Math.min(box.right, clip.right) : box.right;
      if (r.left < left - 1 || r.right > right + 1) {
        problems.push(`"${cell.textContent.trim()}" at x ${Math.round(r.left)}–${Math.round(r.right)}, pane ${Math.round(left)}–${Math.round(right)}`);
      } else if (cell.scrollWidth > cell.clientWidth + 1) {
        problems.push(`"${cell.textContent.trim()}" is cut (${cell.scrollWidth} > ${cell.clientWidth} px)`);
      }
    }
    return problems;
  }, { clip });
}

/** Checks the description of the open result: its tables inside the pane; the screenshot is taken with them in view. */
async function descriptionFits(ui, page, shot, columns) {
  const frame = await ui.description(page);
  const tables = frame.locator('table');
  await tables.first().waitFor({ timeout: 15000 });
  await tables.first().scrollIntoViewIfNeeded();
  let clip = null;
  if (frame !== page.mainFrame()) {
    // The frame's part of the page, in the frame's own coordinates: what of it the page shows.
    const element = await frame.frameElement();
    const box = await element.evaluate(el => {
      const r = el.getBoundingClientRect();
      let left = 0;
      let right = window.innerWidth;
      for (let e = el.parentElement; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.overflowX !== 'visible') {
          const p = e.getBoundingClientRect();
          left = Math.max(left, p.left);
          right = Math.min(right, p.left + e.clientWidth);
        }
      }
      return { left: left - r.left, right: right - r.left };
    });
    clip = box;
  }
  const outside = await cellsOutside(frame, clip);
  await page.screenshot({ path: shot });
  if (outside.length > 0) throw new Error(`${outside.length} cells outside the pane: ${outside.slice(0, 3).join('; ')}`);
  for (const column of columns) {
    const header = frame.locator('th').filter({ hasText: exact(column) });
    if (await header.count() === 0) throw new Error(`no "${column}" column`);
  }
}

/** Every SVG attachment of the report is well-formed XML (what a browser needs to draw it). */
function svgsParse(dir) {
  const folder = path.join(dir, 'data', 'attachments');
  const svgs = fs.readdirSync(folder).filter(f => f.endsWith('.svg'));
  if (svgs.length === 0) throw new Error(`no SVG attachment in ${folder}`);
  const broken = [];
  for (const file of svgs) {
    const errors = [];
    const doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } })
      .parseFromString(fs.readFileSync(path.join(folder, file), 'utf8'), 'image/svg+xml');
    if (errors.length > 0 || doc.documentElement?.localName !== 'svg') broken.push(`${file}: ${errors[0] ?? 'no <svg> root'}`);
  }
  if (broken.length > 0) throw new Error(`${broken.length} of ${svgs.length} SVGs do not parse: ${broken[0]}`);
  return svgs.length;
}

/** The page loads no script from another host (Allure's analytics): checked in the report's own files. */
function noRemoteScript(dir) {
  const index = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const remote = [...index.matchAll(/<script[^>]*\ssrc=["']?((?:https?:)?\/\/[^"' >]+)/gi)].map(m => m[1]);
  if (remote.length > 0) throw new Error(`remote scripts: ${remote.join(', ')}`);
  // Allure 2 keeps an inline dataLayer stub either way; without the loader it sends nothing.
  if (/googletagmanager/.test(index)) throw new Error('the page names the analytics host');
}

/** The checks of one report, through one UI. */
async function checkReport(ui, dir, context) {
  const tag = ui.name;
  const shots = path.join(shotRoot, ui === allure2 ? 'allure2' : 'allure3');
  fs.mkdirSync(shots, { recursive: true });
  const { base, close } = await serve(path.resolve(dir));
  const page = await context.newPage();
  // Nothing may leave the machine: every request that is not the local report is refused.
  const refused = [];
  await page.route('**/*', route => {
    if (route.request().url().startsWith(base) || route.request().url().startsWith('data:')) return route.continue();
    refused.push(route.request().url());
    return route.abort();
  });
  try {
    await check(`${tag}: the report loads no third-party script`, async () => noRemoteScript(dir));

    if (ui === allure2) {
      await check(`${tag}: the Executor widget shows Assay's executor, not the report tool's`, async () => {
        const executors = JSON.parse(fs.readFileSync(path.join(dir, 'widgets', 'executors.json'), 'utf8'));
        if (!executors.some(e => e.reportName === 'Assay benchmarks')) throw new Error(`executors: ${JSON.stringify(executors)}`);
      });
    }

    await check(`${tag}: every SVG attachment parses as XML`, async () => {
      const n = svgsParse(dir);
      console.log(`      (${n} SVGs)`);
    });

    await check(`${tag}: [${suite}] opens on its comparisons, and [${model}] on its summary, before the cases`, async () => {
      await ui.openTree(page, base);
      const group = await ui.openGroup(page, suite);
      const first = (await ui.children(page, group))[0];
      if (first !== '(compare)' && first !== '(baseline)') throw new Error(`first under ${suite}: ${first}`);
      const modelGroup = await ui.openGroup(page, model);
      const leaves = await ui.children(page, modelGroup);
      if (leaves[0] !== `${model} \u203a (summary)`) throw new Error(`first under ${model}: ${leaves[0]} (of ${leaves.length})`);
      if (leaves.length < 2) throw new Error(`no case beside the summary: ${leaves}`);
      await page.screenshot({ path: path.join(shots, 'suite.png') });
    });

    await check(`${tag}: the summary of [${model}] shows its metrics table inside the pane`, async () => {
      await ui.openTree(page, base);
      await ui.openGroup(page, suite);
      await ui.openGroup(page, model);
      await ui.openLeaf(page, `${model} \u203a (summary)`);
      await descriptionFits(ui, page, path.join(shots, 'summary.png'), ['value']);
    });

    if (ui === allure2) {
      await check(`${tag}: the summary of [${model}] renders its [${chart}] SVG chart`, async () => {
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
        await embed.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(shots, 'summary-chart.png') });
      });
    }

    await check(`${tag}: [${comparison}] shows its verdict column inside the pane`, async () => {
      await ui.openTree(page, base);
      await ui.openGroup(page, suite);
      await ui.openGroup(page, '(compare)');
      await ui.openLeaf(page, comparison);
      await descriptionFits(ui, page, path.join(shots, 'comparison.png'), ['verdict']);
    });

    await check(`${tag}: the leaderboard shows its ranking tables inside the pane`, async () => {
      await ui.openTree(page, base);
      await ui.openGroup(page, leaderboard);
      await ui.openGroup(page, leaderboard, 1);
      await ui.openLeaf(page, /leaderboard \u203a /);
      await descriptionFits(ui, page, path.join(shots, 'leaderboard.png'), ['rank', 'value']);
    });

    if (baseline !== '-') {
      await check(`${tag}: [${baseline}] opens on its baseline check, whose table is inside the pane`, async () => {
        await ui.openTree(page, base);
        const group = await ui.openGroup(page, baseline);
        const first = (await ui.children(page, group))[0];
        if (first !== '(baseline)') throw new Error(`first under ${baseline}: ${first}`);
        const checks = await ui.openGroup(page, '(baseline)');
        await ui.openLeaf(page, (await ui.children(page, checks))[0]);
        await descriptionFits(ui, page, path.join(shots, 'baseline.png'), ['verdict']);
      });
    }

    await check(`${tag}: the page asked no other host for anything`, async () => {
      if (refused.length > 0) throw new Error(`refused: ${[...new Set(refused)].slice(0, 3).join(', ')}`);
    });
  } finally {
    await page.close();
    close();
  }
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  viewport: { width: 1600, height: 1000 },
});
try {
  for (const [key, ui] of [['allure2', allure2], ['allure3', allure3]]) {
    if (reports[key] === '-') continue;
    if (!fs.existsSync(path.join(reports[key], 'index.html'))) {
      await check(`${ui.name}: a report in ${reports[key]}`, async () => { throw new Error('no index.html'); });
      continue;
    }
    await checkReport(ui, reports[key], context);
  }
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
console.log(`screenshots in ${shotRoot}/allure2 and ${shotRoot}/allure3`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
