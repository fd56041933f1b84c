/** What the wizard shell shares with its parts (besides the form itself, shared by FormProvider). */
import { createContext, useContext } from 'react';
import type { Answers, StepId } from '../domain/answers';
import type { Msg } from '../i18n/catalogue';
import type { NoticeTone } from '../ui/notice';

export interface NoticeItem {
  id: number;
  tone: NoticeTone;
  /**
   * A catalogue message, formatted when shown: a notice on screen follows a language switch.
   * (Plain text only from parts not yet moved to the catalogue.)
   */
  text: Msg | string;
  /** One line each, listed under the text (e.g. every problem of a file that could not be opened). */
  details?: readonly (Msg | string)[];
}

export interface WizardContextValue {
  /** Steps the user has been through (left at least once); drives complete/invalid marks. */
  visited: ReadonlySet<StepId>;
  markVisited: (id: StepId) => void;
  notices: readonly NoticeItem[];
  pushNotice: (tone: NoticeTone, text: Msg | string, details?: readonly (Msg | string)[]) => void;
  dismissNotice: (id: number) => void;
  dismissNotices: (tone: NoticeTone) => void;
  rememberSecrets: boolean;
  setRememberSecrets: (remember: boolean) => void;
  /** Replaces every answer (Cisco example, opened file) and reports it. */
  replaceAnswers: (answers: Answers, notice: Msg | string, tone?: NoticeTone) => void;
  /** Clears every answer, the draft and the progress. */
  startOver: () => void;
}

export const WizardContext = createContext<WizardContextValue | null>(null);

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error('useWizard needs the WizardProvider');
  return value;
}
