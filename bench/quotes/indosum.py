#!/usr/bin/env python3
"""Direct quotes on IndoSum's tokenised, one-line text (../shared/data/indosum-dev, never copied here).

  bench/quotes/indosum.py [--articles N] [--skip K] [--curly] [--sample M]

Each article is rendered the way the research corpus prints it: one line, spaces around punctuation,
straight '"' on both sides (or '”' on both sides with --curly). The reference quotes are the words
(four tokens or more: shorter ones are mostly titles and terms in marks) between paired marks
('"', '“' or '”', all rendered the same) inside each of the corpus's own paragraphs (a paragraph with an odd number of marks
pairs what it can; the last open mark runs to the paragraph's end when the next paragraph opens with a
mark, the multi-paragraph convention). Kabar sees only the one-line text, through `kabar annotate --lines`.
Prints recall (reference quotes Kabar found: >= half of the words overlap), precision (Kabar direct quotes
that overlap a reference quote), the share found with a speaker, and the longest quote. --sample M prints
M found quotes with their speaker and context, for checking by hand.
"""
import json, os, re, random, subprocess, sys, argparse

ap = argparse.ArgumentParser()
ap.add_argument('--articles', type=int, default=300)
ap.add_argument('--skip', type=int, default=0)
ap.add_argument('--curly', action='store_true')
ap.add_argument('--sample', type=int, default=0)
ap.add_argument('--errors', type=int, default=0)
ap.add_argument('--seed', type=int, default=1)
args = ap.parse_args()
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
data = os.path.join(root, '..', 'shared', 'data', 'indosum-dev', 'articles.jsonl')
mark = '”' if args.curly else '"'
MARKS = {'"', '“', '”'}
MIN_WORDS = 4  # shorter words in marks are mostly titles and terms ('"Kampung Teh"'), which Kabar leaves alone

docs = []
with open(data, encoding='utf-8') as f:
    for n, line in enumerate(f):
        if n < args.skip: continue
        if len(docs) >= args.articles: break
        a = json.loads(line)
        words, starts, refs, pos = [], [], [], 0
        for p in a['paragraphs']:
            toks = [re.sub(r'[\s\x85\u2028\u2029]+', '', w) or '_' for s in p for w in s]
            base = len(words)
            for w in toks:
                words.append(mark if w in MARKS else w); starts.append(pos); pos += len(w) + 1
            marks = [base + i for i, w in enumerate(toks) if w in MARKS]
            for i in range(0, len(marks) - 1, 2):
                if marks[i + 1] - marks[i] - 1 >= MIN_WORDS: refs.append((marks[i] + 1, marks[i + 1] - 1))
            if len(marks) % 2 == 1 and marks[-1] < base + len(toks) - MIN_WORDS:
                refs.append((marks[-1] + 1, base + len(toks) - 1))
        text = ' '.join(words)
        ends = [s + len(w) for s, w in zip(starts, words)]
        docs.append({'id': a['id'], 'text': text, 'refs': [(starts[i], ends[j]) for i, j in refs]})

lines = '\n'.join(d['text'].replace('\n', ' ') for d in docs) + '\n'
p = subprocess.run([os.path.join(root, 'kabar'), 'annotate', '--lines', '-', '--json', '--published', '2017-03-14'],
                   input=lines, capture_output=True, text=True, cwd=root)
out = [json.loads(l) for l in p.stdout.splitlines() if l.startswith('{')]
if len(out) != len(docs): sys.exit(f'kabar returned {len(out)} documents for {len(docs)}: {p.stderr[-500:]}')

def overlap(a, b): return max(0, min(a[1], b[1]) - max(a[0], b[0]))
refs = found = speaker = kab = kab_ok = 0
longest = 0
picked = []
errors = []
for d, o in zip(docs, out):
    qs = [q for q in o.get('quotes') or [] if q['direct']]
    for q in qs:
        longest = max(longest, q['end'] - q['start'])
        kab += 1
        if any(overlap((q['start'], q['end']), r) * 2 >= (q['end'] - q['start']) for r in d['refs']): kab_ok += 1
        elif args.errors: errors.append(('EXTRA', d, q['start'], q['end']))
    for r in d['refs']:
        refs += 1
        hit = [q for q in qs if overlap((q['start'], q['end']), r) * 2 >= r[1] - r[0]]
        if not hit and args.errors: errors.append(('MISSED', d, r[0], r[1]))
        if hit:
            found += 1
            if hit[0].get('speaker'): speaker += 1
            picked.append((d, hit[0]))
print(f'articles {len(docs)}, reference quotes {refs}, Kabar direct quotes {kab}')
print(f'recall {found / max(refs, 1):.3f} ({found}/{refs}), precision {kab_ok / max(kab, 1):.3f} ({kab_ok}/{kab}), '
      f'found with a speaker {speaker / max(found, 1):.3f}, longest quote {longest} chars')
if args.sample:
    random.seed(args.seed)
    for d, q in random.sample(picked, min(args.sample, len(picked))):
        t = d['text']
        print('----', d['id'], '| speaker:', q.get('speaker'), '| canonical:', q.get('speaker_canonical'), '| cue:', q.get('cue'))
        print('   ', t[max(0, q['start'] - 160):q['start']], '[[', q['text'][:50], '...', q['text'][-30:], ']]', t[q['end']:q['end'] + 70])
if args.errors:
    random.seed(args.seed)
    for kind, d, a, b in random.sample(errors, min(args.errors, len(errors))):
        t = d['text']
        print('####', kind, d['id'], t[max(0, a - 200):a], '[[', t[a:min(b, a + 200)], ']]', t[b:b + 80])
