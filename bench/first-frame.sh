#!/usr/bin/env bash
# Start-up of the packaged app: the time from starting the `fuselage` launcher (no arguments, as the desktop entry
# starts it) to the first 3D frame with points on screen, and the package's size.
#
#   bench/first-frame.sh [--launcher PATH] [--deb PATH] [--runs N] [--first-run]
#
# Defaults: the app image `mvn -B -Pinstaller package` leaves in installer/target/jpackage/image, its .deb in
# installer/target/dist, 5 runs. Needs a display (DISPLAY, e.g. Xvfb). The runs share data and settings folders
# under a temporary folder, with the demo project generated there beforehand (`fuselage demo --no-open`); each
# run starts the launcher on that project folder (`fuselage view DEMO`, as opening it from the start screen's recent
# projects does; a start without arguments opens the demo only the very first time, later the start screen).
# --first-run first times one start without arguments on empty folders, demo generation included.
# The app logs "first frame shown: N ms after the JVM started" (the JVM's own start time; the native launcher's few
# milliseconds before it are not in it); the script reports that figure and its own wall-clock time from starting
# the launcher to seeing that line (polled every 20 ms), which is the start-to-first-frame figure.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LAUNCHER="$ROOT/installer/target/jpackage/image/fuselage/bin/fuselage"
DEB="$(ls "$ROOT"/installer/target/dist/*.deb 2>/dev/null | head -1 || true)"
RUNS=5
FIRST_RUN=0
while [ $# -gt 0 ]; do
  case "$1" in
    --launcher) LAUNCHER="$2"; shift 2 ;;
    --deb) DEB="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --first-run) FIRST_RUN=1; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$LAUNCHER" ] || { echo "no launcher at $LAUNCHER (build with: mvn -B -Pinstaller package)" >&2; exit 1; }
[ -n "${DISPLAY:-}" ] || { echo "needs a display: DISPLAY is not set (e.g. Xvfb :50 & DISPLAY=:50)" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/fuselage-first-frame.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
now_ms() { date +%s%3N; }

# one start: prints "<logged ms> <wall ms>"
start_once() {
  local data="$1" config="$2" log="$1/fuselage/logs/fuselage.log" t0 pid line="" seen
  shift 2
  seen=$(grep -c "first frame shown" "$log" 2>/dev/null || true)
  t0=$(now_ms)
  XDG_DATA_HOME="$data" XDG_CONFIG_HOME="$config" "$LAUNCHER" "$@" >"$WORK/app.out" 2>"$WORK/app.err" &
  pid=$!
  for _ in $(seq 6000); do # up to 120 s
    line="$(grep -h "first frame shown" "$log" 2>/dev/null | tail -n +$((${seen:-0} + 1)) | tail -1 || true)"
    [ -n "$line" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.02
  done
  local t1; t1=$(now_ms)
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -n "$line" ] || { echo "no first frame; stderr:" >&2; cat "$WORK/app.err" >&2; exit 1; }
  echo "$(sed -E 's/.*first frame shown: ([0-9]+) ms.*/\1/' <<<"$line") $((t1 - t0))"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "$DEB" ] && [ -f "$DEB" ]; then
  echo "package: $(basename "$DEB") $(stat -c %s "$DEB") bytes ($(du -h "$DEB" | cut -f1)); installed size $(dpkg-deb -f "$DEB" Installed-Size) KiB"
fi
echo "app image: $(du -sh "$(dirname "$(dirname "$LAUNCHER")")" | cut -f1)"

if [ "$FIRST_RUN" = 1 ]; then
  read -r logged wall < <(start_once "$WORK/first-data" "$WORK/first-config")
  echo "first start (demo generated): logged $logged ms, wall $wall ms"
fi

XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" "$LAUNCHER" demo --no-open >/dev/null 2>&1
: > "$WORK/results"
for i in $(seq "$RUNS"); do
  read -r logged wall < <(start_once "$WORK/data" "$WORK/config" view "$WORK/data/fuselage/demo")
  echo "run $i: logged $logged ms, wall $wall ms"
  echo "$logged $wall" >> "$WORK/results"
done
echo "median of $RUNS: logged $(cut -d' ' -f1 "$WORK/results" | median) ms, wall $(cut -d' ' -f2 "$WORK/results" | median) ms"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
