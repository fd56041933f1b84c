/**
 * Field-level checks: each takes the typed text and the field's label (a message: labelOf(path), or
 * a label built from one, such as a user's "Password of user 2") and returns an error message
 * naming the field, or null. Messages are catalogue messages (src/i18n/en/validation.ts), so they
 * are shown in the language chosen. Shared by the step schemas so that one rule has one message.
 */
import { msg, type Msg } from '../i18n/catalogue';
import { LIMITS } from './limits';
import { parseIpv4, maskToPrefix, parseNetwork, listLines } from './net';

export type FieldCheck = (value: string, label: Msg) => Msg | null;

/** Several problems of one field as one message, in order. */
export function joinMessages(problems: readonly Msg[]): Msg | null {
  return problems.reduceRight<Msg | null>(
    (next, first) => (next ? msg('validation.list.more', { first, next }) : first),
    null,
  );
}

const PRINTABLE_TOKEN = /^[\x21-\x7E]*$/;

/** TOK: printable ASCII without whitespace or '?'. */
export const tokenCheck: FieldCheck = (value, label) => {
  if (/[\s?]/.test(value)) {
    return msg('validation.token.spaces', { label });
  }
  if (!PRINTABLE_TOKEN.test(value)) {
    return msg('validation.token.printable', { label });
  }
  return null;
};

export function required(check: FieldCheck): FieldCheck {
  return (value, label) =>
    value.trim() === '' ? msg('validation.required', { label }) : check(value, label);
}

/** An empty value is accepted; anything else must pass the check. */
export function optional(check: FieldCheck): FieldCheck {
  return (value, label) => (value === '' ? null : check(value, label));
}

/** N-GEN: 1–64 letters, digits, '_', '.' or '-'. */
export const nameCheck: FieldCheck = (value, label) => {
  if (value === '') return msg('validation.required', { label });
  const token = tokenCheck(value, label);
  if (token) return token;
  if (!/^[A-Za-z0-9_.-]+$/.test(value) || value.length > LIMITS.nameMax) {
    return msg('validation.name.charset', { label, max: LIMITS.nameMax });
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
    ? msg('validation.name.reserved', { label, value })
    : null);

/** N-IF charset (the 48-character length is only a warning, see the rules). */
export const interfaceNameCheck: FieldCheck = (value, label) => {
  if (value === '') return msg('validation.required', { label });
  const token = tokenCheck(value, label);
  if (token) return token;
  if (!/^[A-Za-z0-9_.-]+$/.test(value) || value.length > LIMITS.interfaceNameMax) {
    return msg('validation.interfaceName.charset', { label, max: LIMITS.interfaceNameMax });
  }
  return null;
};

/** Secrets and other free tokens: TOK plus a maximum length. */
export function secretCheck(max: number): FieldCheck {
  return (value, label) => {
    if (value === '') return msg('validation.required', { label });
    return (
      tokenCheck(value, label) ??
      (value.length > max ? msg('validation.secret.length', { label, max }) : null)
    );
  };
}

/** A-HOSTADDR: A-IP, and not 0.0.0.0, 255.255.255.255, 127/8, 224/4 or 240/4. */
export const hostAddressCheck: FieldCheck = (value, label) => {
  const ip = parseIpv4(value);
  if (ip === null) return msg('validation.hostAddress.format', { label });
  const first = Math.floor(ip / 2 ** 24);
  if (first === 0 || first === 127 || first >= 224) {
    return msg('validation.hostAddress.unusable', { label, value });
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
  return ok ? null : msg('validation.hostName.format', { label, example: 'vpn.example.com' });
};

/** Server address for clients: an IPv4 host address or a DNS name. */
export const hostAddressOrNameCheck: FieldCheck = (value, label) => {
  if (value === '') return msg('validation.required', { label });
  if (/^[0-9.]+$/.test(value)) return hostAddressCheck(value, label);
  return hostNameCheck(value, label);
};

/** A-DOMAIN format (the 63-character ASA limit is a warning). */
export const domainCheck: FieldCheck = (value, label) => {
  const labels = value.split('.');
  const ok =
    value.length <= LIMITS.fqdnMax &&
    labels.every((part) => /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(part));
  return ok ? null : msg('validation.domain.format', { label });
};

/** A-MASK: contiguous ones, not 0.0.0.0. */
export const maskCheck: FieldCheck = (value, label) => {
  if (parseIpv4(value) === null) return msg('validation.mask.format', { label });
  return maskToPrefix(value) === null ? msg('validation.mask.contiguous', { label, value }) : null;
};

/** A whole number within [min, max]; hard error outside (I-PRIO). */
export function integerCheck(min: number, max: number): FieldCheck {
  return (value, label) => {
    if (!isWholeNumber(value) || Number(value) < min || Number(value) > max) {
      return msg('validation.integer.range', { label, min, max });
    }
    return null;
  };
}

/** A whole number of at most 10 digits; ranges are checked as warnings by the rules ([K] limits). */
export const wholeNumberCheck: FieldCheck = (value, label) =>
  isWholeNumber(value)
    ? null
    : msg('validation.integer.digits', { label, digits: LIMITS.numberMaxDigits });

export function isWholeNumber(value: string): boolean {
  return new RegExp(`^[0-9]{1,${LIMITS.numberMaxDigits}}$`).test(value);
}

/**
 * A-NET for a list field: every line must be CIDR or "address mask" with no host bits set.
 * `allowAny` accepts the keyword any (exempt networks). Messages name the field and the line.
 */
export function networkListCheck(allowAny: boolean): FieldCheck {
  return (value, label) => {
    const problems: Msg[] = [];
    value.split(/\r\n|\r|\n/).forEach((raw, index) => {
      const text = raw.trim();
      if (text === '') return;
      if (allowAny && text.toLowerCase() === 'any') return;
      const line = index + 1;
      const network = parseNetwork(text);
      if (!network) {
        problems.push(
          msg(allowAny ? 'validation.network.invalidOrAny' : 'validation.network.invalid', {
            label,
            line,
            text: printable(text),
          }),
        );
      } else if (network.hostBitsSet) {
        problems.push(
          msg('validation.network.hostBits', {
            label,
            line,
            text,
            network: `${network.address}/${network.prefix}`,
          }),
        );
      }
    });
    return joinMessages(problems);
  };
}

/** Interface name list (one per line), each obeying the interface name check. */
export const interfaceListCheck: FieldCheck = (value, label) => {
  const problems = listLines(value)
    .map((line) =>
      interfaceNameCheck(
        line,
        msg('validation.interfaceList.entry', { label, entry: printable(line) }),
      ),
    )
    .filter((problem): problem is Msg => problem !== null);
  return joinMessages(problems);
};

/** Windows connection name: letters, digits, spaces and _ . - ( ); it lands in scripts and handouts. */
export const connectionNameCheck: FieldCheck = (value, label) => {
  if (value.trim() === '') return msg('validation.required', { label });
  if (!/^[A-Za-z0-9 _.()-]+$/.test(value) || value.length > LIMITS.connectionNameMax) {
    return msg('validation.connectionName.charset', { label, max: LIMITS.connectionNameMax });
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
