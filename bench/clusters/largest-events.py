#!/usr/bin/env python3
"""Lists the largest events of a `kabar brief --json` output with their articles' titles, to check
by hand that each reports one happening.

    bench/clusters/largest-events.py BRIEF.json [N]
"""
import json, sys


def main(path, n):
    with open(path, encoding='utf-8') as f:
        brief = json.load(f)
    events = []
    for s in brief['stories']:
        titles = {a['source']: a['title'] for a in s.get('articles', [])}
        for e in s['events']:
            events.append((len(e['articles']), e['title'], [titles.get(a, a) for a in e['articles']]))
    events.sort(key=lambda e: -e[0])
    for size, title, members in events[:n]:
        print(f'{size:4d}  {title}')
        for m in members[:12]:
            print(f'        {m}')
        if len(members) > 12:
            print(f'        ... {len(members) - 12} more')


if __name__ == '__main__':
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) == 3 else 10)
