"""BCubed precision, recall and F1 of a clustering against gold, as `kabar eval clusters` computes
them: over the items both place, each item weighing alike. Shared by the bench scripts that score
a brief or a store."""


def bcubed(gold, found):
    """gold, found: item -> cluster id. Returns (precision, recall, f1)."""
    docs = [d for d in gold if d in found]
    by_gold, by_found = {}, {}
    for d in docs:
        by_gold.setdefault(gold[d], set()).add(d)
        by_found.setdefault(found[d], set()).add(d)
    p = r = 0.0
    for d in docs:
        g, f = by_gold[gold[d]], by_found[found[d]]
        both = len(g & f)
        p += both / len(f)
        r += both / len(g)
    p, r = p / len(docs), r / len(docs)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0
