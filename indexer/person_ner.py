"""underthesea's NER asked about one candidate: persons.py keeps a two-syllable name with no
context only when NER tags exactly that span PER, on its sentence alone (cached per sentence)."""
from __future__ import annotations

from archive.vntext import match_key
from indexer.person_words import _Cand


def _sentence(text: str, i: int) -> tuple[int, int]:
    a = max(text.rfind(c, 0, i) for c in ".!?;\n") + 1
    ends = [e for e in (text.find(c, i) for c in ".!?;\n") if e != -1]
    b = min(ends) if ends else len(text)
    return max(a, i - 300), min(b, i + 300)


def ner_label(text: str, cand: _Cand, cache: dict) -> str:
    """PER/LOC/ORG/O for a candidate, from underthesea's NER on its sentence."""
    span = _sentence(text, cand.start)
    if span not in cache:
        from underthesea import ner                # imported here: search never needs it
        ents, cur, kind = [], [], None
        for word, _pos, _chunk, tag in ner(text[span[0]:span[1]]) + [("", "", "", "O")]:
            if tag.startswith("I-") and cur and tag[2:] == kind:
                cur.append(word)
                continue
            if cur:
                ents.append((match_key(" ".join(cur)), kind))
            cur, kind = ([word], tag[2:]) if tag.startswith("B-") else ([], None)
        cache[span] = ents
    key = match_key(cand.name)
    label = "O"
    for ent, kind in cache[span]:
        if ent == key:
            return kind
        if f" {key} " in f" {ent} " or ent.count(" ") and f" {ent} " in f" {key} ":
            label = "part"                         # NER's span and ours disagree: no vote
    return label
