"""Dev harness: title-block fields of the seeds and the UN gold files against gold.

    .venv/bin/python scripts/titleblock_gold.py [-v]
    .venv/bin/python scripts/titleblock_gold.py --unsc [-v]

Runs ``extract`` and then ``extract.titleblock.title_block`` on every document
of ``../shared/corpus/gold`` (text in ``seeds/``) and ``gold-unsc`` (text in
``unsc/``), and prints per-field precision, recall and F1 (a field present in
gold is a claim; a value found where gold has none is counted only when gold
says ``null``). With ``-v`` every disagreement is shown. With ``--unsc``:
over the UN Security Council texts in ``unsc/``, the share whose number and
year agree with the file name (``S_RES_NNNN_YYYY_…``, read here only to
measure), and the shares with an adoption date and an adoption line.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from communique import extract, read
from communique.extract.segment import segment
from communique.extract.split import split
from communique.extract.titleblock import TitleBlock, title_block
from communique.models import to_json
from communique.normalise import clean

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FIELDS = ("symbol", "document_symbol", "title", "body", "issuer", "level", "session.number",
          "session.name", "venue", "date", "chair", "attendees", "adoption")  # fmt: skip


def got_fields(tb: TitleBlock) -> dict[str, Any]:
    ad = tb.adoption
    return {
        "symbol": tb.symbol,
        "document_symbol": tb.document_symbol,
        "title": tb.title,
        "body": tb.body,
        "issuer": tb.issuer,
        "level": tb.level,
        "session.number": tb.session.number if tb.session else None,
        "session.name": tb.session.name if tb.session else None,
        "venue": to_json(tb.venue),
        "date": to_json(tb.dates),
        "chair": tb.chair,
        "attendees": set(tb.attendees),
        "adoption": None if ad is None else {"meeting": ad.meeting, "for": ad.votes_for,
            "against": ad.against, "abstaining": ad.abstaining, "unanimous": ad.unanimous},
    }  # fmt: skip


def gold_fields(doc: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k in ("symbol", "document_symbol", "title", "body", "issuer", "level", "chair"):
        if k in doc:
            out[k] = doc[k]
    if "session" in doc:
        for k in ("number", "name"):
            if k in doc["session"]:
                out[f"session.{k}"] = doc["session"][k]
    if "venue" in doc:
        out["venue"] = doc["venue"]
    if "date" in doc:
        d = doc["date"]
        out["date"] = None if d.get("start") is None else {k: str(d[k]) for k in d}
    if "attendees" in doc:
        out["attendees"] = set(doc["attendees"])
    if "adoption" in doc:
        out["adoption"] = doc["adoption"]
    return out


def same(field: str, got: Any, want: Any) -> bool:
    if field == "date" and isinstance(got, dict) and isinstance(want, dict):
        return all(got.get(k) == v for k, v in want.items())
    if field == "adoption" and isinstance(got, dict) and isinstance(want, dict):
        return all(got.get(k) == v for k, v in want.items())
    return bool(got == want)


def documents() -> list[tuple[str, Path, list[dict[str, Any]]]]:
    out = []
    for folder, texts in (("gold", "seeds"), ("gold-unsc", "unsc")):
        for yml in sorted((CORPUS / folder).glob("*.yaml")):
            docs = yaml.safe_load(yml.read_text(encoding="utf-8"))["documents"]
            out.append((yml.stem, CORPUS / texts / f"{yml.stem}.txt", docs))
    return out


def main(verbose: bool) -> None:
    tally = {f: [0, 0, 0] for f in FIELDS}  # right, found, claimed
    for name, path, docs in documents():
        source = read(str(path))
        text = clean(source)
        records = extract(source)
        for (a, b), rec, doc in zip(split(text), records, docs, strict=False):
            tb = title_block(text, a, b, segment(text, a, b), rec.doc_type)
            got, want = got_fields(tb), gold_fields(doc)
            for f in FIELDS:
                g = got[f] if got[f] not in (set(), None) else None
                if f in want:
                    w = want[f] if want[f] not in (set(), None) else None
                    tally[f][2] += w is not None
                    tally[f][1] += g is not None
                    ok = g is not None and w is not None and same(f, g, w)
                    tally[f][0] += ok
                    if verbose and not ok and (g is not None or w is not None):
                        print(f"{name[:24]:24} {f:15} got {g!r}\n{'':40} want {w!r}")
    print(f"{'field':16} {'P':>5} {'R':>5} {'F1':>5}  (right / found / claimed)")
    for f, (right, found, claimed) in tally.items():
        p = right / found if found else 1.0
        r = right / claimed if claimed else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{f:16} {p:5.2f} {r:5.2f} {f1:5.2f}  ({right} / {found} / {claimed})")


def unsc(verbose: bool) -> None:
    import re

    paths = sorted((CORPUS / "unsc").glob("*.txt"))
    right = dated = adopted = 0
    for path in paths:
        n, y = (int(g) for g in re.findall(r"_(\d{4})", path.name)[:2])
        source = read(str(path))
        text = clean(source)
        (a, b), *_ = split(text)
        tb = title_block(text, a, b, segment(text, a, b), "resolution")
        ok = tb.symbol == f"{n} ({y})" and tb.year == y
        right += ok
        dated += tb.date is not None
        adopted += tb.adoption is not None
        if verbose and (not ok or tb.date is None):
            print(f"{path.name[:15]} symbol {tb.symbol!r} year {tb.year} date {tb.date}")
    total = len(paths)
    print(f"{total} UN texts: number and year {right / total:.1%}, adoption date "
          f"{dated / total:.1%}, adoption line {adopted / total:.1%}")  # fmt: skip


if __name__ == "__main__":
    if "--unsc" in sys.argv:
        unsc("-v" in sys.argv)
    else:
        main("-v" in sys.argv)
