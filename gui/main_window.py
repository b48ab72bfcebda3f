"""The main window: composition only. Widgets draw; the run controller runs jobs and saves runs."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.history import History
from core.messages import render
from core.models import NetworkResult, RunResult
from core.resources import resource_path
from gui import catalog_dialogs
from gui.bridge import EngineBridge
from gui.calls.view import CallView
from gui.controller import RunController
from gui.engine_setup import CatalogChoice, choose_language, open_catalog
from gui.first_run import FirstRunNote, show_if_new
from gui.geometry import fit, keep_on_screen
from gui.history.model import local_when
from gui.history.view import HistoryView
from gui.i18n import install_translators
from gui.link_type import link_words
from gui.menus import build_menus
from gui.prepare_dialog import PrepareDialog
from gui.report_dialog import ReportDialog
from gui.run.banner import NetworkBanner, cause_fold, problem_lines, works_now
from gui.run.bar import RunBar
from gui.run.details_dialog import DetailsDialog
from gui.run.state import RunState
from gui.run.stored_window import RunWindow
from gui.run.tile_grid import TileGrid
from gui.settings import GuiSettings, save_settings
from gui.settings_dialog import SettingsDialog


class MainWindow(QMainWindow):
    languageChanged = Signal()
    settingsApplied = Signal(object)  # GuiSettings, after the dialog's OK (watch mode, autostart)
    hiddenToTray = Signal()  # closed while watch mode keeps Svyaz in the tray
    closedForGood = Signal()  # closed and the engine stopped: the app ends

    def __init__(
        self,
        settings: GuiSettings,
        bridge: EngineBridge | None = None,
        state: RunState | None = None,
        history: History | None = None,
    ) -> None:
        super().__init__()
        self._handed_over = False
        self._quitting = False  # File → Quit, the tray's Quit: close even in watch mode
        self._run_after_watch = False  # Run pressed during a background check: start after it
        # Set by the host when watch mode runs (gui/window_host.py): whether closing the window
        # keeps Svyaz in the tray, and what watch mode used today on metered links.
        self.keeps_in_tray: Callable[[], bool] = lambda: False
        self.watch_used_today: Callable[[], int | None] = lambda: None
        self.autostart_supported = True
        self.language = choose_language(settings)
        self.choice: CatalogChoice = open_catalog(settings)
        self.controller = RunController(
            settings,
            self.language,
            bridge or EngineBridge(),  # no Qt parent: it may outlive this window
            state if state is not None else RunState(self.choice.catalog),
            history if history is not None else History.open(),
            self,
        )
        self.bridge = self.controller.bridge
        self.history = self.controller.history
        # The last window or dialog each action opened: kept so it is not collected while
        # shown, and so tests can reach it.
        self.last_details: DetailsDialog | None = None
        self.last_run_window: RunWindow | None = None
        self.last_report: ReportDialog | None = None
        self.catalog_error: QMessageBox | None = None  # the chosen catalog cannot be read
        self.catalog_problems: QMessageBox | None = None  # the catalog loaded with problems
        self.catalog_question: QMessageBox | None = None  # the catalog is gone: what now?
        self.setWindowTitle(self.tr("Svyaz — what works on this network"))
        self.setWindowIcon(QIcon(str(resource_path("icons", "svyaz.svg"))))
        self.setMinimumSize(640, 420)
        self._place()

        self.run_bar = RunBar(self.language)
        self.banner = NetworkBanner()
        self.grid = TileGrid()
        self.call_view = CallView(self.language)
        services_page = QWidget()
        page = QVBoxLayout(services_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.run_bar)
        banner_holder = QVBoxLayout()
        banner_holder.setContentsMargins(12, 0, 12, 0)
        banner_holder.addWidget(self.banner)
        page.addLayout(banner_holder)
        page.addWidget(self.grid, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(services_page, self.tr("&Services"))
        self.tabs.addTab(self.call_view, self.tr("Call &quality"))
        self.history_view = HistoryView(self.history, self.choice.catalog, self.language)
        self.history_view.showRun.connect(self.show_stored_run)
        self.history_view.exportRun.connect(self.export_report)
        self.tabs.addTab(self.history_view, self.tr("H&istory"))
        self.setCentralWidget(self.tabs)
        self.export_action, self.file_menu, self.help_menu = self._build_menus()
        self.run_bar.runClicked.connect(self.start_run)
        self.run_bar.only_problems.toggled.connect(self.grid.set_only_problems)
        self.run_bar.cancelClicked.connect(self.cancel_run)
        self.grid.activated.connect(self.show_details)
        self.call_view.startRequested.connect(self.start_call_test)
        self.call_view.stopRequested.connect(self.controller.cancel)
        control = self.controller
        control.runStarted.connect(self._show_running)
        control.servicesChanged.connect(self._refresh_services)
        control.networkAssessed.connect(self._show_network)
        control.runFinished.connect(self._show_finished_run)
        control.saveFailed.connect(self._show_save_failed)
        control.historyNotice.connect(self.statusBar().showMessage)
        control.ticked.connect(self._tick)
        control.callStarted.connect(self._show_call_running)
        control.callSample.connect(self.call_view.show_sample)
        control.callFinished.connect(self.call_view.show_finished)
        control.jobEnded.connect(self._show_job_ended)
        control.jobFailed.connect(self._show_job_failed)
        for keys in ("Ctrl+R", "Return", "Enter"):
            QShortcut(QKeySequence(keys), self, self._run_shortcut)
        QShortcut(QKeySequence("Esc"), self, self.cancel_run)
        self.banner.show_link_type(link_words())
        self.call_view.set_catalog(self.choice.catalog)
        self._populate()
        if self.state.result is not None:
            self.export_action.setEnabled(True)
            self._show_banner(self.state.result)
            self._tick()
        self._show_catalog()
        if self.history.notice is not None:  # moved aside, read-only or memory only: say so now
            self.statusBar().showMessage(render(self.history.notice, self.language))
        self.run_bar.button.setFocus()

    def _place(self) -> None:
        """The remembered size and position, else 1120 × 760; never beyond the screen."""
        remembered = self.settings.window_geometry
        if not remembered or not self.restoreGeometry(
            QByteArray.fromBase64(remembered.encode("ascii"))
        ):
            fit(self, 1120, 760)
        keep_on_screen(self)

    def _populate(self) -> None:
        """Tiles in categories; after a run, problems first (and the filter can apply)."""
        grouped = self.state.result is not None and not self.state.running
        self.grid.populate(self.state, self.language, problems_first=grouped)
        self.run_bar.only_problems.setEnabled(grouped)

    def _show_banner(self, result: RunResult) -> None:
        self.banner.show_network(
            result.network,
            self.language,
            result.completed,
            self.banner.summary(self.state.result, self.language),
            problem_lines(self.state, self.language),
            cause_fold(self.state, self.language),
            works_now(self.state, self.language),
        )

    # ---- menus ----

    def _build_menus(self) -> tuple[QAction, QMenu, QMenu]:
        """The menus with their actions connected; (export, File, Help) for the window to keep."""
        menus = build_menus(self)
        menus.open_catalog.triggered.connect(self.choose_catalog)
        menus.builtin_catalog.triggered.connect(lambda: self.use_catalog(None))
        menus.quit.triggered.connect(self.quit)
        menus.export.triggered.connect(self._export_current)
        menus.settings.triggered.connect(self.edit_settings)
        menus.about.triggered.connect(lambda: FirstRunNote(self, first_time=False).exec())
        menus.prepare.triggered.connect(self.show_prepare_page)
        return menus.export, menus.file, menus.help

    def show_prepare_page(self) -> PrepareDialog:
        """Help → Prepare for a shutdown, in the window's language (returned for tests)."""
        page = PrepareDialog(self.language, self)
        page.open()
        return page

    def show_first_run_note_if_new(self) -> None:
        show_if_new(self, self.settings)

    # ---- what the controller runs (it owns the state, the environment, the settings) ----

    @property
    def state(self) -> RunState:
        return self.controller.state

    @property
    def settings(self) -> GuiSettings:
        return self.controller.settings

    @property
    def environment(self) -> dict[str, Any] | None:
        """The environment a run records; None reads this machine's (tests plant their own)."""
        return self.controller.environment

    @environment.setter
    def environment(self, value: dict[str, Any] | None) -> None:
        self.controller.environment = value

    # ---- the diagnostic ----

    def _run_shortcut(self) -> None:
        if self.tabs.currentIndex() == 0 and not self.controller.busy():
            self.start_run()

    def start_run(self) -> None:
        if self.choice.unusable is not None:
            return
        if self.bridge.running_kind() == "watch":  # a background check: a few seconds
            self._run_after_watch = True
            self.statusBar().showMessage(
                self.tr("Finishing a background check; your check starts right after it…")
            )
            return
        if self.controller.busy():
            return
        try:
            self.controller.start_run()
        except (ValueError, RuntimeError) as exc:
            QMessageBox.warning(self, self.tr("Cannot start"), str(exc))

    def cancel_run(self) -> None:
        self.controller.cancel()

    def _show_running(self) -> None:
        self.grid.populate(self.state, self.language)  # categories while tiles change
        self.run_bar.only_problems.setEnabled(False)
        self.run_bar.set_running(True)
        self.banner.show_running()
        self.call_view.button.setEnabled(False)

    def _refresh_services(self, service_ids: list[str]) -> None:
        for service_id in service_ids:
            self.grid.refresh(self.state, service_id)
        self._tick()

    def _show_network(self, network: NetworkResult) -> None:
        self.banner.show_network(network, self.language)

    def _show_finished_run(self, result: RunResult) -> None:
        self._populate()
        self._show_banner(result)
        self._tick()
        self.export_action.setEnabled(True)
        self.history_view.after_save()

    def show_watch_check(self, run: RunResult) -> None:
        """A background check ended (saved by the watcher): the tiles show it, unless a
        person's run is on screen running. A stale "works" is worse than a lighter check."""
        if self.controller.busy() or self.choice.unusable is not None:
            return
        self.controller.reset(RunState.from_result(self.choice.catalog, run))
        self._show_finished_run(run)
        self.statusBar().showMessage(
            self.tr("Watch mode checked at %1").replace("%1", local_when(run.started_at))
        )

    def _show_save_failed(self, reason: str) -> None:
        self.statusBar().showMessage(self.tr("Not saved to history: %1").replace("%1", reason))

    def show_stored_run(self, run: RunResult) -> RunWindow:
        window = RunWindow(self.choice.catalog, run, self.language, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.exportRequested.connect(self.export_report)
        window.show()
        self.last_run_window = window
        return window

    def _export_current(self) -> None:
        self.export_report()

    def export_report(self, run: RunResult | None = None) -> ReportDialog | None:
        run = run if isinstance(run, RunResult) else self.state.result
        if run is None:
            return None
        dialog = ReportDialog(run, self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_report = dialog
        return dialog

    def _tick(self) -> None:
        self.run_bar.show_progress(self.state.done(), self.state.total(), self.state.elapsed_s())

    def _show_job_ended(self, kind: str) -> None:
        if kind == "watch":
            if self._run_after_watch:
                self._run_after_watch = False
                self.start_run()
            return
        self._tick()
        self.run_bar.set_running(False)
        self.call_view.button.setEnabled(True)
        if kind == "calltest":
            self.call_view.set_running(False)
            self.run_bar.button.setEnabled(True)

    def _show_job_failed(self, kind: str, details: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical, self.tr("Something went wrong"), "", parent=self
        )
        box.setText(
            self.tr("The check stopped because of an error in Svyaz. Nothing was sent anywhere.")
        )
        box.setDetailedText(details)
        box.open()

    # ---- call test ----

    def start_call_test(self, services: tuple[str, ...]) -> None:
        if self.controller.busy():
            QMessageBox.information(
                self, self.tr("Busy"), self.tr("Wait for the diagnostic to finish.")
            )
            return
        try:
            if not self.controller.start_call_test(services):
                QMessageBox.warning(
                    self, self.tr("Cannot start"), self.tr("This catalog has no such messenger.")
                )
        except (ValueError, RuntimeError, ImportError) as exc:
            QMessageBox.warning(self, self.tr("Cannot start"), str(exc))

    def _show_call_running(self, duration_s: float) -> None:
        self.call_view.set_running(True, duration_s)
        self.run_bar.button.setEnabled(False)

    # ---- details, catalog, settings ----

    def show_details(self, service_id: str) -> DetailsDialog:
        network = self.state.network.code if self.state.network is not None else None
        dialog = DetailsDialog(self.state.services[service_id], self.language, self, network)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_details = dialog
        return dialog

    def choose_catalog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open catalog"), "", self.tr("Service catalogs (*.toml);;All files (*)")
        )
        if name:
            self.use_catalog(Path(name))

    def use_catalog(self, path: Path | None) -> None:
        if self.controller.busy():
            QMessageBox.information(
                self, self.tr("Busy"), self.tr("Wait for the running check to finish.")
            )
            return
        trial = replace(self.settings, catalog=str(path) if path else "")
        choice = open_catalog(trial)
        if choice.unusable is not None and self.choice.unusable is None:
            box = catalog_dialogs.unreadable(self, choice.unusable, choice.problems)
            self.catalog_error = box
            return
        self.settings.catalog = trial.catalog
        save_settings(self.settings)
        self.choice = choice
        self.controller.reset(RunState(self.choice.catalog))
        self._populate()
        self.call_view.set_catalog(self.choice.catalog)
        self.history_view.set_catalog(self.choice.catalog)
        self.banner.show_idle()
        self.export_action.setEnabled(False)
        self._tick()
        self._show_catalog()

    def _show_catalog(self) -> None:
        """The catalog in use where it cannot be missed; a gone or broken one asks what to do."""
        choice = self.choice
        self.controller.run_tags = {"catalog": choice.label(), "catalog_kind": choice.kind()}
        if choice.path is not None:
            self.run_bar.show_catalog(choice.path.name, str(choice.path))
        else:
            self.run_bar.show_catalog("")
        self.run_bar.button.setEnabled(choice.unusable is None)
        if choice.unusable is not None:
            self.ask_for_catalog(choice.unusable)
            return
        source = str(choice.path) if choice.path else self.tr("built-in catalog")
        self.statusBar().showMessage(
            self.tr("Catalog: %1 · services: %2")
            .replace("%1", source)
            .replace("%2", str(len(choice.catalog.services)))
        )
        if choice.problems:
            self.catalog_problems = catalog_dialogs.with_problems(self, choice.problems)

    def ask_for_catalog(self, path: Path) -> QMessageBox:
        """The chosen catalog is gone or broken: the person decides."""
        box = catalog_dialogs.missing(
            self, path, self.choice.problems, lambda: self.use_catalog(None), self.choose_catalog
        )
        self.statusBar().showMessage(
            self.tr("No catalog in use: choose one (File → Open catalog…)")
        )
        self.banner.show_missing_catalog(str(path))
        self.catalog_question = box
        return box

    def edit_settings(self) -> None:
        dialog = SettingsDialog(
            self.settings,
            self.choice.catalog,
            self,
            self.language,
            self.watch_used_today(),
            self.autostart_supported,
        )
        if dialog.exec():
            self.apply_settings(dialog.result_settings())

    def apply_settings(self, settings: GuiSettings) -> None:
        self.controller.settings = settings
        save_settings(settings)
        self.settingsApplied.emit(settings)
        if choose_language(settings) != self.language:
            app = QCoreApplication.instance()
            if app is not None:
                install_translators(app, settings)
            self.languageChanged.emit()  # the host rebuilds the window in the new language

    # ---- closing ----

    def hand_over(self) -> None:
        """Close without stopping the engine: a new window (new language) takes the bridge."""
        self.controller.detach()
        self._handed_over = True
        self.close()

    def quit(self) -> None:
        """Close and end the app, also while watch mode would keep it in the tray."""
        self._quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._handed_over and not self._quitting and self.keeps_in_tray():
            self.remember_geometry()
            event.ignore()
            self.hide()
            self.hiddenToTray.emit()
            return
        if not self._handed_over:
            self.remember_geometry()
            self.closedForGood.emit()  # the host stops the watcher before the engine stops
            self.controller.shutdown()
        event.accept()

    def remember_geometry(self) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        with contextlib.suppress(OSError):  # read-only config: the next start fits the screen
            save_settings(self.settings)
