#!/usr/bin/env python3
"""`vankien` with Whoosh's mmap path disabled in this process — a what-if runner, not a fix.

    .venv/bin/python bench/vankien_nommap.py --home H import TAR --quiet

Whoosh 2.7.4 (whoosh/filedb/compound.py + structfile.BufferFile) mmaps each
segment and then copies every sub-file it opens into a BytesIO, so every
reader/searcher open costs a copy of the whole index. indexer.search opens one
per query, and IndexWriter.update_document opens one per document (to find the
unique id), which makes a large import super-linear. Setting
whoosh.filedb.compound.mmap to None makes CompoundStorage read sub-files through
the open file instead (StructFile.subset), with no copy. The library itself is
not edited; this only measures what the change would buy.
"""
from __future__ import annotations

import sys

import whoosh.filedb.compound as compound

compound.mmap = None

from cli import main  # noqa: E402

if __name__ == "__main__":
    sys.argv[0] = "vankien"
    main()
