/**
 * The step registry: STEPS (the domain's ordered step ids) with each step's form component,
 * route and skip condition. Routes, the step list, Next/Back and per-step validation are all
 * derived from this array; nothing else knows the step order. Step 1 is bundled with the app;
 * the other steps are separate chunks loaded on demand (and preloaded once the page is idle).
 */
import { lazy, type ComponentType } from 'react';
import { STEPS, type Answers, type StepId } from '../domain/answers';
import { isStepSkipped, type SkipInputs } from '../domain/skipped-steps';
import { whenTextsReady } from '../i18n/texts';
import { IntroductionStep } from '../steps/introduction-step';
import type { StepProps } from '../ui/step-props';

type Loader = () => Promise<ComponentType<StepProps>>;
type StepSource = { eager: ComponentType<StepProps> } | { load: Loader };

/** One entry per step id: the record type makes a missing step a compile error. */
const SOURCES: Record<StepId, StepSource> = {
  introduction: { eager: IntroductionStep },
  tunnelInterface: {
    load: () => import('../steps/tunnel-interface-step').then((m) => m.TunnelInterfaceStep),
  },
  remoteAccessClient: {
    load: () => import('../steps/remote-access-client-step').then((m) => m.RemoteAccessClientStep),
  },
  authMethod: { load: () => import('../steps/auth-method-step').then((m) => m.AuthMethodStep) },
  clientAuthentication: {
    load: () =>
      import('../steps/client-authentication-step').then((m) => m.ClientAuthenticationStep),
  },
  userAccounts: {
    load: () => import('../steps/user-accounts-step').then((m) => m.UserAccountsStep),
  },
  addressPool: { load: () => import('../steps/address-pool-step').then((m) => m.AddressPoolStep) },
  ikePolicy: { load: () => import('../steps/ike-policy-step').then((m) => m.IkePolicyStep) },
  transformSet: {
    load: () => import('../steps/transform-set-step').then((m) => m.TransformSetStep),
  },
  clientAttributes: {
    load: () => import('../steps/client-attributes-step').then((m) => m.ClientAttributesStep),
  },
  ipsecSettings: {
    load: () => import('../steps/ipsec-settings-step').then((m) => m.IpsecSettingsStep),
  },
  summary: { load: () => import('../steps/summary-step').then((m) => m.SummaryStep) },
};

export interface WizardStep {
  id: StepId;
  /** 1-based, as shown to the user. */
  number: number;
  /** Route path without the leading '#'. */
  path: string;
  Component: ComponentType<StepProps>;
  preload: () => void;
  isSkipped: (answers: SkipInputs) => boolean;
}

function entry(id: StepId, index: number): WizardStep {
  const source = SOURCES[id];
  const load = 'load' in source ? source.load : null;
  return {
    id,
    number: index + 1,
    path: `/step/${index + 1}`,
    Component:
      'eager' in source
        ? source.eager
        : // A step after the first shows once its code and every text have arrived.
          lazy(() =>
            Promise.all([source.load(), whenTextsReady()]).then(([component]) => ({
              default: component,
            })),
          ),
    preload: () => void load?.(),
    isSkipped: (answers) => isStepSkipped(id, answers),
  };
}

export const STEP_REGISTRY: readonly WizardStep[] = STEPS.map((step, index) =>
  entry(step.id, index),
);

export const stepById = (id: StepId): WizardStep =>
  STEP_REGISTRY.find((step) => step.id === id) ?? (STEP_REGISTRY[0] as WizardStep);

/** The route of a step: what links to it use. */
export const routeOf = (id: StepId): string => stepById(id).path;

/** Where the wizard starts (and where "/" and start over lead). */
export const FIRST_STEP_PATH = (STEP_REGISTRY[0] as WizardStep).path;

/** The next step after `index` that applies to the answers (undefined after the last step). */
export function nextStep(index: number, answers: Answers): WizardStep | undefined {
  return STEP_REGISTRY.slice(index + 1).find((step) => !step.isSkipped(answers));
}

export function previousStep(index: number, answers: Answers): WizardStep | undefined {
  return STEP_REGISTRY.slice(0, index)
    .reverse()
    .find((step) => !step.isSkipped(answers));
}

export function preloadAllSteps(): void {
  for (const step of STEP_REGISTRY) step.preload();
}
