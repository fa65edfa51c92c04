"""An analysis process (`analysis_workers`) freezes what its first part loaded, and analyses
the same after it."""

from __future__ import annotations

import copy
import gc

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline
from rasad.services.ingest import analyse_documents, freeze_loaded_objects


def test_first_part_freezes_the_loaded_objects_and_outputs_stay(seed_text):
    settings = Settings()
    names = tuple(n for n in build_pipeline(settings).names if n != "embed")
    docs = [
        Document(id=f"d{i}", source=f"{p}.txt", raw_text=seed_text(p))
        for i, p in enumerate(("000", "001", "002"))
    ]
    freeze_loaded_objects.cache_clear()
    gc.unfreeze()
    try:
        first = analyse_documents(copy.deepcopy(docs), settings, names)
        frozen = gc.get_freeze_count()
        again = analyse_documents(copy.deepcopy(docs), settings, names)
        assert frozen > 10_000  # the models and lexicons the stages loaded
        assert gc.get_freeze_count() <= frozen  # once per process (frozen objects may be freed)
        assert [d.to_record() for d, _ in again] == [d.to_record() for d, _ in first]
        assert [s.tolist() for _, s in again] == [s.tolist() for _, s in first]
        assert any(d.entities for d, _ in first)
    finally:
        gc.unfreeze()
        freeze_loaded_objects.cache_clear()
