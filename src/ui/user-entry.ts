/**
 * The entry row of step 6 (a user typed but not yet added), kept outside the step so that leaving
 * it with the browser's own Back or Forward (which no in-page guard can hold) keeps what was typed.
 * In memory only, like every secret; Start over clears it.
 */
import { useSyncExternalStore } from 'react';

export interface UserEntry {
  username: string;
  password: string;
  confirm: string;
}

export const EMPTY_USER_ENTRY: UserEntry = { username: '', password: '', confirm: '' };

let entry = EMPTY_USER_ENTRY;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setUserEntry(next: UserEntry | ((current: UserEntry) => UserEntry)): void {
  entry = typeof next === 'function' ? next(entry) : next;
  for (const listener of listeners) listener();
}

export const clearUserEntry = () => setUserEntry(EMPTY_USER_ENTRY);

export function useUserEntry(): UserEntry {
  return useSyncExternalStore(
    subscribe,
    () => entry,
    () => EMPTY_USER_ENTRY,
  );
}
