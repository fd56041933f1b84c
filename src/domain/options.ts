/**
 * Every enumeration the wizard offers, as [value, option label] pairs. The option labels are the
 * ASA keywords of reference.md §2, so a network engineer recognises them in the <select>.
 * Values are what the answers file stores and what the generators switch on.
 */

export const ASA_VERSIONS = [
  ['8.4-or-later', '8.4 or later'],
  ['8.3', '8.3'],
  ['8.2-or-earlier', '8.2 or earlier'],
] as const;
export type AsaVersion = (typeof ASA_VERSIONS)[number][0];

export const AUTH_METHODS = [
  ['pre-shared-key', 'Authenticate with a pre-shared key'],
  ['certificate', 'Authenticate with a certificate'],
] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number][0];

export const USER_DATABASES = [
  ['local', 'Authenticate using the local user database'],
  ['aaa', 'Authenticate using an AAA server group'],
] as const;
export type UserDatabase = (typeof USER_DATABASES)[number][0];

export const AAA_PROTOCOLS = [
  ['radius', 'RADIUS'],
  ['tacacs+', 'TACACS+'],
  ['ldap', 'LDAP'],
  ['nt', 'NT'],
  ['kerberos', 'Kerberos'],
  ['sdi', 'SDI'],
] as const;
export type AaaProtocol = (typeof AAA_PROTOCOLS)[number][0];

/** PPP authentication types: model key, checkbox label, ASA `authentication` keyword. */
export const PPP_TYPES = [
  ['pap', 'PAP', 'pap'],
  ['chap', 'CHAP', 'chap'],
  ['msChapV1', 'MS-CHAP-V1', 'ms-chap-v1'],
  ['msChapV2', 'MS-CHAP-V2', 'ms-chap-v2'],
  ['eapProxy', 'EAP-PROXY', 'eap-proxy'],
] as const;
export type PppType = (typeof PPP_TYPES)[number][0];

export const pppLabel = (type: PppType): string => optionLabel(PPP_TYPES, type);

export const IKE_ENCRYPTIONS = [
  ['des', 'des'],
  ['3des', '3des'],
  ['aes', 'aes'],
  ['aes-192', 'aes-192'],
  ['aes-256', 'aes-256'],
] as const;
export type IkeEncryption = (typeof IKE_ENCRYPTIONS)[number][0];

export const IKE_HASHES = [
  ['sha', 'sha'],
  ['md5', 'md5'],
] as const;
export type IkeHash = (typeof IKE_HASHES)[number][0];

/** IKEv1 DH groups. 14 exists on 8.4+, 7 on 8.0–8.3 only [K]; a mismatch is a warning (W-DEPR). */
export const DH_GROUPS = [
  ['1', '1'],
  ['2', '2'],
  ['5', '5'],
  ['7', '7'],
  ['14', '14'],
] as const;
export type DhGroup = (typeof DH_GROUPS)[number][0];

export const PFS_GROUPS = [
  ['1', '1'],
  ['2', '2'],
  ['5', '5'],
  ['14', '14'],
] as const;
export type PfsGroup = (typeof PFS_GROUPS)[number][0];

export const ESP_ENCRYPTIONS = [
  ['esp-des', 'esp-des'],
  ['esp-3des', 'esp-3des'],
  ['esp-aes', 'esp-aes'],
  ['esp-aes-192', 'esp-aes-192'],
  ['esp-aes-256', 'esp-aes-256'],
  ['esp-null', 'esp-null'],
] as const;
export type EspEncryption = (typeof ESP_ENCRYPTIONS)[number][0];

export const ESP_AUTHENTICATIONS = [
  ['esp-sha-hmac', 'esp-sha-hmac'],
  ['esp-md5-hmac', 'esp-md5-hmac'],
  ['esp-none', 'esp-none'],
] as const;
export type EspAuthentication = (typeof ESP_AUTHENTICATIONS)[number][0];

/** The label of a value in a [value, label, ...] table (the value itself if it is not listed). */
export const optionLabel = (
  table: readonly (readonly [string, string, ...string[]])[],
  value: string,
): string => table.find(([key]) => key === value)?.[1] ?? value;

/** The values of a [value, label, ...] table, as a non-empty tuple for z.enum. */
export function valuesOf<const T extends readonly (readonly [string, ...string[]])[]>(
  table: T,
): [T[number][0], ...T[number][0][]] {
  return table.map((row) => row[0]) as [T[number][0], ...T[number][0][]];
}
