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


# ------------------------------------------------------------ link-stage pages

NEW_PAGES = ("/meetings", "/mandates", "/compare", "/phrases")


def test_nav_links_every_page(client: TestClient) -> None:
    text = page(client, "/")
    for url in NEW_PAGES:
        assert f'<a href="{url}"' in text
    assert '<a href="/mandates" aria-current="page">' in page(client, "/mandates")


def test_meetings_list_and_filters(client: TestClient, site: Site) -> None:
    text = page(client, "/meetings")
    assert f'href="/meeting/{site.disputed_meeting_id}"' in text
    assert "sources disagree: dates" in text
    in_2019 = page(client, "/meetings?year=2019")
    assert "25 September 2019" in in_2019 and "2024" not in in_2019.split("<table")[1]
    basalt = page(client, "/meetings?body=Basalt")
    assert "1 meeting." in basalt and "Contact Group on the Basalt Coast" in basalt
    assert "invalid_parameter" in page(client, "/meetings?year=19x9", 400)
    assert "invalid_parameter" in page(client, "/meetings?page=0", 400)


def test_meeting_shows_disagreement_first_with_sources(client: TestClient, site: Site) -> None:
    text = page(client, f"/meeting/{site.disputed_meeting_id}")
    disputes = text.index('<section class="disputes"')
    assert disputes < text.index('id="h-claims"')
    section = text[disputes : text.index("</section>", disputes)]
    assert "sources disagree:" in section
    assert "25 September 2019 (<a href=" in section and "26 September 2019 (<a href=" in section
    assert "Port Aster" in text  # the city every source gives
    assert "not_found" in page(client, "/meeting/m-not-a-meeting", 404)


def test_meeting_prefix_and_plain_meeting(client: TestClient, site: Site) -> None:
    text = page(client, f"/meeting/{site.meeting_id[:8]}")
    assert "Sources disagree" not in text and "Council of Foreign Ministers" in text


def test_document_page_links_meetings_references_and_compare(
    client: TestClient, site: Site
) -> None:
    text = page(client, f"/document/{site.resolution_id}")
    assert "Meetings this records or mentions" in text and 'href="/meeting/' in text
    assert f'href="/compare?a={site.resolution_id}&amp;b={site.other_resolution_id}"' in text
    report = client.get("/api/documents?type=meeting_report").json()["documents"][0]["id"]
    text = page(client, f"/document/{report}")
    assert f'<a href="/document/{site.resolution_id}">4/12-POL</a>' in text  # resolved reference


def test_actor_page_roles_quotes_and_asks(client: TestClient) -> None:
    text = page(client, "/actor/amara-velkonen")
    assert "<h1>Amara Velkonen</h1>" in text
    roles = text[text.index('id="h-roles"') : text.index("</section>", text.index('id="h-roles"'))]
    assert "Secretary-General" in roles and "19 September 2023" in roles
    assert 'id="h-said"' in text and "legitimate expectation" in text
    assert 'id="h-asked"' in text and "(to the Secretary-General)" in text


def test_mandates_board_sections_and_filters(client: TestClient) -> None:
    text = page(client, "/mandates")
    order = [
        text.index(f'id="h-{s}"')
        for s in ("open", "reported", "reiterated", "superseded", "lapsed")
    ]
    assert order == sorted(order)
    assert "Requests the Secretary-General to report on the Basalt Coast" in text
    only = page(client, "/mandates?status=open&addressee=Member+States")
    assert 'id="h-reported"' not in only and "Member States" in only
    assert 'href="/api/mandates?status=open&amp;addressee=Member+States"' in only
    assert "invalid_parameter" in page(client, "/mandates?status=finished", 400)
    assert "invalid_parameter" in page(client, "/mandates?body=" + "x" * 300, 400)


def test_compare_page(client: TestClient, site: Site) -> None:
    form = page(client, "/compare")
    assert '<form class="filters" action="/compare"' in form and "<table" not in form
    text = page(client, f"/compare?a={site.resolution_id}&b={site.other_resolution_id}")
    assert '<table class="comparison">' in text and "<del>" in text and "<ins>" in text
    assert "4/12-POL" in text and "5/12-POL" in text
    assert "not_found" in page(client, f"/compare?a={site.resolution_id}&b=zzzz-none", 404)


def test_phrase_history_page(client: TestClient) -> None:
    assert "<svg" not in page(client, "/phrases")
    text = page(client, "/phrases?q=Marrow+Basin")
    assert "contain “Marrow Basin”" in text and '<svg xmlns="http://www.w3.org/2000/svg"' in text
    assert 'id="h-body"' in text and 'href="#b-1"' in text and 'id="b-1"' in text
    assert "invalid_parameter" in page(client, "/phrases?q=" + "x" * 300, 400)
    assert "invalid_parameter" in page(client, "/phrases?q=%2C%2C", 400)


def test_hostile_text_is_escaped_on_the_new_pages(client: TestClient, site: Site) -> None:
    for url in (
        "/mandates",
        f"/compare?a={site.hostile.id}&b={site.resolution_id}",
        "/phrases?q=respect",
        f"/actor/{site.hostile.actors[1].id}".replace("/", "/", 1),
    ):
        response = client.get(url)
        text = response.text
        assert "<script>alert" not in text and "<img src=x" not in text, url
        if response.status_code == 200 and "actor" not in url:
            assert esc(SCRIPT) in text or str(escape(SCRIPT)) in text, url
    title = page(client, f"/compare?a={site.hostile.id}&b={site.resolution_id}")
    assert esc(f"HOSTILE TEST MEETING {SCRIPT}") in title or esc(SCRIPT) in title


def test_cached_pages_follow_the_store_generation(tmp_path: Path) -> None:
    """The response cache keeps a page only while the store's write counter
    stands: a write by another process (an ingest) shows on the next request."""
    first = tmp_path / "first_2024.txt"
    first.write_text("Press release\n\nThe meeting was held on 4 March 2024.\n", encoding="utf-8")
    second = tmp_path / "second_2024.txt"
    second.write_text("Press release\n\nThe talks resumed on 5 March 2024.\n", encoding="utf-8")
    db = tmp_path / "gen.db"
    with open_store(db) as store:
        ingest_all([str(first)], store)
    with TestClient(create_app(db, cache=True), raise_server_exceptions=False) as c:
        assert "<p>1 document," in c.get("/documents").text
        assert "<p>1 document," in c.get("/documents").text  # from the cache
        with open_store(db) as store:
            ingest_all([str(second)], store)
        assert "<p>2 documents," in c.get("/documents").text
