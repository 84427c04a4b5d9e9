'use strict';
// The extension's manifest: what VS Code reads before any code runs.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { LEVELS, DEFAULT_LANGUAGES } = require('../lib/config');

const root = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const props = pkg.contributes.configuration.properties;

test('activates on sql, snowflake-sql, and late at startup for other language ids', () => {
  for (const id of DEFAULT_LANGUAGES) assert.ok(pkg.activationEvents.includes(`onLanguage:${id}`), id);
  assert.ok(pkg.activationEvents.includes('onStartupFinished'));
  assert.equal(props['secint.languages'].type, 'array');
});

test('a rule setting for every diagnostic code of docs/diagnostics.md, each with the server\'s levels', () => {
  const md = fs.readFileSync(path.join(root, '..', '..', 'docs', 'diagnostics.md'), 'utf8');
  const codes = [...md.matchAll(/^## ([a-z-]+)$/gm)].map((m) => m[1]);
  assert.ok(codes.length >= 30, `only ${codes.length} codes found`);
  const rules = props['secint.rules'];
  assert.deepEqual(Object.keys(rules.properties).sort(), [...codes].sort());
  for (const [code, p] of Object.entries(rules.properties)) {
    assert.deepEqual(p.enum, LEVELS, code);
    assert.ok(p.markdownDescription.includes(`docs/rules/${code}.md)`), code);
  }
  assert.equal(rules.additionalProperties, false);
});

test('fix-all on save is opt-in; the server path and trace are settings', () => {
  assert.equal(props['secint.fixAllOnSave'].default, false);
  assert.equal(props['secint.server.path'].scope, 'machine');
  assert.deepEqual(props['secint.trace.server'].enum, ['off', 'messages', 'verbose']);
});

test('the entry point is the bundle, which loads; dependencies are pinned exactly', () => {
  assert.equal(pkg.main, './out/extension.js');
  assert.ok(fs.existsSync(path.join(root, pkg.main)), 'out/extension.js: run node build.mjs (make vsix does)');
  // Everything is bundled: nothing for vsce to pick from node_modules.
  assert.equal(pkg.dependencies, undefined);
  for (const [name, v] of Object.entries(pkg.devDependencies)) assert.match(v, /^\d+\.\d+\.\d+$/, `${name}@${v}`);
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  assert.equal(lock.packages['node_modules/vscode-languageclient'].version, pkg.devDependencies['vscode-languageclient']);
  const bundle = fs.readFileSync(path.join(root, pkg.main), 'utf8');
  assert.ok(!/require\("vscode-languageclient/.test(bundle), 'the client is inside the bundle');
  assert.match(bundle, /require\("vscode"\)/);
});
