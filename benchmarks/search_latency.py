"""Search latency at a million clauses: is relevance-ranked search within 20 ms p99?

Builds a synthetic search index (the SQLite record side is not what is
measured) and times queries through ``SearchIndex.search``, the code path
behind ``Store.search`` and ``communique search``: query parsing, the
tantivy query, top-k ranking, stored-field reads and snippets.

Clause text is spliced from runs of words of the shared UNSC corpus when it
is there (so word and phrase frequencies follow real text, Zipf-like),
otherwise drawn from a built-in word list with Zipf weights.

    python benchmarks/search_latency.py                      # 1,000,000 clauses
    python benchmarks/search_latency.py --clauses 100000 --queries 100
    python benchmarks/search_latency.py --keep /tmp/bench    # reuse the index next time
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from communique.search import text
from communique.search.entries import Entry
from communique.search.index import SearchIndex
from communique.vocab import DOC_TYPES

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "unsc"
CLAUSES_PER_DOC = 10
BUILTIN = tuple(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "council",
        "security",
        "resolution",
        "united",
        "nations",
        "states",
        "all",
        "peace",
        "international",
        "its",
        "on",
        "for",
        "by",
        "with",
        "parties",
        "calls",
        "upon",
        "decides",
        "further",
        "requests",
        "secretary",
        "general",
        "report",
        "situation",
        "support",
        "including",
        "government",
        "member",
        "efforts",
        "human",
        "rights",
        "humanitarian",
        "assistance",
        "ceasefire",
        "implementation",
        "mission",
        "sanctions",
        "measures",
        "territory",
        "regional",
        "cooperation",
        "committee",
        "determination",
        "self",
        "sovereignty",
        "integrity",
        "withdrawal",
        "forces",
        "civilians",
        "protection",
        "elections",
        "transition",
        "reconciliation",
        "monitoring",
        "observers",
        "mandate",
        "extension",
        "troops",
        "refugees",
        "displaced",
        "persons",
        "violence",
        "terrorism",
        "weapons",
        "nuclear",
        "arms",
        "embargo",
        "maritime",
        "piracy",
        "women",
        "children",
        "armed",
        "conflict",
    ]
)
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")


def word_stream(corpus: Path) -> list[str]:
    """The corpus as one list of words, or a Zipf sample of the built-in list."""
    if corpus.is_dir():
        words = [w for p in sorted(corpus.glob("*.txt")) for w in WORD.findall(p.read_text())]
        if len(words) > 10_000:
            return words
    rng = random.Random(7)
    weights = [1 / (rank + 1) for rank in range(len(BUILTIN))]
    return rng.choices(list(BUILTIN), weights, k=500_000)


def clause_text(stream: list[str], rng: random.Random) -> str:
    """2–4 runs of 5–20 consecutive corpus words."""
    parts = []
    for _ in range(rng.randint(2, 4)):
        start = rng.randrange(len(stream) - 20)
        parts.append(" ".join(stream[start : start + rng.randint(5, 20)]))
    return ", ".join(parts) + "."


def synthetic(n: int, stream: list[str], seed: int) -> Iterator[Entry]:
    rng = random.Random(seed)
    kinds = ("preambular", "operative", "paragraph")
    types = [*DOC_TYPES]
    for doc in range((n + CLAUSES_PER_DOC - 1) // CLAUSES_PER_DOC):
        doc_type = rng.choices(types, [6, 2, 2, 2, 2, 1, 1])[0]
        year = rng.randint(1946, 2025)
        for seq in range(min(CLAUSES_PER_DOC, n - doc * CLAUSES_PER_DOC)):
            yield Entry(
                record_id=f"{doc:016x}-1",
                sha256=f"{doc:064x}",
                doc_type=doc_type,
                year=year,
                title=f"Synthetic document {doc}",
                symbol=f"S/RES/{doc}",
                kind=kinds[seq % 3],
                number=str(seq + 1),
                order=seq + 1,
                seq=seq,
                text=clause_text(stream, rng),
            )


def build(directory: Path, n: int, stream: list[str], seed: int) -> tuple[SearchIndex, float]:
    marker = directory / "benchmark.json"
    wanted = {"clauses": n, "seed": seed}
    if marker.exists() and json.loads(marker.read_text()) == wanted:
        return SearchIndex(str(directory)), 0.0
    shutil.rmtree(directory, ignore_errors=True)
    started = time.perf_counter()
    index = SearchIndex(str(directory), heap_bytes=512_000_000, threads=2)
    index.add(synthetic(n, stream, seed))
    index.commit(1)
    index.close(wait_for_merges=True)
    marker.write_text(json.dumps(wanted))
    return index, time.perf_counter() - started


def query_sets(
    stream: list[str], per_class: int, seed: int
) -> dict[str, list[tuple[str, dict[str, int]]]]:
    rng = random.Random(seed)
    terms = text.terms(" ".join(stream))  # as the index sees them: "secretary-general" is 2
    words = Counter(terms)
    ranked = [w for w, _ in words.most_common()]
    common, content = ranked[:40], [w for w in ranked[10:400] if len(w) > 3]
    rare = [w for w, c in words.items() if 5 <= c <= 50]

    def phrases(n: int) -> list[str]:
        grams = Counter(zip(*(terms[i:] for i in range(n)), strict=False)).most_common(300)
        return [" ".join(g) for g, _ in grams]

    bigrams, trigrams, fourgrams = phrases(2), phrases(3), phrases(4)

    def years() -> dict[str, int]:
        start = rng.randint(1946, 2015)
        return {"year_from": start, "year_to": start + 9}

    def pick(pool: list[str]) -> str:
        return rng.choice(pool)

    return {
        "single common term": [(pick(common), {}) for _ in range(per_class)],
        "single rare term": [(pick(rare), {}) for _ in range(per_class)],
        "multi-term (2-3 words)": [
            (" ".join(rng.sample(content, rng.randint(2, 3))), {}) for _ in range(per_class)
        ],
        "2-word phrase": [(f'"{pick(bigrams)}"', {}) for _ in range(per_class)],
        "3-word phrase": [(f'"{pick(trigrams)}"', {}) for _ in range(per_class)],
        "4-word phrase": [(f'"{pick(fourgrams)}"', {}) for _ in range(per_class)],
        "common term + years": [(pick(common), years()) for _ in range(per_class)],
        "multi-term + years": [
            (f"{pick(content)} {pick(content)}", years()) for _ in range(per_class)
        ],
        "2-word phrase + years": [(f'"{pick(bigrams)}"', years()) for _ in range(per_class)],
        "common term + type": [(pick(common), {"doc_type": "statement"}) for _ in range(per_class)],  # type: ignore[dict-item]
    }


def percentile(sorted_ms: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    rank = max(1, round(p / 100 * len(sorted_ms) + 0.5))
    return sorted_ms[min(rank, len(sorted_ms)) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clauses", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200, help="queries per class")
    parser.add_argument("--keep", type=Path, help="build the index here and reuse it next time")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    stream = word_stream(args.corpus)
    directory = args.keep or Path(tempfile.mkdtemp(prefix="communique-bench-")) / "index"
    index, build_s = build(directory, args.clauses, stream, args.seed)
    size = sum(p.stat().st_size for p in directory.rglob("*") if p.is_file())
    source = "corpus" if args.corpus.is_dir() else "built-in words"
    print(f"entries: {index.num_entries():,}  (text from the {source})")
    reused = " (reused)" if build_s == 0 else ""
    print(f"build: {build_s:.1f} s{reused}   index: {size / 2**20:.0f} MiB")

    sets = query_sets(stream, args.queries, args.seed)
    for query, filters in [q for qs in sets.values() for q in qs[:5]]:  # warm the caches
        index.search(query, **filters)  # type: ignore[arg-type]
    head = ("query class", "p50 ms", "p99 ms", "max ms", "queries", "avg hits")
    print("\n{:<26} {:>8} {:>8} {:>8} {:>8} {:>9}".format(*head))
    for name, queries in sets.items():
        times, hits = [], 0
        for query, filters in queries:
            started = time.perf_counter()
            result = index.search(query, **filters)  # type: ignore[arg-type]
            times.append((time.perf_counter() - started) * 1000)
            hits += len(result.hits)
        times.sort()
        print(
            f"{name:<26} {percentile(times, 50):>8.2f} {percentile(times, 99):>8.2f} "
            f"{times[-1]:>8.2f} {len(times):>8} {hits / len(times):>9.1f}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS: {peak:.0f} MiB")
    if args.keep is None:
        shutil.rmtree(directory.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
