import { describe, expect, it } from 'vitest';
import { formatMessage, isMsg } from '../i18n/catalogue';
import { english } from '../i18n/english';
import { ja } from '../i18n/ja';
import {
  AAA_PROTOCOLS,
  ASA_VERSIONS,
  AUTH_METHODS,
  IKE_ENCRYPTIONS,
  optionLabel,
  optionsOf,
  optionText,
  PPP_TYPES,
  USER_DATABASES,
  type OptionTable,
} from './options';

const TABLES: Record<string, OptionTable> = {
  ASA_VERSIONS,
  AUTH_METHODS,
  USER_DATABASES,
  AAA_PROTOCOLS,
  PPP_TYPES,
  IKE_ENCRYPTIONS,
};

describe('option texts', () => {
  it.each(Object.entries(TABLES))('%s: the English text is the table label', (_, table) => {
    for (const [value, label] of table) expect(english(optionText(table, value))).toBe(label);
  });

  it('gives descriptive labels a Japanese text and keeps keywords as they are', () => {
    expect(formatMessage(ja, optionText(ASA_VERSIONS, '8.4-or-later'))).toBe('8.4 以降');
    expect(formatMessage(ja, optionText(AUTH_METHODS, 'pre-shared-key'))).toBe(
      '事前共有キーで認証する',
    );
    expect(formatMessage(ja, optionText(USER_DATABASES, 'local'))).toContain('ローカル');
    expect(optionText(ASA_VERSIONS, '8.3')).toBe('8.3');
    expect(optionText(AAA_PROTOCOLS, 'radius')).toBe('RADIUS');
    // PPP_TYPES' third element is the ASA keyword, not a message.
    expect(optionText(PPP_TYPES, 'msChapV2')).toBe('MS-CHAP-V2');
    expect(optionText(IKE_ENCRYPTIONS, 'unknown')).toBe('unknown');
  });

  it('lists [value, text] pairs in table order, English labels unchanged', () => {
    const options = optionsOf(AUTH_METHODS);
    expect(options.map(([value]) => value)).toEqual(['pre-shared-key', 'certificate']);
    expect(options.every(([, text]) => isMsg(text))).toBe(true);
    expect(optionLabel(AUTH_METHODS, 'certificate')).toBe('Authenticate with a certificate');
  });
});
