"""Research views: people, document numbers and slogans across the whole archive.

Aggregates over the stored entity tables (persons, docnum_refs, slogans,
doc_headers) joined to each document's date and source — never over text — so
each view answers in well under a second on 35k documents (the indexes are
migration v4 in store.py). Plain dataclasses out; cli_views.py renders them.

* A near-duplicate (documents.duplicate_of) counts once: documents are counted
  by their root, COALESCE(duplicate_of, id).
* A person is a person_key: name variants (NFC/NFD, tone placement, case,
  spacing) meet; names with other diacritics stay apart ("le duc duc" lists
  Lê Đức Dục and Lê Đức Đức).
* Dates follow one policy (usable_date): published dates only by default.
"""
from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass

from archive.store import person_key
from archive.view_records import (Candidates, Count, DocRef, Issuance, NumberProfile, NumberSummary, OwnDocument,
                                  PersonProfile, PersonSummary, SloganProfile, SloganSummary)
from archive.view_positions import best_form, position_key, timeline, titles
from archive.vntext import folded_key, has_diacritics, nfc

ROOT = "COALESCE(d.duplicate_of, d.id)"
# A view reads a document's id, duplicate_of, date and source from this index (migration
# v4), never from the row: in the row they sit after the text, behind its overflow pages.
DOCS = "documents d INDEXED BY documents_view"
DATE_POLICIES = ("published", "inferred", "any")
TOP_RELATED = 10
POSITION_SAMPLE = 100


class ViewError(ValueError):
    """Bad input to a view (a date, a code, an empty name): exit 2."""


# -- the shared date policy ----------------------------------------------------

def usable_date(policy: str = "published", doc: str = "d") -> str:
    """SQL for a document's date under a policy, NULL where the date is not usable.

    published: a date from the metadata or written as the publication date
    (date_source 'metadata' or 'text'); inferred: only the inferred ones; any: both.
    """
    if policy == "published":
        return f"(CASE WHEN {doc}.date_source IN ('metadata', 'text') THEN {doc}.date END)"
    if policy == "inferred":
        return f"(CASE WHEN {doc}.date_source = 'inferred' THEN {doc}.date END)"
    if policy == "any":
        return f"{doc}.date"
    raise ViewError(f"--dates must be one of {', '.join(DATE_POLICIES)}, not {policy!r}")


@dataclass
class Scope:
    """Which documents a view counts: a date range (under the date policy) and a source."""
    date_from: str | None = None
    date_to: str | None = None
    source: str | None = None
    dates: str = "published"

    def date_sql(self) -> str:
        return usable_date(self.dates)

    def where(self) -> tuple[str, list]:
        clauses, params = ["1"], []
        if self.date_from or self.date_to:
            first, last = _bounds(self.date_from, "0000")[0], _bounds(self.date_to, "9999")[1]
            if first > last:
                raise ViewError(f"--from {self.date_from} is after --to {self.date_to}")
            clauses.append(f"{self.date_sql()} BETWEEN ? AND ?")
            params += [first, last]
        if self.source:
            clauses.append("lower(d.source) = lower(?)")
            params.append(self.source)
        return " AND ".join(clauses), params


def _bounds(value: str | None, default: str) -> tuple[str, str]:
    if not value:
        return default, default
    from indexer.filters import date_bounds     # imports Whoosh: only when a date is given
    from indexer.query import QueryError

    try:
        return date_bounds(value)
    except QueryError as e:
        raise ViewError(str(e)) from None


# -- helpers -------------------------------------------------------------------------

def _marks(values) -> str:
    return ",".join("?" * len(values))


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _usual_forms(db, table: str, key: str, form: str, keys) -> dict[str, str]:
    """{key: the form written most often}; on a tie a clean one (NFC, single spaces,
    capitalized words), then the first archived."""
    keys = list(keys)
    best: dict[str, tuple] = {}
    for k, text, n, first in db.execute(
            f"SELECT {key}, {form}, COUNT(*), MIN(rowid) FROM {table} WHERE {key} IN ({_marks(keys)}) "
            f"GROUP BY {key}, {form}", keys) if keys else ():
        rank = (n, _clean(text), -first)
        if k not in best or rank > best[k][0]:
            best[k] = (rank, text)
    return {k: text for k, (_, text) in best.items()}


def _clean(text: str) -> bool:
    return text == nfc(text) and text == " ".join(text.split()) and all(w[:1].isupper() for w in text.split())


def _person_names(db, keys) -> dict[str, str]:
    return _usual_forms(db, "persons", "person_key", "name", keys)


def _years(dated_roots: dict[int, str]) -> list[Count]:
    return [Count(y, n) for y, n in sorted(Counter(d[:4] for d in dated_roots.values()).items())]


def _doc_refs(db, roots: dict[int, str | None], reposts: Counter, ids: list[int]) -> list[DocRef]:
    """DocRefs for root ids, in the order given (titles read only for those)."""
    rows = {r[0]: r for r in db.execute(
        f"SELECT id, title, source FROM documents WHERE id IN ({_marks(ids)})", ids)} if ids else {}
    return [DocRef(i, roots.get(i), rows[i][1], rows[i][2], reposts[i] - 1) for i in ids if i in rows]


def _root_dates(rows) -> tuple[dict[int, str | None], Counter]:
    """{root: its earliest usable date} and the number of copies seen per root,
    from rows (doc_id, root, date, …)."""
    dates: dict[int, str | None] = {}
    copies: Counter = Counter()
    seen = set()
    for doc_id, root, date, *_ in rows:
        if (doc_id, root) not in seen:
            seen.add((doc_id, root))
            copies[root] += 1
        old = dates.get(root)
        dates[root] = date if old is None or (date is not None and date < old) else old
    return dates, copies


def _chronological(dates: dict[int, str | None]) -> list[int]:
    """Oldest first, undated last."""
    return sorted(dates, key=lambda r: (dates[r] is None, dates[r] or "", r))


def _newest(dates: dict[int, str | None]) -> list[int]:
    """Newest first, undated last."""
    dated = sorted((r for r in dates if dates[r]), key=lambda r: (dates[r], r), reverse=True)
    return dated + sorted(r for r in dates if not dates[r])


def _first_line(text: str | None) -> str | None:
    line = (text or "").split("\n")[0].strip()     # the extractor may run past a line end
    return line or None


# -- persons -----------------------------------------------------------------------------

def persons(db: sqlite3.Connection, query: str | None = None, scope: Scope | None = None,
            top: int = 20) -> list[PersonSummary]:
    """People ranked by the documents that mention them, with their first and last date."""
    scope = scope or Scope()
    where, params = scope.where()
    if query:
        where += " AND p.name_key LIKE ? ESCAPE '\\'"
        params.append(_like(" ".join(folded_key(query).split())))
        if has_diacritics(query):
            where += " AND p.person_key LIKE ? ESCAPE '\\'"
            params.append(_like(person_key(query)))
    return _person_summaries(db, where, params, scope.date_sql(), top, by_name=bool(query))


def _person_summaries(db, where: str, params: list, date: str, top: int, by_name: bool = False) -> list[PersonSummary]:
    # a name filter reads name_key: from persons_name, which also covers the grouping
    persons_table = "persons p INDEXED BY persons_name" if by_name else "persons p"
    rows = db.execute(
        f"""SELECT p.person_key, COUNT(DISTINCT {ROOT}) AS n, MIN({date}), MAX({date})
            FROM {persons_table} JOIN {DOCS} ON d.id = p.doc_id
            WHERE {where} GROUP BY p.person_key ORDER BY n DESC, p.person_key LIMIT ?""",
        [*params, top]).fetchall()
    keys = [r[0] for r in rows]
    names = _person_names(db, keys)
    positions = _top_positions(db, keys, where, params)
    return [PersonSummary(names[k], k, n, first, last, positions.get(k, [])) for k, n, first, last in rows]


def _top_positions(db, keys: list[str], where: str, params: list, top: int = 3) -> dict[str, list[str]]:
    """Each person's most frequent positions in their latest POSITION_SAMPLE mentions
    (reading every row of the most mentioned people would cost more than the listing)."""
    out = {}
    for key in keys:
        counts: Counter = Counter()
        forms: dict[str, Counter] = defaultdict(Counter)
        for (positions,) in db.execute(
                f"""SELECT p.positions FROM persons p JOIN {DOCS} ON d.id = p.doc_id
                    WHERE {where} AND p.person_key = ? ORDER BY p.doc_id DESC LIMIT ?""",
                [*params, key, POSITION_SAMPLE]):
            for title in titles(positions, key):
                counts[position_key(title)] += 1
                forms[position_key(title)][title] += 1
        ranked = counts.most_common(top)       # a tenth as often as the first is a slip
        out[key] = [forms[k].most_common(1)[0][0] for k, n in ranked if n * 10 >= ranked[0][1]]
    return out


def find_person(db: sqlite3.Connection, name: str, dates: str = "published") -> PersonProfile | Candidates | None:
    """The profile of one person; Candidates when an accentless name fits several."""
    usable_date(dates)
    folded = " ".join(folded_key(name).split())
    if not folded:
        raise ViewError("a person's name is needed")
    keys = [r[0] for r in db.execute("SELECT DISTINCT person_key FROM persons WHERE name_key = ?", (folded,))]
    exact = person_key(name) if has_diacritics(name) else (keys[0] if len(keys) == 1 else None)
    if exact in keys:
        return person_profile(db, exact, dates)
    if not keys:
        return None
    return Candidates(name, _person_summaries(db, "p.name_key = ?", [folded], usable_date(dates), len(keys), by_name=True))


def person_profile(db: sqlite3.Connection, key: str, dates: str = "published") -> PersonProfile | None:
    date = usable_date(dates)
    rows = db.execute(
        f"""SELECT p.doc_id, {ROOT}, {date}, p.positions, p.name
            FROM persons p JOIN {DOCS} ON d.id = p.doc_id WHERE p.person_key = ?""", (key,)).fetchall()
    if not rows:
        return None
    roots, copies = _root_dates(rows)
    dated = {r: d for r, d in roots.items() if d}
    variants = Counter(r[4] for r in rows)
    return PersonProfile(
        name=_person_names(db, [key])[key], key=key, variants=sorted(variants),
        documents=len(roots), undated=len(roots) - len(dated),
        first=min(dated.values(), default=None), last=max(dated.values(), default=None),
        positions=timeline(rows, key), years=_years(dated),
        together=_near(db, key, "persons", "person_key", "name"),
        numbers=_near(db, key, "docnum_refs", "canonical", "code"),
        slogans=_near(db, key, "slogans", "slogan_key", "text"),
        latest=_doc_refs(db, roots, copies, _newest(roots)[:10]))


def _near(db, key: str, table: str, column: str, label: str) -> list[Count]:
    """Entities most often in the documents of a person, counted by root."""
    rows = db.execute(
        f"""SELECT e.{column}, COUNT(DISTINCT {ROOT}) AS n FROM persons p
            JOIN {table} e ON e.doc_id = p.doc_id JOIN {DOCS} ON d.id = p.doc_id
            WHERE p.person_key = ? {'AND e.person_key != p.person_key' if table == 'persons' else ''}
            GROUP BY e.{column} ORDER BY n DESC, e.{column} LIMIT ?""", (key, TOP_RELATED)).fetchall()
    keys = [r[0] for r in rows]
    names = _usual_forms(db, table, column, label, keys)
    return [Count(names.get(k, k), n) for k, n in rows]


# -- document numbers ------------------------------------------------------------------------

def resolutions(db: sqlite3.Connection, type_code: str | None = None, issuer_code: str | None = None,
                scope: Scope | None = None, top: int = 20) -> list[NumberSummary]:
    """Every cited document number, most cited first, with how many issuances share it."""
    from indexer.docnums import code_name

    scope = scope or Scope()
    where, params = scope.where()
    for kind, code in (("type", type_code), ("issuer", issuer_code)):
        if code:
            name = code_name(kind, code)
            if name is None:
                raise ViewError(f"unknown {kind} code {code!r} (see data/docnum_codes.json)")
            where += f" AND r.{kind} = ?"
            params.append(name)
    date = scope.date_sql()
    rows = db.execute(
        f"""SELECT r.canonical, COUNT(DISTINCT {ROOT}) AS n, MIN({date}), MAX({date}),
                   COUNT(DISTINCT substr(r.date, 1, 4)), MAX(r.type), MAX(r.issuer)
            FROM docnum_refs r JOIN {DOCS} ON d.id = r.doc_id
            WHERE {where} GROUP BY r.canonical ORDER BY n DESC, r.canonical LIMIT ?""", [*params, top]).fetchall()
    keys = [r[0] for r in rows]
    codes = _usual_forms(db, "docnum_refs", "canonical", "code", keys)
    return [NumberSummary(codes[k], k, t, i, n, first, last, max(1, years))
            for k, n, first, last, years, t, i in rows]


def resolution_profile(db: sqlite3.Connection, code: str, date: str | None = None,
                       dates: str = "published") -> NumberProfile | None:
    """One document number: its issuances told apart, the document itself, who cites it."""
    from indexer.docnums import decode

    number = decode(code)
    if number is None:
        raise ViewError(f"{code!r} is not a document number (e.g. 01-KL/TW, 15/2020/NĐ-CP)")
    key = number.canonical
    itself = _own_documents(db, key)
    own_ids = {o.id for o in itself}
    rows = [r for r in db.execute(
        f"""SELECT r.doc_id, {ROOT}, {usable_date(dates)}, r.date, r.issuer_body, r.code
            FROM docnum_refs r JOIN {DOCS} ON d.id = r.doc_id WHERE r.canonical = ?""", (key,))
        if r[0] not in own_ids]
    if not rows and not itself:
        return None
    written = Counter(r[5] for r in rows).most_common(1)[0][0] if rows else (itself[0].own_number or code)
    issuances = _issuances(rows, itself, number.type_name, written)
    by_root = _attribute(rows, issuances)
    if date:
        first, last = _bounds(date, "")
        wanted = {i.year for i in issuances if i.date and first <= i.date <= last}
        if not wanted:
            return None
        issuances = [i for i in issuances if i.year in wanted]
        itself = [o for o in itself if o.issued_date and o.issued_date[:4] in wanted]
        rows = [r for r in rows if by_root.get(r[1]) in wanted]
    roots, copies = _root_dates(rows)
    dated = {r: d for r, d in roots.items() if d}
    citing = _doc_refs(db, roots, copies, _chronological(roots))
    for ref in citing:
        ref.issuance = by_root.get(ref.id)
    for i in issuances:
        i.documents = sum(1 for r in roots if by_root.get(r) == i.year)
    return NumberProfile(
        code=written, canonical=key, type=number.type_name, issuer=number.issuer_name,
        written=issuances[0].written if len(issuances) == 1 else f"{number.type_name or 'Văn bản'} số {written}",
        documents=len(roots), undated=len(roots) - len(dated), issuances=issuances, itself=itself,
        citing=citing, years=_years(dated), cited_with=_cited_with(db, key, [r[0] for r in rows] if date else None))


def _own_documents(db, key: str) -> list[OwnDocument]:
    return [OwnDocument(*r) for r in db.execute(
        """SELECT h.doc_id, d.title, h.own_number, h.issuer, h.issued_place, h.issued_date, h.doc_type,
                  h.summary, h.signer, h.signer_role
           FROM doc_headers h JOIN documents d ON d.id = h.doc_id WHERE h.own_canonical = ?
           ORDER BY h.issued_date, h.doc_id""", (key,))]


def _issuances(rows, itself: list[OwnDocument], type_name: str | None, code: str) -> list[Issuance]:
    """One issuance per year of the dates written beside the number (a term numbers
    each document once, so two dates in one year are one document written two ways)."""
    dates: dict[str, Counter] = defaultdict(Counter)
    bodies: dict[str, Counter] = defaultdict(Counter)
    for _, _, _, written_date, body, _ in rows:
        if written_date:
            dates[written_date[:4]][written_date] += 1
            if _first_line(body):
                bodies[written_date[:4]][_first_line(body)] += 1
    for own in itself:
        if own.issued_date:
            dates[own.issued_date[:4]][own.issued_date] += 100     # the header is the authority
            if own.issuer:
                bodies[own.issued_date[:4]][own.issuer] += 100
    if not dates:
        body = Counter(_first_line(r[4]) for r in rows if _first_line(r[4])).most_common(1)
        return [Issuance(None, None, body[0][0] if body else None,
                         _written(type_name, code, None, body[0][0] if body else None), 0)]
    out = []
    for year in sorted(dates):
        day = dates[year].most_common(1)[0][0]
        body = best_form(bodies[year]) if bodies[year] else None
        out.append(Issuance(year, day, body, _written(type_name, code, day, body), 0))
    return out


def _written(type_name: str | None, code: str, day: str | None, body: str | None) -> str:
    """As Vietnamese texts write it: Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị."""
    text = f"{type_name or 'Văn bản'} số {code}"
    if day:
        y, m, d = day.split("-")
        text += f" ngày {int(d)}/{int(m)}/{y}"
    return text + (f" của {body}" if body else "")


def _attribute(rows, issuances: list[Issuance]) -> dict[int, str | None]:
    """{citing root: the issuance year it cites}: the date written beside the number,
    else the only issuance dated on or before the citing document."""
    years = [i.year for i in issuances if i.year]
    out: dict[int, str | None] = {}
    for _, root, doc_date, written_date, _, _ in rows:
        if written_date:
            out[root] = written_date[:4]
        elif out.get(root) is None:
            before = [y for y in years if doc_date and y <= doc_date[:4]]
            out[root] = before[0] if len(before) == 1 else None
    return out


def _cited_with(db, key: str, doc_ids: list[int] | None = None) -> list[Count]:
    """Numbers most often cited beside this one (in doc_ids only, when given)."""
    only = f"AND r.doc_id IN ({_marks(doc_ids)})" if doc_ids is not None else ""
    rows = db.execute(
        f"""SELECT s.canonical, COUNT(DISTINCT {ROOT}) AS n FROM docnum_refs r
            JOIN docnum_refs s ON s.doc_id = r.doc_id AND s.canonical != r.canonical
            JOIN {DOCS} ON d.id = r.doc_id
            WHERE r.canonical = ? {only} GROUP BY s.canonical ORDER BY n DESC, s.canonical LIMIT ?""",
        (key, *(doc_ids or []), TOP_RELATED)).fetchall()
    keys = [r[0] for r in rows]
    codes = _usual_forms(db, "docnum_refs", "canonical", "code", keys)
    return [Count(codes.get(k, k), n) for k, n in rows]


# -- slogans -----------------------------------------------------------------------------------

def slogans(db: sqlite3.Connection, scope: Scope | None = None, top: int = 20) -> list[SloganSummary]:
    """Slogans ranked by the documents using them, with first and last use and sources."""
    scope = scope or Scope()
    where, params = scope.where()
    date = scope.date_sql()
    rows = db.execute(
        f"""SELECT s.slogan_key, COUNT(DISTINCT {ROOT}) AS n, MIN({date}), MAX({date}), COUNT(DISTINCT d.source)
            FROM slogans s JOIN {DOCS} ON d.id = s.doc_id
            WHERE {where} GROUP BY s.slogan_key ORDER BY n DESC, s.slogan_key LIMIT ?""", [*params, top]).fetchall()
    keys = [r[0] for r in rows]
    texts = _usual_forms(db, "slogans", "slogan_key", "text", keys)
    return [SloganSummary(texts[k], k, n, first, last, sources) for k, n, first, last, sources in rows]


def slogan_profile(db: sqlite3.Connection, text: str, dates: str = "published") -> SloganProfile | None:
    """Where and when a slogan was used, matched regardless of dashes, case, spacing, diacritics."""
    from indexer.slogans import slogan_key

    key = slogan_key(text)
    if not key:
        raise ViewError("a slogan needs words")
    rows = db.execute(
        f"""SELECT s.doc_id, {ROOT}, {usable_date(dates)}, d.source, s.text
            FROM slogans s JOIN {DOCS} ON d.id = s.doc_id WHERE s.slogan_key = ?""", (key,)).fetchall()
    if not rows:
        return None
    roots, copies = _root_dates(rows)
    dated = {r: d for r, d in roots.items() if d}
    forms = Counter(r[4] for r in rows)
    source_of = {r[1]: r[3] for r in rows}
    sources = Counter(source_of[root] or "(no source)" for root in roots)
    used_in = _doc_refs(db, roots, copies, _chronological(roots))
    longer = db.execute(
        """SELECT slogan_key, COUNT(DISTINCT doc_id) AS n FROM slogans WHERE slogan_key LIKE ? ESCAPE '\\'
           AND slogan_key != ? GROUP BY slogan_key ORDER BY n DESC LIMIT ?""",
        (_like(key), key, TOP_RELATED)).fetchall()
    longer_texts = _usual_forms(db, "slogans", "slogan_key", "text", [k for k, _ in longer])
    return SloganProfile(
        text=forms.most_common(1)[0][0], key=key, forms=sorted(forms), documents=len(roots),
        undated=len(roots) - len(dated), first_use=used_in[0] if dated else None, years=_years(dated),
        sources=[Count(s, n) for s, n in sources.most_common()], used_in=used_in,
        longer=[Count(longer_texts.get(k, k), n) for k, n in longer])
