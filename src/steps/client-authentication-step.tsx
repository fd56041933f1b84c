/** Step 5 — where user names and passwords are checked: the local database or an AAA server group. */
import { useWatch } from 'react-hook-form';
import { AAA_PROTOCOLS, USER_DATABASES } from '../domain/options';
import { PROTOCOLS_WITH_KEY } from '../domain/step-schemas/client-authentication';
import { RadioGroupField } from '../ui/radio-group-field';
import { SecretField } from '../ui/secret-field';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';
import { useInterfaceNames } from './use-interface-names';

const DATABASE_OPTIONS = USER_DATABASES.map(([value, label]) => ({ value, label }));

export function ClientAuthenticationStep() {
  const [database, protocol, aaaInterface] = useWatch({
    name: [
      'clientAuthentication.userDatabase',
      'clientAuthentication.aaaProtocol',
      'clientAuthentication.aaaInterface',
    ],
  }) as [string | undefined, string | undefined, string | undefined];
  const interfaces = useInterfaceNames(aaaInterface);
  const needsKey = (PROTOCOLS_WITH_KEY as readonly (string | undefined)[]).includes(protocol);
  return (
    <>
      <p className="step-intro">
        After IPsec is up, the user signs in with a user name and password inside PPP. Choose where
        the ASA checks them.
      </p>
      <div className="form-stack">
        <RadioGroupField path="clientAuthentication.userDatabase" options={DATABASE_OPTIONS} />
        {database === 'aaa' ? (
          <div className="form-grid">
            <TextField path="clientAuthentication.aaaServerGroup" size="long" />
            <SelectField path="clientAuthentication.aaaProtocol" options={AAA_PROTOCOLS} />
            <TextField path="clientAuthentication.aaaServerIp" inputMode="decimal" />
            <SelectField path="clientAuthentication.aaaInterface" options={interfaces} />
            {needsKey ? (
              <>
                <SecretField
                  path="clientAuthentication.aaaSecretKey"
                  help="The shared secret configured for this ASA on the server."
                />
                <SecretField path="clientAuthentication.aaaSecretKeyConfirm" />
              </>
            ) : null}
          </div>
        ) : (
          <p className="field-help">
            Users are created on the next step. The User Accounts step is skipped when you use an
            AAA server group.
          </p>
        )}
      </div>
    </>
  );
}
