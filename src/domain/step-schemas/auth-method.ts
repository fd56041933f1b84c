/** Step 4 — client authentication method, pre-shared key (K-PSK), tunnel group (T-DRG), trustpoint. */
import * as z from 'zod/mini';
import { AUTH_METHODS, valuesOf } from '../options';
import { nameCheck, secretCheck } from '../field-checks';
import { LIMITS } from '../limits';
import { TUNNEL_GROUP_FOR_PSK } from '../defaults';
import { FIELD_LABELS } from '../labels';
import { enumField, fieldIssue, textField } from '../schema-kit';

const unchecked = () => null;

export const authMethodSchema = z
  .object({
    method: enumField('authMethod.method', valuesOf(AUTH_METHODS)),
    preSharedKey: textField('authMethod.preSharedKey', unchecked),
    tunnelGroupName: textField('authMethod.tunnelGroupName', nameCheck),
    trustpoint: textField('authMethod.trustpoint', unchecked),
  })
  .check(
    z.superRefine((step, ctx) => {
      if (step.method === 'pre-shared-key') {
        // K-PSK: the key is required, 1–128 characters, a single CLI token.
        const problem = secretCheck(LIMITS.pskMax)(
          step.preSharedKey ?? '',
          FIELD_LABELS['authMethod.preSharedKey'],
        );
        if (problem) {
          const message = problem.endsWith('characters.')
            ? `Pre-Shared Key must be 1–${LIMITS.pskMax} characters, with no spaces or '?'.`
            : problem;
          ctx.issues.push(fieldIssue(message, 'preSharedKey', step.preSharedKey));
        }
        // T-DRG: a native client sends no group name, so with a PSK the ASA can only use DefaultRAGroup.
        if (step.tunnelGroupName !== TUNNEL_GROUP_FOR_PSK) {
          ctx.issues.push(
            fieldIssue(
              `With a pre-shared key, native clients always land on ${TUNNEL_GROUP_FOR_PSK}; the Tunnel Group Name must be ${TUNNEL_GROUP_FOR_PSK}.`,
              'tunnelGroupName',
              step.tunnelGroupName,
            ),
          );
        }
      } else {
        const problem = nameCheck(step.trustpoint ?? '', FIELD_LABELS['authMethod.trustpoint']);
        if (problem) ctx.issues.push(fieldIssue(problem, 'trustpoint', step.trustpoint));
      }
    }),
  );
