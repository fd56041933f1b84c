/**
 * Step 11 — NAT exemption, split tunneling, hairpin and PFS. A field is checked only while its
 * feature is on: the wizard hides it otherwise, and an error nobody can see must not block Next.
 * Overlaps with the pool are cross-step rules.
 */
import * as z from 'zod/mini';
import { msg } from '../../i18n/catalogue';
import { PFS_GROUPS, valuesOf } from '../options';
import {
  interfaceNameCheck,
  maskCheck,
  networkListCheck,
  objectNameCheck,
  type FieldCheck,
} from '../field-checks';
import { ipsecFieldsInUse, type IpsecField } from '../ipsec-fields';
import { labelOf } from '../labels';
import { listLines } from '../net';
import { booleanField, enumField, fieldIssue, listField, textField } from '../schema-kit';

const checkedBelow = () => null;

const CHECKS: Record<IpsecField, FieldCheck> = {
  natInsideInterface: interfaceNameCheck,
  exemptNetworks: networkListCheck(true),
  poolObjectName: objectNameCheck,
  splitNetworks: networkListCheck(false),
  splitAclName: objectNameCheck,
  interceptDhcpNetmask: maskCheck,
};

export const ipsecSettingsSchema = z
  .object({
    natExempt: booleanField('ipsecSettings.natExempt'),
    natInsideInterface: textField('ipsecSettings.natInsideInterface', checkedBelow),
    exemptNetworks: listField('ipsecSettings.exemptNetworks', checkedBelow),
    poolObjectName: textField('ipsecSettings.poolObjectName', checkedBelow),
    splitTunnel: booleanField('ipsecSettings.splitTunnel'),
    splitNetworks: listField('ipsecSettings.splitNetworks', checkedBelow),
    splitAclName: textField('ipsecSettings.splitAclName', checkedBelow),
    interceptDhcp: booleanField('ipsecSettings.interceptDhcp'),
    interceptDhcpNetmask: textField('ipsecSettings.interceptDhcpNetmask', checkedBelow),
    hairpin: booleanField('ipsecSettings.hairpin'),
    pfs: booleanField('ipsecSettings.pfs'),
    pfsGroup: enumField('ipsecSettings.pfsGroup', valuesOf(PFS_GROUPS)),
  })
  .check(
    z.superRefine((step, ctx) => {
      for (const field of ipsecFieldsInUse(step)) {
        const value = step[field] ?? '';
        const problem = CHECKS[field](value, labelOf(`ipsecSettings.${field}`));
        if (problem) ctx.issues.push(fieldIssue(problem, field, value));
      }
      if (step.natExempt && listLines(step.exemptNetworks ?? '').length === 0) {
        ctx.issues.push(
          fieldIssue(
            msg('validation.exemptNetworks.empty', {
              label: labelOf('ipsecSettings.exemptNetworks'),
              toggle: labelOf('ipsecSettings.natExempt'),
            }),
            'exemptNetworks',
            step.exemptNetworks,
          ),
        );
      }
      if (step.splitTunnel && listLines(step.splitNetworks ?? '').length === 0) {
        ctx.issues.push(
          fieldIssue(
            msg('validation.splitNetworks.empty', {
              label: labelOf('ipsecSettings.splitNetworks'),
              toggle: labelOf('ipsecSettings.splitTunnel'),
            }),
            'splitNetworks',
            step.splitNetworks,
          ),
        );
      }
    }),
  );
