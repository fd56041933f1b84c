/**
 * Every numeric limit used by validation, in one place. Tags from reference.md: [V] checked in a public
 * Cisco source; [K] believed but unverified — such limits only raise warnings unless product policy
 * (reference.md §4) makes them hard.
 */
export const LIMITS = {
  /** N-GEN: object names; product policy (the ASA's own 64 is [K]). */
  nameMax: 64,
  /** N-IF: interface names are usually at most 48 characters [K] → warning; 64 is the hard policy cap. */
  interfaceNameWarn: 48,
  interfaceNameMax: 64,
  /** K-PSK: 1–128 [V]. */
  pskMax: 128,
  /** W-PSKLEN: policy. */
  pskRecommended: 16,
  /** U-NAME: 4–64 [V 8.4/9.0]; 3-character names may work on some releases [K] → warning below 4. */
  usernameMax: 64,
  usernameRecommendedMin: 4,
  /** U-PW: 3–32 [V]; up to 127 from 9.6(1) [K]. */
  passwordMin: 3,
  passwordClassicMax: 32,
  passwordMax: 127,
  /** W-PWLEN: Cisco recommends at least 8 [V]. */
  passwordRecommended: 8,
  /** K-AAAKEY: 127 [K] → warning; 256 is a policy cap so pasted junk is refused. */
  aaaKeyWarn: 127,
  aaaKeyMax: 256,
  /** A-DOMAIN: 63 [K] → warning; A-FQDN's 253 is the hard limit. */
  domainWarn: 63,
  fqdnMax: 253,
  /** I-PRIO [V]; S-SEQ [K]. */
  priorityMin: 1,
  priorityMax: 65535,
  sequenceMin: 1,
  sequenceMax: 65535,
  /** I-LIFE / I-SALIFE: 120–2147483647 [V FTD, K ASA]. */
  lifetimeMin: 120,
  lifetimeMax: 2147483647,
  /** W-SA300: Windows uses 300 s when offered less [V]. */
  windowsMinSaLifetime: 300,
  /** Numbers longer than this are refused outright (no ASA value has more digits). */
  numberMaxDigits: 10,
  /** Connection name shown in Windows; policy. */
  connectionNameMax: 64,
} as const;
