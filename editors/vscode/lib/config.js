'use strict';
// The parts of the extension that do not need VS Code: where the server
// is, which documents it checks, and the settings it is started with. They
// are unit-tested in Node (test/config.test.js) and used, against the real
// server, by test/server.test.js.

const fs = require('fs');
const path = require('path');

// The language ids checked with no setting: plain SQL, and the id that
// Snowflake's own extension gives .sql files.
const DEFAULT_LANGUAGES = ['sql', 'snowflake-sql'];

// The levels a rule setting may name (as the server reads them).
const LEVELS = ['off', 'error', 'warning', 'info', 'hint'];

// languages returns the language ids to check: the defaults and the
// secint.languages setting, without duplicates or anything not a name.
function languages(extra) {
  const out = [...DEFAULT_LANGUAGES];
  for (const id of Array.isArray(extra) ? extra : []) {
    if (typeof id === 'string' && /^[A-Za-z0-9_.+-]+$/.test(id) && !out.includes(id)) out.push(id);
  }
  return out;
}

// documentSelector is the client's selector for those ids, for files and
// for unsaved editors alike.
function documentSelector(ids) {
  return ids.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]);
}

// serverSettings is the "secint" section as the server reads it (in
// initializationOptions, and in workspace/didChangeConfiguration):
// {rules: {code: level}, fixAllOnSave: bool, context?: {...}}. get(key)
// reads one setting; an empty or missing context is left out.
// Rules with a level the server does not know are left for the server to
// report, so that the user hears about the mistake in one place.
function serverSettings(get) {
  const rules = get('rules');
  const out = {
    rules: rules && typeof rules === 'object' && !Array.isArray(rules) ? { ...rules } : {},
    fixAllOnSave: get('fixAllOnSave') === true,
  };
  const context = get('context');
  if (context && typeof context === 'object' && !Array.isArray(context) && Object.keys(context).length > 0) {
    out.context = context;
  }
  return out;
}

// binaryName is the server's file name on a platform (process.platform).
function binaryName(platform) {
  return platform === 'win32' ? 'secint.exe' : 'secint';
}

// serverCommand decides which secint to run: the secint.server.path
// setting when it is given, else the binary bundled in the extension's
// bin/ (each platform's .vsix holds its own). It returns {command} or
// {error} when there is none to run. exists is fs.existsSync (a parameter
// for the tests).
function serverCommand(extensionPath, platform, override, exists = fs.existsSync) {
  if (typeof override === 'string' && override.trim() !== '') {
    const p = override.trim();
    return exists(p) ? { command: p } : { error: `secint.server.path names ${p}, which does not exist.` };
  }
  const bundled = path.join(extensionPath, 'bin', binaryName(platform));
  if (exists(bundled)) return { command: bundled };
  return {
    error: 'This secint extension has no server for this platform. Install secint ' +
      '(go install github.com/secint/secint/cmd/secint@latest) and set secint.server.path to it.',
  };
}

module.exports = { DEFAULT_LANGUAGES, LEVELS, languages, documentSelector, serverSettings, binaryName, serverCommand };
