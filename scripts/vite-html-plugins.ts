/**
 * Build-only Vite plugins for the app's HTML (the dev server keeps its own inline scripts and is
 * not affected): the build-time snapshot of step 1, the inlined favicon, and the
 * Content-Security-Policy, computed last so that it covers whatever the other plugins inlined.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport, type Plugin, type Rollup } from 'vite';
import { withContentSecurityPolicy } from './content-security-policy.ts';

const EMPTY_ROOT = '<div id="root"></div>';

interface PrerenderModule {
  renderSnapshot: () => Promise<string>;
  SNAPSHOT_GUARD_SCRIPT: string;
}

/**
 * Puts the static snapshot of step 1 (src/prerender.tsx) into the page, so the first screen paints
 * from the HTML before any script has run. Only for the app itself (the benchmark builds other
 * pages with this config).
 */
export function prerenderStepOne(appRoot: string): Plugin {
  let root = '';
  return {
    name: 'asa:prerender-step-one',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (root !== appRoot) return html;
        const { module } = await runnerImport<PrerenderModule>(join(appRoot, 'src/prerender.tsx'), {
          root: appRoot,
          logLevel: 'error',
          plugins: [stubCss()],
        });
        const snapshot = await module.renderSnapshot();
        if (!html.includes(EMPTY_ROOT)) throw new Error('index.html has no empty #root');
        return html
          .replace(EMPTY_ROOT, `<div id="root">${snapshot}</div>`)
          .replace('</head>', `  <script>${module.SNAPSHOT_GUARD_SCRIPT}</script>\n  </head>`);
      },
    },
  };
}

/** Rendering to HTML needs the components, not their styles (the page links the real CSS). */
function stubCss(): Plugin {
  const STUB = '\0asa:css-stub';
  return {
    name: 'asa:stub-css',
    enforce: 'pre',
    resolveId: (source) => (source.endsWith('.css') ? STUB : undefined),
    load: (id) => (id === STUB ? 'export default ""' : undefined),
  };
}

/** The favicon as a data: URI: one request fewer, and it works in the single file opened from disk. */
export function inlineFavicon(appRoot: string): Plugin {
  return {
    name: 'asa:inline-favicon',
    apply: 'build',
    transformIndexHtml(html) {
      const svg = readFileSync(join(appRoot, 'public/favicon.svg'), 'utf8').trim();
      return html.replace(
        'href="./favicon.svg"',
        `href="data:image/svg+xml,${encodeURIComponent(svg).replaceAll("'", '%27')}"`,
      );
    },
  };
}

/**
 * The entry stylesheet inlined into each page, where the build links it: the first paint waits for
 * no further request, and the browser never lays the snapshot out once without its styles and
 * again with them. (The single-file build has inlined it already.) The file itself stays, unused.
 */
export function inlineEntryStylesheet(): Plugin {
  const LINK = /<link rel="stylesheet" crossorigin href="\.\/([^"]+\.css)">/g;
  return rewriteBuiltPages('asa:inline-entry-stylesheet', (html, page, bundle) =>
    html.replace(LINK, (_link, fileName: string) => {
      const css = bundle[fileName];
      if (css?.type !== 'asset') throw new Error(`${page} links unknown ${fileName}`);
      return `<style>${String(css.source)}</style>`;
    }),
  );
}

/** The Content-Security-Policy <meta>, after every other plugin (vite-plugin-singlefile too). */
export function contentSecurityPolicyMeta(): Plugin {
  return rewriteBuiltPages('asa:content-security-policy', withContentSecurityPolicy);
}

/**
 * A plugin that rewrites every HTML page of the finished bundle, after the other plugins' output
 * hooks (in the order these plugins are listed in vite.config.ts).
 */
function rewriteBuiltPages(
  name: string,
  rewrite: (html: string, page: string, bundle: Rollup.OutputBundle) => string,
): Plugin {
  return {
    name,
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          file.source = rewrite(String(file.source), file.fileName, bundle);
        }
      },
    },
  };
}
