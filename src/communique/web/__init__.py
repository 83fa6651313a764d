"""The dossier as web pages and a JSON API: ``communique serve``.

queries.py   one data function per page; the only code here that reads the store
pages.py     HTML routes rendering templates/ with those functions' data
api.py       the same data as JSON under /api
errors.py    one error shape for every failure, JSON or HTML
app.py       create_app(store_path): the FastAPI app tying them together
"""

from __future__ import annotations

from communique.web.app import create_app

__all__ = ["create_app"]
