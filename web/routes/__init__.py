"""One router per resource: search, documents, saved searches, pages."""
