"""The query language → a Whoosh query, through the same analyzers as indexing.

    words            Nghị quyết            all words (AND); a long question falls back to OR
    phrases          "Tiên phong - Trọng tâm"  or “typographic quotes”
    operators        AND  OR  NOT  -word  ( … )
    fields           title:  source:  author:  year:2021  date:2021-05  so:01-KL/TW  type:NQ
    prefix           tuyên*
    document numbers 01-KL/TW, 15/2020/NĐ-CP typed bare are one term

A query typed without any diacritics searches the folded fields ("dang bo"
finds "Đảng bộ"); a query with diacritics searches the exact ones.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as Q

from archive.header import doctype_key
from archive.vntext import folded_key, has_diacritics, match_key, nfc
from indexer.analysis import DOCNUM_MARK, iter_syllables
from indexer.docnums import canonical, find_docnums
from indexer.phrase import ExactPhrase

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‟": '"', "″": '"'})
_LEXER = re.compile(r'\s*(?:(?P<field>[A-Za-z_]+):)?(?:"(?P<phrase>[^"]*)"?|(?P<paren>[()])|(?P<word>[^\s()"]+))')
OPERATORS = {"AND", "OR", "NOT"}
# A pasted page is a query too, but Whoosh builds its matchers recursively:
# past these sizes it fails with RecursionError, so the parser says no first.
MAX_TERMS = 256           # distinct words and phrases
MAX_DEPTH = 32            # nested parentheses and NOTs
FIELD_ALIASES = {"title": "title", "tieude": "title", "source": "source", "nguon": "source",
                 "author": "author", "tacgia": "author", "year": "year", "nam": "year", "date": "date",
                 "ngay": "date", "so": "docnum", "docnum": "docnum", "resolution": "docnum", "id": "id",
                 "type": "doctype", "loai": "doctype"}
_ENGLISH_FIELDS = {"title", "source", "author", "year", "date", "so", "docnum", "resolution", "id", "type"}


class QueryError(ValueError):
    """The query cannot be read (unbalanced parenthesis, unknown field …)."""


@dataclass
class Parsed:
    query: Q.Query
    exact: bool                                   # diacritics typed: exact fields
    terms: set[str] = field(default_factory=set)  # keys to highlight, in the mode's form
    plain: bool = True                            # only words and phrases: OR fallback allowed
    clauses: int = 0
    ordered: list[str] = field(default_factory=list)   # free-text keys in query order (ranking boosts)

    def as_or(self) -> Q.Query:
        subqueries = self.query.subqueries if isinstance(self.query, Q.And) else [self.query]
        return Q.Or(subqueries)


class _Fields:
    def __init__(self, exact: bool):
        self.exact = exact
        self.body, self.title = ("body", "title") if exact else ("fold", "title_fold")

    def key(self, text: str) -> str:
        return match_key(text) if self.exact else folded_key(text)


def folded_pairs(keys: list[str]) -> list[str]:
    """"tiên phong trọng" → ["tien_phong", "phong_trong"] (docnum tokens stay as they are)."""
    folded = [k if k.startswith(DOCNUM_MARK) else folded_key(k) for k in keys]
    return [f"{a}_{b}" for a, b in zip(folded, folded[1:])]


def parse_query(text: str) -> Parsed:
    text = nfc(text).translate(_QUOTES).strip()      # NFD would split syllables at their marks
    if not text:
        raise QueryError("empty query")
    text, numbers = _protect_docnums(text)
    exact = has_diacritics(_strip_fields(text))
    parser = _Parser(_lex(text), _Fields(exact), numbers)
    q = parser.parse()
    if len(parser.ordered) > MAX_TERMS and len(set(parser.ordered)) > MAX_TERMS:
        raise QueryError(f"the query is too long ({len(set(parser.ordered)):,} distinct words; "
                         f"at most {MAX_TERMS}): search for a shorter passage or a phrase")
    return Parsed(query=q, exact=exact, terms=parser.terms, plain=parser.plain, clauses=parser.clauses,
                  ordered=parser.ordered)


def _protect_docnums(text: str) -> tuple[str, list[str]]:
    """Replace document numbers by placeholders so spaces and slashes inside them survive lexing."""
    numbers = []
    for dn in reversed(find_docnums(text)):
        numbers.insert(0, dn.canonical)
        text = text[:dn.start] + f"\x00{len(find_docnums(text[:dn.start]))}\x00" + text[dn.end:]
    return text, numbers


def _strip_fields(text: str) -> str:
    return re.sub(r"\b[A-Za-z_]+:\S+", " ", text)


def _lex(text: str) -> list[dict]:
    out, pos = [], 0
    while pos < len(text):
        m = _LEXER.match(text, pos)
        if not m or m.end() == pos:
            if text[pos:].strip() == "":
                break
            raise QueryError(f"cannot read the query near {text[pos:pos + 20]!r}")
        pos = m.end()
        out.append({k: v for k, v in m.groupdict().items() if v is not None})
    return [t for t in out if t]


class _Parser:
    def __init__(self, tokens: list[dict], fields: _Fields, numbers: list[str]):
        self.tokens, self.i, self.f, self.numbers = tokens, 0, fields, numbers
        self.terms: set[str] = set()
        self.plain = True
        self.clauses = 0
        self.ordered: list[str] = []
        self.depth = 0

    def peek(self) -> dict | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> dict:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def parse(self) -> Q.Query:
        q = self.or_expr()
        if self.peek() is not None:
            raise QueryError("unbalanced parenthesis: ')' without '('")
        return q

    def or_expr(self) -> Q.Query:
        parts = [self.and_expr()]
        while self._is_op("OR"):
            self.take()
            self.plain = False
            parts.append(self.and_expr())
        return parts[0] if len(parts) == 1 else Q.Or(parts)

    def and_expr(self) -> Q.Query:
        parts = []
        while (t := self.peek()) is not None and not self._is_op("OR") and t.get("paren") != ")":
            if self._is_op("AND"):
                self.take()
                self.plain = False
                continue
            part = self.unary()
            if part is not None:                  # a lone "-" or "…" has no words
                parts.append(part)
        if not parts:
            raise QueryError("the query has no words to search for")
        positive = [p for p in parts if not isinstance(p, Q.Not)]
        negative = [p.query for p in parts if isinstance(p, Q.Not)]
        positive = list(dict.fromkeys(positive))        # "đảng đảng" asks for one word
        q = positive[0] if len(positive) == 1 else Q.And(positive) if positive else Q.Every()
        return Q.AndNot(q, Q.Or(negative)) if negative else q

    def unary(self) -> Q.Query:
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise QueryError(f"the query nests too deep (more than {MAX_DEPTH} parentheses or NOTs)")
            return self._unary()
        finally:
            self.depth -= 1

    def _unary(self) -> Q.Query:
        t = self.peek()
        if t is None or t.get("paren") == ")":
            raise QueryError("NOT needs a word or phrase after it")
        if self._is_op("NOT") or (t.get("word", "").startswith("-") and len(t["word"]) > 1 and not t.get("field")):
            self.plain = False
            if self._is_op("NOT"):
                self.take()
            else:
                t["word"] = t["word"][1:]
            inner = self.unary()
            return None if inner is None else Q.Not(inner)
        return self.atom()

    def atom(self) -> Q.Query | None:
        t = self.take()
        if t.get("paren") == "(":
            self.plain = False
            q = self.or_expr()
            if (close := self.peek()) is None or close.get("paren") != ")":
                raise QueryError("unbalanced parenthesis: '(' without ')'")
            self.take()
            return q
        if t.get("paren") == ")":
            raise QueryError("unbalanced parenthesis: ')' without '('")
        if t.get("field"):
            self.plain = False
            return self.field_query(t["field"].lower(), t.get("phrase", t.get("word", "")))
        if (name := t.get("word", "")[:-1].lower()) in _ENGLISH_FIELDS and t["word"].endswith(":"):
            # "title: Covid" would otherwise search the word "title" and find nothing
            # ("Việt Nam: …" stays words: the Vietnamese aliases are also ordinary syllables)
            raise QueryError(f"field {name!r} needs a value right after the colon (e.g. {name}:…)")
        q = self.text_query(self._restore(t.get("phrase", t.get("word", ""))), phrase="phrase" in t)
        self.clauses += q is not None
        return q

    def _is_op(self, op: str) -> bool:
        t = self.peek()
        return t is not None and t.get("word") == op and not t.get("field")

    def _restore(self, text: str) -> str:
        return re.sub("\x00(\\d+)\x00", lambda m: f" {DOCNUM_MARK}{self.numbers[int(m[1])]} ", text)

    # -- words and phrases ---------------------------------------------------

    def _keys(self, text: str) -> list[str]:
        keys = []
        for chunk in text.split():
            if chunk.startswith(DOCNUM_MARK):
                keys.append(chunk)
            else:
                keys.extend(self.f.key(tok) for tok, _, _ in iter_syllables(chunk))
        return keys

    def text_query(self, text: str, phrase: bool) -> Q.Query | None:
        prefix = text.endswith("*") and not phrase
        keys = self._keys(text.rstrip("*"))
        if not keys:
            return None
        self.terms.update(keys)
        self.ordered.extend(keys)
        if prefix:
            last = Q.Prefix(self.f.body, keys[-1])        # the body holds the title too
            return last if len(keys) == 1 else Q.And([self._phrase(keys[:-1]), last])
        if len(keys) == 1:
            return self._term(keys[0])
        return self._phrase(keys)

    def _term(self, key: str) -> Q.Query:
        if key.startswith(DOCNUM_MARK):
            return Q.Term("docnums", key)
        return Q.Term(self.f.body, key)     # the body holds the title too: a title match only ranks

    def _phrase(self, keys: list[str]) -> Q.Query:
        """Folded pairs find candidates fast; an exact phrase is then checked on the syllables."""
        pairs = folded_pairs(keys)
        candidates = Q.Term("fold_pairs", pairs[0]) if len(pairs) == 1 else Q.Phrase("fold_pairs", pairs)
        return ExactPhrase(candidates, keys) if self.f.exact else candidates

    # -- field:value ---------------------------------------------------------

    def field_query(self, name: str, value: str) -> Q.Query:
        target = FIELD_ALIASES.get(name)
        value = self._restore(value).strip()
        if target is None:
            raise QueryError(f"unknown field {name!r} (known: {', '.join(sorted(set(FIELD_ALIASES)))})")
        if not value:
            raise QueryError(f"field {name!r} needs a value")
        if target == "title":
            keys = self._keys(value)
            self.terms.update(keys)
            if len(keys) == 1:
                return Q.Term(self.f.title, keys[0])
            return Q.And([Q.Term(self.f.title, k) for k in keys])
        if target == "docnum":
            key = value if value.startswith(DOCNUM_MARK) else canonical(value)
            if key is None:
                raise QueryError(f"{value!r} is not a document number (e.g. 01-KL/TW, 15/2020/NĐ-CP)")
            key = key if key.startswith(DOCNUM_MARK) else DOCNUM_MARK + key
            self.terms.add(key)
            return Q.Term("docnums", key)
        if target == "year":
            if not value.isdigit():
                raise QueryError(f"year must be a number, not {value!r}")
            return Q.NumericRange("year", int(value), int(value))
        if target == "date":
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
                raise QueryError(f"date must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
            return Q.Prefix("date", value)
        if target == "author":
            return Q.And([Q.Term("author", folded_key(tok)) for tok, _, _ in iter_syllables(value)])
        if target == "id":
            return Q.Term("id", value)
        if target == "doctype":
            return Q.Term("doctype", doctype_key(value))
        return Q.Term(target, value.lower())
