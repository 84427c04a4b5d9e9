// Builds the playground into ../../playground/dist/, which `secint serve`
// embeds (playground/playground.go):
//
//   index.html                 the page (its nonce is filled in per response)
//   favicon.svg
//   docs/diagnostics.html      docs/diagnostics.md, rendered
//   embed/index.html           a docs page whose SQL examples are live (secint/embed)
//   assets/NAME-HASH.EXT       everything else, named by content: cached for a year
//
// and, beside each compressible file, NAME.br and NAME.gz (brotli and gzip at
// their best levels, made once here so the server never compresses). It
// needs `make web` first: the secint package (web/dist/) is consumed as any
// application would, through its public files.
//
//   node build.mjs            build, and print the sizes
//   node build.mjs --sizes    also write them to test-results/sizes.json

import * as esbuild from 'esbuild';
import { marked } from 'marked';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const web = path.resolve(here, '..');
const out = path.join(repo, 'playground/dist');
const assets = path.join(out, 'assets');

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

async function need(file, hint) {
  try {
    await stat(file);
  } catch {
    console.error(`web/playground/build.mjs: ${path.relative(repo, file)} is missing: ${hint}`);
    process.exit(1);
  }
}
await need(path.join(web, 'dist/index.js'), "run 'make web' first");
await need(path.join(web, 'dist/secint-worker.js'), "run 'make web' first");
await need(path.join(web, 'dist/secint.wasm'), "run 'make wasm' first");

// A fresh dist/, keeping the committed placeholder.
for (const f of await readdir(out).catch(() => [])) {
  if (f !== '.gitkeep') await rm(path.join(out, f), { recursive: true, force: true });
}
await mkdir(assets, { recursive: true });

const hash = (buf) => createHash('sha256').update(buf).digest('base64url').slice(0, 10).replace(/[-_]/g, 'x');
const url = (file) => '/' + path.relative(out, file).split(path.sep).join('/');

// copyHashed copies a file under assets/ with its content's hash in its name.
async function copyHashed(src, name, ext) {
  const buf = await readFile(src);
  const dst = path.join(assets, `${name}-${hash(buf)}${ext}`);
  await writeFile(dst, buf);
  return url(dst);
}

const common = {
  absWorkingDir: here,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
  write: true,
  outdir: assets,
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  chunkNames: 'chunk-[hash]',
};

// outputOf finds the output file of an entry point in a metafile.
function outputOf(meta, entry, ext) {
  for (const [file, o] of Object.entries(meta.outputs)) {
    if (!o.entryPoint || !o.entryPoint.endsWith(entry)) continue;
    if (file.endsWith(ext)) return url(path.resolve(here, file));
    if (ext === '.css' && o.cssBundle) return url(path.resolve(here, o.cssBundle)); // the CSS a JS entry imports
  }
  throw new Error(`no ${ext} output for ${entry}`);
}

const t0 = performance.now();

// 1. The engine's worker and module, copied as published by the package.
const secintWorker = await copyHashed(path.join(web, 'dist/secint-worker.js'), 'secint-worker', '.js');
const secintWasm = await copyHashed(path.join(web, 'dist/secint.wasm'), 'secint', '.wasm');

// 2. Monaco's editor worker (a module worker, as the page starts it).
const ew = await esbuild.build({
  ...common,
  entryPoints: { 'editor.worker': 'monaco-editor/editor/editor.worker.js' },
});
const editorWorker = outputOf(ew.metafile, 'editor.worker.js', '.js');

// 3. The docs page's stylesheet.
const dc = await esbuild.build({ ...common, entryPoints: { docs: 'src/docs.css' } });
const docsCSS = outputOf(dc.metafile, 'docs.css', '.css');

// 4. The page: Monaco, the secint package, our code and styles; and boot,
// the engine's start (src/engine.js) as an entry of its own, which the page
// runs first. It is small, so the engine's worker starts fetching and
// compiling secint.wasm while the browser is still downloading and
// evaluating Monaco; the code it shares with main (the client) is one chunk
// that both import, so that there is one client.
const main = await esbuild.build({
  ...common,
  entryPoints: { boot: 'src/engine.js', main: 'src/main.js' },
  splitting: true,
  // The secint package, as built by `make web` (its package.json exports).
  alias: { secint: path.join(web, 'dist/index.js') },
  loader: { '.ttf': 'file' },
  define: {
    __EDITOR_WORKER_URL__: JSON.stringify(editorWorker),
    __SECINT_WORKER_URL__: JSON.stringify(secintWorker),
    __SECINT_WASM_URL__: JSON.stringify(secintWasm),
    __DOCS_URL__: JSON.stringify('/docs/diagnostics.html'),
  },
});
const mainJS = outputOf(main.metafile, 'src/main.js', '.js');
const mainCSS = outputOf(main.metafile, 'src/main.js', '.css');
const bootJS = outputOf(main.metafile, 'src/engine.js', '.js');
// The chunks boot imports, named in the page so that they are fetched with
// boot instead of after it.
const bootImports = Object.entries(main.metafile.outputs)
  .find(([, o]) => o.entryPoint?.endsWith('src/engine.js'))[1]
  .imports.filter((i) => i.kind === 'import-statement')
  .map((i) => url(path.resolve(here, i.path)));

// 5. The page itself and the favicon.
const html = (await readFile(path.join(here, 'src/index.html'), 'utf8'))
  .replace('__BOOT_PRELOADS__', bootImports.map((u) => `<link rel="modulepreload" href="${u}">`).join('\n'))
  .replace('__BOOT_JS__', bootJS)
  .replace('__MAIN_JS__', mainJS)
  .replace('__MAIN_CSS__', mainCSS);
await writeFile(path.join(out, 'index.html'), html);
await writeFile(path.join(out, 'favicon.svg'), await readFile(path.join(here, 'src/favicon.svg')));

// 5b. The embeds' demo page: secint/embed as a docs site would bundle it.
// Split, so that the page loads only the small loader at first; CodeMirror,
// the adapter and the client are a chunk of their own, fetched when the
// first snippet comes into view.
const em = await esbuild.build({
  ...common,
  entryPoints: { embed: 'src/embed-page.js' },
  splitting: true,
  alias: { 'secint/embed': path.join(web, 'dist/embed.js') },
  define: {
    __SECINT_WORKER_URL__: JSON.stringify(secintWorker),
    __SECINT_WASM_URL__: JSON.stringify(secintWasm),
    __DOCS_URL__: JSON.stringify('/docs/diagnostics.html'),
  },
});
const embedJS = outputOf(em.metafile, 'src/embed-page.js', '.js');
const embedCSS = outputOf(em.metafile, 'src/embed-page.js', '.css');
await mkdir(path.join(out, 'embed'), { recursive: true });
await writeFile(
  path.join(out, 'embed/index.html'),
  (await readFile(path.join(here, 'src/embed/index.html'), 'utf8')).replace('__EMBED_JS__', embedJS).replace('__EMBED_CSS__', embedCSS),
);

// 6. The diagnostics page, rendered from the repository's markdown, each
// code's section with its code as id (what the markers link to).
await mkdir(path.join(out, 'docs'), { recursive: true });
await writeFile(path.join(out, 'docs/diagnostics.html'), await renderDocs(docsCSS));

// 7. Precompressed copies.
const sizes = await compressAll(out);
const ms = Math.round(performance.now() - t0);

report(sizes, ms);
if (process.argv.includes('--sizes')) {
  await mkdir(path.join(here, 'test-results'), { recursive: true });
  await writeFile(path.join(here, 'test-results/sizes.json'), JSON.stringify(sizes, null, 2) + '\n');
}

async function renderDocs(css) {
  // The rule pages are not served here: their links go to the same rule's
  // section of this page.
  const md = (await readFile(path.join(repo, 'docs/diagnostics.md'), 'utf8')).replace(/\]\(rules\/([a-z-]+)\.md\)/g, '](#$1)');
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const slug = (s) => s.toLowerCase().replace(/<[^>]*>/g, '').replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  const renderer = new marked.Renderer();
  renderer.heading = function ({ tokens, depth, text }) {
    const inner = this.parser.parseInline(tokens);
    if (depth !== 2) return `<h${depth}>${inner}</h${depth}>\n`;
    const id = slug(text);
    return `<h2 id="${esc(id)}">${inner}<a class="anchor" href="#${esc(id)}" aria-label="Link to ${esc(text)}">#</a></h2>\n`;
  };
  const body = marked.parse(md, { renderer, gfm: true });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>secint diagnostics</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${css}">
</head>
<body>
<nav class="top"><a href="/">← secint playground</a><span>Every diagnostic code, with a failing and a fixed example</span></nav>
<article>
${body}</article>
</body>
</html>
`;
}

async function compressAll(dir) {
  const compressible = new Set(['.js', '.css', '.html', '.wasm', '.svg', '.ttf', '.json', '.txt', '.map']);
  const files = [];
  const walk = async (d) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (!e.name.startsWith('.')) files.push(p);
    }
  };
  await walk(dir);
  const sizes = {};
  await Promise.all(
    files.map(async (f) => {
      const buf = await readFile(f);
      const rel = path.relative(dir, f).split(path.sep).join('/');
      const entry = { raw: buf.length };
      sizes[rel] = entry;
      // index.html gets its nonce per response: the server compresses it.
      if (!compressible.has(path.extname(f)) || rel === 'index.html' || buf.length < 512) return;
      const [br, gz] = await cached(buf, async () => [
        await brotli(buf, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
            [zlib.constants.BROTLI_PARAM_MODE]: f.endsWith('.wasm') || f.endsWith('.ttf') ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
          },
        }),
        await gzip(buf, { level: 9 }),
      ]);
      // Kept only when they save something worth a header.
      if (br.length < buf.length * 0.95) {
        await writeFile(f + '.br', br);
        entry.br = br.length;
      }
      if (gz.length < buf.length * 0.95) {
        await writeFile(f + '.gz', gz);
        entry.gzip = gz.length;
      }
    }),
  );
  return Object.fromEntries(Object.entries(sizes).sort());
}

// cached keeps compressed forms by the content's hash in node_modules/.cache
// (brotli's best level takes most of a minute on secint.wasm and Monaco, and
// most builds change neither).
async function cached(buf, make) {
  const dir = path.join(here, 'node_modules/.cache/secint-playground');
  const key = createHash('sha256').update(buf).digest('hex');
  const files = [path.join(dir, key + '.br'), path.join(dir, key + '.gz')];
  try {
    return await Promise.all(files.map((f) => readFile(f)));
  } catch {
    const made = await make();
    await mkdir(dir, { recursive: true });
    await Promise.all(made.map((b, i) => writeFile(files[i], b)));
    return made;
  }
}

function report(sizes, ms) {
  const kib = (n) => (n == null ? '-' : `${(n / 1024).toFixed(1)} KiB`);
  const rows = Object.entries(sizes).map(([f, s]) => [f, kib(s.raw), kib(s.gzip), kib(s.br)]);
  const total = Object.values(sizes).reduce(
    (t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + (s.gzip ?? s.raw), br: t.br + (s.br ?? s.raw) }),
    { raw: 0, gzip: 0, br: 0 },
  );
  rows.push(['total', kib(total.raw), kib(total.gzip), kib(total.br)]);
  const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['file', 'raw', 'gzip', 'br'][i].length));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  console.log(`playground built in ${ms} ms into ${path.relative(process.cwd(), out) || out}`);
  console.log(line(['file', 'raw', 'gzip', 'br']));
  for (const r of rows) console.log(line(r));
}
