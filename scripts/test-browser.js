// `npm run test:browser`: the frontend examples against the facade. Installs each example's own
// dependencies when they are missing (npm ci from its lock file), builds the poll widget (tsc +
// vite build) and the urql client (tsc), then runs the browser suite (jest.browser.config.js) in
// Debian's Chromium through playwright-core. CHROMIUM_PATH overrides /usr/bin/chromium.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `test:browser needs Chromium at ${chromium}: apt-get install -y chromium (or set CHROMIUM_PATH)`,
  );
  process.exit(1);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cwd, args, env = process.env) => execFileSync(npm, args, { cwd, stdio: 'inherit', env });

for (const example of ['poll-widget', 'urql-client']) {
  const dir = join(root, 'examples', example);
  if (!existsSync(join(dir, 'node_modules'))) {
    console.log(`== npm ci in examples/${example}`);
    run(dir, ['ci', '--no-audit', '--no-fund']);
  }
  console.log(`== build examples/${example}`);
  run(dir, ['run', 'build', '--silent']);
}

console.log('== browser tests (jest.browser.config.js)');
try {
  run(root, ['exec', '--', 'jest', '--config', 'jest.browser.config.js', ...process.argv.slice(2)], {
    ...process.env,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
  });
} catch {
  process.exit(1);
}
