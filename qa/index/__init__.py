"""The derived, searchable index beside the store: vectors (FAISS behind the VectorIndex contract), the
in-memory BM25, and the immutable Snapshot of both that searches read."""
