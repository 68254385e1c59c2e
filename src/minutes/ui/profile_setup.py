"""First-run setup of an organisation profile: what a document needs before it can be printed.

The application names no real organisation. The first time a unit's meeting is exported (or the task
board's report, under the default profile), the export dialog opens this short form: layout family,
the names of the letterhead, the code, the place, the office and the signers. Saving creates the
unit's profile (linked to it) in one unit of work; the full :class:`~minutes.ui.profile_dialog.ProfileDialog`
refines it later (recipients, numbering, English names). The dialog is built without ``exec()``.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutes.errors import UserError
from minutes.export.profile import OrgProfileData, with_value
from minutes.ui.context import UiContext
from minutes.ui.errors_i18n import user_message

#: The organisation's fields asked for, in order (keys of the profile).
ORG_KEYS = ("superior_body", "issuing_body", "collective", "office", "place", "issuer_code", "archive")
#: The signers asked for: the notice and the plan share one; the report has its own.
SIGNER_KEYS = ("sign_on_behalf", "sign_role", "report_on_behalf", "report_role", "report_name")
EXAMPLES = {
    "state": {
        "superior_body": "UBND QUẬN LONG BIÊN", "issuing_body": "ỦY BAN NHÂN DÂN PHƯỜNG …",
        "collective": "Ủy ban nhân dân phường", "office": "Văn phòng HĐND và UBND phường", "place": "Long Biên",
        "issuer_code": "UBND", "archive": "VT, VP", "sign_on_behalf": "TM. ỦY BAN NHÂN DÂN",
        "sign_role": "CHỦ TỊCH", "report_on_behalf": "KT. CHỦ TỊCH", "report_role": "PHÓ CHỦ TỊCH",
    },
    "party": {
        "superior_body": "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "issuing_body": "QUẬN ỦY …",
        "collective": "Ban Thường vụ Quận ủy", "office": "Văn phòng Quận ủy", "place": "Long Biên",
        "issuer_code": "QU", "archive": "Văn phòng Quận ủy", "sign_on_behalf": "T/M BAN THƯỜNG VỤ",
        "sign_role": "BÍ THƯ", "report_on_behalf": "T/L BAN THƯỜNG VỤ", "report_role": "CHÁNH VĂN PHÒNG",
    },
}  # fmt: skip


class ProfileSetupDialog(QDialog):
    created = Signal(str)  # the new profile's name

    def __init__(
        self, ctx: UiContext, *, unit_id: int | None, unit_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileSetupDialog")
        self.ctx = ctx
        self.unit_id = unit_id
        self.unit_name = unit_name
        self.edits: dict[str, QLineEdit] = {}
        self.setWindowTitle(self.tr("Set up the organisation profile"))
        self._build()
        self._family_changed()

    def _labels(self) -> dict[str, str]:
        return {
            "superior_body": self.tr("Superior body (upper case)"),
            "issuing_body": self.tr("Issuing body (upper case)"),
            "collective": self.tr("The body in running text"),
            "office": self.tr("Office that follows up"),
            "place": self.tr("Place name of the date line"),
            "issuer_code": self.tr("Issuer code of the numbers"),
            "archive": self.tr("File copy (Lưu)"),
            "sign_on_behalf": self.tr("Line above the signer"),
            "sign_role": self.tr("Signer's role"),
            "report_on_behalf": self.tr("Line above the signer"),
            "report_role": self.tr("Signer's role"),
            "report_name": self.tr("Signer's name"),
        }

    def _edit(self, key: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"setup:{key}")
        self.edits[key] = edit
        return edit

    def _build(self) -> None:
        labels = self._labels()
        intro = (
            self.tr("Documents of %1 are issued under its own profile. Give the names as they are printed.")
            if self.unit_name
            else self.tr("Documents without an organising unit are issued under the default profile.")
        )
        self.intro = QLabel(intro.replace("%1", self.unit_name), self)
        self.intro.setWordWrap(True)
        self.family_combo = QComboBox(self)
        self.family_combo.setObjectName("setupFamily")
        self.family_combo.addItem(self.tr("State (Decree 30/2020)"), "state")
        self.family_combo.addItem(self.tr("Party (Guidance 36-HD/VPTW)"), "party")
        self.family_combo.currentIndexChanged.connect(self._family_changed)
        organisation = QGroupBox(self.tr("Organisation"), self)
        form = QFormLayout(organisation)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Layout:"), self.family_combo)
        for key in ORG_KEYS:
            form.addRow(labels[key], self._edit(key))
        signers = QGroupBox(self.tr("Signature of the notice and the plan"), self)
        sign_form = QFormLayout(signers)
        for key in ("sign_on_behalf", "sign_role"):
            sign_form.addRow(labels[key], self._edit(key))
        report = QGroupBox(self.tr("Signature of the status report"), self)
        report_form = QFormLayout(report)
        for key in ("report_on_behalf", "report_role", "report_name"):
            report_form.addRow(labels[key], self._edit(key))
        self.status = QLabel(self)
        self.status.setObjectName("setupStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("setupSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(organisation)
        layout.addWidget(signers)
        layout.addWidget(report)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(620, 560)

    @property
    def family(self) -> str:
        return str(self.family_combo.currentData())

    def _family_changed(self, *_args: object) -> None:
        for key, example in EXAMPLES[self.family].items():
            self.edits[key].setPlaceholderText(self.tr("e.g. %1").replace("%1", example))

    def profile_data(self) -> OrgProfileData:
        """The profile the form describes (cleaned, NFC); the signers go to both official layouts (the
        authority marks are printed as each layout writes them)."""
        data = with_value(OrgProfileData(), "family", self.family)
        for key in ORG_KEYS:
            data = with_value(data, key, self.edits[key].text())
        text = {key: self.edits[key].text() for key in SIGNER_KEYS}
        for family in ("state", "party"):
            for kind in ("conclusion", "plan"):
                data = with_value(data, f"{kind}.{family}.on_behalf", text["sign_on_behalf"])
                data = with_value(data, f"{kind}.{family}.right", text["sign_role"])
            data = with_value(data, f"report.{family}.on_behalf", text["report_on_behalf"])
            data = with_value(data, f"report.{family}.right", text["report_role"])
        data = with_value(data, "report.right_name", text["report_name"])
        return data

    def save(self) -> bool:
        data = self.profile_data()
        if not data.issuing_body:
            self._error(self.tr("Give the issuing body: it heads every document."))
            self.edits["issuing_body"].setFocus()
            return False
        try:
            record = self.ctx.services.profile.save(data, unit_id=self.unit_id, expected_version=0)
        except UserError as exc:
            self._error(user_message(exc))
            return False
        self.created.emit(record.name)
        self.accept()
        return True

    def _error(self, text: str) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(text)


def open_profile_setup(parent: QWidget | None, ctx: UiContext, *, unit_id: int | None,
                       unit_name: str) -> ProfileSetupDialog:  # fmt: skip
    dialog = ProfileSetupDialog(ctx, unit_id=unit_id, unit_name=unit_name, parent=parent)
    dialog.open()
    return dialog
