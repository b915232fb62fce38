// Checks the relative links and images of the given Markdown files: every target file must
// exist, and every #fragment must name a heading of its target (GitHub's heading ids).
// markdownlint checks fragments within one file only (MD051); the user guide links across
// pages, to docs/*.md and to screenshots, and a rename must not leave it pointing nowhere.
//   node check-links.mjs FILE.md...
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// GitHub's ids: lower case, punctuation other than '-' and '_' dropped, spaces to '-',
// repeated headings numbered -1, -2, ...
function headingIds(markdown) {
  const ids = new Set();
  const seen = new Map();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const match = !fenced && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    const text = match[1].replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = text.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    ids.add(count === 0 ? base : `${base}-${count}`);
  }
  return ids;
}

function withoutCode(markdown) {
  return markdown.replace(/^\s*(```|~~~)[\s\S]*?^\s*\1\s*$/gm, '').replace(/`[^`\n]*`/g, '');
}

const problems = [];
let checked = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  for (const [, target] of withoutCode(text).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, ...
    checked++;
    const [path, fragment] = target.split('#');
    const resolved = path ? resolve(dirname(file), decodeURI(path)) : resolve(file);
    if (!existsSync(resolved)) {
      problems.push(`${file}: link to ${target}: ${path} does not exist`);
      continue;
    }
    if (fragment === undefined) continue;
    if (!resolved.endsWith('.md') || statSync(resolved).isDirectory()) {
      problems.push(`${file}: link to ${target}: only Markdown files have headings`);
    } else if (!headingIds(readFileSync(resolved, 'utf8')).has(fragment)) {
      problems.push(`${file}: link to ${target}: no heading #${fragment} in ${path || file}`);
    }
  }
}
for (const problem of problems) console.error(problem);
console.log(`${checked} relative link(s) checked, ${problems.length} broken`);
process.exit(problems.length === 0 ? 0 : 1);
