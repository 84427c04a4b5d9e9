#!/usr/bin/env bash
# The npm package as a user gets it: npm pack in web/ of a fresh clone (its
# prepack builds dist/), the tarball's contents, a scratch project that
# installs it and both imports and require()s it, the versions stamped from
# VERSION into the CLI, the wasm and package.json; and prepack's refusal
# outside the repository.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "publish test: $*" >&2; exit 1; }
version=$(cat "$repo/VERSION")

git clone -q "$repo" "$tmp/secint"
cd "$tmp/secint"
make --no-print-directory cli >/dev/null
[ "$(bin/secint --version)" = "secint $version" ] || fail "bin/secint --version says '$(bin/secint --version)', VERSION says $version"

cd web
npm ci --no-audit --no-fund --loglevel=error
npm pack --silent --pack-destination "$tmp" > "$tmp/pack.out"
tarball="$tmp/secint-$version.tgz"
[ -f "$tarball" ] || fail "no $tarball ($(cat "$tmp/pack.out"))"
tar -tzf "$tarball" > "$tmp/contents"
for f in package/package.json package/README.md package/LICENSE package/dist/index.js package/dist/index.d.ts \
  package/dist/monaco.js package/dist/secint-worker.js package/dist/secint.wasm package/dist/wasm_exec.js; do
  grep -qx "$f" "$tmp/contents" || fail "the tarball lacks $f"
done
if grep -q '^package/src/\|^package/test/\|^package/node_modules/' "$tmp/contents"; then fail "the tarball holds sources or tests"; fi

mkdir "$tmp/app" && cd "$tmp/app"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error "$tarball"
cat > check.mjs <<JS
import { createSecint } from 'secint';
const wasmURL = new URL('./node_modules/secint/dist/secint.wasm', import.meta.url);
for (const worker of [true, false]) {
  const c = createSecint({ wasmURL, worker });
  const d = await c.validate("ALTER INTEGRATION x SET ENABLE = TRUE;");
  if (d.length !== 1 || d[0].code !== 'unknown-property') throw new Error('validate: ' + JSON.stringify(d));
  const v = await c.version();
  if (v.version !== '$version') throw new Error('wasm version ' + v.version + ', VERSION $version');
  c.dispose();
}
console.log('import: ok');
JS
node check.mjs
node -e "
const s = require('secint');
if (typeof s.createSecint !== 'function' || typeof s.registerMonaco !== 'function') { console.error(Object.keys(s)); process.exit(1); }
if (require('secint/package.json').version !== '$version') process.exit(1);
console.log('require: ok');
"

# Outside the repository prepack refuses, and says why.
cp -r "$tmp/secint/web" "$tmp/alone"
rm -rf "$tmp/alone/dist"
cd "$tmp/alone"
if npm pack --pack-destination "$tmp" > "$tmp/refused" 2>&1; then fail "npm pack outside the repository did not refuse"; fi
grep -q 'secint prepack: dist/ is built from the secint repository' "$tmp/refused" || { cat "$tmp/refused"; fail "the refusal does not say why"; }
echo "publish test: passed"
