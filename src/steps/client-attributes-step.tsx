/** Step 10 — the group policy and the DNS/WINS/domain attributes pushed to clients. */
import { msg } from '../i18n/catalogue';
import { RichText } from '../ui/i18n';
import { TextField } from '../ui/text-field';

export function ClientAttributesStep() {
  return (
    <>
      <p className="step-intro">
        <RichText message={msg('steps.clientAttributes.intro')} />
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
