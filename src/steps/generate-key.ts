/**
 * Random pre-shared keys for the "Generate" button: 24 characters from crypto.getRandomValues,
 * drawn without modulo bias. The alphabet is printable ASCII without space and '?' (the ASA CLI
 * cannot take them) and also without characters that break a paste somewhere on the way:
 * quotes and backtick (PowerShell/cmd quoting), backslash, '$' and '%' (variable expansion),
 * '&', '|', '<', '>', '^' (cmd operators), '!' (shell history), and brackets/braces.
 */
const SAFE_SYMBOLS = '#*+,-./:;=@_~';
export const KEY_ALPHABET =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789' + SAFE_SYMBOLS;
export const KEY_LENGTH = 24;

type RandomSource = (buffer: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;

const cryptoSource: RandomSource = (buffer) => crypto.getRandomValues(buffer);

export function generatePreSharedKey(
  random: RandomSource = cryptoSource,
  length = KEY_LENGTH,
): string {
  // The largest multiple of the alphabet size below 256: bytes above it are redrawn, so every
  // character is equally likely.
  const limit = 256 - (256 % KEY_ALPHABET.length);
  let key = '';
  while (key.length < length) {
    for (const byte of random(new Uint8Array(length * 2))) {
      if (byte < limit && key.length < length) key += KEY_ALPHABET[byte % KEY_ALPHABET.length];
    }
  }
  return key;
}
