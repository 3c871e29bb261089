// Decodes a LAZ file with laz-perf and writes its raw point records, one after the other, to OUT: an
// independent (C++ LASzip-compatible, WebAssembly) check used by RepeatLazChunksTest.
// Usage: node lazperf_dump.mjs IN.laz OUT.bin
import { readFileSync, writeFileSync } from 'node:fs';
import { createLazPerf } from 'laz-perf';

const [input, output] = process.argv.slice(2);
if (!output) {
  console.error('usage: node lazperf_dump.mjs IN.laz OUT.bin');
  process.exit(2);
}
const LazPerf = await createLazPerf();
const file = readFileSync(input);
const filePtr = LazPerf._malloc(file.byteLength);
LazPerf.HEAPU8.set(file, filePtr);
const laszip = new LazPerf.LASZip();
laszip.open(filePtr, file.byteLength);
const n = laszip.getCount();
const length = laszip.getPointLength();
const pointPtr = LazPerf._malloc(length);
const records = new Uint8Array(n * length);
for (let i = 0; i < n; i++) {
  laszip.getPoint(pointPtr);
  records.set(LazPerf.HEAPU8.subarray(pointPtr, pointPtr + length), i * length);
}
writeFileSync(output, records);
console.log(`${n} ${length}`);
