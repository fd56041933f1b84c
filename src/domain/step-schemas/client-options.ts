/** Handout options (not a wizard step): the Windows connection name and whether the key is printed. */
import * as z from 'zod/mini';
import { connectionNameCheck } from '../field-checks';
import { booleanField, textField } from '../schema-kit';

export const clientOptionsSchema = z.object({
  connectionName: textField('clientOptions.connectionName', connectionNameCheck),
  includeKeyInHandout: booleanField('clientOptions.includeKeyInHandout'),
});
