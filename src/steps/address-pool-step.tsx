/** Step 7 — the pool of addresses assigned to connected clients. */
import { msg } from '../i18n/catalogue';
import { RichText } from '../ui/i18n';
import { TextField } from '../ui/text-field';

export function AddressPoolStep() {
  return (
    <>
      <p className="step-intro">
        <RichText message={msg('steps.addressPool.intro')} />
      </p>
      <div className="form-grid">
        <TextField path="addressPool.poolName" size="long" />
        <TextField path="addressPool.startIp" inputMode="decimal" />
        <TextField path="addressPool.endIp" inputMode="decimal" />
        <TextField path="addressPool.subnetMask" inputMode="decimal" />
      </div>
    </>
  );
}
