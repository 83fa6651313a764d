"""Character-level steps: line ends, quotes, dashes, spaces, invisible characters.

Choices (documented here because search and comparison depend on them):

- ``\\r\\n`` and ``\\r`` become ``\\n``; a form feed (page break from the PDF
  reader) stays until the layout step, which reads it as a page break.
- Curly and typographic quotes become ``"`` and ``'``.
- Hyphen-like dashes (U+2010–U+2015, U+2212, U+FE58, U+FE63, U+FF0D) become
  ``-``. An en or em dash *between two words without spaces* ("peace—and")
  becomes ``" - "`` so that it is not read as the hyphen of a compound; with
  spaces around it ("Geneva – 3 May") it is simply ``-``.
- Non-breaking and other Unicode spaces become a plain space; zero-width
  characters and byte-order marks are removed.
- A soft hyphen (U+00AD, what the PDF reader makes of pdfium's marker for a
  hyphen at a line end; U+FFFE, the marker itself, becomes one) between two
  letters or at a line end stays for the hyphen step, which decides, like for
  "-" at a line end, whether the word is one word ("recom\u00admendations")
  or a compound ("water\u00aduse"); anywhere else it is removed.
"""

from __future__ import annotations

import re

from communique.models import Text
from communique.normalise.offsets import rewrite, substitute

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\f]")
_DOUBLE_QUOTES = re.compile(r"[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2036\uff02]")
_SINGLE_QUOTES = re.compile(r"[\u2018\u2019\u201a\u201b\u2032\u2035\u0060\u00b4]")
# the dash first (then "a word character before it"): the engine skips straight to dashes
_WORD_DASH = re.compile(r"[\u2013\u2014\u2015](?<=\w.)(?=\w)")
_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]")
_INVISIBLE = re.compile(
    r"[\u200b-\u200d\u2060\ufeff]"
    r"|\u00ad(?![ \t]*\n)(?:(?<![^\W\d_]\u00ad)|(?![^\W\d_]))"
)
_HYPHEN_MARK = re.compile(r"\ufffe")


def newlines(text: Text) -> Text:
    """CR LF, lone CR and other line separators → ``\\n``."""
    return substitute(text, _NEWLINES, "\n")


def quotes(text: Text) -> Text:
    """Curly and typographic quotes → straight ones."""
    return substitute(substitute(text, _DOUBLE_QUOTES, '"'), _SINGLE_QUOTES, "'")


def dashes(text: Text) -> Text:
    """Dashes → ``-``; an en/em dash glued between two words → ``" - "``."""
    return substitute(substitute(text, _WORD_DASH, " - "), _DASHES, "-")


def spaces(text: Text) -> Text:
    """Non-breaking, typographic and tab spaces → a plain space."""
    return substitute(text, _SPACES, " ")


def invisible(text: Text) -> Text:
    """Zero-width characters and BOMs removed; soft hyphens kept only inside a word
    or at a line end (the hyphen step decides), U+FFFE read as a soft hyphen."""
    text = substitute(text, _HYPHEN_MARK, "\u00ad")
    return rewrite(text, ((m.start(), m.end(), "") for m in _INVISIBLE.finditer(text.text)))


STEPS = (newlines, invisible, quotes, dashes, spaces)
