"""Preamble and operative act sequences against the gold YAML files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml
from tests.conftest import CORPUS, seed

from communique.extract import extract
from communique.models import Record, Source


def records(path: Path) -> tuple[Record, ...]:
    raw = path.read_bytes()
    src = Source(
        str(path), "text/plain", raw.decode("utf-8"), hashlib.sha256(raw).hexdigest(), len(raw)
    )
    return extract(src)


def gold(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["documents"]


CASES = [
    ("seeds", "001", "gold"),
    ("seeds", "004", "gold"),
    ("unsc", "S_RES_0038_1948", "gold-unsc"),
    ("unsc", "S_RES_0201_1965", "gold-unsc"),
    ("unsc", "S_RES_0206_1965", "gold-unsc"),
]


def _paths(folder: str, prefix: str, gold_folder: str) -> tuple[Path, Path]:
    text = seed(prefix) if folder == "seeds" else next((CORPUS / folder).glob(f"{prefix}_*.txt"))
    (yml,) = (CORPUS / gold_folder).glob(f"{text.stem}.yaml")
    return text, yml


@pytest.mark.parametrize(("folder", "prefix", "gold_folder"), CASES)
def test_act_sequences(corpus, folder: str, prefix: str, gold_folder: str) -> None:
    text, yml = _paths(folder, prefix, gold_folder)
    got = records(text)
    want = gold(yml)
    assert len(got) == len(want)
    for rec, doc in zip(got, want, strict=True):
        assert rec.doc_type == doc["doc_type"]
        if "symbol" in doc:
            assert rec.symbol == doc["symbol"]
        if "preamble" in doc:
            assert [c.act for c in rec.of_kind("preambular")] == doc["preamble"]
        if "operative" in doc:
            ops = rec.of_kind("operative")
            assert [c.act for c in ops] == [o["act"] for o in doc["operative"]]
            for clause, o in zip(ops, doc["operative"], strict=True):
                if "items" in o:
                    assert len(clause.items) == o["items"]
        if doc.get("date", {}).get("start"):
            assert rec.date == str(doc["date"]["start"])


def test_counts_001(corpus) -> None:
    (rec,) = records(seed("001"))
    assert len(rec.of_kind("preambular")) == 14
    ops = rec.of_kind("operative")
    assert len(ops) == 15
    assert [i.number for i in ops[4].items] == ["i", "ii", "iii", "iv", "v", "vi", "vii"]


def test_meeting_report_003(corpus) -> None:
    (rec,) = records(seed("003"))
    paras = rec.of_kind("paragraph")
    assert rec.doc_type == "meeting_report"
    assert [p.number for p in paras] == [str(n) for n in range(1, 12)]
    assert "adhere to the agreement to protect civilians" in paras[7].text
    assert rec.symbol == "OIC-CFM-51\\2025-CG-J&K\\FINAL.REP"
    assert rec.date == "2025-06-22"


def test_two_resolutions_in_004(corpus) -> None:
    first, second = records(seed("004"))
    assert (first.symbol, second.symbol) == ("2/34-P", "3/34-P")
    assert (len(first.of_kind("preambular")), len(first.of_kind("operative"))) == (13, 12)
    assert (len(second.of_kind("preambular")), len(second.of_kind("operative"))) == (3, 10)
    assert first.title == "On the Jammu and Kashmir Dispute"
    assert first.id.endswith("-1") and second.id.endswith("-2")
    for rec in (first, second):
        for clause in rec.clauses:
            t = clause.text
            assert "  " not in t and "\n" not in t
            assert " th " not in t and not t.endswith(" th")
            assert "- " not in t.replace(" - ", "")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_seed_types(corpus, prefix: str) -> None:
    want = gold(next((CORPUS / "gold").glob(f"{prefix}_*.yaml")))
    got = records(seed(prefix))
    assert [r.doc_type for r in got] == [d["doc_type"] for d in want]
    for rec, doc in zip(got, want, strict=True):
        every = " ".join(c.text for c in rec.clauses)
        for bp in doc.get("boilerplate", []):
            assert bp not in every
            assert bp in [f.text for f in rec.furniture]


def test_unsc_footnotes_and_closing(corpus) -> None:
    (rec,) = records(next((CORPUS / "unsc").glob("S_RES_0201_1965_*.txt")))
    assert rec.of_kind("closing")[-1].text.startswith("Adopted unanimously at the 1193rd")
    assert [f.text for f in rec.furniture if f.kind == "footnote"] == [
        "4 Ibid., documents S/6228 and Add.1."
    ]
    assert all(not c.text.endswith(" 4") for c in rec.clauses)
    (rec38,) = records(next((CORPUS / "unsc").glob("S_RES_0038_1948_*.txt")))
    assert len([f for f in rec38.furniture if f.kind == "footnote"]) == 2
    assert "parties and of their replies thereto, in which" in rec38.of_kind("preambular")[2].text


def test_every_unsc_file_is_one_document(corpus) -> None:
    for path in sorted((CORPUS / "unsc").glob("*.txt")):
        got = records(path)
        assert len(got) == 1, path.name
