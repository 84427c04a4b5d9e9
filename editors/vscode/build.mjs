// build.mjs bundles the extension and its language client into
// out/extension.js (one file: quick to load, and the .vsix ships no
// node_modules), and writes the licenses of the packages bundled in it to
// out/THIRD-PARTY-NOTICES.txt. The vscode module is VS Code's own, so it
// stays outside.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const result = await esbuild.build({
  entryPoints: ['extension.js'],
  bundle: true,
  outfile: 'out/extension.js',
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  metafile: true,
  logLevel: 'warning',
});

const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packages.add(m[1]);
}
const notices = [...packages].sort().map((dir) => {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  const text = file ? readFileSync(path.join(dir, file), 'utf8').trim() : `License: ${pkg.license}`;
  return `${pkg.name} ${pkg.version}\n\n${text}\n`;
});
writeFileSync('out/THIRD-PARTY-NOTICES.txt', notices.join('\n' + '-'.repeat(72) + '\n\n'));
