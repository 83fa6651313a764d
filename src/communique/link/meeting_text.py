"""A meeting as text for the terminal: every claim with its source, and the
disagreements first, so that nothing two sources disagree on reads as settled.

    m-3f2a9c1d0b7e4a51  OIC Contact Group on Jammu and Kashmir
    DISAGREE dates: 2019-09-25 | 2019-09-26
    dates      2019-09-25        f2714415eeed-1  "the meetings … on 25 September 2019"
               2019-09-26        2460963d6ac3-1  "26 September 2019"
    ...
    documents
      records   2460963d6ac3-1  meeting_report 2019-09-26  Report of the Meeting …
      mentions  f2714415eeed-1  joint_communique 2023-09-20  "the meetings of …"
"""

from __future__ import annotations

from collections.abc import Mapping

from communique.link.claims import Claim
from communique.link.meetings import Meeting
from communique.link.testimony import FIELDS

WIDTH = 60


def _short(text: str | None, width: int = WIDTH) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _claim_lines(name: str, claims: tuple[Claim, ...]) -> list[str]:
    """One line per value as printed; sources saying the same in the same
    words share a line ("+24 more": see --json for every one)."""
    same: dict[tuple[str, str | None, str | None], list[str]] = {}
    for c in claims:
        same.setdefault((c.value, c.text, c.note), []).append(c.record)
    lines = []
    for k, ((value, text, note), records) in enumerate(same.items()):
        printed = f'"{_short(text)}"' if text and text != value else ""
        more = f" +{len(records) - 1} more" if len(records) > 1 else ""
        why = f"  ({note})" if note else ""
        label = name if k == 0 else ""
        lines.append(f"  {label:<10} {value:<24} {records[0]}{more}  {printed}{why}".rstrip())
    return lines


def meeting_text(meeting: Meeting, labels: Mapping[str, str], *, title: str | None = None) -> str:
    """The meeting's claims, disagreements and documents; ``labels`` describe
    each source record ("meeting_report 2025-06-22 Report of …")."""
    lines = [f"{meeting.id}  {title or meeting.body_id}"]
    when = meeting.start or "date unknown"
    if meeting.end and meeting.end != meeting.start:
        when += f" – {meeting.end}"
    known = "known only by reference" if meeting.known_only_by_reference else "recorded"
    lines.append(f"  {when}; {known}; {len(meeting.sources)} source(s)")
    for d in meeting.disagreements:
        lines.append(f"  DISAGREE {d.field}: {' | '.join(d.values)}")
    lines.append("")
    for name in FIELDS:
        lines.extend(_claim_lines(name, getattr(meeting, name)))
    lines.append("")
    lines.append("  documents")
    for doc in meeting.documents:
        cited = f'  "{_short(doc.text)}"' if doc.text else ""
        lines.append(
            f"    {doc.role:<9} {doc.record}  {labels.get(doc.record, '')}{cited}".rstrip()
        )
    return "\n".join(lines)


__all__ = ["meeting_text"]
