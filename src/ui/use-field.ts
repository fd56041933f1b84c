/**
 * Everything a field component needs: its ids, its registration and the messages to show. Errors
 * come from the one source of truth, validateAnswers (via the IssuesStore); react-hook-form's own
 * resolver errors and touched state only decide WHEN they appear (after blur, or once Next was
 * pressed on the step), so a message never goes stale when another field fixes it.
 */
import { useEffect } from 'react';
import { get, useFormContext, useFormState } from 'react-hook-form';
import type { Msg } from '../i18n/catalogue';
import { errorIdOf, fieldId, helpIdOf, warningIdOf } from './field-ids';
import { useFieldIssues, useIssuesStore } from './issues-context';

export interface FieldState {
  id: string;
  errors: (Msg | string)[];
  warnings: (Msg | string)[];
  /** Value for aria-describedby: help, error and warning ids that are rendered. */
  describedBy: string | undefined;
  invalid: boolean;
}

export function useFieldState(path: string, options: { group?: boolean; help?: boolean } = {}) {
  const { control } = useFormContext();
  const store = useIssuesStore();
  const { errors: formErrors, touchedFields } = useFormState({ control, name: path });
  const issues = useFieldIssues(path, options.group);
  const touched = Boolean(get(touchedFields, path));
  const resolverFlagged = Boolean(get(formErrors, path));
  const errors = issues.revealed || touched || resolverFlagged ? issues.errors : [];

  useEffect(() => store.claim(path), [store, path]);

  const id = fieldId(path);
  const describedBy =
    [
      options.help ? helpIdOf(id) : null,
      errors.length > 0 ? errorIdOf(id) : null,
      issues.warnings.length > 0 ? warningIdOf(id) : null,
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  return {
    id,
    errors,
    warnings: issues.warnings,
    describedBy,
    invalid: errors.length > 0,
  } satisfies FieldState;
}
