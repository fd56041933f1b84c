/**
 * Whether a mouse button (or a finger) is pressed on the page, and work held back until it is
 * released. Leaving a field by pressing on something else (a checkbox below it) marks the field
 * touched and revalidates it; if a message appeared or vanished between press and release, what
 * the user pressed would move away and the click would land elsewhere. So those updates wait for
 * the release: the click, dispatched with it, has then hit the control that did not move.
 */
let pressed = false;
const waiting: (() => void)[] = [];

function release() {
  if (!pressed) return;
  pressed = false;
  const jobs = waiting.splice(0);
  if (jobs.length > 0) setTimeout(() => jobs.forEach((job) => job()), 0);
}

if (typeof document !== 'undefined') {
  document.addEventListener('pointerdown', () => (pressed = true), true);
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
  // Typing means no button is held: a release the page never saw must not hold work back.
  document.addEventListener('keydown', release, true);
}

/** Runs `job` now, or after the release (in order) while a button is pressed. */
export function afterPointerRelease(job: () => void): void {
  if (pressed) waiting.push(job);
  else job();
}
