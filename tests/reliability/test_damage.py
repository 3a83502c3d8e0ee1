"""A damaged index or archive: a clear one-line error naming the way back, and
`vankien check --repair` as that way back (documents are never deleted)."""
from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from tests.conftest import Vankien


def _count(vankien, query="Đảng bộ"):
    code, out, err = vankien("search", query, "--count")
    return code, out.strip(), err


def _new_process(home):
    """Forget the searcher this process keeps open: its open files would still
    answer (unlinked files live on while open), as a new `vankien` could not."""
    from indexer.search import _forget

    _forget(home)


def _damage(home, how):
    index = home / "index"
    segment = sorted(index.glob("*.seg"))[0]
    if how == "deleted segment":
        segment.unlink()
    elif how == "truncated segment":
        with open(segment, "r+b") as f:
            f.truncate(segment.stat().st_size // 3)
    elif how == "deleted TOC":
        for toc in index.glob("*.toc"):
            toc.unlink()
    elif how == "deleted index":
        shutil.rmtree(index)


@pytest.mark.parametrize("how", ["deleted segment", "truncated segment", "deleted TOC", "deleted index"])
def test_damaged_index_says_how_to_recover_and_repair_restores_search(home, how):
    vankien = Vankien(home)
    assert _count(vankien)[:2] == (0, "2")
    _damage(home, how)
    _new_process(home)
    code, out, err = _count(vankien)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "vankien reindex" in err and "Traceback" not in err
    code, out, _ = vankien("check", "--json")
    report = json.loads(out)
    assert code == 4 and not report["sound"] and [f["kind"] for f in report["findings"]] == ["index"]
    code, out, err = vankien("check", "--repair")
    assert code == 0, out + err
    assert _count(vankien)[:2] == (0, "2")
    assert vankien("check")[0] == 0


def test_a_stale_whoosh_lock_file_does_not_stop_an_import(home, tmp_path):
    (home / "index" / "vankien_v2_WRITELOCK").write_text("stale")
    (home / "write.lock").write_text("99999 import")                 # our lock, left by a killed import
    extra = tmp_path / "more.txt"
    extra.write_text("Chi bộ thôn Bản Hon họp\n\nChi bộ thôn Bản Hon sinh hoạt chuyên đề về học tập "
                     "và làm theo tư tưởng Hồ Chí Minh.\n", encoding="utf-8")
    code, _, err = Vankien(home)("import", str(extra), "--no-wait")
    assert code == 0, err
    assert _count(Vankien(home), "Bản Hon")[:2] == (0, "1")


def test_half_built_index_of_a_killed_reindex_is_reported_and_removed(home):
    vankien = Vankien(home)
    shutil.copytree(home / "index", home / "index.new")              # what a reindex killed mid-way leaves
    assert _count(vankien)[:2] == (0, "2")                           # search still answers from the old one
    code, out, _ = vankien("check", "--json")
    assert code == 4 and [f["kind"] for f in json.loads(out)["findings"]] == ["leftover"]
    assert vankien("check", "--repair")[0] == 0
    assert not (home / "index.new").exists()


def test_check_finds_what_differs_and_repair_never_deletes_a_document(home):
    vankien = Vankien(home)
    with sqlite3.connect(home / "archive.sqlite") as db:
        ids = [r[0] for r in db.execute("SELECT id FROM documents ORDER BY id")]
        db.execute("DELETE FROM docnum_refs")                             # entity rows lost
        db.execute("DELETE FROM indexed WHERE doc_id=?", (ids[0],))      # mark lost
        db.execute("UPDATE documents SET text = text || ' Sửa tay.' WHERE id=?", (ids[1],))   # edited by hand
    from indexer.index import delete_from_index

    delete_from_index(home, ids[0])                                      # and gone from the index
    code, out, _ = vankien("check", "--json")
    found = {f["kind"]: f["ids"] for f in json.loads(out)["findings"]}
    assert code == 4
    assert found == {"hash": [ids[1]], "entities": [ids[2]], "unindexed": [ids[0]]}
    code, out, _ = vankien("check", "--repair", "--json")
    after = json.loads(out)
    assert code == 4                                                     # the edited text stays flagged
    assert [f["kind"] for f in after["findings"]] == ["hash"] and after["documents"] == len(ids)
    assert _count(vankien, "Tam Đường")[:2] == (0, "1")
    assert vankien("search", "--resolution", "10-CT/TW", "--count")[1].strip() == "1"


def test_stale_and_doubled_index_entries_are_repaired(home):
    vankien = Vankien(home)
    from archive.store import Archive
    from indexer.index import INDEX_NAME, document_fields

    from whoosh import index as whoosh_index
    with Archive(home) as archive:
        doc = archive.get(1)
        ix = whoosh_index.open_dir(str(home / "index"), indexname=INDEX_NAME)
        writer = ix.writer()
        writer.add_document(**document_fields(doc, ""))                    # doubled
        ghost = archive.get(2)
        ghost.id = 999
        writer.add_document(**document_fields(ghost, ""))                  # stale: no such document
        writer.commit()
    code, out, _ = vankien("check", "--json")
    found = {f["kind"]: f["ids"] for f in json.loads(out)["findings"]}
    assert code == 4 and found == {"stale": [999], "doubled": [1]}
    assert vankien("check", "--repair")[0] == 0
    assert vankien("check")[0] == 0
    assert _count(vankien, "tuyên giáo")[:2] == (0, "1")


def test_a_kept_searcher_sees_a_swapped_index(home):
    """A long-lived process: the index is rebuilt under it (the new folder's TOC has the
    same generation number); it must not go on answering from the old one."""
    from archive.store import Archive
    from indexer.index import reindex
    from indexer.search import search

    with Archive(home) as archive:
        assert search(archive, "Đảng bộ").total == 2
        archive.db.execute("DELETE FROM documents WHERE id = (SELECT MIN(id) FROM documents WHERE text LIKE '%Đảng bộ%')")
        reindex(archive)
        assert search(archive, "Đảng bộ").total == 1
        # and segment files deleted under a kept searcher: one clear error, not a crash
        for seg in (home / "index").glob("*.seg"):
            seg.unlink()
        from indexer.index import IndexUnavailable
        with pytest.raises(IndexUnavailable, match="check --repair"):
            search(archive, "chuyển đổi số")
