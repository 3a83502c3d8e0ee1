"""The Whoosh schema: which views of a document are indexed, and how.

Exact and folded syllables answer single words. Folded syllable pairs (with
positions) answer phrases fast and rank adjacent words above scattered ones;
an exact phrase is those pairs AND the phrase over the exact syllables, whose
positions are kept for that check only. underthesea's words rank
multi-syllable words. Whoosh's cost grows with the distinct terms of each
document, so there is no exact pair field (measured: it costs a quarter of the
indexing time). Everything shown to the user is read from the archive, so the
index stores almost nothing and can always be rebuilt.
"""
from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, TEXT, Schema

from indexer.analysis import folded_analyzer, folded_pair_analyzer, syllable_analyzer, words_analyzer

SCHEMA_VERSION = 3   # bump when fields or analyzers change: `vankien reindex` is then required

TITLE_BOOST = 2.0


def make_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=syllable_analyzer(), phrase=False, field_boost=TITLE_BOOST),
        title_fold=TEXT(analyzer=folded_analyzer(), phrase=False, field_boost=TITLE_BOOST),
        body=TEXT(analyzer=syllable_analyzer(), phrase=True),
        fold=TEXT(analyzer=folded_analyzer(), phrase=False),
        fold_pairs=TEXT(analyzer=folded_pair_analyzer(), phrase=True),
        words=TEXT(analyzer=words_analyzer(), phrase=False),
        docnums=KEYWORD(commas=True),                  # canonical keys, "#1-KL/TW"
        date=ID(sortable=True),                        # ISO; "" when unknown
        datekind=ID(sortable=True),                    # published | inferred | none (archive date_source)
        year=NUMERIC(int, bits=32),
        source=KEYWORD(lowercase=True, commas=True, sortable=True),    # columns: facets without stored fields
        doctype=KEYWORD(lowercase=True, commas=True, sortable=True),  # archive.header.doctype_key: "nghi quyet"
        author=TEXT(analyzer=folded_analyzer(), phrase=False),
        dup=ID(),                                      # "1" for a near-duplicate
        # [3/6] entity fields: persons, slogans, mentioned dates
        persons=KEYWORD(commas=True),
        slogans=KEYWORD(commas=True),
        mentioned=KEYWORD(commas=True),
        # [5/10] the official header: the document's own number, issuing body, signer
        own=KEYWORD(commas=True),                      # "#15-NQ/TU": ranks the document itself first
        issuer=TEXT(analyzer=folded_analyzer(), phrase=False),   # issuer and the body above it
        signer=KEYWORD(commas=True),                   # archive.store.name_key
    )
