"""Each cleaning step as a table of (text, expected)."""

from __future__ import annotations

import pytest

from communique.models import Text
from communique.normalise import characters, clean_text, footnotes, furniture, layout, pdf_artifacts
from communique.normalise.offsets import begin


def run(step, text: str, **kw) -> str:
    return step(begin(text), **kw).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("page one\fpage two", "page one\npage two"),
    ],
)
def test_newlines(text: str, expected: str) -> None:
    assert run(characters.newlines, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“is close to our hearts”", '"is close to our hearts"'),
        ("India’s ‘own’", "India's 'own'"),
        ("«citation»", '"citation"'),
    ],
)
def test_quotes(text: str, expected: str) -> None:
    assert run(characters.quotes, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("New York – February 03", "New York - February 03"),
        ("peace—and security", "peace - and security"),
        ("1964‒1965 and 22–24 May", "1964-1965 and 22 - 24 May"),
        ("minus −3", "minus -3"),
    ],
)
def test_dashes(text: str, expected: str) -> None:
    assert run(characters.dashes, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\u00a0b\u2009c\td", "a b c d"),
        ("zero\u200bwidth\ufeff", "zero\u200bwidth\ufeff"),
    ],
)
def test_spaces(text: str, expected: str) -> None:
    assert run(characters.spaces, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zero\u200bwidth\ufeff", "zerowidth"),
        # inside a word a soft hyphen marks a line-end hyphen: the hyphen step decides
        ("soft\u00adhyphen", "soft\u00adhyphen"),
        ("self\ufffegovernance", "self\u00adgovernance"),
        ("a stray \u00ad mark", "a stray  mark"),
        ("line end soft\u00ad\nhyphen", "line end soft\u00ad\nhyphen"),
    ],
)
def test_invisible(text: str, expected: str) -> None:
    assert run(characters.invisible, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("struck on          8\n\nth\n October 2005.", "struck on          8th October 2005."),
        ("at the 35\n\nth\n Session of", "at the 35th Session of"),
        ("the 35 th Session", "the 35th Session"),
        ("the 1st and 2 nd", "the 1st and 2nd"),
        ("item 8\n\nthe next", "item 8\n\nthe next"),
    ],
)
def test_split_ordinals(text: str, expected: str) -> None:
    assert run(pdf_artifacts.split_ordinals, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" RESOLUTION NO. 2/34-P  \n", "RESOLUTION NO. 2/34-P\n"),
        ("Ministers                  (Session of Peace, ", "Ministers (Session of Peace,"),
        ("a  b\n \nc", "a b\n\nc"),
        ("  a\n  b \n c  ", "a\nb\nc"),
        ("\t a\n\tb\t\n c \t d", "a\nb\nc d"),
    ],
)
def test_line_spaces(text: str, expected: str) -> None:
    assert run(pdf_artifacts.line_spaces, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("right of self-\ndetermination", "right of self-determination"),
        ("report (OIC/ICFM-\n34/POL/SG.REP.2)", "report (OIC/ICFM-34/POL/SG.REP.2)"),
        (
            "voted on paragraph by para-\ngraph; paragraph 2",
            "voted on paragraph by paragraph; paragraph 2",
        ),
        ("the Secretary-\nGeneral", "the Secretary-General"),
        ("to co-\noperate fully", "to co-operate fully"),
        ("peace-keeping and peace-\nkeeping", "peace-keeping and peace-keeping"),
        ("an unknown syl-\nlable", "an unknown syllable"),
        ("soft\u00ad\nhyphen", "softhyphen"),
        # the soft hyphen pdfium leaves where it joined the two lines
        ("within seventy\u00adtwo hours", "within seventy-two hours"),
        ("the recom\u00admendations", "the recommendations"),
        ("of water\u00aduse zones", "of water-use zones"),
        ("a degree of self\u00adgovernance", "a degree of self-governance"),
        # number words, two common words, a joined word that is itself common
        ("the twenty-\nfirst century", "the twenty-first century"),
        ("confidence-\nbuilding measures", "confidence-building measures"),
        ("of water-\nuse", "of water-use"),
        ("some-\nthing", "something"),
        ("with-\nin the area", "within the area"),
        ("a water-\nuse plan and wateruse", "a wateruse plan and wateruse"),
        ("Kashmir-\n\n3. Affirms", "Kashmir-\n\n3. Affirms"),
    ],
)
def test_line_end_hyphens(text: str, expected: str) -> None:
    assert run(pdf_artifacts.line_end_hyphens, text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "kinds"),
    [
        (
            "Press Releases|\n\nBody text.\n\nClose Search Window",
            "\n\nBody text.\n\n",
            ["navigation", "widget"],
        ),
        ("Share\nBody.\nPrint\nBack to top", "\nBody.\n\n", ["social", "widget", "navigation"]),
        (
            "Highlights #OIC 1/ pic.twitter.com/MtlmOSM9Kp— OIC (@OIC_OCI) May 29, 2019\n\nNext.",
            "Highlights #OIC 1/ \n\nNext.",
            ["social"],
        ),
    ],
)
def test_web_furniture(text: str, expected: str, kinds: list[str]) -> None:
    out = furniture.web_furniture(begin(text), text)
    assert out.text == expected
    assert [f.kind for f in out.furniture] == kinds
    for f in out.furniture:
        assert text[f.src_start : f.src_end].strip() == f.text


def test_web_furniture_folds_case_as_re_does() -> None:
    # "ſhare" (long s) matches "(?i)share" in re, so it goes like "SHARE"
    text = "ſhare\nBody.\nSHARE\n1 Print"
    out = furniture.web_furniture(begin(text), text)
    assert out.text == "\nBody.\n\n1 Print"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("end of page one\n\nPage 3 of 7\n\nnext page", "end of page one\n\n\n\nnext page"),
        ("text\n- 3 -\nmore", "text\n\nmore"),
        ("text\n\n12\n\nmore", "text\n\n\n\nmore"),
        ("on 8\n\nth October", "on 8\n\nth October"),
    ],
)
def test_page_numbers(text: str, expected: str) -> None:
    assert furniture.page_numbers(begin(text), text).text == expected


def test_running_headers() -> None:
    page = "Body line one of the page,\nand more body text here.\n"
    text = "United Nations S/RES/1 (2002)\n" + "".join(page + "S/RES/1 (2002)\n" for _ in range(3))
    out = furniture.running_headers(begin(text), text)
    assert "S/RES/1 (2002)\n" not in out.text.replace("United Nations S/RES/1 (2002)\n", "")
    assert [f.kind for f in out.furniture] == ["header"] * 3


HEADER = "CLS/CFM-1/2024/RES/FINAL Resolutions on Political Affairs - First Session of the CFM"
SESSION = "The First Session of the Council of Foreign Ministers of the Concord"


def _resolution(n: int) -> str:
    return (
        f"RESOLUTION NO. {n}/1-POL\nON\nTHE QUESTION NUMBER {n}\n{SESSION}\n"
        "held in Port Aster on 4-6 March 2024;\nRecalling its resolutions;\n"
        "1. Decides to remain seized of the matter.\n"
    )


@pytest.mark.parametrize(
    ("text", "removed", "kinds"),
    [
        # a header at the top of every page (the first included), a footer at the bottom
        (
            f"{HEADER}\nBody of page one,\nand more.\nPage 1 of 3\f{HEADER}\nPage two.\n"
            f"Page 2 of 3\f{HEADER}\nPage three.\nPage 3 of 3",
            [HEADER, "Page 1 of 3", HEADER, "Page 2 of 3", HEADER, "Page 3 of 3"],
            ["header", "footer"] * 3,
        ),
        # two-line headers; a footer whose number goes up with the page
        (
            "S/RES/1 (2002)\nSecurity Council\nOne.\nDraft 1 - restricted\f"
            "S/RES/1 (2002)\nSecurity Council\nTwo.\nDraft 2 - restricted",
            [
                *("S/RES/1 (2002)", "Security Council", "Draft 1 - restricted"),
                *("S/RES/1 (2002)", "Security Council", "Draft 2 - restricted"),
            ],
            ["header", "header", "footer"] * 2,
        ),
        # headings whose numbers do not follow the pages are not furniture
        ("Text one.\fArticle 5\nText two.\fArticle 16\nText three.", [], []),
        (_resolution(4) + "\f" + _resolution(5), [], []),
        # a text dump without page breaks: a header line that repeats three times
        (
            f"{HEADER}\n{_resolution(4)}{HEADER}\nMore text here.\n{HEADER}\n{_resolution(5)}",
            [HEADER] * 3,
            ["header"] * 3,
        ),
        # the session line of each resolution in one file repeats but is a title block
        (_resolution(1) + _resolution(2) + _resolution(3), [], []),
    ],
)
def test_running_headers_and_footers(text: str, removed: list[str], kinds: list[str]) -> None:
    out = furniture.running_headers(characters.newlines(begin(text)), text)
    assert [f.text for f in out.furniture] == removed
    assert [f.kind for f in out.furniture] == kinds
    for f in out.furniture:
        assert text[f.src_start : f.src_end] == f.text
    for line in removed:
        assert line not in out.text
    if not removed:
        assert out.text == text.replace("\f", "\n")


def test_footnotes_block_and_markers() -> None:
    text = (
        "Noting that the report of the Secretary-General 4\nrecommends the maintenance,\n\n"
        "4. Takes note of the report of the Secretary-General; 4\n\n"
        "Adopted unanimously at the\n1193rd meeting.\n\n\n4 Ibid., documents S/6228 and Add.1."
    )
    out = footnotes.footnotes(begin(text), text)
    assert "Ibid" not in out.text
    assert "Secretary-General\nrecommends" in out.text
    assert "Secretary-General;\n\nAdopted" in out.text
    kinds = [f.kind for f in out.furniture]
    assert kinds.count("footnote") == 1 and kinds.count("footnote_marker") == 2


def test_footnote_block_needs_evidence() -> None:
    text = "1. Decides to remain seized of the matter.\n\n2 more things to say here"
    assert footnotes.footnotes(begin(text), text).text == text


def test_numbers_that_are_not_markers() -> None:
    text = (
        "Recalling Article 2 of the Charter and resolution 4 of 4 March,\n\n"
        "Adopted at the 229th meeting.\n\n4 Ibid., document S/1."
    )
    out = footnotes.footnotes(begin(text), text)
    assert out.text.startswith("Recalling Article 2 of the Charter and resolution 4 of 4 March,")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # web copy: a line is a paragraph
        (
            "Press Release\n\nMeeting of the Members\n\nThe text.",
            "Press Release\n\nMeeting of the Members\n\nThe text.",
        ),
        # a page break in the middle of a sentence
        (
            "and the need to adhere to the\n\nagreement to protect civilians.",
            "and the need to adhere to the agreement to protect civilians.",
        ),
        # numbered paragraphs on consecutive lines
        (
            "1. A Meeting was held.\n2. The convening of it.",
            "1. A Meeting was held.\n\n2. The convening of it.",
        ),
        # a clause opening after a full stop ends the clause above
        (
            "on 8th October 2005.\nAppreciating the initiative",
            "on 8th October 2005.\n\nAppreciating the initiative",
        ),
        # title lines in capitals belong together
        ("ON\nTHE JAMMU AND KASHMIR DISPUTE", "ON THE JAMMU AND KASHMIR DISPUTE"),
        ("Report\nof the Meeting", "Report of the Meeting"),
        ("--------------- \nRESOLUTION NO. 3/34-P", "---------------\n\nRESOLUTION NO. 3/34-P"),
        (
            "(S/651]\nThe Security Council,\n\nHaving heard",
            "(S/651]\n\nThe Security Council,\n\nHaving heard",
        ),
        # a title block without blank lines: heading, capitals title, session line
        (
            "RESOLUTION NO. 4/12-POL\nON\nTHE MARROW BASIN WATER DISPUTE\n"
            "The Twelfth Session of the Council of Foreign Ministers\nheld in Port Aster;\n"
            "Reaffirming the principles",
            "RESOLUTION NO. 4/12-POL\n\nON THE MARROW BASIN WATER DISPUTE\n\n"
            "The Twelfth Session of the Council of Foreign Ministers held in Port Aster;\n\n"
            "Reaffirming the principles",
        ),
        (
            "The last operative clause.\nRESOLUTION NO. 5/12-POL",
            "The last operative clause.\n\nRESOLUTION NO. 5/12-POL",
        ),
        # the next label of a running sequence opens an item, even after "; and"
        (
            "iii. receive the views;\niv. report within seventy-two hours; and\n"
            "v. publish a summary.",
            "iii. receive the views;\n\niv. report within seventy-two hours; and\n\n"
            "v. publish a summary.",
        ),
        ("(c) the third; or\n(d) the fourth", "(c) the third; or\n\n(d) the fourth"),
        ("b) the second and\nc) the third", "b) the second and\n\nc) the third"),
        # a label that does not follow the sequence after "and" continues the line
        ("ii. to ask for the\nv. of", "ii. to ask for the v. of"),
    ],
)
def test_reflow(text: str, expected: str) -> None:
    assert clean_text(text).text == expected


@pytest.mark.parametrize(
    ("above", "below", "expected"),
    [
        # a heading stands alone, unless a mixed-case line goes on with a function word
        ("Resolution 201 (1965)", "Adopted by the Security Council at its meeting", True),
        ("Resolution 464 (1980)", "Of 19 February 1980", False),
        # a capitals title after a mixed-case line; roman numerals are not a title
        ("Contact Group on the Marrow Basin", "DECLARATION ON THE ANNIVERSARY", True),
        ("with General Assembly resolutions 2145 (XXI), 2248", "(S-V), 2324 (XXII), 2325", False),
        # a long capitals line is wrapped text
        ("IF THIS REQUEST IS TO BE PAID FROM THE ACCOUNT PLEASE FILL", "OUT (see box 15)", False),
    ],
)
def test_breaks_title_block(above: str, below: str, expected: bool) -> None:
    assert layout.breaks(above, below, 0, 60) is expected


@pytest.mark.parametrize(
    ("above", "below", "plain"),
    [
        ("the situation in the Middle East and the Government of", "Lebanon, in the", True),
        ("its resolution 242 (1967) of 22 November 1967 and", "[S/1234]", True),
        ("of the resolutions 63 (1948) and 64", "(1948) of 24 and 28 December", True),
        # a capitals title, a subject line, a label, a heading, a sentence end: no shortcut
        ("Contact Group on the Marrow Basin", "DECLARATION ON THE ANNIVERSARY", False),
        ("meeting of the group", "The Security Council,", False),
        ("as requested in the", "B. Other questions", False),
        ("as requested in the", "Resolution 201 (1965)", False),
        ("Resolution 201 (1965)", "Adopted by the Security Council at its meeting", False),
        ("Decides to remain seized of the matter.", "Requests the Secretary-General", False),
    ],
)
def test_plain_run_on(above: str, below: str, plain: bool) -> None:
    # the shortcut holds only where ``breaks`` joins the lines at any width and setting
    assert layout._plain_run_on(above, below) is plain
    if plain:
        for width in (30, 60, 90):
            for open_star in (False, True):
                assert not layout.breaks(above, below, 0, width, open_star=open_star)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("iv.", "v.", True),
        ("h)", "i)", True),
        ("(c)", "(d)", True),
        ("5.", "6.", True),
        ("ix.", "x.", True),
        ("iv.", "vi.", False),
        ("(c)", "d)", False),
        ("5.", "5.", False),
    ],
)
def test_running_label_sequence(before: str, after: str, expected: bool) -> None:
    prev, nxt = layout.label(before + " x"), layout.label(after + " y")
    assert prev and nxt
    assert layout.follows(prev, nxt) is expected


UN_WRAPPED = """Noting that the report of the Secretary-General
recommends the maintenance in Cyprus of the United
Nations Peace-keeping Force, created by Security
Council resolution 186 (1964) of 4 March 1964, for an
additional period of three months,
\fNoting that the Government of Cyprus has indicated
its desire that the stationing of the United Nations
Force in Cyprus should be continued beyond 26 March
1965,"""


def test_reflow_wrapped_text_and_page_break() -> None:
    paras = clean_text(UN_WRAPPED).text.split("\n\n")
    assert len(paras) == 2
    assert paras[1].startswith("Noting that the Government")
    assert "United Nations Peace-keeping Force" in paras[0]


def test_layout_opener() -> None:
    assert layout.opener("Also reaffirming the right")
    assert layout.opener("Having heard statements")
    assert layout.opener("Réaffirmant sa résolution")
    assert not layout.opener("The Security Council")
    assert not layout.opener("recalling in lower case")


def test_clean_keeps_source_furniture_and_problems() -> None:
    from communique.models import Furniture, Problem, Source
    from communique.normalise import clean

    src = Source(
        "x.txt",
        "text/plain",
        "Body.\n\nShare",
        "0" * 64,
        11,
        furniture=(Furniture("navigation", "Home"),),
        problems=(Problem("odd", "odd"),),
    )
    text = clean(src)
    assert isinstance(text, Text)
    assert text.text == "Body."
    assert [f.kind for f in text.furniture] == ["navigation", "social"]
    assert [p.code for p in text.problems] == ["odd"]


def test_slash_footnotes() -> None:
    text = (
        "Recalling the statements of 30 September 1992 1/ and 20 October 1992 2/ by them,\n\n"
        "1. Decides to remain seized of the matter.\n\n\n1/ S/24476, annex.\n2/ S/24704, annex."
    )
    out = footnotes.footnotes(begin(text), text)
    assert out.text.startswith(
        "Recalling the statements of 30 September 1992 and 20 October 1992 by"
    )
    assert "annex" not in out.text


@pytest.mark.parametrize(
    "word",
    [
        "self-determination",
        "self",
        "determination",
        "elf",
        "determinations",
        "ac",
        "c-b",
        "x",
        "état-x",
        "tat-x",
    ],
)
def test_in_vocabulary_agrees_with_vocabulary(word: str) -> None:
    text = "The self-determination of peoples (Self) a--c-b x1 ÉTAT-x"
    expected = word in pdf_artifacts.vocabulary(text)
    assert pdf_artifacts.in_vocabulary(text, text.lower(), word) is expected
