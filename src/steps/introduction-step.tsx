/** Step 1 — Introduction: ASA version and interface names, plus the Cisco example loader. */
import { ciscoExample } from '../domain/defaults';
import { ASA_VERSIONS, optionsOf } from '../domain/options';
import { msg } from '../i18n/catalogue';
import { RichText, useT } from '../ui/i18n';
import type { StepProps } from '../ui/step-props';
import { SelectField } from '../ui/select-field';
import { TextAreaField } from '../ui/text-area-field';
import { TextField } from '../ui/text-field';

const VERSION_OPTIONS = optionsOf(ASA_VERSIONS);

export function IntroductionStep({ replaceAnswers }: StepProps) {
  const t = useT();
  return (
    <>
      <p className="step-intro">
        <RichText message={msg('steps.introduction.intro')} />
      </p>
      <div className="callout callout--info">
        <p>
          <RichText
            message={msg('steps.introduction.beforeStart.text', { label: '' })}
            elements={{ label: <strong>{t(msg('steps.introduction.beforeStart.label'))}</strong> }}
          />
        </p>
      </div>
      <div className="form-grid">
        <SelectField
          path="introduction.asaVersion"
          options={VERSION_OPTIONS}
          help={<RichText message={msg('steps.introduction.asaVersion.help')} />}
        />
        <TextField path="introduction.outsideInterface" size="medium" />
        <TextField path="introduction.insideInterface" size="medium" />
        <TextAreaField
          path="introduction.otherInterfaces"
          rows={2}
          help={<RichText message={msg('steps.introduction.otherInterfaces.help')} />}
        />
      </div>
      <div className="example-box">
        <div>
          <p className="example-title">{t(msg('steps.introduction.example.title'))}</p>
          <p className="field-help">
            <RichText message={msg('steps.introduction.example.text')} />
          </p>
        </div>
        <button
          type="button"
          className="btn"
          onClick={() => replaceAnswers(ciscoExample(), msg('steps.introduction.example.loaded'))}
        >
          {t(msg('steps.introduction.example.load'))}
        </button>
      </div>
    </>
  );
}
