"""``wordlists.words`` reads a one-word-per-line file without ``rows``: it must give
what the plain definition (the first field of each row, lower-cased) gives."""

from __future__ import annotations

from communique.normalise.wordlists import DATA, rows, words


def test_words_is_the_first_field_of_each_row() -> None:
    names = [p.name for p in sorted(DATA.iterdir()) if p.suffix in (".txt", ".tsv")]
    assert names
    for name in names:
        assert words(name) == frozenset(r[0].lower() for r in rows(name)), name
