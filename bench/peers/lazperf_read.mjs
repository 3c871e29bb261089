// laz-perf (npm, LASzip-compatible decoder compiled to WebAssembly) peer for issue #2.
// Times an in-process decode of a LAZ file with a warm page cache (one untimed run first): read the file,
// copy it into the WASM heap, decode every point and keep x y z (scaled, as float32) and intensity, the same
// XYZI payload the PCL peer loads.
// Usage: node lazperf_read.mjs RUNS FORMAT SIZE FILE [FORMAT SIZE FILE ...]
// Prints: RESULT laz-perf FORMAT SIZE MEDIAN_MS RUNS
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createLazPerf } from 'laz-perf';

const LazPerf = await createLazPerf();

function decode(path) {
  const file = readFileSync(path);
  const header = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const scale = [131, 139, 147].map((o) => header.getFloat64(o, true));
  const offset = [155, 163, 171].map((o) => header.getFloat64(o, true));
  const filePtr = LazPerf._malloc(file.byteLength);
  const laszip = new LazPerf.LASZip();
  try {
    LazPerf.HEAPU8.set(file, filePtr);
    laszip.open(filePtr, file.byteLength);
    const n = laszip.getCount();
    const pointLength = laszip.getPointLength();
    const pointPtr = LazPerf._malloc(pointLength);
    const x = new Float32Array(n), y = new Float32Array(n), z = new Float32Array(n);
    const intensity = new Uint16Array(n);
    try {
      let view = new DataView(LazPerf.HEAPU8.buffer);
      for (let i = 0; i < n; i++) {
        laszip.getPoint(pointPtr);
        // decoding a new chunk may grow the WASM memory, which detaches the old buffer
        if (view.buffer.byteLength === 0) view = new DataView(LazPerf.HEAPU8.buffer);
        x[i] = view.getInt32(pointPtr, true) * scale[0] + offset[0];
        y[i] = view.getInt32(pointPtr + 4, true) * scale[1] + offset[1];
        z[i] = view.getInt32(pointPtr + 8, true) * scale[2] + offset[2];
        intensity[i] = view.getUint16(pointPtr + 12, true);
      }
    } finally {
      LazPerf._free(pointPtr);
    }
    return n;
  } finally {
    laszip.delete();
    LazPerf._free(filePtr);
  }
}

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

const args = process.argv.slice(2);
if (args.length < 4 || (args.length - 1) % 3 !== 0) {
  console.error('usage: node lazperf_read.mjs RUNS FORMAT SIZE FILE [FORMAT SIZE FILE ...]');
  process.exit(2);
}
const runs = Number(args[0]);
for (let a = 1; a < args.length; a += 3) {
  const [format, size, path] = args.slice(a, a + 3);
  let points;
  try {
    points = decode(path);
  } catch (e) {
    console.log(`RESULT laz-perf ${format} ${size} - 0 failed(${String(e).replace(/\s+/g, '_')})`);
    continue;
  }
  const ms = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const n = decode(path);
    ms.push(performance.now() - t0);
    if (n !== points) throw new Error(`${path}: decoded ${n} points, first run gave ${points}`);
  }
  console.log(`RESULT laz-perf ${format} ${size} ${median(ms).toFixed(2)} ${runs}`);
}
