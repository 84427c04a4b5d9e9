// Statistics and the table of `make bench`.

/** stats summarises samples: median, min, max, p95 and their count. */
export function stats(xs) {
  if (!xs.length) return { n: 0, median: NaN, min: NaN, max: NaN, p95: NaN };
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => {
    // Nearest rank: the smallest sample with at least p of them at or below it.
    const k = Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1));
    return s[k];
  };
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { n: s.length, median, min: s[0], max: s[s.length - 1], p95: q(0.95) };
}

/** time runs fn `warmup` times unmeasured, then `runs` times, and returns the times in ms. */
export function timeSync(fn, { warmup, runs }) {
  for (let i = 0; i < warmup; i++) fn(i);
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(warmup + i);
    out.push(performance.now() - t);
  }
  return out;
}

export async function timeAsync(fn, { warmup, runs }) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(warmup + i);
    out.push(performance.now() - t);
  }
  return out;
}

// --- formatting ---

const sig = (x) => {
  if (!Number.isFinite(x)) return '-';
  const a = Math.abs(x);
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  if (a >= 1) return x.toFixed(2);
  if (a >= 0.01) return x.toFixed(3);
  return x.toPrecision(2);
};

/** fmt formats a value of a unit: ms, x (a multiple), bytes, MB (10^6 bytes). */
export function fmt(x, unit) {
  if (!Number.isFinite(x)) return '-';
  switch (unit) {
    case 'ms':
      return `${sig(x)} ms`;
    case 'x':
      return `${sig(x)}×`;
    case 'count':
      return String(Math.round(x));
    case 'bytes':
      return x >= 1e6 ? `${(x / 1e6).toFixed(2)} MB` : `${(x / 1e3).toFixed(1)} KB`;
    default:
      return `${sig(x)} ${unit}`;
  }
}

/** sizeLabel names a worksheet size: bytes as KiB/MiB, as the Go benchmarks size them (1<<20). */
export function sizeLabel(bytes) {
  if (bytes == null) return '';
  if (bytes >= 1 << 20 && bytes % (1 << 20) === 0) return `${bytes / (1 << 20)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} B`;
}

/**
 * table renders the figures. A figure is {section, name, size, unit, stat
 * ('median' | 'p95' | 'value'), median, min, max, p95, n, budget: {max,
 * text} | null, met, note}.
 */
export function table(figures, { smoke = false } = {}) {
  // A smoke run (tiny worksheets, one run) says so in its header instead of
  // comparing its figures with budgets made for the real sizes.
  const head = ['figure', 'size', 'median', 'min', 'max', 'n', 'budget', smoke ? 'smoke: budgets not applied' : 'result'];
  const rows = [];
  let section = null;
  for (const f of figures) {
    if (f.section !== section) {
      section = f.section;
      rows.push({ section });
    }
    const value = f[f.stat] ?? f.median;
    let result = '';
    if (f.budget && !smoke) {
      const shown = f.stat === 'median' || f.stat === 'value' ? '' : ` (${f.stat} ${fmt(value, f.unit)})`;
      result = (f.met ? 'ok' : 'MISSED') + shown;
    }
    const one = f.n === 1 || f.stat === 'value';
    rows.push([
      `  ${f.name}`,
      sizeLabel(f.size),
      fmt(f.median, f.unit),
      one ? '' : fmt(f.min, f.unit),
      one ? '' : fmt(f.max, f.unit),
      String(f.n ?? ''),
      f.budget?.text ?? '—',
      result,
    ]);
  }
  const cells = rows.filter(Array.isArray);
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const right = new Set([2, 3, 4, 5]);
  const line = (r) => r.map((c, i) => (right.has(i) ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ').trimEnd();
  const out = [line(head), w.map((n) => '-'.repeat(n)).join('  ')];
  for (const r of rows) out.push(Array.isArray(r) ? line(r) : r.section);
  return out.join('\n');
}
