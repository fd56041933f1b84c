/**
 * Every enumeration the wizard offers, as [value, option label] pairs. The option labels are the
 * ASA keywords of reference.md §2, so a network engineer recognises them in the <select>; a keyword
 * reads the same in every language. A descriptive label ("8.4 or later") is English: its row adds
 * the label as a catalogue message, the text every language shows (see optionText).
 * Values are what the answers file stores and what the generators switch on.
 */
import { isMsg, msg, type Msg } from '../i18n/catalogue';

export const ASA_VERSIONS = [
  ['8.4-or-later', '8.4 or later', msg('option.asaVersion.v84OrLater')],
  ['8.3', '8.3'],
  ['8.2-or-earlier', '8.2 or earlier', msg('option.asaVersion.v82OrEarlier')],
] as const;
export type AsaVersion = (typeof ASA_VERSIONS)[number][0];

export const AUTH_METHODS = [
  ['pre-shared-key', 'Authenticate with a pre-shared key', msg('option.authMethod.preSharedKey')],
  ['certificate', 'Authenticate with a certificate', msg('option.authMethod.certificate')],
] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number][0];

export const USER_DATABASES = [
  ['local', 'Authenticate using the local user database', msg('option.userDatabase.local')],
  ['aaa', 'Authenticate using an AAA server group', msg('option.userDatabase.aaa')],
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

/** A [value, English label, ...] table; a descriptive label's row ends with its message. */
export type OptionTable = readonly (readonly [string, string, ...unknown[]])[];

/**
 * The English label of a value in a [value, label, ...] table (the value itself if it is not
 * listed): the command line's and the configuration's text. Screens use optionText.
 */
export const optionLabel = (table: OptionTable, value: string): string =>
  table.find(([key]) => key === value)?.[1] ?? value;

/**
 * The text of a value in a table, for screens: the message of a descriptive label (shown in the
 * current language), else the keyword itself (the value if it is not listed).
 */
export function optionText(table: OptionTable, value: string): Msg | string {
  const row = table.find(([key]) => key === value);
  if (!row) return value;
  const message = row[2];
  return isMsg(message) ? message : row[1];
}

/** The [value, text] pairs of a table for a <select> or radio group, texts as optionText gives them. */
export const optionsOf = (table: OptionTable): [string, Msg | string][] =>
  table.map(([value]) => [value, optionText(table, value)]);

/** The values of a [value, label, ...] table, as a non-empty tuple for z.enum. */
export function valuesOf<const T extends readonly (readonly [string, ...unknown[]])[]>(
  table: T,
): [T[number][0], ...T[number][0][]] {
  return table.map((row) => row[0]) as [T[number][0], ...T[number][0][]];
}
