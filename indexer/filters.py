"""Search filters over stored entities and metadata: --person, --resolution, --slogan,
--date/--from/--to/--year (on publication dates, or inferred ones: --dates), --source,
and the official header's --issuer, --signer, --type. Each becomes a Whoosh query ANDed
with the text query; names, bodies and slogans match with or without diacritics."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from whoosh import query as Q

from archive.header import doctype_key
from archive.meta import parse_date
from archive.store import name_key
from archive.vntext import folded_key
from indexer.analysis import DOCNUM_MARK, iter_syllables
from indexer.docnums import canonical
from indexer.query import QueryError, folded_pairs, parse_query
from indexer.slogans import slogan_key

_YEAR = re.compile(r"^\d{4}$")
_MONTH = re.compile(r"^(?:(\d{4})-(\d{1,2})|(\d{1,2})[/.-](\d{4}))$")


@dataclass
class Filters:
    person: str | None = None
    resolution: str | None = None
    slogan: str | None = None
    date: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    year: int | None = None
    source: str | None = None
    issuer: str | None = None
    signer: str | None = None
    doc_type: str | None = None
    dates: str = "published"          # which dates --date/--from/--to/--year use: published | inferred | any

    def given(self) -> bool:
        """Whether any filter narrows the matches (`dates` alone does not)."""
        return any(v for k, v in vars(self).items() if k != "dates")

    def keys(self) -> dict:
        """The entity keys asked for, to pick the matched entities of each hit."""
        return {"person": name_key(self.person) if self.person else None,
                "resolution": self._docnum() if self.resolution else None,
                "slogan": slogan_key(self.slogan) if self.slogan else None}

    def _docnum(self) -> str:
        key = canonical(self.resolution)
        if key is None:
            raise QueryError(f"{self.resolution!r} is not a document number (e.g. 01-KL/TW, 15/2020/NĐ-CP)")
        return key

    def queries(self) -> list[Q.Query]:
        out: list[Q.Query] = []
        if self.person:
            out.append(Q.Term("persons", name_key(self.person)))
        if self.resolution:
            out.append(Q.Term("docnums", DOCNUM_MARK + self._docnum()))
        if self.slogan:
            out.append(_slogan_query(self.slogan))
        if self.date:
            first, last = date_bounds(self.date)
            out.append(Q.TermRange("date", first, last))
        if self.date_from or self.date_to:
            first = date_bounds(self.date_from)[0] if self.date_from else "0000"
            last = date_bounds(self.date_to)[1] if self.date_to else "9999"
            if first > last:
                raise QueryError(f"--from {self.date_from} is after --to {self.date_to}")
            out.append(Q.TermRange("date", first, last))
        if self.year:
            out.append(Q.Prefix("date", f"{self.year:04d}"))
        if (self.date or self.date_from or self.date_to or self.year) and self.dates != "any":
            out.append(Q.Term("datekind", self.dates))
        if self.source:
            out.append(Q.Term("source", self.source.lower()))
        if self.issuer:
            words = [folded_key(tok) for tok, _, _ in iter_syllables(self.issuer)]
            if not words:
                raise QueryError("--issuer needs words")
            out.append(Q.And([Q.Term("issuer", w) for w in words]))
        if self.signer:
            out.append(Q.Term("signer", name_key(self.signer)))
        if self.doc_type:
            out.append(Q.Term("doctype", doctype_key(self.doc_type)))
        return out


def _slogan_query(text: str) -> Q.Query:
    """Documents that use the slogan: as an extracted slogan, or as a phrase in the text."""
    key = slogan_key(text)
    if not key:
        raise QueryError("--slogan needs words")
    words = key.split()
    phrase = Q.Term("fold_pairs", folded_pairs(words)[0]) if len(words) == 2 else \
        Q.Phrase("fold_pairs", folded_pairs(words)) if len(words) > 2 else parse_query(key).query
    return Q.Or([Q.Term("slogans", key), phrase])


def date_bounds(value: str) -> tuple[str, str]:
    """"2021" → 2021-01-01..2021-12-31; "2021-05" or "5/2021" → the month; a full date → that day."""
    value = value.strip()
    if _YEAR.match(value):
        return f"{value}-01-01", f"{value}-12-31"
    m = _MONTH.match(value)
    if m:
        year, month = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
        if not 1 <= month <= 12:
            raise QueryError(f"no month {month} in {value!r}")
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    day = parse_date(value)
    if day is None:
        raise QueryError(f"cannot read the date {value!r} (use 2021, 2021-05, 5/2021, 18/5/2021 or 2021-05-18)")
    return day, day


def matched_entities(entities: dict, keys: dict) -> dict:
    """The entities of one hit that the filters asked for."""
    out = {}
    if keys.get("person"):
        out["persons"] = [p for p in entities["persons"] if name_key(p["name"]) == keys["person"]]
    if keys.get("resolution"):
        out["docnums"] = [d for d in entities["docnums"] if d["canonical"] == keys["resolution"]]
    if keys.get("slogan"):
        out["slogans"] = [{"text": s["text"]} for s in entities["slogans"] if s["key"] == keys["slogan"]]
    return out
