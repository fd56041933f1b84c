import { describe, expect, it } from 'vitest';
import { ASA_VERSIONS } from '../../domain/options';
import { DIALECTS, dialectFor } from './dialect';

describe('dialectFor', () => {
  it.each(ASA_VERSIONS.map(([value, label]) => [value, label]))(
    '%s is labelled %s',
    (value, label) => {
      expect(dialectFor(value)).toMatchObject({ version: value, label });
    },
  );

  it.each([undefined, '', '9.x', 'toString', {}])('falls back to 8.4 or later for %j', (given) => {
    expect(dialectFor(given)).toBe(DIALECTS['8.4-or-later']);
  });
});
