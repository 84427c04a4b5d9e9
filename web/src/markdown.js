// A small Markdown renderer for the engine's hovers and completion details,
// which use paragraphs, "- " lists, **bold**, *emphasis*, `code`, fenced code
// and [links](https://…). It builds DOM nodes and never parses HTML: nothing
// goes through innerHTML, so it works under Trusted Types, and text from the
// document can never become markup. Links go only to http(s) addresses.

/**
 * renderMarkdown returns a <div> holding the rendered text.
 * @param {string} md
 * @param {Document} [doc]
 */
export function renderMarkdown(md, doc = globalThis.document) {
  const root = doc.createElement('div');
  root.className = 'cm-secint-md';
  const lines = String(md ?? '').replace(/\r\n?/g, '\n').split('\n');
  let para = null;
  let list = null;
  const endBlocks = () => {
    para = null;
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^```/.test(line)) {
      endBlocks();
      const code = [];
      for (i++; i < lines.length && !/^```/.test(lines[i]); i++) code.push(lines[i]);
      const pre = doc.createElement('pre');
      const c = doc.createElement('code');
      c.textContent = code.join('\n');
      pre.append(c);
      root.append(pre);
      continue;
    }
    if (line.trim() === '') {
      endBlocks();
      continue;
    }
    const item = /^\s*[-*] (.*)$/.exec(line);
    if (item) {
      para = null;
      if (!list) {
        list = doc.createElement('ul');
        root.append(list);
      }
      const li = doc.createElement('li');
      inline(li, item[1], doc);
      list.append(li);
      continue;
    }
    if (list && /^\s+\S/.test(line)) {
      // A continuation of the last item.
      inline(list.lastChild, ' ' + line.trim(), doc);
      continue;
    }
    list = null;
    if (!para) {
      para = doc.createElement('p');
      root.append(para);
    } else {
      para.append(' ');
    }
    inline(para, line, doc);
  }
  return root;
}

const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

function inline(parent, text, doc) {
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) parent.append(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] != null) {
      const c = doc.createElement('code');
      c.textContent = m[1];
      parent.append(c);
    } else if (m[2] != null) {
      const b = doc.createElement('strong');
      inline(b, m[2], doc);
      parent.append(b);
    } else if (m[3] != null) {
      const e = doc.createElement('em');
      inline(e, m[3], doc);
      parent.append(e);
    } else {
      const href = m[5];
      if (/^https?:\/\//i.test(href)) {
        const a = doc.createElement('a');
        a.href = href;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        inline(a, m[4], doc);
        parent.append(a);
      } else {
        inline(parent, m[4], doc);
      }
    }
  }
  if (last < text.length) parent.append(text.slice(last));
}
