/**
 * Conversions of full-width input (src/domain/full-width.ts) waiting to be applied. A field left
 * by pressing on something else converts its value only when the button is released (see
 * pointer-press.ts: a note or a message appearing meanwhile would move what is being clicked).
 * If that click is Next or Finish, the step is checked in the click's own handler, before the
 * release's queue runs: the form's submit handler applies the waiting conversions first, so it
 * checks the converted values.
 */
const waiting = new Set<() => void>();

/** Registers a conversion; returns it, to be run once (later runs, and flushes, do nothing). */
export function waitingConversion(convert: () => void): () => void {
  const run = () => {
    if (!waiting.delete(run)) return;
    convert();
  };
  waiting.add(run);
  return run;
}

/** Applies every conversion still waiting (before the answers are checked). */
export function applyWaitingConversions(): void {
  for (const run of [...waiting]) run();
}
