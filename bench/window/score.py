#!/usr/bin/env python3
"""Events and stories of an ingested store against the generator's truth, as BCubed F1.

  bench/window/score.py STORE.db CORPUS_DIR

CORPUS_DIR holds the generator's clusters.json and stories.json ({cluster: [doc...]}); an article is
matched to its doc by file name without extension.
"""
import json, os, sqlite3, sys
from collections import defaultdict

db, corpus = sys.argv[1:3]
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
placed = {os.path.splitext(os.path.basename(s))[0]: (ev, st) for s, ev, st in
          con.execute("SELECT a.source, a.event_id, e.story_id FROM articles a LEFT JOIN events e ON e.id = a.event_id")}

def bcubed(test, gold):
    by_test, by_gold = defaultdict(set), defaultdict(set)
    for a in gold: by_test[test[a]].add(a); by_gold[gold[a]].add(a)
    p = sum(len(by_test[test[a]] & by_gold[gold[a]]) / len(by_test[test[a]]) for a in gold) / len(gold)
    r = sum(len(by_test[test[a]] & by_gold[gold[a]]) / len(by_gold[gold[a]]) for a in gold) / len(gold)
    return 2 * p * r / (p + r)

for i, name in ((0, "clusters.json"), (1, "stories.json")):
    gold = {doc: c for c, docs in json.load(open(os.path.join(corpus, name))).items() for doc in docs if doc in placed}
    print(f"{name.split('.')[0]}: BCubed F1 {bcubed({d: placed[d][i] for d in gold}, gold):.4f} over {len(gold)} articles")
