// Imported before anything else (see main.js). Monaco writes its theme and
// decoration styles into <style> elements it creates at run time; the page's
// Content-Security-Policy admits a <style> only with the nonce the server put
// in this response's policy and in <meta property="csp-nonce">. This gives
// each <style> made by this page's own scripts that nonce, so that Monaco
// works without allowing every inline style ('unsafe-inline').

const meta = document.querySelector('meta[property="csp-nonce"]');
// The nonce is read from the property: browsers hide the attribute once a
// policy is in force.
const nonce = meta?.nonce || '';

if (nonce) {
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function createElement(name, options) {
    const el = create.call(this, name, options);
    if (typeof name === 'string' && name.toLowerCase() === 'style') el.nonce = nonce;
    return el;
  };
}

export const cspNonce = nonce;
