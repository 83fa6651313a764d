"""The ``communique`` command: thin commands over the library.

Each command parses its arguments, makes one library call, and turns known
errors into a one-line message on stderr with a non-zero exit code.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO, TypeVar

import click

from communique import __version__
from communique.batch import FileOutcome, display_name, expand, ingest_all
from communique.errors import CommuniqueError, InputError
from communique.export import export_json, record_view
from communique.extract import extract
from communique.extract.classify import classify_paragraphs
from communique.ingest import DEFAULT_MAX_BYTES, read
from communique.link import compare, compare_html, compare_text
from communique.models import Record, to_json
from communique.store import DEFAULT_DB, Store, open_store
from communique.terminal import highlight, record_text, table
from communique.vocab import DOC_TYPES

F = TypeVar("F", bound=Callable[..., Any])

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$", re.IGNORECASE)


def _parse_size(value: str) -> int:
    m = _SIZE.match(value)
    if not m:
        raise click.BadParameter(f"{value!r} is not a size such as 500KB, 20MB or 1GB")
    factor = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[m.group(2).lower()]
    return int(float(m.group(1)) * factor)


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


@contextmanager
def _errors() -> Iterator[None]:
    """Known errors become one line on stderr, never a traceback."""
    try:
        yield
    except CommuniqueError as exc:
        _fail(str(exc))


def db_option(f: F) -> F:
    return click.option(
        "--db",
        "db",
        envvar="COMMUNIQUE_DB",
        default=None,
        metavar="PATH",
        help="The store: a SQLite file (default: ./communique.db, or $COMMUNIQUE_DB).",
    )(f)


def filter_options(f: F) -> F:
    f = click.option("--to", "year_to", type=int, metavar="YEAR", help="Up to this year.")(f)
    f = click.option("--from", "year_from", type=int, metavar="YEAR", help="From this year.")(f)
    f = click.option(
        "--type", "doc_type", type=click.Choice(DOC_TYPES), help="Only this document type."
    )(f)
    return f


def _open(db: str | None) -> Store:
    try:
        return open_store(db)
    except CommuniqueError as exc:
        _fail(str(exc))
        raise  # unreachable: _fail exits


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="communique")
def main() -> None:
    """Turn outcome documents of intergovernmental bodies into a searchable dossier.

    \b
    Typical use:
      communique ingest examples/            # read a folder into ./communique.db
      communique list --type resolution
      communique search "self-determination"
      communique show 3f2a9c1d               # an id (or its first characters) from list
    """


@main.command(name="ingest", short_help="Read files, folders and URLs into the store.")
@click.argument("targets", nargs=-1, required=True, metavar="PATH_OR_URL...")
@click.option(
    "--max-size",
    default=f"{DEFAULT_MAX_BYTES // 1024**2}MB",
    show_default=True,
    help="Refuse files larger than this.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar; only errors and the summary.")
@db_option
def ingest_cmd(targets: tuple[str, ...], max_size: str, quiet: bool, db: str | None) -> None:
    """Read files, folders (recursively) and http(s) URLs into the store.

    Each file is written whole or not at all: a file that fails leaves nothing
    behind, and the rest of the batch goes on. Ingesting the same file again
    updates its records instead of duplicating them. Exits 0 only when every
    file was ingested (unsupported files found inside a folder are skipped).

    \b
    Examples:
      communique ingest examples/
      communique ingest report.pdf https://example.org/communique.html
      communique ingest --db dossier.db --max-size 20MB ../corpus/
    """
    max_bytes = _parse_size(max_size)
    items = expand(targets)
    with _open(db) as store:

        def report(outcome: FileOutcome) -> None:
            if outcome.status == "failed":
                click.echo(f"\nerror: {display_name(outcome.target)}: {outcome.reason}", err=True)

        show = not quiet and sys.stderr.isatty()
        with (
            click.progressbar(length=len(items), label="Ingesting", file=sys.stderr, show_pos=True)
            if show
            else _nullbar() as bar
        ):

            def step(outcome: FileOutcome) -> None:
                report(outcome)
                bar.update(1)

            summary = ingest_all(items, store, max_bytes=max_bytes, on_file=step)
        stats = store.stats()
    n = len(summary.outcomes)
    click.echo(
        f"{n} file{'s' if n != 1 else ''}: {summary.count('added')} added, "
        f"{summary.count('updated')} updated, {summary.count('unchanged')} unchanged, "
        f"{summary.count('skipped')} skipped, {len(summary.failures)} failed; "
        f"{summary.documents} documents, {summary.clauses} clauses read."
    )
    click.echo(
        f"Store {store.path}: {stats.files} files, {stats.documents} documents, "
        f"{stats.clauses} clauses."
    )
    if (links := summary.links) is not None:
        click.echo(
            f"Linked: {links.meetings} meetings ({links.by_reference_only} known only by "
            f"reference, {links.disagreements} with sources that disagree); "
            f"{links.resolved} of {links.references} references resolved."
        )
    for o in summary.outcomes:
        if o.status == "skipped":
            click.echo(f"skipped: {display_name(o.target)}: {o.reason}", err=True)
    if summary.failures:
        click.echo(f"{len(summary.failures)} failed:", err=True)
        for o in summary.failures:
            click.echo(f"  {display_name(o.target)}: {o.reason}", err=True)
        sys.exit(1)


class _NullBar:
    def update(self, n: int) -> None:
        del n


@contextmanager
def _nullbar() -> Iterator[_NullBar]:
    yield _NullBar()


@main.command(name="list")
@filter_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@db_option
def list_cmd(
    doc_type: str | None, year_from: int | None, year_to: int | None, as_json: bool, db: str | None
) -> None:
    """List the documents in the store.

    \b
    Examples:
      communique list
      communique list --type resolution --from 2007 --to 2010
    """
    with _open(db) as store, _errors():
        rows = store.list(doc_type=doc_type, year_from=year_from, year_to=year_to)
    if as_json:
        click.echo(json.dumps([to_json(r) for r in rows], ensure_ascii=False, indent=2))
        return
    click.echo(
        table(
            [
                (
                    r.id,
                    r.doc_type,
                    r.date or r.year,
                    r.symbol,
                    _clip(r.title, 40),
                    display_name(r.origin),
                )
                for r in rows
            ],
            ["id", "type", "date", "symbol", "title", "source"],
        )
    )
    click.echo(f"{len(rows)} document{'s' if len(rows) != 1 else ''}", err=True)


@main.command(name="show", short_help="Show a document: title block, clauses, problems.")
@click.argument("ref", metavar="ID_OR_FILE")
@click.option("--json", "as_json", is_flag=True, help="Print the stored record(s) as JSON.")
@db_option
def show_cmd(ref: str, as_json: bool, db: str | None) -> None:
    """Show a document: title block, clauses or paragraphs, problems found.

    ID_OR_FILE is a record id, the first characters of one, or the path of an
    ingested file (which shows every document the file holds).

    \b
    Examples:
      communique show 6ec9d9551c9f
      communique show examples/resolutions_2024.pdf
    """
    with _open(db) as store, _errors():
        records = _lookup(store, ref)
    if as_json:
        click.echo(json.dumps([record_view(r) for r in records], ensure_ascii=False, indent=2))
        return
    click.echo("\n\n".join(record_text(r) for r in records))


def _lookup(store: Store, ref: str) -> list[Record]:
    path = Path(ref)
    if path.exists():
        records = store.records_of(os.path.abspath(path))  # as ingest names it (ingest.read)
        if records:
            return records
        _fail(f"{ref}: this file is not in the store {store.path} (run: communique ingest {ref})")
    return [store.get(ref)]


@main.command(name="search")
@click.argument("query")
@filter_options
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="Print hits as JSON.")
@db_option
def search_cmd(
    query: str,
    doc_type: str | None,
    year_from: int | None,
    year_to: int | None,
    limit: int,
    as_json: bool,
    db: str | None,
) -> None:
    """Full-text search over clauses and paragraphs, best matches first.

    Words must all match; "quoted words" match as a phrase; a hyphenated
    word such as self-determination matches as written.

    \b
    Examples:
      communique search "self-determination"
      communique search '"fact finding mission" India' --type resolution --from 2007
    """
    with _open(db) as store, _errors():
        result = store.search(
            query, doc_type=doc_type, year_from=year_from, year_to=year_to, limit=limit
        )
    if as_json:
        click.echo(json.dumps(to_json(result), ensure_ascii=False, indent=2))
        return
    for hit in result.hits:
        where = hit.clause_number or hit.clause_order
        head = f"{hit.record_id}  {hit.doc_type} {hit.year or ''}  {hit.clause_kind} {where}"
        click.echo(click.style(head, bold=True) + f"  {_clip(hit.title, 50) or ''}")
        click.echo(f"    {highlight(hit.snippet, hit.highlights)}")
    total = f" of {result.total}" if result.total is not None else ""
    click.echo(f"{len(result.hits)}{total} hits", err=True)


@main.command(name="export")
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True
)
@click.option(
    "--out", type=click.Path(dir_okay=False, writable=True), help="File (default: stdout)."
)
@db_option
def export_cmd(fmt: str, out: str | None, db: str | None) -> None:
    """Export every record in the store.

    \b
    Examples:
      communique export --format json --out dossier.json
      communique export --format jsonl | head -1
    """
    with _open(db) as store, _errors():
        if out is None:
            export_json(store, sys.stdout, lines=fmt == "jsonl")
        else:
            tmp = Path(out + ".partial")
            with tmp.open("w", encoding="utf-8") as fh:
                n = export_json(store, fh, lines=fmt == "jsonl")
            tmp.replace(out)
            click.echo(f"{n} records written to {out}", err=True)


@main.command(name="extract", short_help="Show what would be stored for one file (no database).")
@click.argument("target", metavar="FILE_OR_URL")
@click.option("--json", "as_json", is_flag=True, help="Print the records as JSON.")
def extract_cmd(target: str, as_json: bool) -> None:
    """Show what would be stored for one file, without touching a database.

    \b
    Examples:
      communique extract examples/resolutions_2024.pdf
      communique extract report.docx --json | jq '.[0].clauses | length'
    """
    with _errors():
        records = extract(read(target))
    if as_json:
        click.echo(json.dumps([record_view(r) for r in records], ensure_ascii=False, indent=2))
        return
    click.echo("\n\n".join(record_text(r) for r in records))


@main.command(name="evaluate")
@click.argument("gold_dir", metavar="GOLD_DIR")
@click.argument("text_dir", metavar="TEXT_DIR")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate_cmd(gold_dir: str, text_dir: str, as_json: bool) -> None:
    """Score extraction against gold annotations: precision, recall, F1 per field.

    Each gold YAML file in GOLD_DIR names the text file in TEXT_DIR it
    annotates; that file is read and extracted (no database) and compared
    field by field. Prints a table (one row per field, an overall row, the
    fields not yet extracted apart) and every disagreement. Exits 0 whatever
    the scores; non-zero only for bad input (a missing folder or text file,
    a gold file that is not readable YAML).

    \b
    Examples:
      communique evaluate ../shared/corpus/gold ../shared/corpus/seeds
      communique evaluate ../shared/corpus/gold-unsc ../shared/corpus/unsc --json
    """
    from communique import evaluate as evaluation  # here, so other commands need not load it

    with _errors():
        result = evaluation.evaluate(gold_dir, text_dir)
    if as_json:
        click.echo(json.dumps(evaluation.as_json(result), ensure_ascii=False, indent=2))
        return
    click.echo(evaluation.render(result))


@main.command(name="classify", short_help="Kind and act of each paragraph of a pre-split document.")
@click.argument("source", metavar="FILE", type=click.File("r", encoding="utf-8"))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def classify_cmd(source: TextIO, as_json: bool) -> None:
    """Read a document already split into paragraphs — a JSON list of strings, or
    JSON lines (each a string or an object with "text") — and say for each
    paragraph, in the context of the others, whether it is preambular,
    operative or neither, and its act. FILE may be - for standard input.

    \b
    Examples:
      communique classify paragraphs.json
      jq -c '.paragraphs[]' resolution.json | communique classify - --json
    """
    with _errors():
        paragraphs = _paragraphs(source)
        kinds = classify_paragraphs(paragraphs)
    if as_json:
        click.echo(json.dumps([to_json(k) for k in kinds], ensure_ascii=False, indent=2))
        return
    rows = [
        (k.index, k.kind, k.act or "", _clip(p, 70)) for k, p in zip(kinds, paragraphs, strict=True)
    ]
    click.echo(table(rows, ["#", "kind", "act", "paragraph"]))


def _paragraphs(source: TextIO) -> list[str]:
    text = source.read()
    name = getattr(source, "name", "input")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        try:
            data = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise InputError(
                f"not JSON or JSON lines: {exc.msg} at line {exc.lineno}", name
            ) from exc
    if not isinstance(data, list):
        raise InputError("expected a JSON list of paragraphs", name)
    out = []
    for item in data:
        value = item.get("text") if isinstance(item, dict) else item
        if not isinstance(value, str):
            raise InputError('each paragraph must be a string or an object with "text"', name)
        out.append(value)
    return out


@main.command(name="compare")
@click.argument("ref_a", metavar="A")
@click.argument("ref_b", metavar="B")
@click.option(
    "--html",
    "html_out",
    type=click.Path(dir_okay=False, writable=True),
    metavar="FILE",
    help="Also write the comparison as a self-contained HTML page.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the comparison as JSON.")
@db_option
def compare_cmd(
    ref_a: str, ref_b: str, html_out: str | None, as_json: bool, db: str | None
) -> None:
    """Compare two documents clause by clause: kept, changed, added, dropped.

    A and B are record ids (or their first characters) in the store, or
    paths of files, read and extracted on the fly without a store; a file
    that holds several documents takes PATH#N for its Nth. Changed clauses
    show the words removed [-like this-] and added {+like this+}.

    \b
    Examples:
      communique compare 1af60c30 aadc0305
      communique compare S_RES_0201_1965_EN_GOLD.txt S_RES_0206_1965_EN_GOLD.txt
      communique compare resolutions.pdf#1 resolutions.pdf#2 --html diff.html
    """
    stores: list[Store] = []
    try:
        with _errors():
            records = [_compare_operand(ref, db, stores) for ref in (ref_a, ref_b)]
            result = compare(records[0], records[1])
    finally:
        for store in stores:
            store.close()
    if html_out:
        Path(html_out).write_text(compare_html(result), encoding="utf-8")
        click.echo(f"HTML written to {html_out}", err=True)
    if as_json:
        click.echo(json.dumps(to_json(result), ensure_ascii=False, indent=2))
    else:
        click.echo(compare_text(result, color=sys.stdout.isatty()))


def _compare_operand(ref: str, db: str | None, stores: list[Store]) -> Record:
    """A file (PATH or PATH#N, extracted on the fly) or a record in the store."""
    path, _, nth = ref.rpartition("#") if not Path(ref).exists() else (ref, "", "")
    if path and Path(path).is_file():
        records = extract(read(path))
        if not nth and len(records) != 1:
            _fail(f"{path} holds {len(records)} documents: pick one with PATH#1 … #{len(records)}")
        if nth and not (nth.isdigit() and 1 <= int(nth) <= len(records)):
            _fail(f"{ref}: {path} holds {len(records)} documents")
        return records[int(nth) - 1 if nth else 0]
    if not stores:
        stores.append(_open(db))
    return stores[0].get(ref)


@main.command(name="serve", short_help="Serve the dossier as web pages and a JSON API.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Server processes (more answer more requests at once).",
)
@db_option
def serve_cmd(host: str, port: int, workers: int, db: str | None) -> None:
    """Serve the store, read-only, as web pages and a JSON API (/api/...,
    described at /openapi.json). Stop with Ctrl+C.

    \b
    Examples:
      communique serve                      # then open http://127.0.0.1:8000/
      communique serve --db dossier.db --port 8080 --workers 4
    """
    from communique.web.app import serve

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: anyone who can reach {host} can read this dossier", err=True)
    click.echo(f"Serving at http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    with _errors():
        serve(db or DEFAULT_DB, host=host, port=port, workers=workers)


@main.command(name="mandates", short_help="Internal asks as mandates, with status and evidence.")
@click.option("--body", metavar="B", help="Only mandates given by this body (name or id).")
@click.option(
    "--status",
    type=click.Choice(["open", "reported", "reiterated", "superseded", "lapsed"]),
    help="Only mandates with this status.",
)
@click.option("--addressee", metavar="A", help="Only mandates to this addressee (words or id).")
@click.option("--json", "as_json", is_flag=True, help="Print the mandates as JSON.")
@db_option
def mandates_cmd(
    body: str | None, status: str | None, addressee: str | None, as_json: bool, db: str | None
) -> None:
    """List every internal ask in the store as a mandate, grouped by addressee,
    with its status (open, reported, reiterated, superseded, lapsed) and the
    later clause that shows it. The rules are in communique.link.mandates.

    \b
    Examples:
      communique mandates
      communique mandates --status lapsed --addressee "Secretary-General"
      communique mandates --body "Council of Foreign Ministers" --json
    """
    from communique.link.mandates import follow_up
    from communique.link.occasions import body_key, same_body

    with _open(db) as store, _errors():
        found = follow_up(list(store.iter_records()))
    wanted = body_key(body) if body else None
    rows = [
        m
        for m in found
        if (not status or m.status == status)
        and (not body or same_body(m.body, wanted) or body.lower() in (m.body or "").lower())
        and (not addressee or _names(addressee, m.addressee, m.addressee_id))
    ]
    if as_json:
        click.echo(json.dumps([to_json(m) for m in rows], ensure_ascii=False, indent=2))
        return
    groups: dict[str, list[Any]] = {}
    for m in rows:
        groups.setdefault(m.addressee_id or m.addressee, []).append(m)
    for ms in groups.values():
        click.echo(click.style(ms[0].addressee, bold=True))
        click.echo(
            table(
                [
                    (
                        _clip(m.action, 40),
                        f"{m.symbol or m.record[:12]} {m.clause}",
                        m.force,
                        _clip(m.due, 24),
                        m.status,
                        _evidence(m),
                    )
                    for m in ms
                ],
                ["mandate", "source", "force", "due", "status", "evidence"],
            )
        )
        click.echo("")
    click.echo(f"{len(rows)} mandate{'s' if len(rows) != 1 else ''}", err=True)


def _names(wanted: str, printed: str, ident: str | None) -> bool:
    fold = " ".join(wanted.lower().replace("-", " ").split())
    return fold in " ".join(printed.lower().replace("-", " ").split()) or fold == (ident or "")


def _evidence(m: Any) -> str:
    if not m.evidence:
        return ""
    t = m.evidence[-1]
    where = f"{t.symbol or (t.record or '')[:12]} {t.clause or ''}".strip() or (t.date or "")
    more = f" (+{len(m.evidence) - 1})" if len(m.evidence) > 1 else ""
    return f"{t.rule}: {where} [{', '.join(t.words)[:30]}]{more}"


@main.command(name="phrases", short_help="How often a phrase appears per year and body.")
@click.argument("phrase")
@click.option("--json", "as_json", is_flag=True, help="Print counts and clauses as JSON.")
@click.option(
    "--chart",
    type=click.Path(dir_okay=False, writable=True),
    metavar="FILE.svg",
    help="Also write a bar chart of clauses per year (SVG).",
)
@db_option
def phrases_cmd(phrase: str, as_json: bool, chart: str | None, db: str | None) -> None:
    """Count the clauses that contain PHRASE, per year and per body, and list
    them. Hyphens count as spaces ("self-determination" = "self
    determination"); a date phrase matches as written ("5 August 2019").

    \b
    Examples:
      communique phrases "self-determination"
      communique phrases "5 August 2019" --json
      communique phrases dialogue --chart dialogue.svg
    """
    from communique.charts import bar_chart
    from communique.link.phrases import phrase_history

    with _open(db) as store, _errors():
        history = phrase_history(store.iter_records(), phrase)
    if chart:
        bars = [(str(y) if y else "no year", n) for y, n in history.by_year]
        svg = bar_chart(
            bars, title=f"Clauses containing “{phrase}”", x_label="Year", y_label="Clauses"
        )
        Path(chart).write_text(svg, encoding="utf-8")
        click.echo(f"chart written to {chart}", err=True)
    if as_json:
        click.echo(json.dumps(to_json(history), ensure_ascii=False, indent=2))
        return
    click.echo(
        table([(y or "—", b, n) for y, b, n in history.by_year_body], ["year", "body", "clauses"])
    )
    click.echo("")
    for o in history.occurrences:
        click.echo(f"{o.year or '—'}  {o.symbol or o.record[:12]} {o.clause}  {o.snippet}")
    click.echo(f"{history.total} clause{'s' if history.total != 1 else ''}", err=True)


@main.command(name="report", short_help="Write the follow-up report for a body's next session.")
@click.option("--body", required=True, metavar="B", help="The body whose mandates to report.")
@click.option("--since", required=True, metavar="DATE", help="Mandates given on or after (ISO).")
@click.option(
    "--format", "fmt", type=click.Choice(["md", "html", "pdf"]), default="md", show_default=True
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True),
    metavar="FILE",
    help="Where to write (default: follow-up-report.FORMAT).",
)
@db_option
def report_cmd(body: str, since: str, fmt: str, out: str | None, db: str | None) -> None:
    """Write what a secretariat sends to the next session: each mandate the
    body gave since DATE, quoted as printed with its document and clause, its
    status and evidence, grouped by addressee, with a timeline of the
    meetings and documents in the period. Markdown writes the timeline as an
    SVG file beside it; PDF needs Chromium.

    \b
    Examples:
      communique report --body "Council of Foreign Ministers" --since 2024-01-01
      communique report --body "Contact Group" --since 2023-01-01 --format html --out r.html
      communique report --body oic.cfm --since 2007-01-01 --format pdf --out followup.pdf
    """
    from communique.report import build_report, write_report

    if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", since):
        _fail(f"--since {since!r} is not a date such as 2024-01-01")
    target = Path(out or f"follow-up-report.{fmt}")
    with _open(db) as store, _errors():
        result = build_report(list(store.iter_records()), body=body, since=since)
        written = write_report(result, fmt, target)
    click.echo(f"{result.total} mandates; written: {', '.join(str(p) for p in written)}", err=True)


@main.command(name="meetings", short_help="Meetings assembled from the documents, by date.")
@click.option("--body", metavar="B", help="Only this body (gazetteer id, name, or words of one).")
@click.option("--from", "year_from", type=int, metavar="YEAR", help="From this year.")
@click.option("--to", "year_to", type=int, metavar="YEAR", help="Up to this year.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@db_option
def meetings_cmd(
    body: str | None, year_from: int | None, year_to: int | None, as_json: bool, db: str | None
) -> None:
    """List the meetings the documents record or mention, by date.

    A meeting is assembled from every document that describes it and every
    reference that names it; "by ref" marks one no stored document records.
    "disagree" names the fields on which its sources differ (see: communique
    meeting ID).

    \b
    Examples:
      communique meetings
      communique meetings --body "Contact Group" --from 2019 --to 2023
      communique meetings --body oic.cfm --json
    """
    with _open(db) as store, _errors():
        rows = store.meetings(body=body, year_from=year_from, year_to=year_to)
        behind = store.links_behind()
    if behind:
        click.echo(
            "warning: records changed since links were computed (communique relink)", err=True
        )
    if as_json:
        click.echo(json.dumps([to_json(r) for r in rows], ensure_ascii=False, indent=2))
        return
    click.echo(
        table(
            [
                (
                    r.id,
                    r.start if r.end in (None, r.start) else f"{r.start}/{r.end}",
                    _clip(r.body_name or r.body, 40),
                    _clip(r.venue, 20),
                    r.session,
                    r.sources,
                    "by ref" if r.by_reference_only else "",
                    ", ".join(r.disagreements),
                )
                for r in rows
            ],
            ["id", "date", "body", "venue", "session", "sources", "known", "disagree"],
        )
    )
    click.echo(f"{len(rows)} meeting{'s' if len(rows) != 1 else ''}", err=True)


@main.command(name="meeting", short_help="One meeting: every claim with its source.")
@click.argument("ref", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="Print the meeting and its sources as JSON.")
@db_option
def meeting_cmd(ref: str, as_json: bool, db: str | None) -> None:
    """Show a meeting: each attribute as claimed by each source, the
    disagreements between sources, and the documents that record or mention it.

    ID is a meeting id from `communique meetings`, or its first characters.

    \b
    Examples:
      communique meeting m-3f2a9c1d0b7e4a51
      communique meeting m-3f2a --json
    """
    from communique.extract.organisations import body as gazetteer_body
    from communique.link.meeting_text import meeting_text

    with _open(db) as store, _errors():
        view = store.meeting(ref)
    if as_json:
        click.echo(json.dumps(to_json(view), ensure_ascii=False, indent=2))
        return
    labels = {
        s.id: " ".join(str(x) for x in (s.doc_type, s.date or s.year, _clip(s.title, 50)) if x)
        for s in view.sources
    }
    known = gazetteer_body(view.meeting.body_id)
    click.echo(meeting_text(view.meeting, labels, title=known.name if known else None))


@main.command(name="graph", short_help="Export the citation graph as GraphML or CSV.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "csv"]),
    default="graphml",
    show_default=True,
)
@click.option(
    "--out", type=click.Path(dir_okay=False, writable=True), help="File (default: stdout)."
)
@db_option
def graph_cmd(fmt: str, out: str | None, db: str | None) -> None:
    """Export the citation graph: documents, meetings and open references as
    nodes; citations and records/mentions as directed edges.

    GraphML reads into networkx, Gephi or yEd. CSV is one edge list (Source,
    Target, Type, Label, then each end's kind and label, status, text):
    Gephi's spreadsheet import reads it; documents without edges appear only
    in the GraphML.

    \b
    Examples:
      communique graph --format graphml --out citations.graphml
      communique graph --format csv --out citations.csv
    """
    from communique.link.graph import edge_csv, graphml

    with _open(db) as store, _errors():
        graph = store.citation_graph()
        behind = store.links_behind()
    if behind:
        click.echo(
            "warning: records changed since links were computed (communique relink)", err=True
        )
    text = graphml(graph) if fmt == "graphml" else edge_csv(graph)
    if out is None:
        click.echo(text, nl=False)
        return
    tmp = Path(out + ".partial")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)
    click.echo(f"{len(graph.nodes)} nodes, {len(graph.edges)} edges written to {out}", err=True)


@main.command(name="relink", short_help="Recompute meetings and resolved references.")
@db_option
def relink_cmd(db: str | None) -> None:
    """Recompute meetings and resolved references from every stored record
    (derived data, rebuilt in one transaction). Ingest does this itself;
    run it after upgrading communique or to bring links in line by hand.

    \b
    Examples:
      communique relink
      communique relink --db dossier.db
    """
    with _open(db) as store, _errors():
        r = store.relink()
    click.echo(
        f"{r.documents} documents: {r.meetings} meetings ({r.by_reference_only} known only by"
        f" reference, {r.disagreements} with disagreements); {r.references} references:"
        f" {r.resolved} resolved, {r.ambiguous} ambiguous, {r.open} open"
    )


def _clip(text: str | None, width: int) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


if __name__ == "__main__":  # pragma: no cover
    main()
