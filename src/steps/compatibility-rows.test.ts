import { describe, expect, it } from 'vitest';
import { ciscoExample } from '../domain/defaults';
import { formatMessage } from '../i18n/catalogue';
import { english } from '../i18n/english';
import { ja } from '../i18n/ja';
import { compatibilityRows } from './compatibility-rows';

const rowById = (rows: ReturnType<typeof compatibilityRows>, id: string) =>
  rows.find((row) => row.id === id);

describe('compatibilityRows', () => {
  it('lists only the shared-NAT note for the Cisco example, with no step to edit', () => {
    const rows = compatibilityRows(ciscoExample());
    expect(rows.map((row) => row.id)).toEqual(['windows-shared-nat']);
    expect(rows[0]).toMatchObject({ severity: 'warning', step: null });
    expect(english(rows[0]!.severityLabel)).toBe('Warning');
    expect(english(rows[0]!.platforms)).toBe('Windows 10/11 and Windows 8/8.1');
  });

  it.each([
    [
      'PFS on',
      (a: ReturnType<typeof ciscoExample>) => {
        a.ipsecSettings.pfs = true;
      },
      'pfs-on',
      'warning',
      'ipsecSettings',
    ],
    [
      'no server address',
      (a: ReturnType<typeof ciscoExample>) => {
        a.tunnelInterface.publicAddress = '';
      },
      'no-server-address',
      'error',
      'tunnelInterface',
    ],
    [
      'ASA behind NAT',
      (a: ReturnType<typeof ciscoExample>) => {
        a.tunnelInterface.asaBehindNat = true;
      },
      'asa-behind-nat',
      'warning',
      'tunnelInterface',
    ],
    [
      'DH group 14',
      (a: ReturnType<typeof ciscoExample>) => {
        a.ikePolicy.dhGroup = '14';
      },
      'android-dh-group-2',
      'warning',
      'ikePolicy',
    ],
    [
      'only CHAP',
      (a: ReturnType<typeof ciscoExample>) => {
        a.remoteAccessClient.ppp = {
          pap: false,
          chap: true,
          msChapV1: false,
          msChapV2: false,
          eapProxy: false,
        };
      },
      'ppp-unusable',
      'warning',
      'remoteAccessClient',
    ],
  ] as const)('%s gives %s (%s) on step %s', (_name, change, id, severity, step) => {
    const answers = ciscoExample();
    change(answers);
    const row = rowById(compatibilityRows(answers), id);
    expect(row).toMatchObject({ severity, step });
    expect(english(row!.severityLabel)).toBe(severity === 'error' ? 'Error' : 'Warning');
    expect(english(row!.message).length).toBeGreaterThan(20);
  });

  it('puts errors before warnings', () => {
    // The checks find the CHAP warning (Apple clients) before the split-network error.
    const answers = ciscoExample();
    answers.remoteAccessClient.ppp.msChapV1 = false;
    answers.remoteAccessClient.ppp.msChapV2 = false;
    answers.remoteAccessClient.ppp.chap = true;
    answers.ipsecSettings.splitTunnel = true;
    answers.ipsecSettings.splitNetworks = 'not a network';
    const rows = compatibilityRows(answers);
    expect(rows.map((row) => row.id).slice(0, 2)).toEqual(['split-no-networks', 'ppp-unusable']);
    const severities = rows.map((row) => row.severity);
    expect(severities.lastIndexOf('error')).toBeLessThan(severities.indexOf('warning'));
  });

  it('names the platforms of a finding in words', () => {
    const answers = ciscoExample();
    answers.ipsecSettings.pfs = true;
    expect(english(rowById(compatibilityRows(answers), 'pfs-on')!.platforms)).toBe(
      'Windows 10/11, Windows 8/8.1, macOS, iOS/iPadOS, Android and ChromeOS',
    );
  });

  it('words a finding, its severity and its platforms in Japanese', () => {
    const answers = ciscoExample();
    answers.ipsecSettings.pfs = true;
    const row = rowById(compatibilityRows(answers), 'pfs-on')!;
    expect(formatMessage(ja, row.severityLabel)).toBe('警告');
    expect(formatMessage(ja, row.platforms)).toBe(
      'Windows 10/11、Windows 8/8.1、macOS、iOS/iPadOS、Android、ChromeOS',
    );
    expect(formatMessage(ja, row.message)).toMatch(/^PFS が有効ですが、Windows 10\/11、/);
  });
});
