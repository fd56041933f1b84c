/** Step 8 — the IKEv1 (phase 1) policy offered to clients. */
import { LIMITS } from '../domain/limits';
import { DH_GROUPS, IKE_ENCRYPTIONS, IKE_HASHES } from '../domain/options';
import { msg } from '../i18n/catalogue';
import { RichText } from '../ui/i18n';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';

export function IkePolicyStep() {
  return (
    <>
      <p className="step-intro">
        <RichText message={msg('steps.ikePolicy.intro')} />
      </p>
      <div className="form-grid">
        <TextField
          path="ikePolicy.priority"
          size="short"
          inputMode="numeric"
          help={
            <RichText
              message={msg('steps.ikePolicy.priority.help', {
                min: LIMITS.priorityMin,
                max: LIMITS.priorityMax,
              })}
            />
          }
        />
        <SelectField path="ikePolicy.encryption" options={IKE_ENCRYPTIONS} />
        <SelectField path="ikePolicy.hash" options={IKE_HASHES} />
        <SelectField path="ikePolicy.dhGroup" options={DH_GROUPS} />
        <TextField path="ikePolicy.lifetime" size="short" inputMode="numeric" />
      </div>
    </>
  );
}
