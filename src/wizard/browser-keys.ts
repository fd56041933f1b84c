/**
 * The names this app uses in the browser outside its own memory: the draft's localStorage key and
 * the test-only crash switch (recovery-crash-switch.tsx). Kept free of imports so that the
 * end-to-end tests read them from here instead of copying them.
 */

/** Every draft key, of any version, starts with this (other versions' keys are cleaned up). */
export const DRAFT_KEY_PREFIX = 'asa-l2tp-wizard:draft';
export const DRAFT_VERSION = 1;
export const DRAFT_KEY = `${DRAFT_KEY_PREFIX}:v${DRAFT_VERSION}`;

export const CRASH_SWITCH_KEY = 'asa-l2tp-wizard:test:crash-switch';
export const CRASH_EVENT = 'asa-l2tp-wizard:test:crash';
