"""Domain errors. The web app turns them into 4xx responses, the CLI into exit code 2.

Each message says what was wrong and what to do about it, in one line.
"""


class QAError(Exception):
    """Base class: a problem with the user's input or the state of the index."""

    status_code = 400


class UnsupportedFile(QAError):
    """A file that cannot be read as a committee paper (binary, empty, undecodable, corrupt)."""

    status_code = 415


class FileTooLarge(QAError):
    status_code = 413


class UnknownSource(QAError):
    status_code = 404


class NotFound(QAError):
    status_code = 404


class Gone(QAError):
    status_code = 410


class EmptyQuery(QAError):
    status_code = 422


class BadQuery(QAError):
    """A query or parameter out of range (k, length, filters)."""

    status_code = 422


class IndexNotReady(QAError):
    """Searching before anything is indexed."""

    status_code = 409


class BadSourceName(QAError):
    """A file or source name with folders or '..' in it."""

    status_code = 400


class ModelUnavailable(QAError):
    """The embedding model (or the backend asked for) cannot be loaded."""

    status_code = 500


class IndexDamaged(QAError):
    """The store or a file beside it cannot be read: say where, and what to run."""

    status_code = 503


class BadSetting(QAError):
    """A setting (environment variable or option) that cannot work."""

    status_code = 500


class NothingToIndex(QAError):
    """A file that reads as text but holds no paper: no words, or no passage to cut."""

    status_code = 422


class Unauthorized(QAError):
    """A write over HTTP without the right admin token."""

    status_code = 401


class Forbidden(QAError):
    """Writes over HTTP are switched off (no admin token configured)."""

    status_code = 403


class BadOperator(BadQuery):
    """An unknown search operator, or an operator with a value that is not valid (a date that is not a date)."""

    status_code = 400


class QdrantUnavailable(QAError):
    """The Qdrant backend cannot be used: unreachable, a refused API key, another model's collection."""

    status_code = 503
