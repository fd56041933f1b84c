/**
 * windowsHandoutHtml(checklist): the printable Windows-only handout (windows-l2tp-vpn-setup.html).
 * The document shell, styles and CSP live in html-document.ts, shared with the all-platform
 * client handout; every value is HTML-escaped.
 */
import type { ChecklistStep, WindowsChecklist } from './checklist-types';
import { HANDOUT_TITLE } from './checklist-types';
import { checklistSummary, keyNotice } from './checklist-summary';
import { escapeHtml } from './escape-html';
import { htmlDocument, summaryHtml } from './html-document';

/**
 * One step as a <section>; `heading` is h2 in this handout and h3 inside a platform section, where
 * `idPrefix` keeps ids unique across platforms that share step ids.
 */
export function stepHtml(
  step: ChecklistStep,
  label: string,
  { heading = 'h2', idPrefix = 'step-' }: { heading?: 'h2' | 'h3'; idPrefix?: string } = {},
): string {
  const parts = [
    `<section id="${escapeHtml(idPrefix + step.id)}">`,
    `<${heading}>${escapeHtml(label)}</${heading}>`,
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

export function windowsHandoutHtml(checklist: WindowsChecklist): string {
  const notice = keyNotice(checklist.preSharedKey);
  return htmlDocument(HANDOUT_TITLE, [
    summaryHtml(checklistSummary(checklist)),
    ...(notice === null ? [] : [`<p class="notice">${escapeHtml(notice)}</p>`]),
    ...checklist.steps.map((step, index) => stepHtml(step, `${index + 1}. ${step.title}`)),
  ]);
}
