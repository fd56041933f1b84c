/**
 * What a Japanese input method types where ASCII was meant: full-width (zenkaku) forms such as
 * `１９２．１６８．１．１`, `／２４` or `ＡＳＡ－１`, the ideographic space, and in hiragana mode the
 * punctuation the ASCII keys produce (`。` for '.', `ー` for '-', `・` for '/'). ASA fields only take
 * ASCII, so these are converted when a field is left; every other character (kana, kanji, `é`) is
 * kept as typed, so the field's own error still explains what is wrong.
 */

/** U+FF01–U+FF5E are the full-width forms of ASCII U+0021–U+007E, at a fixed offset. */
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = '\u3000';

/**
 * Marks that stand for an ASCII character only between ASCII letters or digits (`192。168`,
 * `ASAー1`); elsewhere they are Japanese text (`データー`) and stay. The slash mark only between
 * digits (`10.0.0.0・24`), as `・` is also a Japanese separator between words.
 */
const BETWEEN_ALNUM: Readonly<Record<string, string>> = {
  '。': '.', // ideographic full stop (the '.' key in hiragana mode)
  '｡': '.', // half-width ideographic full stop
  ー: '-', // prolonged sound mark (the '-' key in hiragana mode)
  ｰ: '-', // half-width prolonged sound mark
  '‐': '-', // hyphen
  '‑': '-', // non-breaking hyphen
  '−': '-', // minus sign
};
const BETWEEN_DIGITS: Readonly<Record<string, string>> = {
  '・': '/', // katakana middle dot (the '/' key in hiragana mode)
  '･': '/', // half-width katakana middle dot
};

function plainAscii(char: string): string {
  if (char === IDEOGRAPHIC_SPACE) return ' ';
  const code = char.codePointAt(0) ?? 0;
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
    return String.fromCharCode(code - FULL_WIDTH_OFFSET);
  }
  return char;
}

const isAlnum = (char: string | undefined) => char !== undefined && /^[A-Za-z0-9]$/.test(char);
const isDigit = (char: string | undefined) => char !== undefined && /^[0-9]$/.test(char);

/** The text with full-width ASCII forms as ASCII; unchanged when there are none. */
export function fullWidthToAscii(text: string): string {
  // Code points, not UTF-16 units: a character outside the BMP stays whole.
  const chars = Array.from(text, plainAscii);
  return chars
    .map((char, index) => {
      const before = chars[index - 1];
      const after = chars[index + 1];
      const alnum = BETWEEN_ALNUM[char];
      if (alnum !== undefined && isAlnum(before) && isAlnum(after)) return alnum;
      const slash = BETWEEN_DIGITS[char];
      if (slash !== undefined && isDigit(before) && isDigit(after)) return slash;
      return char;
    })
    .join('');
}
