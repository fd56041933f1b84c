/** Step 11 — NAT exemption, split tunneling, Internet access (hairpin) and PFS. */
import { useWatch } from 'react-hook-form';
import { poolObjectUsed } from '../domain/ipsec-fields';
import { PFS_GROUPS } from '../domain/options';
import { msg } from '../i18n/catalogue';
import { CheckboxField } from '../ui/checkbox-field';
import { RichText } from '../ui/i18n';
import { SelectField } from '../ui/select-field';
import { TextAreaField } from '../ui/text-area-field';
import { TextField } from '../ui/text-field';
import { useInterfaceNames } from './use-interface-names';

export function IpsecSettingsStep() {
  const [natExempt, natInterface, split, interceptDhcp, hairpin, pfs] = useWatch({
    name: [
      'ipsecSettings.natExempt',
      'ipsecSettings.natInsideInterface',
      'ipsecSettings.splitTunnel',
      'ipsecSettings.interceptDhcp',
      'ipsecSettings.hairpin',
      'ipsecSettings.pfs',
    ],
  }) as [boolean, string | undefined, boolean, boolean, boolean, boolean];
  const interfaces = useInterfaceNames(natInterface);
  // The pool object serves NAT exemption and the hairpin: shown with whichever uses it.
  const poolObjectField = <TextField path="ipsecSettings.poolObjectName" size="long" />;
  const hairpinOnly = !natExempt && poolObjectUsed({ natExempt, hairpin, splitTunnel: split });
  return (
    <>
      <p className="step-intro">
        <RichText message={msg('steps.ipsecSettings.intro')} />
      </p>
      <div className="form-stack">
        <CheckboxField path="ipsecSettings.natExempt">
          {natExempt ? (
            <div className="form-grid">
              <SelectField path="ipsecSettings.natInsideInterface" options={interfaces} />
              <TextAreaField
                path="ipsecSettings.exemptNetworks"
                rows={3}
                help={<RichText message={msg('steps.ipsecSettings.exemptNetworks.help')} />}
              />
              {poolObjectField}
            </div>
          ) : null}
        </CheckboxField>
        <CheckboxField path="ipsecSettings.splitTunnel">
          {split ? (
            <div className="form-grid">
              <TextAreaField
                path="ipsecSettings.splitNetworks"
                rows={3}
                help={<RichText message={msg('steps.ipsecSettings.splitNetworks.help')} />}
              />
              <TextField path="ipsecSettings.splitAclName" size="long" />
              <CheckboxField
                path="ipsecSettings.interceptDhcp"
                help={<RichText message={msg('steps.ipsecSettings.interceptDhcp.help')} />}
              >
                {interceptDhcp ? (
                  <div className="form-grid">
                    <TextField path="ipsecSettings.interceptDhcpNetmask" inputMode="decimal" />
                  </div>
                ) : null}
              </CheckboxField>
            </div>
          ) : null}
        </CheckboxField>
        <CheckboxField
          path="ipsecSettings.hairpin"
          disabled={split}
          help={
            <RichText
              message={msg(
                split
                  ? 'steps.ipsecSettings.hairpin.helpSplit'
                  : 'steps.ipsecSettings.hairpin.helpFull',
              )}
            />
          }
        >
          {hairpinOnly ? <div className="form-grid">{poolObjectField}</div> : null}
        </CheckboxField>
        <CheckboxField path="ipsecSettings.pfs">
          {pfs ? (
            <div className="form-grid">
              <SelectField path="ipsecSettings.pfsGroup" options={PFS_GROUPS} />
            </div>
          ) : null}
        </CheckboxField>
      </div>
    </>
  );
}
