/**
 * Everything that differs between the ASA versions the wizard targets (reference.md §3.1), in one
 * place. The section builders ask the dialect for keywords and never compare versions themselves.
 */
import type { AsaVersion } from '../../domain/options';
import { ASA_VERSIONS } from '../../domain/options';

/** How VPN traffic is exempted from NAT. */
export type NatExemptionStyle =
  /** 8.4(2)+ twice NAT; `route-lookup` is believed to have arrived in 8.4(2) [K]. */
  | 'twice-nat-route-lookup'
  /** 8.3: twice NAT without `route-lookup` [K]. */
  | 'twice-nat'
  /** 8.2 and earlier: an ACL plus `nat (IN) 0 access-list` (no network objects exist). */
  | 'nat0-acl';

export interface Dialect {
  version: AsaVersion;
  /** The version as the wizard labels it, for the header. */
  label: string;
  /** `crypto ikev1 policy P` / `crypto isakmp policy P` */
  ikePolicy: readonly string[];
  /** `crypto ikev1 enable IF` / `crypto isakmp enable IF` */
  ikeEnable: readonly string[];
  /** `crypto ipsec ikev1 transform-set T …` / `crypto ipsec transform-set T …` */
  transformSet: readonly string[];
  /** `crypto dynamic-map D S set ikev1 transform-set T` / `… set transform-set T` */
  dynamicMapTransformSet: readonly string[];
  /** tunnel-group ipsec-attributes: ` ikev1 pre-shared-key K` / ` pre-shared-key K` */
  preSharedKey: readonly string[];
  /** tunnel-group ipsec-attributes: ` ikev1 trust-point TP` / ` trust-point TP` [K] */
  trustpoint: readonly string[];
  natExemption: NatExemptionStyle;
  /** `object network` exists from 8.3 on; 8.2 hairpin uses `global`/`nat` instead. */
  hasNetworkObjects: boolean;
}

const IKEV1_KEYWORDS = {
  ikePolicy: ['crypto', 'ikev1', 'policy'],
  ikeEnable: ['crypto', 'ikev1', 'enable'],
  transformSet: ['crypto', 'ipsec', 'ikev1', 'transform-set'],
  dynamicMapTransformSet: ['set', 'ikev1', 'transform-set'],
  preSharedKey: ['ikev1', 'pre-shared-key'],
  trustpoint: ['ikev1', 'trust-point'],
} as const;

/** Before 8.4(1) IKEv1 was the only IKE, so its commands carry no `ikev1` keyword. */
const ISAKMP_KEYWORDS = {
  ikePolicy: ['crypto', 'isakmp', 'policy'],
  ikeEnable: ['crypto', 'isakmp', 'enable'],
  transformSet: ['crypto', 'ipsec', 'transform-set'],
  dynamicMapTransformSet: ['set', 'transform-set'],
  preSharedKey: ['pre-shared-key'],
  trustpoint: ['trust-point'],
} as const;

function labelOf(version: AsaVersion): string {
  return ASA_VERSIONS.find(([value]) => value === version)?.[1] ?? version;
}

export const DIALECTS: Record<AsaVersion, Dialect> = {
  '8.4-or-later': {
    version: '8.4-or-later',
    label: labelOf('8.4-or-later'),
    ...IKEV1_KEYWORDS,
    natExemption: 'twice-nat-route-lookup',
    hasNetworkObjects: true,
  },
  '8.3': {
    version: '8.3',
    label: labelOf('8.3'),
    ...ISAKMP_KEYWORDS,
    natExemption: 'twice-nat',
    hasNetworkObjects: true,
  },
  '8.2-or-earlier': {
    version: '8.2-or-earlier',
    label: labelOf('8.2-or-earlier'),
    ...ISAKMP_KEYWORDS,
    natExemption: 'nat0-acl',
    hasNetworkObjects: false,
  },
};

/** The dialect of a version; an unknown value (a hand-edited file) falls back to 8.4 or later. */
export function dialectFor(version: unknown): Dialect {
  return typeof version === 'string' && Object.hasOwn(DIALECTS, version)
    ? DIALECTS[version as AsaVersion]
    : DIALECTS['8.4-or-later'];
}
