"""`committee-qa`: a thin command line over the library; the web app calls the same functions.

Errors in the user's input print one line on stderr and exit with code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from qa.config import Settings
from qa.errors import BadQuery, QAError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _service(settings: Settings):
    from qa.search import SearchService

    return SearchService(settings)


def _filters(args: argparse.Namespace):
    from qa.search import Filters

    return Filters(kind=args.kind, source=args.source, committee=args.committee, after=args.after, before=args.before)


def cmd_index(args: argparse.Namespace, settings: Settings) -> int:
    """Parse, embed and store papers (default: the seeds). Same as `add`, with the seeds as default."""
    return _add(args.paths or [SEEDS], settings)


def cmd_add(args: argparse.Namespace, settings: Settings) -> int:
    """Add papers to the index; unchanged files are skipped, changed ones replaced."""
    return _add(args.paths, settings)


def _add(paths: list[Path], settings: Settings) -> int:
    from tqdm import tqdm

    from qa.ingest import add_sources, read_paths

    sources = read_paths([Path(p) for p in paths], settings.max_upload_bytes)
    service = _service(settings)
    print(f"indexing {len(sources)} file(s) into {settings.data_dir}", file=sys.stderr)
    with tqdm(total=len(sources), desc="storing", unit="file", file=sys.stderr, disable=None) as bar:
        reports = add_sources(service, sources, progress=bar.update, show_progress=sys.stderr.isatty())
    width = max((len(r.source) for r in reports), default=10)
    print(f"{'file':<{width}}  {'status':<9} {'items':>5} {'passages':>8}")
    for report in reports:
        print(f"{report.source:<{width}}  {report.status:<9} {report.items:>5} {report.passages:>8}")
    print(f"{service.passage_count} passages indexed in total")
    return 0


def cmd_remove(args: argparse.Namespace, settings: Settings) -> int:
    """Remove one paper (by its file name) and its passages from the index."""
    from qa.ingest import remove_source

    removed = remove_source(_service(settings), args.source)
    print(f"removed {args.source} ({removed} passages)")
    return 0


def cmd_list(args: argparse.Namespace, settings: Settings) -> int:
    """List the indexed papers with their item and passage counts."""
    from qa import store

    with store.connect(settings.db_path) as conn:
        documents = store.list_documents(conn)
    if args.json:
        print(json.dumps([d.__dict__ for d in documents], indent=2))
        return 0
    for d in documents:
        print(f"{d.source}\t{d.items} items\t{d.passages} passages\t{d.meeting_date or '-'}\t{d.title}")
    return 0


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    """Ask a question; prints ranked verbatim passages with their citations."""
    from qa.render import response_json, response_text
    from qa.search import Query, check_query

    query = check_query(Query(args.query, args.k, _filters(args)))  # before the model loads
    response = _service(settings).search(query)
    if args.json:
        print(json.dumps(response_json(response), ensure_ascii=False))
    else:
        print(response_text(response))
    return 0


def cmd_batch(args: argparse.Namespace, settings: Settings) -> int:
    """Run queries from a file (one {"query": ...} JSON object or plain text per line); one JSON line out per query."""
    from qa.render import response_json
    from qa.search import Query

    service = _service(settings)
    source = sys.stdin if str(args.file) == "-" else open(args.file, encoding="utf-8")
    with source:
        lines = list(source)
    outputs: dict[int, dict] = {}
    numbered: list[tuple[int, Query]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            numbered.append((number, _batch_query(line, args.k)))
        except (ValueError, QAError) as error:
            outputs[number] = {"line": number, "error": str(error)}
    for start in range(0, len(numbered), 32):
        chunk = numbered[start : start + 32]
        for number, response in zip((n for n, _ in chunk), service.search_many([q for _, q in chunk])):
            outputs[number] = {"line": number, **response_json(response)}
    for number in sorted(outputs):
        if "error" in outputs[number]:
            print(f"committee-qa: line {number}: {outputs[number]['error']}", file=sys.stderr)
        print(json.dumps(outputs[number], ensure_ascii=False))
    return 2 if any("error" in o for o in outputs.values()) else 0


def _batch_query(line: str, k: int):
    from qa.search import Filters, Query, check_query

    text = line.strip()
    if text.startswith("{"):
        try:
            record = json.loads(text)
        except json.JSONDecodeError as error:
            raise ValueError(f"not valid JSON ({error.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("query"), str):
            raise ValueError('a JSON line needs a "query" string')
        filters = Filters(**{key: record.get(key) for key in ("kind", "source", "committee", "after", "before")})
        query = Query(record["query"], int(record.get("k", k)), filters)
    else:
        query = Query(text, k)
    return check_query(query)


def cmd_saved(args: argparse.Namespace, settings: Settings) -> int:
    """Saved searches: list them, save one (`saved add QUERY --name N`), or delete one by id."""
    from qa import store
    from qa.feeds import follow

    with store.connect(settings.db_path) as conn:
        if args.action == "list":
            for saved in store.list_saved_searches(conn):
                print(f"{saved.id}\t{saved.name}\t{saved.query}\t{json.dumps(saved.filters)}\t/feeds/{saved.id}.atom")
        elif args.action == "add":
            if not args.value:
                raise BadQuery("`saved add` needs the query to follow, e.g. committee-qa saved add \"flood risk\"")
            saved = follow(conn, args.value, _filters(args), args.name)
            print(f"saved search {saved.id}: feed at /feeds/{saved.id}.atom")
        else:
            if not (args.value or "").isdigit():
                raise BadQuery("`saved delete` needs the id that `saved list` shows")
            store.delete_saved_search(conn, int(args.value))
            print(f"deleted saved search {args.value}")
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    """Serve the search page and JSON API; on an empty data directory, index the seeds first."""
    import uvicorn

    from qa import store

    with store.connect(settings.db_path) as conn:
        empty = store.passage_count(conn) == 0
    if empty:
        print("no papers indexed yet: indexing the seeds first", file=sys.stderr)
        _add([SEEDS], settings)
    from web.app import create_app

    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="info")
    return 0


def _add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kind", help="resolution, recommendation, minutes, report or summary")
    parser.add_argument("--source", help="only this paper (file name)")
    parser.add_argument("--committee", help="only papers whose committee contains this text")
    parser.add_argument("--after", help="meeting/report date on or after YYYY-MM-DD")
    parser.add_argument("--before", help="meeting/report date on or before YYYY-MM-DD")


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
    p = commands.add_parser("list", help=cmd_list.__doc__)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_list)
    p = commands.add_parser("search", help=cmd_search.__doc__)
    p.add_argument("query", help="a question or words to look for; quote phrases that must appear")
    p.add_argument("-k", type=int, default=5, help="how many passages (1-100, default 5)")
    p.add_argument("--json", action="store_true", help="print the same JSON as the API")
    _add_filter_options(p)
    p.set_defaults(handler=cmd_search)
    p = commands.add_parser("batch", help=cmd_batch.__doc__)
    p.add_argument("file", type=Path, help="JSONL or text file of queries, or - for stdin")
    p.add_argument("-k", type=int, default=5, help="passages per query (default 5)")
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
    p.set_defaults(handler=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = Settings.from_env(data_dir=args.data, model=args.model)
    try:
        return args.handler(args, settings)
    except QAError as error:
        print(f"committee-qa: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
