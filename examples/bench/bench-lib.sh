# Shared by site-build-bench.sh and warm-bench.sh (sourced, not run). Expects here, repo, shared
# and BENCH_DIR to be set.

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
    rm -rf "$c" "$BENCH_DIR/hugo-$1/content"
    python3 "$shared/gen_corpus.py" "$c" $(($1 / 2)) 2>/dev/null
    touch "$c/.complete"
  fi
}

# Writes the Hugo site of the corpus of N posts into $BENCH_DIR/hugo-N: the configuration and
# layouts of hugo/ (always refreshed), and a copy of the corpus whose posts carry the
# `translationKey` a Hugo user writes in each post of a pair (Hugo pairs translations by that key
# or by equal file paths; Billet finds the pairs from the posts' cross-language links). The key is
# the French post's slug, read from the English post's link to it.
ensure_hugo_site() {
  local c s
  c="$(corpus "$1")"
  s="$BENCH_DIR/hugo-$1"
  mkdir -p "$s"
  rm -rf "$s/config.toml" "$s/layouts" "$s/i18n"
  cp -r "$here/hugo/." "$s/"
  if [ ! -f "$s/content/.complete" ]; then
    rm -rf "$s/content"
    python3 - "$c" "$s/content" <<'PY'
import os, re, sys
src, dst = sys.argv[1], sys.argv[2]
link = re.compile(r"\]\(/fr/blog/([^/)]+)/\)")
for lang in ("fr", "en"):
    posts = os.path.join(src, lang, "blog", "posts")
    for slug in sorted(os.listdir(posts)):
        with open(os.path.join(posts, slug, "index.md"), encoding="utf-8") as f:
            text = f.read()
        end = text.index("\n---\n", 4)
        key = slug if lang == "fr" else link.search(text, end).group(1)
        out = os.path.join(dst, lang, "blog", "posts", slug)
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, "index.md"), "w", encoding="utf-8", newline="\n") as f:
            f.write(text[:end] + "\ntranslationKey: " + key + text[end:])
PY
    touch "$s/content/.complete"
  fi
}

# Removes an output folder before a timed run and lets the file system settle: the deletion of the
# previous run's tens of thousands of files (and the disk's discards) otherwise goes on in the
# kernel while the next process is timed, and always slows the tool that follows the biggest
# output. SETTLE seconds (default 2) after a sync. Billet's output path is a link to a generation
# in the hidden folder beside it (.NAME.billet): removing only the link would leave that generation
# for the next Billet build to delete while it is timed, which no other tool's run pays.
fresh_out() {
  rm -rf "$1" "$(dirname "$1")/.$(basename "$1").billet"
  sync
  sleep "${SETTLE:-2}"
}
