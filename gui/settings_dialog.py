"""Settings dialog: timeouts, repeats, services, DoH resolver, proxy, call length, language;
on its second page watch mode (interval, the daily budget on metered links with what is used
today, muted services, start with my computer).

In the window's language throughout: the services by the names people say (Одноклассники,
Госуслуги: `core/texts/services.py`), seconds in the language's numbers ("5,0 с")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.config import build_config
from core.history import Retention
from core.messages import format_bytes
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
        used_today_bytes: int | None = None,
        autostart_supported: bool = True,
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
        chosen = set(settings.services)
        self.services = _service_list(
            catalog, language, lambda sid: not chosen or sid in chosen, height=140
        )

        # Watch mode: off by default, and nothing set to start unless asked.
        self.watch = QCheckBox(self.tr("&Keep watching the connection (from the tray)"))
        self.watch.setChecked(settings.watch)
        self.watch_interval = QSpinBox()
        self.watch_interval.setRange(5, 24 * 60)
        self.watch_interval.setSuffix(self.tr(" min"))
        self.watch_interval.setValue(settings.watch_interval_min)
        self.watch_interval.setToolTip(
            self.tr(
                "Each wait is a little longer or shorter at random, "
                "so that not everyone checks at once."
            )
        )
        self.watch_budget = QDoubleSpinBox()
        self.watch_budget.setDecimals(0)
        self.watch_budget.setRange(1.0, 1000.0)
        self.watch_budget.setSuffix(self.tr(" MB"))
        self.watch_budget.setValue(settings.watch_budget_mb)
        used = (
            self.tr("used today: %1").replace("%1", format_bytes(used_today_bytes, language))
            if used_today_bytes is not None
            else self.tr("nothing used today yet")
        )
        self.watch_used = QLabel(used)
        self.start_with_computer = QCheckBox(self.tr("&Start with my computer"))
        self.start_with_computer.setChecked(settings.start_with_computer and autostart_supported)
        self.start_with_computer.setToolTip(
            self.tr("Starts Svyaz in the tray when you log in. Off when watch mode is off.")
            if autostart_supported
            else self.tr("Not available on this system.")
        )
        muted = set(settings.muted_services)
        self.muted = _service_list(catalog, language, muted.__contains__, height=120)
        self.muted.setAccessibleName(self.tr("Services with no notifications"))
        # Watch mode off leaves nothing set to start: "start with my computer" goes with it.
        self._autostart_supported = autostart_supported
        self._watch_widgets: tuple[QWidget, ...] = (
            self.watch_interval,
            self.watch_budget,
            self.muted,
            self.start_with_computer,
        )
        self._watch_toggled(settings.watch)
        self.watch.toggled.connect(self._watch_toggled)

        checks_page = QWidget()
        form = QFormLayout(checks_page)
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
        form.addRow(QLabel(self.tr("Controls always run: they tell a block from an outage.")))
        self.pages = QTabWidget()
        self.pages.addTab(checks_page, self.tr("&General"))
        self.pages.addTab(
            self._watch_page(),
            self.tr("&Watch mode"),
        )
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
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _watch_page(self) -> QWidget:
        """Watch mode's settings laid out (their widgets are made in __init__)."""
        page = QWidget()
        budget_row = QHBoxLayout()
        budget_row.addWidget(self.watch_budget)
        budget_row.addWidget(self.watch_used, 1)
        form = QFormLayout(page)
        form.addRow(self.watch)
        form.addRow(self.tr("Check &every:"), self.watch_interval)
        budget_label = QLabel(self.tr("Data a &day on mobile or metered links:"))
        budget_label.setBuddy(self.watch_budget)
        form.addRow(budget_label, budget_row)
        form.addRow(self.tr("&No notifications for:"), self.muted)
        form.addRow(self.start_with_computer)
        note = QLabel(
            self.tr(
                "Watch mode checks lightly (no downloads, no call test), says only changes that a "
                "second check confirms, and keeps a dated diary in History."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        return page

    def _watch_toggled(self, on: bool) -> None:
        for widget in self._watch_widgets:
            widget.setEnabled(on)
        self.start_with_computer.setEnabled(on and self._autostart_supported)

    def _muted(self) -> list[str]:
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for row in range(self.muted.count())
            if (item := self.muted.item(row)).checkState() == Qt.CheckState.Checked
        ]

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
            watch=self.watch.isChecked(),
            watch_interval_min=self.watch_interval.value(),
            watch_budget_mb=self.watch_budget.value(),
            muted_services=self._muted(),
            start_with_computer=self.watch.isChecked()
            and self._autostart_supported
            and self.start_with_computer.isChecked(),
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


def _service_list(
    catalog: Catalog, language: str, checked: Callable[[str], bool], height: int
) -> QListWidget:
    """The catalog's services (controls left out) as a checkable list, ids in UserRole."""
    services = QListWidget()
    services.setMinimumHeight(height)
    for service in catalog.services:
        if service.control:
            continue
        item = QListWidgetItem(service_name(service.id, service.name, language))
        item.setData(Qt.ItemDataRole.UserRole, service.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        state = Qt.CheckState.Checked if checked(service.id) else Qt.CheckState.Unchecked
        item.setCheckState(state)
        services.addItem(item)
    return services
