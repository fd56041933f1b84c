/**
 * Step 9 — transform set and crypto map. esp-null and esp-none are refused (product policy: no
 * confidentiality or no integrity). Sequence ranges are [K], so out-of-range is a warning in the rules.
 */
import * as z from 'zod/mini';
import { msg } from '../../i18n/catalogue';
import { labelOf } from '../labels';
import { ESP_AUTHENTICATIONS, ESP_ENCRYPTIONS, valuesOf } from '../options';
import { nameCheck, optional, wholeNumberCheck } from '../field-checks';
import { enumField, fieldIssue, numberField, textField } from '../schema-kit';

export const transformSetSchema = z
  .object({
    transformSetName: textField('transformSet.transformSetName', nameCheck),
    espEncryption: enumField('transformSet.espEncryption', valuesOf(ESP_ENCRYPTIONS)),
    espAuthentication: enumField('transformSet.espAuthentication', valuesOf(ESP_AUTHENTICATIONS)),
    dynamicMapName: textField('transformSet.dynamicMapName', nameCheck),
    dynamicMapSequence: numberField('transformSet.dynamicMapSequence', wholeNumberCheck),
    cryptoMapName: textField('transformSet.cryptoMapName', nameCheck),
    cryptoMapSequence: numberField('transformSet.cryptoMapSequence', wholeNumberCheck),
    saLifetime: numberField('transformSet.saLifetime', optional(wholeNumberCheck)),
  })
  .check(
    z.superRefine((step, ctx) => {
      if (step.espEncryption === 'esp-null') {
        ctx.issues.push(
          fieldIssue(
            msg('validation.esp.null', { label: labelOf('transformSet.espEncryption') }),
            'espEncryption',
            step.espEncryption,
          ),
        );
      }
      if (step.espAuthentication === 'esp-none') {
        ctx.issues.push(
          fieldIssue(
            msg('validation.esp.none', { label: labelOf('transformSet.espAuthentication') }),
            'espAuthentication',
            step.espAuthentication,
          ),
        );
      }
    }),
  );
