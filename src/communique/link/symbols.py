"""Symbol keys: two ways of printing one symbol give one key.

- spacing and case do not count: "194(1964)" = "194 (1964)";
- a UN Security Council resolution is its number and year: "S/RES/186
  (1964)" = "Resolution 186 (1964)" = "186 (1964)" → ``186(1964)``; leading
  zeros go ("0186");
- OCR slips inside a number or a year are read: "l948" → 1948, "(197-4)" →
  (1974), "I86" → 186 (letters l, I, O, o only where digits stand beside them);
- dashes are dashes and a backslash is a slash:
  "OIC-CFM-51\\2025-CG-J&K\\FINAL.REP" = "OIC-CFM-51/2025-CG-J&K/FINAL.REP";
- "No." before a symbol goes: "No. 2/34-P" = "2/34-P";
- an OIC resolution's political series is written both "-P" and "-POL":
  "2/34-P" = "2/34-POL".

Nothing else is equated: "201 (1965)" and "201" differ, and so do a General
Assembly "181 (II)" and a Security Council "181 (1963)".
"""

from __future__ import annotations

import re

_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"} | {"\\": "/"})
_OCR = str.maketrans("lIOo", "1100")
_UN = re.compile(
    r"^(?:S/RES/|RES(?:OLUTION)?)?(?P<n>[\dlIOo]{1,5})\((?P<y>[\dlIOo][\dlIOo.,-]{2,6}[\dlIOo])\)$",
    re.IGNORECASE,
)
_NO = re.compile(r"^(?:RESOLUTION)?(?:NO\.?|N°)", re.IGNORECASE)
_POLITICAL = re.compile(r"-P$")


def symbol_key(symbol: str) -> str | None:
    """The key of a symbol as printed (see the module doc); None when nothing is left."""
    s = re.sub(r"\s+", "", symbol.translate(_DASHES)).strip(".,;:")
    if not s:
        return None
    if m := _UN.match(s):
        number = re.sub(r"\D", "", m.group("n").translate(_OCR)).lstrip("0") or "0"
        year = re.sub(r"\D", "", m.group("y").translate(_OCR))
        if len(year) == 4:
            return f"{number}({year})"
    s = _NO.sub("", s).upper()
    return _POLITICAL.sub("-POL", s) or None


__all__ = ["symbol_key"]
