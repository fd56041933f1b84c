/**
 * A TEST-ONLY way to force a render error, so the end-to-end tests can prove that a crash shows the
 * recovery screen and not a blank page. It is inert unless sessionStorage holds CRASH_SWITCH_KEY
 * when the page loads; the key is removed at once (one armed page load), and even then nothing
 * happens until the page receives CRASH_EVENT. Only a script already running on this page can set
 * the key or send the event, and such a script could break the page anyway: the switch opens no new
 * way in, reads nothing from the URL and leaks nothing (it only throws a fixed message).
 */
import { useEffect, useState } from 'react';
import { CRASH_EVENT, CRASH_SWITCH_KEY } from './browser-keys';

function takeArmed(): boolean {
  try {
    if (typeof window === 'undefined' || window.sessionStorage.getItem(CRASH_SWITCH_KEY) === null)
      return false;
    window.sessionStorage.removeItem(CRASH_SWITCH_KEY);
    return true;
  } catch {
    return false;
  }
}

const armed = takeArmed();

export function CrashSwitch() {
  const [crash, setCrash] = useState(false);
  useEffect(() => {
    if (!armed) return;
    const onCrash = () => setCrash(true);
    window.addEventListener(CRASH_EVENT, onCrash);
    return () => window.removeEventListener(CRASH_EVENT, onCrash);
  }, []);
  if (crash) throw new Error('Render error forced by the test switch.');
  return null;
}
