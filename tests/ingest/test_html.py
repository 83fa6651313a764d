"""Web pages: main text only; furniture dropped and remembered."""

from __future__ import annotations

import pytest

from communique.ingest import read_bytes
from communique.models import Source

from .samples import PRESS_RELEASE_HTML


@pytest.fixture
def page() -> Source:
    return read_bytes(PRESS_RELEASE_HTML.encode("utf-8"), "https://example.org/press/1")


def test_main_article_only(page: Source) -> None:
    assert page.media_type == "text/html"
    assert page.encoding == "utf-8"
    assert page.text.split("\n\n") == [
        "Security Council Press Statement on Attack in Mogadishu",
        "22 June 2020",
        "The members of the Security Council condemned in the strongest terms "
        "the attack in Mogadishu on 20 June.",
        "1. Calls upon all parties to respect the ceasefire;",
        "2. Decides to remain actively seized of the matter.",
        "Contact:\nUN Press Office",
        "New York",
    ]


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("header", "United Nations\nHome\nPress"),
        ("widget", "Close Search Window"),
        ("navigation", "Home > Press Releases"),
        ("social", "Share on Facebook\nShare on Twitter"),
        ("sidebar", "Related\nEarlier statement on Somalia"),
        ("footer", "Copyright United Nations"),
    ],
)
def test_furniture_is_remembered(page: Source, kind: str, text: str) -> None:
    assert (kind, text) in [(f.kind, f.text) for f in page.furniture]
    assert text.splitlines()[0] not in page.text


def test_embedded_tweet_is_social_furniture(page: Source) -> None:
    (tweet,) = [f for f in page.furniture if "pic.twitter.com" in f.text]
    assert tweet.kind == "social"
    assert "(@UN_Spokesperson)" in tweet.text
    assert "pic.twitter.com" not in page.text
    assert "Somalia." not in page.text


def test_scripts_and_styles_leave_no_trace(page: Source) -> None:
    everything = page.text + "".join(f.text for f in page.furniture)
    assert "dataLayer" not in everything
    assert "track()" not in everything
    assert "margin" not in everything


def _body(html: str) -> str:
    return read_bytes(f"<!doctype html><html><body>{html}</body></html>".encode(), "p.html").text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>one</p><p>two</p>", "one\n\ntwo"),
        ("<div>a <b>bold</b>\n   word</div>", "a bold word"),
        ("<p>line<br>next</p>", "line\nnext"),
        ("<p>para<br><br>para</p>", "para\n\npara"),
        ("<table><tr><td>A</td><td>B</td></tr><tr><td>C</td></tr></table>", "A B\n\nC"),
        ("<ol start='4'><li>fourth</li><li>fifth</li></ol>", "4. fourth\n\n5. fifth"),
        ("<ol type='a'><li>x</li></ol>", "a. x"),
        ("<ol start='²'><li>x</li></ol>", "1. x"),
        (
            "<ol><li>one</li><li value='7'>seven</li><li>eight</li></ol>",
            "1. one\n\n7. seven\n\n8. eight",
        ),
        ("<ol><li>1. printed label</li></ol>", "1. printed label"),
        ("<ul><li>(a) item</li></ul>", "(a) item"),
        ("<p>Share of women in parliament rose.</p>", "Share of women in parliament rose."),
        ("<p>Share on Facebook</p><p>Text.</p>", "Text."),
        (
            "<div class='research-paper'>kept: research is not search</div>",
            "kept: research is not search",
        ),
        (
            "<div class='content has-sidebar'><p>" + "long text " * 40 + "</p></div>",
            ("long text " * 40).strip(),
        ),
    ],
    ids=[
        "paragraphs",
        "inline",
        "br",
        "br-br",
        "table",
        "ol-start",
        "ol-type",
        "ol-bad-start",
        "li-value",
        "printed",
        "ul",
        "share-of",
        "share-on",
        "research",
        "wrapper",
    ],
)
def test_layout_table(html: str, text: str) -> None:
    assert _body(html) == text


def test_article_header_stays_page_header_goes() -> None:
    text = _body(
        "<header>Site name</header><article><header><h1>Communiqué title</h1></header>"
        "<p>Body of the communiqué text.</p></article>"
    )
    assert text == "Communiqué title\n\nBody of the communiqué text."


def test_section_label_in_article_header_is_furniture() -> None:
    source = read_bytes(
        b"<article><header><p class='category'>Press Releases|</p><h1>Joint Communique</h1>"
        b"</header><p>Text.</p></article>",
        "p.html",
    )
    assert source.text == "Joint Communique\n\nText."
    assert [(f.kind, f.text) for f in source.furniture] == [("label", "Press Releases|")]


def test_text_outside_main_is_furniture() -> None:
    source = read_bytes(
        b"<html><body><div>Cookie-less banner text</div><main><p>Body.</p></main></body></html>",
        "p.html",
    )
    assert source.text == "Body."
    assert ("outside_main", "Cookie-less banner text") in [
        (f.kind, f.text) for f in source.furniture
    ]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ('<meta charset="windows-1252"><p>Côte d’Ivoire</p>'.encode("cp1252"), "cp1252"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            "<p>Côte d’Ivoire</p>".encode("cp1252"),
            "cp1252",
        ),
        ("<p>Côte d’Ivoire</p>".encode(), "utf-8"),
        ("<p>Côte d’Ivoire</p>".encode("utf-16"), "utf-16"),  # with a BOM
    ],
    ids=["meta-charset", "meta-http-equiv", "utf8", "utf16-bom"],
)
def test_html_charsets(data: bytes, encoding: str) -> None:
    source = read_bytes(data, "page.html")
    assert source.text == "Côte d’Ivoire"
    assert source.encoding == encoding
    assert source.problems == ()


def test_undeclared_cp1252_page_is_a_recorded_guess() -> None:
    source = read_bytes("<p>Côte d’Ivoire</p>".encode("cp1252"), "page.html")
    assert source.text == "Côte d’Ivoire"
    assert [p.code for p in source.problems] == ["encoding_guessed"]


def test_page_without_main_text_is_empty() -> None:
    from communique.errors import EmptyInputError

    with pytest.raises(EmptyInputError, match=r"nav\.html: no text"):
        read_bytes(b"<html><body><nav>Home | About</nav></body></html>", "nav.html")
