#!/usr/bin/env python3
"""Events and stories of an ingested store against the generator's truth, as BCubed F1.

  bench/window/score.py STORE.db CORPUS_DIR

CORPUS_DIR holds the generator's clusters.json and stories.json ({cluster: [doc...]}); an article is
matched to its doc by file name without extension.
"""
import json, os, sqlite3, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'clusters'))
from bcubed import bcubed

db, corpus = sys.argv[1:3]
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
placed = {os.path.splitext(os.path.basename(s))[0]: (ev, st) for s, ev, st in
          con.execute("SELECT a.source, a.event_id, e.story_id FROM articles a LEFT JOIN events e ON e.id = a.event_id")}

for i, name in ((0, "clusters.json"), (1, "stories.json")):
    gold = {doc: c for c, docs in json.load(open(os.path.join(corpus, name))).items() for doc in docs if doc in placed}
    print(f"{name.split('.')[0]}: BCubed F1 {bcubed(gold, {d: placed[d][i] for d in gold})[2]:.4f} over {len(gold)} articles")
