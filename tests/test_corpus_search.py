"""Search over the 4,105 political articles of the real corpus, checked against a plain scan.

Slow (about 1.5 minutes: underthesea segments 15 M characters). Phrases and
document numbers are drawn from the text itself; for each, the index must
return exactly the files whose text contains it, and the same query typed
without diacritics must return a superset.
"""
from __future__ import annotations

import random
import re
import tarfile
from collections import Counter

import pytest

from archive.store import Archive
from archive.importer import import_paths
from archive.vntext import fold, match_key
from indexer.index import index_pending
from indexer.search import search
from conftest import NEWS_TAR, needs_news

pytestmark = [pytest.mark.slow, needs_news]


@pytest.fixture(scope="module")
def subset(tmp_path_factory):
    """The subset as a tar.gz of its own, imported and indexed; plus the texts as stored."""
    tmp = tmp_path_factory.mktemp("subset")
    # two sequential passes: random access into a gzip stream decompresses from the start each time
    with tarfile.open(NEWS_TAR) as tf:
        names = next(tf.extractfile(m).read().decode().split() for m in tf if m.name.endswith("party_gov_subset.txt"))
    wanted = {f"news/{name}" for name in names}
    tar_path = tmp / "subset.tar.gz"
    with tarfile.open(NEWS_TAR) as tf, tarfile.open(tar_path, "w:gz") as out:
        for m in tf:
            if m.name in wanted:
                out.addfile(m, tf.extractfile(m))
    archive = Archive(tmp / "home", create=True)
    summary = import_paths(archive, [str(tar_path)])
    assert summary.counts["failed"] == 0
    index_pending(archive, entities=False)      # the text index alone: entities are tested elsewhere
    texts = {r["id"]: r["text"] for r in archive.db.execute("SELECT id, text FROM documents")}
    assert len(texts) >= 4000
    return archive, texts


def _hits(archive, query) -> set[int]:
    result = search(archive, query, limit=10_000, snippets=False)
    assert not result.relaxed, query
    return {h.id for h in result.hits}


def _phrases(texts: dict[int, str], n: int = 20) -> list[str]:
    """Deterministic 2–4 syllable phrases of lowercase words taken from random articles."""
    rng = random.Random(2026)
    ids = sorted(texts)
    phrases: list[str] = []
    while len(phrases) < n:
        words = re.findall(r"\w+", texts[rng.choice(ids)])
        if len(words) < 50:
            continue
        size = 2 + len(phrases) % 3
        start = rng.randrange(0, len(words) - size)
        window = words[start:start + size]
        if all(w.isalpha() and w.islower() for w in window) and " ".join(window) not in phrases:
            phrases.append(" ".join(window))
    return phrases + ["Ban Thường vụ Tỉnh ủy", "học tập và làm theo tư tưởng"]


def _scan(keyed: dict[int, str], phrase: str, key=match_key) -> set[int]:
    """Documents whose text (already in `key` form) holds the phrase's words in order."""
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, re.findall(r"\w+", key(phrase)))) + r"(?!\w)")
    return {i for i, t in keyed.items() if pattern.search(t)}


def _folded(s: str) -> str:
    return fold(s).lower()


def test_phrases_equal_a_plain_scan(subset):
    archive, texts = subset
    exact = {i: match_key(t) for i, t in texts.items()}
    folded = {i: _folded(t) for i, t in texts.items()}
    for phrase in _phrases(texts):
        expected = _scan(exact, phrase)
        assert expected, phrase
        assert _hits(archive, f'"{phrase}"') == expected, phrase
        typed = fold(phrase)
        assert _hits(archive, f'"{typed}"') >= expected, typed
        assert _hits(archive, f'"{typed}"') == _scan(folded, phrase, key=_folded)


# Document numbers read by a regex of this test's own, not by indexer/docnums.py: the two
# shapes of the GUIDE — Party "01-KL/TW", "08-QĐi/TW"; state "15/2020/NĐ-CP",
# "1182/QĐ-UBND" — with optional spaces around "-" and "/".
_PARTY = r"(?<![\w/.-])(\d{1,5})\s?-\s?([A-ZĐ][A-ZĐa-zđ]{0,4})\s?/\s?([A-ZĐƯ]{1,8})(?![\w/-])"
_STATE = r"(?<![\w/.-])(\d{1,5})\s?/\s?(?:(\d{4})(?:\s?/\s?|(?P<gap> )))?([A-ZĐ]{1,5})\s?-\s?([A-ZĐƯ]{1,10})(?![\w/-])"
_NUMBER = re.compile(f"{_PARTY}|{_STATE}")
# "Nghị định 67/2014 NĐ-CP": a space where the year's slash belongs is the same number
# (the gold's heldout7 call), when "số" or the document's name stands right before it
_NAMED = re.compile(r"(?:số|định|quyết|tư|thị|NĐ|QĐ)\s*$", re.I)


def _numbers(text: str):
    for m in _NUMBER.finditer(text):
        if not m.group("gap") or _NAMED.search(text[max(0, m.start() - 12):m.start()]):
            yield m


def _number_key(m: re.Match) -> str:
    """Upper case, Đ = D, no leading zeros; "TƯ" is a spelling of "TW" (Trung ương), and a
    Party number written the state way ("181/QĐ-TW") is the same Party document."""
    number, *parts = [p for p in m.groups() if p and p != " "]
    number = str(int(number))
    parts = [p.upper().replace("Đ", "D").replace("TƯ", "TW") for p in parts]
    if m.group(1) or (len(parts) == 2 and parts[1] == "TW"):
        return f"{number}-{parts[0]}/{parts[1]}"
    return "/".join([number, *parts[:-2], f"{parts[-2]}-{parts[-1]}"])


def test_document_numbers_equal_a_plain_scan(subset):
    archive, texts = subset
    written: dict[str, str] = {}
    counts: Counter = Counter()
    found_in: dict[str, set[int]] = {}
    for doc_id, text in texts.items():
        for m in _numbers(text):
            key = _number_key(m)
            if not m.group("gap"):                 # a query types the number whole
                written.setdefault(key, m.group(0))
            found_in.setdefault(key, set()).add(doc_id)
            counts[key] += 1
    assert len(counts) >= 10
    for key, _ in counts.most_common(10):
        written.setdefault(key, key)
        expected = found_in[key]
        assert _hits(archive, written[key]) == expected, written[key]
        assert _hits(archive, fold(written[key])) == expected, fold(written[key])
