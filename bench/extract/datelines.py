#!/usr/bin/env python3
"""Counts what `kabar extract --json` made of the lead datelines of a batch: pages with a dateline,
pages with an outlet, and pages whose body still opens with a dateline-shaped head
('Jakarta , CNN Indonesia - -', 'Jakarta ( ANTARA News ) -').

    bench/clusters/indosum-pages.py ../shared/data/indosum-dev/articles.jsonl > /tmp/indosum.jsonl
    ./kabar extract /tmp/indosum.jsonl --json 2>/dev/null | bench/extract/datelines.py
"""
import collections, json, re, sys

HEAD = re.compile(r'^[^.]{0,45}?(?:\( ?[A-Z][\w .]+\)|, ?[A-Z][\w.]+(?: [A-Z]\w+)?) ?[-–—]')


def main():
    pages = dateline = outlet = left = 0
    outlets = collections.Counter()
    for line in sys.stdin:
        a = json.loads(line)
        pages += 1
        dateline += a.get('dateline') is not None
        outlet += a.get('outlet') is not None
        outlets[a.get('outlet')] += 1
        left += bool(HEAD.match(a['body'][:80]))
    print(f'{pages} pages; dateline {dateline}; outlet named {outlet}; body still opening with a dateline-shaped head {left}')
    print('outlets:', ', '.join(f'{o} {n}' for o, n in outlets.most_common(8) if o))


if __name__ == '__main__':
    main()
