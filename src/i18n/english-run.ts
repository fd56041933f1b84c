/**
 * Finds English left in Japanese text: three consecutive English words outside `code`, quotes,
 * 「」, [brackets] and technical terms that Japanese documentation keeps in English.
 */

/**
 * Terms that stay English in Japanese texts (CLI keywords, product and protocol names, ASDM labels
 * quoted in brackets): words made only of these never count as an English sentence.
 */
const TECHNICAL_WORD =
  /^(?:ASA|ASDM|Cisco|Windows|macOS|iOS|iPadOS|Android|ChromeOS|Linux|Apple|Microsoft|L2TP|IPsec|IKE|IKEv1|PPP|PAP|CHAP|MS-CHAP|EAP|AAA|RADIUS|TACACS|LDAP|SDI|NT|Kerberos|DNS|WINS|DHCP|NAT|NAT-T|PFS|DH|AES|SHA|PSK|ACL|IP|IPv4|UDP|ESP|SA|VPN|CLI|JSON|HTML|PowerShell|OK)$/;

/** Multi-word names that Japanese texts keep in English, as Cisco's Japanese documentation does. */
const TECHNICAL_PHRASES = ['Perfect Forward Secrecy', 'Intercept DHCP', 'Send All Traffic'];

/** Text outside `code`, "quotes", 「」, [brackets] and technical phrases: what must read as Japanese. */
function prose(text: string): string {
  return TECHNICAL_PHRASES.reduce((rest, phrase) => rest.split(phrase).join(' '), text)
    .replace(/`[^`]*`/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/「[^」]*」/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\{\w+\}/g, ' ');
}

/**
 * The first run of three English words in a text meant to be Japanese, or null: what an untranslated
 * sentence looks like. Used on the catalogue and, in the end-to-end tests, on the rendered page.
 */
export function englishRun(text: string): string | null {
  // Words are separated by spaces; Japanese text between two words ends a run, and so does any
  // token that is not a plain word (an identifier such as outside_dyn_map, a number, an address).
  const tokens = prose(text)
    .replace(/[^\t\n\r\x20-\x7E]+/g, ' | ')
    .split(/\s+/)
    .map((token) => token.replace(/^[("']+|[.,;:!?)"'…]+$/g, ''));
  let run: string[] = [];
  for (const token of tokens) {
    if (/^[A-Za-z][a-z'-]+$/.test(token) && !TECHNICAL_WORD.test(token)) {
      run.push(token);
      if (run.length >= 3) return run.join(' ');
    } else if (token !== '') run = [];
  }
  return null;
}
