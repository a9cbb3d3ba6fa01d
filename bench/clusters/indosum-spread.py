#!/usr/bin/env python3
"""How far apart in time the articles Kabar put in one event (and one story) were published, on
IndoSum's pages, which carry no publish date: Kabar clusters them from the text alone, but each
IndoSum id starts with the Unix time the article was taken (`1490674536-mustahil-...`), which this
script reads as a check from outside. One happening is reported within days; a same-event pair
published weeks apart is most likely a topic (a club's season, a phone maker) taken for a happening.
There is no gold for IndoSum's events, so this measures over-merging only, not what was split.

    bench/clusters/indosum-pages.py ../shared/data/indosum-dev/articles.jsonl > /tmp/indosum.jsonl
    ./kabar brief /tmp/indosum.jsonl --json > /tmp/indosum-brief.json
    bench/clusters/indosum-spread.py /tmp/indosum.jsonl /tmp/indosum-brief.json [DAYS]

Prints, for events and for stories, the pairs of articles in one group, and the share of them
published more than DAYS (default 7) apart; and the articles in groups that hold such a pair.
"""
import itertools, json, sys


def times(pages):
    """Line number (from 1, as `kabar brief` names a JSON Lines record) to the id's Unix time."""
    out = {}
    with open(pages, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            ident = json.loads(line)['url'].rsplit('/', 1)[1]
            out[n] = int(ident.split('-', 1)[0])
    return out


def spread(groups, when, days):
    pairs = apart = 0
    articles_in_spread = 0
    for members in groups:
        t = [when[m] for m in members if m in when]
        far = sum(1 for a, b in itertools.combinations(t, 2) if abs(a - b) > days * 86400)
        pairs += len(t) * (len(t) - 1) // 2
        apart += far
        if far:
            articles_in_spread += len(t)
    return pairs, apart, articles_in_spread


def main(pages, brief_path, days):
    when = times(pages)
    with open(brief_path, encoding='utf-8') as f:
        brief = json.load(f)
    line = lambda source: int(source.rsplit('#', 1)[1])
    events = [[line(a) for a in e['articles']] for s in brief['stories'] for e in s['events']]
    stories = [[line(a) for e in s['events'] for a in e['articles']] for s in brief['stories']]
    for name, groups in (('events', events), ('stories', stories)):
        pairs, apart, spread_articles = spread(groups, when, days)
        multi = sum(1 for g in groups if len(g) > 1)
        print(f'{name}: {len(groups)} ({multi} of more than one article); {pairs} same-{name[:-1]} pairs, '
              f'{apart} published more than {days} days apart ({apart / max(1, pairs):.1%}); '
              f'{spread_articles} articles in {name} holding such a pair')


if __name__ == '__main__':
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]) if len(sys.argv) == 4 else 7)
