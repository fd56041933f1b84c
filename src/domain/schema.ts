/**
 * The wizard schema: one schema per step (id = answers key = schema key), composed into one object.
 * Field and same-step rules live in each step's schema; cross-step rules live in rules/.
 */
import * as z from 'zod/mini';
import type { AnswerStepId, Answers } from './answers';
import { introductionSchema } from './step-schemas/introduction';
import { tunnelInterfaceSchema } from './step-schemas/tunnel-interface';
import { remoteAccessClientSchema } from './step-schemas/remote-access-client';
import { authMethodSchema } from './step-schemas/auth-method';
import { clientAuthenticationSchema } from './step-schemas/client-authentication';
import { userAccountsSchema } from './step-schemas/user-accounts';
import { addressPoolSchema } from './step-schemas/address-pool';
import { ikePolicySchema } from './step-schemas/ike-policy';
import { transformSetSchema } from './step-schemas/transform-set';
import { clientAttributesSchema } from './step-schemas/client-attributes';
import { ipsecSettingsSchema } from './step-schemas/ipsec-settings';
import { clientOptionsSchema } from './step-schemas/client-options';

export const stepSchemas = {
  introduction: introductionSchema,
  tunnelInterface: tunnelInterfaceSchema,
  remoteAccessClient: remoteAccessClientSchema,
  authMethod: authMethodSchema,
  clientAuthentication: clientAuthenticationSchema,
  userAccounts: userAccountsSchema,
  addressPool: addressPoolSchema,
  ikePolicy: ikePolicySchema,
  transformSet: transformSetSchema,
  clientAttributes: clientAttributesSchema,
  ipsecSettings: ipsecSettingsSchema,
} satisfies Record<AnswerStepId, z.ZodMiniType>;

export const answersSchema = z.object({
  ...stepSchemas,
  clientOptions: clientOptionsSchema,
});

// The schema's output must be exactly the Answers model (checked at compile time both ways).
type SchemaOutput = z.output<typeof answersSchema>;
export const schemaMatchesModel: [
  SchemaOutput extends Answers ? true : false,
  Answers extends SchemaOutput ? true : false,
] = [true, true];
