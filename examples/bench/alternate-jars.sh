#!/usr/bin/env bash
# Times several Billet jars building the same generated corpus through the launcher, one after the
# other in each round, so that all of them meet the same moments of a noisy machine; prints each
# jar's median wall and CPU (user + system) time, and the median of each round's ratio to the
# first jar, which is steadier than the ratio of medians.
#
#   examples/bench/alternate-jars.sh [options] JAR [JAR ...]
#
# Options (or environment variables):
#   --runs N     rounds (RUNS, default 10), after one untimed round that makes each jar's
#                class-data archive
#   --size N     posts in the generated corpus, even (SIZE, default 4000)
#   --dir DIR    work folder for the corpus and the archives (BENCH_DIR, default /tmp/billet-bench)
#   --out DIR    output folder of the builds (OUT, default DIR/alternate-out); a memory file system
#                such as /dev/shm/billet-out leaves out the disk's own noise
#
# Each build is `examples/bin/billet build CORPUS OUT --config bench-site.yaml`, timed with GNU
# time; BILLET_JAVA_OPTS applies to every jar. Needs python3, Java 17 and /usr/bin/time.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${SHARED_BENCH:-$repo/../shared/bench}"
RUNS="${RUNS:-10}"
SIZE="${SIZE:-4000}"
BENCH_DIR="${BENCH_DIR:-/tmp/billet-bench}"
OUT="${OUT:-}"
jars=()
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) sed -n '2,/^set -euo pipefail$/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --size) SIZE="$2"; shift 2 ;;
    --dir) BENCH_DIR="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) jars+=("$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"); shift ;;
  esac
done
[ "${#jars[@]}" -gt 0 ] || { echo "give at least one jar (see --help)" >&2; exit 2; }
for jar in "${jars[@]}"; do
  [ -f "$jar" ] || { echo "missing jar $jar" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed: apt-get install time" >&2; exit 2; }
OUT="${OUT:-$BENCH_DIR/alternate-out}"
mkdir -p "$BENCH_DIR/alternate-cds"

# shellcheck source=bench-lib.sh
. "$here/bench-lib.sh"
ensure_corpus "$SIZE"
corpus_dir="$(corpus "$SIZE")"
times="$BENCH_DIR/alternate-times.tsv"
: > "$times"

# One build of jar number $1; with $2 = timed, appends "index wall user system" to the times.
build() {
  local i="$1" jar="${jars[$1]}"
  fresh_out "$OUT"
  /usr/bin/time -f "%e %U %S" -o "$BENCH_DIR/alternate-time.txt" \
    env BILLET_JAR="$jar" BILLET_CDS="$BENCH_DIR/alternate-cds/$i.jsa" \
    "$repo/examples/bin/billet" build "$corpus_dir" "$OUT" --config "$here/bench-site.yaml" \
    > /dev/null 2>&1 || true
  if [ "${2:-}" = timed ]; then
    echo "$i $(tail -1 "$BENCH_DIR/alternate-time.txt")" >> "$times"
  fi
}

rm -f "$BENCH_DIR"/alternate-cds/*.jsa
for i in "${!jars[@]}"; do build "$i"; done
for round in $(seq "$RUNS"); do
  for i in "${!jars[@]}"; do build "$i" timed; done
  echo "round $round of $RUNS done" >&2
done

python3 - "$times" "${jars[@]}" <<'PY'
import statistics
import sys

rows = [line.split() for line in open(sys.argv[1])]
jars = sys.argv[2:]
walls = {i: [] for i in range(len(jars))}
cpus = {i: [] for i in range(len(jars))}
for i, wall, user, system in rows:
    walls[int(i)].append(float(wall))
    cpus[int(i)].append(float(user) + float(system))
print("| jar | wall s (median) | CPU s (median) | wall / first, median of rounds |")
print("|---|---:|---:|---:|")
for i, jar in enumerate(jars):
    ratios = [w / f for w, f in zip(walls[i], walls[0])]
    print(f"| {jar} | {statistics.median(walls[i]):.2f} | {statistics.median(cpus[i]):.2f}"
          f" | {statistics.median(ratios):.3f} |")
PY
