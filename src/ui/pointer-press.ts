/**
 * Whether a mouse button (or a finger) is pressed on the page, and work held back until it is
 * released. Leaving a field by pressing on something else (a checkbox below it) marks the field
 * touched and revalidates it; if a message appeared or vanished between press and release, what
 * the user pressed would move away and the click would land elsewhere. So those updates wait for
 * the release: the click, dispatched with it, has then hit the control that did not move.
 */
let pressed = false;
let releaseTimer: ReturnType<typeof setTimeout> | undefined;
const waiting: (() => void)[] = [];

function release() {
  clearTimeout(releaseTimer);
  if (!pressed) return;
  pressed = false;
  const jobs = waiting.splice(0);
  if (jobs.length > 0) setTimeout(() => jobs.forEach((job) => job()), 0);
}

/**
 * A mouse's click comes with its release. A tap's does not: the browser sends the compatibility
 * mousedown (which moves focus), mouseup and click only after pointerup, so a touch or pen press
 * lasts until that click (or briefly after, if the gesture was no tap).
 */
function pointerUp(event: PointerEvent) {
  if (event.pointerType === 'mouse') release();
  else releaseTimer = setTimeout(release, TAP_CLICK_WAIT_MS);
}
const TAP_CLICK_WAIT_MS = 400;

if (typeof document !== 'undefined') {
  document.addEventListener(
    'pointerdown',
    () => {
      clearTimeout(releaseTimer);
      pressed = true;
    },
    true,
  );
  document.addEventListener('pointerup', pointerUp, true);
  document.addEventListener('pointercancel', release, true);
  // The bubble phase: after the click's own handlers have run on the unmoved control.
  document.addEventListener('click', release);
  // Typing means no button is held: a release the page never saw must not hold work back.
  document.addEventListener('keydown', release, true);
}

/** Runs `job` now, or after the release (in order) while a button is pressed. */
export function afterPointerRelease(job: () => void): void {
  if (pressed) waiting.push(job);
  else job();
}
