'use strict';
// Unit tests of the extension's code that needs no VS Code (lib/config.js).
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const config = require('../lib/config');

test('languages: sql and snowflake-sql, then the setting, without duplicates or junk', () => {
  assert.deepEqual(config.languages(undefined), ['sql', 'snowflake-sql']);
  assert.deepEqual(config.languages(['snowflake', 'sql', 42, 'bad id', 'jinja-sql']), ['sql', 'snowflake-sql', 'snowflake', 'jinja-sql']);
  assert.deepEqual(config.languages('snowflake'), ['sql', 'snowflake-sql']);
});

test('documentSelector: saved files and unsaved editors of each language', () => {
  assert.deepEqual(config.documentSelector(['sql']), [{ scheme: 'file', language: 'sql' }, { scheme: 'untitled', language: 'sql' }]);
});

test('serverSettings: the section the server reads, whatever the settings hold', () => {
  const from = (s) => config.serverSettings((k) => s[k]);
  assert.deepEqual(from({ rules: { 'quoted-value': 'off' }, fixAllOnSave: true }), { rules: { 'quoted-value': 'off' }, fixAllOnSave: true });
  assert.deepEqual(from({ rules: ['off'], fixAllOnSave: 'yes' }), { rules: {}, fixAllOnSave: false });
  assert.deepEqual(from({}), { rules: {}, fixAllOnSave: false });
  const context = { integrations: [{ name: 'S3_ROLE', type: 'API_AUTHENTICATION' }] };
  assert.deepEqual(from({ context }), { rules: {}, fixAllOnSave: false, context });
  assert.deepEqual(from({ context: {} }), { rules: {}, fixAllOnSave: false });
});

test('serverCommand: the setting first, then the bundled binary, else a message', () => {
  const ext = path.join('/ext');
  const has = (...files) => (p) => files.includes(p);
  assert.deepEqual(config.serverCommand(ext, 'linux', '', has('/ext/bin/secint')), { command: '/ext/bin/secint' });
  assert.deepEqual(config.serverCommand(ext, 'win32', undefined, has(path.join('/ext', 'bin', 'secint.exe'))),
    { command: path.join('/ext', 'bin', 'secint.exe') });
  assert.deepEqual(config.serverCommand(ext, 'linux', ' /opt/secint ', has('/opt/secint', '/ext/bin/secint')), { command: '/opt/secint' });
  assert.match(config.serverCommand(ext, 'linux', '/nowhere', has()).error, /\/nowhere/);
  assert.match(config.serverCommand(ext, 'freebsd', '', has()).error, /secint\.server\.path/);
});
