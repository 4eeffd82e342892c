"""The model's results the pages show, cached: the model is pure, so equal inputs share
one result. Every figure comes from ``ccx_model.report.Report``; pages only lay out."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import lru_cache

from ccx_model.bundled_names import display_name
from ccx_model.compare import Comparison, compare_scenarios
from ccx_model.evaluate import Evaluation
from ccx_model.monte_carlo import Simulation, simulate
from ccx_model.problems import InputError
from ccx_model.report import Report
from ccx_model.risk import BreakEven, Tornado
from ccx_model.risk_adjustment import RiskAdjustment
from ccx_model.scenario import Scenario
from ccx_model.scenario_io import dump_scenario, load_scenario


@lru_cache(maxsize=64)
def report(scenario: Scenario, baseline: Scenario | None = None) -> Report:
    """The report of ``scenario`` against ``baseline`` (default: its starting centre)."""
    return Report(scenario, baseline)


def evaluation(scenario: Scenario) -> Evaluation:
    return report(scenario).evaluation


@lru_cache(maxsize=16)
def comparison(
    scenarios: tuple[Scenario, ...],
    baseline: Scenario,
    labels: tuple[str, ...],
    baseline_label: str,
) -> Comparison:
    return compare_scenarios(list(scenarios), baseline, list(labels), baseline_label)


@lru_cache(maxsize=32)
def scenario_yaml(scenario: Scenario) -> str:
    """The scenario as a YAML file (the sidebar's download, the session's draft): every
    new session writes the same bundled scenario, so it is written once per server."""
    return dump_scenario(scenario)


def library_scenario(name: str) -> Scenario | None:
    """A scenario from the library, or None if it does not open (the page then says so)."""
    try:
        return library_file(name)
    except (InputError, OSError):
        return None


def library_name(name: str, lang: str) -> str:
    """A library file as a picker shows it: by its scenario's name (a bundled one in
    ``lang``), by the file's name only when it does not open."""
    scenario = library_scenario(name)
    return name if scenario is None else display_name(scenario.name, lang)


def library_file(name: str) -> Scenario:
    """A scenario from the library, read once per version of its file (``InputError``
    when it does not open, ``OSError`` when it is not there)."""
    from .state import SCENARIO_DIR

    path = SCENARIO_DIR / name
    return _load(str(path), path.stat().st_mtime_ns)


@lru_cache(maxsize=32)
def _load(path: str, modified_ns: int) -> Scenario:
    # The modification time is part of the key: a file saved again is read again.
    return load_scenario(path)


def _without_haircuts(scenario: Scenario) -> Scenario:
    """The scenario with its risk adjustment at the plan: what the draws, the tornado
    and the break-even values depend on (a haircut changes none of them)."""
    return scenario.model_copy(update={"risk_adjustment": RiskAdjustment()})


_SIMULATIONS: OrderedDict[tuple[object, ...], Simulation] = OrderedDict()
_SIMULATIONS_LOCK = threading.Lock()  # sessions run in threads of one server


def simulation(report: Report, progress: Callable[[float], None]) -> Simulation:
    """The report's Monte Carlo run, made now with ``progress`` if it is not made yet
    (kept for the last 16 scenarios, whatever their haircuts)."""
    key = (_without_haircuts(report.scenario), report.baseline, report.draws, report.seed)
    with _SIMULATIONS_LOCK:
        run = _SIMULATIONS.get(key)
    if run is None:
        run = simulate(
            report.scenario, report.baseline, report.draws, report.seed, progress=progress
        )
    with _SIMULATIONS_LOCK:
        _SIMULATIONS[key] = run
        _SIMULATIONS.move_to_end(key)
        while len(_SIMULATIONS) > 16:
            _SIMULATIONS.popitem(last=False)
    # ``Report.simulation`` is a cached property: its value lives in the report's
    # ``__dict__``, so the tiles read this run.
    report.__dict__["simulation"] = run
    return run


def risk_tables(report: Report) -> tuple[Tornado, tuple[BreakEven, ...]]:
    """The report's tornado and break-even values, kept per scenario whatever its
    haircuts (and put in the report, whose charts read them)."""
    shape, breaks = _risk_tables(_without_haircuts(report.scenario), report.baseline)
    report.__dict__["tornado"], report.__dict__["break_evens"] = shape, breaks
    return shape, breaks


@lru_cache(maxsize=16)
def _risk_tables(
    scenario: Scenario, baseline: Scenario | None
) -> tuple[Tornado, tuple[BreakEven, ...]]:
    report = Report(scenario, baseline)
    return report.tornado, report.break_evens
