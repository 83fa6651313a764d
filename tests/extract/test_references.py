"""References: tables of (text, expected references), English and French, and the gold corpus.

Sentences are invented (short cited names and symbols as the corpus prints them)."""

# ruff: noqa: E501  (the tables hold sentences as printed)

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from communique import clean, extract, read
from communique.evaluate import compare as c
from communique.extract.asks import family_of
from communique.extract.references import find_references
from communique.models import OffsetMap, Reference, Text

Want = tuple[
    str, str, str | None, str | None, int | None, str | None
]  # kind text symbol body session date


def refs(s: str, family: str | None = "un") -> tuple[Reference, ...]:
    return find_references(Text(s, OffsetMap()), 0, len(s), family=family)


def shown(found: tuple[Reference, ...]) -> list[Want]:
    return [(r.kind, r.text, r.symbol, r.body, r.session, r.date) for r in found]


SC = "un.security_council"

CASES: list[tuple[str, str | None, list[Want]]] = [
    (
        "The Council,\n\nRecalling its resolution 38 (1948) of 17 January 1948,",
        "un",
        [("document", "resolution 38 (1948)", "38 (1948)", SC, None, "1948-01-17")],
    ),
    (
        "The Council,\n\nReaffirms its resolutions 186 (1964), 187 (1964) of 13 March,\n192 (1964) and 198 (1964) of 18 December 1964;",
        "un",
        [
            ("document", "resolutions 186 (1964)", "186 (1964)", SC, None, None),
            ("document", "187 (1964)", "187 (1964)", SC, None, "1964-03-13"),
            ("document", "192 (1964)", "192 (1964)", SC, None, None),
            ("document", "198 (1964)", "198 (1964)", SC, None, "1964-12-18"),
        ],
    ),
    (
        "The Council,\n\nNoting resolutions 194(1964) and 361 (197-4),",
        "un",
        [
            ("document", "resolutions 194(1964)", "194 (1964)", SC, None, None),
            ("document", "361 (197-4)", "361 (1974)", SC, None, None),
        ],
    ),
    (
        "The Council,\n\nRecalling S/RES/1244 (1999) and A/RES/80/4 and General Assembly resolution 1514 (XV),",
        "un",
        [
            ("document", "S/RES/1244 (1999)", "1244 (1999)", SC, None, None),
            ("document", "A/RES/80/4", "A/RES/80/4", "un.general_assembly", None, None),
            (
                "document",
                "General Assembly resolution 1514 (XV)",
                "1514 (XV)",
                "un.general_assembly",
                None,
                None,
            ),
        ],
    ),
    (
        "The Council,\n\nHaving considered document S/7001 and Add.1 and the report of the Secretary-General (S/7002),",
        "un",
        [
            ("document", "S/7001 and Add.1", "S/7001", None, None, None),
            ("document", "S/7002", "S/7002", "un.secretary_general", None, None),
        ],
    ),
    (
        "38 (1948). Resolution of 17 January 1948\n\n[S/651]\nThe Security Council,\n\nTaking note of the cable addressed on 6 March 1950 by its President to both Governments,",
        "un",
        [
            (
                "document",
                "cable of the President to both Governments",
                None,
                None,
                None,
                "1950-03-06",
            )
        ],
    ),
    (
        "The Council,\n\nRecalling the statement made at its 1143rd meeting, on 11 August 1964;\n\nAdopted at the 1150th meeting.",
        "un",
        [("meeting", "1143rd meeting", None, SC, 1143, "1964-08-11")],
    ),
    (
        "Requests the Secretary General to implement CFM Resolution 4/50-POL and resolution 2/34-P;",
        "oic",
        [
            ("document", "CFM Resolution 4/50-POL", "4/50-POL", "oic.cfm", None, None),
            ("document", "resolution 2/34-P", "2/34-P", None, None, None),
        ],
    ),
    (
        "Taking note of the Report of the Secretary General on the situation (OIC/ICFM-40/POL/SG.REP.7);",
        "oic",
        [
            (
                "document",
                "OIC/ICFM-40/POL/SG.REP.7",
                "OIC/ICFM-40/POL/SG.REP.7",
                "oic.secretary_general",
                None,
                None,
            )
        ],
    ),
    (
        "Welcoming the meetings of the OIC Contact Group on Jammu and Kashmir on 2 May 2011, 3 June 2012 and 4 July 2013;",
        "oic",
        [
            (
                "meeting",
                "meeting of the OIC Contact Group on Jammu and Kashmir on 2 May 2011",
                None,
                "oic.contact_group.jammu_kashmir",
                None,
                "2011-05-02",
            ),
            (
                "meeting",
                "meeting of the OIC Contact Group on Jammu and Kashmir on 3 June 2012",
                None,
                "oic.contact_group.jammu_kashmir",
                None,
                "2012-06-03",
            ),
            (
                "meeting",
                "meeting of the OIC Contact Group on Jammu and Kashmir on 4 July 2013",
                None,
                "oic.contact_group.jammu_kashmir",
                None,
                "2013-07-04",
            ),
        ],
    ),
    (
        "Recalling the two reports issued by the Office of the UN High Commissioner for Human Rights in March 2011 and April 2012;",
        "oic",
        [
            ("document", "OHCHR report, March 2011", None, "un.ohchr", None, "2011-03"),
            ("document", "OHCHR report, April 2012", None, "un.ohchr", None, "2012-04"),
        ],
    ),
    (
        "Rejecting the Regional Energy Working Group Meeting, held in Gilgit on 1-3 May 2021, which",
        "oic",
        [("meeting", "Regional Energy Working Group Meeting", None, None, None, "2021-05-01")],
    ),
    (
        "Decides to consider the matter at the 41st Session of the Islamic Conference of Foreign Ministers and to report to the upcoming Islamic Summit.",
        "oic",
        [
            (
                "meeting",
                "41st Session of the Islamic Conference of Foreign Ministers",
                None,
                "oic.cfm",
                41,
                None,
            ),
            ("meeting", "upcoming Islamic Summit", None, "oic.summit", None, None),
        ],
    ),
    (
        "Recalling the Special Declarations on Palestine adopted by the Ninth Session of the Islamic Summit Conference;",
        "oic",
        [
            ("document", "Special Declarations on Palestine", None, "oic.summit", 9, None),
            (
                "meeting",
                "Ninth Session of the Islamic Summit Conference",
                None,
                "oic.summit",
                9,
                None,
            ),
        ],
    ),
    (
        "Reaffirming the UN Charter, the Charter of the Organization of Islamic Conference and the Simla Agreement;",
        "oic",
        [
            ("instrument", "UN Charter", "Charter of the United Nations", None, None, None),
            (
                "instrument",
                "Charter of the Organization of Islamic Conference",
                "Charter of the Organisation of Islamic Cooperation",
                None,
                None,
                None,
            ),
            ("instrument", "Simla Agreement", "Simla Agreement", None, None, None),
        ],
    ),
    (
        "Demands the repeal of the Armed Forces Special Powers Act and the Unlawful Activities (Prevention) Act, in breach of the International Covenant on Civil and Political Rights and the Fourth Geneva Convention;",
        "oic",
        [
            (
                "instrument",
                "Armed Forces Special Powers Act",
                "Armed Forces Special Powers Act",
                None,
                None,
                None,
            ),
            (
                "instrument",
                "Unlawful Activities (Prevention) Act",
                "Unlawful Activities (Prevention) Act",
                None,
                None,
                None,
            ),
            (
                "instrument",
                "International Covenant on Civil and Political Rights",
                "International Covenant on Civil and Political Rights",
                None,
                None,
                None,
            ),
            (
                "instrument",
                "Fourth Geneva Convention",
                "Fourth Geneva Convention",
                None,
                None,
                None,
            ),
        ],
    ),
    (
        "Recalling the Lusaka Ceasefire Agreement and the Treaty of Friendship,",
        None,
        [
            ("instrument", "Lusaka Ceasefire Agreement", None, None, None, None),
            ("instrument", "Treaty of Friendship", None, None, None, None),
        ],
    ),
    # French
    (
        "Le Conseil,\n\nRappelant sa résolution 47 (1948) du 21 avril 1948 et la Charte des Nations Unies,",
        "un",
        [
            ("document", "résolution 47 (1948)", "47 (1948)", SC, None, "1948-04-21"),
            (
                "instrument",
                "Charte des Nations Unies",
                "Charter of the United Nations",
                None,
                None,
                None,
            ),
        ],
    ),
    (
        "Décide d'examiner la question à la 35e session du Conseil des ministres des affaires étrangères.",
        "oic",
        [
            (
                "meeting",
                "35e session du Conseil des ministres des affaires étrangères",
                None,
                "oic.cfm",
                35,
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "family", "want"), CASES)
def test_table(text: str, family: str | None, want: list[Want]) -> None:
    assert shown(refs(text, family)) == want


def test_spans_map_to_the_text() -> None:
    s = "The Council,\n\nRecalling resolutions 10 (1946) and 11 (1946),"
    for r in refs(s):
        assert s[r.span.start : r.span.end] == r.text


def test_title_block_and_author_are_not_references() -> None:
    s = (
        "RESOLUTION NO. 5/40-P\n\nON A DISPUTE\n\n"
        "The Fortieth Session of the Islamic Conference of Foreign Ministers, held in Conakry;\n\n"
        "Recalls resolution 4/39-P;"
    )
    assert [r.symbol for r in refs(s, "oic")] == ["4/39-P"]


def test_footnote_symbols_keep_source_offsets(corpus: Path) -> None:
    src = read(corpus / "unsc" / "S_RES_0206_1965_EN_GOLD.txt")
    (rec,) = extract(src)
    found = [r for r in rec.references if r.symbol == "S/6426"]
    assert found and src.text[found[0].span.src_start : found[0].span.src_end] == "S/6426"


def _gold_score(corpus: Path) -> tuple[int, int, list[Any]]:
    tp = fn = 0
    misses: list[Any] = []
    for gdir, tdir in (("gold", "seeds"), ("gold-unsc", "unsc")):
        for g in sorted((corpus / gdir).glob("*.yaml")):
            gold = yaml.safe_load(g.read_text(encoding="utf-8"))
            src = read(corpus / tdir / gold["source"])
            text = clean(src)
            for doc, rec in zip(gold["documents"], extract(src), strict=False):
                fam = family_of(rec.text, rec.symbol)
                found = find_references(text, rec.span.start, rec.span.end, family=fam)
                for want in doc.get("references") or ():
                    wt = c.text(want["text"]) if want.get("text") else None
                    wd = str(want["date"]) if want.get("date") else None
                    ok = any(
                        (wt is not None and c.contains(wt, c.text(r.text)))
                        or (wt is None and r.date == wd)
                        for r in found
                    )
                    tp, fn = tp + ok, fn + (not ok)
                    if not ok:
                        misses.append((gold["source"], want))
    return tp, fn, misses


def test_gold_f1(corpus: Path) -> None:
    tp, fn, misses = _gold_score(corpus)
    assert tp + fn > 0
    assert 2 * tp / (2 * tp + fn) >= 0.85, misses
