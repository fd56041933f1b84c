/**
 * Test helper: parses the XML property list subset that plist.ts writes (dict, array, key, string,
 * integer, data, true, false) back into values, and throws on anything else: unknown tags, stray
 * text, unescaped '&', a missing prolog or DOCTYPE. Enough to check a profile key by key without
 * a DOM or a new dependency.
 */

export type Parsed =
  string | number | boolean | { data: string } | Parsed[] | { [key: string]: Parsed };

const PROLOG =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n';

function unescapeText(text: string): string {
  if (!/^(?:[^&<>]|&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)*$/.test(text)) {
    throw new Error(`malformed text: ${JSON.stringify(text)}`);
  }
  return text.replace(/&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g, (_m, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[entity]) return named[entity];
    const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return String.fromCodePoint(code);
  });
}

export function parsePlist(xml: string): Parsed {
  if (!xml.startsWith(PROLOG)) throw new Error('missing XML prolog or plist DOCTYPE');
  const match = /^<plist version="1\.0">([\s\S]*)<\/plist>\n?$/.exec(xml.slice(PROLOG.length));
  if (!match) throw new Error('missing <plist version="1.0"> root');
  const tokens = (match[1] ?? '').match(/<[^>]*>|[^<]+/g) ?? [];
  let at = 0;
  const isSpace = (token: string | undefined) => token !== undefined && /^\s+$/.test(token);
  const nextTag = (): string => {
    while (isSpace(tokens[at])) at += 1;
    const token = tokens[at++];
    if (token === undefined || !token.startsWith('<')) throw new Error(`expected a tag at ${at}`);
    return token;
  };
  const textUntil = (close: string): string => {
    let text = '';
    if (tokens[at] !== close) text = tokens[at++] ?? '';
    if (tokens[at++] !== close) throw new Error(`expected ${close}`);
    return unescapeText(text);
  };
  const value = (tag: string): Parsed => {
    switch (tag) {
      case '<string>':
        return textUntil('</string>');
      case '<string/>':
        return '';
      case '<integer>': {
        const text = textUntil('</integer>');
        if (!/^-?[0-9]+$/.test(text)) throw new Error(`bad integer ${text}`);
        return Number(text);
      }
      case '<data>':
        return { data: textUntil('</data>').replace(/\s+/g, '') };
      case '<true/>':
        return true;
      case '<false/>':
        return false;
      case '<array>': {
        const items: Parsed[] = [];
        for (let t = nextTag(); t !== '</array>'; t = nextTag()) items.push(value(t));
        return items;
      }
      case '<dict>': {
        const dict: Record<string, Parsed> = {};
        for (let t = nextTag(); t !== '</dict>'; t = nextTag()) {
          if (t !== '<key>') throw new Error(`expected <key>, got ${t}`);
          const key = textUntil('</key>');
          if (Object.hasOwn(dict, key)) throw new Error(`duplicate key ${key}`);
          dict[key] = value(nextTag());
        }
        return dict;
      }
      default:
        throw new Error(`unexpected ${tag}`);
    }
  };
  const root = value(nextTag());
  while (isSpace(tokens[at])) at += 1;
  if (at !== tokens.length) throw new Error('content after the root value');
  return root;
}
