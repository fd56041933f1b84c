/** Step 1 — Introduction: ASA version and interface names, plus the Cisco example loader. */
import { ciscoExample } from '../domain/defaults';
import { ASA_VERSIONS } from '../domain/options';
import type { StepProps } from '../ui/step-props';
import { SelectField } from '../ui/select-field';
import { TextAreaField } from '../ui/text-area-field';
import { TextField } from '../ui/text-field';

export function IntroductionStep({ replaceAnswers }: StepProps) {
  return (
    <>
      <p className="step-intro">
        This wizard configures the ASA to accept Windows&apos; built-in L2TP/IPsec VPN client with a
        pre-shared key, and writes the matching client setup steps. The preview updates as you type.
      </p>
      <div className="callout callout--info">
        <p>
          <strong>Before you start:</strong> L2TP over IPsec uses IKEv1 only and works only with a
          dynamic crypto map. It is supported in single-context routed mode only, and L2TP sessions
          do not survive a stateful failover.
        </p>
      </div>
      <div className="form-grid">
        <SelectField
          path="introduction.asaVersion"
          options={ASA_VERSIONS}
          help="Selects the command syntax (8.4 introduced the ikev1 keywords; 8.3 the new NAT)."
        />
        <TextField path="introduction.outsideInterface" size="medium" />
        <TextField path="introduction.insideInterface" size="medium" />
        <TextAreaField
          path="introduction.otherInterfaces"
          rows={2}
          help="Optional. Any further nameif names (for example dmz), one per line."
        />
      </div>
      <div className="example-box">
        <div>
          <p className="example-title">Start from the Cisco document&apos;s example</p>
          <p className="field-help">
            Fills every step with the values of Cisco document 200340, including its pre-shared key
            and test user. Replace them before you use the configuration.
          </p>
        </div>
        <button
          type="button"
          className="btn"
          onClick={() =>
            replaceAnswers(ciscoExample(), 'Loaded the Cisco example into every step.')
          }
        >
          Load the Cisco example
        </button>
      </div>
    </>
  );
}
