// prepack runs before `npm pack` and `npm publish`: it builds dist/ (the
// engine as WebAssembly and the JavaScript around it) from the secint
// repository this package sits in, or refuses with the reason. A tarball
// without dist/ would install and then fail at the first import.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.join(here, '..');

function refuse(why) {
  console.error(`secint prepack: ${why}\nsecint prepack: the package was not packed.`);
  process.exit(1);
}

function has(cmd, arg) {
  try {
    execFileSync(cmd, [arg], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (!existsSync(path.join(repo, 'go.mod')) || !existsSync(path.join(repo, 'Makefile'))) {
  refuse('dist/ is built from the secint repository (Go and make): run npm pack in web/ of a clone of it.');
}
for (const [cmd, arg] of [['go', 'version'], ['make', '--version']]) {
  if (!has(cmd, arg)) refuse(`building dist/ needs ${cmd} on PATH (the engine is Go compiled to WebAssembly).`);
}
if (!existsSync(path.join(here, 'node_modules', 'esbuild'))) {
  refuse('esbuild is not installed: run npm ci in web/ first.');
}
const version = readFileSync(path.join(repo, 'VERSION'), 'utf8').trim();
const pkg = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8'));
if (pkg.version !== version) {
  refuse(`package.json says version ${pkg.version}, VERSION says ${version}: run make web-version and commit.`);
}

execFileSync('make', ['-C', repo, '--no-print-directory', 'wasm'], { stdio: 'inherit' });
execFileSync(process.execPath, ['build.mjs'], { cwd: here, stdio: 'inherit' });

for (const f of ['index.js', 'index.d.ts', 'monaco.js', 'monaco.d.ts', 'secint-worker.js', 'secint.wasm']) {
  const p = path.join(here, 'dist', f);
  if (!existsSync(p) || statSync(p).size === 0) refuse(`the build did not make dist/${f}.`);
}
copyFileSync(path.join(repo, 'LICENSE'), path.join(here, 'LICENSE'));
console.error(`secint prepack: dist/ built for version ${version}.`);
