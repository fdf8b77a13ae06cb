#!/usr/bin/env python3
"""Verify corpus gold files: every keyword is a verbatim (folded) substring of the article's
plain text, and all keywords of one commitment occur together in ONE sentence."""
import html, json, os, re, sys, unicodedata
SLUGS = set("critical-minerals rare-earths supply-chain energy trade tariffs investment defense security agriculture technology shipbuilding infrastructure finance diplomacy culture migration climate health education".split())
UNITS = {"USD","EUR","GBP","JPY","IDR","percent","tonnes","count"}
def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.lower().split())
BLOCK = r"(?:p|div|h[1-6]|li|ul|ol|br|tr|td|section|article|header|footer|nav|aside|figure|figcaption|blockquote|main|title)"
def plain(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith((".html", ".htm")):
        raw = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?is)<!--.*?-->", " ", raw)
        raw = re.sub(rf"(?is)</?{BLOCK}\b[^>]*>", "\n", raw)
        raw = re.sub(r"(?s)<[^>]+>", "", raw)
        raw = html.unescape(raw)
    else:
        raw = re.sub(r"(?s)\A---\n.*?\n---\n", "", raw)
    return raw
def sentences(text):
    out = []
    for line in text.split("\n"):
        out += [s for s in re.split(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])", line) if s.strip()]
    return out
def main(d):
    bad = 0; nk = 0; nc = 0; na = 0; files = 0
    for name in sorted(os.listdir(d)):
        if not name.endswith(".gold.json"): continue
        files += 1
        g = json.load(open(os.path.join(d, name), encoding="utf-8"))
        art = os.path.join(d, g["article"])
        if not os.path.exists(art):
            print(f"{name}: article {g['article']} missing"); bad += 1; continue
        assert name == os.path.splitext(g["article"])[0] + ".gold.json", name
        text = plain(art); sents = [fold(s) for s in sentences(text)]; ftext = fold(text)
        for a in g["agreements"]:
            na += 1
            assert a["parties"] == sorted(a["parties"]) and len(a["parties"]) >= 2, (name, a["parties"])
            assert a["topics"] == sorted(a["topics"]) and set(a["topics"]) <= SLUGS, (name, a["topics"])
            assert set(a.get("topicsAllowed", [])) <= SLUGS and not set(a["topics"]) & set(a.get("topicsAllowed", [])), name
            assert not set(a.get("mentions", [])) & set(a["parties"]), name
            for c in a["commitments"]:
                nc += 1
                assert set(c["parties"]) <= set(a["parties"]) and c["parties"] == sorted(c["parties"]), (name, c)
                assert c["category"] in SLUGS, (name, c["category"])
                if c["amount"]: assert c["amount"]["unit"] in UNITS, (name, c)
                ks = [fold(k) for k in c["keywords"]]; nk += len(ks)
                for k in ks:
                    if k not in ftext:
                        print(f"{name}: keyword not in text: {k!r}"); bad += 1
                hits = [s for s in sents if all(k in s for k in ks)]
                if not hits:
                    print(f"{name}: keywords {c['keywords']} not together in one sentence"); bad += 1
                elif len(hits) > 1:
                    print(f"{name}: note: keywords {c['keywords']} match {len(hits)} sentences")
    print(f"{files} gold files, {na} agreements, {nc} commitments, {nk} keywords checked, {bad} problems")
    return bad
if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1] if len(sys.argv) > 1 else ".") else 0)
