/**
 * Step 4 — how the ASA authenticates the client device: a pre-shared key (DefaultRAGroup, locked)
 * or a certificate (trustpoint, any tunnel group name).
 */
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { TUNNEL_GROUP_FOR_PSK } from '../domain/defaults';
import { LIMITS } from '../domain/limits';
import { AUTH_METHODS } from '../domain/options';
import { RadioGroupField } from '../ui/radio-group-field';
import { SecretField } from '../ui/secret-field';
import { TextField } from '../ui/text-field';
import { generatePreSharedKey, KEY_LENGTH } from './generate-key';

const METHOD_OPTIONS = AUTH_METHODS.map(([value, label]) => ({ value, label }));

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
        Windows authenticates the VPN gateway and itself with a key shared by all users (or with
        machine certificates) before the user signs in.
      </p>
      <div className="form-stack">
        <RadioGroupField path="authMethod.method" options={METHOD_OPTIONS} />
        <div className="form-grid">
          {psk ? (
            <SecretField
              path="authMethod.preSharedKey"
              generate={generatePreSharedKey}
              help={`1–${LIMITS.pskMax} characters, no spaces or '?'. Generate makes a random ${KEY_LENGTH}-character key.`}
            />
          ) : (
            <TextField
              path="authMethod.trustpoint"
              size="long"
              help="The trustpoint holding the ASA's identity certificate."
            />
          )}
          <TextField
            path="authMethod.tunnelGroupName"
            size="long"
            readOnly={psk}
            help={
              psk
                ? `Fixed: native clients send no group name, so with a pre-shared key the ASA can only use ${TUNNEL_GROUP_FOR_PSK}.`
                : undefined
            }
          />
        </div>
      </div>
    </>
  );
}
