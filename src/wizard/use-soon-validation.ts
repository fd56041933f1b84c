/**
 * Revalidates every answer (validateAnswers, cross-step rules included) after changes. While the
 * user types in a text field, the keys are validated together when typing pauses (at most
 * MAX_WAIT_MS behind), so each keystroke only updates the field and the live preview (bench/:
 * keystroke latency); leaving the field validates at once, before the field is marked as touched,
 * so it never shows a stale message. One exception: a field whose messages already show (touched,
 * or its step revealed), left by pressing the mouse on something below it, is validated after the
 * release, because a message vanishing between press and release would move the target away and
 * the click would land elsewhere. Any other change (a click, a choice, a loaded file) is validated
 * at once. Always with the values current when it runs; Next, Finish and the Summary
 * validate on their own.
 */
import { useEffect, useState } from 'react';
import type { Answers } from '../domain/answers';
import { validateAnswers } from '../domain/validate';
import type { IssuesStore } from '../ui/issues-store';

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
  #pointerDown = false;

  constructor(
    private readonly store: IssuesStore,
    private readonly getAnswers: () => Answers,
    /** Whether a field's messages already show, so that leaving it does not change them. */
    private readonly messagesShown: (field: Element) => boolean,
  ) {}

  /** Something changed: validate now, or when typing pauses. */
  schedule = () => {
    // Typing means no button is held: a release the page never saw must not hold validation back.
    this.#pointerDown = false;
    if (!typingInAField()) {
      this.validate();
      return;
    }
    const now = performance.now();
    this.#firstPending ??= now;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(
      this.#pause,
      Math.min(QUIET_MS, this.#firstPending + MAX_WAIT_MS - now),
    );
  };

  /** Typing paused: validate, unless a button is held (then the release does). */
  #pause = () => {
    if (!this.#pointerDown) this.validate();
  };

  /** A field was left: validate at once if typing left anything unvalidated (see the file comment). */
  leave = (event: FocusEvent) => {
    if (this.#timer === undefined) return;
    const field = event.target;
    if (this.#pointerDown && field instanceof Element && this.messagesShown(field)) return;
    this.validate();
  };

  pointerDown = () => {
    this.#pointerDown = true;
  };

  /** After the release: the click, dispatched with it, has hit the target that did not move. */
  pointerUp = () => {
    this.#pointerDown = false;
    if (this.#timer !== undefined) setTimeout(this.#pause, 0);
  };

  validate = () => {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#firstPending = undefined;
    this.store.setIssues(validateAnswers(this.getAnswers()));
  };
}

export function useSoonValidation(
  store: IssuesStore,
  getAnswers: () => Answers,
  messagesShown: (field: Element) => boolean,
) {
  const [validation] = useState(() => new SoonValidation(store, getAnswers, messagesShown));
  // Capture phase on the document: before React's own blur handling marks the field as touched.
  useEffect(() => {
    const listeners = [
      ['focusout', validation.leave],
      ['pointerdown', validation.pointerDown],
      ['pointerup', validation.pointerUp],
      ['pointercancel', validation.pointerUp],
    ] as const;
    for (const [type, listener] of listeners) document.addEventListener(type, listener, true);
    return () => {
      for (const [type, listener] of listeners) document.removeEventListener(type, listener, true);
    };
  }, [validation]);
  return validation;
}
