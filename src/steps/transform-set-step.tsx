/** Step 9 — the IPsec (phase 2) transform set, the dynamic map and the crypto map entry. */
import { ESP_AUTHENTICATIONS, ESP_ENCRYPTIONS } from '../domain/options';
import { msg } from '../i18n/catalogue';
import { FieldRow } from '../ui/field-row';
import { RichText, useT } from '../ui/i18n';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';

export function TransformSetStep() {
  const t = useT();
  return (
    <>
      <p className="step-intro">
        <RichText message={msg('steps.transformSet.intro')} />
      </p>
      <div className="form-grid">
        <TextField path="transformSet.transformSetName" size="long" />
        <SelectField path="transformSet.espEncryption" options={ESP_ENCRYPTIONS} />
        <SelectField path="transformSet.espAuthentication" options={ESP_AUTHENTICATIONS} />
        <FieldRow label={<span>{t(msg('steps.transformSet.mode.label'))}</span>}>
          <p className="static-value">
            <span className="mono">transport</span>{' '}
            <span className="field-help">
              <RichText message={msg('steps.transformSet.mode.fixed')} />
            </span>
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
          help={<RichText message={msg('steps.transformSet.saLifetime.help')} />}
        />
      </div>
    </>
  );
}
