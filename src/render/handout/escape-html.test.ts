import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
  const cases: [string, string][] = [
    ['plain', 'plain'],
    ['<script>', '&lt;script&gt;'],
    ['a & b', 'a &amp; b'],
    [`"'`, '&quot;&#39;'],
    ['&amp;', '&amp;amp;'],
  ];
  it.each(cases)('%s', (given, want) => expect(escapeHtml(given)).toBe(want));
});
