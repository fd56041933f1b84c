/** Step 3 — Remote Access Client: the client type and the PPP authentication types. */
import { FIELD_LABELS } from '../domain/labels';
import { pppLabel, PPP_TYPES } from '../domain/options';
import { PPP_SUPPORT } from '../domain/rules/ppp-rules';
import { CheckboxGroupField } from '../ui/checkbox-group-field';
import { RadioGroupField } from '../ui/radio-group-field';

const CLIENT_TYPES = [
  { value: 'windows-l2tp', label: FIELD_LABELS['remoteAccessClient.clientType'] },
  {
    value: 'cisco-vpn-client',
    label: 'Cisco VPN Client, Release 3.x or higher, or other Easy VPN Remote product',
    disabled: true,
    note: '(not part of this wizard)',
  },
];

const localTypes = PPP_SUPPORT.local.map(pppLabel).join(', ');

export function RemoteAccessClientStep() {
  return (
    <>
      <p className="step-intro">
        Native L2TP clients authenticate the user inside PPP after IPsec is up. Allow only the PPP
        types your user database supports.
      </p>
      <div className="form-stack">
        <RadioGroupField
          path="remoteAccessClient.clientType"
          legend="VPN Client Type"
          options={CLIENT_TYPES}
        />
        <CheckboxGroupField
          path="remoteAccessClient.ppp"
          items={PPP_TYPES}
          help={`Windows offers PAP, CHAP, MS-CHAP v2 and EAP. The local user database supports ${localTypes}.`}
        />
      </div>
    </>
  );
}
