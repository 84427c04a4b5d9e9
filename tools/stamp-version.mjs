// stamp-version writes the version in VERSION (the one source) into
// web/package.json and web/package-lock.json, printing what it changed.
// `make web` runs it; TestVersionOneSource fails while they differ.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const version = readFileSync(new URL('VERSION', root), 'utf8').trim();
for (const f of ['web/package.json', 'web/package-lock.json']) {
  const url = new URL(f, root);
  const j = JSON.parse(readFileSync(url, 'utf8'));
  if (j.version === version && (!j.packages || j.packages[''].version === version)) continue;
  j.version = version;
  if (j.packages) j.packages[''].version = version;
  writeFileSync(url, JSON.stringify(j, null, 2) + '\n');
  console.log(`${f}: version ${version}`);
}
