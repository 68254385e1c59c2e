"""The first start on a new database: who the documents are printed under, before the example meeting.

On an empty database without any organisation profile, :func:`offer_first_run` asks for the organisation
(the layout family, the superior body, the issuing body, the place of the date line and the issuer code
of the numbers) and saves it as the default profile, in one unit of work. "Later" skips it; the question
comes back on the next start while the database holds no meeting and no profile. The example
meeting brings its own profile, so loading it also ends the question. The full profile dialog refines
the profile later (signers, recipients, English names).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutes.errors import UserError
from minutes.services import Services
from minutes.ui.errors_i18n import user_message
from minutes.ui.settings import Settings

if TYPE_CHECKING:
    from minutes.export.profile import OrgProfileData

#: The fields asked for, in order (keys of the profile).
KEYS = ("superior_body", "issuing_body", "place", "issuer_code")
EXAMPLES = {
    "state": {"superior_body": "UBND QUẬN LONG BIÊN", "issuing_body": "ỦY BAN NHÂN DÂN PHƯỜNG …",
              "place": "Long Biên", "issuer_code": "UBND"},
    "party": {"superior_body": "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "issuing_body": "QUẬN ỦY …",
              "place": "Long Biên", "issuer_code": "QU"},
    "plain": {"superior_body": "", "issuing_body": "…", "place": "Hà Nội", "issuer_code": ""},
}  # fmt: skip

AskFirstRun = Callable[[QWidget | None, Services, Settings], bool]


class FirstRunDialog(QDialog):
    """The short setup; built without ``exec()`` (tests drive it, :func:`ask_first_run` shows it)."""

    def __init__(self, services: Services, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.services = services
        self.settings = settings
        self.saved = False
        self.edits: dict[str, QLineEdit] = {}
        self.setWindowTitle(self.tr("Welcome: your organisation"))
        intro = QLabel(
            self.tr(
                "Documents (minutes, notices of conclusions, plans, reports) are printed under the name of "
                "your organisation. Give it as it is printed; everything can be changed later under "
                "Organisation profile."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.family_combo = QComboBox(self)
        self.family_combo.setObjectName("firstRunFamily")
        self.family_combo.addItem(self.tr("State (Decree 30/2020)"), "state")
        self.family_combo.addItem(self.tr("Party (Guidance 36-HD/VPTW)"), "party")
        self.family_combo.addItem(self.tr("Plain"), "plain")
        self.family_combo.setCurrentIndex(max(0, self.family_combo.findData(settings.family)))
        self.family_combo.currentIndexChanged.connect(self._family_changed)
        labels = {
            "superior_body": self.tr("&Superior body:"),
            "issuing_body": self.tr("&Issuing body:"),
            "place": self.tr("&Place of the date line:"),
            "issuer_code": self.tr("Issuer &code of the numbers:"),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Layout:"), self.family_combo)
        for key in KEYS:
            edit = QLineEdit(self)
            edit.setObjectName(f"firstRun:{key}")
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.status = QLabel(self)
        self.status.setObjectName("firstRunStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("firstRunSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.later_button = QPushButton(self.tr("&Later"), self)
        self.later_button.setObjectName("firstRunLater")
        self.later_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._family_changed()
        self.edits["superior_body"].setFocus()
        self.resize(560, 340)

    @property
    def family(self) -> str:
        return str(self.family_combo.currentData())

    def _family_changed(self, *_args: object) -> None:
        for key, example in EXAMPLES[self.family].items():
            self.edits[key].setPlaceholderText(self.tr("e.g. %1").replace("%1", example) if example else "")

    def profile_data(self) -> OrgProfileData:
        from minutes.export.profile import OrgProfileData, with_value  # (with the dialog, not at start)

        data = with_value(OrgProfileData(), "family", self.family)
        for key in KEYS:
            data = with_value(data, key, self.edits[key].text())
        return data

    def save(self) -> bool:
        data = self.profile_data()
        if not data.issuing_body:
            self.status.setStyleSheet("color: #b00020;")
            self.status.setText(self.tr("Give the issuing body: it heads every document."))
            self.edits["issuing_body"].setFocus()
            return False
        try:
            self.services.profile.save(data, expected_version=0, make_default=True)
        except UserError as exc:
            self.status.setStyleSheet("color: #b00020;")
            self.status.setText(user_message(exc))
            return False
        self.saved = True
        self.accept()
        return True


def needs_first_run(services: Services) -> bool:
    """A new database: no meeting and no organisation profile stored (asked again after "Later")."""
    return services.demo.is_empty() and not services.profile.list()


def ask_first_run(parent: QWidget | None, services: Services, settings: Settings) -> bool:
    dialog = FirstRunDialog(services, settings, parent)
    dialog.exec()
    return dialog.saved


def offer_first_run(
    services: Services, settings: Settings, parent: QWidget | None, ask: AskFirstRun | None = None
) -> bool:
    """The setup on a new database (``ask`` replaces the dialog in tests); True when a profile was saved."""
    if not needs_first_run(services):
        return False
    return (ask or ask_first_run)(parent, services, settings)
