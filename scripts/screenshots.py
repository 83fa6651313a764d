"""Re-make the screenshots in docs/screenshots/: build a store from examples/,
serve it on loopback, and shoot the main pages in headless Chromium.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Needs Debian's chromium at /usr/bin/chromium and the playwright package
(its own browser download is not used).
"""

from __future__ import annotations

import argparse
import tempfile
import warnings
from pathlib import Path

from playwright.sync_api import sync_playwright

from communique.batch import expand, ingest_all
from communique.store import open_store
from communique.web.app import create_app
from communique.web.loopback import CHROMIUM, CHROMIUM_ARGS, serving

warnings.filterwarnings("ignore", message=".*httpx2.*")

ROOT = Path(__file__).resolve().parents[1]
# (file name, path, viewport width, full page)
SHOTS = [
    ("home.png", "/", 1200, True),
    ("search.png", "/search?q=water&type=resolution", 1200, True),
    ("document.png", "/document/{resolution}", 1200, False),
    ("documents.png", "/documents", 1200, True),
    ("document-phone.png", "/document/{resolution}", 390, False),
    ("meetings.png", "/meetings", 1200, True),
    ("meeting.png", "/meeting/{meeting}", 1200, True),
    ("actor.png", "/actor/amara-velkonen", 1200, True),
    ("mandates.png", "/mandates", 1200, False),
    ("mandates-phone.png", "/mandates", 390, False),
    ("compare.png", "/compare?a={resolution}&b={other}", 1200, False),
    ("phrases.png", "/phrases?q=Marrow+Basin", 1200, False),
]


def build_store(directory: Path) -> tuple[Path, dict[str, str]]:
    db = directory / "examples.db"
    with open_store(db) as store:
        summary = ingest_all(expand([str(ROOT / "examples")]), store)
        if not summary.ok:
            raise SystemExit(f"ingest failed: {summary.failures}")
        resolution, other = list(store.list(doc_type="resolution"))[:2]
        meeting = max(store.meetings(), key=lambda m: (bool(m.disagreements), m.sources))
    return db, {"resolution": resolution.id, "other": other.id, "meeting": meeting.id}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db, ids = build_store(Path(tmp))
        with serving(create_app(db)) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
            for name, path, width, full in SHOTS:
                context = browser.new_context(
                    viewport={"width": width, "height": 900}, device_scale_factor=1
                )
                page = context.new_page()
                page.goto(base + path.format(**ids))
                page.screenshot(path=str(out / name), full_page=full)
                context.close()
                print(out / name)
            browser.close()


if __name__ == "__main__":
    main()
