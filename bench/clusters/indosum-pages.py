#!/usr/bin/env python3
"""Writes IndoSum articles (tokenised, one JSON object a line) as a JSON Lines export that
`kabar brief` and `kabar ingest` read: title from the id's slug, text from the paragraphs, and no
publish date (IndoSum gives none), so events are found from the text alone.

    bench/clusters/indosum-pages.py ../shared/data/indosum-dev/articles.jsonl > /tmp/indosum.jsonl
    ./kabar brief /tmp/indosum.jsonl --json > /tmp/indosum-brief.json
    bench/clusters/largest-events.py /tmp/indosum-brief.json 10
"""
import json, sys


def main(path):
    with open(path, encoding='utf-8') as f:
        for line in f:
            a = json.loads(line)
            slug = a['id'].split('-', 1)[1] if '-' in a['id'] else a['id']
            text = '\n\n'.join(' '.join(' '.join(s) for s in p) for p in a['paragraphs'])
            print(json.dumps({'url': f"https://indosum.example/{a['id']}", 'title': slug.replace('-', ' '), 'text': text}, ensure_ascii=False))


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
