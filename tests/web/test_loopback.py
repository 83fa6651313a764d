"""The app on a loopback port from a background thread (the browser tests and
the screenshot script serve it so)."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest
from tests.web.conftest import Site

from communique.web.app import create_app
from communique.web.loopback import serving


def test_serves_while_the_block_runs_and_stops_after(site: Site) -> None:
    with serving(create_app(site.db)) as url:
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url + "/", timeout=10) as response:
            assert response.status == 200
            assert "<html" in response.read().decode("utf-8").lower()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url + "/", timeout=2)
