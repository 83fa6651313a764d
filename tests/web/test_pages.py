"""The HTML pages: expected text, shareable URLs, and a hostile document's
text escaped everywhere it shows."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient
from markupsafe import escape
from tests.web.conftest import (
    ATTRIBUTE,
    HOSTILE_ACTOR_ID,
    IMG,
    RTL,
    SCRIPT,
    Site,
)

from communique.batch import ingest_all
from communique.store import open_store
from communique.web.app import create_app


def esc(text: str) -> str:
    """The text as the templates escape it (markupsafe: " becomes &#34;)."""
    return str(escape(text))


def page(client: TestClient, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def test_home_shows_what_the_dossier_holds(client: TestClient) -> None:
    text = page(client, "/")
    assert "<h1>The dossier</h1>" in text
    assert "10 documents from 9 files" in text
    assert '<svg viewBox="0 0 760 260" role="img"' in text
    assert "<title>2024 · resolution: 2</title>" in text
    assert 'href="/documents?type=resolution"' in text
    assert "1 document without a year is not shown." in text


def test_every_page_has_landmarks_skip_link_and_security_headers(
    client: TestClient, site: Site
) -> None:
    for url in ("/", "/documents", "/search?q=water", f"/document/{site.resolution_id}"):
        response = client.get(url)
        text = response.text
        assert '<a class="skip" href="#main">' in text and '<main id="main"' in text
        assert "<header" in text and "<nav" in text and text.count("<h1") == 1
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert "<script" not in text.replace(esc(SCRIPT), "")


def test_documents_list_filters(client: TestClient) -> None:
    text = page(client, "/documents?type=resolution")
    assert "2 documents" in text and "On the Marrow Basin Water Dispute" in text
    assert "Declaration on the Second Anniversary" not in text
    assert '<option value="resolution" selected>' in text
    assert "3 documents" not in page(client, "/documents?year=2021")


def test_search_page_marks_matches_and_links_facets(client: TestClient) -> None:
    text = page(client, "/search?q=water")
    assert "<mark>water</mark>" in text or "<mark>Water</mark>" in text
    assert 'href="/search?q=water&amp;type=resolution"' in text
    assert 'href="/search?q=water&amp;year_from=2024&amp;year_to=2024"' in text
    assert re.search(r'<label for="q">', text) and 'value="water"' in text
    narrowed = page(client, "/search?q=water&type=resolution")
    assert 'aria-current="true"' in narrowed and "✓ resolution" in narrowed
    assert 'href="/search?q=water"' in narrowed  # the way back: the filter removed


def test_search_pages_link_to_each_other(client: TestClient) -> None:
    first = page(client, "/search?q=the")
    assert 'rel="next" href="/search?q=the&amp;page=2"' in first
    second = page(client, "/search?q=the&page=2")
    assert 'rel="prev" href="/search?q=the"' in second and "Page 2 of" in second


def test_empty_search_shows_the_form(client: TestClient) -> None:
    text = page(client, "/search")
    assert '<form class="search"' in text and "matching clause" not in text


def test_search_errors_are_pages_in_the_one_shape(client: TestClient) -> None:
    text = page(client, "/search?q=%22unbalanced", 400)
    assert "unbalanced quote" in text and "<code>bad_query</code>" in text
    assert "Traceback" not in text
    assert "invalid_parameter" in page(client, "/search?q=" + "x" * 501, 400)
    assert "invalid_parameter" in page(client, "/search?q=water&year_from=nope", 400)
    assert "invalid_parameter" in page(client, "/search?q=water&type=treaty", 400)
    assert "not_found" in page(client, "/no/such/page", 404)
    assert "not_found" in page(client, "/document/no-such-id", 404)


def test_document_page_shows_structure(client: TestClient, site: Site) -> None:
    text = page(client, f"/document/{site.resolution_id}")
    assert "<h1>On the Marrow Basin Water Dispute</h1>" in text
    assert '<h2 id="h-preambular">Preambular clauses</h2>' in text
    assert '<h2 id="h-operative">Operative clauses</h2>' in text
    assert '<span class="act" title="The act this clause performs">reaffirm</span>' in text
    assert "<dt>Symbol</dt><dd>4/12-POL</dd>" in text
    assert f'href="/document/{site.resolution_id}/source" download' in text
    assert 'id="c0"' in text and "Problems found at extraction" in text


def test_document_source_download(client: TestClient, site: Site) -> None:
    response = client.get(f"/document/{site.resolution_id}/source")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert "attachment" in response.headers["content-disposition"]


def test_source_that_moved_is_a_404(tmp_path: Path) -> None:
    moved = tmp_path / "gone_2024.txt"
    moved.write_text("Press release\n\nThe meeting was held on 4 March 2024.\n", encoding="utf-8")
    db = tmp_path / "gone.db"
    with open_store(db) as store:
        ingest_all([str(moved)], store)
        (summary,) = store.list()
    moved.unlink()
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        response = c.get(f"/document/{summary.id}/source")
        assert response.status_code == 404
        assert "source_unavailable" in response.text
        assert "Download the original file" not in c.get(f"/document/{summary.id}").text


def test_source_that_changed_is_a_404(tmp_path: Path) -> None:
    changed = tmp_path / "changed_2024.txt"
    changed.write_text("Press release\n\nThe meeting was held on 4 March 2024.\n", encoding="utf-8")
    db = tmp_path / "changed.db"
    with open_store(db) as store:
        ingest_all([str(changed)], store)
        (summary,) = store.list()
    changed.write_text("Something else entirely.\n", encoding="utf-8")
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        response = c.get(f"/document/{summary.id}/source")
        assert response.status_code == 404 and "source_changed" in response.text


def test_hostile_document_is_escaped_everywhere(client: TestClient, site: Site) -> None:
    doc = page(client, f"/document/{site.hostile.id}")
    results = page(client, "/search?q=respect")
    listing = page(client, "/documents?year=2024")
    for text in (doc, results, listing):
        assert SCRIPT not in text and IMG not in text and ATTRIBUTE not in text
        assert "onerror=alert" not in text.replace(esc(IMG), "")
    assert esc(SCRIPT) in doc
    assert esc(IMG) in doc
    assert esc(ATTRIBUTE) in doc
    title = f"FINAL COMMUNIQUE OF THE HOSTILE TEST MEETING {esc(SCRIPT)}"
    assert f"<title>{title} · communique</title>" in doc
    assert not re.search(r"<[^>]*\sonmouseover=", doc)  # as text it is harmless; never in a tag
    assert RTL in doc  # the text as written: not dropped, not rewritten
    assert "\U0001f469" in doc


def test_hostile_annotations_are_escaped_and_linked(client: TestClient, site: Site) -> None:
    doc = page(client, f"/document/{site.hostile.id}")
    assert (
        '<a class="ann ann-actor" href="/actor/VAL" title="state · VAL">Republic of Valdoria</a>'
        in doc
    )
    assert HOSTILE_ACTOR_ID not in doc
    assert 'href="/actor/%22%3E%3Cscript%3Ealert%283%29%3C%2Fscript%3E"' in doc
    assert '<mark class="ann ann-date" title="2024-03-04">4 March 2024</mark>' in doc
    assert (
        '<mark class="ann ann-reference" title="document · 4/12-POL">resolution 4/12-POL</mark>'
        in doc
    )


def test_hostile_query_is_escaped(client: TestClient) -> None:
    text = page(client, "/search?q=" + SCRIPT.replace("<", "%3C").replace(">", "%3E"))
    assert SCRIPT not in text and esc(SCRIPT) in text


def test_actor_page(client: TestClient, site: Site) -> None:
    text = page(client, "/actor/VAL")
    assert "Republic of Valdoria" in text and f'href="/document/{site.hostile.id}"' in text
    assert "not_found" in page(client, "/actor/" + HOSTILE_ACTOR_ID.replace("/", "%2F") + "x", 404)
