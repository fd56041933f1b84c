/** Step 10 — group policy and the DNS/WINS/domain attributes pushed to clients. */
import * as z from 'zod/mini';
import { msg } from '../../i18n/catalogue';
import { labelOf } from '../labels';
import { domainCheck, hostAddressCheck, nameCheck, optional } from '../field-checks';
import { fieldIssue, textField } from '../schema-kit';

export const clientAttributesSchema = z
  .object({
    groupPolicyName: textField('clientAttributes.groupPolicyName', nameCheck),
    dnsPrimary: textField('clientAttributes.dnsPrimary', optional(hostAddressCheck)),
    dnsSecondary: textField('clientAttributes.dnsSecondary', optional(hostAddressCheck)),
    winsPrimary: textField('clientAttributes.winsPrimary', optional(hostAddressCheck)),
    winsSecondary: textField('clientAttributes.winsSecondary', optional(hostAddressCheck)),
    defaultDomain: textField('clientAttributes.defaultDomain', optional(domainCheck)),
  })
  .check(
    z.superRefine((step, ctx) => {
      // The ASA takes the servers as one `value` list, so a secondary without a primary cannot be
      // expressed. The message sits on the empty primary: that is the field to fill.
      if (step.dnsSecondary && !step.dnsPrimary) {
        ctx.issues.push(
          fieldIssue(
            msg('validation.server.primaryRequired', {
              label: labelOf('clientAttributes.dnsPrimary'),
              other: labelOf('clientAttributes.dnsSecondary'),
            }),
            'dnsPrimary',
            step.dnsPrimary,
          ),
        );
      }
      if (step.winsSecondary && !step.winsPrimary) {
        ctx.issues.push(
          fieldIssue(
            msg('validation.server.primaryRequired', {
              label: labelOf('clientAttributes.winsPrimary'),
              other: labelOf('clientAttributes.winsSecondary'),
            }),
            'winsPrimary',
            step.winsPrimary,
          ),
        );
      }
    }),
  );
