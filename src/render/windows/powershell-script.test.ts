import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../domain/answers';
import { ciscoExample } from '../../domain/defaults';
import { POWERSHELL_RUN_COMMAND, UTF8_BOM, windowsPowerShellScript } from './powershell-script';

const FIXTURES = new URL('./fixtures/', import.meta.url);

type Change = (answers: Answers) => void;

function scriptFor(change: Change = () => {}): string {
  const answers = ciscoExample();
  change(answers);
  return windowsPowerShellScript(answers);
}

const addLine = (script: string) =>
  script.split('\n').find((line) => line.startsWith('Add-VpnConnection ')) ?? '';

function splitExample(): Answers {
  const answers = ciscoExample();
  answers.ipsecSettings.splitTunnel = true;
  answers.ipsecSettings.splitNetworks = '10.10.0.0/16';
  return answers;
}

/**
 * Golden files, reviewed line by line. Update deliberately with
 * `npx vitest run src/render/windows -u` and review the diff.
 */
describe('add-l2tp-vpn.ps1 golden files', () => {
  const scenarios: [string, () => Answers][] = [
    ['cisco', ciscoExample],
    ['split', splitExample],
  ];
  it.each(scenarios)('%s.add-l2tp-vpn.ps1', async (name, answers) => {
    const expected = new URL(`${name}.add-l2tp-vpn.ps1`, FIXTURES);
    expect(existsSync(expected), `missing ${expected.pathname}`).toBe(true);
    await expect(windowsPowerShellScript(answers())).toMatchFileSnapshot(expected.pathname);
  });
});

describe('Add-VpnConnection in the script', () => {
  const cases: [string, Change, string][] = [
    [
      'seed: MS-CHAP v2 only, Required, DNS suffix',
      () => {},
      "Add-VpnConnection -Name $Name -ServerAddress $Server -TunnelType L2tp -L2tpPsk $Psk -AuthenticationMethod MSChapv2 -EncryptionLevel Required -DnsSuffix 'cisco.com' -Force -RememberCredential",
    ],
    [
      'PAP and CHAP force Optional',
      (a) => Object.assign(a.remoteAccessClient.ppp, { pap: true, chap: true }),
      'Add-VpnConnection -Name $Name -ServerAddress $Server -TunnelType L2tp -L2tpPsk $Psk -AuthenticationMethod Pap,Chap,MSChapv2 -EncryptionLevel Optional -DnsSuffix',
    ],
    [
      'EAP keeps Required',
      (a) => (a.remoteAccessClient.ppp.eapProxy = true),
      '-AuthenticationMethod MSChapv2,Eap -EncryptionLevel Required',
    ],
    [
      'split tunneling, no domain',
      (a) => {
        a.ipsecSettings.splitTunnel = true;
        a.clientAttributes.defaultDomain = '';
      },
      '-EncryptionLevel Required -SplitTunneling -Force -RememberCredential',
    ],
  ];
  it.each(cases)('%s', (_name, change, want) => {
    expect(addLine(scriptFor(change))).toContain(want);
  });

  it('has no -AuthenticationMethod and warns when only MS-CHAP v1 is enabled', () => {
    const script = scriptFor((a) => (a.remoteAccessClient.ppp.msChapV2 = false));
    expect(addLine(script)).not.toContain('-AuthenticationMethod');
    expect(script).toContain("Write-Warning 'None of the sign-in methods");
  });

  it('adds one route per split network', () => {
    const script = scriptFor((a) => {
      a.ipsecSettings.splitTunnel = true;
      a.ipsecSettings.splitNetworks = '10.10.0.0/16\n192.168.50.0 255.255.255.0';
    });
    expect(script.match(/^Add-VpnConnectionRoute .*$/gm)).toEqual([
      'Add-VpnConnectionRoute -ConnectionName $Name -DestinationPrefix 10.10.0.0/16',
      'Add-VpnConnectionRoute -ConnectionName $Name -DestinationPrefix 192.168.50.0/24',
    ]);
  });

  it('adds no route in full tunnel', () => {
    expect(scriptFor()).not.toContain('Add-VpnConnectionRoute');
  });
});

describe('the run command', () => {
  it('names the downloaded script, and the script header shows it', () => {
    expect(POWERSHELL_RUN_COMMAND).toBe(
      'powershell -ExecutionPolicy Bypass -File .\\add-l2tp-vpn.ps1',
    );
    expect(windowsPowerShellScript(ciscoExample())).toContain(`#     ${POWERSHELL_RUN_COMMAND}\n`);
  });
});

describe('script behaviour', () => {
  const script = scriptFor();
  const facts: [string, string | RegExp][] = [
    ['starts with a UTF-8 BOM', /^\uFEFF# add-l2tp-vpn\.ps1/],
    ['replaces an existing connection', 'Remove-VpnConnection -Name $Name -Force'],
    [
      'finds it with Get-VpnConnection first',
      'Get-VpnConnection -Name $Name -ErrorAction SilentlyContinue',
    ],
    ['disconnects before removing', 'rasdial $Name /DISCONNECT'],
    ['has the NAT-T switch', '[switch]$SetNatTraversal'],
    [
      'sets the DWORD value 2',
      "Set-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent' -Name 'AssumeUDPEncapsulationContextOnSendRule' -Value 2 -Type DWord",
    ],
    ['says a restart is needed', 'Restart Windows before you connect.'],
    ['requires administrator for the switch', 'WindowsBuiltInRole]::Administrator'],
    ['stops on errors', "$ErrorActionPreference = 'Stop'"],
    ['explains the history', 'never reaches the\n# PowerShell history'],
  ];
  it.each(facts)('%s', (_name, want) => {
    if (typeof want === 'string') expect(script).toContain(want);
    else expect(script).toMatch(want);
  });

  it('checks for administrator before changing anything', () => {
    expect(script.indexOf('IsInRole')).toBeLessThan(script.indexOf('Remove-VpnConnection'));
  });

  it('sets the key once, in a variable, and never prints it', () => {
    expect(script.split('C!sc0@123')).toHaveLength(2);
    expect(script).toContain("$Psk = 'C!sc0@123'");
    expect(script).not.toMatch(/(Write-Host|Write-Output|echo)[^\n]*\$Psk/i);
  });

  it('recommends the switch when the ASA is behind NAT', () => {
    const behindNat = scriptFor((a) => (a.tunnelInterface.asaBehindNat = true));
    expect(behindNat).toContain('This VPN server IS behind NAT');
    expect(behindNat).toContain('if (-not $SetNatTraversal)');
    expect(script).not.toContain('if (-not $SetNatTraversal)');
  });
});

describe('key withheld', () => {
  const KEY = 'Withheld-Key-9d2c';
  const script = scriptFor((a) => {
    a.authMethod.preSharedKey = KEY;
    a.clientOptions.includeKeyInHandout = false;
  });

  it('prompts for the key as a secure string and converts it', () => {
    expect(script).toContain('Read-Host -Prompt');
    expect(script).toContain('-AsSecureString');
    expect(script).toContain(
      "(New-Object System.Net.NetworkCredential -ArgumentList '', $SecureKey).Password",
    );
    expect(script).not.toContain(KEY);
    expect(addLine(script)).toContain('-L2tpPsk $Psk');
  });

  it('the same answers with the key included do contain it (the test can fail)', () => {
    expect(scriptFor((a) => (a.authMethod.preSharedKey = KEY))).toContain(`$Psk = '${KEY}'`);
  });
});

describe('quoting', () => {
  const cases: [string, Change, string][] = [
    ["a ' in the key is doubled", (a) => (a.authMethod.preSharedKey = "it's"), "$Psk = 'it''s'"],
    [
      'typographic quotes in the name are doubled',
      (a) => (a.clientOptions.connectionName = 'Bob\u2019s VPN'),
      "$Name = 'Bob\u2019\u2019s VPN'",
    ],
    [
      'a line break and $() stay inside the string',
      (a) => (a.tunnelInterface.publicAddress = "x'\n$(Remove-Item C:\\)"),
      "$Server = 'x''\n$(Remove-Item C:\\)'",
    ],
    [
      "a ' in the domain is doubled",
      (a) => (a.clientAttributes.defaultDomain = "a'b"),
      "-DnsSuffix 'a''b'",
    ],
  ];
  it.each(cases)('%s', (_name, change, want) => expect(scriptFor(change)).toContain(want));

  it('puts no answer value in a comment', () => {
    const marker = 'VALUE-MARK-3f9';
    const script = scriptFor((a) => {
      a.clientOptions.connectionName = marker;
      a.tunnelInterface.publicAddress = marker;
      a.clientAttributes.defaultDomain = marker;
    });
    expect(script).toContain(marker);
    expect(
      script
        .split('\n')
        .filter((line) => line.trimStart().startsWith('#') && line.includes(marker)),
    ).toEqual([]);
  });

  it('is total on broken answers', () => {
    const broken = { ...ciscoExample(), remoteAccessClient: undefined } as unknown as Answers;
    expect(() => windowsPowerShellScript(broken)).not.toThrow();
    expect(windowsPowerShellScript(broken).startsWith(UTF8_BOM)).toBe(true);
  });
});
