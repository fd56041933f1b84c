/**
 * clientHandoutHtml(answers, choice) → l2tp-vpn-handout.html: self-contained and printable (the
 * shared shell of handout/html-document.ts: inline CSS with a print stylesheet, a CSP, no script).
 * Each platform starts on a new page when printed; every value is escaped.
 */
import type { Answers } from '../../domain/answers';
import { escapeHtml } from '../handout/escape-html';
import { htmlDocument, stepHtml, summaryHtml } from '../handout/html-document';
import { clientHandout, type HandoutSection } from './handout';
import type { PlatformChoice } from './platforms';

function sectionHtml(section: HandoutSection): string {
  const idPrefix = `${section.id}-`;
  return [
    `<section class="${section.numbered ? 'platform' : 'reference'}" id="${escapeHtml(section.id)}">`,
    `<h2>${escapeHtml(section.title)}</h2>`,
    ...section.intro.map((line) => `<p>${escapeHtml(line)}</p>`),
    ...section.steps.map((step, index) =>
      stepHtml(step, section.numbered ? `${index + 1}. ${step.title}` : step.title, idPrefix),
    ),
    '</section>',
  ].join('\n');
}

export function clientHandoutHtml(answers: Answers, choice: PlatformChoice): string {
  const handout = clientHandout(answers, choice);
  return htmlDocument(handout.title, [
    summaryHtml(handout.summary),
    ...(handout.keyNotice === null
      ? []
      : [`<p class="notice">${escapeHtml(handout.keyNotice)}</p>`]),
    ...handout.sections.map(sectionHtml),
  ]);
}
