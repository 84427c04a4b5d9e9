// sync-rules.mjs writes the extension's secint.rules setting (one entry per
// diagnostic code, each linking its rule page) from docs/diagnostics.md,
// which tools/ruledocs makes from the engine's rule table: `make docs` runs
// both, and test/manifest.test.js fails when package.json lags.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const md = fs.readFileSync(path.join(here, '..', '..', 'docs', 'diagnostics.md'), 'utf8');
const codes = [...md.matchAll(/^## ([a-z-]+)$/gm)].map((m) => m[1]);
const file = path.join(here, 'package.json');
const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
const rules = pkg.contributes.configuration.properties['secint.rules'];
rules.properties = Object.fromEntries(
  codes.map((code) => [
    code,
    {
      type: 'string',
      enum: ['off', 'error', 'warning', 'info', 'hint'],
      markdownDescription: `How to report \`${code}\` ([what it means](https://github.com/secint/secint/blob/main/docs/rules/${code}.md)); unset, secint's own severity.`,
    },
  ]),
);
fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
console.log(`sync-rules: ${codes.length} rule settings`);
