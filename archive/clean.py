"""Remove web-portal chrome (share bars, ratings, visitor counters) from article text.

The rules live in data/boilerplate.json; each must match a whole line, so a
sentence of the body can never be cut. Blank-line runs are collapsed so the
stored text keeps its paragraphs but not the holes the chrome left.
"""
from __future__ import annotations

import re
from functools import lru_cache

from archive.resources import load_json


@lru_cache(maxsize=1)
def _chrome_pattern() -> re.Pattern:
    rules = load_json("boilerplate.json")["lines"]
    alternatives = "|".join(f"(?:{r['pattern']})" for r in rules)
    return re.compile(rf"^\s*(?:{alternatives})\s*$", re.IGNORECASE)


def is_chrome(line: str) -> bool:
    return bool(line.strip()) and _chrome_pattern().match(line) is not None


@lru_cache(maxsize=1)
def _tail_pattern() -> re.Pattern:
    rules = load_json("boilerplate.json").get("tail_blocks", {}).get("patterns", [])
    return re.compile(rf"^\s*(?:{'|'.join(f'(?:{r})' for r in rules)})\s*$", re.IGNORECASE)


def _cut_tail_block(lines: list[str]) -> list[str]:
    """Drop a trailing "Tin cùng chuyên mục:" block (its headlines read like sentences)."""
    start = len(lines) - len(lines) // 3
    for i in range(start, len(lines)):
        if _tail_pattern().match(lines[i]):
            return lines[:i]
    return lines


def clean_text(text: str) -> str:
    lines = _cut_tail_block(text.split("\n"))
    lines = [line.rstrip() for line in lines if not is_chrome(line)]
    out, blank = [], False
    for line in lines:
        if not line.strip():
            blank = bool(out)
            continue
        if blank:
            out.append("")
        out.append(line)
        blank = False
    return "\n".join(out)
