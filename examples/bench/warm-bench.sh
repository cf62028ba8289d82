#!/usr/bin/env bash
# Warmed, in-process parse and render of one corpus: Billet's WarmParseRender against the bare
# commonmark-java harness's --passes mode, one thread each, processes alternated.
#
#   examples/bench/warm-bench.sh [options]
#
# Options (or environment variables):
#   --runs N      processes of each, alternated billet/cmbare (RUNS, default 5)
#   --passes P    passes over the corpus in each process (PASSES, default 8, at least 3)
#   --size N      corpus size in posts, even (SIZE, default 4000)
#   --dir DIR     work folder for the corpus, the harness and outputs (BENCH_DIR, default
#                 /tmp/billet-bench, shared with site-build-bench.sh)
#   SETTLE=S      seconds to let the file system settle after deleting the previous process's
#                 output, before the next process starts (default 2; see fresh_out in bench-lib.sh)
#
# Each pass prints its summed parse and render time (reading and writing excluded). A process's
# figure is the median of its passes from the third on (the first two warm the JIT up); the
# result is the median over the processes, and Billet's rate as a fraction of the harness's
# (posts/s of Billet / posts/s of the harness: the figure issue 6 asks to be at least 0.8).
#
# Needs python3 (corpus generator) and Java 17. Build the jar first:
#   ./mvnw -q -B -DskipTests -Djacoco.skip package
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${SHARED_BENCH:-$repo/../shared/bench}"
RUNS="${RUNS:-5}"
PASSES="${PASSES:-8}"
SIZE="${SIZE:-4000}"
BENCH_DIR="${BENCH_DIR:-/tmp/billet-bench}"
JAR="${BILLET_JAR:-$repo/examples/target/billet-examples.jar}"

while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --passes) PASSES="$2"; shift 2 ;;
    --size) SIZE="$2"; shift 2 ;;
    --dir) BENCH_DIR="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ "$PASSES" -ge 3 ] || { echo "--passes must be at least 3" >&2; exit 2; }
[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw -q -B -DskipTests -Djacoco.skip package" >&2; exit 2; }
mkdir -p "$BENCH_DIR"

# shellcheck source=bench-lib.sh
. "$here/bench-lib.sh"
ensure_cmbare
ensure_corpus "$SIZE"
corpus="$(corpus "$SIZE")"

out="$BENCH_DIR/warm-out"
# The median of a process's passes from the third on, in milliseconds.
passes_median() {
  grep -o 'parse_render_ms=[0-9.]*' | cut -d= -f2 | tail -n +3 | sort -n |
    awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}
results="$BENCH_DIR/warm-results.tsv"
: > "$results"
echo "corpus of $SIZE posts: $RUNS processes of each, $PASSES passes, alternating" >&2
for i in $(seq "$RUNS"); do
  fresh_out "$out"
  b="$(java -cp "$JAR" io.github.billet.examples.bench.WarmParseRender "$corpus" "$out" \
    --passes "$PASSES" 2>&1 | passes_median)"
  fresh_out "$out"
  c="$(java -jar "$cmbare" "$corpus" "$out" --passes "$PASSES" 2>&1 | passes_median)"
  printf 'billet\t%s\ncmbare\t%s\n' "$b" "$c" >> "$results"
  echo "run $i: billet $b ms, cmbare $c ms" >&2
done
rm -rf "$out"

python3 - "$results" "$SIZE" <<'PY'
import statistics, sys
ms = {"billet": [], "cmbare": []}
for line in open(sys.argv[1]):
    tool, value = line.split()
    ms[tool].append(float(value))
posts = int(sys.argv[2])
b, c = statistics.median(ms["billet"]), statistics.median(ms["cmbare"])
print("| tool | parse+render ms (median) | posts/s on one core | runs (ms) |")
print("|---|---:|---:|---|")
for tool, m in (("billet", b), ("cmbare", c)):
    runs = ", ".join(f"{v:.0f}" for v in ms[tool])
    print(f"| {tool} | {m:.1f} | {posts / (m / 1000):,.0f} | {runs} |")
ratios = sorted(y / x for x, y in zip(ms["billet"], ms["cmbare"]))
print(f"\nBillet's rate / the harness's: {c / b:.3f} (per alternated pair: "
      f"{ratios[0]:.3f} to {ratios[-1]:.3f})")
PY
