// Builds dist/ from src/ with esbuild (pinned in package.json). `make wasm`
// must have put secint.wasm and wasm_exec.js (from the Go toolchain that built
// it) in dist/ first: wasm_exec.js is bundled into the outputs.
import * as esbuild from 'esbuild';
import { copyFile, access, rm } from 'node:fs/promises';

const here = new URL('.', import.meta.url);
const dist = new URL('dist/', here);

for (const f of ['secint.wasm', 'wasm_exec.js']) {
  try {
    await access(new URL(f, dist));
  } catch {
    console.error(`web/build.mjs: dist/${f} is missing: run 'make wasm' first`);
    process.exit(1);
  }
}

await rm(new URL('standalone/', dist), { recursive: true, force: true });

const common = {
  absWorkingDir: new URL('.', here).pathname,
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  external: ['node:*'],
  legalComments: 'inline',
  logLevel: 'warning',
  // import(name) of Node built-ins is left alone on purpose.
  logOverride: { 'unsupported-dynamic-import': 'silent' },
};

// wasm_exec.js keeps its notice where it is bundled in.
const goNotice = {
  js: '// Bundles wasm_exec.js of the Go toolchain that built secint.wasm: Copyright 2018 The Go Authors, BSD-style license (https://go.dev/LICENSE).',
};

// The library: what `import ... from 'secint'` loads (the engine is bundled
// for worker: false, and evaluated only then) ...
await esbuild.build({ ...common, entryPoints: { index: 'src/index.js' }, outdir: 'dist', banner: goNotice });
// ... and 'secint/monaco'.
await esbuild.build({ ...common, entryPoints: { monaco: 'src/monaco.js' }, outdir: 'dist' });

// 'secint/codemirror' and 'secint/embed': CodeMirror is the application's
// (peer dependencies), left as imports. The embed's editor half is its own
// file, which embed.js imports only when a snippet comes into view, and it
// takes the client from index.js rather than a copy of it.
const codemirror = ['@codemirror/*', '@lezer/*'];
await esbuild.build({ ...common, entryPoints: { codemirror: 'src/codemirror.js' }, outdir: 'dist', external: [...common.external, ...codemirror] });
await esbuild.build({
  ...common,
  entryPoints: { embed: 'src/embed.js', 'embed-editor': 'src/embed-editor.js' },
  outdir: 'dist',
  external: [...common.external, ...codemirror, './embed-editor.js', './index.js', './codemirror.js'],
});

// The one-script-tag embed: CodeMirror bundled in, minified, the editor half
// a chunk of its own loaded when the first snippet comes into view.
await esbuild.build({
  ...common,
  entryPoints: { 'secint-embed': 'src/embed-auto.js' },
  outdir: 'dist/standalone',
  platform: 'browser',
  splitting: true,
  minify: true,
  chunkNames: 'secint-embed-[hash]',
  banner: goNotice,
});

// The worker: one self-contained file (no imports, no Blob, no eval).
await esbuild.build({ ...common, entryPoints: { 'secint-worker': 'src/worker.js' }, outdir: 'dist', banner: goNotice });

for (const f of ['index.d.ts', 'monaco.d.ts', 'codemirror.d.ts', 'embed.d.ts']) {
  await copyFile(new URL(`src/${f}`, here), new URL(f, dist));
}
