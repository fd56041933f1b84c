/**
 * A field's label in the current language and, in Japanese, ASDM's English label as a small second
 * line: Cisco's Japanese guides name ASDM's controls in English. The ASDM line sits outside the
 * <label>/<legend>, so the control's accessible name stays exactly its label.
 */
import { ASDM_FIELDS, labelOf, type FieldPath } from '../domain/labels';
import { msg, type Msg } from '../i18n/catalogue';
import { useEnglish, useLanguage, useT } from './i18n';

export function FieldLabelText({ path }: { path: FieldPath }) {
  return <>{useT()(labelOf(path))}</>;
}

export function AsdmLabel({ path }: { path: FieldPath }) {
  return ASDM_FIELDS.has(path) ? <AsdmLine label={labelOf(path)} /> : null;
}

/** ASDM's English label (a message whose English text is ASDM's), in Japanese only. */
export function AsdmLine({ label }: { label: Msg }) {
  const { lang } = useLanguage();
  const english = useEnglish();
  const t = useT();
  // The English texts arrive just after the first screen in Japanese: no empty "ASDM:" meanwhile.
  const asdmLabel = english(label);
  if (lang === 'en' || asdmLabel === '') return null;
  return (
    <span className="asdm-label" lang="en">
      {t(msg('asdm.label', { label: asdmLabel }))}
    </span>
  );
}
