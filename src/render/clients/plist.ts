/**
 * A minimal XML property list writer for configuration profiles: strings, integers, booleans, data
 * (Base64) and nested arrays/dicts, in key order as given. Text is XML-escaped, and characters XML
 * 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, so any
 * answer still gives a well-formed document.
 */

/** <data>: bytes, held as their Base64 text. A class, so no dict can be mistaken for it. */
export class PlistData {
  constructor(readonly base64: string) {}
}

export type PlistValue =
  string | number | boolean | PlistData | PlistValue[] | { [key: string]: PlistValue };

/** XML 1.0 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and the supplementary planes. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

/** Escapes text content; a CR is kept as a reference because parsers turn a raw CR into LF. */
export function escapeXml(text: string): string {
  let out = '';
  // for…of walks code points, so a lone surrogate arrives on its own and is replaced.
  for (const char of text) {
    out += isXmlChar(char.codePointAt(0) ?? 0) ? (ENTITIES[char] ?? char) : '\uFFFD';
  }
  return out;
}

function write(value: PlistValue, indent: string): string[] {
  if (typeof value === 'string') return [`${indent}<string>${escapeXml(value)}</string>`];
  if (typeof value === 'number') return [`${indent}<integer>${Math.trunc(value)}</integer>`];
  if (typeof value === 'boolean') return [`${indent}<${value}/>`];
  if (Array.isArray(value)) {
    return [
      `${indent}<array>`,
      ...value.flatMap((item) => write(item, `${indent}\t`)),
      `${indent}</array>`,
    ];
  }
  if (value instanceof PlistData) return [`${indent}<data>${value.base64}</data>`];
  return [
    `${indent}<dict>`,
    ...Object.entries(value).flatMap(([key, item]) => [
      `${indent}\t<key>${escapeXml(key)}</key>`,
      ...write(item, `${indent}\t`),
    ]),
    `${indent}</dict>`,
  ];
}

export function plistXml(root: PlistValue): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    ...write(root, ''),
    '</plist>',
    '',
  ].join('\n');
}
