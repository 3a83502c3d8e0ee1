"""An exact phrase as a Whoosh query: candidates from the folded pairs, kept where the
exact syllables stand one after another.

Whoosh's own Phrase over the syllable field checks positions for every
document holding all the syllables ("một số chỉ": about all of them) before it
can skip; here positions are read only for the few documents the folded pairs
already matched.
"""
from __future__ import annotations

from whoosh import query as Q
from whoosh.matching import ListMatcher, NullMatcher

FIELD = "body"


class ExactPhrase(Q.Query):
    def __init__(self, candidates: Q.Query, keys: list[str], boost: float = 1.0):
        self.candidates = candidates
        self.keys = list(keys)
        self.boost = boost

    def __eq__(self, other):
        return isinstance(other, ExactPhrase) and (self.candidates, self.keys) == (other.candidates, other.keys)

    def __hash__(self):
        return hash((self.candidates, tuple(self.keys)))

    def __repr__(self):
        return f"ExactPhrase({self.candidates!r}, {self.keys!r})"

    def __str__(self):
        return f'{FIELD}:"{" ".join(self.keys)}"'

    def terms(self, phrases=False):
        if phrases:
            yield from ((FIELD, k) for k in self.keys)

    def estimate_size(self, ixreader):
        return self.candidates.estimate_size(ixreader)

    def matcher(self, searcher, context=None):
        candidates = self.candidates.matcher(searcher, context)
        try:
            postings = [searcher.postings(FIELD, key) for key in self.keys]
        except Exception:                       # a syllable the index has never seen
            return NullMatcher()
        ids, weights = [], []
        while candidates.is_active():
            doc = candidates.id()
            if _in_order(postings, doc):
                ids.append(doc)
                weights.append(candidates.score() * self.boost)
            candidates.next()
        return ListMatcher(ids, weights=weights) if ids else NullMatcher()


def _in_order(postings, doc: int) -> bool:
    """Do the syllables stand at consecutive positions somewhere in `doc`?"""
    starts = None
    for offset, m in enumerate(postings):
        if not m.is_active():
            return False
        if m.id() < doc:
            m.skip_to(doc)
        if not m.is_active() or m.id() != doc:
            return False
        here = {p - offset for p in m.value_as("positions")}
        starts = here if starts is None else starts & here
        if not starts:
            return False
    return True
