// Where in a worksheet the benchmarks act, as make bench and make
// bench-peers both pick the places, so that their figures are about the same
// edit, caret and statement.

// positionAt turns a UTF-16 offset into an LSP position.
export function positionAt(text, offset) {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

// editOffset is where the edit figures type their character (then delete
// it): into the first OAUTH_CLIENT_ID at or after the middle of the
// document, which turns it into an unknown property and back, so that every
// edit changes the diagnostics and its effect can be seen.
export function editOffset(text) {
  let i = text.indexOf('OAUTH_CLIENT_ID', text.length >> 1);
  if (i < 0) i = text.indexOf('OAUTH_CLIENT_ID');
  if (i < 0) throw new Error('the worksheet has no OAUTH_CLIENT_ID to edit');
  return i + 'OAUTH_CLIENT'.length;
}

// caretOffset is the caret of the completion figures: just after "SET " of
// the first ALTER ... SET at or after the middle, where properties are
// offered.
export function caretOffset(text) {
  const re = /ALTER SECURITY INTEGRATION \w+ SET /g;
  re.lastIndex = text.length >> 1;
  let m = re.exec(text);
  if (!m) {
    re.lastIndex = 0;
    m = re.exec(text);
  }
  if (!m) throw new Error('the worksheet has no ALTER ... SET');
  return m.index + m[0].length;
}

// STATEMENT is the one-statement figure's statement, a new one for each i.
export const STATEMENT = (i) =>
  `CREATE SECURITY INTEGRATION bench_${i} TYPE = API_AUTHENTICATION AUTH_TYPE = OAUTH2 ENABLED = TRUE ` +
  `OAUTH_CLIENT_ID = 'client-${i}' OAUTH_CLIENT_SECRET = 'secret' OAUTH_GRANT = 'CLIENT_CREDENTIALS' ` +
  `OAUTH_TOKEN_ENDPOINT = 'https://auth.example.com/token' OAUTH_ALLOWED_SCOPES = ('read', 'write');`;
