/**
 * The app: the wizard inside a HashRouter (works served from any path and opened from disk), with
 * error boundaries so that a render error shows the recovery screen, never a blank page.
 */
import type { ComponentType, ReactNode } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import type { Lang } from './i18n/catalogue';
import type { Texts } from './i18n/texts';
import { LanguageProvider } from './ui/i18n';
import { AppErrorBoundary, WizardErrorBoundary } from './wizard/recovery-boundary';
import { CrashSwitch } from './wizard/recovery-crash-switch';
import { StepPage } from './wizard/step-page';
import { FIRST_STEP_PATH, STEP_REGISTRY } from './wizard/step-registry';
import { WizardLayout } from './wizard/wizard-layout';
import { WizardProvider } from './wizard/wizard-provider';

interface Props {
  /** The build-time snapshot (src/prerender.tsx) renders the same tree with a static router. */
  Router?: ComponentType<{ children: ReactNode }>;
  /** The starting language and its catalogue, loaded before the first render (main.tsx). */
  lang?: Lang;
  catalogue?: Texts;
  english?: Texts;
}

export function App({ Router = HashRouter, lang, catalogue, english }: Props) {
  return (
    <LanguageProvider lang={lang} catalogue={catalogue} english={english}>
      <AppErrorBoundary>
        <Router>
          <Wizard />
        </Router>
      </AppErrorBoundary>
    </LanguageProvider>
  );
}

/** Routes, one per step, generated from the step registry, inside the wizard's state. */
function Wizard() {
  return (
    <WizardProvider>
      <WizardErrorBoundary>
        <CrashSwitch />
        <Routes>
          <Route element={<WizardLayout />}>
            {STEP_REGISTRY.map((step) => (
              <Route
                key={step.id}
                path={step.path}
                element={<StepPage key={step.id} step={step} />}
              />
            ))}
          </Route>
          <Route path="*" element={<Navigate replace to={FIRST_STEP_PATH} />} />
        </Routes>
      </WizardErrorBoundary>
    </WizardProvider>
  );
}
