/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
/** Release version: the CI/launcher may pass one in, otherwise package.json's. */
const appVersion = process.env.KABINET_BUILD_VERSION || pkg.version;

/**
 * UX-2: writes `version.json` next to `index.html` and stamps the same build id into a
 * `<meta name="kabinet-build">` of `index.html`. The build id is a hash of every emitted asset's
 * name (asset names are content-hashed), so it changes exactly when the shipped code changes.
 * A running page can later compare its meta tag with a fresh `/version.json` to spot a new release.
 */
function versionFile(): Plugin {
  return {
    name: 'kabinet-version-file',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const names = Object.keys(bundle)
        .filter((name) => name !== 'index.html')
        .sort();
      const build = createHash('sha256').update(appVersion).update(names.join('\n')).digest('hex').slice(0, 12);
      const html = bundle['index.html'];
      if (html && html.type === 'asset') {
        html.source = String(html.source).replace(
          '</head>',
          `  <meta name="kabinet-build" content="${appVersion}+${build}" />\n  </head>`,
        );
      }
      this.emitFile({
        type: 'asset',
        fileName: 'version.json',
        source: JSON.stringify({ version: appVersion, build: `${appVersion}+${build}` }, null, 2) + '\n',
      });
    },
  };
}

const gateway = process.env.KABINET_GATEWAY_URL || 'http://localhost:8080';
const proxied = ['/api', '/bff', '/oauth2', '/login', '/logout'];

export default defineConfig({
  plugins: [react(), versionFile()],
  define: {
    __APP_VERSION__: JSON.stringify(appVersion),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Everything is loaded from files: the gateway's CSP allows no inline script or style.
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(proxied.map((prefix) => [prefix, { target: gateway, changeOrigin: false }])),
  },
  preview: {
    port: 4173,
    proxy: Object.fromEntries(proxied.map((prefix) => [prefix, { target: gateway, changeOrigin: false }])),
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    watch: false,
    env: { TZ: 'Europe/Moscow' },
  },
});
