#!/usr/bin/env python3
"""Scores the events (and stories) of `kabar brief DIR/pages --json` against DIR's gold clusters,
with event-level BCubed as `kabar eval clusters` computes it, so the two figures can be compared.

    ./kabar brief DIR/pages --json > /tmp/brief.json
    bench/clusters/score-brief.py DIR /tmp/brief.json

DIR holds clusters.json ({cluster: [DOC...]}) and, optionally, stories.json. A page's doc id is its
file name without extensions. Pages the brief does not place count as singletons.
"""
import json, os, sys

from bcubed import bcubed


def doc(path):
    return os.path.basename(path).split('.')[0]


def gold_of(path):
    with open(path) as f:
        return {d: c for c, ds in json.load(f).items() for d in ds}


def main(folder, brief_file):
    with open(brief_file) as f:
        brief = json.load(f)
    events, stories = {}, {}
    for s in brief['stories']:
        for e in s['events']:
            for a in e['articles']:
                events[doc(a)] = e['id']
                stories[doc(a)] = s['id']
    gold = gold_of(os.path.join(folder, 'clusters.json'))
    for d in gold:
        events.setdefault(d, 'unplaced:' + d)
        stories.setdefault(d, 'unplaced:' + d)
    p, r, f1 = bcubed(gold, events)
    print(f'brief events: BCubed P {p:.3f} R {r:.3f} F1 {f1:.3f} ({len(gold)} pages)')
    story_file = os.path.join(folder, 'stories.json')
    if os.path.exists(story_file):
        p, r, f1 = bcubed(gold_of(story_file), stories)
        print(f'brief stories: BCubed P {p:.3f} R {r:.3f} F1 {f1:.3f}')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
