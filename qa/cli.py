"""`committee-qa`: a thin command line over the library; the web app calls the same functions.

The parser and the entry point; what each subcommand does is in qa.commands.
Errors in the user's input print one line on stderr and exit with code 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from qa.commands import (
    cmd_add,
    cmd_batch,
    cmd_check,
    cmd_index,
    cmd_list,
    cmd_reindex,
    cmd_remove,
    cmd_saved,
    cmd_search,
    cmd_serve,
    cmd_show,
)
from qa.config import Settings
from qa.errors import QAError
from qa.records import FILTER_FIELDS


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
