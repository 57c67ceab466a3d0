/**
 * The README's set-up snippets marked `<!-- copied from: PATH -->` are copies of code CI compiles
 * (the examples type-check in their builds): each must still appear verbatim in its file, so the
 * README cannot drift from code that works.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const copies = [...readme.matchAll(/<!-- copied from: (\S+) -->\n```\w*\n([\s\S]*?)```/g)].map((m) => ({
  path: m[1]!,
  code: m[2]!,
}));

test('the README has copied snippets to check', () => {
  expect(copies.length).toBeGreaterThanOrEqual(3);
});

test.each(copies.map((c) => [c.path, c] as const))(
  'the README snippet from %s is in that file',
  (_path, copy) => {
    const file = readFileSync(join(root, copy.path), 'utf8');
    for (const block of copy.code.split(/\n\s*\n/)) expect(file).toContain(block.trim());
  },
);
