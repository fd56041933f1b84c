/**
 * A field's label in the current language and, in Japanese, ASDM's English label as a small second
 * line: Cisco's Japanese guides name ASDM's controls in English. The ASDM line sits outside the
 * <label>/<legend>, so the control's accessible name stays exactly its label.
 */
import { english } from '../i18n/catalogue';
import { ASDM_FIELDS, labelOf, type FieldPath } from '../domain/labels';
import { useLanguage, useT } from './i18n';

export function FieldLabelText({ path }: { path: FieldPath }) {
  return <>{useT()(labelOf(path))}</>;
}

export function AsdmLabel({ path }: { path: FieldPath }) {
  const { lang } = useLanguage();
  if (lang === 'en' || !ASDM_FIELDS.has(path)) return null;
  return (
    <span className="asdm-label" lang="en">
      ASDM: {english(labelOf(path))}
    </span>
  );
}
