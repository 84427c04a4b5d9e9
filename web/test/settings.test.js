// Settings (the JSON of secint.toml) through the real secint.wasm: per-rule
// levels apply to validate, bad settings are refused and change nothing, the
// createSecint option works, and a restarted engine gets them again.
// Inline suppressions need no settings: the engine applies them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { backends, createSecint, wasmPath } from './helpers.js';

const SQL = "ALTER SECURITY INTEGRATION x SET ENABLE = TRUE, ENABLED = 'TRUE';";
const codes = (diags) => diags.map((d) => `${d.severity} ${d.code}`).sort();

for (const backend of backends) {
  describe(`settings (${backend.name})`, () => {
    it('applies rule levels, refuses bad settings', async () => {
      const client = createSecint({ wasmURL: wasmPath, worker: backend.worker });
      try {
        assert.deepEqual(codes(await client.validate(SQL)), ['error unknown-property', 'warning quoted-value']);
        await client.configure({ rules: { 'unknown-property': 'off', 'quoted-value': 'error' } });
        assert.deepEqual(codes(await client.validate(SQL)), ['error quoted-value']);
        await client.open('file:///s.sql', 1, SQL);
        assert.deepEqual(codes(await client.validate({ uri: 'file:///s.sql', version: 1 })), ['error quoted-value']);

        await assert.rejects(client.configure({ rules: { 'quoted-value': 'loud' } }), { code: 'invalid-argument', message: /off, hint, info, warning, error/ });
        await assert.rejects(client.configure({ rulez: {} }), { code: 'invalid-argument', message: /rulez/ });
        await assert.rejects(client.configure('quoted-value=off'), { code: 'invalid-argument' });
        assert.deepEqual(codes(await client.validate(SQL)), ['error quoted-value'], 'a refused configure changed nothing');

        await client.configure({});
        assert.equal((await client.validate({ uri: 'file:///s.sql', version: 1 })).length, 2);
      } finally {
        client.dispose();
      }
    });

    it('declares objects made elsewhere through the context setting', async () => {
      const client = createSecint({ wasmURL: wasmPath, worker: backend.worker });
      const sql = 'CREATE SECRET t TYPE = OAUTH2 API_AUTHENTICATION = s3_role;';
      // Rows as Snowflake returns them: upper-case columns, extra ones too.
      const context = { integrations: [{ NAME: 'S3_ROLE', TYPE: 'API_AUTHENTICATION', CREATED_ON: '2025-01-01',
        properties: [{ property: 'AUTH_TYPE', property_value: 'AWS_IAM', property_type: 'String' }] }] };
      try {
        await client.open('file:///c.sql', 1, sql);
        assert.deepEqual(codes(await client.validate(sql)), []);
        await client.configure({ context });
        assert.deepEqual(codes(await client.validate(sql)), ['warning wrong-integration-kind']);
        assert.deepEqual(codes(await client.validate({ uri: 'file:///c.sql', version: 1 })), ['warning wrong-integration-kind'], 'an open document is checked again');
        await assert.rejects(client.configure({ context: { integrations: [{ type: 'SAML2' }] } }), { code: 'invalid-argument', message: /without a name/ });
        await client.configure({});
        assert.deepEqual(codes(await client.validate({ uri: 'file:///c.sql', version: 1 })), []);
      } finally {
        client.dispose();
      }
    });

    it('takes settings at creation, and suppressions need none', async () => {
      const client = createSecint({ wasmURL: wasmPath, worker: backend.worker, settings: { rules: { 'quoted-value': 'info' } } });
      try {
        assert.deepEqual(codes(await client.validate(SQL)), ['error unknown-property', 'info quoted-value']);
        const suppressed = await client.validate("-- secint-disable-next-line unknown-property\n" + SQL);
        assert.deepEqual(codes(suppressed), ['info quoted-value']);
      } finally {
        client.dispose();
      }
    });
  });
}

describe('settings survive a restart', () => {
  it('gives a new engine the settings', async () => {
    const client = createSecint({ wasmURL: wasmPath, testHooks: true });
    try {
      await client.configure({ rules: { 'unknown-property': 'off' } });
      await assert.rejects(client.__panicForTest('exit'), { code: 'crashed' });
      assert.equal(client.restarts, 1);
      assert.deepEqual(codes(await client.validate(SQL)), ['warning quoted-value']);
    } finally {
      client.dispose();
    }
  });
});
