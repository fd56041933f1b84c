import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, withContentSecurityPolicy } from './content-security-policy';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

const page = (head: string) =>
  `<!doctype html><html><head><meta charset="UTF-8" />${head}</head><body></body></html>`;

describe('content security policy', () => {
  it('allows only the own origin when nothing is inlined', () => {
    expect(contentSecurityPolicy(page('<script type="module" src="./a.js"></script>'))).toBe(
      "default-src 'self'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it.each([
    ['an inline script', '<script>go()</script>', 'script-src', 'go()'],
    ['an inline module', '<script type="module">import("x")</script>', 'script-src', 'import("x")'],
    ['an inline style', '<style>p{color:red}</style>', 'style-src', 'p{color:red}'],
  ])('allows %s by its hash, nothing else inline', (_name, head, directive, code) => {
    const policy = contentSecurityPolicy(page(head));
    expect(policy).toContain(`${directive} 'self' ${hash(code)}`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("connect-src 'none'");
  });

  it('ignores markup inside inline code (a handout template in the bundle)', () => {
    const code = 'const t = `<style>x{}</style>`;';
    const policy = contentSecurityPolicy(page(`<script type="module">${code}</script>`));
    expect(policy).toContain(`script-src 'self' ${hash(code)}`);
    expect(policy).not.toContain('style-src');
  });

  it('puts the policy first in <head>, before the code it covers', () => {
    const html = withContentSecurityPolicy(page('<script>go()</script>'));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script>'));
    expect(html.indexOf('<meta charset')).toBeLessThan(html.indexOf('Content-Security-Policy'));
  });
});
