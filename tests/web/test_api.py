"""The JSON API over a store built from examples/: every route, bad input
included, every error in the one shape, and a walk over /openapi.json."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.web.conftest import Site

from communique.web.app import create_app

ERROR_KEYS = {"status", "code", "message"}


def assert_error(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == ERROR_KEYS
    assert error["status"] == status
    assert isinstance(error["message"], str) and error["message"]
    assert "Traceback" not in response.text and 'File "' not in response.text
    if code is not None:
        assert error["code"] == code, error
    return error


def test_stats(client: TestClient) -> None:
    data = client.get("/api/stats").json()
    assert data["documents"] == 10  # seven from examples/, one hostile, two disputed
    assert data["files"] == 9
    assert data["by_doc_type"]["resolution"] == 2
    assert data["by_year"]["2024"] >= 3


def test_home_is_the_home_page_data(client: TestClient) -> None:
    data = client.get("/api/home").json()
    assert data["overview"]["documents"] == 10
    assert data["timeline"]["bars"], "a bar per year and type"
    assert {e["label"] for e in data["timeline"]["legend"]} >= {"resolution", "statement"}


def test_documents_paged_and_filtered(client: TestClient) -> None:
    all_docs = client.get("/api/documents").json()
    assert all_docs["total"] == 10 and len(all_docs["documents"]) == 10
    page = client.get("/api/documents", params={"limit": 3, "offset": 3}).json()
    assert [d["id"] for d in page["documents"]] == [d["id"] for d in all_docs["documents"][3:6]]
    resolutions = client.get("/api/documents", params={"type": "resolution"}).json()
    assert resolutions["total"] == 2
    assert {d["symbol"] for d in resolutions["documents"]} == {"4/12-POL", "5/12-POL"}
    in_2024 = client.get("/api/documents", params={"year": 2024}).json()
    assert all(d["year"] == 2024 for d in in_2024["documents"]) and in_2024["total"] >= 3
    assert page["documents"][0]["links"]["page"].startswith("/document/")


def test_document_is_record_view(client: TestClient, site: Site) -> None:
    data = client.get(f"/api/documents/{site.resolution_id}").json()
    assert data["symbol"] == "4/12-POL" and data["doc_type"] == "resolution"
    assert data["operative"] and all("span" in c for c in data["operative"])
    assert data["links"]["source"] == f"/document/{site.resolution_id}/source"
    by_prefix = client.get(f"/api/documents/{site.hostile.id[:8]}").json()
    assert by_prefix["id"] == site.hostile.id


def test_document_carries_annotations(client: TestClient, site: Site) -> None:
    data = client.get(f"/api/documents/{site.hostile.id}").json()
    assert data["actors"][0]["id"] == "VAL"
    assert data["dates_mentioned"][0]["start"] == "2024-03-04"
    assert data["references"][0]["symbol"] == "4/12-POL"


def test_search_hits_and_facets(client: TestClient) -> None:
    data = client.get("/api/search", params={"q": "water"}).json()
    assert data["total"] > 0 and data["hits"]
    hit = data["hits"][0]
    assert hit["highlights"] and all(
        hit["snippet"][s:e].lower() == "water" for s, e in hit["highlights"]
    )
    assert hit["links"]["page"] == f"/document/{hit['record_id']}#c{hit['clause_seq']}"
    assert set(data["facets"]) == {"type", "year", "body", "act", "language"}
    assert sum(v["count"] for v in data["facets"]["type"]) == data["total"]
    assert data["capped"] is False and data["cap"] == 1000


def test_search_filters_narrow_the_hits(client: TestClient) -> None:
    everything = client.get("/api/search", params={"q": "water"}).json()
    only = client.get("/api/search", params={"q": "water", "type": "resolution"}).json()
    assert 0 < only["total"] < everything["total"]
    assert {h["doc_type"] for h in only["hits"]} == {"resolution"}
    assert only["facets"]["type"] == [
        {"value": "resolution", "count": only["total"], "selected": True}
    ]
    year = client.get(
        "/api/search", params={"q": "water", "year_from": 2023, "year_to": 2023}
    ).json()
    assert year["hits"] and {h["year"] for h in year["hits"]} == {2023}
    act = everything["facets"]["act"][0]["value"]
    by_act = client.get("/api/search", params={"q": "water", "act": act}).json()
    assert by_act["total"] == everything["facets"]["act"][0]["count"]
    assert {h["act"] for h in by_act["hits"]} == {act}
    english = client.get("/api/search", params={"q": "water", "language": "en"}).json()
    assert english["total"] == everything["total"]
    nobody = client.get("/api/search", params={"q": "water", "body": "No Such Body"}).json()
    assert nobody["total"] == 0 and nobody["hits"] == []


def test_search_pages_do_not_overlap(client: TestClient) -> None:
    first = client.get("/api/search", params={"q": "the", "limit": 5}).json()
    second = client.get("/api/search", params={"q": "the", "limit": 5, "offset": 5}).json()
    assert first["total"] > 10
    keys = lambda d: {(h["record_id"], h["clause_seq"]) for h in d["hits"]}  # noqa: E731
    assert len(keys(first)) == 5 and len(keys(second)) == 5 and not keys(first) & keys(second)


def test_actor(client: TestClient, site: Site) -> None:
    data = client.get("/api/actors/VAL").json()
    assert data["mentions"][0]["document"]["id"] == site.hostile.id
    assert data["mentions"][0]["names"] == ["Republic of Valdoria"]


BAD = [
    ("/api/documents/no-such-record", 404, "not_found"),
    ("/api/documents/ab", 404, "not_found"),
    ("/api/documents?limit=101", 400, "invalid_parameter"),
    ("/api/documents?limit=0", 400, "invalid_parameter"),
    ("/api/documents?offset=-1", 400, "invalid_parameter"),
    ("/api/documents?type=treaty", 400, "invalid_parameter"),
    ("/api/documents?year=twenty", 400, "invalid_parameter"),
    ("/api/search", 400, "invalid_parameter"),
    ("/api/search?q=", 400, "invalid_parameter"),
    ("/api/search?q=" + "x" * 501, 400, "invalid_parameter"),
    ("/api/search?q=water&limit=101", 400, "invalid_parameter"),
    ("/api/search?q=water&limit=abc", 400, "invalid_parameter"),
    ("/api/search?q=water&offset=1000", 400, "invalid_parameter"),
    ("/api/search?q=water&type=treaty", 400, "invalid_parameter"),
    ("/api/search?q=water&year_from=abc", 400, "invalid_parameter"),
    ("/api/search?q=water&year_from=2025&year_to=2020", 400, "bad_query"),
    ('/api/search?q="unbalanced', 400, "bad_query"),
    ("/api/search?q=water%00", 400, "bad_query"),
    ("/api/search?q=OR", 400, "bad_query"),
    ("/api/search?q=-water", 400, "bad_query"),
    ("/api/actors/NOBODY", 404, "not_found"),
    ("/api/no-such-route", 404, "not_found"),
    ("/openapi.json/x", 404, None),
]


@pytest.mark.parametrize(("url", "status", "code"), BAD)
def test_bad_input_has_the_one_error_shape(
    client: TestClient, url: str, status: int, code: str | None
) -> None:
    response = client.get(url)
    if url.startswith("/api"):
        assert_error(response, status, code)
    else:
        assert response.status_code == status


def test_wrong_method_has_the_one_error_shape(client: TestClient) -> None:
    assert_error(client.post("/api/search", params={"q": "water"}), 405, "method_not_allowed")


def test_unexpected_failure_is_a_500_without_traceback(site: Site) -> None:
    app = create_app(site.db)
    with TestClient(app, raise_server_exceptions=False) as c:
        app.state.dossier.store.close()  # every read now fails inside sqlite3
        error = assert_error(c.get("/api/stats"), 500, "internal_error")
        assert "sqlite" not in error["message"].lower()
        page = c.get("/")
        assert page.status_code == 500 and "Traceback" not in page.text


def test_no_documentation_page_loads_from_a_cdn(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404
    spec = client.get("/openapi.json")
    assert spec.status_code == 200 and "cdn" not in spec.text.lower()


# ------------------------------------------------------------------ the OpenAPI walk

GOOD_VALUES: dict[str, Any] = {"q": "water", "actor_id": "VAL", "type": "resolution"}
BAD_VALUES: dict[str, str] = {"integer": "not-a-number", "string": "x" * 501}


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in ("get", "post", "put", "delete", "patch")
    ]


def _type(param: dict[str, Any]) -> str:
    schema = param["schema"]
    options = schema.get("anyOf", [schema])
    return next((o["type"] for o in options if o.get("type") != "null"), "string")


def fill(path: str, op: dict[str, Any], site: Site, **override: str) -> tuple[str, dict[str, Any]]:
    values = {
        **GOOD_VALUES,
        "record_id": site.resolution_id,
        "meeting_id": site.meeting_id,
        "a": site.resolution_id,
        "b": site.other_resolution_id,
    }
    query: dict[str, Any] = {}
    for p in op.get("parameters", []):
        name = p["name"]
        value = override.get(name, values.get(name))
        if p["in"] == "path":
            path = path.replace("{" + name + "}", str(value))
        elif name in override or p.get("required"):
            query[name] = value
    return path, query


def test_openapi_lists_every_api_route(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = {path for path, _, _ in operations(spec)}
    assert paths == {
        "/api/stats",
        "/api/home",
        "/api/documents",
        "/api/documents/{record_id}",
        "/api/search",
        "/api/actors/{actor_id}",
        "/api/meetings",
        "/api/meetings/{meeting_id}",
        "/api/mandates",
        "/api/compare",
        "/api/phrases",
    }


def test_walk_openapi_every_route_answers(client: TestClient, site: Site) -> None:
    spec = client.get("/openapi.json").json()
    for path, method, op in operations(spec):
        url, query = fill(path, op, site)
        response = client.request(method.upper(), url, params=query)
        assert response.status_code == 200, (url, response.text)
        assert "200" in op["responses"]


def test_walk_openapi_every_parameter_refuses_bad_values(client: TestClient, site: Site) -> None:
    spec = client.get("/openapi.json").json()
    tried = 0
    for path, method, op in operations(spec):
        for p in op.get("parameters", []):
            if p["in"] == "path":
                bad = "zz-not-there"
            else:
                bad = BAD_VALUES.get(_type(p), BAD_VALUES["string"])
            url, query = fill(path, op, site, **{p["name"]: bad})
            response = client.request(method.upper(), url, params=query)
            error = assert_error(response, response.status_code)
            assert response.status_code in (400, 404), (url, query, error)
            assert str(response.status_code) in op["responses"], (path, response.status_code)
            tried += 1
    assert tried >= 15


# ------------------------------------------------------------ link-stage routes


def test_meetings_and_meeting(client: TestClient, site: Site) -> None:
    data = client.get("/api/meetings", params={"year": 2019}).json()
    ids = [m["id"] for m in data["meetings"]]
    assert site.disputed_meeting_id in ids and data["total"] == len(ids)
    assert data["meetings"][0]["links"]["page"].startswith("/meeting/")
    m = client.get(f"/api/meetings/{site.disputed_meeting_id}").json()
    (dispute,) = m["disputes"]
    assert dispute["field"] == "dates"
    assert [v for v, _ in dispute["values"]] == ["25 September 2019", "26 September 2019"]
    assert all(docs for _, docs in dispute["values"])
    assert_error(client.get("/api/meetings/m-none"), 404, "not_found")
    assert_error(client.get("/api/meetings", params={"limit": 0}), 400, "invalid_parameter")


def test_actor_roles_quotes_asks(client: TestClient) -> None:
    a = client.get("/api/actors/amara-velkonen").json()
    assert a["kind"] == "person" and a["names"][0] == "Amara Velkonen"
    assert {r["role"] for r in a["roles"]} >= {"Secretary-General"}
    dates = [r["date"] or "~" for r in a["roles"]]
    assert dates == sorted(dates)
    assert a["said"] and all(q["document"]["id"] for q in a["said"])
    assert any(x["via"] == "the Secretary-General" for x in a["asked"])


def test_mandates_board(client: TestClient) -> None:
    board = client.get("/api/mandates").json()
    assert [c["status"] for c in board["columns"]] == [
        "open",
        "reported",
        "reiterated",
        "superseded",
        "lapsed",
    ]
    assert board["total"] == sum(board["counts"].values()) > 0
    one = board["columns"][1]["mandates"][0]
    assert {"clause_text", "addressee", "due", "evidence", "status"} <= set(one)
    assert one["evidence"] and one["status"] == "reported"
    sg = client.get("/api/mandates", params={"addressee": "Secretary-General"}).json()
    assert 0 < sg["total"] < board["total"]
    assert_error(client.get("/api/mandates", params={"status": "done"}), 400, "invalid_parameter")


def test_compare(client: TestClient, site: Site) -> None:
    data = client.get(
        "/api/compare", params={"a": site.resolution_id, "b": site.other_resolution_id}
    ).json()
    c = data["comparison"]
    assert c["label_a"] == "4/12-POL" and c["label_b"] == "5/12-POL"
    assert c["pairs"] and sum(c["tally"].values()) > 0
    assert_error(client.get("/api/compare", params={"a": site.resolution_id}), 400)
    assert_error(client.get("/api/compare", params={"a": "zzzz-no", "b": "yyyy-no"}), 404)


def test_phrases(client: TestClient) -> None:
    data = client.get("/api/phrases", params={"q": "Marrow Basin", "limit": 2}).json()
    assert data["total"] >= 3 and len(data["occurrences"]) == 2
    assert sum(y["clauses"] for y in data["by_year"]) == data["total"]
    assert sum(b["clauses"] for b in data["by_body"]) == data["total"]
    assert_error(client.get("/api/phrases", params={"q": "  "}), 400, "invalid_parameter")
    assert_error(client.get("/api/phrases"), 400, "invalid_parameter")


def test_document_json_links(client: TestClient, site: Site) -> None:
    d = client.get(f"/api/documents/{site.resolution_id}").json()
    assert d["meetings"] and d["meetings"][0]["links"]["page"].startswith("/meeting/")
    assert site.other_resolution_id in {x["id"] for x in d["compare_with"]}


def test_cached_answer_is_the_same_and_errors_are_not_cached(
    client: TestClient, site: Site
) -> None:
    first = client.get(f"/api/documents/{site.resolution_id}")
    again = client.get(f"/api/documents/{site.resolution_id}")
    assert first.content == again.content and again.headers["x-content-type-options"]
    assert_error(client.get("/api/meetings/m-zz"), 404)
    assert_error(client.get("/api/meetings/m-zz"), 404)
