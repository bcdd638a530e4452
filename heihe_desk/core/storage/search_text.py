"""Search text normalisation and FTS5 query building that work for Chinese, Russian and Latin.

SQLite 3.40's trigram tokenizer cannot match queries under 3 characters and unicode61 treats a whole
CJK run as one token, so ``茶`` would never find ``绿茶``. We keep two indexes of the same text:
a trigram one for substrings of 3+ characters, and a unicode61 one in which every CJK character is
its own token, so 1–2 character queries become phrase (Chinese) or prefix (other scripts) matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_SPACES = re.compile(r"\s+")


def normalise(parts: Iterable[str | None]) -> str:
    """Case-folded text with ё→е and full-width forms folded, so what people type matches what is stored."""
    joined = " ".join(p for p in parts if p)
    folded = joined.casefold().replace("ё", "е")
    folded = folded.translate(_FULLWIDTH)
    return _SPACES.sub(" ", folded).strip()


def spaced_cjk(text: str) -> str:
    """Every CJK character as its own token for the unicode61 index."""
    if not _CJK_RUN.search(text):
        return text
    return _SPACES.sub(" ", _CJK_RUN.sub(lambda run: " " + " ".join(run.group()) + " ", text)).strip()


def fts_queries(query: str) -> tuple[str | None, str | None]:
    """FTS5 MATCH expressions (trigram, unigram) for a user's query; None where a table is not needed.

    Every whitespace-separated term must match (AND). Terms of 3+ characters go to the trigram index
    as a quoted substring; shorter ones to the unigram index as a phrase with a prefix on its last token.
    """
    tri_terms: list[str] = []
    uni_terms: list[str] = []
    for term in normalise([query]).split(" "):
        if not term:
            continue
        if len(term) >= 3:
            tri_terms.append(_quote(term))
        else:
            tokens = " ".join(_TOKEN.findall(spaced_cjk(term)))
            if tokens:
                uni_terms.append(_quote(tokens) + " *")
    tri = " AND ".join(tri_terms) or None
    uni = " AND ".join(uni_terms) or None
    return tri, uni


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


# unicode61 splits on punctuation: keep only the token characters of a short term.
_TOKEN = re.compile(r"\w+")
_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
