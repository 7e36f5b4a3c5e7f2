"""The deployment files in deploy/ parse, name real commands and real settings, and keep what the README promises."""

from __future__ import annotations

import configparser
import shlex
from pathlib import Path

import pytest
import yaml

from shelfwatch.cli import build_parser
from shelfwatch.settings import setting_names

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("*.service"))


def _shelfwatch_args(argv: list[str]) -> list[str]:
    assert Path(argv[0]).name == "shelfwatch", argv
    build_parser().parse_args(argv[1:])  # a typo in a command or flag fails here, not on the province's servers
    return argv[1:]


def _unit(path: Path) -> configparser.RawConfigParser:
    unit = configparser.RawConfigParser(strict=True, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]  # systemd keys are case-sensitive
    unit.read(path, encoding="utf-8")
    return unit


def test_there_is_a_unit_for_workers_beat_and_web() -> None:
    assert [p.name for p in UNITS] == ["shelfwatch-beat.service", "shelfwatch-web.service", "shelfwatch-worker@.service"]


@pytest.mark.parametrize("path", UNITS, ids=lambda p: p.name)
def test_systemd_units_parse_and_run_real_commands(path: Path) -> None:
    unit = _unit(path)
    assert set(unit.sections()) == {"Unit", "Service", "Install"}
    service = unit["Service"]
    assert service["User"] == "shelfwatch" and service["Restart"] == "on-failure"
    assert service["EnvironmentFile"] == "/etc/shelfwatch/shelfwatch.env"
    args = _shelfwatch_args(shlex.split(service["ExecStart"]))
    assert args[0] in {"worker", "beat", "serve"}
    if args[0] == "serve":
        assert "127.0.0.1" in args  # the app has no login: never on a public address
    assert unit["Install"]["WantedBy"] == "multi-user.target"


def test_environment_file_sets_only_real_settings_and_a_province_setup() -> None:
    env = dict(line.split("=", 1) for line in (DEPLOY / "shelfwatch.env").read_text().splitlines()
               if line.strip() and not line.startswith("#"))
    assert set(env) <= set(setting_names())
    assert env["SHELFWATCH_DB"].startswith("postgresql://") and env["SHELFWATCH_BROKER_URL"].startswith("redis://")
    assert env["SHELFWATCH_INDEX_BACKEND"] == "elasticsearch"


def test_compose_file_has_the_province_services_with_real_commands_and_settings() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert set(services) == {"postgres", "redis", "elasticsearch", "worker", "beat", "web"}
    for name in ("worker", "beat", "web"):
        svc = services[name]
        assert set(svc["environment"]) <= set(setting_names()), name
        assert _shelfwatch_args(svc["command"])[0] == {"worker": "worker", "beat": "beat", "web": "serve"}[name]
        assert set(svc["depends_on"]) == {"postgres", "redis", "elasticsearch"}
    assert services["worker"]["deploy"]["replicas"] >= 2
    assert "beat" not in services or "replicas" not in services["beat"].get("deploy", {})  # one beat, never more
    assert "--appendonly" in services["redis"]["command"]  # queued tasks survive a Redis restart
    assert services["web"]["ports"] == ["127.0.0.1:8000:8000"]
    assert (DEPLOY / compose["x-shelfwatch"]["build"]["dockerfile"].removeprefix("deploy/")).exists()
