"""A store built once from examples/ plus a hostile document made here, and
the web app over it.

The hostile document holds markup, attribute breakers and unusual Unicode in
its title and clauses; its record is then given actors (one with a hostile
id), a date and a reference, as the extractors will, so every highlighting
path renders document text."""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from communique.batch import expand, ingest_all
from communique.models import Actor, DateMention, Record, Reference, Span
from communique.store import open_store

# Starlette 1.x asks for httpx2 in its TestClient; httpx works the same for us.
warnings.filterwarnings("ignore", message=".*httpx2.*")

from fastapi.testclient import TestClient  # noqa: E402

from communique.web.app import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '" onmouseover="alert(1)" data-x="'
IMG = "<img src=x onerror=alert(1)>"
RTL = "\u202edlrow olleh\u202c"
EMOJI = "\U0001f469\u200d\U0001f469\u200d\U0001f467"
HOSTILE_ACTOR_ID = '"><script>alert(3)</script>'

HOSTILE_TEXT = "\n\n".join(
    [
        f"FINAL COMMUNIQUE OF THE HOSTILE TEST MEETING {SCRIPT}",
        "The Council of Foreign Ministers of the Concord of Littoral States,"
        " meeting in Port Aster on 4 March 2024,",
        f"Recalling the statement {ATTRIBUTE} made by the Republic of Valdoria"
        " in resolution 4/12-POL;",
        f"1. Calls upon the Republic of Valdoria to respect {SCRIPT} and {IMG};",
        f"2. Notes the text {RTL}, a zero\u200dwidth joiner and the family {EMOJI};",
        "3. Decides to remain seized of the matter.",
    ]
)


# Two sources of one meeting that disagree on its date (25 / 26 September 2019);
# the communiqué gives the Secretary-General a mandate whose clause holds markup.
DISPUTED = {
    "basalt_communique_2019.txt": "\n\n".join(
        [
            "JOINT COMMUNIQUE OF THE MEETING OF THE CONTACT GROUP ON THE BASALT COAST",
            "The Contact Group on the Basalt Coast met in Port Aster on 25 September 2019.",
            "1. Welcomes the report of the Special Envoy on the Basalt Coast;",
            f"2. Requests the Secretary-General to report on the Basalt Coast {SCRIPT}"
            " to the next meeting of the Contact Group.",
        ]
    ),
    "basalt_press_2019.txt": "\n\n".join(
        [
            "PRESS RELEASE: MEETING OF THE CONTACT GROUP ON THE BASALT COAST",
            "Port Aster, 26 September 2019. The Contact Group on the Basalt Coast met in"
            f" Port Aster on 26 September 2019 and discussed the coast {IMG}.",
        ]
    ),
}


@dataclass(frozen=True)
class Site:
    db: Path
    hostile: Record
    resolution_id: str
    source_dir: Path
    other_resolution_id: str  # 5/12-POL, to compare with 4/12-POL
    disputed_meeting_id: str  # a meeting whose sources disagree on its date
    meeting_id: str  # the 12th session of the Council (two sources)


def _span(record: Record, words: str, after: str = "") -> Span:
    i = record.text.index(words, record.text.index(after) if after else 0)
    start = record.span.start + i
    return Span(start, start + len(words), start, start + len(words))


def annotate(record: Record) -> Record:
    """The record with actors, a date and a reference, as extractors give them."""
    return dataclasses.replace(
        record,
        actors=(
            Actor(
                "state", "Republic of Valdoria", _span(record, "Republic of Valdoria", "1. "), "VAL"
            ),
            Actor(
                "organisation",
                "Concord of Littoral States",
                _span(record, "Concord of Littoral States"),
                HOSTILE_ACTOR_ID,
            ),
        ),
        dates_mentioned=(DateMention("4 March 2024", _span(record, "4 March 2024"), "2024-03-04"),),
        references=(
            Reference(
                "document",
                "resolution 4/12-POL",
                _span(record, "resolution 4/12-POL"),
                symbol="4/12-POL",
            ),
        ),
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    tmp = tmp_path_factory.mktemp("web")
    hostile_file = tmp / "hostile_2024.txt"
    hostile_file.write_text(HOSTILE_TEXT, encoding="utf-8")
    disputed = []
    for name, text in DISPUTED.items():
        (tmp / name).write_text(text, encoding="utf-8")
        disputed.append(str(tmp / name))
    db = tmp / "site.db"
    with open_store(db) as store:
        summary = ingest_all(expand([str(EXAMPLES), str(hostile_file), *disputed]), store)
        assert summary.ok, summary.failures
        (record,) = store.records_of(str(hostile_file.resolve()))
        hostile = annotate(record)
        store.put_file(record.origin, record.sha256, [hostile])
        store.relink()
        resolutions = {s.symbol: s.id for s in store.list(doc_type="resolution")}
        meetings = store.meetings()
        (disputed_meeting,) = [m.id for m in meetings if m.disagreements]
        (meeting,) = [m.id for m in meetings if m.session == "12" and m.sources == 2]
    return Site(
        db,
        hostile,
        resolutions["4/12-POL"],
        tmp,
        resolutions["5/12-POL"],
        disputed_meeting,
        meeting,
    )


@pytest.fixture(scope="session")
def client(site: Site) -> Iterator[TestClient]:
    with TestClient(create_app(site.db), raise_server_exceptions=False) as c:
        yield c
