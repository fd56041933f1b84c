/**
 * Steps whose errors come from a secret that is missing (e.g. dropped on reload because secrets
 * are not stored): the step list marks them as needing input even if the user has not been there
 * in this session.
 */
import type { AnswerStepId } from '../domain/answers';
import type { ValidationIssue } from '../domain/issues';
import { SECRET_FIELDS } from '../domain/labels';

const SECRET_PATHS = new Set<string>(SECRET_FIELDS);

/** 'userAccounts.users.0.password' → 'userAccounts.users.password' (the FieldPath form). */
const withoutIndexes = (field: string) =>
  field
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');

export function stepsMissingSecrets(issues: readonly ValidationIssue[]): AnswerStepId[] {
  const steps = issues
    .filter((issue) => issue.severity === 'error' && SECRET_PATHS.has(withoutIndexes(issue.field)))
    .map((issue) => issue.step);
  return [...new Set(steps)];
}
