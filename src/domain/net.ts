/**
 * IPv4 arithmetic shared by the validators and the generators: parsing dotted quads, masks and
 * network entries ("10.1.1.0/24" or "10.1.1.0 255.255.255.0"). Every function is total: bad input
 * gives null, never an exception.
 */

/** Dotted quad, four decimal octets 0–255, no leading zeros (A-IP). Returns the unsigned 32-bit value. */
export function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/** Prefix length of a contiguous mask (/1–/32); null for 0.0.0.0 or non-contiguous masks (A-MASK). */
export function maskToPrefix(mask: string): number | null {
  const value = parseIpv4(mask);
  if (value === null || value === 0) return null;
  const bits = value.toString(2).padStart(32, '0');
  return /^1+0*$/.test(bits) ? (bits.indexOf('0') === -1 ? 32 : bits.indexOf('0')) : null;
}

export function prefixToMaskValue(prefix: number): number {
  return prefix === 0 ? 0 : (2 ** 32 - 2 ** (32 - prefix)) >>> 0;
}

export function prefixToMask(prefix: number): string {
  return formatIpv4(prefixToMaskValue(prefix));
}

/** Bitwise AND of two unsigned 32-bit values, kept unsigned. */
export function and32(a: number, b: number): number {
  return (a & b) >>> 0;
}

export interface Ipv4Network {
  address: string;
  mask: string;
  prefix: number;
  /** First and last address of the network, as unsigned 32-bit values. */
  first: number;
  last: number;
  /** True when the address has host bits set for its mask (the ASA rejects such entries). */
  hostBitsSet: boolean;
}

/**
 * One network entry: CIDR (10.1.1.0/24) or address and mask separated by spaces
 * (10.1.1.0 255.255.255.0). Returns null when either part is malformed.
 */
export function parseNetwork(entry: string): Ipv4Network | null {
  const text = entry.trim();
  const cidr = /^([0-9.]+)\/([0-9]{1,2})$/.exec(text);
  const spaced = /^([0-9.]+) +([0-9.]+)$/.exec(text);
  let addressText: string;
  let prefix: number | null;
  if (cidr) {
    addressText = cidr[1] ?? '';
    const length = Number(cidr[2]);
    prefix = /^(0|[1-9][0-9]?)$/.test(cidr[2] ?? '') && length >= 1 && length <= 32 ? length : null;
  } else if (spaced) {
    addressText = spaced[1] ?? '';
    prefix = maskToPrefix(spaced[2] ?? '');
  } else {
    return null;
  }
  const address = parseIpv4(addressText);
  if (address === null || prefix === null) return null;
  const maskValue = prefixToMaskValue(prefix);
  const first = and32(address, maskValue);
  const last = (first + 2 ** (32 - prefix) - 1) >>> 0;
  return {
    address: formatIpv4(first),
    mask: formatIpv4(maskValue),
    prefix,
    first,
    last,
    hostBitsSet: first !== address,
  };
}

/** The non-empty, trimmed lines of a textarea value. */
export function listLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** True when the two inclusive ranges share at least one address. */
export function rangesOverlap(
  a: { first: number; last: number },
  b: { first: number; last: number },
) {
  return a.first <= b.last && b.first <= a.last;
}
