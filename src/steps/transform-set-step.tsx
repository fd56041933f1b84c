/** Step 9 — the IPsec (phase 2) transform set, the dynamic map and the crypto map entry. */
import { ESP_AUTHENTICATIONS, ESP_ENCRYPTIONS } from '../domain/options';
import { FieldRow } from '../ui/field-row';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';

export function TransformSetStep() {
  return (
    <>
      <p className="step-intro">
        Phase 2 encrypts the L2TP traffic. L2TP clients connect from unknown addresses, so they are
        matched by a dynamic map inside the interface&apos;s crypto map.
      </p>
      <div className="form-grid">
        <TextField path="transformSet.transformSetName" size="long" />
        <SelectField path="transformSet.espEncryption" options={ESP_ENCRYPTIONS} />
        <SelectField path="transformSet.espAuthentication" options={ESP_AUTHENTICATIONS} />
        <FieldRow label={<span>Mode</span>}>
          <p className="static-value">
            <span className="mono">transport</span>{' '}
            <span className="field-help">— fixed: L2TP over IPsec always uses transport mode.</span>
          </p>
        </FieldRow>
        <TextField path="transformSet.dynamicMapName" size="long" />
        <TextField path="transformSet.dynamicMapSequence" size="short" inputMode="numeric" />
        <TextField path="transformSet.cryptoMapName" size="long" />
        <TextField path="transformSet.cryptoMapSequence" size="short" inputMode="numeric" />
        <TextField
          path="transformSet.saLifetime"
          size="short"
          inputMode="numeric"
          help="Optional. Leave empty to keep the ASA default (28800 seconds)."
        />
      </div>
    </>
  );
}
