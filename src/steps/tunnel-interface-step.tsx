/** Step 2 — VPN Tunnel Interface, ACL bypass, and how clients reach the ASA. */
import { useWatch } from 'react-hook-form';
import { msg } from '../i18n/catalogue';
import { CheckboxField } from '../ui/checkbox-field';
import { RichText } from '../ui/i18n';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';
import { useInterfaceNames } from './use-interface-names';

export function TunnelInterfaceStep() {
  const current = useWatch({ name: 'tunnelInterface.vpnInterface' }) as string | undefined;
  const interfaces = useInterfaceNames(current);
  return (
    <>
      <p className="step-intro">
        <RichText message={msg('steps.tunnelInterface.intro')} />
      </p>
      <div className="form-grid">
        <SelectField path="tunnelInterface.vpnInterface" options={interfaces} />
        <CheckboxField
          path="tunnelInterface.bypassInterfaceAcls"
          help={<RichText message={msg('steps.tunnelInterface.bypassInterfaceAcls.help')} />}
        />
        <TextField
          path="tunnelInterface.publicAddress"
          size="long"
          help={<RichText message={msg('steps.tunnelInterface.publicAddress.help')} />}
        />
        <CheckboxField
          path="tunnelInterface.asaBehindNat"
          help={<RichText message={msg('steps.tunnelInterface.asaBehindNat.help')} />}
        />
      </div>
    </>
  );
}
