#!/usr/bin/env python3
"""Issue [5/10]: which PDF text extractor — pypdfium2, pdfminer.six or pypdf — on Vietnamese PDFs.

    .venv/bin/pip install '.[bench]' && .venv/bin/python bench/bench_pdf.py [--law FILE] [--runs N]

The PDFs are made here: the Party resolution and the state decree of
tests/office_files.py drawn by fpdf2 (header drawn row by row); a whole law
from ../shared/corpus/legal-127.tar.gz, one paragraph a line (fpdf2, 25
pages); when LibreOffice is installed, the same documents written as .docx and
printed to PDF by LibreOffice (what an office makes); and a text layer in a
TCVN3 font (legacy mojibake). For each extractor and PDF: median CPU seconds
of N runs (all run in this process; CPU time, since the machine is shared), pages/s, syllable recall and precision against the source text
(after NFC), whether its raw output was NFC, whether the header's five lines
come out one after the other in reading order, and output lines per source
paragraph (1.0: wrapped lines joined again).
"""
from __future__ import annotations

import argparse
import gc
import io
import re
import statistics
import sys
import tarfile
import time
import unicodedata
from collections import Counter
from pathlib import Path

from _common import ROOT, load, machine, source_fingerprint, table, today, write_results

sys.path.insert(0, str(ROOT / "tests"))
import office_files as of  # noqa: E402  (the test generators)

LEGAL_TAR = ROOT.parent / "shared" / "corpus" / "legal-127.tar.gz"
DEFAULT_LAW = "legal/vlc_luat-de-dieu.txt"
PARTY_HEAD = ["TỈNH ỦY LAI CHÂU", "*", "Số 15-NQ/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Lai Châu, ngày 3 tháng 2 năm 2022"]
DECREE_HEAD = ["CHÍNH PHỦ", "Số: 27/2023/NĐ-CP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
               "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 15 tháng 5 năm 2023"]


def extract_pdfium_layout(data: bytes) -> str:
    from archive.pdf import read_pdf

    return read_pdf(data).text


def extract_pdfium_plain(data: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def extract_pdfminer(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data))


def extract_pypdf(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


EXTRACTORS = {"pypdfium2 + vankien order": extract_pdfium_layout, "pypdfium2 (plain)": extract_pdfium_plain,
              "pdfminer.six": extract_pdfminer, "pypdf": extract_pypdf}


def documents(law_member: str) -> list[tuple[str, bytes, str, list[str] | None]]:
    """(name, PDF bytes, source text, header lines expected first or None)."""
    party_src = "\n".join(of.PARTY_LINES)
    decree_src = "\n".join(of.DECREE_LINES)
    docs = [("party, fpdf2", of.party_resolution_pdf(), party_src, PARTY_HEAD),
            ("decree, fpdf2", of.state_decree_pdf(), decree_src, DECREE_HEAD)]
    if of.soffice():
        docs += [("party, LibreOffice", of.convert_with_libreoffice(of.party_resolution_docx(), ".docx", "pdf"),
                  party_src, PARTY_HEAD),
                 ("decree, LibreOffice", of.convert_with_libreoffice(of.state_decree_docx(), ".docx", "pdf"),
                  decree_src, DECREE_HEAD)]
    if LEGAL_TAR.exists():
        with tarfile.open(LEGAL_TAR) as tf:
            law = tf.extractfile(law_member).read().decode("utf-8")
        paragraphs = [" ".join(line.split()) for line in law.splitlines() if line.strip()]
        stem = Path(law_member).stem
        docs.append((f"law ({stem}), fpdf2", of.text_pdf(paragraphs), "\n".join(paragraphs), None))
        if of.soffice():
            docx = of.make_docx([("p", p) for p in paragraphs])
            docs.append((f"law ({stem}), LibreOffice", of.convert_with_libreoffice(docx, ".docx", "pdf"),
                         "\n".join(paragraphs), None))
    from archive.legacy import encode_tcvn3

    legacy = ["Cộng hoà xã hội chủ nghĩa Việt Nam", "Nghị quyết về phát triển du lịch cộng đồng",
              "Ban Thường vụ Tỉnh ủy thống nhất ban hành nghị quyết chuyên đề về du lịch."]
    docs.append(("TCVN3 font, fpdf2", of.text_pdf([encode_tcvn3(x).decode("latin-1") for x in legacy], wrap=False),
                 "\n".join(legacy), None))
    return docs


def syllables(text: str) -> Counter:
    return Counter(re.findall(r"\w+", unicodedata.normalize("NFC", text)))


def measure(extract, data: bytes, source: str, head: list[str] | None, runs: int) -> dict:
    from archive.extract import finish, Extracted

    times, raw = [], ""
    for _ in range(runs):
        gc.collect()
        gc.disable()                 # a collection of the bench's own heap is not the extractor's time
        started = time.process_time()        # CPU seconds: the machine is shared, wall time is noise
        raw = extract(data)
        times.append(time.process_time() - started)
        gc.enable()
    text = finish(Extracted(raw, "")).text          # the pipeline's legacy repair + NFC, for all alike
    want, have = syllables(source), syllables(text)
    common = sum(min(n, have[s]) for s, n in want.items())
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    paragraphs = [line for line in source.split("\n") if line.strip()]
    return {"seconds": statistics.median(times), "recall": common / sum(want.values()),
            "precision": common / max(sum(have.values()), 1), "raw_nfc": unicodedata.is_normalized("NFC", raw),
            "header_in_order": None if head is None else _contains_run(lines, head),
            "lines_per_paragraph": len(lines) / len(paragraphs)}


def _contains_run(lines: list[str], run: list[str]) -> bool:
    """The header's lines, one after the other, somewhere (a PDF page header may come first)."""
    return any(lines[i:i + len(run)] == run for i in range(len(lines) - len(run) + 1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--law", default=DEFAULT_LAW, help="member of legal-127.tar.gz to print as a long PDF")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    import pypdfium2 as pdfium

    load_before = load()
    rows, results = [], []
    for name, data, source, head in documents(args.law):
        pages = len(pdfium.PdfDocument(data))
        for lib, extract in EXTRACTORS.items():
            m = measure(extract, data, source, head, args.runs)
            results.append({"pdf": name, "pages": pages, "extractor": lib, **m})
            rows.append((name, pages, lib, f"{m['seconds'] * 1000:.1f}", f"{pages / m['seconds']:.0f}",
                         f"{m['recall']:.3f}", f"{m['precision']:.3f}", "yes" if m["raw_nfc"] else "no",
                         "-" if m["header_in_order"] is None else ("yes" if m["header_in_order"] else "no"),
                         f"{m['lines_per_paragraph']:.2f}"))
            print(rows[-1], flush=True)
    print(table(rows, ("pdf", "pages", "extractor", "ms", "pages/s", "recall", "precision", "raw NFC",
                       "header in order", "lines/para")))
    path = write_results("pdf", {"date": today(), "machine": machine(), "load_before": load_before,
                                 "load_after": load(), "source": source_fingerprint(), "runs": args.runs,
                                 "results": results})
    print(f"\nwritten to {path}")


if __name__ == "__main__":
    main()
