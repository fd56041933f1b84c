/** Step 7 — address pool (A-POOL: both ends usable, in order, inside one subnet of the mask). */
import * as z from 'zod/mini';
import { hostAddressCheck, maskCheck, nameCheck } from '../field-checks';
import { msg } from '../../i18n/catalogue';
import { labelOf } from '../labels';
import { and32, maskToPrefix, parseIpv4, prefixToMaskValue } from '../net';
import { fieldIssue, textField } from '../schema-kit';

export const addressPoolSchema = z
  .object({
    poolName: textField('addressPool.poolName', nameCheck),
    startIp: textField('addressPool.startIp', hostAddressCheck),
    endIp: textField('addressPool.endIp', hostAddressCheck),
    subnetMask: textField('addressPool.subnetMask', maskCheck),
  })
  .check(
    z.superRefine((step, ctx) => {
      const start = parseIpv4(step.startIp ?? '');
      const end = parseIpv4(step.endIp ?? '');
      if (start === null || end === null) return;
      if (start > end) {
        ctx.issues.push(
          fieldIssue(
            msg('validation.pool.order', {
              endLabel: labelOf('addressPool.endIp'),
              end: step.endIp,
              startLabel: labelOf('addressPool.startIp'),
              start: step.startIp,
            }),
            'endIp',
            step.endIp,
          ),
        );
        return;
      }
      const prefix = maskToPrefix(step.subnetMask ?? '');
      if (prefix === null) return;
      const mask = prefixToMaskValue(prefix);
      if (and32(start, mask) !== and32(end, mask)) {
        ctx.issues.push(
          fieldIssue(
            msg('validation.pool.subnet', { start: step.startIp, end: step.endIp, prefix }),
            'endIp',
            step.endIp,
          ),
        );
      }
    }),
  );
