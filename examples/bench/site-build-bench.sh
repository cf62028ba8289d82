#!/usr/bin/env bash
# Whole-process benchmark of Billet's site build against Hugo building the same site, and the bare
# commonmark-java harness (the floor for a JVM program that writes only the post pages).
#
#   examples/bench/site-build-bench.sh [options]
#
# Options (or environment variables):
#   --help          prints this text
#   --runs N        runs per tool and corpus, alternated (RUNS, default 5)
#   --sizes "..."   corpus sizes in posts, each even (SIZES, default "100 1000 4000 20000")
#   --dir DIR       work folder for corpora, sites and outputs (BENCH_DIR, default /tmp/billet-bench)
#   --extra         also time Billet through the launcher with -Xmx256m, and a rebuild after
#                   changing one post (in a watch session, RebuildBenchmark)
#   --no-java-jar   skip the plain `java -jar` runs of Billet (and of the baseline)
#   --no-hugo       skip Hugo even when installed
#   --baseline JAR  also time another Billet jar (an earlier build) the same ways as the current one:
#                   through the launcher (its own class-data archive) as "billet-baseline", and
#                   through `java -jar` as "billet-baseline-java-jar"
#   --baseline-launcher FILE
#                   the launcher for the baseline jar (BASELINE_LAUNCHER, default this checkout's
#                   examples/bin/billet, so that only the jars differ)
#   --java25 JAVA   also time the launcher on a Java 25 or later binary (its ahead-of-time cache
#                   made by an untimed first run), as "billet-java25" (JAVA25)
#   SETTLE=S        seconds to let the file system settle after deleting the previous run's
#                   output (default 2; see fresh_out in bench-lib.sh)
#
# Needs python3 (corpus generator), Java 17, GNU time (/usr/bin/time), and for Hugo's rows Hugo
# (Debian's `hugo`, 0.111). Build the jar first:
#   ./mvnw -q -B -DskipTests -Djacoco.skip package
#
# How each peer is configured: as its users run it, every one on all the machine's cores.
# - billet: the launcher examples/bin/billet (C1 only on one compiler thread, serial collector,
#   application class-data sharing archive made by an untimed first run), as a user's command line
#   does: `billet build CORPUS OUT --config bench-site.yaml` (the per-folder rules of the generated
#   corpus: language from the folder, posts at /<lang>/blog/<slug>/). Default JVM heap.
# - billet-java-jar: the same jar and arguments through `java -jar`, with the JVM's defaults (C2,
#   G1, no archive): what a user who runs the jar directly gets.
# - hugo: `hugo --quiet -s SITE -d OUT` on the site in hugo/ (Hugo's defaults otherwise): a
#   bilingual site with content/fr and content/en, posts and tag pages at Billet's URLs
#   ([permalinks]), layouts as the Hugo documentation writes them
#   (`.Paginate .Pages` for the blog section and tag pages, ten a page; `.Translations`,
#   `.GetTerms "tags"`, `.PrevInSection`/`.NextInSection` on post pages; the ten newest posts on
#   each language's home page), Hugo's built-in RSS (ten items) and sitemap, a JSON Feed output
#   format, 404 pages. The corpus is copied with a `translationKey` in each post (see
#   ensure_hugo_site in bench-lib.sh). compare-sites.py counts each kind of page in both outputs.
# - cmbare: `java -jar cmbare.jar CORPUS OUT --parallel` (JVM defaults): parses and renders each
#   post to a minimal page on a parallel stream, and writes nothing else (no listings, feeds,
#   sitemap, pairing): a floor, not a peer that does the same work.
#
# Prints one Markdown table: median wall seconds and median peak RSS (MiB) of each tool and corpus,
# with Billet's ratios to each, then the machine (cores, memory, Java, Hugo, load averages before
# and after).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${SHARED_BENCH:-$repo/../shared/bench}"
RUNS="${RUNS:-5}"
SIZES="${SIZES:-100 1000 4000 20000}"
BENCH_DIR="${BENCH_DIR:-/tmp/billet-bench}"
EXTRA="${EXTRA:-0}"
BASELINE="${BASELINE:-}"
BASELINE_LAUNCHER="${BASELINE_LAUNCHER:-}"
JAVA_JAR="${JAVA_JAR:-1}"
JAVA25="${JAVA25:-}"
HUGO="${HUGO:-$(command -v hugo || true)}"
JAR="${BILLET_JAR:-$repo/examples/target/billet-examples.jar}"
CONFIG="$here/bench-site.yaml"

while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) sed -n '2,/^set -euo pipefail$/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --sizes) SIZES="$2"; shift 2 ;;
    --dir) BENCH_DIR="$2"; shift 2 ;;
    --extra) EXTRA=1; shift ;;
    --no-java-jar) JAVA_JAR=0; shift ;;
    --no-hugo) HUGO=""; shift ;;
    --baseline) BASELINE="$2"; shift 2 ;;
    --baseline-launcher) BASELINE_LAUNCHER="$2"; shift 2 ;;
    --java25) JAVA25="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

[ -f "$JAR" ] || { echo "missing $JAR: run ./mvnw -q -B -DskipTests -Djacoco.skip package" >&2; exit 2; }
[ -z "$BASELINE" ] || [ -f "$BASELINE" ] || { echo "missing baseline jar $BASELINE" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is needed: apt-get install time" >&2; exit 2; }
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p "$BENCH_DIR"
results="$BENCH_DIR/results.tsv"
: > "$results"

# ---------------------------------------------------------------- the bare harness
# shellcheck source=bench-lib.sh
. "$here/bench-lib.sh"
ensure_cmbare

# ---------------------------------------------------------------- corpora and Hugo sites
# The Hugo site of each size: hugo/ (configuration and layouts) and its content (bench-lib.sh).
for n in $SIZES; do
  ensure_corpus "$n"
  if [ -n "$HUGO" ]; then
    ensure_hugo_site "$n"
  fi
done

# ---------------------------------------------------------------- timing
# time_run LABEL SIZE CMD...: one whole-process run, appended to results.tsv
time_run() {
  local label="$1" n="$2"; shift 2
  local t="$BENCH_DIR/time.txt"
  if ! /usr/bin/time -o "$t" -f "%e %M" "$@" > "$BENCH_DIR/last.log" 2>&1; then
    # Billet exits 1 when the content has errors; anything else is a failure.
    if ! grep -q "^build:" "$BENCH_DIR/last.log"; then
      echo "FAILED: $label $n ($*)" >&2; tail -5 "$BENCH_DIR/last.log" >&2; exit 1
    fi
  fi
  printf '%s\t%s\t%s\n' "$label" "$n" "$(tail -1 "$t" | tr ' ' '\t')" >> "$results"
}

first="$(corpus "$(echo $SIZES | cut -d' ' -f1)")"
billet=("$repo/examples/bin/billet" build)
export BILLET_JAR="$JAR" BILLET_CDS="$BENCH_DIR/billet.jsa"
# The launcher's class-data archive is made by its first run: make it now, untimed.
rm -f "$BILLET_CDS"
rm -rf "$BENCH_DIR/out"
"${billet[@]}" "$first" "$BENCH_DIR/out" --config "$CONFIG" > /dev/null 2>&1 || true

if [ -n "$BASELINE" ]; then
  # The baseline jar through a launcher too, with its own archive, made the same way.
  baseline=(env BILLET_JAR="$BASELINE" BILLET_CDS="$BENCH_DIR/baseline.jsa"
    BILLET_AOT="$BENCH_DIR/baseline.aot" "${BASELINE_LAUNCHER:-$repo/examples/bin/billet}" build)
  rm -f "$BENCH_DIR/baseline.jsa" "$BENCH_DIR/baseline.aot"
  rm -rf "$BENCH_DIR/out"
  "${baseline[@]}" "$first" "$BENCH_DIR/out" --config "$CONFIG" > /dev/null 2>&1 || true
fi

if [ -n "$JAVA25" ]; then
  export BILLET_AOT="$BENCH_DIR/billet.aot"
  rm -f "$BILLET_AOT"
  rm -rf "$BENCH_DIR/out"
  JAVA="$JAVA25" "${billet[@]}" "$first" "$BENCH_DIR/out" --config "$CONFIG" > /dev/null 2>&1 || true
fi

for n in $SIZES; do
  c="$(corpus "$n")"
  out="$BENCH_DIR/out"
  echo "corpus of $n posts: $RUNS runs each, alternating" >&2
  for r in $(seq 1 "$RUNS"); do
    fresh_out "$out"; time_run billet "$n" "${billet[@]}" "$c" "$out" --config "$CONFIG"
    if [ -n "$BASELINE" ]; then
      fresh_out "$out"; time_run billet-baseline "$n" "${baseline[@]}" "$c" "$out" --config "$CONFIG"
    fi
    if [ "$JAVA_JAR" = 1 ]; then
      fresh_out "$out"; time_run billet-java-jar "$n" java -jar "$JAR" build "$c" "$out" --config "$CONFIG"
      if [ -n "$BASELINE" ]; then
        fresh_out "$out"
        time_run billet-baseline-java-jar "$n" java -jar "$BASELINE" build "$c" "$out" --config "$CONFIG"
      fi
    fi
    if [ -n "$JAVA25" ]; then
      fresh_out "$out"; time_run billet-java25 "$n" env JAVA="$JAVA25" "${billet[@]}" "$c" "$out" --config "$CONFIG"
    fi
    fresh_out "$out"; time_run cmbare "$n" java -jar "$cmbare" "$c" "$out" --parallel
    if [ -n "$HUGO" ]; then
      fresh_out "$out"; time_run hugo "$n" "$HUGO" --quiet -s "$BENCH_DIR/hugo-$n" -d "$out"
    fi
    if [ "$EXTRA" = 1 ]; then
      fresh_out "$out"; time_run billet-xmx256m "$n" env BILLET_JAVA_OPTS=-Xmx256m "${billet[@]}" "$c" "$out" --config "$CONFIG"
      # Rebuild after changing one post, in a watch session (RebuildBenchmark: a full build, then
      # five rebuilds after editing one post; the corpus is restored). Its median rebuild time is
      # recorded as "billet-rebuild1"; the ratio is to the whole-process full build above.
      fresh_out "$out"
      java -cp "$JAR" io.github.billet.examples.bench.RebuildBenchmark "$c" "$out" --runs 5 \
        > "$BENCH_DIR/last.log" 2>&1 || { tail -5 "$BENCH_DIR/last.log" >&2; exit 1; }
      ms="$(sed -n 's/^median rebuild: \([0-9]*\) ms.*/\1/p' "$BENCH_DIR/last.log")"
      printf 'billet-rebuild1\t%s\t%s\t0\n' "$n" "$(python3 -c "print($ms/1000)")" >> "$results"
    fi
  done
done
rm -rf "$BENCH_DIR/out"

# ---------------------------------------------------------------- table
python3 - "$results" <<'EOF'
import statistics, sys, collections
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    label, n, wall, kb = line.split("\t")
    rows[(int(n), label)].append((float(wall), int(kb) / 1024))
med = {k: (statistics.median(w for w, _ in v), statistics.median(m for _, m in v), len(v))
       for k, v in rows.items()}
print("| posts | tool | wall s (median) | peak RSS MiB | runs | billet / this |")
print("|---:|---|---:|---:|---:|---:|")
for (n, label) in sorted(med, key=lambda k: (k[0], k[1])):
    wall, rss, runs = med[(n, label)]
    b = med.get((n, "billet"))
    ratio = "" if label == "billet" or b is None else "%.2f" % (b[0] / wall)
    rss_text = "" if label == "billet-rebuild1" else "%.0f" % rss
    print("| %d | %s | %.2f | %s | %d | %s |" % (n, label, wall, rss_text, runs, ratio))
for n in sorted({k[0] for k in med}):
    if (n, "billet") in med and (n, "billet-rebuild1") in med:
        print("\nrebuild after one change (watch session), %d posts: %.0f %% of the full build"
              % (n, 100 * med[(n, "billet-rebuild1")][0] / med[(n, "billet")][0]))
    if (n, "billet") in med and (n, "billet-xmx256m") in med:
        print("-Xmx256m, %d posts: %.2f x the uncapped time"
              % (n, med[(n, "billet-xmx256m")][0] / med[(n, "billet")][0]))
    for tool, others in (("billet", ("hugo", "cmbare", "billet-baseline")),
                         ("billet-java-jar", ("hugo", "cmbare", "billet-baseline-java-jar")),
                         ("billet-java25", ("hugo", "cmbare"))):
        for other in others:
            if (n, tool) in med and (n, other) in med:
                print("%s / %s, %d posts: %.2f" % (tool, other, n, med[(n, tool)][0] / med[(n, other)][0]))
sizes = sorted(n for n in {k[0] for k in med} if (n, "billet") in med)
if 4000 in sizes and 20000 in sizes:
    print("20,000 / 4000 posts (billet): %.2f x" % (med[(20000, "billet")][0] / med[(4000, "billet")][0]))
EOF
hugo_version="${HUGO:+, $("$HUGO" version | cut -d' ' -f1-2)}"
echo "machine: $(nproc) cores, $(free -m | awk '/Mem:/{print $2}') MiB, $(java -version 2>&1 | head -1)$hugo_version, load before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg)"
