#!/usr/bin/env python3
"""Prints the commitments target to benchmark: the wanted one when it has data on the seeds,
else the party/category pair with the most commitments.

    curl -s BASE/TARGET | pick_commitments.py TARGET BASE
"""
import collections
import json
import sys
import urllib.request


def items(document):
    if isinstance(document, list):
        return document
    for key in ("items", "commitments", "data", "results"):
        if isinstance(document.get(key), list):
            return document[key]
    return []


wanted, base = sys.argv[1], sys.argv[2]
if items(json.load(sys.stdin)):
    print(wanted)
    sys.exit(0)
everything = items(json.load(urllib.request.urlopen(base + "/commitments?limit=1000")))
pairs = collections.Counter()
for commitment in everything:
    parties = commitment.get("parties") or [commitment.get("party")]
    for party in parties:
        if isinstance(party, dict):
            party = party.get("code") or party.get("id")
        if party and commitment.get("category"):
            pairs[(party, commitment["category"])] += 1
if not pairs:
    sys.exit("no commitments with a party and a category on the seeds")
(party, category), _ = pairs.most_common(1)[0]
print(f"/commitments?party={party}&category={category}")
