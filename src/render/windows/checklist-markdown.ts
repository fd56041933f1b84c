/**
 * Markdown and plain-text exports of the Windows checklist: title, the settings at a glance, then
 * the numbered steps with their commands. Values are escaped so that a connection name such as
 * "*VPN*" or "# x" prints literally instead of turning into Markdown formatting.
 */
import type { ChecklistStep, WindowsChecklist } from './checklist-types';
import { HANDOUT_TITLE } from './checklist-types';
import { checklistSummary, keyNotice } from './checklist-summary';
import { escapeMarkdown, fence, oneLine } from '../handout/markdown';

function markdownStep(step: ChecklistStep, index: number, key: string): string {
  const parts = [
    `## ${index + 1}. ${escapeMarkdown(step.title)}`,
    step.lines.map((line) => `- ${escapeMarkdown(line, true, key)}`).join('\n'),
  ];
  if (step.commands && step.commands.length > 0) {
    const commands = step.commands.map(oneLine);
    const marker = fence(commands);
    parts.push([marker, ...commands, marker].join('\n'));
  }
  return parts.join('\n\n');
}

export function windowsChecklistToMarkdown(checklist: WindowsChecklist): string {
  const summary = checklistSummary(checklist)
    .map(
      (row) =>
        `- **${row.label}:** ${escapeMarkdown(row.value, false, checklist.preSharedKey ?? '')}`,
    )
    .join('\n');
  const notice = keyNotice(checklist.preSharedKey);
  const blocks = [
    `# ${HANDOUT_TITLE}`,
    summary,
    ...(notice === null ? [] : [`**${escapeMarkdown(notice)}**`]),
  ];
  return `${[...blocks, ...checklist.steps.map((step, index) => markdownStep(step, index, checklist.preSharedKey ?? ''))].join('\n\n')}\n`;
}

const TEXT_INDENT = '    ';
const COMMAND_INDENT = '        ';

function textStep(step: ChecklistStep, index: number): string {
  const lines = [`${index + 1}. ${oneLine(step.title)}`];
  lines.push(...step.lines.map((line) => `${TEXT_INDENT}${oneLine(line)}`));
  if (step.commands && step.commands.length > 0) {
    lines.push('', ...step.commands.map((command) => `${COMMAND_INDENT}${oneLine(command)}`));
  }
  return lines.join('\n');
}

export function windowsChecklistToText(checklist: WindowsChecklist): string {
  const rows = checklistSummary(checklist);
  const width = Math.max(...rows.map((row) => row.label.length)) + 2;
  const summary = rows.map((row) => `${`${row.label}:`.padEnd(width)}${oneLine(row.value)}`);
  const title = [HANDOUT_TITLE, '='.repeat(HANDOUT_TITLE.length)].join('\n');
  const notice = keyNotice(checklist.preSharedKey);
  const blocks = [title, summary.join('\n'), ...(notice === null ? [] : [notice])];
  return `${[...blocks, ...checklist.steps.map(textStep)].join('\n\n')}\n`;
}
