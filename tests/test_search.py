"""`vankien search` on the bundled samples and the seeds: Vietnamese matching rules,
query language, output and exit codes, and an index that can always be rebuilt."""
from __future__ import annotations

import json
import shutil
import unicodedata

import pytest

from conftest import SEED_000, SEED_002, SEEDS, Vankien, run_subprocess


@pytest.fixture(scope="module")
def home(sample_archive):
    return sample_archive.home                    # what was imported is checked by the fixture


@pytest.fixture
def vk(home):
    return Vankien(home)


def ids(vk, query, *options) -> set[int]:
    code, out, err = vk("search", query, "--json", "--limit", "100", *options)
    assert code in (0, 1), err
    return {json.loads(line)["id"] for line in out.splitlines()}


def paths(vk, query, *options) -> set[str]:
    code, out, err = vk("search", query, "--json", "--limit", "100", *options)
    assert code in (0, 1), err
    return {json.loads(line)["path"].rsplit("/", 1)[-1] for line in out.splitlines()}


def test_spelling_variants_find_the_same_documents(vk):
    for words in ["Nghị quyết", "hoà bình", "Ủy ban", "khoẻ", "thuỷ lợi", "Đảng bộ tỉnh"]:
        found = ids(vk, words)
        assert found, words
        nfd = unicodedata.normalize("NFD", words)
        old = words.replace("hoà", "hòa").replace("Ủy", "Uỷ").replace("khoẻ", "khỏe").replace("thuỷ", "thủy")
        assert ids(vk, nfd) == found == ids(vk, old) == ids(vk, words.upper()), words
    assert ids(vk, "nghi quyet") == ids(vk, "Nghị quyết") == ids(vk, "NGHỊ QUYẾT")


def test_folded_query_finds_diacritics(vk):
    dang_bo = ids(vk, "dang bo")
    assert dang_bo and dang_bo >= ids(vk, "Đảng bộ")
    assert ids(vk, "hoa binh") >= ids(vk, "hoà bình") | ids(vk, "hòa bình")


def test_short_words_are_searchable(vk):
    for word in ["ở", "ý", "an ninh"]:
        assert ids(vk, word), word


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds not present")
def test_slogan_and_document_number_find_the_seeds(vk):
    for query in ["Tiên phong - Trọng tâm - Thuyết phục", "tien phong - trong tam - thuyet phuc",
                  "“Tiên phong - Trọng tâm - Thuyết phục”", '"tien phong trong tam thuyet phuc"']:
        assert {SEED_000.name, SEED_002.name} <= paths(vk, query), query
    for number in ["01-KL/TW", "01 - KL/TW", "01-kl/tw", "1-KL/TW"]:
        assert SEED_000.name in paths(vk, number), number
    assert SEED_002.name not in paths(vk, "01-KL/TW")


def test_document_numbers_are_one_term_and_not_dates(vk):
    decree = paths(vk, "15/2020/NĐ-CP")
    assert decree == paths(vk, "15/2020/ND-CP") and len(decree) >= 2      # both spellings are in the samples
    assert paths(vk, "29-NQ/TW") >= {"2013-12-26-nghe-an-quan-triet-nghi-quyet-29-giao-duc.txt",
                                     "2023-03-02-nghe-an-quan-triet-nghi-quyet-29-cong-nghiep-hoa.txt"}
    # "15/2020" alone is not the decree
    code, out, _ = vk("search", '"15 2020"', "--json")
    assert not any("15/2020/N" in json.loads(x)["snippet"] for x in out.splitlines())


def test_phrase_is_exact_and_pairs_rank(vk):
    phrase = paths(vk, '"Ban Thường vụ Tỉnh ủy"')
    words = paths(vk, "Ban Thường vụ Tỉnh ủy")
    assert phrase and phrase <= words
    assert not paths(vk, '"Tỉnh ủy Thường vụ Ban"')


def test_operators_fields_and_prefix(vk):
    both = ids(vk, "Điện Biên AND Tuyên giáo")
    assert both and both <= ids(vk, "Điện Biên") & ids(vk, "Tuyên giáo")
    assert ids(vk, "Điện Biên OR Nghệ An") >= ids(vk, "Điện Biên") | ids(vk, "Nghệ An")
    assert not (ids(vk, 'Tuyên giáo NOT "Điện Biên"') & ids(vk, '"Điện Biên"'))
    assert ids(vk, "Tuyên giáo -Điện") == ids(vk, "Tuyên giáo NOT Điện")
    assert ids(vk, "tuyên*") >= ids(vk, "tuyên")
    in_2021 = ids(vk, "year:2021")
    assert in_2021 and ids(vk, "Điện Biên year:2021") <= in_2021
    assert ids(vk, "source:dienbien.gov.vn")
    assert ids(vk, "so:01-KL/TW") == ids(vk, "01-KL/TW")
    assert ids(vk, "title:Nghệ") <= ids(vk, "Nghệ")


def test_long_question_gets_ranked_answers(vk):
    code, out, err = vk("search", "Tỉnh ủy đã làm gì để nâng cao chất lượng đội ngũ báo cáo viên ở vùng cao?",
                        "--json")
    assert code == 0, err
    hits = [json.loads(x) for x in out.splitlines()]
    assert hits and "báo cáo viên" in hits[0]["title"].lower() + hits[0]["snippet"].lower()


def test_json_output_and_highlighted_snippet(vk):
    code, out, _ = vk("search", "Nghị quyết", "--json", "--limit", "3")
    hits = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and len(hits) == 3
    for hit in hits:
        assert {"id", "external_id", "title", "date", "source", "path", "score", "snippet"} <= hit.keys()
        marked = [hit["snippet"][s:e].lower() for s, e in hit["marks"]]
        assert set(marked) <= {"nghị", "quyết"} and marked
    code, out, _ = vk("search", "nghi quyet", "--json", "--limit", "1")
    hit = json.loads(out)
    assert {hit["snippet"][s:e].lower() for s, e in hit["marks"]} <= {"nghị", "quyết", "nghi", "quyet"}


def test_paging_sorting_and_count(vk):
    total = int(vk("search", "Đảng", "--count")[1])
    assert total > 10
    first = [json.loads(x)["id"] for x in vk("search", "Đảng", "--json", "--limit", "5")[1].splitlines()]
    second = [json.loads(x)["id"] for x in vk("search", "Đảng", "--json", "--limit", "5", "--offset", "5")[1].splitlines()]
    assert len(first) == len(second) == 5 and not set(first) & set(second)
    dates = [json.loads(x)["date"] for x in vk("search", "Đảng", "--json", "--sort", "-date", "--limit", "50")[1].splitlines()]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)


@pytest.mark.parametrize("query", ["Ban Thường vụ Tỉnh ủy", "tuyen giao tinh uy", "nghị quyết 29-NQ/TW", "Đảng bộ"])
def test_top_hits_and_total_do_not_depend_on_the_limit(vk, query):
    """Ranked with boosts (pairs, words): a short page is the head of a long one, and the
    total counts every match (Whoosh's quality skipping got both wrong for AndMaybe)."""
    def run(*options):
        return [(h["id"], h["score"]) for h in map(json.loads, vk("search", query, "--json", *options)[1].splitlines())]
    everything = run("--limit", "1000")
    assert everything and run("--limit", "3") == everything[:3]
    assert run("--limit", "3", "--offset", "2") == everything[2:5]
    assert int(vk("search", query, "--count")[1]) == len(everything)


def test_near_duplicates_are_marked_and_can_be_hidden(vk):
    hits = [json.loads(x) for x in vk("search", "01-KL/TW", "--json", "--limit", "50")[1].splitlines()]
    reposts = [h for h in hits if h["duplicate_of"]]
    assert reposts and any(h["path"].endswith("reposted.txt") for h in reposts)
    hidden = ids(vk, "01-KL/TW", "--no-duplicates")
    assert hidden == {h["id"] for h in hits if not h["duplicate_of"]}


def test_exit_codes_and_errors(home):
    assert run_subprocess(["search", "Tuyên giáo"], home).returncode == 0
    nothing = run_subprocess(["search", "xyzzyquux"], home)
    assert nothing.returncode == 1 and nothing.stderr == b""
    for bad in ["(Tuyên giáo", "foo:bar", "year:abc", "so:không-phải-số"]:
        result = run_subprocess(["search", bad], home)
        assert result.returncode == 2, bad
        err = result.stderr.decode().strip()
        assert err.startswith("Error:") and "\n" not in err and "Traceback" not in err


def test_color_respects_no_color(home):
    import os

    plain = run_subprocess(["search", "Tuyên giáo", "--limit", "2"], home)
    assert b"\x1b[" not in plain.stdout
    forced = run_subprocess(["--color", "always", "search", "Tuyên giáo", "--limit", "2"], home)
    assert b"\x1b[" in forced.stdout
    env = {**os.environ, "NO_COLOR": "1"}
    never = run_subprocess(["--color", "always", "search", "Tuyên giáo"], home, env=env)
    assert b"\x1b[3" not in never.stdout           # NO_COLOR: no colors, whatever else is forced


def test_show_highlight(vk):
    doc_id = sorted(ids(vk, "Tiên phong"))[0]
    shown = vk.json("show", str(doc_id), "--json", "--highlight", "tien phong")
    assert shown["marks"]
    assert {shown["text"][s:e].lower() for s, e in shown["marks"]} == {"tiên", "phong"}


def test_losing_the_index_loses_nothing(home, tmp_path):
    copy = tmp_path / "home"
    shutil.copytree(home, copy)
    vk = Vankien(copy)
    before = ids(vk, "Tuyên giáo")
    shutil.rmtree(copy / "index")
    code, _, err = vk("search", "Tuyên giáo")
    assert code == 2 and "reindex" in err
    assert vk("reindex", "--quiet")[0] == 0
    assert ids(vk, "Tuyên giáo") == before
    # a damaged index: one line telling the way back, then reindex repairs it
    for toc in (copy / "index").glob("*.toc"):
        toc.write_bytes(b"garbage")
    damaged = run_subprocess(["search", "Tuyên giáo"], copy)       # a new process, as a user would run it
    err = damaged.stderr.decode()
    assert damaged.returncode == 2 and "reindex" in err and "\n" not in err.strip()
    assert vk("reindex", "--quiet")[0] == 0
    assert ids(vk, "Tuyên giáo") == before


def test_remove_drops_from_search(home, tmp_path):
    copy = tmp_path / "home"
    shutil.copytree(home, copy)
    vk = Vankien(copy)
    target = sorted(ids(vk, "Tuyên giáo"))[0]
    assert vk("remove", str(target))[0] == 0
    assert target not in ids(vk, "Tuyên giáo")
