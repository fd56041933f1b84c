/**
 * Step 4 — how the ASA authenticates the client device: a pre-shared key (DefaultRAGroup, locked)
 * or a certificate (trustpoint, any tunnel group name).
 */
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { TUNNEL_GROUP_FOR_PSK } from '../domain/defaults';
import { LIMITS } from '../domain/limits';
import { AUTH_METHODS, optionsOf } from '../domain/options';
import { msg } from '../i18n/catalogue';
import { RichText } from '../ui/i18n';
import { RadioGroupField } from '../ui/radio-group-field';
import { SecretField } from '../ui/secret-field';
import { TextField } from '../ui/text-field';
import { generatePreSharedKey, KEY_LENGTH } from './generate-key';

const METHOD_OPTIONS = optionsOf(AUTH_METHODS).map(([value, label]) => ({ value, label }));

export function AuthMethodStep() {
  const { getValues, setValue } = useFormContext();
  const method = useWatch({ name: 'authMethod.method' }) as string | undefined;
  const psk = method === 'pre-shared-key';

  // With a pre-shared key the tunnel group is not a choice (the field is read-only), so keep it
  // at DefaultRAGroup whenever that method is selected.
  useEffect(() => {
    if (psk && getValues('authMethod.tunnelGroupName') !== TUNNEL_GROUP_FOR_PSK) {
      setValue('authMethod.tunnelGroupName', TUNNEL_GROUP_FOR_PSK, { shouldDirty: true });
    }
  }, [psk, getValues, setValue]);

  return (
    <>
      <p className="step-intro">
        <RichText message={msg('steps.authMethod.intro')} />
      </p>
      <div className="form-stack">
        <RadioGroupField path="authMethod.method" options={METHOD_OPTIONS} />
        <div className="form-grid">
          {psk ? (
            <SecretField
              path="authMethod.preSharedKey"
              generate={generatePreSharedKey}
              help={
                <RichText
                  message={msg('steps.authMethod.preSharedKey.help', {
                    max: LIMITS.pskMax,
                    length: KEY_LENGTH,
                  })}
                />
              }
            />
          ) : (
            <TextField
              path="authMethod.trustpoint"
              size="long"
              help={<RichText message={msg('steps.authMethod.trustpoint.help')} />}
            />
          )}
          <TextField
            path="authMethod.tunnelGroupName"
            size="long"
            readOnly={psk}
            help={
              psk ? (
                <RichText
                  message={msg('steps.authMethod.tunnelGroupName.fixed', {
                    group: TUNNEL_GROUP_FOR_PSK,
                  })}
                />
              ) : undefined
            }
          />
        </div>
      </div>
    </>
  );
}
