"""The user's settings, declared once, typed, with their defaults (stored by QSettings).

Each setting is a typed attribute of :class:`Settings`; reading converts whatever the platform's
backend returns (INI files give strings back) to the declared type, and a value that cannot be read
falls back to the default rather than failing. Nothing is read at import time: a :class:`Settings`
is built by the application at start (or by a test over a file in its temporary folder).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

LANGUAGES = ("vi", "en")
#: The document layout families (minutes.export.vnformat.FAMILIES, repeated: no export import at start).
FAMILIES = ("state", "party", "plain")


class Setting(Generic[T]):
    """One typed setting: its key in QSettings and its default (whose type is the setting's type)."""

    def __init__(self, key: str, default: T, doc: str = "") -> None:
        self.key = key
        self.default = default
        self.__doc__ = doc

    @overload
    def __get__(self, obj: None, owner: type) -> Setting[T]: ...

    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...

    def __get__(self, obj: Settings | None, owner: type) -> Setting[T] | T:
        if obj is None:
            return self
        return obj.read(self)

    def __set__(self, obj: Settings, value: T) -> None:
        obj.write(self, value)

    def convert(self, raw: Any) -> T:
        """``raw`` as stored by the backend -> the declared type (ValueError/TypeError if it cannot)."""
        default = self.default
        if isinstance(default, bool):
            if isinstance(raw, str):
                return raw.strip().lower() in ("1", "true", "yes", "on")  # type: ignore[return-value]
            return bool(raw)  # type: ignore[return-value]
        if isinstance(default, int):
            return int(raw)  # type: ignore[return-value]
        if isinstance(default, bytes):
            if isinstance(raw, QByteArray):
                return bytes(raw.data())  # type: ignore[return-value]
            if isinstance(raw, bytes | bytearray):
                return bytes(raw)  # type: ignore[return-value]
            raise TypeError(f"{self.key}: expected bytes, got {type(raw).__name__}")
        if isinstance(default, tuple):
            if isinstance(raw, str):
                raw = [part for part in raw.split(",") if part.strip()]
            return tuple(int(x) for x in raw)  # type: ignore[return-value]
        return str(raw)  # type: ignore[return-value]

    def encode(self, value: T) -> Any:
        if isinstance(value, bytes):
            return QByteArray(value)
        if isinstance(value, tuple):
            return ",".join(str(int(x)) for x in value)
        return value


class Settings:
    """Every setting of the application. ``Settings()`` uses the user's settings store."""

    language: Setting[str] = Setting("ui/language", "", "'vi', 'en', or '' to follow the system locale")
    last_meeting_id: Setting[int] = Setting("ui/last_meeting_id", 0, "the meeting open at the last exit")
    last_meeting_title: Setting[str] = Setting(
        "ui/last_meeting_title", "", "its title, shown by the start frame before the database is open"
    )
    window_geometry: Setting[bytes] = Setting("ui/window_geometry", b"", "QMainWindow.saveGeometry()")
    window_state: Setting[bytes] = Setting("ui/window_state", b"", "QMainWindow.saveState()")
    board_geometry: Setting[bytes] = Setting("ui/board_geometry", b"", "the task board's saveGeometry()")
    splitter_state: Setting[bytes] = Setting("ui/splitter_state", b"", "meetings list | editor")
    board_columns: Setting[bytes] = Setting(
        "board/columns", b"", "the task board's column order and widths (QHeaderView.saveState())"
    )
    save_delay_ms: Setting[int] = Setting(
        "autosave/save_delay_ms",
        1000,
        "a field is saved into its record at most this long after its first unsaved change, "
        "also while typing goes on",
    )
    draft_delay_ms: Setting[int] = Setting(
        "autosave/draft_delay_ms",
        200,
        "unsaved text is kept as a recovery draft at most this long after its first change",
    )
    reminder_unit_ids: Setting[tuple[int, ...]] = Setting(
        "reminders/unit_ids", (), "the units whose tasks the user wants reminders for"
    )
    reminder_days_ahead: Setting[int] = Setting(
        "reminders/days_ahead", 7, "remind of deadlines this many days ahead"
    )
    reminder_at_start: Setting[bool] = Setting(
        "reminders/at_start", True, "show the overdue and soon-due tasks when the program starts"
    )
    evidence_max_mb: Setting[int] = Setting(
        "evidence/max_mb",
        50,
        "the largest evidence file accepted, in MB (a larger one is refused with a message)",
    )
    backup_keep: Setting[int] = Setting(
        "backups/keep", 10, "how many backups of the database to keep (the oldest are removed first)"
    )
    backup_daily: Setting[bool] = Setting(
        "backups/daily", True, "back up the database when the program closes, at most once a day"
    )

    default_family: Setting[str] = Setting(
        "documents/default_family",
        "state",
        "the layout family a new organisation profile starts with: 'state', 'party' or 'plain'",
    )

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    @classmethod
    def in_file(cls, path: str | Path) -> Settings:
        """Settings kept in an INI file (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @classmethod
    def declared(cls) -> dict[str, Setting[Any]]:
        return {name: value for name, value in vars(cls).items() if isinstance(value, Setting)}

    def read(self, setting: Setting[T]) -> T:
        raw = self.store.value(setting.key)
        if raw is None:
            return setting.default
        try:
            return setting.convert(raw)
        except (TypeError, ValueError):
            return setting.default

    def write(self, setting: Setting[T], value: T) -> None:
        self.store.setValue(setting.key, setting.encode(value))

    def reset(self, setting: Setting[Any]) -> None:
        self.store.remove(setting.key)

    def sync(self) -> None:
        self.store.sync()

    # --- derived -------------------------------------------------------------------------------
    @property
    def save_delay(self) -> int:
        """The save delay, kept within sane bounds whatever the file says (0.2 s .. 10 s)."""
        return max(200, min(self.save_delay_ms, 10_000))

    @property
    def evidence_max_bytes(self) -> int:
        """The evidence size limit in bytes, within sane bounds (1 MB .. 2 GB)."""
        return max(1, min(self.evidence_max_mb, 2048)) * 1024 * 1024

    @property
    def backups_to_keep(self) -> int:
        """The number of backups to keep, within sane bounds (1 .. 365)."""
        return max(1, min(self.backup_keep, 365))

    @property
    def family(self) -> str:
        """The default document family, one the exporter knows (else 'state')."""
        return self.default_family if self.default_family in FAMILIES else "state"

    @property
    def draft_delay(self) -> int:
        return max(50, min(self.draft_delay_ms, self.save_delay))
