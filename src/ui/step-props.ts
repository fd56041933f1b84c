/** What the wizard hands every step component (steps cannot import the wizard itself). */
import type { Answers, StepId } from '../domain/answers';
import type { Msg } from '../i18n/catalogue';

export interface StepProps {
  /** The route path of a step (for <Link to>), e.g. "Edit" links on the Summary. */
  routeOf: (id: StepId) => string;
  /** The 1-based number of a step as shown in the step list. */
  numberOf: (id: StepId) => number;
  /**
   * Lets a step refuse to be left (Next, Back, or any link to another step) for UI-only state, e.g.
   * user fields typed but not added, so that nothing typed is lost silently. The guard returns true
   * to allow leaving; pass null to remove it.
   */
  setLeaveGuard: (guard: (() => boolean) | null) => void;
  /**
   * Replaces every answer (e.g. "Load the Cisco example") and tells the user what happened: a
   * catalogue message, so the notice follows a language switch.
   */
  replaceAnswers: (answers: Answers, notice: Msg | string) => void;
}
