"""Atomic writes: the new file appears whole, with ordinary permissions, or the old one stays as it was."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from minutes import fileio
from minutes.errors import FileWriteError


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_the_ordinary_mode_and_no_temporary_is_left(tmp_path: Path) -> None:
    target = tmp_path / "bien-ban.json"
    fileio.write_text(target, "Nguyễn Văn Đức\n")
    assert target.read_text(encoding="utf-8") == "Nguyễn Văn Đức\n"
    assert mode_of(target) == 0o666 & ~_umask()
    assert mode_of(target) & 0o044  # readable by others as any document (0644 under umask 022), not 0600
    assert [p.name for p in tmp_path.iterdir()] == ["bien-ban.json"]


def test_an_existing_file_keeps_its_mode_and_an_explicit_mode_wins(tmp_path: Path) -> None:
    target = tmp_path / "x.txt"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    fileio.write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "new" and mode_of(target) == 0o640
    private = tmp_path / "backup.sqlite3"
    fileio.write_bytes(private, b"data", mode=0o600)
    assert mode_of(private) == 0o600


def test_a_writer_that_fails_half_way_leaves_the_previous_file_intact(tmp_path: Path) -> None:
    target = tmp_path / "dump.json"
    target.write_text('{"good": true}\n', encoding="utf-8")

    def half_then_full(temp: Path) -> None:
        with open(temp, "wb") as out:
            out.write(b'{"partial": ')
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(FileWriteError) as info:
        fileio.write_with(target, half_then_full)
    assert target.read_text(encoding="utf-8") == '{"good": true}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["dump.json"]
    assert "the disk is full" in info.value.message and str(target) in info.value.message


def test_a_failing_fsync_is_a_failed_write_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "x.ics"
    target.write_bytes(b"BEGIN:VCALENDAR")

    def broken_fsync(_fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(FileWriteError) as info:
        fileio.write_bytes(target, b"NEW" * 1000)
    assert target.read_bytes() == b"BEGIN:VCALENDAR"
    assert "the disk reported an error" in info.value.message
    assert [p.name for p in tmp_path.iterdir()] == ["x.ics"]


def test_a_bug_in_the_writer_is_not_disguised_but_cleans_up(tmp_path: Path) -> None:
    target = tmp_path / "x.docx"

    def buggy(_temp: Path) -> None:
        raise ValueError("All strings must be XML compatible")

    with pytest.raises(ValueError):
        fileio.write_with(target, buggy)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_or_a_folder_in_the_way_is_explained(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError) as info:
        fileio.write_text(tmp_path / "missing" / "x.json", "{}")
    assert "the folder does not exist" in info.value.message
    (tmp_path / "taken").mkdir()
    with pytest.raises(FileWriteError) as info:
        fileio.write_text(tmp_path / "taken", "{}")
    assert "a folder has that name" in info.value.message
    fileio.write_with(tmp_path / "made" / "x.txt", lambda p: p.write_text("ok"), parents=True)
    assert (tmp_path / "made" / "x.txt").read_text() == "ok"


def test_every_reason_is_listed_for_translation() -> None:
    from minutes.ui.errors_i18n import DETAILS

    assert set(fileio.REASONS.values()) <= set(DETAILS)


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
