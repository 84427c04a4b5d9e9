// Share links live in the secint package (web/src/share.js), which the
// documentation embeds use too: one format for every link to the playground.
export { encodeShare, decodeShare, MAX_FRAGMENT } from '../../src/share.js';
