/** Step 7 — address pool (A-POOL: both ends usable, in order, inside one subnet of the mask). */
import * as z from 'zod/mini';
import { hostAddressCheck, maskCheck, nameCheck } from '../field-checks';
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
            `Ending IP Address ${step.endIp} is before Starting IP Address ${step.startIp}; the start must not be after the end.`,
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
            `The pool must lie inside one subnet of the mask: ${step.startIp} and ${step.endIp} are in different /${prefix} subnets.`,
            'endIp',
            step.endIp,
          ),
        );
      }
    }),
  );
