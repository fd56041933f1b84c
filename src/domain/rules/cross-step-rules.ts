/**
 * The one list of cross-step rules (and of warnings, which zod cannot express). Each rule returns
 * issues tagged with the step and field where the user can fix them.
 */
import type { Answers } from '../answers';
import type { ValidationIssue } from '../issues';
import { addressingRules, nameClashRules } from './addressing-rules';
import { cryptoRules } from './crypto-rules';
import { deploymentRules } from './deployment-rules';
import { exampleValueRules } from './example-value-rules';
import { interfaceRules } from './interface-rules';
import { pppRules } from './ppp-rules';
import type { Rule } from './rule';
import { userRules } from './user-rules';

export const CROSS_STEP_RULES: readonly Rule[] = [
  ...interfaceRules,
  ...pppRules,
  ...userRules,
  ...addressingRules,
  ...nameClashRules,
  ...cryptoRules,
  ...deploymentRules,
  ...exampleValueRules,
];

export function crossStepIssues(answers: Answers): ValidationIssue[] {
  return CROSS_STEP_RULES.flatMap((rule) => rule(answers));
}
