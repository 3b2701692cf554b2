#!/usr/bin/env node
// After `nest build`, the compiled entry points sit at dist/apps/<app>/apps/<app>/src/main.js (the tsc output
// keeps the monorepo layout). Write dist/apps/<app>/main.js next to them so `node dist/apps/api/main.js` works.
const fs = require('node:fs');
const path = require('node:path');
for (const app of ['api', 'worker']) {
  const dir = path.join('dist', 'apps', app);
  if (!fs.existsSync(path.join(dir, 'apps', app, 'src', 'main.js'))) continue;
  fs.writeFileSync(path.join(dir, 'main.js'), `require('./apps/${app}/src/main.js');\n`);
}
