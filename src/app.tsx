/** Routes: one per step, generated from the step registry, inside the wizard layout. */
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { StepPage } from './wizard/step-page';
import { STEP_REGISTRY } from './wizard/step-registry';
import { WizardLayout } from './wizard/wizard-layout';
import { WizardProvider } from './wizard/wizard-provider';

const FIRST_STEP = STEP_REGISTRY[0]?.path ?? '/step/1';

export function App() {
  return (
    <HashRouter>
      <WizardProvider>
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
          <Route path="*" element={<Navigate replace to={FIRST_STEP} />} />
        </Routes>
      </WizardProvider>
    </HashRouter>
  );
}
