import { startTransition, StrictMode, type ReactElement } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import type { Lang } from './i18n/catalogue';
import { initialLanguage } from './i18n/language';
import { loadTexts, setActiveLanguage, type Texts } from './i18n/texts';
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

function start(lang: Lang, catalogue: Texts, english: Texts) {
  document.documentElement.lang = lang;
  setActiveLanguage(lang);
  const app = (
    <StrictMode>
      <App lang={lang} catalogue={catalogue} english={english} />
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

// The first screen's texts come first (the rest follows once it shows, see ui/i18n.tsx); if the
// chosen language cannot be loaded, the wizard starts in English.
const lang = initialLanguage();
const firstScreen = (language: Lang) =>
  loadTexts(language, ['core']).then((catalogue) =>
    // In Japanese, the English texts (ASDM's labels under the Japanese ones) follow with the rest.
    start(language, catalogue, language === 'en' ? catalogue : {}),
  );
firstScreen(lang).catch(() => firstScreen('en'));
