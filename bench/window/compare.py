#!/usr/bin/env python3
"""The stories of one slice in two stores: how many of its articles sit in another event or story.

  bench/window/compare.py WINDOWED.db REFERENCE.db SLICE_DIR

Articles are matched by file name. Prints the articles whose event (story) id differs, and the
BCubed F1 of the windowed store's events and stories taken against the reference's.
"""
import os, sqlite3, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'clusters'))
from bcubed import bcubed

windowed, reference, folder = sys.argv[1:4]
names = set(os.listdir(folder))

def placement(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = con.execute("SELECT a.source, a.event_id, e.story_id FROM articles a LEFT JOIN events e ON e.id = a.event_id").fetchall()
    return {os.path.basename(s): (ev, st) for s, ev, st in rows if os.path.basename(s) in names}

w, r = placement(windowed), placement(reference)
common = sorted(set(w) & set(r))
for i, what in ((0, "event"), (1, "story")):
    differ = sum(1 for a in common if w[a][i] != r[a][i])
    print(f"last slice, {len(common)} articles: {differ} in another {what} id; BCubed F1 against the never-frozen engine "
          f"{bcubed({a: r[a][i] for a in common}, {a: w[a][i] for a in common})[2]:.4f}")
