#!/usr/bin/env bash
# Checks that two builds of Billet write byte-identical sites: the real code.gouv.fr corpus and the
# generated corpus of 4000 posts, each built by both jars, the output trees compared with diff -r.
#
#   examples/bench/same-output.sh <git-ref-or-jar-A> [<git-ref-or-jar-B>] [options]
#
# A and B are each a billet-examples.jar (the shaded jar made by
#   ./mvnw -q -B -DskipTests -Djacoco.skip package   in examples/target/)
# or a git revision (a commit, branch or tag), which is checked out in a temporary git worktree
# under the work folder and packaged there with the wrapper (never installed). Without B, the
# jar of this working tree is packaged and used.
#
# Options (or environment variables):
#   --corpus DIR  the real corpus's content folder (CORPUS, default
#                 ../shared/corpus/code.gouv.fr/content relative to the repository)
#   --size N      posts in the generated corpus, even (SIZE, default 4000)
#   --dir DIR     work folder for jars, corpora and outputs (BENCH_DIR, default /tmp/billet-same)
#   --keep        keep both output trees (under the work folder) after the comparison
#
# No file of the output carries the build's time (dates in pages, feeds and the sitemap come from
# the posts), so nothing is excluded from the comparison. The exit statuses of the two builds
# (0, or 1 when the content has errors) and the problems they print must be equal too (the
# printed logs are compared without their progress lines and the build's duration). Exits 0 when
# everything is identical, 1 on any difference (the first lines of diff are printed), 2 on a
# usage or build failure.
# Needs git, python3 (corpus generator) and Java 17.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${SHARED_BENCH:-$repo/../shared/bench}"
CORPUS="${CORPUS:-$repo/../shared/corpus/code.gouv.fr/content}"
SIZE="${SIZE:-4000}"
BENCH_DIR="${BENCH_DIR:-/tmp/billet-same}"
KEEP=0
SITE_CONFIG="$repo/examples/sites/code.gouv.fr.yaml"
BENCH_CONFIG="$here/bench-site.yaml"

args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) CORPUS="$2"; shift 2 ;;
    --size) SIZE="$2"; shift 2 ;;
    --dir) BENCH_DIR="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
if [ "${#args[@]}" -lt 1 ] || [ "${#args[@]}" -gt 2 ]; then
  echo "usage: $0 <git-ref-or-jar-A> [<git-ref-or-jar-B>] [--corpus DIR] [--size N] [--dir DIR] [--keep]" >&2
  exit 2
fi
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS (use --corpus)" >&2; exit 2; }
mkdir -p "$BENCH_DIR"
BENCH_DIR="$(cd "$BENCH_DIR" && pwd)"

# Packages the shaded jar of the checkout at $1 (offline first, then online) and prints its path.
package() {
  (cd "$1" && { ./mvnw -q -B -o -DskipTests -Djacoco.skip package >&2 ||
    ./mvnw -q -B -DskipTests -Djacoco.skip package >&2; })
  echo "$1/examples/target/billet-examples.jar"
}

# jar_of LABEL REF-OR-JAR: copies the jar (given, or packaged from a git revision in a temporary
# worktree) to $BENCH_DIR/LABEL.jar.
jar_of() {
  local label="$1" what="$2" target="$BENCH_DIR/$1.jar"
  if [ -f "$what" ]; then
    cp "$what" "$target"
    echo "$label: jar $what" >&2
    return
  fi
  local commit
  commit="$(git -C "$repo" rev-parse --verify "$what^{commit}" 2>/dev/null)" ||
    { echo "$what is neither a jar nor a git revision" >&2; exit 2; }
  local tree="$BENCH_DIR/src-$label"
  git -C "$repo" worktree remove --force "$tree" 2>/dev/null || rm -rf "$tree"
  git -C "$repo" worktree add --detach --quiet "$tree" "$commit"
  echo "$label: packaging $what ($commit) in $tree" >&2
  if ! cp "$(package "$tree")" "$target"; then
    git -C "$repo" worktree remove --force "$tree"
    echo "packaging $what failed" >&2
    exit 2
  fi
  git -C "$repo" worktree remove --force "$tree"
}

jar_of a "${args[0]}"
if [ "${#args[@]}" -eq 2 ]; then
  jar_of b "${args[1]}"
else
  echo "b: packaging this working tree ($repo)" >&2
  cp "$(package "$repo")" "$BENCH_DIR/b.jar"
fi

# The generated corpus, as site-build-bench.sh makes it (SIZE/2 French posts and their English
# translations).
# shellcheck source=bench-lib.sh
. "$here/bench-lib.sh"
ensure_corpus "$SIZE"
generated="$(corpus "$SIZE")"

status=0
# A build's printed log without what varies from run to run: progress lines and the duration.
steady_log() { grep -v '^billet: ' "$1" | sed -E 's/, [0-9.]+ s$//'; }

# compare NAME CONTENT CONFIG [BUILD OPTIONS...]: builds CONTENT with both jars, compares.
compare() {
  local name="$1" content="$2" config="$3"
  shift 3
  local ra rb
  for side in a b; do
    rm -rf "$BENCH_DIR/out-$name-$side"
    set +e
    java -jar "$BENCH_DIR/$side.jar" build "$content" "$BENCH_DIR/out-$name-$side" \
      --config "$config" "$@" > "$BENCH_DIR/log-$name-$side.txt" 2>&1
    local rc=$?
    set -e
    if [ "$rc" -gt 1 ]; then
      echo "$name: jar $side failed with status $rc:" >&2
      tail -5 "$BENCH_DIR/log-$name-$side.txt" >&2
      exit 2
    fi
    if [ "$side" = a ]; then ra=$rc; else rb=$rc; fi
  done
  local files
  # -L: the output folder is a link to its current generation.
  files="$(find -L "$BENCH_DIR/out-$name-a" -type f | wc -l)"
  if [ "$ra" != "$rb" ]; then
    echo "$name: DIFFERENT exit statuses: a $ra, b $rb" >&2
    status=1
  fi
  if diff -r "$BENCH_DIR/out-$name-a" "$BENCH_DIR/out-$name-b" > "$BENCH_DIR/diff-$name.txt" 2>&1; then
    echo "$name: identical ($files files, exit status $ra)"
  else
    echo "$name: DIFFERENT output trees ($BENCH_DIR/diff-$name.txt):" >&2
    head -20 "$BENCH_DIR/diff-$name.txt" >&2
    status=1
  fi
  if ! diff <(steady_log "$BENCH_DIR/log-$name-a.txt") <(steady_log "$BENCH_DIR/log-$name-b.txt") \
    > "$BENCH_DIR/diff-$name-log.txt"; then
    echo "$name: DIFFERENT problems printed ($BENCH_DIR/diff-$name-log.txt):" >&2
    head -20 "$BENCH_DIR/diff-$name-log.txt" >&2
    status=1
  else
    echo "$name: same problems printed ($(steady_log "$BENCH_DIR/log-$name-a.txt" | wc -l) lines)"
  fi
  if [ "$KEEP" = 0 ]; then
    rm -rf "$BENCH_DIR/out-$name-a" "$BENCH_DIR/out-$name-b"
  fi
}

compare real "$CORPUS" "$SITE_CONFIG" --base-url https://code.gouv.fr
compare "generated-$SIZE" "$generated" "$BENCH_CONFIG"
exit "$status"
