import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../domain/answers';
import { ciscoExample, defaultAnswers } from '../../domain/defaults';
import { appleProfile, profileIdentifier } from './apple-profile';
import { appleProfileInstallNotes } from './apple-profile-notes';
import { parsePlist, type Parsed } from './testing/plist-parse';

const FIXTURES = new URL('./fixtures/', import.meta.url);

/** Deterministic UUIDs for golden files: …-000000000001, …-000000000002, in call order. */
const counter = () => {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};

function splitExample(): Answers {
  const answers = ciscoExample();
  answers.ipsecSettings.splitTunnel = true;
  answers.ipsecSettings.splitNetworks = '10.10.0.0/16';
  return answers;
}

const profileOf = (answers: Answers, userName?: string) =>
  parsePlist(appleProfile(answers, { uuid: counter(), userName })) as Record<string, Parsed>;
const vpnOf = (profile: Record<string, Parsed>) =>
  (profile.PayloadContent as Record<string, Parsed>[])[0] as Record<string, Parsed>;
const fromBase64 = (data: Parsed) =>
  Buffer.from((data as { data: string }).data, 'base64').toString('utf8');

/**
 * Golden files, reviewed line by line. Update deliberately with
 * `npx vitest run src/render/clients -u` and review the diff.
 */
describe('appleProfile golden files', () => {
  const scenarios: [string, () => Answers][] = [
    ['cisco', ciscoExample],
    ['split', splitExample],
  ];
  it.each(scenarios)('%s.mobileconfig', async (name, answers) => {
    const expected = new URL(`${name}.mobileconfig`, FIXTURES);
    expect(existsSync(expected), `missing ${expected.pathname}`).toBe(true);
    await expect(appleProfile(answers(), { uuid: counter() })).toMatchFileSnapshot(
      expected.pathname,
    );
  });
});

describe('appleProfile parsed back as a property list', () => {
  const profile = profileOf(ciscoExample());
  const vpn = vpnOf(profile);

  const topLevel: [string, Parsed][] = [
    ['PayloadType', 'Configuration'],
    ['PayloadVersion', 1],
    ['PayloadIdentifier', 'l2tp-vpn.172-16-1-2.l2tp-vpn'],
    ['PayloadUUID', '00000000-0000-4000-8000-000000000002'],
    ['PayloadDisplayName', 'L2TP VPN'],
    ['PayloadRemovalDisallowed', false],
  ];
  it.each(topLevel)('top level %s', (key, want) => expect(profile[key]).toEqual(want));

  it('has exactly one payload', () => {
    expect(profile.PayloadContent).toHaveLength(1);
  });

  const payload: [string, Parsed][] = [
    ['PayloadType', 'com.apple.vpn.managed'],
    ['PayloadVersion', 1],
    ['PayloadIdentifier', 'l2tp-vpn.172-16-1-2.l2tp-vpn.vpn'],
    ['PayloadUUID', '00000000-0000-4000-8000-000000000001'],
    ['UserDefinedName', 'L2TP VPN'],
    ['VPNType', 'L2TP'],
    ['PPP', { CommRemoteAddress: '172.16.1.2' }],
    ['IPv4', { OverridePrimary: 1 }],
  ];
  it.each(payload)('VPN payload %s', (key, want) => expect(vpn[key]).toEqual(want));

  it('IPSec: shared secret authentication with the key as base64 data', () => {
    const ipsec = vpn.IPSec as Record<string, Parsed>;
    expect(Object.keys(ipsec).sort()).toEqual([
      'AuthenticationMethod',
      'LocalIdentifierType',
      'SharedSecret',
    ]);
    expect(ipsec.AuthenticationMethod).toBe('SharedSecret');
    expect(ipsec.LocalIdentifierType).toBe('KeyID');
    expect(fromBase64(ipsec.SharedSecret as Parsed)).toBe('C!sc0@123');
  });

  it('split tunnel sets OverridePrimary 0', () => {
    expect(vpnOf(profileOf(splitExample())).IPv4).toEqual({ OverridePrimary: 0 });
  });

  it('a withheld key leaves SharedSecret out and the key nowhere', () => {
    const answers = ciscoExample();
    answers.clientOptions.includeKeyInHandout = false;
    const xml = appleProfile(answers, { uuid: counter() });
    expect(Object.keys(vpnOf(profileOf(answers)).IPSec as object)).not.toContain('SharedSecret');
    expect(xml).not.toContain('C!sc0@123');
    expect(xml).not.toContain('QyFzYzBAMTIz');
  });

  it('a user name fills AuthName, and there is never an AuthPassword', () => {
    const ppp = vpnOf(profileOf(ciscoExample(), 'alice')).PPP as Record<string, Parsed>;
    expect(ppp).toEqual({ CommRemoteAddress: '172.16.1.2', AuthName: 'alice' });
    expect(appleProfile(ciscoExample(), { userName: 'alice' })).not.toContain('AuthPassword');
    expect(appleProfile(ciscoExample(), { userName: 'alice' })).not.toContain('>test<');
  });
});

describe('appleProfile UUIDs and identifier', () => {
  it('uses fresh upper-case v4 UUIDs on every call by default', () => {
    const uuids = (xml: string) =>
      [...xml.matchAll(/<key>PayloadUUID<\/key>\s*<string>([^<]*)<\/string>/g)].map((m) => m[1]);
    const first = uuids(appleProfile(ciscoExample()));
    const second = uuids(appleProfile(ciscoExample()));
    expect(first).toHaveLength(2);
    for (const uuid of [...first, ...second]) {
      expect(uuid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    }
    expect(new Set([...first, ...second]).size).toBe(4);
  });

  const identifiers: [string, string, string][] = [
    ['vpn.example.com', 'Corp VPN', 'l2tp-vpn.vpn-example-com.corp-vpn'],
    ['', '', 'l2tp-vpn.server.vpn'],
    ['<x>', "Bob's *VPN*", 'l2tp-vpn.x.bob-s-vpn'],
  ];
  it.each(identifiers)('identifier for %j / %j', (server, name, want) => {
    const answers = ciscoExample();
    answers.tunnelInterface.publicAddress = server;
    answers.clientOptions.connectionName = name;
    expect(profileIdentifier(answers)).toBe(want);
  });
});

describe('appleProfile escaping', () => {
  const hostile: [string, (a: Answers) => void, string, string][] = [
    [
      'XML in the connection name',
      (a) => (a.clientOptions.connectionName = '</string><key>VPNType</key><string>IPSec & co'),
      'UserDefinedName',
      '</string><key>VPNType</key><string>IPSec & co',
    ],
    [
      'control characters become U+FFFD',
      (a) => (a.clientOptions.connectionName = 'a\u0000b\u001bc\uFFFEd'),
      'UserDefinedName',
      'a\uFFFDb\uFFFDc\uFFFDd',
    ],
    [
      'a CR survives',
      (a) => (a.clientOptions.connectionName = 'a\r\nb'),
      'UserDefinedName',
      'a\r\nb',
    ],
  ];
  it.each(hostile)('%s', (_name, change, key, want) => {
    const answers = ciscoExample();
    change(answers);
    expect(vpnOf(profileOf(answers))[key]).toBe(want);
  });

  it('any connection name, server and key give a valid plist that round-trips (500 runs)', () => {
    // Text XML can carry; the writer replaces the rest (tested above).
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    fc.assert(
      fc.property(text, text, text, (name, server, key) => {
        fc.pre(key !== '');
        const answers = ciscoExample();
        answers.clientOptions.connectionName = name;
        answers.tunnelInterface.publicAddress = server;
        answers.authMethod.preSharedKey = key;
        const vpn = vpnOf(profileOf(answers));
        const clean = (s: string) =>
          Array.from(s, (c) => {
            const code = c.codePointAt(0) ?? 0;
            const bad = (code < 0x20 && ![0x9, 0xa, 0xd].includes(code)) || code >= 0xfffe;
            return bad && code <= 0xffff ? '\uFFFD' : c;
          }).join('');
        expect(vpn.UserDefinedName).toBe(clean(name.trim()) || 'L2TP VPN');
        expect((vpn.PPP as Record<string, Parsed>).CommRemoteAddress).toBe(clean(server.trim()));
        expect(fromBase64((vpn.IPSec as Record<string, Parsed>).SharedSecret as Parsed)).toBe(key);
      }),
      { numRuns: 500 },
    );
  });
});

describe('plist parser (test helper) rejects what is not a plist', () => {
  const good = appleProfile(ciscoExample(), { uuid: counter() });
  const bad: [string, string][] = [
    ['unescaped ampersand', good.replace('L2TP VPN', 'A & B')],
    ['unknown tag', good.replace('<integer>1</integer>', '<real>1</real>')],
    ['no DOCTYPE', good.replace(/<!DOCTYPE[^>]*>\n/, '')],
    ['unclosed dict', good.replace('</dict>\n</plist>', '</plist>')],
  ];
  it.each(bad)('%s', (_name, xml) => expect(() => parsePlist(xml)).toThrow());
});

describe('appleProfileInstallNotes', () => {
  const text = (answers: Answers) =>
    appleProfileInstallNotes(answers)
      .flatMap((step) => [step.title, ...step.lines])
      .join('\n');

  const facts: [string, string][] = [
    ['Safari on iOS', 'Open l2tp-vpn.mobileconfig in Safari'],
    ['macOS profiles pane', 'System Settings → Privacy & Security → Profiles'],
    ['Unverified', 'Unverified'],
    ['iOS install path', 'Settings → General → VPN & Device Management'],
  ];
  it.each(facts)('mention %s', (_name, words) => expect(text(ciscoExample())).toContain(words));

  it('warn when the profile has no key, and only then', () => {
    expect(text(ciscoExample())).not.toContain('no pre-shared key');
    expect(text(defaultAnswers())).toContain('This profile has no pre-shared key');
  });
});
