import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
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

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

if (snapshotToHydrate()) {
  // The snapshot shows step 1; the address of a first visit may still lack its route.
  if (window.location.hash === '' || window.location.hash === '#/') {
    window.history.replaceState(null, '', `#${FIRST_STEP_PATH}`);
  }
  // As a transition, hydration yields to the browser every few milliseconds instead of blocking
  // it for the whole tree (the snapshot is already on screen meanwhile).
  startTransition(() => {
    hydrateRoot(root, app);
  });
} else {
  // Development server, or the snapshot would have shown the wrong screen: render from scratch.
  createRoot(root).render(app);
}
