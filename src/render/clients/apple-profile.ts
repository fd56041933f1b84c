/**
 * appleProfile(answers) → l2tp-vpn.mobileconfig: an unsigned configuration profile with one
 * com.apple.vpn.managed payload of VPNType L2TP (reference.md §6). Keys are those of Apple's schema
 * [V, github.com/apple/device-management mdm/profiles/com.apple.vpn.managed.yaml]: PPP
 * CommRemoteAddress/AuthName, IPSec AuthenticationMethod/LocalIdentifierType/SharedSecret (data),
 * IPv4 OverridePrimary. PPP AuthPassword is never written: no password goes into a file.
 */
import type { Answers } from '../../domain/answers';
import { utf8Base64 } from './base64';
import { checklistFacts } from '../windows/checklist';
import { PlistData, plistXml, type PlistValue } from './plist';
import { randomUuid } from './uuid';

export const APPLE_PROFILE_FILE_NAME = 'l2tp-vpn.mobileconfig';

export interface AppleProfileOptions {
  /** Pre-fills the account (PPP AuthName) for one user; never a password. */
  userName?: string;
  /** Fresh UUIDs on every call by default; tests inject a deterministic source. */
  uuid?: () => string;
}

/** Lower-case letters, digits and dashes, for the reverse-DNS style identifier. */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

/**
 * The identifier stays the same for the same server and connection, so installing a newer profile
 * replaces the old one instead of adding a second VPN; the UUIDs change on every download.
 */
export function profileIdentifier(answers: Answers): string {
  const facts = checklistFacts(answers);
  return [
    'l2tp-vpn',
    slug(facts.serverAddress) || 'server',
    slug(facts.connectionName) || 'vpn',
  ].join('.');
}

export function appleProfile(answers: Answers, options: AppleProfileOptions = {}): string {
  const uuid = options.uuid ?? randomUuid;
  const facts = checklistFacts(answers);
  const name = facts.connectionName || 'L2TP VPN';
  const identifier = profileIdentifier(answers);
  const ppp: Record<string, PlistValue> = { CommRemoteAddress: facts.serverAddress };
  const userName = options.userName?.trim() ?? '';
  if (userName !== '') ppp.AuthName = userName;
  const ipsec: Record<string, PlistValue> = {
    AuthenticationMethod: 'SharedSecret',
    LocalIdentifierType: 'KeyID',
  };
  // Withheld or empty key: no SharedSecret at all rather than a wrong one.
  if (facts.preSharedKey !== null)
    ipsec.SharedSecret = new PlistData(utf8Base64(facts.preSharedKey));
  const vpn: Record<string, PlistValue> = {
    IPSec: ipsec,
    IPv4: { OverridePrimary: facts.splitTunnel === null ? 1 : 0 },
    PPP: ppp,
    PayloadDescription: 'Configures the L2TP/IPsec VPN connection.',
    PayloadDisplayName: 'VPN',
    PayloadIdentifier: `${identifier}.vpn`,
    PayloadType: 'com.apple.vpn.managed',
    PayloadUUID: uuid(),
    PayloadVersion: 1,
    UserDefinedName: name,
    VPNType: 'L2TP',
  };
  return plistXml({
    PayloadContent: [vpn],
    PayloadDescription: `Adds the VPN connection "${name}" (L2TP over IPsec).`,
    PayloadDisplayName: name,
    PayloadIdentifier: identifier,
    PayloadRemovalDisallowed: false,
    PayloadType: 'Configuration',
    PayloadUUID: uuid(),
    PayloadVersion: 1,
  });
}
