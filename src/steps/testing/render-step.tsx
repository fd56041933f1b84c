/**
 * Test helper: a step page rendered to static HTML (react-dom/server) with a form holding the given
 * answers, an empty issues store and a language, as the wizard would show it on first arrival.
 */
import type { ComponentType, ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FormProvider, useForm } from 'react-hook-form';
import type { Answers } from '../../domain/answers';
import type { Catalogue, Lang } from '../../i18n/catalogue';
import { en } from '../../i18n/en';
import { ja } from '../../i18n/ja';
import { LanguageProvider } from '../../ui/i18n';
import { IssuesContext } from '../../ui/issues-context';
import { IssuesStore } from '../../ui/issues-store';
import type { StepProps } from '../../ui/step-props';

const CATALOGUES: Record<Lang, Catalogue> = { en, ja };

function Form({ answers, children }: { answers: Answers; children: ReactNode }) {
  const form = useForm({ defaultValues: answers });
  return <FormProvider {...form}>{children}</FormProvider>;
}

const ignore = () => {};
const STEP_PROPS: StepProps = {
  routeOf: (id) => `/step/${id}`,
  numberOf: () => 1,
  setLeaveGuard: ignore,
  replaceAnswers: ignore,
};

export function renderStep(
  Step: ComponentType<StepProps>,
  answers: Answers,
  lang: Lang,
  children?: ReactNode,
): string {
  return renderToStaticMarkup(
    <LanguageProvider lang={lang} catalogue={CATALOGUES[lang]} english={en}>
      <IssuesContext.Provider value={new IssuesStore()}>
        <Form answers={answers}>
          <Step {...STEP_PROPS} />
          {children}
        </Form>
      </IssuesContext.Provider>
    </LanguageProvider>,
  );
}

/** The visible text of rendered HTML: tags dropped (code included), entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
