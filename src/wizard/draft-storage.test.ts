import { beforeEach, describe, expect, it } from 'vitest';
import { ciscoExample, defaultAnswers } from '../domain/defaults';
import { secretValues } from '../domain/secrets';
import { formatMessage, msg } from '../i18n/catalogue';
import { english } from '../i18n/english';
import { ja } from '../i18n/ja';
import { DRAFT_KEY } from './browser-keys';
import { clearDraft, loadDraft, saveDraft } from './draft-storage';

class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  clear() {
    this.#items.clear();
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  setItem(key: string, value: string) {
    this.#items.set(key, value);
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
});

describe('draft storage', () => {
  it('finds nothing in empty storage', () => {
    expect(loadDraft(storage)).toEqual({ kind: 'none' });
  });

  it('stores no secret unless asked to, and restores the rest', () => {
    const answers = ciscoExample();
    answers.userAccounts.users = [{ username: 'test', password: 'pw-of-test' }];
    answers.addressPool.poolName = 'VPN-POOL';
    saveDraft(storage, { answers, rememberSecrets: false, visited: ['introduction'] });
    const text = storage.getItem(DRAFT_KEY) ?? '';
    expect(secretValues(answers)).toHaveLength(2);
    for (const secret of secretValues(answers)) expect(text).not.toContain(secret);
    const loaded = loadDraft(storage);
    expect(loaded.kind).toBe('restored');
    if (loaded.kind !== 'restored') return;
    expect(loaded.draft.answers.addressPool.poolName).toBe('VPN-POOL');
    expect(loaded.draft.answers.authMethod.preSharedKey).toBe('');
    expect(loaded.draft.answers.userAccounts.users).toEqual([{ username: 'test', password: '' }]);
    expect(loaded.draft.visited).toEqual(['introduction']);
  });

  it('keeps secrets when the user chose to remember them', () => {
    saveDraft(storage, { answers: ciscoExample(), rememberSecrets: true, visited: [] });
    const loaded = loadDraft(storage);
    expect(loaded.kind === 'restored' && loaded.draft.answers).toEqual(ciscoExample());
    expect(loaded.kind === 'restored' && loaded.draft.rememberSecrets).toBe(true);
  });

  it.each([
    ['not JSON', '{oops', /could not be read/],
    ['JSON but not an object', '42', /could not be read/],
    [
      'from an older version',
      JSON.stringify({ version: 0, answers: defaultAnswers() }),
      /saved by an older version/,
    ],
    [
      'without a version',
      JSON.stringify({ answers: defaultAnswers() }),
      /saved by an older version/,
    ],
    [
      'from a newer version',
      JSON.stringify({ version: 2, answers: defaultAnswers() }),
      /saved by a newer version/,
    ],
    [
      'answers of another shape',
      JSON.stringify({ version: 1, answers: { addressPool: { startIp: 7 }, extra: 1 } }),
      /format/,
    ],
  ])('discards a draft that is %s, with a reason, and removes it', (_name, text, reason) => {
    storage.setItem(DRAFT_KEY, text);
    const loaded = loadDraft(storage);
    expect(loaded.kind).toBe('discarded');
    expect(loaded.kind === 'discarded' && english(loaded.reason)).toMatch(reason);
    expect(storage.getItem(DRAFT_KEY)).toBeNull();
  });

  it.each(['asa-l2tp-wizard:draft', 'asa-l2tp-wizard:draft:v0'])(
    'discards a draft under the older key %s with a reason, and removes it',
    (key) => {
      storage.setItem(key, JSON.stringify({ answers: ciscoExample() }));
      storage.setItem('another-app', 'kept');
      const loaded = loadDraft(storage);
      expect(loaded.kind).toBe('discarded');
      if (loaded.kind !== 'discarded') return;
      expect(english(loaded.reason)).toBe('it was saved by an older version of the wizard');
      expect(storage.getItem(key)).toBeNull();
      expect(storage.getItem('another-app')).toBe('kept');
    },
  );

  it('gives the reason as a message that reads in either language', () => {
    storage.setItem(DRAFT_KEY, '{oops');
    const loaded = loadDraft(storage);
    if (loaded.kind !== 'discarded') throw new Error('expected a discarded draft');
    const notice = msg('chrome.notice.draftDiscarded', { reason: loaded.reason });
    expect(english(notice)).toBe(
      'Your saved draft was discarded because it could not be read. The wizard starts with the default answers.',
    );
    expect(formatMessage(ja, notice)).toBe(
      '読み取れなかったため、このブラウザーに保存されていた下書きを破棄しました。既定の回答で開始します。',
    );
  });

  it('restores the current draft and still removes older ones', () => {
    saveDraft(storage, { answers: ciscoExample(), rememberSecrets: false, visited: [] });
    storage.setItem('asa-l2tp-wizard:draft:v0', '{}');
    expect(loadDraft(storage).kind).toBe('restored');
    expect(storage.getItem('asa-l2tp-wizard:draft:v0')).toBeNull();
    expect(storage.getItem(DRAFT_KEY)).not.toBeNull();
  });

  it('drops unknown step ids from the visited list', () => {
    storage.setItem(
      DRAFT_KEY,
      JSON.stringify({
        version: 1,
        answers: defaultAnswers(),
        visited: ['addressPool', 'nope', 3],
      }),
    );
    const loaded = loadDraft(storage);
    expect(loaded.kind === 'restored' && loaded.draft.visited).toEqual(['addressPool']);
  });

  it('clears the draft', () => {
    saveDraft(storage, { answers: defaultAnswers(), rememberSecrets: false, visited: [] });
    clearDraft(storage);
    expect(loadDraft(storage)).toEqual({ kind: 'none' });
  });
});
