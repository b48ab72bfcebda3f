"""Settings dialog: timeouts, repeats, services, DoH resolver, proxy, call length, language.

In the window's language throughout: the services by the names people say (Одноклассники,
Госуслуги: `core/texts/services.py`), seconds in the language's numbers ("5,0 с")."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.config import build_config
from core.history import Retention
from core.models import Catalog
from gui.settings import GuiSettings
from gui.words import locale_for, service_name


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: GuiSettings,
        catalog: Catalog,
        parent: QWidget | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setLocale(locale_for(language))  # the spin boxes' numbers: "5,0 с" in Russian
        self._original = settings

        self.step_timeout = QDoubleSpinBox()
        self.step_timeout.setDecimals(1)
        self.step_timeout.setRange(1.0, 60.0)
        self.step_timeout.setSuffix(self.tr(" s"))
        self.step_timeout.setValue(settings.step_timeout_s)
        self.step_timeout.setToolTip(
            self.tr(
                "Connecting, the TLS handshake and the web request each get this long. "
                "Looking up a name keeps its own shorter limit unless this one is shorter."
            )
        )
        self.overall_timeout = QDoubleSpinBox()
        self.overall_timeout.setDecimals(1)
        self.overall_timeout.setRange(10.0, 600.0)
        self.overall_timeout.setSuffix(self.tr(" s"))
        self.overall_timeout.setValue(settings.overall_timeout_s)
        self.repeats = QSpinBox()
        self.repeats.setRange(1, 10)
        self.repeats.setValue(settings.repeats)
        self.call_duration = QDoubleSpinBox()
        self.call_duration.setDecimals(1)
        self.call_duration.setRange(5.0, 60.0)
        self.call_duration.setSuffix(self.tr(" s"))
        self.call_duration.setValue(settings.call_duration_s)
        self.doh = QLineEdit(", ".join(settings.doh))
        self.doh.setPlaceholderText(self.tr("built-in (Cloudflare and Google, by address)"))
        self.proxy = QLineEdit(settings.proxy)
        self.proxy.setPlaceholderText(self.tr("none — e.g. socks5://127.0.0.1:1080"))
        self.language = QComboBox()
        for code, label in (
            ("auto", self.tr("System language")),
            ("en", "English"),
            ("ru", "Русский"),
        ):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.retention_mode = QComboBox()
        for mode, label in (
            ("all", self.tr("Keep every run")),
            ("runs", self.tr("Keep the last N runs")),
            ("days", self.tr("Keep the last N days")),
        ):
            self.retention_mode.addItem(label, mode)
        self.retention_count = QSpinBox()
        self.retention_count.setRange(1, 100_000)
        retention = Retention.parse(settings.retention)
        self.retention_mode.setCurrentIndex(max(0, self.retention_mode.findData(retention.mode)))
        self.retention_count.setValue(retention.count or 100)
        self.retention_count.setEnabled(retention.mode != "all")
        self.retention_mode.currentIndexChanged.connect(
            lambda _: self.retention_count.setEnabled(self.retention_mode.currentData() != "all")
        )
        self.retention_count.setAccessibleName(self.tr("How many runs or days to keep"))
        retention_row = QHBoxLayout()
        retention_row.addWidget(self.retention_mode, 1)
        retention_row.addWidget(self.retention_count)
        self.services = QListWidget()
        self.services.setMinimumHeight(140)
        chosen = set(settings.services)
        for service in catalog.services:
            if service.control:
                continue
            item = QListWidgetItem(service_name(service.id, service.name, language))
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = not chosen or service.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.services.addItem(item)

        form = QFormLayout()
        form.addRow(self.tr("&Timeout per step:"), self.step_timeout)
        form.addRow(self.tr("Whole &run at most:"), self.overall_timeout)
        form.addRow(self.tr("Transfer-cut tr&ies:"), self.repeats)
        form.addRow(self.tr("Call test le&ngth:"), self.call_duration)
        form.addRow(self.tr("&DNS-over-HTTPS resolver:"), self.doh)
        form.addRow(self.tr("&Proxy:"), self.proxy)
        form.addRow(self.tr("&Language:"), self.language)
        history_label = QLabel(self.tr("&History:"))
        history_label.setBuddy(self.retention_mode)
        form.addRow(history_label, retention_row)
        form.addRow(self.tr("&Services to check:"), self.services)
        self.error = QLabel()
        self.error.setStyleSheet("color: palette(highlight);")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Controls always run: they tell a block from an outage.")))
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def result_settings(self) -> GuiSettings:
        checked = []
        for row in range(self.services.count()):
            item = self.services.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                checked.append(str(item.data(Qt.ItemDataRole.UserRole)))
        every = len(checked) == self.services.count()
        mode = str(self.retention_mode.currentData())
        retention = "all" if mode == "all" else f"{mode}:{self.retention_count.value()}"
        return replace(
            self._original,
            step_timeout_s=self.step_timeout.value(),
            overall_timeout_s=self.overall_timeout.value(),
            repeats=self.repeats.value(),
            call_duration_s=self.call_duration.value(),
            doh=[u.strip() for u in self.doh.text().split(",") if u.strip()],
            proxy=self.proxy.text().strip(),
            language=str(self.language.currentData()),
            services=[] if every else checked,
            retention=retention,
        )

    def accept(self) -> None:
        settings = self.result_settings()
        problem = ""
        if (
            not settings.services
            and self.services.count()
            and not any(
                self.services.item(r).checkState() == Qt.CheckState.Checked
                for r in range(self.services.count())
            )
        ):
            problem = self.tr("Choose at least one service.")
        else:
            try:
                build_config(
                    {},
                    settings.engine_overrides(),
                    step_timeout=settings.chosen_step_timeout(),
                    overall=settings.chosen_overall(),
                )
            except ValueError as exc:
                problem = str(exc)
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()
