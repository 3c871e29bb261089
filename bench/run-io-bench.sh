#!/usr/bin/env bash
# Point-cloud I/O benchmark of issue #2: Fuselage (JMH, through PointCloudIO.read) side by side with the peers
# Debian and npm offer, on the same generated files, in one run.
#
#   bench/run-io-bench.sh [--data DIR] [--sizes 120k,1M,10M] [--skip-build] [--no-peers] [--no-jmh] [--no-mem]
#
# Data goes to --data (default $FUSELAGE_BENCH_DATA or /tmp/fuselage-bench-data, outside the repository: the
# 10 M files take ~1.5 GB) and is generated only where missing. The LAZ inputs are built from the chunks of
# ../shared/data/las/autzen_trim.laz (or $FUSELAGE_LAZ_SOURCE) by RepeatLazChunks. Results and logs go to
# bench/results/<stamp>/ (ignored by git); the last thing printed is the table for BENCHMARKS.md.
#
# Needs: JDK 17 + Maven; for the peers `apt-get install -y pcl-tools libpcl-dev python3-open3d nodejs npm`
# (laz-perf comes from npm into bench/peers/node_modules). A missing peer is reported as skipped, not fatal.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=${FUSELAGE_BENCH_DATA:-/tmp/fuselage-bench-data}
SIZES=120k,1M,10M
BUILD=1 PEERS=1 JMH=1 MEM=1
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA=$2; shift ;;
    --sizes) SIZES=$2; shift ;;
    --skip-build) BUILD=0 ;;
    --no-peers) PEERS=0 ;;
    --no-jmh) JMH=0 ;;
    --no-mem) MEM=0 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

JAR=$ROOT/bench/target/benchmarks.jar
# The LAZ inputs repeat this real file's chunks (LAS 1.2, point format 3, 50,000-point chunks): 120k/1M/10M
# become 110,000 / 1,010,000 / 10,010,000 points.
LAZ_SOURCE=${FUSELAGE_LAZ_SOURCE:-${FUSELAGE_TEST_DATA:-$ROOT/../shared/data}/las/autzen_trim.laz}
PEERS_DIR=$ROOT/bench/peers
OUT=$ROOT/bench/results/$(date +%Y%m%d-%H%M%S)
RESULTS=$OUT/results.txt
mkdir -p "$OUT" "$DATA"
: > "$RESULTS"
log() { echo "[io-bench $(date +%H:%M:%S)] $*" >&2; }
result() { echo "$*" | tee -a "$RESULTS"; }
# How many timed runs the peers do per size: the same as the JMH measurement iterations (IoBenchRunner).
runs_for() { case "$1" in 120k) echo 30 ;; 1M) echo 15 ;; *) echo 5 ;; esac; }
file_for() { # format size -> path (must match BenchFile)
  case "$1" in
    bin) echo "$DATA/cloud-$2.bin" ;;
    pcd-ascii) echo "$DATA/cloud-$2-ascii.pcd" ;;
    pcd-binary) echo "$DATA/cloud-$2-binary.pcd" ;;
    pcd-compressed) echo "$DATA/cloud-$2-compressed.pcd" ;;
    ply) echo "$DATA/cloud-$2-binary_le.ply" ;;
    las) echo "$DATA/cloud-$2-pf6.las" ;;
    laz) echo "$DATA/cloud-$2-autzen-pf3.laz" ;;
  esac
}
IFS=, read -r -a SIZE_LIST <<< "$SIZES"

{
  echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name:[[:space:]]*//p'),"\
       "$(free -g | awk '/^Mem:/{print $2}') GiB RAM, $(uname -sr)"
  echo "jdk: $(java -version 2>&1 | head -1)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "command: bench/run-io-bench.sh --data $DATA --sizes $SIZES"
} | tee "$OUT/machine.txt" >&2
if awk -v n="$(nproc)" '{exit !($1 > n)}' /proc/loadavg; then
  log "WARNING: load average $(cut -d' ' -f1 /proc/loadavg) exceeds $(nproc) cores: other work is running, figures will be inflated"
fi

# ---------------------------------------------------------------- build
if [ "$BUILD" = 1 ]; then
  log "building bench (mvn package, no install)"
  (cd "$ROOT" && mvn -B -q -pl bench -am package -DskipTests)
fi
HAVE_PCL=0 HAVE_O3D=0 HAVE_LAZPERF=0
if [ "$PEERS" = 1 ]; then
  if pkg-config --exists pcl_io 2>/dev/null && command -v g++ >/dev/null; then
    mkdir -p "$PEERS_DIR/build"
    if [ ! -x "$PEERS_DIR/build/pcl_read" ] || [ "$PEERS_DIR/pcl_read.cpp" -nt "$PEERS_DIR/build/pcl_read" ]; then
      log "building PCL peer"
      # shellcheck disable=SC2046  # pkg-config output is meant to split
      g++ -O2 -std=c++17 $(pkg-config --cflags pcl_io) "$PEERS_DIR/pcl_read.cpp" -o "$PEERS_DIR/build/pcl_read" \
        -lpcl_io -lpcl_common 2> "$OUT/pcl-build.log"
    fi
    HAVE_PCL=1
  else
    result "SKIP pcl: libpcl-dev (pkg-config pcl_io) or g++ missing"
  fi
  if /usr/bin/python3 -c 'import open3d' 2>/dev/null; then HAVE_O3D=1
  else result "SKIP open3d: /usr/bin/python3 cannot import open3d (apt-get install python3-open3d)"; fi
  if command -v node >/dev/null && command -v npm >/dev/null; then
    if [ ! -d "$PEERS_DIR/node_modules/laz-perf" ]; then
      log "installing laz-perf from npm"
      (cd "$PEERS_DIR" && npm ci --no-audit --no-fund >/dev/null)
    fi
    HAVE_LAZPERF=1
  else
    result "SKIP laz-perf: node/npm missing"
  fi
fi

# ---------------------------------------------------------------- data
log "generating inputs into $DATA (only what is missing)"
java -cp "$JAR" dev.fuselage.bench.io.GenerateClouds "$DATA" "${SIZE_LIST[@]}" >&2
for s in "${SIZE_LIST[@]}"; do
  bin_pcd=$(file_for pcd-binary "$s")
  if command -v pcl_convert_pcd_ascii_binary >/dev/null; then
    [ -s "$(file_for pcd-ascii "$s")" ] || pcl_convert_pcd_ascii_binary "$bin_pcd" "$(file_for pcd-ascii "$s")" 0 >/dev/null
    [ -s "$(file_for pcd-compressed "$s")" ] \
      || pcl_convert_pcd_ascii_binary "$bin_pcd" "$(file_for pcd-compressed "$s")" 2 >/dev/null
    [ -s "$(file_for ply "$s")" ] || pcl_pcd2ply -format 1 -use_camera 0 "$bin_pcd" "$(file_for ply "$s")" >/dev/null
  else
    result "SKIP inputs $s: pcl-tools missing, so no PCD ascii/binary_compressed or PLY"
  fi
  if [ ! -s "$(file_for laz "$s")" ]; then
    # nothing here encodes LAZ: repeat the compressed chunks of a real file (whole chunks, see RepeatLazChunks)
    if [ -s "$LAZ_SOURCE" ]; then
      java -cp "$JAR" dev.fuselage.bench.io.RepeatLazChunks "$LAZ_SOURCE" "$(file_for laz "$s")" "$s" >&2 \
        || result "SKIP inputs $s: RepeatLazChunks failed, no LAZ"
    else
      result "SKIP inputs $s: no LAZ source $LAZ_SOURCE (set FUSELAGE_LAZ_SOURCE)"
    fi
  fi
done
ls -l "$DATA" > "$OUT/inputs.txt"

# ---------------------------------------------------------------- peers (one at a time: 2 cores)
if [ "$PEERS" = 1 ]; then
  for s in "${SIZE_LIST[@]}"; do
    n=$(runs_for "$s")
    if [ "$HAVE_PCL" = 1 ]; then
      log "PCL $s ($n runs each)"
      args=()
      for f in pcd-binary pcd-compressed pcd-ascii ply; do
        [ -s "$(file_for $f "$s")" ] && args+=("$f" "$s" "$(file_for $f "$s")")
      done
      [ ${#args[@]} -gt 0 ] && "$PEERS_DIR/build/pcl_read" "$n" "${args[@]}" | tee -a "$RESULTS"
    fi
    if [ "$HAVE_O3D" = 1 ] && [ -s "$(file_for ply "$s")" ]; then
      log "Open3D $s"
      /usr/bin/python3 "$PEERS_DIR/open3d_read.py" --legacy "$n" ply "$s" "$(file_for ply "$s")" | tee -a "$RESULTS"
      /usr/bin/python3 "$PEERS_DIR/open3d_read.py" "$n" pcd-binary "$s" "$(file_for pcd-binary "$s")" | tee -a "$RESULTS"
    fi
    if [ "$HAVE_LAZPERF" = 1 ] && [ -s "$(file_for laz "$s")" ]; then
      log "laz-perf $s"
      (cd "$PEERS_DIR" && node lazperf_read.mjs "$n" laz "$s" "$(file_for laz "$s")") | tee -a "$RESULTS"
    fi
  done
  result "SKIP lastools-laszip: Debian 12 packages no LASzip library or CLI (nor PDAL); no C++ LASzip peer"
fi

# ---------------------------------------------------------------- Fuselage, baseline, laszip4j (JMH)
if [ "$JMH" = 1 ]; then
  log "JMH (logs in $OUT)"
  java -cp "$JAR" dev.fuselage.bench.io.IoBenchRunner --data "$DATA" --sizes "$SIZES" --log "$OUT" \
    | tee -a "$RESULTS"
fi

# ---------------------------------------------------------------- memory at the largest size
if [ "$MEM" = 1 ]; then
  big=${SIZE_LIST[${#SIZE_LIST[@]}-1]}
  log "memory footprint at $big"
  java -cp "$JAR" dev.fuselage.bench.io.MemoryFootprint "$DATA" bin "$big" --plain | tee -a "$RESULTS"
  for f in bin pcd-ascii pcd-binary pcd-compressed ply las laz; do
    java -cp "$JAR" dev.fuselage.bench.io.MemoryFootprint "$DATA" "$f" "$big" | tee -a "$RESULTS"
  done
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt" >&2

# ---------------------------------------------------------------- table
/usr/bin/python3 - "$RESULTS" "$OUT/machine.txt" > "$OUT/table.md" <<'PY'
import sys
from collections import OrderedDict

results, machine = sys.argv[1], sys.argv[2]
impls = ["fuselage", "fuselage-1thread", "java-plain", "pcl", "open3d-t", "open3d-legacy", "laszip4j", "laz-perf"]
formats = ["bin", "pcd-binary", "pcd-compressed", "pcd-ascii", "ply", "las", "laz"]
sizes = ["120k", "1M", "10M"]
cell, mem, notes = {}, [], []
for line in open(results):
    p = line.split()
    if not p:
        continue
    if p[0] == "RESULT":
        impl, fmt, size, ms = p[1:5]
        note = " ".join(p[6:])
        cell[(fmt, size, impl)] = ms + " ms" if ms != "-" else note
    elif p[0] == "MEM":
        mem.append(p[1:])
    elif p[0] == "SKIP":
        notes.append(line.strip()[5:])
used = [i for i in impls if any(k[2] == i for k in cell)]
print("".join("    " + l for l in open(machine)).rstrip())
print()
print("Median wall time of one in-process read, warm page cache.")
print()
print("| format | points | " + " | ".join(used) + " |")
print("|---|---|" + "---|" * len(used))
for fmt in formats:
    for size in sizes:
        row = [cell.get((fmt, size, i), "") for i in used]
        if any(row):
            print(f"| {fmt} | {size} | " + " | ".join(row) + " |")
if mem:
    print()
    print("| memory: impl | format | points | heap retained B/point | peak RSS growth MiB | budget MiB | verdict |")
    print("|---|---|---|---|---|---|---|")
    for m in mem:
        print("| " + " | ".join(m[:7]) + " |")
if notes:
    print()
    for n in notes:
        print("- " + n)
PY
log "results: $RESULTS"
cat "$OUT/table.md"
