/**
 * Error boundaries: a render error anywhere in the wizard shows the recovery screen instead of a
 * blank page. The inner boundary sits inside the form, so the screen can offer the answers as they
 * are in memory; the outer one catches failures of the form itself (and of the router) and falls
 * back to the draft saved in this browser.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Answers } from '../domain/answers';
import { browserStorage } from './boot-state';
import { loadDraft } from './draft-storage';
import { RecoveryScreen } from './recovery-screen';
import { useWizard } from './wizard-context';

interface Props {
  children: ReactNode;
  fallback: (error: unknown) => ReactNode;
}

class ErrorBoundary extends Component<Props, { error: unknown; failed: boolean }> {
  state = { error: null as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  componentDidCatch(_error: unknown, _info: ErrorInfo) {
    // React has already reported the error (console); the screen tells the user what to do.
  }

  render() {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children;
  }
}

/**
 * Around the routes, inside the form: recovery offers the answers currently in memory, and its
 * Start over also wipes the wizard's state (which would otherwise save its draft on unload).
 */
export function WizardErrorBoundary({ children }: { children: ReactNode }) {
  const { getValues } = useFormContext();
  const { startOver } = useWizard();
  return (
    <ErrorBoundary
      fallback={(error) => (
        <RecoveryScreen error={error} answers={getValues() as Answers} forget={startOver} />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}

/** Around everything: when the form itself failed, the draft saved in this browser is all there is. */
export function AppErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={(error) => {
        const draft = loadDraft(browserStorage());
        return (
          <RecoveryScreen
            error={error}
            answers={draft.kind === 'restored' ? draft.draft.answers : null}
          />
        );
      }}
    >
      {children}
    </ErrorBoundary>
  );
}
