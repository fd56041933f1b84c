/**
 * Linux command line: strongSwan (ipsec.conf) + xl2tpd with the four files of linux-config-files.ts,
 * then connect and route by hand (reference.md §6 [T]). pppd does not replace an existing default
 * route, so the full-tunnel routes are explicit commands.
 */
import type { ChecklistStep } from '../windows/checklist-types';
import type { ClientFacts } from './client-facts';
import { LINUX_CONNECTION, LINUX_FILES, hostToken, linuxConfigFiles } from './linux-config-files';

const CONTROL = `/var/run/xl2tpd/l2tp-control`;

function routeStep(facts: ClientFacts): ChecklistStep {
  if (facts.splitTunnel !== null) {
    const networks = facts.splitTunnel.networks;
    return {
      id: 'linux-cli-routes',
      title: 'Command line: routes (split tunneling)',
      lines: [
        networks.length > 0
          ? 'Send the company networks through the VPN (ppp0 is the VPN interface):'
          : 'Your administrator has not listed the networks for the VPN yet; ask for them.',
      ],
      commands: networks.map((cidr) => `sudo ip route add ${cidr} dev ppp0`),
    };
  }
  const server = hostToken(facts.serverAddress);
  const isAddress = /^[0-9.]+$/.test(server);
  return {
    id: 'linux-cli-routes',
    title: 'Command line: send all traffic through the VPN',
    lines: [
      'The first command shows your current gateway (the address after "via"). Replace <your gateway> with it in the next commands.',
      ...(isAddress
        ? []
        : [
            `Replace <server IP address> with the address of ${server} (run: getent hosts ${server}).`,
          ]),
      'To undo after disconnecting: sudo ip route replace default via <your gateway>',
    ],
    commands: [
      'ip route show default',
      `sudo ip route add ${isAddress ? server : '<server IP address>'}/32 via <your gateway>`,
      'sudo ip route replace default dev ppp0',
    ],
  };
}

export function linuxCliSteps(facts: ClientFacts): ChecklistStep[] {
  return [
    {
      id: 'linux-cli-install',
      title: 'Command line (instead of the desktop steps): install strongSwan and xl2tpd',
      lines: [
        'Debian and Ubuntu: run the command below.',
        'Fedora and RHEL: sudo dnf install strongswan xl2tpd; there the files below are /etc/strongswan/ipsec.conf and /etc/strongswan/ipsec.secrets, and the command is strongswan instead of ipsec.',
      ],
      commands: ['sudo apt install strongswan xl2tpd'],
    },
    {
      id: 'linux-cli-files',
      title: 'Command line: create the configuration files',
      lines: [
        facts.preSharedKey === null
          ? 'Create these four files as root (for example with sudo nano), replacing the placeholders (the pre-shared key, your user name and password).'
          : 'Create these four files as root (for example with sudo nano), replacing the placeholders in the last one.',
        'Then make the two files with secrets readable by root only (on Fedora and RHEL: /etc/strongswan/ipsec.secrets):',
      ],
      commands: [`sudo chmod 600 ${LINUX_FILES.ipsecSecrets} ${LINUX_FILES.pppOptions}`],
      files: linuxConfigFiles(facts),
    },
    {
      id: 'linux-cli-connect',
      title: 'Command line: connect',
      lines: ['Restart both services, bring up IPsec, then start L2TP:'],
      commands: [
        'sudo ipsec restart',
        'sudo systemctl restart xl2tpd',
        `sudo ipsec up ${LINUX_CONNECTION}`,
        `echo "c ${LINUX_CONNECTION}" | sudo tee ${CONTROL}`,
      ],
    },
    routeStep(facts),
    {
      id: 'linux-cli-check',
      title: 'Command line: check and disconnect',
      lines: [
        `ip addr show ppp0 lists an address ${facts.poolRange === null ? 'from the VPN address pool' : `in ${facts.poolRange}`}.`,
        'To disconnect, run the last two commands.',
      ],
      commands: [
        'ip addr show ppp0',
        `echo "d ${LINUX_CONNECTION}" | sudo tee ${CONTROL}`,
        `sudo ipsec down ${LINUX_CONNECTION}`,
      ],
    },
  ];
}
