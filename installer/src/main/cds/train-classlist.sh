#!/usr/bin/env bash
# Installer build step (after jpackage made the app image): records the classes the packaged app loads from its
# start to the first frame of the demo, as IMAGE/lib/app/fuselage.classlist. From that list make-cds-archive (in
# the same folder) makes the class-data sharing archive that cuts the JVM's share of the start-up; the .deb carries
# the list and its postinst makes the archive where the package is installed.
#
#   train-classlist.sh IMAGE        IMAGE: the app image's folder (…/jpackage/image/fuselage)
#
# The training run is one real start: a 2-frame demo is generated in a temporary folder, then the packaged launcher
# opens it (`fuselage view DEMO`, as bench/first-frame.sh starts it) under X (DISPLAY, else an Xvfb of its own) and
# is stopped once it logs its first frame. Without any display it falls back to the classes of a headless run (the
# demo's generation): the JVM's and the app's own classes, not JavaFX's, so start-up gains less.
set -euo pipefail
IMAGE="$(cd "$1" && pwd)"
LAUNCHER="$IMAGE/bin/fuselage"
LIST="$IMAGE/lib/app/fuselage.classlist"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/fuselage-classlist.XXXXXX")"
app=""
xvfb=""
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  if [ -n "$xvfb" ]; then kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
# the app's data, settings, home and temporary folders stay in $WORK
export XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config"
mkdir -p "$WORK/home" "$WORK/tmp"
jvm="-Duser.home=$WORK/home -Djava.io.tmpdir=$WORK/tmp"
log="$XDG_DATA_HOME/fuselage/logs/fuselage.log"

if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null 2>&1; then
  n=99
  while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n - 1)); done
  Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
  export DISPLAY=":$n"
fi

if [ -z "${DISPLAY:-}" ]; then
  echo "[WARNING] train-classlist: no display and no Xvfb: the class list covers a headless run only" >&2
  JAVA_TOOL_OPTIONS="$jvm -XX:DumpLoadedClassList=$WORK/classlist" \
      "$LAUNCHER" demo --no-open --frames 2 >"$WORK/app.out" 2>&1
else
  JAVA_TOOL_OPTIONS="$jvm" "$LAUNCHER" demo --no-open --frames 2 >"$WORK/demo.out" 2>&1 \
      || { cat "$WORK/demo.out" >&2; exit 1; }
  JAVA_TOOL_OPTIONS="$jvm -XX:DumpLoadedClassList=$WORK/classlist" \
      "$LAUNCHER" view "$XDG_DATA_HOME/fuselage/demo" >"$WORK/app.out" 2>&1 &
  app=$!
  for _ in $(seq 1800); do # up to 180 s
    grep -q "first frame shown" "$log" 2>/dev/null && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
  done
  if ! grep -q "first frame shown" "$log" 2>/dev/null; then
    echo "train-classlist: the packaged app showed no first frame; its output:" >&2
    cat "$WORK/app.out" "$log" >&2 2>/dev/null || true
    exit 1
  fi
  kill "$app" # a normal exit (shutdown hooks run): the list is complete
  wait "$app" 2>/dev/null || true
  app=""
fi
grep -q "^dev/fuselage/app/Main" "$WORK/classlist" \
    || { echo "train-classlist: no usable class list; output:" >&2; cat "$WORK/app.out" >&2; exit 1; }
cp "$WORK/classlist" "$LIST"
echo "train-classlist: $(grep -vc '^[@#]' "$LIST") classes in $LIST"
