"""Vietnamese analyzers, built the Whoosh way: a tokenizer piped into filters.

    syllables    = VietTokenizer() | MatchKeyFilter()                 hoà = hòa, no stop list
    folded       = VietTokenizer() | FoldFilter()                     "dang bo" finds "Đảng bộ"
    folded_pairs = VietTokenizer() | FoldFilter() | PairFilter()      phrases as adjacent pairs
    words        = SegmentedTokenizer() | MatchKeyFilter()           underthesea words, pre-segmented

Document numbers are recognized before anything else and pass every filter
as one canonical token ("01 - KL/TW" → "1-KL/TW"). The query parser runs the
very same analyzers, so indexing and querying cannot drift apart.
"""
from __future__ import annotations

import re
from functools import lru_cache

from whoosh.analysis import Filter, Token, Tokenizer

from archive.vntext import folded_key, match_key
from indexer.docnums import find_docnums, token_pattern

_SYLLABLE = re.compile(r"\w+")
DOCNUM_MARK = "#"          # docnum tokens start with it: they are never folded or lowercased


# A document's text goes through four fields, and a language has few distinct
# syllables: both caches turn repeated work into lookups.
cached_match_key = lru_cache(maxsize=500_000)(match_key)
cached_folded_key = lru_cache(maxsize=500_000)(folded_key)


@lru_cache(maxsize=2)
def syllables_of(text: str) -> tuple:
    return tuple(iter_syllables(text))


def iter_syllables(text: str):
    """(token, start, end) for each syllable or document number, in order."""
    position = 0
    numbers = find_docnums(text) if token_pattern.search(text) else []
    for dn in numbers:
        yield from _plain(text, position, dn.start)
        yield DOCNUM_MARK + dn.canonical, dn.start, dn.end
        position = dn.end
    yield from _plain(text, position, len(text))


def _plain(text: str, start: int, end: int):
    for m in _SYLLABLE.finditer(text, start, end):
        yield m.group(), m.start(), m.end()


class VietTokenizer(Tokenizer):
    """Syllables (runs of letters and digits) and whole document numbers."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for pos, (text, start, end) in enumerate(syllables_of(value), start=start_pos):
            t.text = text
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = text
            if positions:
                t.pos = pos
            if chars:
                t.startchar, t.endchar = start_char + start, start_char + end
            yield t


class SegmentedTokenizer(Tokenizer):
    """Words already segmented by underthesea, one per line (syllables joined by spaces)."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        for line in value.split("\n"):
            syllables = _SYLLABLE.findall(line)
            if len(syllables) < 2:
                continue                     # single syllables are in the syllable fields already
            t.text = "_".join(syllables)
            t.boost = 1.0
            t.stopped = False
            if positions:
                t.pos = pos
            pos += 1
            yield t


class MatchKeyFilter(Filter):
    """Lowercase, NFC and one tone placement (archive.vntext.match_key)."""

    def __call__(self, tokens):
        for t in tokens:
            if not t.text.startswith(DOCNUM_MARK):
                t.text = cached_match_key(t.text)
            yield t


class FoldFilter(Filter):
    """Lowercase without diacritics, đ → d (archive.vntext.folded_key)."""

    def __call__(self, tokens):
        for t in tokens:
            if not t.text.startswith(DOCNUM_MARK):
                t.text = cached_folded_key(t.text)
            yield t


class PairFilter(Filter):
    """Adjacent token pairs ("tiên_phong", "phong_trọng" …): a phrase of n syllables
    becomes a phrase of n-1 pairs, whose postings are far shorter than those of
    single syllables, so phrase queries stay fast."""

    def __call__(self, tokens):
        previous = None
        for t in tokens:
            text = t.text
            if previous is not None:
                t.text = previous + "_" + text
                if t.positions:
                    t.pos -= 1
                yield t
                if t.positions:
                    t.pos += 1
            previous = text


def syllable_analyzer():
    return VietTokenizer() | MatchKeyFilter()


def folded_analyzer():
    return VietTokenizer() | FoldFilter()


def folded_pair_analyzer():
    return VietTokenizer() | FoldFilter() | PairFilter()


def words_analyzer():
    return SegmentedTokenizer() | MatchKeyFilter()


def tokens(analyzer, text: str) -> list[str]:
    """What `analyzer` makes of `text` (the query parser's view of a phrase)."""
    return [t.text for t in analyzer(text)]
