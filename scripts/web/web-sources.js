// Where the web app's sources and build live, and a fingerprint of the sources (file names, sizes, contents), so a
// build can be known to match the code without rebuilding.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
const WEB_DIST = path.join(ROOT, 'dist', 'web');
const SOURCES = [path.join(ROOT, 'apps', 'web'), path.join(ROOT, 'libs', 'format', 'src')];
const EXTRA = [path.join(ROOT, 'package-lock.json')];

function files(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(file));
    else if (!/\.spec\.ts$/.test(entry.name)) out.push(file);
  }
  return out;
}

function webSourceFingerprint() {
  const hash = crypto.createHash('sha256');
  for (const file of [...SOURCES.flatMap(files), ...EXTRA].sort()) {
    hash.update(path.relative(ROOT, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

/** True when dist/web was built from the current sources. */
function webBuildIsCurrent() {
  try {
    return fs.readFileSync(path.join(WEB_DIST, '.sources'), 'utf8') === webSourceFingerprint();
  } catch {
    return false;
  }
}

module.exports = { ROOT, WEB_DIST, webSourceFingerprint, webBuildIsCurrent };
