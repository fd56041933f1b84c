/**
 * Field-level checks: each takes the typed text and the field's label and returns an error message
 * naming the field, or null. Shared by the step schemas and the cross-step rules so that one rule
 * has one message.
 */
import { LIMITS } from './limits';
import { parseIpv4, maskToPrefix, parseNetwork, listLines } from './net';

export type FieldCheck = (value: string, label: string) => string | null;

const PRINTABLE_TOKEN = /^[\x21-\x7E]*$/;

/** TOK: printable ASCII without whitespace or '?'. */
export const tokenCheck: FieldCheck = (value, label) => {
  if (/[\s?]/.test(value)) {
    return `${label} cannot contain spaces or '?' — the ASA command line cannot accept them.`;
  }
  if (!PRINTABLE_TOKEN.test(value)) {
    return `${label} can only contain printable ASCII characters (no accents, symbols outside ASCII or control characters).`;
  }
  return null;
};

export function required(check: FieldCheck): FieldCheck {
  return (value, label) => (value.trim() === '' ? `${label} is required.` : check(value, label));
}

/** An empty value is accepted; anything else must pass the check. */
export function optional(check: FieldCheck): FieldCheck {
  return (value, label) => (value === '' ? null : check(value, label));
}

/** N-GEN: 1–64 letters, digits, '_', '.' or '-'. */
export const nameCheck: FieldCheck = (value, label) => {
  if (value === '') return `${label} is required.`;
  const token = tokenCheck(value, label);
  if (token) return token;
  if (!/^[A-Za-z0-9_.-]+$/.test(value) || value.length > LIMITS.nameMax) {
    return `${label}: use 1–${LIMITS.nameMax} letters, digits, '_', '.' or '-'.`;
  }
  return null;
};

/** Keywords that an object or ACL name would be confused with in `nat … static X X` and ACEs. */
const RESERVED_OBJECT_NAMES = [
  'any',
  'any4',
  'any6',
  'interface',
  'host',
  'object',
  'object-group',
];

/** N-GEN for names that appear where the ASA also accepts keywords (NAT objects, ACLs). */
export const objectNameCheck: FieldCheck = (value, label) =>
  nameCheck(value, label) ??
  (RESERVED_OBJECT_NAMES.includes(value.toLowerCase())
    ? `${label}: "${value}" is an ASA keyword; choose another name.`
    : null);

/** N-IF charset (the 48-character length is only a warning, see the rules). */
export const interfaceNameCheck: FieldCheck = (value, label) => {
  if (value === '') return `${label} is required.`;
  const token = tokenCheck(value, label);
  if (token) return token;
  if (!/^[A-Za-z0-9_.-]+$/.test(value) || value.length > LIMITS.interfaceNameMax) {
    return `${label}: use 1–${LIMITS.interfaceNameMax} letters, digits, '_', '.' or '-' (e.g. outside).`;
  }
  return null;
};

/** Secrets and other free tokens: TOK plus a maximum length. */
export function secretCheck(max: number): FieldCheck {
  return (value, label) => {
    if (value === '') return `${label} is required.`;
    return (
      tokenCheck(value, label) ??
      (value.length > max ? `${label} must be 1–${max} characters.` : null)
    );
  };
}

/** A-HOSTADDR: A-IP, and not 0.0.0.0, 255.255.255.255, 127/8, 224/4 or 240/4. */
export const hostAddressCheck: FieldCheck = (value, label) => {
  const ip = parseIpv4(value);
  if (ip === null) return `${label}: enter an IPv4 address such as 192.0.2.10.`;
  const first = Math.floor(ip / 2 ** 24);
  if (first === 0 || first === 127 || first >= 224) {
    return `${label}: ${value} is not a usable host address.`;
  }
  return null;
};

/** A-FQDN: labels of 1–63 letters, digits and '-', no leading/trailing '-', at most 253 characters. */
export const hostNameCheck: FieldCheck = (value, label) => {
  const labels = value.split('.');
  const ok =
    value.length <= LIMITS.fqdnMax &&
    labels.every((part) => /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(part)) &&
    !/^[0-9.]+$/.test(value);
  return ok ? null : `${label}: enter an IP address or a valid host name (e.g. vpn.example.com).`;
};

/** Server address for clients: an IPv4 host address or a DNS name. */
export const hostAddressOrNameCheck: FieldCheck = (value, label) => {
  if (value === '') return `${label} is required.`;
  if (/^[0-9.]+$/.test(value)) return hostAddressCheck(value, label);
  return hostNameCheck(value, label);
};

/** A-DOMAIN format (the 63-character ASA limit is a warning). */
export const domainCheck: FieldCheck = (value, label) => {
  const labels = value.split('.');
  const ok =
    value.length <= LIMITS.fqdnMax &&
    labels.every((part) => /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(part));
  return ok ? null : `${label}: enter a domain name such as example.com.`;
};

/** A-MASK: contiguous ones, not 0.0.0.0. */
export const maskCheck: FieldCheck = (value, label) => {
  if (parseIpv4(value) === null) return `${label}: enter a subnet mask such as 255.255.255.0.`;
  return maskToPrefix(value) === null
    ? `${label}: ${value} is not a valid subnet mask (the ones must be contiguous).`
    : null;
};

/** A whole number within [min, max]; hard error outside (I-PRIO). */
export function integerCheck(min: number, max: number): FieldCheck {
  return (value, label) => {
    if (!isWholeNumber(value) || Number(value) < min || Number(value) > max) {
      return `${label} must be a whole number from ${min} to ${max}.`;
    }
    return null;
  };
}

/** A whole number of at most 10 digits; ranges are checked as warnings by the rules ([K] limits). */
export const wholeNumberCheck: FieldCheck = (value, label) =>
  isWholeNumber(value)
    ? null
    : `${label} must be a whole number of up to ${LIMITS.numberMaxDigits} digits.`;

export function isWholeNumber(value: string): boolean {
  return new RegExp(`^[0-9]{1,${LIMITS.numberMaxDigits}}$`).test(value);
}

/**
 * A-NET for a list field: every line must be CIDR or "address mask" with no host bits set.
 * `allowAny` accepts the keyword any (exempt networks). Messages name the field and the line.
 */
export function networkListCheck(allowAny: boolean): FieldCheck {
  return (value, label) => {
    const problems: string[] = [];
    value.split(/\r\n|\r|\n/).forEach((raw, index) => {
      const line = raw.trim();
      if (line === '') return;
      if (allowAny && line.toLowerCase() === 'any') return;
      const where = `${label}, line ${index + 1}`;
      const network = parseNetwork(line);
      if (!network) {
        problems.push(
          `${where}: "${printable(line)}" is not a network; use CIDR (10.1.1.0/24) or address and mask (10.1.1.0 255.255.255.0)${allowAny ? ', or any' : ''}.`,
        );
      } else if (network.hostBitsSet) {
        problems.push(
          `${where}: ${line} has host bits set — did you mean ${network.address}/${network.prefix}?`,
        );
      }
    });
    return problems.length > 0 ? problems.join(' ') : null;
  };
}

/** Interface name list (one per line), each obeying the interface name check. */
export const interfaceListCheck: FieldCheck = (value, label) => {
  const problems = listLines(value)
    .map((line) => interfaceNameCheck(line, `${label} (${printable(line)})`))
    .filter((problem): problem is string => problem !== null);
  return problems.length > 0 ? problems.join(' ') : null;
};

/** Windows connection name: letters, digits, spaces and _ . - ( ); it lands in scripts and handouts. */
export const connectionNameCheck: FieldCheck = (value, label) => {
  if (value.trim() === '') return `${label} is required.`;
  if (!/^[A-Za-z0-9 _.()-]+$/.test(value) || value.length > LIMITS.connectionNameMax) {
    return `${label}: use 1–${LIMITS.connectionNameMax} letters, digits, spaces, '_', '.', '-' or parentheses.`;
  }
  return null;
};

/**
 * Shortens and neutralises a user value for quoting it inside a message: letters of any script stay
 * as typed; control characters show as their symbol (a tab as ␉), and invisible or reordering
 * characters (zero-width, bidi overrides, line separators) as �, never as themselves. Not '?',
 * which would put a character the user never typed into a message that may forbid it.
 */
export function printable(value: string): string {
  const clean = value
    // eslint-disable-next-line no-control-regex -- matching control characters is the point here
    .replace(/[\x00-\x1F\x7F]/g, (c) =>
      String.fromCharCode(c === '\x7F' ? 0x2421 : 0x2400 + c.charCodeAt(0)),
    )
    .replace(/[\p{C}\p{Zl}\p{Zp}]/gu, '\uFFFD');
  const characters = [...clean];
  return characters.length > 40 ? `${characters.slice(0, 40).join('')}…` : clean;
}
