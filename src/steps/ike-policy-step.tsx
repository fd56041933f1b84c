/** Step 8 — the IKEv1 (phase 1) policy offered to clients. */
import { LIMITS } from '../domain/limits';
import { DH_GROUPS, IKE_ENCRYPTIONS, IKE_HASHES } from '../domain/options';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';

export function IkePolicyStep() {
  return (
    <>
      <p className="step-intro">
        Phase 1 protects the key exchange. Windows proposes several combinations; the ASA picks the
        first of its policies (lowest priority number) that matches.
      </p>
      <div className="form-grid">
        <TextField
          path="ikePolicy.priority"
          size="short"
          inputMode="numeric"
          help={`${LIMITS.priorityMin}–${LIMITS.priorityMax}; lower numbers are tried first.`}
        />
        <SelectField path="ikePolicy.encryption" options={IKE_ENCRYPTIONS} />
        <SelectField path="ikePolicy.hash" options={IKE_HASHES} />
        <SelectField path="ikePolicy.dhGroup" options={DH_GROUPS} />
        <TextField path="ikePolicy.lifetime" size="short" inputMode="numeric" />
      </div>
    </>
  );
}
