/**
 * Markdown and plain-text exports of the Windows checklist: title, the settings at a glance, then
 * the numbered steps with their commands. Values are escaped so that a connection name such as
 * "*VPN*" or "# x" prints literally instead of turning into Markdown formatting.
 */
import type { ChecklistStep, WindowsChecklist } from './checklist-types';
import { HANDOUT_TITLE } from './checklist-types';
import { checklistSummary, keyNotice } from './checklist-summary';

/** Line breaks inside a value would start new Markdown blocks (or break the text layout). */
export const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

/**
 * Backslash-escapes what CommonMark/GFM would read as inline syntax. With `blockStart`, also a
 * marker that would open a heading, quote, list or rule when the text starts a line or list item.
 * `literal` (the pre-shared key) is printed as a code span wherever it occurs instead: users copy it
 * character by character, often from the unrendered file, where backslashes would change it.
 */
export function escapeMarkdown(text: string, blockStart = false, literal = ''): string {
  const value = oneLine(literal);
  const line = oneLine(text);
  if (value === '' || !line.includes(value) || escapeInline(value) === value)
    return escapeText(line, blockStart);
  return line
    .split(value)
    .map((part, index) => escapeText(part, blockStart && index === 0))
    .join(codeSpan(value));
}

function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

function escapeText(text: string, blockStart: boolean): string {
  const inline = escapeInline(text);
  if (!blockStart) return inline;
  return inline.replace(
    /^(\s*)(?:(#|[+=-])|(\d{1,9})(?=[.)](?:\s|$)))/,
    (_m, space: string, mark?: string, digits?: string) =>
      mark === undefined ? `${space}${digits ?? ''}\\` : `${space}\\${mark}`,
  );
}

/** `value` as a code span: delimited by more backticks than it holds, padded if it starts or ends with one. */
export function codeSpan(value: string): string {
  const ticks = '`'.repeat(longestBacktickRun([value]) + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${value}${pad}${ticks}`;
}

const longestBacktickRun = (texts: string[]) =>
  Math.max(0, ...texts.map((t) => Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length))));

/** A code fence longer than any backtick run in the block, so no command can close it early. */
export function fence(commands: string[]): string {
  return '`'.repeat(Math.max(3, longestBacktickRun(commands) + 1));
}

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
