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

# each pattern with the characters it can start at: a step whose text holds none of them
# returns the text unchanged at once (``in`` is a fast search, a regex scan is not)
_NEWLINE_CHARS = "\r\u2028\u2029\x85\x0b\f"
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\f]")
_SEPARATOR_CHARS = "\u2028\u2029\x85\x0b\f"  # what _NEWLINES matches in a text without "\r"
_DOUBLE_QUOTE_CHARS = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2036\uff02"
_DOUBLE_QUOTES = re.compile(f"[{_DOUBLE_QUOTE_CHARS}]")
_SINGLE_QUOTE_CHARS = "\u2018\u2019\u201a\u201b\u2032\u2035\u0060\u00b4"
_SINGLE_QUOTES = re.compile(f"[{_SINGLE_QUOTE_CHARS}]")
# the dash first (then "a word character before it"): the engine skips straight to dashes
_WORD_DASH_CHARS = "\u2013\u2014\u2015"
_WORD_DASH = re.compile(r"[\u2013\u2014\u2015](?<=\w.)(?=\w)")
_DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DASHES = re.compile(f"[{_DASH_CHARS}]")
_SPACE_CHARS = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000\t"
_SPACES = re.compile(f"[{_SPACE_CHARS}]")
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(
    r"[\u200b-\u200d\u2060\ufeff]"
    r"|\u00ad(?![ \t]*\n)(?:(?<![^\W\d_]\u00ad)|(?![^\W\d_]))"
)
_HYPHEN_MARK = re.compile(r"\ufffe")


def _has_any(s: str, chars: str) -> bool:
    return any(c in s for c in chars)


def _substitute(text: Text, chars: str, pattern: re.Pattern[str], replacement: str) -> Text:
    """``substitute``, skipped when none of ``chars`` (where ``pattern`` starts) is in the text."""
    return substitute(text, pattern, replacement) if _has_any(text.text, chars) else text


def _replace_chars(text: Text, chars: str, pattern: re.Pattern[str], replacement: str) -> Text:
    """``_substitute`` where ``pattern`` matches one of ``chars`` at a time and
    ``replacement`` is one character: done by ``str.replace`` (a regex scan of a
    text costs tens of times more). Where every segment of the offset map is 1:1,
    a one-for-one replacement leaves the map as it is, as ``rewrite`` would;
    elsewhere ``rewrite`` composes the map."""
    s = text.text
    if not _has_any(s, chars):
        return text
    if not all(g.end - g.start == g.src_end - g.src_start for g in text.offsets.segments):
        return substitute(text, pattern, replacement)
    for c in chars:
        s = s.replace(c, replacement)
    return Text(s, text.offsets, text.furniture, text.problems)


def newlines(text: Text) -> Text:
    """CR LF, lone CR and other line separators → ``\\n``."""
    if "\r" in text.text:
        return substitute(text, _NEWLINES, "\n")
    return _replace_chars(text, _SEPARATOR_CHARS, _NEWLINES, "\n")


def quotes(text: Text) -> Text:
    """Curly and typographic quotes → straight ones."""
    text = _replace_chars(text, _DOUBLE_QUOTE_CHARS, _DOUBLE_QUOTES, '"')
    return _replace_chars(text, _SINGLE_QUOTE_CHARS, _SINGLE_QUOTES, "'")


def dashes(text: Text) -> Text:
    """Dashes → ``-``; an en/em dash glued between two words → ``" - "``."""
    text = _substitute(text, _WORD_DASH_CHARS, _WORD_DASH, " - ")
    return _replace_chars(text, _DASH_CHARS, _DASHES, "-")


def spaces(text: Text) -> Text:
    """Non-breaking, typographic and tab spaces → a plain space."""
    return _replace_chars(text, _SPACE_CHARS, _SPACES, " ")


def invisible(text: Text) -> Text:
    """Zero-width characters and BOMs removed; soft hyphens kept only inside a word
    or at a line end (the hyphen step decides), U+FFFE read as a soft hyphen."""
    text = _substitute(text, "\ufffe", _HYPHEN_MARK, "\u00ad")
    if not _has_any(text.text, _INVISIBLE_CHARS):
        return text
    return rewrite(text, ((m.start(), m.end(), "") for m in _INVISIBLE.finditer(text.text)))


STEPS = (newlines, invisible, quotes, dashes, spaces)
