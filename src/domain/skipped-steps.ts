/**
 * Steps that do not apply to some answers. The wizard passes over them (the step list marks them
 * skipped), the generators do not use their answers, and validation does not report their rule
 * failures: an error nobody can see or act on must not block Next or Finish. Their answers are kept,
 * so choosing the other way again brings them back, checked as before.
 */
import type { Answers, StepId } from './answers';
import { stepOfField, type ValidationIssue } from './issues';

/** The only answers that decide whether a step is skipped (the step list watches just these). */
export interface SkipInputs {
  clientAuthentication: Pick<Answers['clientAuthentication'], 'userDatabase'>;
}

const SKIPPED_WHEN: Partial<Record<StepId, (answers: SkipInputs) => boolean>> = {
  // With an AAA server group the users live on the server: the ASA creates no local users.
  userAccounts: (answers) => answers.clientAuthentication?.userDatabase === 'aaa',
};

export function isStepSkipped(step: StepId, answers: SkipInputs): boolean {
  return SKIPPED_WHEN[step]?.(answers) ?? false;
}

interface SchemaIssue {
  code: string;
  path: PropertyKey[];
}

/**
 * The schema issues that count for these answers: rule failures (code "custom") on a skipped step
 * are dropped; a wrong type or shape is kept anywhere, since the answers could not be read at all.
 */
export function countedSchemaIssues<T extends SchemaIssue>(issues: T[], answers: Answers): T[] {
  return issues.filter((issue) => {
    if (issue.code !== 'custom') return true;
    return !isStepSkipped(stepOfField(issue.path.map(String).join('.')), answers);
  });
}

/** The issues that count for these answers: none of a skipped step's. */
export function withoutSkippedSteps(
  issues: ValidationIssue[],
  answers: Answers,
): ValidationIssue[] {
  return issues.filter((issue) => !isStepSkipped(issue.step, answers));
}
