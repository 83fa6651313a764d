"""The document's language: ``en`` or ``fr`` by a count of stopwords.

Symbol, title, dates and the rest of the title block are read by
``communique.extract.titleblock``.
"""

from __future__ import annotations

import re

from communique.normalise.wordlists import words


def language(text: str) -> str:
    """``fr`` when French stopwords outnumber English ones, else ``en``."""
    tokens = re.findall(r"[^\W\d_]+", text[:5000].lower())
    en = words("stopwords_en.txt")
    fr = words("stopwords_fr.txt")
    n_en = sum(1 for t in tokens if t in en)
    n_fr = sum(1 for t in tokens if t in fr)
    return "fr" if n_fr > n_en else "en"
