"""What each `committee-qa` subcommand does, one `cmd_*` function per subcommand (qa.cli builds the parser).

Each takes the parsed arguments and the settings and returns the exit code; an error the user can act on is
raised as a QAError, which qa.cli.main prints as one line with exit code 2.
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
from qa.records import Filters

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
    from qa import catalog, store

    documents = []
    if store.has_passages_table(settings.db_path):
        with store.connect(settings.db_path) as conn:
            documents = catalog.list_documents(conn)
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
