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

from qa.errors import BadSourceName, FileTooLarge, NothingToIndex, UnsupportedFile

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
    """A paper's name is a plain file name: no folders, not '.' or '..', no control characters, at most 255 bytes."""
    if (not isinstance(name, str) or not name or name in {".", ".."} or "/" in name or "\\" in name
            or any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF for c in name) or len(name.encode("utf-8")) > 255):
        raise BadSourceName(f"{name!r} is not a plain file name; give a name like 'minutes-2020-05.txt' without folders or '..'")
    return name


def _readable(text: str) -> float:
    """The share of a text's visible characters that a paper in a Latin-script language is made of."""
    visible = [c for c in text[:50000] if not c.isspace()]
    if not visible:
        return 0.0
    latin = sum(1 for c in visible if ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x2C00 or 0xFB00 <= ord(c) < 0xFB07)
    return latin / len(visible)


def check_plausible_text(name: str, text: str) -> str:
    """Refuse what decodes but is not a paper: binary, mis-decoded or junk text, or no words at all."""
    sample = text[:20000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(5, len(sample) // 100):
        raise UnsupportedFile(f"{name} looks like a binary file, not text; give a .txt, .md, .html or .pdf paper")
    if sample.count("\ufffd") > max(5, len(sample) // 100):
        raise UnsupportedFile(f"{name} is not valid text in its encoding (it is full of replacement characters); re-save it as UTF-8")
    if _readable(text) < 0.85:
        raise UnsupportedFile(f"{name} does not read as text in a Latin-script language ({_readable(text):.0%} of its characters "
                              "are letters, digits or punctuation); check its encoding and re-save it as UTF-8")
    if len(re.findall(r"[A-Za-z]{2,}", text[:200000])) < 3:
        raise NothingToIndex(f"nothing to index in {name}: it has no words in it")
    return text


def decode_text(name: str, data: bytes) -> str:
    if not data.strip():
        raise UnsupportedFile(f"{name} is empty; nothing to index")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise UnsupportedFile(f"{name} starts as UTF-16 text but is not valid UTF-16; re-save it as UTF-8") from None
    elif b"\x00" in data[:8192]:
        raise UnsupportedFile(f"{name} looks like a binary file, not text; give a .txt, .md, .html or .pdf paper")
    else:
        for encoding in ("utf-8-sig", "cp1252"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise UnsupportedFile(f"{name} is neither UTF-8 nor Windows-1252 text; re-save it as UTF-8 and add it again")
    return check_plausible_text(name, text.replace("\r\n", "\n").replace("\r", "\n"))


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
    return check_plausible_text(name, text)


def _at_line_start(parts: list[str]) -> bool:
    for part in reversed(parts):
        if part.strip(" \t\u00a0"):
            return part.endswith("\n")
    return True


def pdf_to_text(name: str, data: bytes) -> tuple[str, list[int]]:
    """Text of every page, pages joined by a blank line, with each page's start offset."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings repeat what our one-line message says

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
    return check_plausible_text(name, text), starts


def read_bytes(name: str, data: bytes, max_bytes: int | None = None) -> SourceText:
    """Check and convert one paper. Raises UnsupportedFile or FileTooLarge; writes nothing."""
    name = check_source_name(name)
    if max_bytes is not None and len(data) > max_bytes:
        raise FileTooLarge(f"{name} is {size_text(len(data))}, over the {size_text(max_bytes)} limit for one paper "
                           "(COMMITTEE_QA_MAX_UPLOAD_BYTES)")
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


def size_text(size: int) -> str:
    """Sizes as the README states them, in binary units: '20 MiB', '1.5 MiB', '800 KiB'."""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.3g} MiB"
    return f"{size / 1024:.3g} KiB" if size >= 1024 else f"{size} bytes"


def read_path(path: Path, max_bytes: int | None = None) -> SourceText:
    if not path.is_file():
        raise UnsupportedFile(f"{path} is not a file")
    return read_bytes(path.name, path.read_bytes(), max_bytes)


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files named, and the supported files inside folders named, in a stable order. A folder with no paper
    in it is an error: it was probably the wrong folder."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
                           and p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES)
            if not found:
                raise UnsupportedFile(f"{path} holds no papers (files ending {', '.join(SUPPORTED)}); check the folder")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise UnsupportedFile(f"{path} does not exist")
    return files
