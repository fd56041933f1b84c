/** Step 3 — Remote Access Client: the client type and the PPP authentication types. */
import { labelOf } from '../domain/labels';
import { pppLabel, PPP_TYPES } from '../domain/options';
import { PPP_SUPPORT } from '../domain/rules/ppp-rules';
import { msg } from '../i18n/catalogue';
import { CheckboxGroupField } from '../ui/checkbox-group-field';
import { RichText, useT } from '../ui/i18n';
import { RadioGroupField, type RadioOption } from '../ui/radio-group-field';

const CLIENT_TYPES: readonly RadioOption[] = [
  { value: 'windows-l2tp', label: labelOf('remoteAccessClient.clientType') },
  {
    value: 'cisco-vpn-client',
    label: msg('steps.remoteAccessClient.clientType.ciscoVpnClient'),
    disabled: true,
    note: msg('steps.remoteAccessClient.clientType.notInWizard'),
  },
];

/** PPP keywords: the same in every language. */
const localTypes = PPP_SUPPORT.local.map(pppLabel).join(', ');

export function RemoteAccessClientStep() {
  const t = useT();
  return (
    <>
      <p className="step-intro">
        <RichText message={msg('steps.remoteAccessClient.intro')} />
      </p>
      <div className="form-stack">
        <RadioGroupField
          path="remoteAccessClient.clientType"
          legend={t(msg('steps.remoteAccessClient.clientType.legend'))}
          options={CLIENT_TYPES}
        />
        <CheckboxGroupField
          path="remoteAccessClient.ppp"
          items={PPP_TYPES}
          help={
            <RichText message={msg('steps.remoteAccessClient.ppp.help', { types: localTypes })} />
          }
        />
      </div>
    </>
  );
}
