/**
 * windowsHandoutHtml(checklist): the printable end-user handout, a self-contained HTML document
 * (inline styles with a print stylesheet, no script, no external resources). Every value is
 * HTML-escaped, and a Content-Security-Policy forbids scripts and fetches should anything slip through.
 */
import type { ChecklistStep, WindowsChecklist } from './checklist-types';
import { HANDOUT_TITLE } from './checklist-types';
import { checklistSummary, keyNotice } from './checklist-summary';
import { escapeHtml } from './escape-html';

// Commands wrap instead of scrolling: a scrolling <pre> is unreachable by keyboard (axe
// scrollable-region-focusable) and would be cut off on paper.
const STYLE = `
  :root { color-scheme: light; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; }
  main { max-width: 46rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 1.6rem; margin: 0 0 1rem; }
  h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }
  .summary { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 1rem; padding: 0.75rem 1rem; border: 1px solid #888; border-radius: 4px; }
  .summary dt { font-weight: 600; }
  .summary dd { margin: 0; overflow-wrap: anywhere; }
  .notice { font-weight: 600; }
  section { margin: 0 0 1.25rem; }
  ul { margin: 0; padding-left: 1.25rem; }
  pre { margin: 0.5rem 0 0; padding: 0.5rem 0.75rem; background: #f2f2f2; border: 1px solid #ccc; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
  code { font: 0.9rem/1.4 ui-monospace, Consolas, "Courier New", monospace; }
  @media print {
    @page { margin: 15mm; }
    body { font-size: 11pt; }
    main { max-width: none; padding: 0; }
    section, .summary { break-inside: avoid; }
    h2 { break-after: avoid; }
    pre { background: none; }
  }
`;

function stepHtml(step: ChecklistStep, index: number): string {
  const parts = [
    `<section id="step-${escapeHtml(step.id)}">`,
    `<h2>${index + 1}. ${escapeHtml(step.title)}</h2>`,
    `<ul>\n${step.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('\n')}\n</ul>`,
  ];
  if (step.commands && step.commands.length > 0) {
    parts.push(`<pre><code>${step.commands.map(escapeHtml).join('\n')}</code></pre>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

export function windowsHandoutHtml(checklist: WindowsChecklist): string {
  const summary = checklistSummary(checklist)
    .map((row) => `<dt>${escapeHtml(row.label)}</dt>\n<dd>${escapeHtml(row.value)}</dd>`)
    .join('\n');
  const notice = keyNotice(checklist);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(HANDOUT_TITLE)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(HANDOUT_TITLE)}</h1>`,
    `<dl class="summary">\n${summary}\n</dl>`,
    ...(notice === null ? [] : [`<p class="notice">${escapeHtml(notice)}</p>`]),
    ...checklist.steps.map(stepHtml),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
