/**
 * clientHandoutMarkdown(answers, choice) → l2tp-vpn-handout.md. Same structure as the HTML handout:
 * summary, one "##" section per platform with "###" steps, limitations, troubleshooting. Values are
 * escaped with handout/markdown.ts's escapeMarkdown, the key printed as a code span; commands and
 * files go in fences longer than any backtick run inside them.
 */
import type { Answers } from '../../domain/answers';
import { escapeMarkdown, fence, oneLine } from '../handout/markdown';
import type { ChecklistStep } from '../windows/checklist-types';
import { clientHandout, type HandoutSection } from './handout';
import type { PlatformChoice } from './platforms';

function fenced(lines: string[]): string {
  const marker = fence(lines);
  return [marker, ...lines, marker].join('\n');
}

function stepMarkdown(step: ChecklistStep, label: string, key: string): string {
  const parts = [
    `### ${escapeMarkdown(label)}`,
    step.lines.map((line) => `- ${escapeMarkdown(line, true, key)}`).join('\n'),
  ];
  if (step.commands && step.commands.length > 0) parts.push(fenced(step.commands.map(oneLine)));
  for (const file of step.files ?? []) {
    parts.push(
      `**${escapeMarkdown(file.path)}**`,
      fenced(file.content.replace(/\n$/, '').split('\n')),
    );
  }
  return parts.join('\n\n');
}

function sectionMarkdown(section: HandoutSection, key: string): string {
  return [
    `## ${escapeMarkdown(section.title)}`,
    ...section.intro.map((line) => escapeMarkdown(line, true)),
    ...section.steps.map((step, index) =>
      stepMarkdown(step, section.numbered ? `${index + 1}. ${step.title}` : step.title, key),
    ),
  ].join('\n\n');
}

export function clientHandoutMarkdown(answers: Answers, choice: PlatformChoice): string {
  const handout = clientHandout(answers, choice);
  // The key goes in code spans, so that it reads the same rendered or not (see escapeMarkdown).
  const key = handout.preSharedKey ?? '';
  const summary = handout.summary
    .map((row) => `- **${row.label}:** ${escapeMarkdown(row.value, false, key)}`)
    .join('\n');
  const blocks = [
    `# ${escapeMarkdown(handout.title)}`,
    summary,
    ...(handout.keyNotice === null ? [] : [`**${escapeMarkdown(handout.keyNotice)}**`]),
    ...handout.sections.map((section) => sectionMarkdown(section, key)),
  ];
  return `${blocks.join('\n\n')}\n`;
}
