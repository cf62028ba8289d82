# Shared by site-build-bench.sh and warm-bench.sh (sourced, not run). Expects repo, shared and
# BENCH_DIR to be set.

# Builds the bare commonmark-java harness into $BENCH_DIR/cmbare unless it is there; sets cmbare
# to its jar.
ensure_cmbare() {
  cmbare="$BENCH_DIR/cmbare/target/cmbare.jar"
  if [ ! -f "$cmbare" ]; then
    rm -rf "$BENCH_DIR/cmbare"
    cp -r "$shared/cmbare" "$BENCH_DIR/cmbare"
    rm -rf "$BENCH_DIR/cmbare/target"
    "$repo/mvnw" -q -B -f "$BENCH_DIR/cmbare/pom.xml" package -DskipTests
  fi
}

# The folder of the generated corpus of N posts.
corpus() { echo "$BENCH_DIR/c$1"; }

# Generates the corpus of N posts (N/2 French posts and their English translations) unless a
# complete one is there.
ensure_corpus() {
  local c
  c="$(corpus "$1")"
  if [ ! -f "$c/.complete" ]; then
    rm -rf "$c"
    python3 "$shared/gen_corpus.py" "$c" $(($1 / 2)) 2>/dev/null
    touch "$c/.complete"
  fi
}

# Removes an output folder before a timed run and lets the file system settle: the deletion of the
# previous run's tens of thousands of files (and the disk's discards) otherwise goes on in the
# kernel while the next process is timed, and always slows the tool that follows the biggest
# output. SETTLE seconds (default 2) after a sync.
fresh_out() {
  rm -rf "$1"
  sync
  sleep "${SETTLE:-2}"
}
