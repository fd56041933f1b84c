/** Step 10 — the group policy and the DNS/WINS/domain attributes pushed to clients. */
import { TextField } from '../ui/text-field';

export function ClientAttributesStep() {
  return (
    <>
      <p className="step-intro">
        These settings are sent to the client when it connects. Leave a server empty to inherit it
        from the default group policy.
      </p>
      <div className="form-grid">
        <TextField path="clientAttributes.groupPolicyName" size="long" />
        <TextField path="clientAttributes.dnsPrimary" inputMode="decimal" />
        <TextField path="clientAttributes.dnsSecondary" inputMode="decimal" />
        <TextField path="clientAttributes.winsPrimary" inputMode="decimal" />
        <TextField path="clientAttributes.winsSecondary" inputMode="decimal" />
        <TextField path="clientAttributes.defaultDomain" size="long" />
      </div>
    </>
  );
}
