"""Print the meetings of ``testkit.printed`` as the FIRST version of this application printed them.

Offices keep the documents that version printed (one organisation profile per database, "[Chưa giao]"
marks under unanswered recommendations, the notice's "1. Đánh giá kết quả / 2. Nhiệm vụ trọng tâm"
headings, "T/M" on state documents, "Lưu Văn phòng ..." lines, dd/mm/yyyy in English documents): the
archive import must keep reading them (tests/archive/test_printed_before.py). The .docx files are
committed; to make them again, run this with the first version's code on the path, e.g.::

    git archive 379256d src | tar -x -C /tmp/v1
    PYTHONPATH=/tmp/v1/src:tests/support python tests/data/archive/printed-v1/make_documents.py

(379256d is main just before the documents work of issue 14; its export is the first version's.)
"""

from __future__ import annotations

import inspect
import sys
import tempfile
from datetime import date
from pathlib import Path

from testkit import printed

from minutes.export.documents import build
from minutes.export.profile import OrgProfileData, with_value
from minutes.services import Actor, Database, Services

HERE = Path(__file__).resolve().parent
FAMILIES = ("state", "party", "plain")
MEETINGS = {"richer": printed.richer_data, "ward": printed.ward_data}


def _profile(name: str) -> OrgProfileData:
    """The first version had one profile per database; its defaults were Quận ủy Long Biên's (the
    example's). A ward's office set its own values; keys that version did not have are left out."""
    data = OrgProfileData()
    if name == "ward":
        for key, value in printed.WARD_PROFILE.items():
            try:
                data = with_value(data, key, value)
            except Exception:  # noqa: BLE001 - a key the first version did not have
                continue
    return data


def main() -> None:
    if "today" not in inspect.signature(build).parameters:
        sys.exit("this is not the first version's code: see this script's docstring")
    with tempfile.TemporaryDirectory() as work:
        database = Database(str(Path(work) / "v1.sqlite3"), clock=lambda: date(2021, 3, 10))
        services = Services(database, Actor("v1"))
        for name, data in MEETINGS.items():
            meeting = services.meetings.get(services.interchange.import_data(data()))
            for kind in ("minutes", "conclusion"):
                for family in FAMILIES:
                    doc = build(kind, meeting, _profile(name), family, today=date(2021, 3, 10),  # type: ignore[call-arg]
                                issued_on=date(2021, 3, 10))  # fmt: skip
                    doc.save(str(HERE / f"{name}-{kind}-{family}.docx"))
        database.close()


if __name__ == "__main__":
    main()
