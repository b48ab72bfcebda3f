"""The engine bridge: one worker thread running an asyncio loop, events re-emitted as Qt signals.

Why a thread of our own instead of Qt's event loop: probes are timing measurements, and a paint
on the GUI thread must never add jitter to them; a slow probe must never freeze the window.
Signals emitted from the worker thread reach widgets through queued connections, so every slot
runs on the GUI thread. One job (a diagnostic, a call test or a watch check) runs at a time: a
watch check waits while a person's job runs, and a person's job is refused while a check runs
(the window queues it, `MainWindow.start_run`). The watch loop itself lives on the same loop.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import sys
import threading
import traceback
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from core.config import ProbeConfig
from core.engine.callpath import call_test
from core.engine.diagnostic import Diagnostic, select_services
from core.environment import gather as gather_environment
from core.models import Catalog, RunFinished, RunResult

log = logging.getLogger(__name__)


async def _cancel_the_rest() -> None:
    """Cancel every other task of the running loop and wait (briefly) for them to end."""
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.wait(tasks, timeout=0.5)


class _Job(Protocol):
    def cancel(self) -> None: ...

    def events(self) -> AsyncIterator[object]: ...


TURN_MS = 1  # "in a later turn of the event loop", after the timers and paints that are due
# How long the engine thread may hold the GIL before the GUI thread gets its turn: Python's 5 ms
# let a busy run keep the window waiting (stalls of 70-80 ms while the GUI thread itself needed
# under 30); 1 ms hands the interpreter back sooner (make bench, `bench/gui.py`).
SWITCH_INTERVAL_S = 0.001
WATCH_WAIT_S = 0.5  # how often a waiting watch check looks whether the person's job has ended


class EngineBridge(QObject):
    """Owns the engine's loop and thread; the GUI talks to the engine only through this object."""

    diagnosticEvent = Signal(object)  # every core Event of a diagnostic, in order
    callEvent = Signal(object)  # CallSample | FunctionFinished (calls, judged) | CallTestFinished
    jobFinished = Signal(str)  # "diagnostic" | "calltest" | "watch", after the last event
    jobFailed = Signal(str, str)  # kind, traceback text: an engine bug, shown to the user
    _jobDone = Signal(str)  # engine thread -> GUI thread; re-emitted as jobFinished a turn later

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loop = asyncio.new_event_loop()
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._thread = threading.Thread(target=self._run_loop, name="svyaz-engine", daemon=True)
        self._thread.start()
        self._future: concurrent.futures.Future[None] | None = None
        self._job: _Job | None = None
        self._kind = ""
        self._ended = threading.Event()
        self._ended.set()
        self._claim_lock = threading.Lock()  # the GUI thread and a watch check both claim jobs
        self._background: set[concurrent.futures.Future[Any]] = set()
        self._cancel_requested = False
        self._jobDone.connect(self._finish_later)

    def _run_loop(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_forever()

    # ---- public API (GUI thread) ----

    def busy(self) -> bool:
        return not self._ended.is_set()

    def running_kind(self) -> str:
        """ "diagnostic", "calltest" or "watch" while a job runs; "" when idle."""
        return self._kind if self.busy() else ""

    def start_diagnostic(
        self,
        catalog: Catalog,
        config: ProbeConfig,
        environment: Mapping[str, Any] | None = None,
        network_type: str = "unknown",
        services: tuple[str, ...] = (),
    ) -> None:
        """Start a diagnostic of `services` (empty: all); raises ValueError for a bad selection
        (before anything runs).

        `environment` None: read this machine's (on the engine thread, never the GUI's).
        """

        def make() -> _Job:
            env = gather_environment(network_type) if environment is None else environment
            return Diagnostic(catalog, config, env, services)

        select_services(catalog, services)  # a bad selection raises here, not later
        self._start("diagnostic", make, self.diagnosticEvent.emit)

    def start_background(self, work: Callable[[], Any]) -> concurrent.futures.Future[Any]:
        """Run a coroutine that lives beside the jobs (the watch loop) on the engine's loop."""
        future = asyncio.run_coroutine_threadsafe(work(), self._loop)
        self._background.add(future)
        future.add_done_callback(self._background.discard)
        return future

    async def watch_check(self, make: Callable[[], _Job]) -> RunResult:
        """Engine thread: one watch check as a job of its own, after any job that runs now.

        Its events are not re-emitted (the watch loop saves the run and tells the window);
        cancelling it (`cancel`, the window's Cancel) ends it early like a person's run."""
        while not self._claim("watch"):
            await asyncio.sleep(WATCH_WAIT_S)
        result: RunResult | None = None
        try:
            job = await asyncio.to_thread(make)
            self._job = job
            if self._cancel_requested:
                job.cancel()
            async for event in job.events():
                if isinstance(event, RunFinished):
                    result = event.result
        finally:
            self._job = None
            self._ended.set()
            self._jobDone.emit("watch")
        if result is None:
            raise RuntimeError("the watch check ended without a result")
        return result

    def start_calltest(
        self,
        catalog: Catalog,
        config: ProbeConfig,
        services: tuple[str, ...],
        duration_s: float,
    ) -> None:
        job = call_test(catalog, config, services=services, duration_s=duration_s)  # may raise
        self._start("calltest", lambda: job, self.callEvent.emit)

    def cancel(self) -> None:
        """Ask the running job to stop; it still sends its final event."""
        if self.busy():
            self._cancel_requested = True
            self._loop.call_soon_threadsafe(self._cancel_job)

    def wait(self, timeout: float) -> bool:
        """Block until the current job has ended; True if it did (tests, shutdown)."""
        future = self._future
        if future is None:
            return True
        try:
            future.result(timeout)
        except concurrent.futures.TimeoutError:
            return False
        except BaseException:
            return True
        return True

    def shutdown(self, timeout: float = 1.5) -> None:
        """Cancel any job, stop the loop and join the thread; safe to call twice."""
        if not self._thread.is_alive():
            return
        self.cancel()
        if not self.wait(timeout) and self._future is not None:
            self._future.cancel()
            self.wait(0.3)
        if self._background:  # the watch loop: cancelled and ended before the loop stops
            drained = asyncio.run_coroutine_threadsafe(_cancel_the_rest(), self._loop)
            with contextlib.suppress(Exception):
                drained.result(timeout)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout)
        if not self._thread.is_alive():
            self._loop.close()

    def _finish_later(self, kind: str) -> None:
        """jobFinished a turn of the GUI's event loop after the job's last event (a 1 ms timer:
        a 0 ms one runs before due timers and paints): what the last event starts (saving the
        run, then showing it, `RunController`) gets turns of its own instead of one long stall
        with everything that waits for the job's end. Timers of one interval fire in the order
        they were started, so a turn the last event's slot asked for comes first."""
        QTimer.singleShot(TURN_MS, self, lambda: self.jobFinished.emit(kind))

    # ---- engine thread ----

    def _cancel_job(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _claim(self, kind: str) -> bool:
        """Mark the engine busy with `kind` unless a job runs (either thread)."""
        with self._claim_lock:
            if not self._ended.is_set():
                return False
            self._kind = kind
            self._job = None
            self._cancel_requested = False
            self._ended.clear()
            return True

    def _start(self, kind: str, make: Callable[[], _Job], emit: Callable[[object], None]) -> None:
        if not self._thread.is_alive():
            raise RuntimeError("the engine has been shut down")
        if self.busy():
            raise RuntimeError("a job is already running")
        if self._future is not None:
            self.wait(1.0)  # the previous job has sent its last event and is returning
        if not self._claim(kind):
            raise RuntimeError("a job is already running")
        self._future = asyncio.run_coroutine_threadsafe(self._drive(kind, make, emit), self._loop)

    async def _drive(
        self, kind: str, make: Callable[[], _Job], emit: Callable[[object], None]
    ) -> None:
        try:
            job = await asyncio.to_thread(make)  # reading the environment may be slow
            self._job = job
            if self._cancel_requested:
                job.cancel()
            async for event in job.events():
                emit(event)
        except asyncio.CancelledError:
            log.info("%s cancelled at shutdown", kind)
        except Exception:
            log.exception("%s failed", kind)
            self.jobFailed.emit(kind, traceback.format_exc())
        finally:
            self._job = None
            self._ended.set()
            self._jobDone.emit(kind)
