/**
 * clientHandoutText(answers, choice): the handout as plain text, for the preview's Copy button
 * (pasted into mail or chat, where Markdown or HTML would show as markup). Same structure as the
 * other exports; line breaks inside values are flattened so nothing can fake a heading.
 */
import type { Answers } from '../../domain/answers';
import { oneLine } from '../handout/markdown';
import type { ChecklistStep } from '../windows/checklist-types';
import { clientHandout, type HandoutSection } from './handout';
import type { PlatformChoice } from './platforms';

const underline = (title: string, char: string) => `${title}\n${char.repeat(title.length)}`;

function stepText(step: ChecklistStep, label: string): string {
  const lines = [oneLine(label), ...step.lines.map((line) => `    ${oneLine(line)}`)];
  if (step.commands && step.commands.length > 0) {
    lines.push('', ...step.commands.map((command) => `        ${oneLine(command)}`));
  }
  for (const file of step.files ?? []) {
    lines.push(
      '',
      `    ${file.path}:`,
      ...file.content
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => `        ${l}`),
    );
  }
  return lines.join('\n');
}

function sectionText(section: HandoutSection): string {
  return [
    underline(oneLine(section.title), '-'),
    ...section.intro.map(oneLine),
    ...section.steps.map((step, index) =>
      stepText(step, section.numbered ? `${index + 1}. ${step.title}` : step.title),
    ),
  ].join('\n\n');
}

export function clientHandoutText(answers: Answers, choice: PlatformChoice): string {
  const handout = clientHandout(answers, choice);
  const width = Math.max(...handout.summary.map((row) => row.label.length)) + 2;
  const summary = handout.summary.map(
    (row) => `${`${row.label}:`.padEnd(width)}${oneLine(row.value)}`,
  );
  const blocks = [
    underline(oneLine(handout.title), '='),
    summary.join('\n'),
    ...(handout.keyNotice === null ? [] : [handout.keyNotice]),
    ...handout.sections.map(sectionText),
  ];
  return `${blocks.join('\n\n')}\n`;
}
