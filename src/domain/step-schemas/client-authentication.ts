/** Step 5 — user database: LOCAL, or an AAA server group whose fields are required only then. */
import * as z from 'zod/mini';
import { msg, type Msg } from '../../i18n/catalogue';
import { AAA_PROTOCOLS, USER_DATABASES, valuesOf } from '../options';
import { hostAddressCheck, interfaceNameCheck, nameCheck, secretCheck } from '../field-checks';
import { LIMITS } from '../limits';
import { labelOf } from '../labels';
import { enumField, fieldIssue, textField } from '../schema-kit';

const unchecked = () => null;

type AaaField =
  'aaaServerGroup' | 'aaaServerIp' | 'aaaInterface' | 'aaaSecretKey' | 'aaaSecretKeyConfirm';

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
      const check = (field: keyof typeof step, problem: Msg | null) => {
        if (problem) ctx.issues.push(fieldIssue(problem, field, step[field]));
      };
      const label = (field: AaaField) => labelOf(`clientAuthentication.${field}`);
      check('aaaServerGroup', nameCheck(step.aaaServerGroup ?? '', label('aaaServerGroup')));
      if (step.aaaServerGroup?.toUpperCase() === 'LOCAL') {
        check(
          'aaaServerGroup',
          msg('validation.aaaServerGroup.local', { label: label('aaaServerGroup') }),
        );
      }
      check('aaaServerIp', hostAddressCheck(step.aaaServerIp ?? '', label('aaaServerIp')));
      check('aaaInterface', interfaceNameCheck(step.aaaInterface ?? '', label('aaaInterface')));
      if ((PROTOCOLS_WITH_KEY as readonly string[]).includes(step.aaaProtocol)) {
        // K-AAAKEY: required; the ASA limit of 127 is only a warning [K], 256 is a hard policy cap.
        const key = step.aaaSecretKey ?? '';
        const problem =
          key === ''
            ? msg('validation.aaaSecretKey.required', { label: label('aaaSecretKey') })
            : secretCheck(LIMITS.aaaKeyMax)(key, label('aaaSecretKey'));
        check('aaaSecretKey', problem);
        if (!problem && step.aaaSecretKeyConfirm !== key) {
          check(
            'aaaSecretKeyConfirm',
            msg('validation.confirm.mismatch', {
              label: label('aaaSecretKeyConfirm'),
              other: label('aaaSecretKey'),
            }),
          );
        }
      }
    }),
  );
