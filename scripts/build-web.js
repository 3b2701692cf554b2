#!/usr/bin/env node
// Builds the web app (apps/web → dist/web) with Vite, then writes gzip and brotli copies of every text asset
// next to it, which the API sends to browsers that accept them (no compression work per request).
// Also records a fingerprint of the sources, so `npm test` rebuilds only when they changed (see webBuildIsCurrent).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { WEB_DIST, webSourceFingerprint } = require('./web/web-sources');

function compressAll(dir) {
  let files = 0;
  let gzipBytes = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = compressAll(file);
      files += sub.files;
      gzipBytes += sub.gzipBytes;
      continue;
    }
    if (!/\.(js|css|html|svg|json|txt)$/.test(entry.name)) continue;
    const body = fs.readFileSync(file);
    const gz = zlib.gzipSync(body, { level: 9 });
    fs.writeFileSync(`${file}.gz`, gz);
    fs.writeFileSync(
      `${file}.br`,
      zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    files += 1;
    gzipBytes += gz.length;
  }
  return { files, gzipBytes };
}

function main() {
  const started = Date.now();
  const vite = spawnSync(
    process.execPath,
    [
      path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.mts',
      '--logLevel',
      'warn',
    ],
    {
      stdio: 'inherit',
      // Always the production build, whatever NODE_ENV the caller runs under (`npm test` sets test, which made
      // Vite bundle Vue's development build: 610 KB, slower; benches then measured it): tests check what ships.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (vite.status !== 0) process.exit(vite.status ?? 1);
  const { files, gzipBytes } = compressAll(WEB_DIST);
  fs.writeFileSync(path.join(WEB_DIST, '.sources'), webSourceFingerprint());
  console.log(
    `web app built to dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s: ${files} files, ${(gzipBytes / 1024).toFixed(0)} KB gzip in all`,
  );
}

main();
