"""Entities of one document: persons, dates, periods, document numbers, slogans.

One call, plain data out, so the indexer stores them and research views later
answer from stored entity tables instead of rescanning text:

    ents = extract(body, title=title)
    ents.to_json()   # {"persons": [{"name", "positions"}], "dates": [{"date", "text"}],
                     #  "periods": [{"text", "start", "end"}], "docnums": [...],
                     #  "slogans": [{"text"}]}

Each kind lives in its own module (persons.py, dates.py, slogans.py; document
numbers in docnums.py). underthesea is imported lazily inside persons.py, only
when a name needs NER: importing this module stays cheap for the search path.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from archive.vntext import nfc
from indexer.dates import DateMention, Period, find_dates, find_periods, infer_pub_date
from indexer.persons import Person, find_persons
from indexer.slogans import Slogan, find_slogans, slogan_key

__all__ = ["Person", "DateMention", "Period", "Slogan", "Entities", "extract",
           "infer_pub_date", "slogan_key"]


@dataclass
class Entities:
    persons: list[Person] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    docnums: list[dict] = field(default_factory=list)
    slogans: list[Slogan] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "persons": [{"name": p.name, "positions": list(p.positions)} for p in self.persons],
            "dates": [asdict(d) for d in self.dates],
            "periods": [asdict(p) for p in self.periods],
            "docnums": [dict(d) for d in self.docnums],
            "slogans": [{"text": s.text} for s in self.slogans],
        }


def extract(text: str, title: str = "", use_ner: bool = False) -> Entities:
    """All entities of a document; the title is read too unless the text starts with it.

    use_ner=True also asks underthesea's NER about two-syllable names without
    context. Off by default: on the 69 gold documents it changes nothing (persons
    F1 0.986 either way) and it triples the extraction time.
    """
    text = nfc(text or "")
    title = nfc(title or "").strip()
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n{text}"
    dates = _unique_dates(find_dates(text))
    return Entities(
        persons=find_persons(text, use_ner=use_ner),
        dates=dates,
        periods=_unique_periods(find_periods(text)),
        docnums=_docnums(text),
        slogans=find_slogans(text),
    )


def _unique_dates(found: list[DateMention]) -> list[DateMention]:
    """One mention per date (the first form written), in text order."""
    seen, out = set(), []
    for d in found:
        if d.date not in seen:
            seen.add(d.date)
            out.append(d)
    return out


def _unique_periods(found: list[Period]) -> list[Period]:
    seen, out = set(), []
    for p in found:
        if (p.start, p.end) not in seen:
            seen.add((p.start, p.end))
            out.append(p)
    return out


def _docnums(text: str) -> list[dict]:
    """Document numbers from indexer.docnums when it is there, one per canonical key."""
    try:
        from indexer import docnums as dn
    except ImportError:
        return []
    out, seen = [], set()
    for d in dn.find_docnums(text):
        if d.canonical in seen:
            continue
        seen.add(d.canonical)
        ctx = {}
        if hasattr(dn, "context_of"):
            try:
                ctx = dn.context_of(text, d) or {}
            except Exception:                      # a context guess must never lose the number
                ctx = {}
        out.append({
            "code": d.text,
            "canonical": d.canonical,
            "type": getattr(d, "type_name", None),
            "issuer": getattr(d, "issuer_name", None),
            "date": ctx.get("date"),
            "issuer_body": ctx.get("issuer_body"),
        })
    return out
