"""Targets on the command line → files and URLs, and one target → Source."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator

from communique.errors import InputError, NotFoundError, UnsupportedTypeError
from communique.ingest.limits import DEFAULT_MAX_BYTES, check_size
from communique.ingest.readers import read_bytes
from communique.ingest.url import is_url, read_url
from communique.models import Source


def iter_targets(targets: Iterable[str]) -> Iterator[str]:
    """Folders expanded recursively in sorted order, hidden entries (``.git``)
    skipped and symlinked folders not followed; files, URLs and paths that do
    not exist are passed through unchanged (``read`` reports the missing ones)."""
    for target in targets:
        if not is_url(target) and os.path.isdir(target):
            yield from _walk(target)
        else:
            yield target


def _walk(folder: str) -> Iterator[str]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.is_file():
            yield entry.path


def read(
    target: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = 20.0
) -> Source:
    """Read a path or an http(s) URL into a Source.

    Paths become absolute in ``Source.origin``; URLs stay as given. Raises an
    InputError subclass naming the target and the reason.
    """
    target = os.fspath(target)
    if is_url(target):
        return read_url(target, max_bytes=max_bytes, timeout=timeout)
    origin = os.path.abspath(target)
    try:
        info = os.stat(origin)  # one look answers exists, folder, regular file and size
        if stat.S_ISDIR(info.st_mode):
            raise UnsupportedTypeError("is a directory (expand it with iter_targets)", origin)
        if not stat.S_ISREG(info.st_mode):
            raise UnsupportedTypeError("not a regular file (a device, socket or pipe)", origin)
        check_size(info.st_size, max_bytes, origin)
        with open(origin, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        if os.path.lexists(origin):
            raise NotFoundError("no such file (a broken link?)", origin) from None
        raise NotFoundError("no such file or directory", origin) from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", origin) from None
    check_size(len(data), max_bytes, origin)  # it grew while we read
    return read_bytes(data, origin)
