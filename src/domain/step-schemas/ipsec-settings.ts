/** Step 11 — NAT exemption, split tunneling, hairpin and PFS. Overlaps with the pool are cross-step. */
import * as z from 'zod/mini';
import { PFS_GROUPS, valuesOf } from '../options';
import { interfaceNameCheck, maskCheck, networkListCheck, objectNameCheck } from '../field-checks';
import { listLines } from '../net';
import { booleanField, enumField, fieldIssue, listField, textField } from '../schema-kit';

export const ipsecSettingsSchema = z
  .object({
    natExempt: booleanField('ipsecSettings.natExempt'),
    natInsideInterface: textField('ipsecSettings.natInsideInterface', interfaceNameCheck),
    exemptNetworks: listField('ipsecSettings.exemptNetworks', networkListCheck(true)),
    poolObjectName: textField('ipsecSettings.poolObjectName', objectNameCheck),
    splitTunnel: booleanField('ipsecSettings.splitTunnel'),
    splitNetworks: listField('ipsecSettings.splitNetworks', networkListCheck(false)),
    splitAclName: textField('ipsecSettings.splitAclName', objectNameCheck),
    interceptDhcp: booleanField('ipsecSettings.interceptDhcp'),
    interceptDhcpNetmask: textField('ipsecSettings.interceptDhcpNetmask', maskCheck),
    hairpin: booleanField('ipsecSettings.hairpin'),
    pfs: booleanField('ipsecSettings.pfs'),
    pfsGroup: enumField('ipsecSettings.pfsGroup', valuesOf(PFS_GROUPS)),
  })
  .check(
    z.superRefine((step, ctx) => {
      if (step.natExempt && listLines(step.exemptNetworks ?? '').length === 0) {
        ctx.issues.push(
          fieldIssue(
            'Exempt networks: enter at least one network (or any), or untick Exempt VPN traffic from NAT.',
            'exemptNetworks',
            step.exemptNetworks,
          ),
        );
      }
      if (step.splitTunnel && listLines(step.splitNetworks ?? '').length === 0) {
        ctx.issues.push(
          fieldIssue(
            'Split tunnel networks: enter at least one network, or untick Enable split tunneling.',
            'splitNetworks',
            step.splitNetworks,
          ),
        );
      }
    }),
  );
