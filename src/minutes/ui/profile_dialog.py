"""The organisation profile dialog: every name, code, signer title and recipient the documents print.

Each field saves itself (a :class:`FieldSaver` per field, through the session's background writer), like
every text field of the application; the layout family saves on choice. The profile list at the top
switches between the stored profiles (one per organising unit). Import/export of the profile as JSON and
"Clear" sit at the bottom. Tests replace :func:`ask_open_path`, :func:`ask_save_path`
and :func:`ask_confirm`, the places that would open a modal system dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minutes import fileio
from minutes.errors import UserError
from minutes.export.profile import OrgProfileData, dumps, get_value, loads
from minutes.export.vnformat import FAMILIES
from minutes.services import ChangeSet, Services
from minutes.ui.autosave import FieldSaver, TextWidget
from minutes.ui.context import UiContext
from minutes.ui.editor.conflict_bar import ConflictBar
from minutes.ui.errors_i18n import user_message
from minutes.ui.writer import BackgroundWriter

ENTITY = "org_profiles"


def ask_open_path(parent: QWidget) -> str:
    caption = QCoreApplication.translate("ProfileDialog", "Import an organisation profile")
    path, _ = QFileDialog.getOpenFileName(
        parent, caption, "", QCoreApplication.translate("ProfileDialog", "Profiles (*.json)")
    )
    return path


def ask_save_path(parent: QWidget, suggested: str) -> str:
    caption = QCoreApplication.translate("ProfileDialog", "Export the organisation profile")
    path, _ = QFileDialog.getSaveFileName(
        parent, caption, suggested, QCoreApplication.translate("ProfileDialog", "Profiles (*.json)")
    )
    return path


def ask_confirm(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ProfileDialog", "Organisation profile"), question
    )
    return answer == QMessageBox.StandardButton.Yes


class ProfileDialog(QDialog):
    """Edits one stored profile at a time (``profile_id``; default: the default profile, else the first
    stored one, else a blank default created for the purpose); the "Profile" list at the top switches to
    another one (each organising unit has its own)."""

    def __init__(
        self, ctx: UiContext, writer: BackgroundWriter | None = None, parent: QWidget | None = None,
        profile_id: int | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Organisation profile"))
        self.ctx = ctx
        self._own_writer = writer is None
        self.writer = writer or BackgroundWriter(self)
        self.widgets: dict[str, TextWidget] = {}
        self.savers: dict[str, FieldSaver] = {}
        if profile_id is not None:
            record = ctx.services.profile.get_id(profile_id)
        else:
            record = ctx.services.profile.get_default()
            stored = ctx.services.profile.list()
            if record.id is None and stored:  # no default, but a unit's profile: show that one
                record = stored[0]
            elif record.id is None:  # the blank settings become a stored profile the fields can save into
                record = ctx.services.profile.save(record.data, expected_version=0)
        self.profile_id: int = record.id  # type: ignore[assignment]
        ctx.versions.note(ENTITY, self.profile_id, record.version)
        self._shown_family = record.data.family
        self._build()
        self._list_profiles()
        self._show(record.data)
        self.writer.failed.connect(self._write_failed)
        ctx.bus.changed.connect(self._data_changed)

    # --- labels --------------------------------------------------------------------------------
    def _org_labels(self) -> dict[str, str]:
        return {
            "superior_body": self.tr("Superior body (upper case)"),
            "issuing_body": self.tr("Issuing body (upper case)"),
            "collective": self.tr("The body in running text"),
            "office": self.tr("Office that follows up"),
            "place": self.tr("Place name of the date line"),
            "issuer_code": self.tr("Issuer code (QU, UBND)"),
            "numbering": self.tr("Reference pattern (empty: the layout's rule)"),
            "archive": self.tr("File copy (Lưu: VT, … / Lưu Văn phòng …)"),
            "honorific": self.tr("Word before officials' names (Đồng chí)"),
            "plain_superior_body": self.tr("Superior body, English layout"),
            "plain_issuing_body": self.tr("Issuing body, English layout"),
            "plain_place": self.tr("Place name, English layout"),
        }

    def _doc_titles(self) -> dict[str, str]:
        return {"minutes": self.tr("Minutes"), "conclusion": self.tr("Conclusion notice"),
                "plan": self.tr("Task plan"), "report": self.tr("Status report")}  # fmt: skip

    def _family_names(self) -> dict[str, str]:
        return {"state": self.tr("State (Decree 30/2020)"), "party": self.tr("Party (Guidance 36-HD/VPTW)"),
                "plain": self.tr("Plain (English)")}  # fmt: skip

    # --- building ------------------------------------------------------------------------------
    def _line(self, key: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"profile:{key}")
        self.widgets[key] = edit
        return edit

    def _build(self) -> None:
        self.family_combo = QComboBox(self)
        self.family_combo.setObjectName("profileFamily")
        for family, name in self._family_names().items():
            self.family_combo.addItem(name, family)
        self.family_combo.activated.connect(self._family_chosen)
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("profileChoice")
        self.profile_combo.activated.connect(self._profile_chosen)
        top = QFormLayout()
        top.addRow(self.tr("&Profile:"), self.profile_combo)
        top.addRow(self.tr("Default &layout of documents:"), self.family_combo)

        self.tabs = QTabWidget(self)
        organisation = QWidget()
        form = QFormLayout(organisation)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in self._org_labels().items():
            form.addRow(label, self._line(key))
        self.tabs.addTab(organisation, self.tr("Organisation"))
        for kind, title in self._doc_titles().items():
            self.tabs.addTab(self._document_tab(kind), title)

        self.status = QLabel(self)
        self.status.setObjectName("profileStatus")
        self.status.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.clicked.connect(self.import_profile)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.clicked.connect(self.export_profile)
        self.reset_button = QPushButton(self.tr("&Clear…"), self)
        self.reset_button.clicked.connect(self.restore_defaults)
        close = QPushButton(self.tr("Close"), self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        # a value someone else changed since it was shown here: both values, the user chooses
        self.conflicts = ConflictBar(self)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(820, 600)

        services = self.ctx.services
        for key, widget in self.widgets.items():
            saver = FieldSaver(self.ctx, self.writer, widget, entity=ENTITY, field=key,
                               save=self._saver_for(services, key), label=key)  # fmt: skip
            saver.save_failed.connect(self._save_failed)
            self.conflicts.watch(saver)
            self.savers[key] = saver

    @staticmethod
    def _saver_for(services: Services, key: str) -> Callable[..., object]:
        def save(profile_id: int, text: str, **write: Any) -> object:
            # a profile's values are one JSON record, saved key by key, each checked against the value
            # the user saw (someone else's change to another key is not a conflict)
            return services.profile.set_value(key, text, profile_id=profile_id, **write)

        return save

    def _list_profiles(self) -> None:
        """The stored profiles, each with the units it serves ("Quận ủy Long Biên — Quận ủy Long Biên")."""
        units = {u.id: u.name for u in self.ctx.services.directory.list_units()}
        self.profile_combo.clear()
        for record in self.ctx.services.profile.list():
            served = ", ".join(units.get(u, str(u)) for u in record.unit_ids)
            label = record.name + (self.tr(" (default)") if record.is_default else "")
            if served and served != record.name:
                label += f" — {served}"
            self.profile_combo.addItem(label, record.id)
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(self.profile_id), 0))

    def _profile_chosen(self, _index: int) -> None:
        chosen = self.profile_combo.currentData()
        if not isinstance(chosen, int) or chosen == self.profile_id:
            return
        self.flush()
        self.profile_id = chosen
        self._show(self._read(chosen))

    def _document_tab(self, kind: str) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        code = self._line(f"{kind}.type_code")
        code.setMaximumWidth(120)
        form.addRow(self.tr("Type code (BB, TB, KH, BC)"), code)
        grid = QGridLayout()
        roles: tuple[tuple[str, str], ...] = (
            ("left", self.tr("Left signature (secretary)")),
            ("on_behalf", self.tr("Line above the signer (T/M …)")),
            ("right", self.tr("Signer's role")),
        )
        if kind != "minutes":  # only the minutes have a second, left signature
            roles = roles[1:]
        full = self._family_names()
        short = {
            "state": self.tr("State layout"),
            "party": self.tr("Party layout"),
            "plain": self.tr("English layout"),
        }
        for column, (family, name) in enumerate(short.items(), start=1):
            heading = QLabel(f"<b>{name}</b>", page)
            heading.setToolTip(full[family])
            grid.addWidget(heading, 0, column)
            grid.setColumnStretch(column, 1)
            for row, (role, _label) in enumerate(roles, start=1):
                grid.addWidget(self._line(f"{kind}.{family}.{role}"), row, column)
        for row, (_role, label) in enumerate(roles, start=1):
            grid.addWidget(QLabel(label, page), row, 0)
        form.addRow(grid)
        if kind == "minutes":
            form.addRow(
                self.tr("Secretary's name (empty: from the meeting)"), self._line(f"{kind}.left_name")
            )
        hint = (
            self.tr("Signer's name (empty: the meeting's chair)")
            if kind != "report"
            else self.tr("Signer's name")
        )
        form.addRow(hint, self._line(f"{kind}.right_name"))
        recipients = QPlainTextEdit(page)
        recipients.setObjectName(f"profile:{kind}.recipients")
        recipients.setPlaceholderText(
            self.tr("One recipient per line; the punctuation is added by the layout")
        )
        recipients.setTabChangesFocus(True)
        self.widgets[f"{kind}.recipients"] = recipients
        form.addRow(self.tr("Recipients (Nơi nhận)"), recipients)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    # --- data ----------------------------------------------------------------------------------
    @staticmethod
    def _text(value: Any) -> str:
        return "\n".join(value) if isinstance(value, tuple) else str(value)

    def _read(self, profile_id: int) -> OrgProfileData:
        """The profile as stored now; its version is what the next saves are based on."""
        record = self.ctx.services.profile.get_id(profile_id)
        if record.id is not None:
            self.ctx.versions.note(ENTITY, record.id, record.version)
        return record.data

    def _show(self, data: OrgProfileData, *, refresh: bool = False) -> None:
        self._shown_family = data.family
        self.family_combo.setCurrentIndex(FAMILIES.index(data.family))
        for key, saver in self.savers.items():
            value = self._text(get_value(data, key))
            if refresh:
                saver.refresh(value)
            else:
                saver.bind(self.profile_id, value)
            widget = self.widgets[key]
            if isinstance(widget, QLineEdit) and not widget.hasFocus():
                widget.setCursorPosition(0)  # show the beginning of long names

    @Slot(object)
    def _data_changed(self, changes: ChangeSet) -> None:
        if changes.touches(ENTITY):
            self._list_profiles()
            self._show(self._read(self.profile_id), refresh=True)

    def _family_chosen(self, _index: int) -> None:
        family = self.family_combo.currentData()
        services, profile_id = self.ctx.services, self.profile_id
        version, seen = self.ctx.versions.get(ENTITY, profile_id), {"family": self._shown_family}
        self._shown_family = family
        self.writer.submit(("save", ENTITY, profile_id, "family"),
                           lambda: services.profile.set_value("family", family, profile_id=profile_id,
                                                              expected_version=version, seen=seen))  # fmt: skip

    def flush(self) -> None:
        """Save every field now and wait for the writer (closing, importing, resetting)."""
        for saver in self.savers.values():
            saver.flush()
        self.writer.drain()

    # --- actions -------------------------------------------------------------------------------
    def import_profile(self) -> None:
        path = ask_open_path(self)
        if not path:
            return
        self.flush()
        try:
            data = loads(Path(path).read_text(encoding="utf-8-sig"), strict=True)
            self.ctx.services.profile.save(data, profile_id=self.profile_id)
        except (OSError, UnicodeDecodeError) as exc:
            self._error(self.tr("The file cannot be read: %1").replace("%1", str(exc)))
            return
        except UserError as exc:
            self._error(user_message(exc))
            return
        self._show(data, refresh=True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Profile imported from %1.").replace("%1", path))

    def export_profile(self) -> None:
        path = ask_save_path(self, "profile.json")
        if not path:
            return
        self.flush()
        data = self.ctx.services.profile.get_id(self.profile_id).data
        try:
            fileio.write_text(path, dumps(data) + "\n")
        except UserError as exc:
            self._error(user_message(exc))
            return
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Profile written to %1.").replace("%1", path))

    def restore_defaults(self) -> None:
        if not ask_confirm(self, self.tr("Clear every setting of the profile (names, signers, recipients)?")):
            return
        self.flush()
        record = self.ctx.services.profile.reset(profile_id=self.profile_id)
        self._show(record.data, refresh=True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("The profile was cleared."))

    def _error(self, text: str) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(text)

    @Slot(object)
    def _save_failed(self, exc: object) -> None:
        self._error(user_message(exc) if isinstance(exc, BaseException) else str(exc))

    @Slot(object, object)
    def _write_failed(self, tag: object, exc: object) -> None:
        if isinstance(tag, tuple) and tag[:2] == ("save", ENTITY) and tag[-1] == "family":
            self._error(user_message(exc) if isinstance(exc, BaseException) else str(exc))

    def done(self, result: int) -> None:
        self.flush()
        try:
            self.ctx.bus.changed.disconnect(self._data_changed)
        except (RuntimeError, TypeError):
            pass
        if self._own_writer:
            self.writer.close()
        super().done(result)


def open_profile_dialog(
    parent: QWidget | None,
    ctx: UiContext,
    writer: BackgroundWriter | None = None,
    profile_id: int | None = None,
) -> ProfileDialog:
    dialog = ProfileDialog(ctx, writer, parent, profile_id)
    dialog.open()
    return dialog
