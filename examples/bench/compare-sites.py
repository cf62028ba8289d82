#!/usr/bin/env python3
"""Counts the pages of each kind in two built sites of the same generated corpus, side by side.

Usage: compare-sites.py BILLET_OUT HUGO_OUT

Checks that the Hugo site of site-build-bench.sh makes the same kinds of pages as Billet: post
pages (with their translation, tag and previous/next links), paginated blog indexes and tag pages
(and the posts they list), home pages, 404 pages, feeds (and their entries), sitemaps (and their
URLs); then how many post, blog index and tag pages are at the same path in both, and how many
blog index pages list the same posts in the same order. Both pagination schemes are understood:
Billet's `.../page-2/` and Hugo's `.../page/2/`. Hugo's redirect pages (`page/1/`, and `/` to
`/fr/`) are counted apart. Standard library only.
"""
import json
import os
import re
import sys

POST = re.compile(r"^(fr|en)/blog/(?!tags/|page)[^/]+/index\.html$")
BLOG_INDEX = re.compile(r"^(fr|en)/blog/(page-\d+/|page/\d+/)?index\.html$")
TAG_PAGE = re.compile(r"^(fr|en)/(blog/)?tags/[^/]+/(page-\d+/|page/\d+/)?index\.html$")
HOME = re.compile(r"^((fr|en)/)?index\.html$")
NOT_FOUND = re.compile(r"^((fr|en)/)?404\.html$")
FEED = re.compile(r"^((fr|en)/)?(feed/feed\.xml|feed/feed\.json|feed\.json|index\.xml)$")
SITEMAP = re.compile(r"^((fr|en)/)?sitemap\.xml$")
POST_HREF = re.compile(r'href="(?:https://example\.gouv\.fr)?(/(?:fr|en)/blog/(?!tags/|page)[^/"]+/)"')
TAG_HREF = re.compile(r'href="[^"]*/tags/[^"]+"')
ALTERNATE = re.compile(r'<link rel="alternate" hreflang="(fr|en)"')


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def unique(items):
    return list(dict.fromkeys(items))


def count(root):
    """Counts by kind, and the posts each blog index page lists in order, by (lang, page)."""
    c = {}
    listings = {}
    paths = set()

    def add(key, n=1):
        c[key] = c.get(key, 0) + n

    for folder, _, files in os.walk(root):
        for name in files:
            full = os.path.join(folder, name)
            rel = os.path.relpath(full, root).replace(os.sep, "/")
            if not (name.endswith(".html") or name.endswith(".xml") or name.endswith(".json")):
                continue
            text = read(full)
            if name.endswith(".html") and 'http-equiv="refresh"' in text:
                add("redirect pages (not counted as pages)")
                continue
            if POST.match(rel) or BLOG_INDEX.match(rel) or TAG_PAGE.match(rel):
                paths.add(re.sub(r"/page/(\d+)/", r"/page-\1/", rel))
            if POST.match(rel):
                add("post pages")
                add("  with an hreflang alternate to the translation", int(len(ALTERNATE.findall(text)) >= 2))
                add("  with a link to the translation",
                    int(re.search(r'href="/(fr|en)/blog/[^"]+" hreflang=', text) is not None))
                add("  tag links", len(TAG_HREF.findall(text)))
                add("  with a previous link", int('rel="prev"' in text))
                add("  with a next link", int('rel="next"' in text))
            elif BLOG_INDEX.match(rel):
                add("blog index pages")
                add("  posts listed (blog index)", len(set(POST_HREF.findall(text))))
                number = re.search(r"page[-/](\d+)/index\.html$", rel)
                listings[(rel[:2], int(number.group(1)) if number else 1)] = unique(POST_HREF.findall(text))
            elif TAG_PAGE.match(rel):
                add("tag pages")
                if not re.search(r"page[-/]\d+/index\.html$", rel):
                    add("  tags (first pages)")
                add("  posts listed (tag pages)", len(set(POST_HREF.findall(text))))
            elif HOME.match(rel):
                add("home pages")
            elif NOT_FOUND.match(rel):
                add("404 pages")
            elif FEED.match(rel):
                add("feeds")
                add("  feed entries", 0)
                if name.endswith(".json"):
                    add("  feed entries", len(json.loads(text)["items"]))
                else:
                    add("  feed entries", len(re.findall(r"<entry[ >]|<item>", text)))
            elif SITEMAP.match(rel):
                add("sitemaps")
                add("  sitemap URLs", len(re.findall(r"<url>", text)))
            else:
                add("other: " + rel)
    return c, listings, paths


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    (billet, billet_lists, billet_paths), (hugo, hugo_lists, hugo_paths) = (
        count(sys.argv[1]), count(sys.argv[2]))
    order = ["post pages", "  with an hreflang alternate to the translation",
             "  with a link to the translation", "  tag links", "  with a previous link",
             "  with a next link", "blog index pages", "  posts listed (blog index)", "tag pages",
             "  tags (first pages)", "  posts listed (tag pages)", "home pages", "404 pages",
             "feeds", "  feed entries", "sitemaps", "  sitemap URLs",
             "redirect pages (not counted as pages)"]
    keys = [k for k in order if k in billet or k in hugo]
    keys += sorted(k for k in set(billet) | set(hugo) if k not in keys)
    print("| kind | Billet | Hugo |")
    print("|---|---:|---:|")
    for kind in keys:
        print("| %s | %s | %s |" % (kind.replace("  ", "- "), billet.get(kind, ""), hugo.get(kind, "")))
    print("\npost, blog index and tag pages at the same path in both: %d (Billet %d, Hugo %d)"
          % (len(billet_paths & hugo_paths), len(billet_paths), len(hugo_paths)))
    same = sum(1 for page in billet_lists if billet_lists[page] == hugo_lists.get(page))
    print("blog index pages listing the same posts in the same order: %d of %d"
          % (same, len(billet_lists)))


if __name__ == "__main__":
    main()
