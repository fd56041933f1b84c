/** Step 2 — VPN Tunnel Interface, ACL bypass, and how clients reach the ASA. */
import { useWatch } from 'react-hook-form';
import { CheckboxField } from '../ui/checkbox-field';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';
import { useInterfaceNames } from './use-interface-names';

export function TunnelInterfaceStep() {
  const current = useWatch({ name: 'tunnelInterface.vpnInterface' }) as string | undefined;
  const interfaces = useInterfaceNames(current);
  return (
    <>
      <p className="step-intro">
        Choose the interface that remote clients connect to. The crypto map and IKEv1 are enabled on
        it.
      </p>
      <div className="form-grid">
        <SelectField path="tunnelInterface.vpnInterface" options={interfaces} />
        <CheckboxField
          path="tunnelInterface.bypassInterfaceAcls"
          help="sysopt connection permit-vpn: decrypted VPN traffic is not checked against the interface access list."
        />
        <TextField
          path="tunnelInterface.publicAddress"
          size="long"
          help="The address or DNS name users type into their VPN client (client setup only)."
        />
        <CheckboxField
          path="tunnelInterface.asaBehindNat"
          help="Tick when the ASA's outside address is itself translated; Windows then needs a registry change."
        />
      </div>
    </>
  );
}
