"""Write the bundled example documents in ``examples/``.

Every body, state, person, place, treaty and event in these documents is
invented: the "Concord of Littoral States" (CLS) and its Contact Group on the
Marrow Basin Water Dispute do not exist. The documents imitate the *form* of
real outcome documents (resolutions in a PDF, a joint communiqué on a web page,
a meeting report in Word, press releases and news copy as plain text) so that
the extractors can be demonstrated and tested without quoting any real party.

Usage::

    .venv/bin/python scripts/make_examples.py            # write examples/
    .venv/bin/python scripts/make_examples.py --out DIR  # write elsewhere

Output is deterministic: PDF and DOCX get fixed creation dates, metadata and
zip timestamps, so two runs give byte-identical files (with the same fpdf2 and
python-docx versions).

Hijri dates were checked with ``hijridate`` (optional; see ``check_hijri``):
4-6 March 2024 is 23-25 Sha'ban 1445 A.H.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "examples"

# ---------------------------------------------------------------------------
# 1. Two resolutions in one PDF (fpdf2)
# ---------------------------------------------------------------------------
#
# Paragraph text uses a tiny inline markup, parsed by ``_parse_words``:
#   _..._   italic (the participle that opens a preambular clause)
#   ^...^   superscript (the "th" of an ordinal such as 13th)
#   ~       a soft hyphenation point: the word may be broken there, with "-"
# A word may also be broken after a real hyphen ("self-governance").

RES_SYMBOL = "CLS/CFM-12/2024/POL/RES/FINAL"
RES_HEADER_RIGHT = "Resolutions on Political Affairs - Twelfth Session of the CFM"
SESSION_LINE = (
    "The Twelfth Session of the Council of Foreign Ministers of the Concord of Littoral "
    "States (Session of Shared Waters and a Common Future), held in Port Aster, Republic "
    "of Valdoria from 23-25 Sha'ban 1445 A.H (4-6 March 2024);"
)


@dataclass(frozen=True)
class Para:
    """One block of the resolution PDF."""

    kind: str  # "title" | "session" | "pre" | "op" | "item" | "rule"
    text: str = ""
    label: str = ""  # printed number of an operative clause or sub-item


def _res_4() -> list[Para]:
    pre = [
        "_Reaffirming_ the principles and objectives of the Charter of the Concord of "
        "Littoral States, in particular the equitable and reasonable use of shared "
        "watercourses and the peaceful settlement of disputes between Member States;",
        "_Recalling_ the Marrow Waters Accord of 1996 between the Republic of Valdoria and "
        "the Federal Republic of Caspira and all previous resolutions of the Council on "
        "the Marrow Basin, most recently Resolution 6/11-POL adopted at the Eleventh "
        "Session held in Halcyra in November 2022;",
        "_Having_ _considered_ the report of the Secretary-General contained in document "
        "CLS/CFM-12/2024/POL/SG.REP.3 and the report of the Special Envoy of the "
        "Secretary-General on the Marrow Basin;",
        "_Expressing_ _concern_ over the reduction of the seasonal flows reaching the lower "
        "basin since the Upper Marrow Diversion Order of 14 August 2019 came into force, and "
        "over its effects on the farming and fishing communities of the Lower Marrow Valley;",
        "_Taking_ _note_ _of_ the memorandum submitted by the Assembly of Basin Communities "
        "and of the findings of the Basin Observer Mission for the 2023 dry season;",
        "_Noting_ _with_ _regret_ that the Joint Hydrological Commission established under "
        "the 1996 Accord has not met since March 2019, and that the data it used to "
        "exchange are no longer available to either side;",
        "_Welcoming_ the resumption of technical contacts between Valdoria and Caspira in "
        "Mirell in October 2023 under the auspices of the Kingdom of Ostmere;",
        "_Acknowledging_ that the inhabitants of the basin are the primary stakeholders in "
        "any lasting arrangement on the sharing of its waters and that their "
        "representatives should be associated with the dialogue process;",
    ]
    ops = [
        "Calls upon all parties to refrain from unilateral measures that alter the flow, "
        "quality or course of the waters of the Marrow Basin pending a negotiated "
        "settlement of the dispute.",
        "Calls upon the Federal Republic of Caspira to restore the minimum seasonal "
        "releases provided for in Annex II of the Marrow Waters Accord and to share the "
        "gauging data of the Tarn Gate Barrage with the Joint Hydrological Commission.",
        "Affirms that the rights of the inhabitants of the basin to water for drinking, "
        "sanitation, farming and fishing must be respected by all parties at all times.",
        "Urges the Republic of Valdoria and the Federal Republic of Caspira to reconvene "
        "the Joint Hydrological Commission without delay and to agree on a calendar of "
        "meetings for the years 2024 and 2025.",
        "Decides that the Basin Observer Mission shall, during the coming dry season:",
        "Appeals to Member States, the Littoral Development Fund and other institutions "
        "of the Concord to contribute generously to the relief of the households affected "
        "by the reduced flows.",
        "Requests the Littoral Development Fund to provide the financial resources needed "
        "for water storage, the repair of irrigation channels and vocational training in "
        "the affected districts, and entrusts the General Secretariat to submit "
        "appropriate proposals to the Fund within six months of the adoption of this "
        "resolution.",
        "Welcomes the visit of the Special Envoy, Ambassador Rafiq Dornhalt, to Port "
        "Aster and Kessa in January 2024 and requests the Secretary-General to ensure the "
        "imple~mentation of the recom~mendations contained in the report of the Envoy.",
        "Urges the Government of the Federal Republic of Caspira to avail itself of the "
        "good offices of the Secretary-General and to allow the Basin Observer Mission "
        "access to the upper reaches of the basin.",
        "Mandates the Contact Group on the Marrow Basin Water Dispute to meet regularly, "
        "at least twice a year, including on the sidelines of the sessions of the "
        "Council, and to coordinate the positions of Member States in international "
        "forums.",
        "Decides to consider the Marrow Basin Water Dispute at the 13^th^ Session of the "
        "Council of Foreign Ministers.",
        "Requests the Secretary-General to follow up the implementation of this "
        "resolution and to submit a report thereon to the 13^th^ Session of the Council "
        "of Foreign Ministers.",
    ]
    items = [
        "monitor the flows at the agreed gauging stations on both sides of the border;",
        "visit the riparian communities of the Lower Marrow Valley and record their needs;",
        "receive, with their consent, the views of the communities of the Upper Marrow;",
        "report any incident affecting water installations to the Secretary-General "
        "within seventy-two hours; and",
        "publish a summary of its findings at the end of each quarter.",
    ]
    out = [
        Para("title", "RESOLUTION NO. 4/12-POL"),
        Para("title", "ON"),
        Para("title", "THE MARROW BASIN WATER DISPUTE"),
        Para("session", SESSION_LINE),
    ]
    out += [Para("pre", t) for t in pre]
    for n, t in enumerate(ops, start=1):
        out.append(Para("op", t, f"{n}."))
        if n == 5:
            out += [
                Para("item", t, f"{r}.") for r, t in zip(ROMAN[: len(items)], items, strict=True)
            ]
    out.append(Para("rule", "---------------"))
    return out


def _res_5() -> list[Para]:
    pre = [
        "_Guided_ by the principles and purposes of the Charter of the Concord of Littoral States;",
        "_Recalling_ the resolutions of the Council and of the Littoral Summit on the "
        "Marrow Basin and the Joint Communiqué of the Contact Group on the Marrow Basin "
        "Water Dispute of 19 September 2023;",
        "_Recognizing_ that a durable settlement of the questions relating to the Marrow "
        "Basin is central to the full normal~ization of relations between Valdoria and "
        "Caspira and to the stability of the littoral region as a whole;",
        "_Noting_ _with_ _satisfaction_ the Kessa Joint Statement of 12 October 2023, in "
        "which the Foreign Ministers of the two countries agreed to address all questions "
        "relating to the basin in a structured dialogue;",
        "_Expressing_ _the_ _hope_ that the dialogue will associate the representatives of "
        "the basin communities at each of its stages;",
    ]
    ops = [
        "Supports the dialogue process between the Republic of Valdoria and the Federal "
        "Republic of Caspira and commends both Governments for the restraint they have "
        "shown since October 2023.",
        "Notes that the two sides held three rounds of technical talks in Mirell between "
        "October 2023 and February 2024 and agreed to continue them at the level of "
        "senior officials.",
        "Supports the confidence-building measures agreed by the two sides, including the "
        "exchange of flow data, a joint inspection of the Tarn Gate Barrage and the "
        "reopening of the river crossing at Lessen Ford.",
        "Expresses satisfaction at the understanding reached on the emergency release of "
        "water during the drought of 2023 and requests both sides to consider extending "
        "it to the coming dry season.",
        "Appreciates the proposals put forward by the Republic of Valdoria on the "
        "identification of water-use zones, the joint management of the barrage, "
        "insti~tutional arrangements for a degree of self-governance of the basin "
        "communities in water matters and mechanisms for the settlement of disputes, and "
        "calls upon the Federal Republic of Caspira to respond to them in a constructive "
        "spirit.",
        "Encourages both Governments to involve the representatives of the basin "
        "communities in the dialogue process and, in the interim, to improve access to "
        "drinking water in the districts most affected.",
        "Calls upon the Member States and the General Secretariat to extend technical "
        "support to the Joint Hydrological Commission as soon as it is reconvened.",
        "Requests the Secretary-General and the Contact Group on the Marrow Basin Water "
        "Dispute to remain seized of the matter and to submit a report thereon to the "
        "13^th^ Session of the Council of Foreign Ministers.",
    ]
    out = [
        Para("title", "RESOLUTION NO. 5/12-POL"),
        Para("title", "ON"),
        Para("title", "THE DIALOGUE PROCESS BETWEEN VALDORIA AND CASPIRA"),
        Para("session", SESSION_LINE),
    ]
    out += [Para("pre", t) for t in pre]
    out += [Para("op", t, f"{n}.") for n, t in enumerate(ops, start=1)]
    out.append(Para("rule", "---------------"))
    return out


ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"]


@dataclass
class _Word:
    parts: list[tuple[str, bool, bool]] = field(default_factory=list)  # text, italic, sup

    def text(self) -> str:
        return "".join(p[0] for p in self.parts)


def _parse_words(text: str) -> list[_Word]:
    """Split marked-up text into words made of (text, italic, superscript) parts."""
    words: list[_Word] = []
    italic = sup = False
    cur = _Word()
    buf = ""

    def flush_part() -> None:
        nonlocal buf
        if buf:
            cur.parts.append((buf, italic, sup))
            buf = ""

    for ch in text:
        if ch == "_":
            flush_part()
            italic = not italic
        elif ch == "^":
            flush_part()
            sup = not sup
        elif ch == " ":
            flush_part()
            if cur.parts:
                words.append(cur)
            cur = _Word()
        else:
            buf += ch
    flush_part()
    if cur.parts:
        words.append(cur)
    return words


def _split_word(word: _Word, index: int) -> tuple[_Word, _Word]:
    """Split ``word`` at character ``index`` of its plain text (markers included)."""
    head, tail = _Word(), _Word()
    pos = 0
    for text, it, sp in word.parts:
        if pos + len(text) <= index:
            head.parts.append((text, it, sp))
        elif pos >= index:
            tail.parts.append((text, it, sp))
        else:
            cut = index - pos
            head.parts.append((text[:cut], it, sp))
            tail.parts.append((text[cut:], it, sp))
        pos += len(text)
    return head, tail


def _strip_soft(word: _Word) -> _Word:
    return _Word([(t.replace("~", ""), it, sp) for t, it, sp in word.parts])


def make_resolutions_pdf(path: Path) -> None:
    from fpdf import FPDF

    family = "Times"
    size = 11.0
    line_h = 5.3
    left, right, top, bottom = 25.0, 25.0, 30.0, 270.0
    width = 210.0 - left - right

    class ResolutionPDF(FPDF):
        def header(self) -> None:
            self.set_font(family, "I", 9)
            self.set_xy(left, 14)
            self.cell(width / 2, 5, RES_SYMBOL, align="L")
            self.cell(width / 2, 5, RES_HEADER_RIGHT, align="R")
            self.set_line_width(0.2)
            self.line(left, 20, 210 - right, 20)

        def footer(self) -> None:
            self.set_font(family, "", 9)
            self.set_xy(left, 280)
            self.cell(width, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = ResolutionPDF(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_title("Resolutions 4/12-POL and 5/12-POL (invented example)")
    pdf.set_author("General Secretariat, Concord of Littoral States (fictional)")
    pdf.set_subject("The Marrow Basin Water Dispute")
    pdf.set_keywords("communique example invented")
    pdf.set_creator("communique scripts/make_examples.py")
    pdf.set_producer("communique scripts/make_examples.py")
    pdf.set_creation_date(dt.datetime(2024, 3, 7, 9, 0, 0, tzinfo=dt.UTC))
    pdf.add_page()
    y = top

    def font(italic: bool, sup: bool, bold: bool = False) -> float:
        style = ("B" if bold else "") + ("I" if italic else "")
        fsize = size * 0.62 if sup else size
        pdf.set_font(family, style, fsize)
        return fsize

    def word_width(word: _Word, bold: bool = False) -> float:
        total = 0.0
        for text, it, sp in word.parts:
            font(it, sp, bold)
            total += pdf.get_string_width(text.replace("~", ""))
        return total

    def space_width() -> float:
        font(False, False)
        return float(pdf.get_string_width(" "))

    def need(height: float) -> None:
        nonlocal y
        if y + height > bottom:
            pdf.add_page()
            y = top

    def draw_line(words: Sequence[_Word], x0: float, avail: float, justify: bool) -> None:
        nonlocal y
        need(line_h)
        widths = [word_width(w) for w in words]
        gap = space_width()
        if justify and len(words) > 1:
            gap = (avail - sum(widths)) / (len(words) - 1)
        x = x0
        base = y + line_h * 0.75
        for w, wd in zip(words, widths, strict=True):
            px = x
            for text, it, sp in w.parts:
                font(it, sp)
                raise_mm = size * 0.35 * 0.3528 if sp else 0.0
                pdf.text(px, base - raise_mm, text)
                px += pdf.get_string_width(text)
            x += wd + gap
        y += line_h

    def flow(text: str, first_x: float, rest_x: float, label: str = "", label_x: float = 0) -> None:
        words = _parse_words(text)
        lines: list[tuple[list[_Word], float]] = []
        cur: list[_Word] = []
        x0 = first_x
        avail = 210.0 - right - x0
        used = 0.0
        sp = space_width()
        queue = list(words)
        while queue:
            w = queue.pop(0)
            clean = _strip_soft(w)
            wd = word_width(clean)
            extra = sp if cur else 0.0
            if used + extra + wd <= avail:
                cur.append(clean)
                used += extra + wd
                continue
            # try to hyphenate: at "~" (soft) or after a real "-"
            plain = w.text()
            split_done = False
            cands = [
                i
                for i, c in enumerate(plain)
                if 0 < i < len(plain) - 1
                and (c == "~" or (c == "-" and plain[i - 1].isalpha() and plain[i + 1].isalpha()))
            ]
            for i in reversed(cands):
                soft = plain[i] == "~"
                head, tail = _split_word(w, i + 1)
                head = _strip_soft(head)
                if soft:
                    t, it, spp = head.parts[-1]
                    head.parts[-1] = (t + "-", it, spp)
                if used + extra + word_width(head) <= avail:
                    cur.append(head)
                    if soft:
                        tail = _Word([(t.lstrip("~"), it, spp) for t, it, spp in tail.parts])
                    queue.insert(0, tail)
                    split_done = True
                    break
            if not split_done:
                if not cur:
                    cur.append(clean)
                else:
                    queue.insert(0, w)
            lines.append((cur, x0))
            cur, used = [], 0.0
            x0 = rest_x
            avail = 210.0 - right - x0
        if cur:
            lines.append((cur, x0))
        for n, (ln, lx) in enumerate(lines):
            if n == 0 and label:
                need(line_h)
                font(False, False)
                pdf.text(label_x, y + line_h * 0.75, label)
            last = n == len(lines) - 1
            draw_line(ln, lx, 210.0 - right - lx, justify=not last)

    for block in [*_res_4(), *_res_5()]:
        if block.kind == "title":
            if block.text.startswith("RESOLUTION") and y > top:
                need(70)
                y += 6 if y > top else 0
            need(line_h)
            pdf.set_font(family, "B", 12.5)
            pdf.set_xy(left, y)
            pdf.cell(width, line_h + 0.6, block.text, align="C")
            y += line_h + 0.6
            if block.text.startswith("THE "):
                y += 4
        elif block.kind == "session":
            flow(block.text, left + 12, left)
            y += 3
        elif block.kind == "pre":
            flow(block.text, left + 12, left)
            y += 2.4
        elif block.kind == "op":
            flow(block.text, left + 8, left, block.label, left)
            y += 2.4
        elif block.kind == "item":
            flow(block.text, left + 18, left + 18, block.label, left + 10)
            y += 1.2
        elif block.kind == "rule":
            y += 2
            need(line_h)
            pdf.set_font(family, "", size)
            pdf.set_xy(left, y)
            pdf.cell(width, line_h, block.text, align="C")
            y += line_h + 4
    path.write_bytes(bytes(pdf.output()))


# ---------------------------------------------------------------------------
# 2. Joint communiqué as a web page
# ---------------------------------------------------------------------------

COMMUNIQUE_PREAMBLE = [
    "Having heard the report of the General Secretariat, the briefing by the Minister "
    "for Foreign Affairs of the Republic of Valdoria, the views of the other members "
    "of the Contact Group and the statement of the representatives of the Assembly of "
    "Basin Communities;",
    "Reaffirming the right of the inhabitants of the Marrow Basin to an equitable share "
    "of its waters, as recognized in the Marrow Waters Accord of 1996;",
    "Also reaffirming the earlier resolutions and declarations of the Concord on the "
    "Marrow Basin Water Dispute;",
    "Recalling the meetings of the Contact Group held on 25 September 2019, 16 June 2020, "
    "22 September 2021, 21 March 2022, 2 June 2022, 20 September 2022 and 15 March 2023, "
    "and the "
    "Communiqués issued by them;",
    "Expressing concern at the low flows recorded at the Lessen Ford gauging station "
    "during the summer of 2023 and at their effect on the supply of drinking water in "
    "the Lower Marrow Valley;",
    "Taking note of the second report of the Basin Observer Mission, issued in July 2023;",
    "Regretting that access to the upper reaches of the basin has not yet been granted "
    "to the Basin Observer Mission or to the Special Envoy;",
    "Having reviewed the latest developments in the basin;",
]

COMMUNIQUE_OPERATIVE_BEFORE = [
    "Reaffirmed their support for a negotiated settlement of the Marrow Basin Water "
    "Dispute on the basis of the 1996 Accord and the relevant resolutions of the Council "
    "of Foreign Ministers;",
    "Declared that equitable access to the waters of the basin is indispensable for "
    "lasting stability in the littoral region;",
    "Expressed concern over the continued application of the Upper Marrow Diversion "
    "Order of 14 August 2019 and over the absence of consultation with the communities "
    "living downstream;",
]

COMMUNIQUE_DEMAND = "Demanded that the Federal Republic of Caspira:"
COMMUNIQUE_DEMAND_ITEMS = [
    "restore the minimum seasonal releases set out in Annex II of the 1996 Accord,",
    "share the gauging data of the Tarn Gate Barrage with the Joint Hydrological Commission,",
    "refrain from new diversion works pending the resumption of the meetings of the Commission,",
    "allow the Basin Observer Mission and the Special Envoy access to the upper reaches "
    "of the basin, and",
    "engage with the representatives of the basin communities on all questions that "
    "affect their livelihoods;",
]

COMMUNIQUE_OPERATIVE_AFTER = [
    "Welcomed the readiness of the Kingdom of Ostmere to host technical talks between "
    "the two sides in Mirell;",
    "Called upon the Member States to contribute to the relief of the affected "
    "households through the Littoral Development Fund;",
    "Requested the Special Envoy of the Secretary-General on the Marrow Basin, "
    "Ambassador Rafiq Dornhalt, to present a report on the situation in the basin to "
    "the upcoming Littoral Summit;",
    "Requested the Secretary-General to submit an assessment of the humanitarian needs "
    "of the basin communities to the upcoming Summit;",
    "Directed the Permanent Representatives of the members of the Contact Group in "
    "Halcyra to brief the General Secretariat regularly on developments in the basin;",
    "Directed the General Secretariat to circulate this Joint Communiqué to all Member "
    "States of the Concord.",
]


def _p(text: str, indent: str = "          ") -> str:
    return f"{indent}<p>{_esc(text)}</p>"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def communique_html() -> str:
    body_parts: list[str] = []
    body_parts += [_p(t) for t in COMMUNIQUE_PREAMBLE]
    body_parts.append("          <p><strong>The Foreign Ministers:</strong></p>")
    body_parts += [_p(t) for t in COMMUNIQUE_OPERATIVE_BEFORE]
    body_parts.append(_p(COMMUNIQUE_DEMAND))
    body_parts += [
        _p(f"{r}. {t}", "          ")
        for r, t in zip(ROMAN[: len(COMMUNIQUE_DEMAND_ITEMS)], COMMUNIQUE_DEMAND_ITEMS, strict=True)
    ]
    body_parts += [_p(t) for t in COMMUNIQUE_OPERATIVE_AFTER]
    body = "\n".join(body_parts)
    return f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Joint Communiqué of the Meeting of the CLS Contact Group on the Marrow Basin \
Water Dispute | Concord of Littoral States</title>
    <meta name="description" content="Joint Communiqué, Halcyra, 19 September 2023" />
    <link rel="stylesheet" href="/static/css/site.css" />
    <!-- Invented example page: the Concord of Littoral States does not exist. -->
  </head>
  <body class="page-press-release">
    <div id="search-overlay" class="search-overlay" hidden="hidden">
      <form action="/search" method="get" class="search-form">
        <label for="q">Search the site</label>
        <input type="text" id="q" name="q" placeholder="Search..." />
        <button type="submit">Search</button>
      </form>
      <a href="#" class="search-close" role="button">Close Search Window</a>
    </div>
    <header class="site-header">
      <a class="logo" href="/">Concord of Littoral States &#8212; General Secretariat</a>
      <nav class="main-nav" aria-label="Main">
        <ul>
          <li><a href="/">Home</a></li>
          <li><a href="/about">About the Concord</a></li>
          <li><a href="/member-states">Member States</a></li>
          <li><a href="/press-releases" class="active">Press Releases</a></li>
          <li><a href="/documents">Documents</a></li>
          <li><a href="/contact">Contact</a></li>
          <li><a href="#search-overlay" class="search-open">Search</a></li>
        </ul>
      </nav>
    </header>
    <nav class="breadcrumb" aria-label="Breadcrumb">
      <a href="/">Home</a> &gt; <a href="/press-releases">Press Releases</a>
    </nav>
    <main id="content">
      <article class="press-release">
        <header>
          <p class="category">Press Releases|</p>
          <h1>Joint Communiqué of the Meeting of the CLS Contact Group on the Marrow Basin \
Water Dispute</h1>
          <p class="meta"><time datetime="2023-09-19">19 September 2023</time></p>
        </header>
        <div class="share-buttons" aria-label="Share">
          <span>Share:</span>
          <a href="#" class="share share-facebook">Facebook</a>
          <a href="#" class="share share-x">X</a>
          <a href="#" class="share share-linkedin">LinkedIn</a>
          <a href="#" class="share share-email">Email</a>
          <a href="#" class="share share-print">Print</a>
        </div>
        <div class="entry-content">
          <p>The Ministers of Foreign Affairs and senior officials of the Member States of \
the CLS Contact Group on the Marrow Basin Water Dispute met in Halcyra, Republic of Norvane, \
on 19 September 2023, on the sidelines of the Annual Coordination Meeting of CLS Foreign \
Ministers. The Secretary-General of the Concord, Dr. Amara Velkonen, chaired the \
meeting.</p>
{body}
          <p class="date-line">Halcyra, 19 September 2023</p>
        </div>
        <blockquote class="twitter-tweet" data-lang="en">
          <p lang="en" dir="ltr">The CLS Contact Group on the Marrow Basin met today in \
Halcyra under the chairmanship of Secretary-General Dr. Amara Velkonen and adopted a Joint \
Communiqué. <a href="https://twitter.com/hashtag/MarrowBasin">#MarrowBasin</a> \
<a href="https://t.co/kq7ZtW2mPa">pic.twitter.com/kq7ZtW2mPa</a></p>&#8212; CLS General \
Secretariat (@CLS_GenSec) <a href="https://twitter.com/CLS_GenSec/status/1704000000000000000">\
September 19, 2023</a>
        </blockquote>
        <script async="async" src="https://platform.twitter.com/widgets.js" \
charset="utf-8"></script>
        <div class="share-buttons share-bottom" aria-label="Share">
          <a href="#" class="share share-facebook">Facebook</a>
          <a href="#" class="share share-x">X</a>
          <a href="#" class="share share-email">Email</a>
        </div>
      </article>
      <aside class="related">
        <h2>Related press releases</h2>
        <ul>
          <li><a href="/press-releases/2023-03-15-contact-group">Contact Group on the \
Marrow Basin meets in Mirell (15 March 2023)</a></li>
          <li><a href="/press-releases/2023-07-28-bom-report">Basin Observer Mission \
issues its second report (28 July 2023)</a></li>
        </ul>
      </aside>
    </main>
    <footer class="site-footer">
      <p>&#169; 2023 Concord of Littoral States. All rights reserved.</p>
      <p><a href="/privacy">Privacy</a> | <a href="/terms">Terms of use</a> | \
<a href="/sitemap">Sitemap</a></p>
      <p>General Secretariat, 4 Harbour Row, Halcyra, Republic of Norvane</p>
    </footer>
  </body>
</html>
"""


# ---------------------------------------------------------------------------
# 3. Meeting report (python-docx)
# ---------------------------------------------------------------------------

REPORT_SYMBOL = r"CLS-CFM-13\2025-CG-MB\FINAL.REP"

REPORT_ATTENDEES = [
    ("Kingdom of Ostmere", "H.E. Mr. Aurel Vinterberg, Minister for Foreign Affairs"),
    ("Republic of Lunetia", "H.E. Ms. Odile Ferrant-Obadi, Minister of State"),
    ("Republic of Norvane", "Ambassador Pavel Issarov, Permanent Representative"),
    ("Sultanate of Qarveh", "H.E. Mr. Khalil bin Sa'ad Al-Murrani, Foreign Minister"),
    ("Republic of Valdoria", "H.E. Ms. Corinna Daalman, Minister for Foreign Affairs"),
]

REPORT_PARAGRAPHS = [
    "A Meeting of the CLS Contact Group on the Marrow Basin Water Dispute at the "
    "ministerial level was held on 14 May 2025 in Velmont, on the sidelines of the 13th "
    "Session of the CLS Council of Foreign Ministers. Mr. Selim Varnholt, Assistant "
    "Secretary-General for Political Affairs, chaired the meeting, which was attended by "
    "the Foreign Ministers and representatives of the Kingdom of Ostmere, the Republic of "
    "Lunetia, the Republic of Norvane, the Sultanate of Qarveh and the Republic of "
    "Valdoria. The heads of delegation are listed in the table below.",
    "The Chair recalled that this was the third meeting of the Contact Group since the "
    "adoption of Resolutions 4/12-POL and 5/12-POL at the Twelfth Session of the Council "
    "in Port Aster in March 2024, and that the present meeting would prepare the report "
    "requested from the Secretary-General by those resolutions.",
    "The Assistant Secretary-General delivered a statement on behalf of the "
    "Secretary-General, Dr. Amara Velkonen, underlining the importance the Concord "
    "attaches to a negotiated settlement of the dispute and to the protection of the "
    "water rights of the inhabitants of the basin, and thanking the Kingdom of Ostmere "
    "for hosting the technical talks between the two sides.",
    # paragraph 4: long enough to run over the page break
    "The Special Envoy of the Secretary-General on the Marrow Basin, Ambassador Rafiq "
    "Dornhalt, presented his second report to the Contact Group. He recalled that the "
    "Joint Hydrological Commission had been reconvened in Mirell in November 2024 after "
    "an interruption of more than five years, and that it had since held two sessions "
    "at which the two sides exchanged flow records for the period 2019 to 2024 and "
    "agreed on a common method for measuring the releases from the Tarn Gate Barrage. "
    "He reported that the Basin Observer Mission had been able to visit the gauging "
    "stations on the Valdorian side on four occasions during the dry season, but that "
    "its request for access to the upper reaches of the basin, submitted in October "
    "2024, was still under consideration by the authorities of the Federal Republic of "
    "Caspira. The Envoy described the situation of the riparian communities of the "
    "Lower Marrow Valley, where the number of households relying on water delivered by "
    "truck had fallen from about 9,000 in 2023 to about 5,500 in 2024, and where the "
    "reopening of the river crossing at Lessen Ford had allowed families divided by the "
    "border to meet again. He recommended that the Contact Group encourage both sides "
    "to conclude an interim arrangement on minimum releases before the start of the "
    "next dry season, to associate the Assembly of Basin Communities with the work of "
    "the Commission as an observer, and to agree on a procedure for the notification "
    "of any incident affecting water installations on either side of the border.",
    "H.E. Ms. Corinna Daalman, Minister for Foreign Affairs of the Republic of Valdoria, "
    "briefed the Contact Group on the fourth and fifth rounds of the technical talks held "
    "in Mirell. She expressed appreciation to the Secretary-General, to the members of the "
    "Contact Group and to the Special Envoy for their steady support, and informed the "
    "meeting that her Government had shared its own gauging data with the Joint "
    "Hydrological Commission.",
    "The Assistant Secretary-General also informed the meeting that the General "
    "Secretariat had submitted three proposals "
    "to the Littoral Development Fund in September 2024, covering water storage, the "
    "repair of irrigation channels and vocational training in the districts of the "
    "Lower Marrow Valley, and that the first of these had been approved by the Board of "
    "the Fund in January 2025.",
    "Members of the Contact Group reaffirmed their support for a negotiated settlement of "
    "the dispute on the basis of the Marrow Waters Accord of 1996 and the relevant "
    "resolutions of the Council. They called on both sides to refrain from any measure "
    "that would alter the flow of the river pending such a settlement.",
    "The representative of the Basin Observer Mission briefed the meeting on the findings "
    "of the Mission for the dry season of 2024 and on the arrangements made for the "
    "quarterly publication of its summaries.",
    "The Contact Group welcomed the readiness of the Kingdom of Ostmere to continue "
    "hosting the technical talks and took note with appreciation of the recommendations "
    "of the Special Envoy, which it decided to transmit to the Council.",
    "A statement was delivered by a representative of the Assembly of Basin Communities, "
    "who described the priorities of the communities for the coming season.",
    "The meeting adopted a Joint Communiqué.",
]

# The long paragraph (4) carries a <w:lastRenderedPageBreak/> before this text, as
# Word writes after laying the document out; it marks where page 2 begins.
REPORT_BREAK_BEFORE = "but that its request for access"


def make_report_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.5)

    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.0

    def centered(text: str, *, bold: bool = False, italic: bool = False, size: int = 12) -> None:
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.paragraph_format.space_after = Pt(0)
        run = para.add_run(text)
        run.bold, run.italic, run.font.size = bold, italic, Pt(size)

    sym = doc.add_paragraph()
    sym.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sym.add_run(REPORT_SYMBOL).bold = True
    doc.add_paragraph()
    centered("Report", bold=True, size=14)
    centered("of the Meeting of the CLS Contact Group on the Marrow Basin Water Dispute", bold=True)
    centered(
        "Held on the sidelines of the 13th Session of the CLS Council of Foreign Ministers",
        italic=True,
    )
    centered("Velmont, Republic of Lunetia")
    centered("14 May 2025")
    doc.add_paragraph()

    for n, text in enumerate(REPORT_PARAGRAPHS, start=1):
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        fmt = para.paragraph_format
        fmt.left_indent = Cm(1.0)
        fmt.first_line_indent = Cm(-1.0)
        fmt.tab_stops.add_tab_stop(Cm(1.0))
        if REPORT_BREAK_BEFORE in text:
            head, tail = text.split(REPORT_BREAK_BEFORE, 1)
            para.add_run(f"{n}.\t{head}")
            run = para.add_run(REPORT_BREAK_BEFORE + tail)
            run._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))
        else:
            para.add_run(f"{n}.\t{text}")
        if n == 1:
            table = doc.add_table(rows=1, cols=2)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            hdr = table.rows[0].cells
            hdr[0].text, hdr[1].text = "Member State", "Head of delegation"
            for cell in hdr:
                cell.paragraphs[0].runs[0].bold = True
            for state, head_of in REPORT_ATTENDEES:
                row = table.add_row().cells
                row[0].text, row[1].text = state, head_of
            doc.add_paragraph().paragraph_format.space_after = Pt(0)

    props = doc.core_properties
    stamp = dt.datetime(2025, 5, 15, 8, 30, 0)
    props.author = "General Secretariat (fictional)"
    props.last_modified_by = "General Secretariat (fictional)"
    props.title = "Report of the Meeting of the CLS Contact Group on the Marrow Basin"
    props.subject = "Invented example document"
    props.keywords = "communique example invented"
    props.comments = "Generated by scripts/make_examples.py"
    props.created = props.modified = props.last_printed = stamp
    props.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalize_zip(buf.getvalue()))


def _normalize_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and attributes so that output is stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 0
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------
# 4-6. Plain-text documents
# ---------------------------------------------------------------------------

PRESS_RELEASE_2023 = """\
Permanent Mission of the Republic of Valdoria
to the Concord of Littoral States
Halcyra


Press Release

Meeting of the Members of the CLS Contact Group on the Marrow Basin

Halcyra – 7 February 2023

The CLS Contact Group on the Marrow Basin Water Dispute held an informal meeting in \
Halcyra, hosted by Ambassador Matthias Quell, Permanent Representative of the Republic of \
Valdoria to the Concord, to review the joint efforts of its members towards a fair and \
lasting settlement of the dispute over the waters of the Marrow Basin.

Ambassador Quell briefed the members of the Contact Group on the situation in the Lower \
Marrow Valley, where, he said, the winter flows had fallen to “the lowest level recorded \
in thirty years”. He told the meeting that the farming cooperatives of the valley had \
lost a second harvest in a row and that Valdoria’s request for an emergency release from \
the Tarn Gate Barrage had not yet received a reply. He stressed that his Government would \
continue to seek a negotiated solution within the framework of the 1996 Accord and “will \
not take any step that makes the river harder to share”.

Ambassador Quell thanked the members of the Contact Group for their participation and for \
their continued support for the communities of the basin.

Earlier in the day, the Ambassadors of several Member States took part in a commemoration \
organized by the Valdorian Mission to mark the Day of the Basin Communities. Those who \
spoke included Ambassador Élodie Marchetti, Permanent Representative of the Republic of \
Lunetia, who said that “a shared river can only be managed by shared rules, and those \
rules already exist”; Ambassador Nasrin Al-Qaswari, Permanent Representative of the \
Sultanate of Qarveh, who said that “Qarveh stands ready to support any technical \
arrangement that both sides are able to accept”; and Ambassador Henrik Brandvold, \
Permanent Representative of the Kingdom of Ostmere, who expressed the hope that \
“practical cooperation on data will open the way to the Commission’s return”.

*****
"""

NEWS_REPORT_2022 = """\
The Concord of Littoral States (CLS) on Thursday said the dispute over the waters of the \
Marrow Basin “remains at the top of our agenda” and that “no lasting calm in the region is \
possible without a fair share of the river”.

“The question of the Marrow Basin is one of the oldest items before this organization, and \
our commitment to the people who live along the river has not changed and will not \
change,” said CLS Secretary-General Dr. Amara Velkonen.

She said the communities of the Lower Marrow Valley had a “legitimate expectation” that the \
Marrow Waters Accord of 1996 would be honoured by both parties.

“Measures that reduce the flow of a shared river without consultation cannot be the basis \
of a lasting arrangement, and they are not consistent with the Accord,” she said during her \
address to the Ministerial Contact Group on the Marrow Basin on the sidelines of the 5th \
Littoral Summit in Mirell, the capital of the Kingdom of Ostmere.

Calling for dialogue, the Secretary-General said: “I hope that Valdoria and Caspira will \
soon return to the Joint Hydrological Commission, which remains the best framework for \
settling the questions that divide them.”

Highlights of the Secretary-General’s address to the Ministerial Contact Group on the Marrow \
Basin on the sidelines of the 5th Littoral Summit. #MarrowBasin #LittoralSummit 1/ \
pic.twitter.com/Xq4Lm2Rb7d— CLS (@CLS_GenSec) June 2, 2022

“The General Secretariat will continue to raise the situation of the basin communities in \
all its contacts, and the Basin Observer Mission will go on recording the flows at every \
station it can reach,” she said.

Dr. Velkonen added that she had asked the Special Envoy, Ambassador Rafiq Dornhalt, to seek \
invitations to visit both Port Aster and Kessa.

Caspira has said the matter is a bilateral one, to be settled between Kessa and Port Aster \
without outside involvement, and did not attend the meeting.
"""

DECLARATION_2021 = """\
CONCORD OF LITTORAL STATES
Contact Group on the Marrow Basin Water Dispute

DECLARATION ON THE SECOND ANNIVERSARY OF THE UPPER MARROW DIVERSION ORDER

Halcyra, 14 August 2021

The members of the Contact Group on the Marrow Basin Water Dispute — the Kingdom of \
Ostmere, the Republic of Lunetia, the Republic of Norvane, the Sultanate of Qarveh and the \
Republic of Valdoria — meeting in Halcyra two years after the Upper Marrow Diversion Order \
of 14 August 2019 came into force, issue the following declaration:

1. The Contact Group recalls that the Marrow Waters Accord of 1996 remains the agreed \
framework for the sharing of the waters of the basin and that neither party has \
withdrawn from it.

2. The Contact Group notes with concern that the Joint Hydrological Commission has not \
met since March 2019 and that no flow data have been exchanged since that date.

3. The Contact Group calls upon the Federal Republic of Caspira and the Republic of \
Valdoria to resume the meetings of the Commission before the end of 2021.

4. The Contact Group requests the Secretary-General to offer her good offices to both \
parties and to inform the members of the Group of the response received by 31 October \
2021.

5. The Contact Group decides to remain seized of the matter and to meet again on the \
sidelines of the Annual Coordination Meeting of CLS Foreign Ministers in September 2021.
"""


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------


def check_hijri() -> None:
    """Check the Hijri dates printed in the resolutions, if ``hijridate`` is installed."""
    try:
        import hijridate
    except ImportError:
        return
    for day, expected in ((4, (1445, 8, 23)), (6, (1445, 8, 25))):
        h = hijridate.Gregorian(2024, 3, day).to_hijri()
        got = (h.year, h.month, h.day)
        if got != expected:
            raise SystemExit(f"Hijri date for 2024-03-{day:02d} is {got}, not {expected}")


def _write_text(path: Path, text: str, encoding: str = "utf-8", newline: str = "\n") -> None:
    path.write_bytes(text.replace("\n", newline).encode(encoding))


def write_all(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    check_hijri()
    written: list[Path] = []

    def mark(name: str) -> Path:
        path = out / name
        written.append(path)
        return path

    make_resolutions_pdf(mark("resolutions_2024.pdf"))
    _write_text(mark("joint_communique_2023.html"), communique_html())
    make_report_docx(mark("meeting_report_2025.docx"))
    # a national mission's release, saved on Windows: cp1252 with CRLF line ends
    _write_text(mark("press_release_2023.txt"), PRESS_RELEASE_2023, "cp1252", "\r\n")
    _write_text(mark("news_report_2022.txt"), NEWS_REPORT_2022)
    _write_text(mark("declaration_2021.txt"), DECLARATION_2021)
    return written


def _names(paths: Iterable[Path]) -> str:
    return ", ".join(p.name for p in paths)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else "")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    written = write_all(args.out)
    print(f"wrote {len(written)} files to {args.out}: {_names(written)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
