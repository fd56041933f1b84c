/**
 * platformSteps(answers, platform): one platform's page as ChecklistSteps, the same structure as the
 * Windows checklist, so the preview and every export render all platforms alike.
 */
import type { Answers } from '../../domain/answers';
import { windowsChecklist } from '../windows/checklist';
import type { ChecklistStep } from '../windows/checklist-types';
import { beforeYouStart } from '../windows/checklist-setup-steps';
import { androidSteps } from './android-steps';
import { chromeosSteps } from './chromeos-steps';
import { clientFacts } from './client-facts';
import { iosSteps } from './ios-steps';
import { linuxCliSteps } from './linux-cli-steps';
import { linuxGuiSteps } from './linux-gui-steps';
import { macosSteps } from './macos-steps';
import type { ClientPlatform } from './platforms';

export function platformSteps(answers: Answers, platform: ClientPlatform): ChecklistStep[] {
  switch (platform) {
    case 'windows-10-11':
    case 'windows-8':
      return windowsChecklist(answers, platform).steps;
    case 'macos':
      return macosSteps(clientFacts(answers));
    case 'ios':
      return iosSteps(clientFacts(answers));
    case 'android':
      return androidSteps(clientFacts(answers));
    case 'chromeos':
      return chromeosSteps(clientFacts(answers));
    case 'linux': {
      const facts = clientFacts(answers);
      return [beforeYouStart(facts), ...linuxGuiSteps(facts), ...linuxCliSteps(facts)];
    }
    default: {
      // Exhaustive: a new platform id fails to compile here; at run time, fall back to Windows.
      const unknown: never = platform;
      void unknown;
      return windowsChecklist(answers, 'windows-10-11').steps;
    }
  }
}
