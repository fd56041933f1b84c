/**
 * Revalidates every answer (validateAnswers, cross-step rules included) after changes. While the
 * user types in a text field, the keys are validated together when typing pauses (at most
 * MAX_WAIT_MS behind), so each keystroke only updates the field and the live preview (bench/:
 * keystroke latency); leaving the field validates at once, before the field is marked as touched,
 * so it never shows a stale message. While a mouse button is pressed, both wait for the release
 * (ui/pointer-press.ts), so no message moves the control being clicked. Any other change (a click,
 * a choice, a loaded file) is validated at once. Always with the values current when it runs;
 * Next, Finish and the Summary validate on their own.
 */
import { useEffect, useState } from 'react';
import type { Answers } from '../domain/answers';
import { validateAnswers } from '../domain/validate';
import type { IssuesStore } from '../ui/issues-store';
import { afterPointerRelease } from '../ui/pointer-press';

/** A pause in typing this long updates the marks... */
const QUIET_MS = 120;
/** ...and so does continuous typing, this often. */
const MAX_WAIT_MS = 400;

const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range']);

function typingInAField(): boolean {
  const element = document.activeElement;
  return (
    element instanceof HTMLTextAreaElement ||
    (element instanceof HTMLInputElement && !NOT_TYPED.has(element.type))
  );
}

class SoonValidation {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #firstPending: number | undefined;

  constructor(
    private readonly store: IssuesStore,
    private readonly getAnswers: () => Answers,
  ) {}

  /** Something changed: validate now, or when typing pauses. */
  schedule = () => {
    if (!typingInAField()) {
      this.validate();
      return;
    }
    const now = performance.now();
    this.#firstPending ??= now;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(
      this.flush,
      Math.min(QUIET_MS, this.#firstPending + MAX_WAIT_MS - now),
    );
  };

  /** Validates if typing left anything unvalidated: now, or after a pressed button's release. */
  flush = () => {
    afterPointerRelease(() => {
      if (this.#timer !== undefined) this.validate();
    });
  };

  validate = () => {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#firstPending = undefined;
    this.store.setIssues(validateAnswers(this.getAnswers()));
  };
}

export function useSoonValidation(store: IssuesStore, getAnswers: () => Answers) {
  const [validation] = useState(() => new SoonValidation(store, getAnswers));
  // Capture phase on the document: before React's own blur handling marks the field as touched.
  useEffect(() => {
    document.addEventListener('focusout', validation.flush, true);
    return () => document.removeEventListener('focusout', validation.flush, true);
  }, [validation]);
  return validation;
}
