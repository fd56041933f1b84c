/** Step 2 — VPN Tunnel Interface (whether it is one of step 1's names is a cross-step rule). */
import * as z from 'zod/mini';
import { hostAddressOrNameCheck, interfaceNameCheck } from '../field-checks';
import { booleanField, textField } from '../schema-kit';

export const tunnelInterfaceSchema = z.object({
  vpnInterface: textField('tunnelInterface.vpnInterface', interfaceNameCheck),
  bypassInterfaceAcls: booleanField('tunnelInterface.bypassInterfaceAcls'),
  publicAddress: textField('tunnelInterface.publicAddress', hostAddressOrNameCheck),
  asaBehindNat: booleanField('tunnelInterface.asaBehindNat'),
});
