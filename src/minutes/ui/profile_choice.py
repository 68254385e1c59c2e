"""The export dialog's "Organisation" row: which profile a document is issued under.

It lists the stored profiles and selects the one the source prints under (the meeting's organising
unit's; the default one for the task board's reports). When that profile does not exist, a first entry
says so, :attr:`ProfileChoice.profile` is None (the dialog waits) and "Set up a profile…" opens the
first-run setup (:mod:`minutes.ui.profile_setup`) for that unit; the new profile is then selected.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from minutes.errors import ProfileMissing
from minutes.export.profile import OrgProfileData
from minutes.ui.context import UiContext
from minutes.ui.export_jobs import MeetingSource, Source, profile_record
from minutes.ui.profile_setup import ProfileSetupDialog, open_profile_setup


class ProfileChoice(QWidget):
    changed = Signal()  # another profile is selected (or none)
    created = Signal(str)  # the setup stored a new profile (selected already)

    def __init__(self, ctx: UiContext, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source = source
        self.unit: tuple[int | None, str] = (None, "")
        if isinstance(source, MeetingSource):
            meeting = ctx.services.meetings.get(source.meeting_id)
            self.unit = (meeting.organisation_id, meeting.organisation_name)
        self.profile: OrgProfileData | None = None
        self.missing: ProfileMissing | None = None
        self.setup_dialog: ProfileSetupDialog | None = None
        self.combo = QComboBox(self)
        self.combo.setObjectName("exportProfile")
        self.combo.setToolTip(self.tr("The organisation the document is issued under: letterhead, code, signers "
                                      "and recipients"))  # fmt: skip
        self.combo.activated.connect(self._chosen)
        self.setup_button = QPushButton(self.tr("Set &up a profile…"), self)
        self.setup_button.setObjectName("exportSetupProfile")
        self.setup_button.clicked.connect(self.set_up)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        row.addWidget(self.setup_button)

    @property
    def name(self) -> str | None:
        data = self.combo.currentData()
        return data if isinstance(data, str) else None

    def load(self, select: str | None = None) -> None:
        """List the stored profiles; select ``select``, else the one the source prints under."""
        services = self.ctx.services
        self.missing = None
        own: str | None = None
        try:
            own = profile_record(services, self.source).name
        except ProfileMissing as exc:
            self.missing = exc
        self.combo.clear()
        if self.missing is not None:
            unit = self.unit[1]
            self.combo.addItem(self.tr("None for %1 yet: set one up").replace("%1", unit) if unit
                               else self.tr("None yet: set one up"), None)  # fmt: skip
        for record in services.profile.list():
            self.combo.addItem(record.name, record.name)
        wanted = select or own
        index = self.combo.findData(wanted) if wanted else -1
        self.combo.setCurrentIndex(max(index, 0))
        self._chosen()

    def _chosen(self, *_args: object) -> None:
        name = self.name
        self.profile = self.ctx.services.profile.get(name).data if name else None
        self.setup_button.setDefault(self.profile is None)
        self.changed.emit()

    def set_up(self) -> ProfileSetupDialog:
        """The first-run setup of the profile the document needs (the meeting's organising unit's)."""
        unit_id, unit_name = self.unit
        self.setup_dialog = open_profile_setup(self.window(), self.ctx, unit_id=unit_id, unit_name=unit_name)
        self.setup_dialog.created.connect(self._created)
        return self.setup_dialog

    @Slot(str)
    def _created(self, name: str) -> None:
        self.load(select=name)
        self.created.emit(name)
