/** Step 8 — IKE policy (I-PRIO hard; lifetime range and algorithm strength are warnings in the rules). */
import * as z from 'zod/mini';
import { DH_GROUPS, IKE_ENCRYPTIONS, IKE_HASHES, valuesOf } from '../options';
import { integerCheck, wholeNumberCheck } from '../field-checks';
import { LIMITS } from '../limits';
import { enumField, numberField } from '../schema-kit';

export const ikePolicySchema = z.object({
  priority: numberField('ikePolicy.priority', integerCheck(LIMITS.priorityMin, LIMITS.priorityMax)),
  encryption: enumField('ikePolicy.encryption', valuesOf(IKE_ENCRYPTIONS)),
  hash: enumField('ikePolicy.hash', valuesOf(IKE_HASHES)),
  dhGroup: enumField('ikePolicy.dhGroup', valuesOf(DH_GROUPS)),
  lifetime: numberField('ikePolicy.lifetime', wholeNumberCheck),
});
