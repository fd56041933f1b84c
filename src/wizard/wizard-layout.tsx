/**
 * The ASDM-style frame: title bar, step list (left), the current step with the button bar
 * (centre), the live preview (right; below the form on narrow screens). The step content is the
 * route's <Outlet>; everything here is derived from the step registry and the current route.
 */
import {
  createElement,
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ComponentType,
} from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { StepId } from '../domain/answers';
import { msg } from '../i18n/catalogue';
import { whenInteractive } from '../snapshot';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { applyWaitingConversions } from '../ui/full-width-input';
import { useT } from '../ui/i18n';
import { ButtonBar } from './button-bar';
import { HelpPanel } from './help-panel';
import { NoticeList } from './notice-list';
import { SkipLink } from './skip-link';
import { StepNav } from './step-nav';
import type { OutletContext } from './step-page';
import { FIRST_STEP_PATH, preloadAllSteps, routeOf, STEP_REGISTRY } from './step-registry';
import { whenTextsReady } from '../i18n/texts';
import { TitleBar } from './title-bar';
import { useStepActions } from './use-step-actions';
import { useWizard } from './wizard-context';

type PreviewPaneType = ComponentType<{ routeOf: (id: StepId) => string }>;

// Only shown after Finish on the last step; its code (with the issue list it shares with the
// Summary) stays out of the first screen's bundle.
const FinishReport = lazy(() =>
  Promise.all([import('./finish-report'), whenTextsReady()]).then(([module]) => ({
    default: module.FinishReport,
  })),
);

function PreviewLoading() {
  return <p className="loading">{useT()(msg('chrome.preview.loading'))}</p>;
}
const PREVIEW_LOADING = <PreviewLoading />;

/**
 * The preview (generators, tabs, handouts) is not needed to fill in step 1, so its code is only
 * requested once the first step is usable: the first screen never waits for it. It is rendered
 * only once its code is here, in one ordinary update (not a suspended lazy component, whose retry
 * may render in slices and read the answers before a change the user makes meanwhile). A failed
 * load is thrown during render, so the error boundary shows it.
 */
function usePreviewAfterFirstStep(): boolean {
  const [state, setState] = useState<{ ready: boolean; error?: unknown }>({ ready: false });
  useEffect(() => {
    let mounted = true;
    whenInteractive()
      .then(() => Promise.all([import('../preview/preview-pane'), whenTextsReady()]))
      .then(
        ([module]) => {
          loadedPreviewPane = module.PreviewPane;
          if (mounted) setState({ ready: true });
        },
        (error: unknown) => mounted && setState({ ready: false, error }),
      );
    return () => {
      mounted = false;
    };
  }, []);
  if (state.error !== undefined) throw state.error;
  return state.ready;
}

/** Set once by usePreviewAfterFirstStep(); the same component for the life of the page. */
let loadedPreviewPane: PreviewPaneType | null = null;

function Preview({ routeOf }: { routeOf: (id: StepId) => string }) {
  return loadedPreviewPane ? createElement(loadedPreviewPane, { routeOf }) : PREVIEW_LOADING;
}

export function WizardLayout() {
  const location = useLocation();
  const navigate = useNavigate();
  const current = STEP_REGISTRY.find((step) => step.path === location.pathname);
  const { dismissNotices, markVisited, startOver } = useWizard();
  const actions = useStepActions(current);
  const { setFinishReport } = actions;
  const [helpOpen, setHelpOpen] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const lastShown = useRef<StepId | undefined>(undefined);
  const previewReady = usePreviewAfterFirstStep();
  const t = useT();

  // Leaving a displayed step marks it as visited (complete or needing input). Routes that only
  // redirected (a deep link past an invalid step) never count.
  const onShown = useCallback(
    (id: StepId) => {
      if (lastShown.current && lastShown.current !== id) markVisited(lastShown.current);
      lastShown.current = id;
    },
    [markVisited],
  );

  // The finish report belongs to one visit of the Summary; success messages to one step.
  useEffect(() => {
    setFinishReport(null);
    dismissNotices('success');
  }, [current?.id, setFinishReport, dismissNotices]);

  // The other steps' code is fetched once the first step is usable and the page is idle, so Next
  // never waits for it.
  useEffect(() => {
    const idle =
      window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
    void whenInteractive().then(() => idle(() => preloadAllSteps()));
  }, []);

  const isLast = current?.id === 'summary';
  const outletContext: OutletContext = {
    setLeaveGuard: actions.setLeaveGuard,
    onShown,
    belowHeading: (
      <>
        <NoticeList />
        {helpOpen && current ? (
          <HelpPanel step={current} onClose={() => setHelpOpen(false)} />
        ) : null}
      </>
    ),
  };

  return (
    <div
      className="app"
      onClickCapture={(event) => {
        // Every link to a step (step list, Edit, the preview's banner) asks the leave guard first,
        // like Next and Back; react-router's Link does nothing for a prevented click.
        const link = (event.target as Element).closest('a[href^="#/"]');
        if (link && !actions.mayLeave()) {
          event.preventDefault();
          event.stopPropagation();
        }
      }}
    >
      <SkipLink />
      <TitleBar />
      <div className="workspace">
        <StepNav current={current} />
        <main className="step-pane">
          <form
            className="step-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              // A field left by clicking Next or Finish is converted before the step is checked.
              applyWaitingConversions();
              if (isLast) actions.finish();
              else void actions.next();
            }}
          >
            <div className="step-scroll">
              <div className="step-body">
                <Outlet context={outletContext} />
              </div>
              {actions.finishReport ? (
                <Suspense fallback={null}>
                  <FinishReport report={actions.finishReport} />
                </Suspense>
              ) : null}
            </div>
            <ButtonBar
              isFirst={!current || current.number === 1}
              isLast={isLast}
              helpOpen={helpOpen}
              onBack={actions.back}
              onCancel={() => setConfirmCancel(true)}
              onToggleHelp={() => setHelpOpen((open) => !open)}
            />
          </form>
        </main>
        <section className="preview-pane" aria-labelledby="preview-title">
          <h2 id="preview-title" className="pane-title">
            {t(msg('chrome.preview.title'))}
          </h2>
          {previewReady ? <Preview routeOf={routeOf} /> : PREVIEW_LOADING}
        </section>
      </div>
      <ConfirmDialog
        open={confirmCancel}
        title={msg('chrome.startOver.title')}
        confirmLabel={msg('chrome.startOver.confirm')}
        cancelLabel={msg('chrome.startOver.keep')}
        destructive
        onCancel={() => setConfirmCancel(false)}
        onConfirm={() => {
          setConfirmCancel(false);
          startOver();
          // After the dialog has closed: a modal dialog makes the page inert, and the new step
          // must be able to take focus for its heading.
          setTimeout(() => navigate(FIRST_STEP_PATH), 0);
        }}
      >
        <p>{t(msg('chrome.startOver.body'))}</p>
      </ConfirmDialog>
    </div>
  );
}
