"""Write the archive test documents: ``python tests/data/archive/make_documents.py``.

Each document is typed by one function in documents_vi.py, documents_vi2.py or documents_en.py; this
script saves it as ``<name>.docx`` next to ``<name>.facts.json`` (the facts a clerk would read from it,
checked by tests/archive/test_typed_documents.py). The .docx files are kept in the repository so the
tests read exactly what was reviewed; run this again after changing a document and commit both.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import documents_en  # noqa: E402
import documents_heldout  # noqa: E402
import documents_vi  # noqa: E402
import documents_vi2  # noqa: E402
from kit import Typed  # noqa: E402

DOCUMENTS: dict[str, Callable[[], tuple[Typed, dict[str, Any]]]] = {
    "ubnd-ngoc-thuy-giao-ban-2019-03": documents_vi.ubnd_ngoc_thuy_giao_ban,
    "dang-uy-ngoc-lam-hoi-nghi-2018-12": documents_vi.dang_uy_ngoc_lam_hoi_nghi,
    "vp-ubnd-quan-thong-bao-2019-05": documents_vi.vp_ubnd_quan_thong_bao,
    "quan-uy-thong-bao-phuc-dong-2020-04": documents_vi2.quan_uy_thong_bao,
    "chi-bo-khu-dan-cu-3-2021-01": documents_vi2.chi_bo_khu_dan_cu,
    "hdnd-thuong-truc-2022-04": documents_vi2.hdnd_thuong_truc,
    "ubnd-bo-de-giao-ban-2023-01": documents_vi2.ubnd_giao_ban_thang,
    "bridge-package3-kickoff-2022-03": documents_en.bridge_kickoff,
    "gia-lam-water-plant-2021-11": documents_en.water_plant_meeting,
    # written after the recogniser, as a check on documents it was not tuned on (docs/import.md)
    "dang-uy-bat-trang-thuong-vu-2022-07": documents_heldout.bat_trang_thuong_vu,
    "red-river-ceramics-board-2022-06": documents_heldout.board_meeting,
}


def write(folder: Path = HERE) -> list[Path]:
    written = []
    for name, make in DOCUMENTS.items():
        typed, facts = make()
        path = folder / f"{name}.docx"
        typed.save(path)
        (folder / f"{name}.facts.json").write_text(
            json.dumps(facts, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write():
        print(path.relative_to(HERE.parents[2]))
