import { describe, expect, it } from 'vitest';
import type { ComponentType } from 'react';
import { STEPS, type AnswerStepId } from '../domain/answers';
import { ciscoExample } from '../domain/defaults';
import { en, type MessageId } from '../i18n/en';
import { ja } from '../i18n/ja';
import type { StepProps } from '../ui/step-props';
import { AddressPoolStep } from './address-pool-step';
import { AuthMethodStep } from './auth-method-step';
import { ClientAttributesStep } from './client-attributes-step';
import { ClientAuthenticationStep } from './client-authentication-step';
import { IkePolicyStep } from './ike-policy-step';
import { IntroductionStep } from './introduction-step';
import { IpsecSettingsStep } from './ipsec-settings-step';
import { RemoteAccessClientStep } from './remote-access-client-step';
import { renderStep, textOf } from './testing/render-step';
import { TransformSetStep } from './transform-set-step';
import { TunnelInterfaceStep } from './tunnel-interface-step';
import { UserAccountsStep } from './user-accounts-step';

const PAGES: Record<AnswerStepId, ComponentType<StepProps>> = {
  introduction: IntroductionStep,
  tunnelInterface: TunnelInterfaceStep,
  remoteAccessClient: RemoteAccessClientStep,
  authMethod: AuthMethodStep,
  clientAuthentication: ClientAuthenticationStep,
  userAccounts: UserAccountsStep,
  addressPool: AddressPoolStep,
  ikePolicy: IkePolicyStep,
  transformSet: TransformSetStep,
  clientAttributes: ClientAttributesStep,
  ipsecSettings: IpsecSettingsStep,
};

const answerSteps = STEPS.map((step) => step.id).filter(
  (id): id is AnswerStepId => id !== 'summary',
);
const introOf = (id: AnswerStepId) => `steps.${id}.intro` as MessageId;
/** A message's text as shown: `code` marks dropped. */
const shown = (text: string) => text.replace(/`/g, '');

describe('step pages', () => {
  it.each(answerSteps)('%s has its intro in English and Japanese', (id) => {
    expect(en[introOf(id)]).toBeTruthy();
    expect(ja[introOf(id)]).toMatch(/[\u3040-\u30ff]/);
  });

  it.each(answerSteps)('%s shows its English texts', (id) => {
    const text = textOf(renderStep(PAGES[id], ciscoExample(), 'en'));
    expect(text).toContain(en[introOf(id)]);
  });

  it.each(answerSteps)('%s shows its Japanese texts and not the English ones', (id) => {
    const text = textOf(renderStep(PAGES[id], ciscoExample(), 'ja'));
    expect(text).toContain(shown(ja[introOf(id)]));
    expect(text).not.toContain(en[introOf(id)]);
  });

  it('shows field help with parameters and option labels in Japanese', () => {
    const auth = textOf(renderStep(AuthMethodStep, ciscoExample(), 'ja'));
    expect(auth).toContain('事前共有キーで認証する');
    expect(auth).toContain('ASA が使用できるのは DefaultRAGroup だけです。');
    const intro = renderStep(IntroductionStep, ciscoExample(), 'ja');
    expect(intro).toContain('<option value="8.4-or-later">8.4 以降</option>');
    expect(intro).toContain('<strong>始める前に:</strong> L2TP over IPsec は');
    expect(textOf(intro)).toContain('Cisco の設定例を読み込む');
    const users = renderStep(UserAccountsStep, ciscoExample(), 'ja');
    expect(textOf(users)).toContain('ユーザー (1 人)');
    expect(users).toContain('aria-label="ユーザー test を削除">削除</button>');
  });

  it('keeps the English user list and Delete button names exactly', () => {
    const users = renderStep(UserAccountsStep, ciscoExample(), 'en');
    expect(users).toContain('>Users (1)</h3>');
    expect(users).toContain('aria-label="Users"');
    expect(users).toContain('aria-label="Delete test">Delete</button>');
  });
});
