"""Turn a file's bytes into the text a paper is parsed from: plain text/Markdown, saved HTML, or PDF.

Everything that is wrong with a file is found here, before anything is written to the index, and
reported as UnsupportedFile with a message that says what to do.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from qa.errors import BadSourceName, FileTooLarge, UnsupportedFile

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED = sorted(TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES - {""})

_BLOCK_TAGS = {
    "p", "div", "li", "table", "section", "article", "ul", "ol", "dd", "dt", "dl", "blockquote",
    "pre", "br", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "main", "caption", "hr",
}
_SKIP_TAGS = {"script", "style", "noscript", "nav", "head", "title", "form", "button", "select", "svg", "iframe"}


@dataclass(frozen=True)
class SourceText:
    source: str
    text: str
    file_format: str
    sha256: str
    pages: list[int] | None = None  # start offset of each page (PDF)


def check_source_name(name: str) -> str:
    """A paper's name is a plain file name: no folders, no '..', no control characters."""
    if not name or name in {".", ".."} or "/" in name or "\\" in name or ".." in name or any(ord(c) < 32 for c in name):
        raise BadSourceName(f"{name!r} is not a plain file name; give a name like 'minutes-2020-05.txt' without folders or '..'")
    return name


def decode_text(name: str, data: bytes) -> str:
    if not data.strip():
        raise UnsupportedFile(f"{name} is empty; nothing to index")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise UnsupportedFile(f"{name} looks like a binary file, not text; give a .txt, .md, .html or .pdf paper")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UnsupportedFile(f"{name} is neither UTF-8 nor Windows-1252 text; re-save it as UTF-8 and add it again")
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(5, len(text[:20000]) // 100):
        raise UnsupportedFile(f"{name} looks like a binary file, not text; give a .txt, .md, .html or .pdf paper")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not re.search(r"[A-Za-z]{2}", text):
        raise UnsupportedFile(f"{name} has no words in it; nothing to index")
    return text


def html_to_text(name: str, data: bytes) -> str:
    """Saved HTML (e.g. a ModernGov page) as lines: one block element a paragraph, headings as '##'."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    html = decode_text(name, data)
    tree = HTMLParser(html)
    body = tree.body or tree.root
    if body is None:
        raise UnsupportedFile(f"{name} has no HTML body; save the page as complete HTML and add it again")
    content = tree.css_first("#mgContent, .mgContent, main, #content, article") or body
    parts: list[str] = []

    def walk(node) -> None:  # noqa: ANN001 - selectolax node
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                parts.append(child.text_content or "")
                continue
            if tag in _SKIP_TAGS or tag == "-comment":
                continue
            block = tag in _BLOCK_TAGS
            if block:
                parts.append("\n\n")
            elif tag == "tr":
                parts.append("\n")  # a table is one paragraph, a row to a line
            elif tag in {"td", "th"} and not _at_line_start(parts):
                parts.append(" | ")  # a row's cells kept apart
            if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
                parts.append("#" * min(int(tag[1]) + 1, 6) + " ")
            elif tag == "li":
                parts.append("· ")
            walk(child)
            if block:
                parts.append("\n\n")

    walk(content)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parts).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
    text = re.sub(r"^(#+ )\s*$", "", text, flags=re.M)
    if not re.search(r"[A-Za-z]{2}", text):
        raise UnsupportedFile(f"{name} has no readable text in its HTML body")
    return text


def _at_line_start(parts: list[str]) -> bool:
    for part in reversed(parts):
        if part.strip(" \t\u00a0"):
            return part.endswith("\n")
    return True


def pdf_to_text(name: str, data: bytes) -> tuple[str, list[int]]:
    """Text of every page, pages joined by a blank line, with each page's start offset."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.startswith(b"%PDF"):
        raise UnsupportedFile(f"{name} is not a PDF (it does not start with %PDF); check the file and add it again")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise UnsupportedFile(f"{name} is an encrypted PDF; save an unprotected copy and add that")
            except UnsupportedFile:
                raise
            except Exception as error:
                raise UnsupportedFile(f"{name} is an encrypted PDF; save an unprotected copy and add that") from error
        pages, starts = [], []
        offset = 0
        for page in reader.pages:
            page_text = (page.extract_text() or "").replace("\r\n", "\n").strip()
            starts.append(offset)
            pages.append(page_text)
            offset += len(page_text) + 2
    except UnsupportedFile:
        raise
    except Exception as error:  # pypdf raises many kinds of error on damaged files
        kind = "damaged" if isinstance(error, PdfReadError) else "unreadable"
        raise UnsupportedFile(f"{name} is a {kind} PDF ({type(error).__name__}); re-export it and add it again") from error
    text = "\n\n".join(pages)
    if not re.search(r"[A-Za-z]{2}", text):
        raise UnsupportedFile(f"{name} has no text layer (a scanned PDF?); run OCR on it first")
    return text, starts


def read_bytes(name: str, data: bytes, max_bytes: int | None = None) -> SourceText:
    """Check and convert one paper. Raises UnsupportedFile or FileTooLarge; writes nothing."""
    name = check_source_name(name)
    if max_bytes is not None and len(data) > max_bytes:
        raise FileTooLarge(f"{name} is {len(data) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit (COMMITTEE_QA_MAX_UPLOAD_BYTES)")
    sha256 = hashlib.sha256(data).hexdigest()
    suffix = Path(name).suffix.lower()
    if suffix in PDF_SUFFIXES:
        text, pages = pdf_to_text(name, data)
        return SourceText(name, text, "pdf", sha256, pages)
    if suffix in HTML_SUFFIXES:
        return SourceText(name, html_to_text(name, data), "html", sha256)
    if suffix in TEXT_SUFFIXES:
        fmt = "markdown" if suffix in {".md", ".markdown"} else "text"
        return SourceText(name, decode_text(name, data), fmt, sha256)
    raise UnsupportedFile(f"{name}: files ending {suffix} are not supported; give one of {', '.join(SUPPORTED)}")


def read_path(path: Path, max_bytes: int | None = None) -> SourceText:
    if not path.is_file():
        raise UnsupportedFile(f"{path} is not a file")
    return read_bytes(path.name, path.read_bytes(), max_bytes)


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files named, and the supported files inside folders named, in a stable order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
                                and p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES))
        elif path.exists():
            files.append(path)
        else:
            raise UnsupportedFile(f"{path} does not exist")
    return files
