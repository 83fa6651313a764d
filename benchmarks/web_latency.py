"""Web latency on loopback: p50/p99 of the document page, the search page and
the API, at 1 and at 50 concurrent clients, over a store of the whole shared
corpus (../shared/corpus/seeds and unsc).

The server is ``communique serve --workers N`` in a subprocess; this
process is the load: a bounded number of requests per scenario from asyncio
clients over httpx, each client sending its next request when the previous
one is answered (a closed loop). Both share the machine, so the load's own
CPU is part of what is measured.

    python benchmarks/web_latency.py                    # 2,000 requests per scenario
    python benchmarks/web_latency.py --workers 2 --requests 500
    python benchmarks/web_latency.py --keep /tmp/webbench   # reuse the store next time

Target (issue 6): p99 ≤ 100 ms at 50 concurrent clients for search and
document pages.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

import httpx

from communique.batch import expand, ingest_all
from communique.store import open_store

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
WORDS = [
    "security council",
    "ceasefire",
    '"territorial integrity"',
    "sanctions",
    "peacekeeping",
    "refugees",
    "nuclear",
    "humanitarian assistance",
    "Cyprus",
    "Israel",
    "Congo",
    "elections",
    '"arms embargo"',
    "self-determination",
    "apartheid",
    "terrorism",
    "children",
    "peace",
    "withdrawal",
    "Secretary-General report",
]
FACETS = [{}, {"type": "resolution"}, {"year_from": 1990, "year_to": 1999}, {"act": "decide"}]


def build(directory: Path) -> Path:
    db = directory / "corpus.db"
    if not db.exists():
        started = time.perf_counter()
        with open_store(db) as store:
            summary = ingest_all(expand([str(CORPUS / "seeds"), str(CORPUS / "unsc")]), store)
        print(
            f"store: {summary.documents} documents, {summary.clauses} clauses"
            f" ingested in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    open_store(db).close()  # schema and search index current before read-only serving
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-m",
        "communique.cli",
        "serve",
        "--db",
        str(db),
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    server = subprocess.Popen(command, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def search_url(prefix: str, rng: random.Random) -> str:
    params: dict[str, object] = {"q": rng.choice(WORDS), **rng.choice(FACETS)}
    return f"{prefix}?{urlencode(params)}"


async def run(
    base: str, make_url: Callable[[random.Random], str], requests: int, clients: int
) -> tuple[list[float], int, float]:
    """Latencies in ms, failures, and wall seconds for ``requests`` requests."""
    rng = random.Random(7)
    urls = [make_url(rng) for _ in range(requests)]
    latencies: list[float] = []
    failures = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        queue = iter(urls)

        async def worker() -> None:
            nonlocal failures
            for url in queue:
                started = time.perf_counter()
                try:
                    response = await client.get(url)
                    ok = response.status_code == 200
                except httpx.HTTPError:  # a reset connection counts as a failure
                    ok = False
                latencies.append((time.perf_counter() - started) * 1000)
                failures += not ok

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        wall = time.perf_counter() - began
    return latencies, failures, wall


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000, help="per scenario")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 50])
    parser.add_argument("--keep", help="a folder to keep (and reuse) the store in")
    args = parser.parse_args()
    if not (CORPUS / "unsc").is_dir():
        raise SystemExit(f"no corpus at {CORPUS}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db = build(folder)
        with open_store(db, read_only=True) as store:
            ids = [s.id for s in store.list()]
        port = free_port()
        server = start_server(db, port, args.workers)
        base = f"http://127.0.0.1:{port}"
        scenarios: list[tuple[str, Callable[[random.Random], str]]] = [
            ("document page", lambda r: f"/document/{r.choice(ids)}"),
            ("search page", lambda r: search_url("/search", r)),
            ("api document", lambda r: f"/api/documents/{r.choice(ids)}"),
            ("api search", lambda r: search_url("/api/search", r)),
        ]
        try:
            asyncio.run(run(base, scenarios[1][1], 100, 4))  # warm up every worker
            print(
                f"{len(ids)} documents; uvicorn with {args.workers} worker(s);"
                f" {os.cpu_count()} CPUs shared with the load; {args.requests} requests each"
            )
            print(
                f"{'scenario':<16}{'clients':>8}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}"
                f"{'req/s':>8}{'failed':>8}"
            )
            for clients in args.clients:
                for name, make in scenarios:
                    lat, failed, wall = asyncio.run(run(base, make, args.requests, clients))
                    print(
                        f"{name:<16}{clients:>8}{statistics.median(lat):>9.1f}"
                        f"{percentile(lat, 99):>9.1f}{max(lat):>9.1f}"
                        f"{len(lat) / wall:>8.0f}{failed:>8}",
                        flush=True,
                    )
        finally:
            server.terminate()
            server.wait(timeout=20)


if __name__ == "__main__":
    main()
