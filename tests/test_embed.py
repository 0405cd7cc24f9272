"""The model runs through ONNX Runtime by default, and gives the vectors sentence-transformers gives."""

from __future__ import annotations

import numpy as np

from qa.embed import Embedder
from tests.conftest import SEEDS, run_cli


def seed_paragraphs() -> list[str]:
    text = (SEEDS / "003_b60ef20dbfde3d98.txt").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text.split("\n\n") if len(p.strip()) > 40]
    return paragraphs[:12] + ["how much Partners in Practice funding did we get for 2020/21?", "PiP"]


def test_onnx_backend_is_used_and_matches_pytorch(embedder, tmp_path):
    assert embedder.backend == "onnx"
    texts = seed_paragraphs()
    fast = embedder.encode(texts)
    reference = Embedder(backend="torch").encode(texts)
    assert fast.shape == reference.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)
    assert float((fast * reference).sum(axis=1).min()) > 0.9999
    # Batches pad shorter texts: a text embeds the same alone as beside longer ones.
    assert float(embedder.encode([texts[-1]])[0] @ fast[-1]) > 0.9999


def test_export_is_cached_and_reused(tmp_path):
    first = Embedder(backend="onnx", cache_dir=tmp_path)
    exported = list((tmp_path / "onnx").glob("*/model.onnx"))
    assert len(exported) == 1
    stamp = exported[0].stat().st_mtime_ns
    second = Embedder(backend="onnx", cache_dir=tmp_path)
    assert exported[0].stat().st_mtime_ns == stamp
    assert float(first.encode(["Signs of Safety"])[0] @ second.encode(["Signs of Safety"])[0]) > 0.9999


def test_a_missing_model_or_unknown_backend_is_one_line_and_exit_2(tmp_path):
    result = run_cli("search", "flood", data=tmp_path, env={"COMMITTEE_QA_MODEL": str(tmp_path / "no-such-model")})
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "no embedding model at" in result.stderr
    result = run_cli("search", "flood", data=tmp_path, env={"COMMITTEE_QA_EMBEDDING_BACKEND": "gpu"})
    assert result.returncode == 2 and "auto, onnx, torch" in result.stderr


def test_word_vectors_are_the_same_alone_or_in_a_batch_and_for_both_backends(embedder):
    texts = ["how much PiP funding", "The council would be receiving PiP funding totalling £1,207,908 for 2020/21."]
    together = embedder.word_vectors(texts)
    alone = embedder.word_vectors(texts[:1])
    assert float(together[0] @ alone[0]) > 0.9999  # no padding leaks into the mean
    reference = Embedder(backend="torch").word_vectors(texts)
    assert float((together * reference).sum(axis=1).min()) > 0.999


def test_groups_of_texts_come_back_as_one_matrix_each_in_order(embedder):
    groups = [["Partners in Practice funding", "£1,207,908 for 2020/21"], [], ["Signs of Safety"]]
    matrices = embedder.encode_groups(groups)
    assert [m.shape[0] for m in matrices] == [2, 0, 1]
    alone = embedder.encode(["£1,207,908 for 2020/21", "Signs of Safety"])
    assert float(matrices[0][1] @ alone[0]) > 0.9999 and float(matrices[2][0] @ alone[1]) > 0.9999


def test_indexing_spreads_batches_over_sessions_and_gives_the_same_vectors(embedder):
    texts = seed_paragraphs()
    groups = [texts[:5], texts[5:9], [texts[0]], texts[9:]]  # texts[0] twice: embedded once, given to both
    matrices = embedder.encode_groups(groups)
    alone = embedder.encode(texts)
    together = np.vstack(matrices)
    expected = np.vstack([alone[:5], alone[5:9], alone[:1], alone[9:]])
    assert float((together * expected).sum(axis=1).min()) > 0.9999
    assert embedder._bulk is not None and len(embedder._bulk) >= 1  # the bulk path ran


def test_a_gpu_asked_for_where_there_is_none_is_one_line_and_exit_2(tmp_path):
    import onnxruntime

    if "CUDAExecutionProvider" in onnxruntime.get_available_providers():
        return  # a GPU machine: nothing to refuse
    result = run_cli("index", data=tmp_path, env={"COMMITTEE_QA_DEVICE": "cuda"})
    assert result.returncode == 2 and result.stderr.strip().count("\n") == 0
    assert "COMMITTEE_QA_DEVICE=cuda" in result.stderr and not (tmp_path / "committee.sqlite3").exists()
