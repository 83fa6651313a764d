"""Small realistic inputs, made in the test run (nothing copied from the corpus)."""

from __future__ import annotations

import io

import docx
import pypdf
from fpdf import FPDF

PRESS_RELEASE_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Press statement</title>
<style>p { margin: 0 }</style><script>window.dataLayer = [];</script></head>
<body>
<header class="site-header"><a href="/">United Nations</a>
  <nav aria-label="Main navigation"><ul><li><a href="/en">Home</a></li>
  <li><a href="/press">Press</a></li></ul></nav></header>
<div id="searchWidget" class="overlay"><input type="search" placeholder="Search">
  <button type="button">Close Search Window</button></div>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/press">Press Releases</a></div>
<main id="content">
 <article>
  <header><h1>Security Council Press Statement on Attack in Mogadishu</h1>
   <p class="date">22 June 2020</p></header>
  <ul class="share-links"><li><a>Share on Facebook</a></li><li><a>Share on Twitter</a></li></ul>
  <p>The members of the Security Council <strong>condemned</strong> in the strongest
     terms the attack in Mogadishu&nbsp;on 20 June.</p>
  <blockquote class="twitter-tweet"><p lang="en">We stand with Somalia.
     <a href="https://t.co/x">pic.twitter.com/AbC123xyz</a></p>&mdash; UN Spokesperson
     (@UN_Spokesperson) <a href="#">June 22, 2020</a></blockquote>
  <ol><li>Calls upon all parties to respect the ceasefire;</li>
      <li>Decides to remain actively seized of the matter.</li></ol>
  <p>Contact:<br>UN Press Office<br><br>New York</p>
  <aside class="related-stories"><h2>Related</h2><p>Earlier statement on Somalia</p></aside>
 </article>
</main>
<footer><p>Copyright United Nations</p></footer>
<script>track();</script>
</body></html>
"""


def two_page_pdf() -> bytes:
    """Two pages; the first breaks "development" with a line-end hyphen."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    pdf.add_page()
    line = "The Ministers reaffirmed their commitment to the develop-\nment of the region."
    pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 8, "They agreed on a follow-up meeting.", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.multi_cell(
        0, 8, "The Ministers expressed their gratitude to the host.", new_x="LMARGIN", new_y="NEXT"
    )
    return bytes(pdf.output())


def blank_pdf() -> bytes:
    """One page with no text layer, as a scanner without OCR leaves it."""
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # something drawn, nothing written
    return bytes(pdf.output())


def encrypted_pdf(user_password: str = "secret", owner_password: str | None = None) -> bytes:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(two_page_pdf()))
    writer.encrypt(user_password, owner_password=owner_password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def communique_docx() -> bytes:
    """A heading, a paragraph, a numbered list, a bullet, a table and a page header."""
    document = docx.Document()
    document.add_heading("Final Communiqué", level=1)
    document.add_paragraph("The Ministers met in Banjul on 4 May 2019.")
    document.add_paragraph("Welcome the report of the Secretary-General;", style="List Number")
    document.add_paragraph("Decide to remain seized of the matter.", style="List Number")
    document.add_paragraph("a point in a bulleted list", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    for (row, col), text in {(0, 0): "Country", (0, 1): "Vote", (1, 0): "Gambia"}.items():
        table.cell(row, col).text = text
    table.cell(1, 1).text = "In favour"
    document.add_paragraph("Done in Banjul.")
    document.sections[0].header.paragraphs[0].text = "OIC/CFM-46/2019/FC"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
