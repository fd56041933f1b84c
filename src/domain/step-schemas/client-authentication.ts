/** Step 5 — user database: LOCAL, or an AAA server group whose fields are required only then. */
import * as z from 'zod/mini';
import { AAA_PROTOCOLS, USER_DATABASES, valuesOf } from '../options';
import { hostAddressCheck, interfaceNameCheck, nameCheck, secretCheck } from '../field-checks';
import { LIMITS } from '../limits';
import { FIELD_LABELS, type FieldPath } from '../labels';
import { enumField, fieldIssue, textField } from '../schema-kit';

const unchecked = () => null;

/** Protocols whose host entry takes a shared secret (` key`); the others need none. */
export const PROTOCOLS_WITH_KEY = ['radius', 'tacacs+'] as const;

export const clientAuthenticationSchema = z
  .object({
    userDatabase: enumField('clientAuthentication.userDatabase', valuesOf(USER_DATABASES)),
    aaaServerGroup: textField('clientAuthentication.aaaServerGroup', unchecked),
    aaaProtocol: enumField('clientAuthentication.aaaProtocol', valuesOf(AAA_PROTOCOLS)),
    aaaServerIp: textField('clientAuthentication.aaaServerIp', unchecked),
    aaaInterface: textField('clientAuthentication.aaaInterface', unchecked),
    aaaSecretKey: textField('clientAuthentication.aaaSecretKey', unchecked),
    aaaSecretKeyConfirm: textField('clientAuthentication.aaaSecretKeyConfirm', unchecked),
  })
  .check(
    z.superRefine((step, ctx) => {
      if (step.userDatabase !== 'aaa') return;
      const check = (field: keyof typeof step, problem: string | null) => {
        if (problem) ctx.issues.push(fieldIssue(problem, field, step[field]));
      };
      const label = (field: string) => FIELD_LABELS[`clientAuthentication.${field}` as FieldPath];
      check('aaaServerGroup', nameCheck(step.aaaServerGroup ?? '', label('aaaServerGroup')));
      if (step.aaaServerGroup?.toUpperCase() === 'LOCAL') {
        check(
          'aaaServerGroup',
          `${label('aaaServerGroup')} cannot be LOCAL; LOCAL is the built-in user database.`,
        );
      }
      check('aaaServerIp', hostAddressCheck(step.aaaServerIp ?? '', label('aaaServerIp')));
      check('aaaInterface', interfaceNameCheck(step.aaaInterface ?? '', label('aaaInterface')));
      if ((PROTOCOLS_WITH_KEY as readonly string[]).includes(step.aaaProtocol)) {
        // K-AAAKEY: required; the ASA limit of 127 is only a warning [K], 256 is a hard policy cap.
        const key = step.aaaSecretKey ?? '';
        const problem =
          key === ''
            ? `${label('aaaSecretKey')}: enter the shared secret configured on the server.`
            : secretCheck(LIMITS.aaaKeyMax)(key, label('aaaSecretKey'));
        check('aaaSecretKey', problem);
        if (!problem && step.aaaSecretKeyConfirm !== key) {
          check(
            'aaaSecretKeyConfirm',
            `${label('aaaSecretKeyConfirm')} does not match the Server Secret Key.`,
          );
        }
      }
    }),
  );
