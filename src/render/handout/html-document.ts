/**
 * The shell of every printable handout: a self-contained HTML document with inline styles and a
 * print stylesheet, no script and no external resources. A Content-Security-Policy forbids scripts
 * and fetches, should an unescaped value ever slip through; callers escape every value.
 */
import type { ChecklistStep } from '../windows/checklist-types';
import { escapeHtml } from './escape-html';

// Commands wrap instead of scrolling: a scrolling <pre> is unreachable by keyboard (axe
// scrollable-region-focusable) and would be cut off on paper.
const STYLE = `
  :root { color-scheme: light; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; }
  main { max-width: 46rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 1.6rem; margin: 0 0 1rem; }
  h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }
  h3 { font-size: 1.05rem; margin: 0 0 0.5rem; }
  .summary { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 1rem; padding: 0.75rem 1rem; border: 1px solid #888; border-radius: 4px; }
  .summary dt { font-weight: 600; }
  .summary dd { margin: 0; overflow-wrap: anywhere; }
  .notice { font-weight: 600; }
  section { margin: 0 0 1.25rem; }
  .platform { margin: 0 0 2rem; }
  .platform > h2 { font-size: 1.35rem; border-bottom: 2px solid #1a1a1a; padding-bottom: 0.25rem; margin-bottom: 1rem; }
  ul { margin: 0; padding-left: 1.25rem; }
  p { margin: 0 0 0.75rem; }
  pre { margin: 0.5rem 0 0; padding: 0.5rem 0.75rem; background: #f2f2f2; border: 1px solid #ccc; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
  code { font: 0.9rem/1.4 ui-monospace, Consolas, "Courier New", monospace; }
  .file-name { margin: 0.75rem 0 0; font-weight: 600; }
  @media print {
    @page { margin: 15mm; }
    body { font-size: 11pt; }
    main { max-width: none; padding: 0; }
    section, .summary { break-inside: avoid; }
    .platform { break-before: page; }
    .platform:first-of-type { break-before: auto; }
    h2, h3 { break-after: avoid; }
    pre { background: none; }
  }
`;

/** A complete document around already-escaped body HTML. */
export function htmlDocument(title: string, bodyParts: string[]): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    ...bodyParts,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** <dl class="summary"> of label/value rows. */
export function summaryHtml(rows: { label: string; value: string }[]): string {
  const items = rows
    .map((row) => `<dt>${escapeHtml(row.label)}</dt>\n<dd>${escapeHtml(row.value)}</dd>`)
    .join('\n');
  return `<dl class="summary">\n${items}\n</dl>`;
}

/**
 * One step as a <section> with an h3 heading, inside its platform's section; `idPrefix` keeps ids
 * unique across platforms that share step ids.
 */
export function stepHtml(step: ChecklistStep, label: string, idPrefix: string): string {
  const parts = [
    `<section id="${escapeHtml(idPrefix + step.id)}">`,
    `<h3>${escapeHtml(label)}</h3>`,
    `<ul>\n${step.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('\n')}\n</ul>`,
  ];
  if (step.commands && step.commands.length > 0) {
    parts.push(`<pre><code>${step.commands.map(escapeHtml).join('\n')}</code></pre>`);
  }
  for (const file of step.files ?? []) {
    parts.push(
      `<p class="file-name">${escapeHtml(file.path)}</p>`,
      `<pre><code>${escapeHtml(file.content)}</code></pre>`,
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}
