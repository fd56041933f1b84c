/** Step 5 — where user names and passwords are checked: the local database or an AAA server group. */
import { useWatch } from 'react-hook-form';
import { stepTitle } from '../domain/answers';
import { AAA_PROTOCOLS, optionsOf, USER_DATABASES } from '../domain/options';
import { PROTOCOLS_WITH_KEY } from '../domain/step-schemas/client-authentication';
import { msg } from '../i18n/catalogue';
import { RichText } from '../ui/i18n';
import { RadioGroupField } from '../ui/radio-group-field';
import { SecretField } from '../ui/secret-field';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';
import { useInterfaceNames } from './use-interface-names';

const DATABASE_OPTIONS = optionsOf(USER_DATABASES).map(([value, label]) => ({ value, label }));

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
        <RichText message={msg('steps.clientAuthentication.intro')} />
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
                  help={<RichText message={msg('steps.clientAuthentication.aaaSecretKey.help')} />}
                />
                <SecretField path="clientAuthentication.aaaSecretKeyConfirm" />
              </>
            ) : null}
          </div>
        ) : (
          <p className="field-help">
            <RichText
              message={msg('steps.clientAuthentication.localNote', {
                step: stepTitle('userAccounts'),
              })}
            />
          </p>
        )}
      </div>
    </>
  );
}
