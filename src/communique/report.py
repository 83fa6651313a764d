"""The follow-up report: what a secretariat sends to the next session.

``build_report(records, body=…, since=…)`` gathers the mandates a body gave
since a date (``link.mandates``), grouped by addressee, with counts by
status and a timeline of the meetings (``link.meetings``) and documents in
the period. ``render_markdown``, ``render_html`` and ``write_pdf`` (headless
Chromium) turn it into a file. Every text from a document is escaped in
HTML; the timeline is an SVG drawn here (``charts.timeline``).
"""

from __future__ import annotations

import base64
import shutil
import subprocess
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from communique.charts import Event, timeline
from communique.errors import CommuniqueError
from communique.link.mandates import STATUSES, Mandate, follow_up
from communique.link.meetings import assemble_meetings
from communique.link.occasions import body_key, same_body, when
from communique.models import Record

CHROMIUM = "/usr/bin/chromium"


@dataclass(frozen=True)
class Group:
    addressee: str
    mandates: tuple[Mandate, ...]


@dataclass(frozen=True)
class FollowUpReport:
    body: str
    since: str
    until: str | None  # the latest record date in the store
    counts: tuple[tuple[str, int], ...]  # (status, mandates), strongest first
    groups: tuple[Group, ...]
    events: tuple[Event, ...]
    documents: dict[str, Record]  # the records cited, by id

    @property
    def total(self) -> int:
        return sum(len(g.mandates) for g in self.groups)

    def figure(self) -> str:
        title = f"Meetings and documents, {self.since} to {self.until or '…'}"
        return timeline(self.events, title=title, start=self.since, end=self.until)


def _of_body(m: Mandate, body: str) -> bool:
    wanted = body_key(body)
    return same_body(m.body, wanted) or (m.body is not None and body.lower() in m.body.lower())


def build_report(records: Sequence[Record], *, body: str, since: str) -> FollowUpReport:
    """The mandates ``body`` gave on or after ``since``, and what came of them."""
    mandates = [m for m in follow_up(records) if (m.date or "") >= since and _of_body(m, body)]
    by_addressee: dict[str, list[Mandate]] = {}
    for m in sorted(mandates, key=lambda m: (m.date or "", m.record, m.clause)):
        by_addressee.setdefault(m.addressee_id or m.addressee, []).append(m)
    groups = tuple(
        Group(ms[0].addressee, tuple(ms))
        for _, ms in sorted(by_addressee.items(), key=lambda kv: kv[1][0].addressee.lower())
    )
    counts = Counter(m.status for m in mandates)
    dated = [r for r in records if (when(r) or "") >= since]
    until = max((when(r) or "" for r in records), default=None) or None
    cited = {m.record for m in mandates} | {
        t.record for m in mandates for t in m.evidence if t.record
    }
    events = [
        Event(r.date or when(r) or "", r.symbol or r.title or r.doc_type, "document")
        for r in dated
        if r.id in cited or _record_of_body(r, body)
    ]
    events += _meetings(records, since)
    return FollowUpReport(
        body,
        since,
        until,
        tuple((s, counts[s]) for s in STATUSES if counts[s]),
        groups,
        tuple(sorted(events, key=lambda e: e.date)),
        {r.id: r for r in records if r.id in cited},
    )


def _record_of_body(r: Record, body: str) -> bool:
    return bool(r.body and body.lower() in r.body.lower())


def _meetings(records: Sequence[Record], since: str) -> list[Event]:
    out: list[Event] = []
    for m in assemble_meetings(records):
        days = sorted(c.value[:10] for c in m.dates)
        if days and days[0] >= since:
            name = m.body_id.removeprefix("name:")
            out.append(Event(days[0], f"meeting: {name}", "meeting"))
    return out


_ENV = Environment(
    loader=PackageLoader("communique", "report_templates"),
    autoescape=select_autoescape(["html", "md"], default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_html(report: FollowUpReport) -> str:
    return _ENV.get_template("report.html").render(r=report, figure=report.figure())


def render_markdown(report: FollowUpReport, *, figure: str | None = None) -> str:
    """Markdown; the figure is the given image path, else an inline data URI."""
    if figure is None:
        data = base64.b64encode(report.figure().encode("utf-8")).decode("ascii")
        figure = f"data:image/svg+xml;base64,{data}"
    env = _ENV.overlay(autoescape=False)
    return env.get_template("report.md").render(r=report, figure=figure, cell=_cell)


def _cell(text: object) -> str:
    """A Markdown table cell: one line, pipes and angle brackets escaped."""
    s = " ".join(str(text or "").split())
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def write_pdf(html: str, out: Path) -> None:
    """Print ``html`` to ``out`` with headless Chromium."""
    exe = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if exe is None:
        raise CommuniqueError(f"PDF needs Chromium, not found at {CHROMIUM} (install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        args = [
            exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", f"--user-data-dir={tmp}/profile",
            f"--print-to-pdf={out.resolve()}", page.as_uri(),
        ]  # fmt: skip
        done = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0 or not out.exists():
            raise CommuniqueError(f"Chromium could not print the PDF: {done.stderr.strip()[-200:]}")


def write_report(report: FollowUpReport, fmt: str, out: Path) -> list[Path]:
    """Write the report as md, html or pdf at ``out``; returns the files written."""
    if fmt == "md":
        svg = out.with_suffix(".timeline.svg")
        svg.write_text(report.figure(), encoding="utf-8")
        out.write_text(render_markdown(report, figure=svg.name), encoding="utf-8")
        return [out, svg]
    if fmt == "html":
        out.write_text(render_html(report), encoding="utf-8")
        return [out]
    write_pdf(render_html(report), out)
    return [out]


__all__ = [
    "FollowUpReport",
    "Group",
    "build_report",
    "render_html",
    "render_markdown",
    "write_pdf",
    "write_report",
]
