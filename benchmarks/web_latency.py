"""Web latency on loopback: p50/p99 of the document page, the search page and
the API, at 1 and at 50 concurrent clients, over a store of the whole shared
corpus (../shared/corpus/seeds and unsc).

The server is ``communique serve --workers N`` in a subprocess. The load
comes from a second process, each client sending its next request when the
previous one is answered (a closed loop), over many distinct URLs (every
document; 80 search queries with facets):

- ``wrk`` (Debian: ``apt-get install -y wrk``), a C load generator that
  uses little CPU, for ``--duration`` seconds per scenario (``-t 2``; ``-t 1``
  at one client), picking a URL at random for each request (Lua);
- else (or with ``--generator python``) asyncio clients over httpx in this
  process, a bounded number of requests per scenario: their own CPU competes
  with the server's on a small machine and shows in the figures.

The output says which generator ran. The server keeps whole responses per
URL (``communique.web.cache``); ``--no-cache`` measures every request the
long way (``COMMUNIQUE_WEB_CACHE=0``). Nothing is warmed beyond a short
warm-up of each worker: cache misses on the first visit of each URL are part
of the figures.

    python benchmarks/web_latency.py                    # wrk if present, 15 s per scenario
    python benchmarks/web_latency.py --generator python --requests 2000
    python benchmarks/web_latency.py --no-cache --workers 2
    python benchmarks/web_latency.py --keep /tmp/webbench   # reuse the store next time

Target (issue 6): p99 ≤ 100 ms at 50 concurrent clients for search and
document pages.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import shutil
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


def start_server(db: Path, port: int, workers: int, cache: bool) -> subprocess.Popen[bytes]:
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
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "COMMUNIQUE_WEB_CACHE": "1" if cache else "0"}
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


def search_urls(prefix: str) -> list[str]:
    """Every query with every facet: 80 distinct URLs."""
    return [f"{prefix}?{urlencode({'q': w, **f})}" for w in WORDS for f in FACETS]


WRK_SCRIPT = """
local urls = {}
for line in io.lines(os.getenv("WRK_URLS")) do urls[#urls + 1] = line end
local n = 0
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end
function request()
  return wrk.format("GET", urls[math.random(#urls)])
end
function response(status, headers, body)
  if status ~= 200 then n = n + 1 end
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %.3f %.3f %.3f %.3f\\n", summary.requests,
    e.connect + e.read + e.write + e.timeout + e.status,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.duration / 1e6))
end
"""


def run_wrk(
    base: str, urls: list[str], clients: int, duration: int, folder: Path
) -> tuple[float, float, float, float, int]:
    """p50, p99, max (ms), requests per second and failures from one wrk run."""
    url_file = folder / "urls.txt"
    url_file.write_text("\n".join(urls) + "\n", encoding="utf-8")
    script = folder / "urls.lua"
    script.write_text(WRK_SCRIPT, encoding="utf-8")
    threads = min(2, clients)
    out = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{clients}",
            f"-d{duration}s",
            "--timeout",
            "10s",
            "-s",
            str(script),
            base,
        ],
        env={**os.environ, "WRK_URLS": str(url_file)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    m = re.search(r"RESULT (\d+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)", out)
    if m is None:
        raise SystemExit(f"wrk said:\n{out}")
    total, failed = int(m[1]), int(m[2])
    return float(m[3]), float(m[4]), float(m[5]), total / float(m[6]), failed


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
    parser.add_argument("--generator", choices=["auto", "wrk", "python"], default="auto")
    parser.add_argument("--duration", type=int, default=15, help="seconds per scenario (wrk)")
    parser.add_argument("--requests", type=int, default=2000, help="per scenario (python)")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 50])
    parser.add_argument("--no-cache", action="store_true", help="serve without the response cache")
    parser.add_argument("--keep", help="a folder to keep (and reuse) the store in")
    args = parser.parse_args()
    if not (CORPUS / "unsc").is_dir():
        raise SystemExit(f"no corpus at {CORPUS}")
    generator = args.generator
    if generator == "auto":
        generator = "wrk" if shutil.which("wrk") else "python"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db = build(folder)
        with open_store(db, read_only=True) as store:
            ids = [s.id for s in store.list()]
        port = free_port()
        server = start_server(db, port, args.workers, not args.no_cache)
        base = f"http://127.0.0.1:{port}"
        scenarios: list[tuple[str, list[str], Callable[[random.Random], str]]] = [
            (
                "document page",
                [f"/document/{i}" for i in ids],
                lambda r: f"/document/{r.choice(ids)}",
            ),
            ("search page", search_urls("/search"), lambda r: search_url("/search", r)),
            (
                "api document",
                [f"/api/documents/{i}" for i in ids],
                lambda r: f"/api/documents/{r.choice(ids)}",
            ),
            ("api search", search_urls("/api/search"), lambda r: search_url("/api/search", r)),
        ]
        try:
            asyncio.run(run(base, scenarios[1][2], 100, 4))  # warm up every worker
            asyncio.run(run(base, scenarios[0][2], 20, 4))
            how = (
                f"wrk {args.duration} s per scenario, a random URL per request"
                if generator == "wrk"
                else f"Python/httpx clients in the benchmark process, {args.requests} requests each"
            )
            print(
                f"{len(ids)} documents; uvicorn with {args.workers} worker(s);"
                f" response cache {'off' if args.no_cache else 'on (cold at start)'};"
                f" {os.cpu_count()} CPUs shared with the load"
            )
            print(f"load generator: {generator} ({how})")
            print(
                f"{'scenario':<16}{'clients':>8}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}"
                f"{'req/s':>8}{'failed':>8}"
            )
            for clients in args.clients:
                for name, urls, make in scenarios:
                    if generator == "wrk":
                        p50, p99, top, rate, failed = run_wrk(
                            base, urls, clients, args.duration, folder
                        )
                    else:
                        lat, failed, wall = asyncio.run(run(base, make, args.requests, clients))
                        p50, p99, top = statistics.median(lat), percentile(lat, 99), max(lat)
                        rate = len(lat) / wall
                    print(
                        f"{name:<16}{clients:>8}{p50:>9.1f}{p99:>9.1f}{top:>9.1f}"
                        f"{rate:>8.0f}{failed:>8}",
                        flush=True,
                    )
        finally:
            server.terminate()
            server.wait(timeout=20)


if __name__ == "__main__":
    main()
