/**
 * The entry row of step 6 (a user typed but not yet added), kept outside the step so that leaving
 * it with the browser's own Back or Forward (which no in-page guard can hold) keeps what was typed.
 * In memory only, like every secret; Start over clears it.
 */
import { sharedValue } from './shared-value';

export interface UserEntry {
  username: string;
  password: string;
  confirm: string;
}

export const EMPTY_USER_ENTRY: UserEntry = { username: '', password: '', confirm: '' };

const entryRow = sharedValue(EMPTY_USER_ENTRY);

export const setUserEntry = entryRow.set;
export const clearUserEntry = () => entryRow.set(EMPTY_USER_ENTRY);
export const useUserEntry = (): UserEntry => entryRow.use();
