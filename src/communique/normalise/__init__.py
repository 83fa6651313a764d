"""Cleaning: Source → Text, one small named step at a time.

Each step is a plain function over ``Text`` (some also read the source, to
remember removed furniture as it stood there); ``offsets.rewrite`` keeps the
offset map exact through every step, so any span of the cleaned text maps
back to the source characters it came from.

    characters  line ends, quotes, dashes, spaces, invisible characters
    furniture   web furniture, page numbers, running headers
    pdf         split ordinals, spaces in lines
    footnotes   the footnote block of printed resolutions, and its markers
    pdf         words hyphenated at a line end
    layout      lines → paragraphs ("\\n\\n" between them)
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from communique.models import Source, Text
from communique.normalise import characters, footnotes, furniture, layout, pdf_artifacts
from communique.normalise.offsets import begin

Step = Callable[[Text], Text]


def steps(source_text: str) -> tuple[tuple[str, Step], ...]:
    """The cleaning steps in order, by name (those that record furniture see the source)."""
    return (
        ("newlines", characters.newlines),
        ("invisible", characters.invisible),
        ("quotes", characters.quotes),
        ("dashes", characters.dashes),
        ("spaces", characters.spaces),
        ("web_furniture", partial(furniture.web_furniture, source=source_text)),
        ("page_numbers", partial(furniture.page_numbers, source=source_text)),
        ("running_headers", partial(furniture.running_headers, source=source_text)),
        ("split_ordinals", pdf_artifacts.split_ordinals),
        ("line_spaces", pdf_artifacts.line_spaces),
        ("footnotes", partial(footnotes.footnotes, source=source_text)),
        ("line_end_hyphens", pdf_artifacts.line_end_hyphens),
        ("reflow", layout.reflow),
    )


def clean_text(source_text: str) -> Text:
    """Clean a bare string (what ``clean`` does to ``Source.text``)."""
    text = begin(source_text)
    for _, step in steps(source_text):
        text = step(text)
    return text


def clean(source: Source) -> Text:
    """The cleaned text of a source, with its offset map, furniture and problems.

    Furniture the reader already removed (``Source.furniture``) comes first,
    then what cleaning removed, in source order."""
    text = clean_text(source.text)
    found = tuple(sorted(text.furniture, key=lambda f: (f.src_start, f.src_end)))
    return Text(text.text, text.offsets, source.furniture + found, source.problems + text.problems)


__all__ = ["clean", "clean_text"]
