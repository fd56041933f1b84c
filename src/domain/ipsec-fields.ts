/**
 * Step 11's features and the fields and names each one uses. One place decides what is in use, so
 * the step shows, the schema and rules check, and the generator emits exactly the same fields: a
 * field of a feature that is off is hidden and never blocks Next.
 */
import type { Answers } from './answers';

type IpsecSettings = Answers['ipsecSettings'];

export type IpsecField =
  | 'natInsideInterface'
  | 'exemptNetworks'
  | 'poolObjectName'
  | 'splitNetworks'
  | 'splitAclName'
  | 'interceptDhcpNetmask';

/** Hairpin only makes sense for full-tunnel clients (reference.md §2 step 11). */
export const hairpinApplies = (s: Pick<IpsecSettings, 'hairpin' | 'splitTunnel'>): boolean =>
  s.hairpin && !s.splitTunnel;

/** The pool's network object serves NAT exemption and the hairpin's NAT rule. */
export const poolObjectUsed = (
  s: Pick<IpsecSettings, 'natExempt' | 'hairpin' | 'splitTunnel'>,
): boolean => s.natExempt || hairpinApplies(s);

export function ipsecFieldsInUse(s: IpsecSettings): IpsecField[] {
  const fields: IpsecField[] = [];
  if (s.natExempt) fields.push('natInsideInterface', 'exemptNetworks');
  if (poolObjectUsed(s)) fields.push('poolObjectName');
  if (s.splitTunnel) fields.push('splitNetworks', 'splitAclName');
  if (s.splitTunnel && s.interceptDhcp) fields.push('interceptDhcpNetmask');
  return fields;
}

/** Prefix of the object the generator names after each exempt network, as ASDM does [K]. */
export const EXEMPT_OBJECT_PREFIX = 'NETWORK_OBJ_';

export const exemptObjectName = (address: string, prefix: number): string =>
  `${EXEMPT_OBJECT_PREFIX}${address}_${prefix}`;

/** The 8.2 NAT exemption ACL, named as ASDM names it. */
export const nat0AclName = (insideInterface: string): string => `${insideInterface}_nat0_outbound`;
