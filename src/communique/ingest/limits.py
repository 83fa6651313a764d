"""The size limit every reader honours, and how it reads in an error."""

from __future__ import annotations

from communique.errors import TooLargeError

DEFAULT_MAX_BYTES: int = 50 * 1024 * 1024

_UNITS = (("GB", 1024**3), ("MB", 1024**2), ("kB", 1024))


def human_size(n: int) -> str:
    """``52428800`` → ``"50 MB"``; ``1536`` → ``"1.5 kB"``; ``12`` → ``"12 bytes"``."""
    for unit, factor in _UNITS:
        if n >= factor:
            value = f"{n / factor:.1f}".removesuffix(".0")
            return f"{value} {unit}"
    return f"{n} bytes"


def check_size(size: int, limit: int, origin: str) -> None:
    """Raise TooLargeError when ``size`` is over ``limit`` bytes."""
    if size <= limit:
        return
    big, small = human_size(size), human_size(limit)
    if big == small:  # 50 MB + 1 byte: rounding would hide the difference
        big, small = f"{size:,} bytes", f"{limit:,} bytes"
    raise TooLargeError(f"over the size limit ({big} > {small})", origin)
