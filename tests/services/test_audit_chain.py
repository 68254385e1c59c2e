"""The audit trail (issue 13, item 5): append-only, chained, compact for long texts; an altered or removed
row is named by the check, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import DBAPIError

from minutes.db import models as m
from minutes.services import Services
from minutes.services.audit import LONG_TEXT, apply_window, verify_chain


def _url(backend_url: str) -> str:
    return backend_url if "://" in backend_url else f"sqlite:///{backend_url}"


def test_chain_holds_and_names_an_altered_or_removed_row(any_services: Services, backend_url: str) -> None:
    meeting_id = any_services.demo.load()
    any_services.meetings.update(meeting_id, location="Phòng họp số 2")
    report = any_services.finalise.verify_audit()
    assert report.broken == [] and report.checked > 50 and report.before_chain == 0

    engine = create_engine(_url(backend_url))
    with engine.connect() as c:  # the table refuses changes, whoever asks
        for statement in (
            "UPDATE audit_log SET actor = 'Người khác' WHERE id = 5",
            "DELETE FROM audit_log WHERE id = 7",
        ):
            with pytest.raises(DBAPIError), c.begin():
                c.execute(text(statement))
    with engine.begin() as c:  # someone with the owner's rights lifts the protection and edits the trail
        if engine.dialect.name == "postgresql":
            c.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"))
        else:
            c.execute(text("DROP TRIGGER audit_log_no_update"))
            c.execute(text("DROP TRIGGER audit_log_no_delete"))
        c.execute(text("UPDATE audit_log SET actor = 'Người khác' WHERE id = 5"))
        c.execute(text("DELETE FROM audit_log WHERE id = 20"))
    engine.dispose()
    assert any_services.finalise.verify_audit().broken == [5, 21]


def test_long_text_changes_store_the_window_not_two_copies(services: Services) -> None:
    meeting_id = services.demo.load()
    contribution = services.meetings.get(meeting_id).contributions[0]
    long_text = "Đồng chí phát biểu về công tác giải phóng mặt bằng. " * 2000  # ~100,000 characters
    services.items.update_contribution(contribution.id, text=long_text)
    services.items.update_contribution(contribution.id, text=long_text + "Bổ sung cuối.")
    with services.db.sessions() as s:
        row = s.scalars(
            select(m.AuditEntry)
            .where(m.AuditEntry.entity == "contributions", m.AuditEntry.entity_id == contribution.id)
            .order_by(m.AuditEntry.id.desc())
        ).first()
        assert row is not None and len(row.changes) < 1000 < LONG_TEXT * 50
        change = json.loads(row.changes)["text"]
        assert apply_window(long_text, change) == long_text + "Bổ sung cuối."
        assert change["new"]["length"] == len(long_text) + len("Bổ sung cuối.")
        assert verify_chain(s).broken == []
