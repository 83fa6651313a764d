"""One exception tree for the whole library.

    CommuniqueError
    ├── InputError            a file or URL could not be read into a Source
    │   ├── NotFoundError         the path does not exist
    │   ├── UnsupportedTypeError  no reader for this kind of file (skipped)
    │   ├── EmptyInputError       nothing in it, or no text in it
    │   ├── TooLargeError         over the configured size limit
    │   ├── DecodeError           bytes that are not text in any encoding we accept
    │   ├── PdfError              truncated, damaged, encrypted, or no text layer
    │   ├── DocxError             not a readable Word document
    │   ├── FetchError            a URL that could not be fetched
    │   └── GoldError             a gold annotation that cannot be read (evaluate.gold)
    ├── ExtractError          extraction failed on a document (a bug, or strict mode)
    ├── QueryError            a search query that cannot be run
    └── StoreError            the store could not be opened, migrated or written
        ├── RolledBackError       a write failed and took files stored before it back too
        └── NotInStoreError       no record has that id (or the prefix is ambiguous)

Every error carries ``origin`` (the file or URL, when there is one) and a
one-line ``reason``; ``str(error)`` is the line the CLI prints.
"""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base of every error this library raises on purpose."""

    def __init__(self, reason: str, origin: str | None = None) -> None:
        self.reason = reason
        self.origin = origin
        super().__init__(f"{origin}: {reason}" if origin else reason)


class InputError(CommuniqueError):
    """A file or URL could not be read."""


class NotFoundError(InputError):
    """The path does not exist."""


class UnsupportedTypeError(InputError):
    """No reader handles this kind of file; it is skipped."""


class EmptyInputError(InputError):
    """The input holds no text."""


class TooLargeError(InputError):
    """The input is over the size limit."""


class DecodeError(InputError):
    """The bytes are not text in any encoding we accept."""


class PdfError(InputError):
    """A PDF that is truncated, damaged, encrypted, or has no text layer."""


class DocxError(InputError):
    """A file that is not a readable Word document."""


class FetchError(InputError):
    """A URL that could not be fetched."""


class ExtractError(CommuniqueError):
    """Extraction failed on a document."""


class QueryError(CommuniqueError):
    """A search query that cannot be run."""


class StoreError(CommuniqueError):
    """The store could not be opened, migrated or written."""


class RolledBackError(StoreError):
    """A write failed in a way that made SQLite roll back its whole transaction
    (a full disk, an I/O error): the files written since the last commit are
    gone too, each whole; ``lost`` names them."""

    def __init__(self, reason: str, origin: str | None, lost: tuple[str, ...]) -> None:
        self.lost = lost
        names = ", ".join(lost[:3]) + (f" and {len(lost) - 3} more" if len(lost) > 3 else "")
        super().__init__(
            f"{reason}; {len(lost)} file(s) stored before it were rolled back: {names}", origin
        )


class NotInStoreError(StoreError):
    """No record has that id, or an id prefix matches more than one."""


__all__ = [
    "CommuniqueError",
    "DecodeError",
    "DocxError",
    "EmptyInputError",
    "ExtractError",
    "FetchError",
    "InputError",
    "NotFoundError",
    "NotInStoreError",
    "PdfError",
    "QueryError",
    "StoreError",
    "TooLargeError",
    "UnsupportedTypeError",
]
