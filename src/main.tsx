import { startTransition, StrictMode, type ReactElement } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import type { Catalogue, Lang } from './i18n/catalogue';
import { initialLanguage, loadCatalogue } from './i18n/language';
import { snapshotToHydrate } from './snapshot';
import { FIRST_STEP_PATH } from './wizard/step-registry';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/nav.css';
import './styles/fields.css';
import './styles/steps.css';
import './styles/feedback.css';
import './styles/preview.css';
import './prerender.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

function start(lang: Lang, catalogue: Catalogue) {
  document.documentElement.lang = lang;
  const app = (
    <StrictMode>
      <App lang={lang} catalogue={catalogue} />
    </StrictMode>
  );
  // The snapshot is English: the guard script hid it when the page starts in another language.
  if (lang === 'en' && snapshotToHydrate()) hydrate(app);
  else createRoot(root as HTMLElement).render(app);
}

function hydrate(app: ReactElement) {
  // The snapshot shows step 1; the address of a first visit may still lack its route.
  if (window.location.hash === '' || window.location.hash === '#/') {
    window.history.replaceState(null, '', `#${FIRST_STEP_PATH}`);
  }
  // As a transition, hydration yields to the browser every few milliseconds instead of blocking
  // it for the whole tree (the snapshot is already on screen meanwhile).
  startTransition(() => {
    hydrateRoot(root as HTMLElement, app);
  });
}

// Development server, or the snapshot would have shown the wrong screen: start renders from scratch.
const lang = initialLanguage();
loadCatalogue(lang).then(
  (catalogue) => start(lang, catalogue),
  () => loadCatalogue('en').then((english) => start('en', english)),
);
