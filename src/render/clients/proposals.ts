/**
 * The ASA's IKE policy (step 8) and transform set (step 9) as strongSwan/NetworkManager-l2tp
 * proposals, e.g. 3des-sha1-modp1024 and 3des-sha1 (reference.md §6, Linux rows). The ASA accepts
 * only what it is configured for, so the client proposes exactly that.
 */
import type { Answers } from '../../domain/answers';

const IKE_ENCRYPTION: Record<string, string> = {
  des: 'des',
  '3des': '3des',
  aes: 'aes128',
  'aes-192': 'aes192',
  'aes-256': 'aes256',
};
const HASH: Record<string, string> = { sha: 'sha1', md5: 'md5' };
/** MODP groups by number; group 7 (EC2N) has no strongSwan name, so it maps to nothing. */
const DH_GROUP: Record<string, string> = {
  '1': 'modp768',
  '2': 'modp1024',
  '5': 'modp1536',
  '14': 'modp2048',
};
const ESP_ENCRYPTION: Record<string, string> = {
  'esp-des': 'des',
  'esp-3des': '3des',
  'esp-aes': 'aes128',
  'esp-aes-192': 'aes192',
  'esp-aes-256': 'aes256',
  'esp-null': 'null',
};
const ESP_INTEGRITY: Record<string, string> = { 'esp-sha-hmac': 'sha1', 'esp-md5-hmac': 'md5' };

const lookup = (table: Record<string, string>, key: unknown): string | null =>
  typeof key === 'string' && Object.hasOwn(table, key) ? (table[key] ?? null) : null;

/** Phase 1, e.g. '3des-sha1-modp1024'; null when a part has no strongSwan equivalent. */
export function ikeProposal(answers: Answers): string | null {
  const parts = [
    lookup(IKE_ENCRYPTION, answers.ikePolicy?.encryption),
    lookup(HASH, answers.ikePolicy?.hash),
    lookup(DH_GROUP, answers.ikePolicy?.dhGroup),
  ];
  return parts.every((part) => part !== null) ? parts.join('-') : null;
}

/**
 * Phase 2, e.g. '3des-sha1'; esp-none adds no integrity part. With PFS on, the PFS group is
 * appended (strongSwan's way of asking for PFS). null when the encryption is unknown.
 */
export function espProposal(answers: Answers): string | null {
  const encryption = lookup(ESP_ENCRYPTION, answers.transformSet?.espEncryption);
  if (encryption === null) return null;
  const parts = [encryption];
  const integrity = lookup(ESP_INTEGRITY, answers.transformSet?.espAuthentication);
  if (integrity !== null) parts.push(integrity);
  if (answers.ipsecSettings?.pfs === true) {
    const group = lookup(DH_GROUP, answers.ipsecSettings.pfsGroup);
    if (group !== null) parts.push(group);
  }
  return parts.join('-');
}
