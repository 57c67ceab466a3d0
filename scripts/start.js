/**
 * `npm start`: build only when an input is newer than the last build, then run the server in this
 * process. `tsc -b` alone decides the same, but loading the compiler just to learn that nothing
 * changed costs about a second on every start; a stat of the inputs costs milliseconds. When
 * anything is newer (or dist/ is missing, as in a fresh clone) `tsc -b` does the real work.
 * Adding or removing a file changes its directory's mtime, so that counts as newer too.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Written after each successful build check: tsc -b leaves its own files untouched when it finds
// nothing to do, so their mtimes cannot say "checked".
const STAMP = join(root, 'dist', '.start-checked');
const INPUTS = ['src', 'bench', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === undefined) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, entry) => Math.max(max, newest(join(path, entry))), stat.mtimeMs);
}

const built = statSync(STAMP, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (Math.max(...INPUTS.map((input) => newest(join(root, input)))) > built) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}
await import(pathToFileURL(join(root, 'dist', 'src', 'main.js')).href);
