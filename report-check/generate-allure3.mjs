// Generates the Allure 3 (awesome) report of a results folder with the `allure` npm package pinned in
// package.json, then takes Google Analytics out of its page: Allure 3 writes the gtag loader into
// every awesome report and, unlike Allure 2, has no switch for it (allure-framework/allure3#476).
//
//   node generate-allure3.mjs [results, default ../allure-results] [report, default ../allure3-report]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const results = path.resolve(process.argv[2] ?? path.join(here, '..', 'allure-results'));
const report = path.resolve(process.argv[3] ?? path.join(here, '..', 'allure3-report'));

/** The page without the analytics loader and its inline gtag setup; fails when the template changed shape. */
export function withoutAnalytics(html) {
  const stripped = html
    .replace(/<script[^>]*\ssrc=["']?https:\/\/www\.googletagmanager\.com\/[^>]*><\/script>\s*/g, '')
    .replace(/<script>(?:(?!<\/script>)[\s\S])*?gtag\((?:(?!<\/script>)[\s\S])*<\/script>\s*/g, '');
  if (/googletagmanager|gtag\(/.test(stripped)) throw new Error('the analytics script is still in the page');
  return stripped;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(here, 'generate-allure3.mjs')) {
  fs.rmSync(report, { recursive: true, force: true });
  execFileSync(process.execPath, [path.join(here, 'node_modules', 'allure', 'cli.js'), 'generate',
    '--config', path.join(here, 'allurerc.mjs'), '--output', report, results], { stdio: 'inherit' });
  const index = path.join(report, 'index.html');
  fs.writeFileSync(index, withoutAnalytics(fs.readFileSync(index, 'utf8')));
  console.log(`Allure 3 report in ${report} (analytics removed)`);
}
