/**
 * The only way a user value becomes a CLI token. A valid ASA token is printable ASCII 0x21–0x7E
 * without '?' (reference.md §4 TOK: the ASA splits arguments at whitespace and treats '?' as a help
 * request). The preview also renders answers that do not validate yet, so this is total: it never
 * throws, and whatever it gets, the result is one token that cannot start a new line.
 */

/** Every character outside 0x21–0x7E, and '?', per code point (so an emoji becomes one '_'). */
const NOT_TOKEN_CHARACTER = /[^\x21-\x3e\x40-\x7e]/gu;

/**
 * `value` trimmed, with each character that cannot appear in an ASA token replaced by '_';
 * `<placeholder>` when nothing is left, so a missing answer is visible in the preview. Numbers are
 * accepted because a loaded file may hold them; any other non-string counts as missing.
 */
export function tok(value: unknown, placeholder: string): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  const trimmed = text.trim();
  return trimmed === '' ? `<${placeholder}>` : trimmed.replace(NOT_TOKEN_CHARACTER, '_');
}

/** True when the answer holds something to print (optional lines are emitted only then). */
export function isSet(value: unknown): boolean {
  return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number';
}
