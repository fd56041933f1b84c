/** Step 7 — the pool of addresses assigned to connected clients. */
import { TextField } from '../ui/text-field';

export function AddressPoolStep() {
  return (
    <>
      <p className="step-intro">
        Each connected client gets one address from this pool. Use a range that is not in use on any
        inside network.
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
