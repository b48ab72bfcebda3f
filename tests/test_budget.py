"""The run's time budget (core/budget.py): today's values by default, built once from a
catalog's [settings] and then a face's choices, one meaning of "per-step timeout" in both faces,
and read back from a run document whatever its age."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import pytest

from cli.common import UsageError
from cli.common import build_config as cli_config
from cli.main import make_parser
from core.budget import TimeBudget, budget_from_document
from core.config import CatalogSettingsError, ProbeConfig, build_config
from core.models import Catalog

# A lab's [settings]: short steps, a long transfer, a call test of 2 s.
LAB_SETTINGS: dict[str, Any] = {
    "timeouts": {"dns": 1.0, "connect": 2.5, "tls": 2.5, "http": 3.0, "transfer": 4.0},
    "call_duration": 2.0,
}


def _cli(settings: dict[str, Any], *flags: str) -> ProbeConfig:
    args = make_parser().parse_args(["diagnose", "--no-history", *flags])
    return cli_config(args, Catalog((), settings))


def test_the_defaults_are_the_deadlines_runs_had_before_the_budget() -> None:
    """Behaviour stays: every once-private constant kept its value."""
    assert TimeBudget().to_dict() == {
        "dns": 3.0,
        "connect": 4.0,
        "tls": 5.0,
        "http": 8.0,
        "transfer": 8.0,
        "overall": 45.0,
        "quick_dns": 2.0,
        "dns_late": 3.0,  # issue 25: a late system answer is slow, not silent
        "tcp_settle": 0.5,
        "paired_tls": 3.0,
        "police_tls": 3.0,
        "throughput": 3.0,
        "throughput_idle": 3.0,
        "unlisted": 2.0,
        "transfer_direction": 2.0,
        "transfer_idle": 1.5,
        "consistency_wait": 4.0,
        "quic_close": 0.5,
        "call_grace": 10.0,
        "call_late_min": 0.5,
        "call_late_max": 2.0,
        "call_fallback": 8.0,
        "call_duration": 5.0,
    }
    assert ProbeConfig().budget == TimeBudget()


def test_a_catalogs_settings_build_the_budget() -> None:
    budget = build_config(LAB_SETTINGS).budget
    assert budget == TimeBudget(
        dns=1.0, connect=2.5, tls=2.5, http=3.0, transfer=4.0, call_duration=2.0
    )
    shorter = build_config({"timeouts": {"consistency_wait": 0.5, "tcp_settle": 0.2}}).budget
    assert (shorter.consistency_wait, shorter.tcp_settle) == (0.5, 0.2)


def test_per_step_timeout_caps_dns_and_sets_the_connection_steps() -> None:
    assert TimeBudget().with_step_timeout(2.0) == TimeBudget(
        dns=2.0, connect=2.0, tls=2.0, http=2.0
    )
    longer = TimeBudget().with_step_timeout(9.0)
    assert (longer.dns, longer.connect, longer.tls, longer.http) == (3.0, 9.0, 9.0, 9.0)
    assert longer.transfer == 8.0 and longer.overall == 45.0  # not per-step deadlines


def test_cli_flags_come_after_the_catalog() -> None:
    assert _cli(LAB_SETTINGS).budget == build_config(LAB_SETTINGS).budget
    budget = _cli(LAB_SETTINGS, "--timeout", "6", "--deadline", "30").budget
    assert budget == dataclasses.replace(
        build_config(LAB_SETTINGS).budget, connect=6.0, tls=6.0, http=6.0, overall=30.0
    )  # DNS keeps the lab's 1 s: shorter than 6


@pytest.mark.gui
@pytest.mark.parametrize("settings", [{}, LAB_SETTINGS], ids=["builtin", "lab"])
@pytest.mark.parametrize(("step", "overall"), [(1.0, 20.0), (2.0, 45.0), (9.5, 600.0)])
def test_cli_and_gui_mean_the_same_by_each_value(
    settings: dict[str, Any], step: float, overall: float
) -> None:
    from gui.engine_setup import engine_config
    from gui.settings import GuiSettings

    gui = engine_config(
        Catalog((), settings), GuiSettings(step_timeout_s=step, overall_timeout_s=overall)
    )
    cli = _cli(settings, "--timeout", str(step), "--deadline", str(overall))
    assert gui.budget == cli.budget
    assert gui.budget.connect == step and gui.budget.dns == min(step, cli.budget.dns)


@pytest.mark.parametrize("value", [math.nan, math.inf, 0.0, -1.0, 500.0])
def test_a_bad_per_step_timeout_is_refused(value: float) -> None:
    with pytest.raises(ValueError, match="seconds"):
        TimeBudget().with_step_timeout(value)
    with pytest.raises(UsageError, match="seconds"):
        _cli({}, "--timeout", str(value))


@pytest.mark.parametrize(
    ("settings", "words"),
    [
        ({"timeouts": {"nonsense": 1.0}}, "unknown timeout 'nonsense'"),
        ({"timeouts": {"call_duration": 1.0}}, "setting of its own"),
        ({"call_duration": 0.5}, "call_duration must be 0"),
        ({"language": "ru"}, "--language"),
        ({"services": ["vk"]}, "--services"),
    ],
)
def test_bad_or_misplaced_catalog_settings_are_refused_clearly(
    settings: dict[str, Any], words: str
) -> None:
    with pytest.raises(CatalogSettingsError, match=words):
        build_config(settings)
    with pytest.raises(UsageError, match="bad catalog settings"):
        _cli(settings)


def test_a_document_gives_back_the_whole_budget() -> None:
    budget = build_config(LAB_SETTINGS, step_timeout=2.0).budget
    recorded = budget.to_dict()
    call = recorded.pop("call_duration")
    assert budget_from_document(recorded, call) == budget


def test_an_older_document_reads_with_defaults_filled() -> None:
    """Before issue 19 documents had five timeouts and no transfer."""
    old = {"dns": 1.0, "connect": 2.5, "tls": 2.5, "http": 3.0, "overall": 40.0}
    budget = budget_from_document(old)
    assert budget == TimeBudget(dns=1.0, connect=2.5, tls=2.5, http=3.0, overall=40.0)
    assert budget_from_document({"dns": "garbage", "future_field": 1.0}) == TimeBudget()
