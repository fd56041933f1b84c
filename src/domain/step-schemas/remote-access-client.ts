/** Step 3 — Remote Access Client: PPP authentication types (P-ONE here; P-AAA is cross-step). */
import * as z from 'zod/mini';
import { msg } from '../../i18n/catalogue';
import { labelOf } from '../labels';
import { PPP_TYPES } from '../options';
import { booleanField, errorOf, fieldIssue } from '../schema-kit';

export const remoteAccessClientSchema = z
  .object({
    clientType: z.literal(
      'windows-l2tp',
      errorOf(
        msg('validation.clientType.only', { label: labelOf('remoteAccessClient.clientType') }),
      ),
    ),
    ppp: z.object({
      pap: booleanField('remoteAccessClient.ppp.pap'),
      chap: booleanField('remoteAccessClient.ppp.chap'),
      msChapV1: booleanField('remoteAccessClient.ppp.msChapV1'),
      msChapV2: booleanField('remoteAccessClient.ppp.msChapV2'),
      eapProxy: booleanField('remoteAccessClient.ppp.eapProxy'),
    }),
  })
  .check(
    z.superRefine((step, ctx) => {
      // P-ONE: the tunnel group must allow at least one PPP type or no client can log in.
      if (step.ppp && !PPP_TYPES.some(([key]) => step.ppp[key] === true)) {
        ctx.issues.push(fieldIssue(msg('validation.ppp.none'), 'ppp', step));
      }
    }),
  );
