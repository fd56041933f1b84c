/**
 * The native L2TP/IPsec client platforms (reference.md §5–§6) and what each can negotiate, for the
 * consistency check and the handouts. Tags as in reference.md: [V] checked, [T] third-party,
 * [K] believed.
 */
import type { PppType } from './options';
/** The client platforms of the handout, as [id, label]; the UI's select adds "All platforms". */
export const CLIENT_PLATFORMS = [
  ['windows-10-11', 'Windows 10/11'],
  ['windows-8', 'Windows 8/8.1'],
  ['macos', 'macOS'],
  ['ios', 'iOS/iPadOS'],
  ['android', 'Android'],
  ['chromeos', 'ChromeOS'],
  ['linux', 'Linux'],
] as const;
export type ClientPlatform = (typeof CLIENT_PLATFORMS)[number][0];

export const ALL_PLATFORMS = CLIENT_PLATFORMS.map(([id]) => id);
export const WINDOWS: ClientPlatform[] = ['windows-10-11', 'windows-8'];
export const APPLE: ClientPlatform[] = ['macos', 'ios'];

/**
 * PPP types each client can sign in with. Windows: the boxes of §5.1 #7 plus EAP [V]. Apple: MS-CHAP
 * v2 passwords [V, support.apple.com/guide/deployment/depae3d361d0]. Linux pppd has refuse-pap,
 * -chap, -mschap, -mschap-v2 and -eap, so it can use all five [V man pppd]; Android's and
 * ChromeOS's pppd are believed to offer PAP, CHAP and MS-CHAP v2 [K].
 */
export const PPP_BY_PLATFORM: Record<ClientPlatform, readonly PppType[]> = {
  'windows-10-11': ['pap', 'chap', 'msChapV2', 'eapProxy'],
  'windows-8': ['pap', 'chap', 'msChapV2', 'eapProxy'],
  macos: ['msChapV2'],
  ios: ['msChapV2'],
  android: ['pap', 'chap', 'msChapV2'],
  chromeos: ['pap', 'chap', 'msChapV2'],
  linux: ['pap', 'chap', 'msChapV1', 'msChapV2', 'eapProxy'],
};

/**
 * What Windows 10 and Apple clients propose in IKEv1 main and quick mode: AES-256/AES-128/3DES
 * with SHA (SHA-1 or SHA-256) and DH group 2, 5 or 14 [T, NetworkManager-l2tp README, which merges
 * their proposals]. Android 11 and earlier propose DH group 2 only [T].
 */
export const COMMON_IKE = {
  encryption: ['3des', 'aes', 'aes-256'],
  hash: ['sha'],
  dh: ['2', '5', '14'],
};
export const COMMON_ESP = {
  encryption: ['esp-3des', 'esp-aes', 'esp-aes-256'],
  auth: ['esp-sha-hmac'],
};

export function platformLabel(platform: ClientPlatform): string {
  return CLIENT_PLATFORMS.find(([id]) => id === platform)?.[1] ?? platform;
}

/** "A, B and C", in English (the handout's text); the UI words lists with andList (rules/list-message.ts). */
export function listOf(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
