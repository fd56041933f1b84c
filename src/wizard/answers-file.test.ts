import { describe, expect, it } from 'vitest';
import { ciscoExample } from '../domain/defaults';
import { formatMessage } from '../i18n/catalogue';
import { english } from '../i18n/english';
import { ja } from '../i18n/ja';
import { answersFileText, readAnswersFile } from './answers-file';

describe('answers file', () => {
  it('round-trips with secrets when asked to', () => {
    const result = readAnswersFile(answersFileText(ciscoExample(), true));
    expect(result.ok && result.answers).toEqual(ciscoExample());
  });

  it('leaves secrets out by default, and the file still opens', () => {
    const text = answersFileText(ciscoExample(), false);
    expect(text).not.toContain('C!sc0@123');
    const result = readAnswersFile(text);
    expect(result.ok && result.answers.authMethod.preSharedKey).toBe('');
    expect(result.ok && result.answers.addressPool).toEqual(ciscoExample().addressPool);
  });

  it('refuses text that is not JSON', () => {
    const messages = readAnswersFile('not json');
    expect(!messages.ok && messages.reasons.map(english)).toEqual(['The file is not valid JSON.']);
    expect(!messages.ok && messages.reasons.map((reason) => formatMessage(ja, reason))).toEqual([
      'ファイルが有効な JSON ではありません。',
    ]);
  });
});
