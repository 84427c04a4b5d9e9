// Share links: the worksheet travels in the URL's fragment (#s=…), which a
// browser never sends to a server. It is compressed (deflate-raw) where the
// browser can, and base64url-encoded. Secrets are replaced before a link is
// made (client.redactSecrets, by the playground and the embeds): a link
// never holds the value of OAUTH_CLIENT_SECRET.

const PREFIX_DEFLATE = 's=';
const PREFIX_PLAIN = 't=';

/** The longest fragment made: browsers and chat apps cut longer URLs. */
export const MAX_FRAGMENT = 64 * 1024;

function toBase64URL(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64URL(s) {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipe(bytes, stream) {
  const res = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await res.arrayBuffer());
}

const canCompress = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** encodeShare returns the fragment (without '#') that carries text. */
export async function encodeShare(text) {
  const bytes = new TextEncoder().encode(text);
  if (canCompress()) {
    try {
      return PREFIX_DEFLATE + toBase64URL(await pipe(bytes, new CompressionStream('deflate-raw')));
    } catch {
      // fall through to the plain form
    }
  }
  return PREFIX_PLAIN + toBase64URL(bytes);
}

/**
 * decodeShare returns the text a fragment (with or without '#') carries, or
 * null when it is not a share fragment or cannot be read.
 */
export async function decodeShare(fragment) {
  const f = String(fragment || '').replace(/^#/, '');
  try {
    if (f.startsWith(PREFIX_DEFLATE)) {
      if (!canCompress()) return null;
      const bytes = await pipe(fromBase64URL(f.slice(PREFIX_DEFLATE.length)), new DecompressionStream('deflate-raw'));
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    if (f.startsWith(PREFIX_PLAIN)) {
      return new TextDecoder('utf-8', { fatal: true }).decode(fromBase64URL(f.slice(PREFIX_PLAIN.length)));
    }
  } catch {
    return null;
  }
  return null;
}
