/**
 * The build-time snapshot of step 1 (see src/snapshot.ts): the app rendered to static HTML with
 * the default answers, exactly what a new visitor's first screen shows, with a static router whose
 * links are the hash router's. Used by scripts/vite-html-plugins.ts at build time only.
 */
import { StrictMode, type ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { createPath, Router, type Navigator } from 'react-router';
import { App } from './app';
import { defaultAnswers } from './domain/defaults';
import { withFormValues } from './prerender-form-values';
import { en } from './i18n/en';
import { STARTS_IN_JAPANESE_SOURCE } from './i18n/language';
import { SNAPSHOT_ATTRIBUTE } from './snapshot';
import { DRAFT_KEY_PREFIX } from './wizard/browser-keys';
import { FIRST_STEP_PATH } from './wizard/step-registry';

const ignore = () => {};

/** Links as HashRouter writes them ("#/step/2"), so the hydrated markup is already right. */
const navigator: Navigator = {
  createHref: (to) => `#${typeof to === 'string' ? to : createPath(to)}`,
  go: ignore,
  push: ignore,
  replace: ignore,
};

function SnapshotRouter({ children }: { children: ReactNode }) {
  return (
    <Router location={FIRST_STEP_PATH} navigator={navigator} static>
      {children}
    </Router>
  );
}

export async function renderSnapshot(): Promise<string> {
  const { prelude } = await prerender(
    <StrictMode>
      <App Router={SnapshotRouter} lang="en" catalogue={en} />
    </StrictMode>,
  );
  // Without a saved draft (the only case in which the snapshot is used) the form starts with the
  // default answers.
  const html = withFormValues(await new Response(prelude).text(), defaultAnswers());
  if (!html.startsWith('<div class="app"')) throw new Error('unexpected snapshot markup');
  // Inert until the live wizard has taken it over: nothing can be typed into it and lost.
  return html.replace('<div class="app"', `<div class="app" inert ${SNAPSHOT_ATTRIBUTE}`);
}

/** Runs in <head> before the snapshot is parsed; see snapshotToHydrate() in src/snapshot.ts. */
export const SNAPSHOT_GUARD_SCRIPT = `try{var h=location.hash;if(${STARTS_IN_JAPANESE_SOURCE}){document.documentElement.lang="ja";document.documentElement.setAttribute(${JSON.stringify(SNAPSHOT_ATTRIBUTE)},"off")}else if(h&&h!=="#/"&&h!==${JSON.stringify(`#${FIRST_STEP_PATH}`)}||Object.keys(localStorage).some(function(k){return k.indexOf(${JSON.stringify(DRAFT_KEY_PREFIX)})===0}))document.documentElement.setAttribute(${JSON.stringify(SNAPSHOT_ATTRIBUTE)},"off")}catch(e){}`;
