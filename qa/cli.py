"""`committee-qa`: a thin command line over the library; the web app calls the same functions.

Errors in the user's input print one line on stderr and exit with code 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from qa.config import Settings
from qa.errors import BadQuery, QAError
from qa.records import FILTER_FIELDS, Filters

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _service(settings: Settings, open_index: bool = True):
    import atexit

    from qa.service import SearchService

    service = SearchService(settings, open_index=open_index)
    atexit.register(service.close)  # a Qdrant client is closed before the interpreter tears down
    return service


def _filters(args: argparse.Namespace) -> Filters:
    return Filters.from_mapping(args)


def cmd_index(args: argparse.Namespace, settings: Settings) -> int:
    """Parse, embed and store papers (default: the seeds). Same as `add`, with the seeds as default."""
    return _add(args.paths or [SEEDS], settings)


def cmd_add(args: argparse.Namespace, settings: Settings) -> int:
    """Add papers to the index; unchanged files are skipped, changed ones replaced."""
    return _add(args.paths, settings)


class ProgressBar:
    """Embedding progress on stderr in passages, with passages/s and an ETA (tqdm), and the rate at the end."""

    def __init__(self, what: str):
        self.what, self.bar, self.started, self.total = what, None, 0.0, 0

    def start(self, total: int) -> None:
        from tqdm import tqdm

        self.total, self.started = total, time.perf_counter()
        self.bar = tqdm(total=total, desc=self.what, unit="passage", file=sys.stderr, disable=None, smoothing=0.1)

    def advance(self, done: int) -> None:
        if self.bar is not None:
            self.bar.update(done)

    def finish(self) -> None:
        if self.bar is None:
            return
        self.bar.close()
        seconds = time.perf_counter() - self.started
        if self.total:
            print(f"{self.what}: {self.total} passages in {seconds:.1f} s ({self.total / max(seconds, 1e-9):.1f} passages/s)",
                  file=sys.stderr)


def _add(paths: list[Path], settings: Settings, why: str | None = None) -> int:
    from qa.ingest import read_paths

    sources = read_paths([Path(p) for p in paths], settings.limits.upload_bytes)
    service = _service(settings)
    if why:
        print(why, file=sys.stderr)
    print(f"indexing {len(sources)} file(s) into {settings.data_dir}", file=sys.stderr)
    progress = ProgressBar("embedding")
    try:
        reports = service.add(sources, progress=progress)
    finally:
        service.close()
    progress.finish()
    width = max((len(r.source) for r in reports), default=10)
    print(f"{'file':<{width}}  {'status':<9} {'items':>5} {'passages':>8}")
    for report in reports:
        print(f"{report.source:<{width}}  {report.status:<9} {report.items:>5} {report.passages:>8}")
    print(f"{service.passage_count} passages indexed in total")
    return 0


def cmd_remove(args: argparse.Namespace, settings: Settings) -> int:
    """Remove one paper (by its file name) and its passages from the index."""
    removed = _service(settings).remove(args.source)
    print(f"removed {args.source} ({removed} passages)")
    return 0


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    """Compare the retrieval index (snapshot files, or the Qdrant collection) with the store; --repair fixes it."""
    from qa import store

    service = _service(settings, open_index=False)
    missing, stray = service.check(repair=args.repair)
    where = "the Qdrant collection" if settings.backend == "qdrant" else "the index snapshot"
    with service.connect() as conn:
        stored = store.passage_count(conn)
    print(f"{stored} passages in the store; {where} lacks {len(missing)} of them and holds "
          f"{len(stray)} the store does not" + (": repaired" if args.repair and (missing or stray) else ""))
    for label, ids in (("missing", missing), ("stray", stray)):
        if ids:
            print(f"  {label}: {', '.join(map(str, ids[:20]))}{' ...' if len(ids) > 20 else ''}")
    return 1 if (missing or stray) and not args.repair else 0


def cmd_reindex(args: argparse.Namespace, settings: Settings) -> int:
    """Re-parse every indexed paper from its stored text (after an upgrade), in one transaction."""
    progress = ProgressBar("embedding new passages")
    report = _service(settings).reindex(progress=progress)
    progress.finish()
    print(f"re-parsed {report.papers} papers: {report.items_before} -> {report.items_after} items, "
          f"{report.passages_before} -> {report.passages_after} passages ({report.vectors_reused} kept their vectors)")
    return 0


def cmd_show(args: argparse.Namespace, settings: Settings) -> int:
    """Show a paper's outline: title, committee, meeting date and its items with their sections."""
    from qa import store
    from qa.errors import UnknownSource
    from qa.outline import outline_of_stored, outline_text

    if not store.has_passages_table(settings.db_path):
        raise UnknownSource(f"no indexed paper is called {args.source!r}; nothing is indexed yet")
    with store.connect(settings.db_path) as conn:
        outline = outline_of_stored(conn, args.source)
    print(json.dumps(outline, indent=2, ensure_ascii=False) if args.json else outline_text(outline))
    return 0


def cmd_list(args: argparse.Namespace, settings: Settings) -> int:
    """List the indexed papers with their item and passage counts."""
    from qa import store

    documents = []
    if store.has_passages_table(settings.db_path):
        with store.connect(settings.db_path) as conn:
            documents = store.list_documents(conn)
    if args.json:
        print(json.dumps([vars(d) for d in documents], indent=2))
        return 0
    for d in documents:
        print(f"{d.source}\t{d.items} items\t{d.passages} passages\t{d.meeting_date or '-'}\t{d.title}")
    return 0


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    """Ask a question; prints ranked verbatim passages with their citations."""
    from qa.query import check_query, parse_query
    from qa.records import Query
    from qa.render import response_text

    # the query and its operators are checked before the model loads
    query = check_query(Query(args.query, args.k, _filters(args), group=args.group, strict=not args.closest),
                        settings.limits.query_chars)
    parse_query(query.text)
    response = _service(settings).search(query)
    if args.json:
        from web.schemas import SearchResponseModel

        print(SearchResponseModel.of(response).model_dump_json())
    else:
        print(response_text(response))
    return 0


def cmd_batch(args: argparse.Namespace, settings: Settings) -> int:
    """Run queries from a file (one {"query": ...} JSON object or plain text per line); one JSON line out per query."""
    from qa.records import Query
    from web.schemas import SearchResponseModel

    lines = _query_lines(args.file)
    service = _service(settings)
    outputs: dict[int, dict] = {}
    numbered: list[tuple[int, Query]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            numbered.append((number, _batch_query(line, args.k, args.group, not args.closest)))
        except (ValueError, QAError) as error:  # a bad line is reported with its number; the others still run
            outputs[number] = {"line": number, "error": str(error)}
    for start in range(0, len(numbered), 32):
        chunk = numbered[start : start + 32]
        for number, response in zip((n for n, _ in chunk), service.search_many([q for _, q in chunk])):
            outputs[number] = {"line": number, **SearchResponseModel.of(response).model_dump()}
    for number in sorted(outputs):
        if "error" in outputs[number]:
            print(f"committee-qa: line {number}: {outputs[number]['error']}", file=sys.stderr)
        print(json.dumps(outputs[number], ensure_ascii=False))
    return 2 if any("error" in o for o in outputs.values()) else 0


def _query_lines(path: Path) -> list[str]:
    if str(path) == "-":
        return list(sys.stdin)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BadQuery(f"cannot read queries from {path}: {error.strerror or error}") from None
    try:
        return data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise BadQuery(f"{path} is not UTF-8 text; give one JSON object or plain query per line") from None


def _batch_query(line: str, k: int, group: str, strict: bool):
    from qa.query import check_query, parse_query
    from qa.records import Query

    text = line.strip()
    if text.startswith("{"):
        try:
            record = json.loads(text)
        except json.JSONDecodeError as error:
            raise ValueError(f"not valid JSON ({error.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("query"), str):
            raise ValueError('a JSON line needs a "query" string')
        filters = Filters.from_mapping(record)
        query = Query(record["query"], record.get("k", k), filters, group=record.get("group", group),
                      strict=record.get("strict", strict))
    else:
        query = Query(text, k, group=group, strict=strict)
    query = check_query(query)
    parse_query(query.text)
    return query


def cmd_saved(args: argparse.Namespace, settings: Settings) -> int:
    """Saved searches: list them, save one (`saved add QUERY --name N`), or delete one by id."""
    from qa import saved as saved_searches

    with _service(settings).connect() as conn:
        if args.action == "list":
            for saved in saved_searches.list_all(conn):
                print(f"{saved.id}\t{saved.name}\t{saved.query}\t{json.dumps(saved.filters)}\t{saved.feed_url}")
        elif args.action == "add":
            if not args.value:
                raise BadQuery("`saved add` needs the query to follow, e.g. committee-qa saved add \"flood risk\"")
            saved = saved_searches.follow(conn, args.value, _filters(args), args.name)
            print(f"saved search {saved.id}: feed at {saved.feed_url}")
        else:
            if not (args.value or "").isdigit():
                raise BadQuery("`saved delete` needs the id that `saved list` shows")
            saved_searches.delete(conn, int(args.value))
            print(f"deleted saved search {args.value}")
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    """Serve the search page and JSON API; on an empty data directory, index the seeds first."""
    import uvicorn

    from qa import store

    empty = not store.has_passages_table(settings.db_path)
    if not empty:
        with store.connect(settings.db_path) as conn:
            empty = store.passage_count(conn) == 0
    if empty:
        _add([SEEDS], settings, why="no papers indexed yet: indexing the seeds first")
    workers = args.workers or min(os.cpu_count() or 1, 4)
    if settings.qdrant is not None and settings.qdrant.local:
        workers = 1  # qdrant-client's local mode lets one process open its folder
    if workers == 1:
        from web.app import create_app

        uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="info")
        return 0
    # Several processes, each with its own snapshot of the index, read settings from the environment. Writes
    # from any of them take the data folder's write lock; the others pick up what it publishes.
    os.environ["COMMITTEE_QA_DATA"] = str(settings.data_dir.resolve())
    os.environ["COMMITTEE_QA_MODEL"] = settings.model
    from web.serving import NoDelayHttp

    uvicorn.run("web.app:create_app", factory=True, workers=workers, host=args.host, port=args.port, log_level="info",
                http=NoDelayHttp)
    return 0


def _add_search_options(parser: argparse.ArgumentParser) -> None:
    from qa.records import GROUPS

    parser.add_argument("--group", choices=GROUPS, default="passage", help="item: one entry per agenda item, with its best passages")
    parser.add_argument("--closest", action="store_true", help="when nothing matches well, print the closest passages anyway")


def _query_syntax() -> str:
    from qa.query import OPERATORS

    lines = ['query syntax: "exact phrase"   -word   -"phrase"   item 283'] + [f"  {op.example:<32} {op.help}" for op in OPERATORS]
    return "\n".join(lines + ["operators and the --filters combine with AND"])


QUERY_SYNTAX = _query_syntax()


def _add_filter_options(parser: argparse.ArgumentParser) -> None:
    for field in FILTER_FIELDS:
        parser.add_argument(f"--{field.name}", help=field.help)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="committee-qa", description="Search committee papers; answers are verbatim passages with citations.")
    parser.add_argument("--data", type=Path, help="data directory (default: $COMMITTEE_QA_DATA or ./index)")
    parser.add_argument("--model", help="sentence-transformers model name or path (default: the bundled all-MiniLM-L6-v2)")
    commands = parser.add_subparsers(dest="command", required=True)

    p = commands.add_parser("index", help=cmd_index.__doc__)
    p.add_argument("paths", nargs="*", type=Path, help="files or folders (default: seeds/)")
    p.set_defaults(handler=cmd_index)
    p = commands.add_parser("add", help=cmd_add.__doc__)
    p.add_argument("paths", nargs="+", type=Path, help="files or folders of .txt, .md, .html or .pdf papers")
    p.set_defaults(handler=cmd_add)
    p = commands.add_parser("remove", help=cmd_remove.__doc__)
    p.add_argument("source", help="the paper's file name, as `list` shows it")
    p.set_defaults(handler=cmd_remove)
    p = commands.add_parser("check", help=cmd_check.__doc__)
    p.add_argument("--repair", action="store_true", help="write what the index lacks, remove what it should not hold")
    p.set_defaults(handler=cmd_check)
    p = commands.add_parser("reindex", help=cmd_reindex.__doc__)
    p.set_defaults(handler=cmd_reindex)
    p = commands.add_parser("show", help=cmd_show.__doc__)
    p.add_argument("source", help="the paper's file name, as `list` shows it")
    p.add_argument("--json", action="store_true", help="print JSON (title, committee, meeting_date, layout, items)")
    p.set_defaults(handler=cmd_show)
    p = commands.add_parser("list", help=cmd_list.__doc__)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_list)
    p = commands.add_parser("search", help=cmd_search.__doc__, epilog=QUERY_SYNTAX,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("query", help='a question or words; "phrase", -word, -"phrase" and the operators below')
    p.add_argument("-k", type=int, default=5, help="how many passages, or items with --group item (1-100, default 5)")
    p.add_argument("--json", action="store_true", help="print the same JSON as the API")
    _add_search_options(p)
    _add_filter_options(p)
    p.set_defaults(handler=cmd_search)
    p = commands.add_parser("batch", help=cmd_batch.__doc__)
    p.add_argument("file", type=Path, help="JSONL or text file of queries, or - for stdin")
    p.add_argument("-k", type=int, default=5, help="passages per query (default 5)")
    _add_search_options(p)
    p.set_defaults(handler=cmd_batch)
    p = commands.add_parser("saved", help=cmd_saved.__doc__)
    p.add_argument("action", choices=["list", "add", "delete"])
    p.add_argument("value", nargs="?", help="the query (add) or the id (delete)")
    p.add_argument("--name", help="a name for the saved search")
    _add_filter_options(p)
    p.set_defaults(handler=cmd_saved)
    p = commands.add_parser("serve", help=cmd_serve.__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=None,
                   help="server processes (default: one per core, at most 4); each holds the model and a snapshot")
    p.set_defaults(handler=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Every error the user can act on is one line on stderr and exit code 2; anything else is a bug: one line
    and exit 1 (COMMITTEE_QA_DEBUG=1 prints its traceback)."""
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env(data_dir=args.data, model=args.model)
        return args.handler(args, settings)
    except QAError as error:
        print(f"committee-qa: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - the last line of defence: one line, not a traceback
        if os.environ.get("COMMITTEE_QA_DEBUG"):
            raise
        print(f"committee-qa: unexpected error ({type(error).__name__}: {error}); run with COMMITTEE_QA_DEBUG=1 "
              "for the traceback and please report it", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
