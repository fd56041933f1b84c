/** Step 1 — Introduction: ASA version (selects the CLI dialect) and the ASA's interface names. */
import * as z from 'zod/mini';
import { ASA_VERSIONS, valuesOf } from '../options';
import { interfaceListCheck, interfaceNameCheck } from '../field-checks';
import { enumField, listField, textField } from '../schema-kit';

export const introductionSchema = z.object({
  asaVersion: enumField('introduction.asaVersion', valuesOf(ASA_VERSIONS)),
  outsideInterface: textField('introduction.outsideInterface', interfaceNameCheck),
  insideInterface: textField('introduction.insideInterface', interfaceNameCheck),
  otherInterfaces: listField('introduction.otherInterfaces', interfaceListCheck),
});
