/**
 * The Content-Security-Policy of the built pages. The app needs nothing from any other origin and
 * sends nothing anywhere, so the policy says exactly that: scripts, styles and everything else
 * only from the page's own origin (default-src 'self'), no network requests from script
 * (connect-src 'none'), no plugins, no <base>, no form submissions. It is relaxed only for what the
 * build inlines itself: each inline <script>/<style> is allowed by its sha256 hash (the single-file
 * build inlines all of its code), and images may be data: URIs (the inlined favicon).
 */
import { createHash } from 'node:crypto';

/** Inline <script> (no src) and <style> blocks, scanned in order so text inside a script is skipped. */
const BLOCK = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;

export const sha256Source = (code: string) =>
  `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

function inlineHashes(html: string) {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [, tag = '', attributes = '', code = ''] of html.matchAll(BLOCK)) {
    if (tag.toLowerCase() === 'style') styles.push(sha256Source(code));
    else if (!/\bsrc=/i.test(attributes)) scripts.push(sha256Source(code));
  }
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

export function contentSecurityPolicy(html: string): string {
  const { scripts, styles } = inlineHashes(html);
  return [
    "default-src 'self'",
    ...(scripts.length > 0 ? [["script-src 'self'", ...scripts].join(' ')] : []),
    ...(styles.length > 0 ? [["style-src 'self'", ...styles].join(' ')] : []),
    "img-src 'self' data:",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The page with its policy as the first element after <meta charset> (it covers what follows). */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(html))
    throw new Error('the page has no <meta charset> to put the policy after');
  return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
}
