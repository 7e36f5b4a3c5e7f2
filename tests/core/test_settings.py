from __future__ import annotations

from pathlib import Path

import pytest

from shelfwatch.settings import SettingError, db_url, load_settings, setting_names

README = Path(__file__).resolve().parents[2] / "README.md"


def test_defaults_then_env_then_overrides() -> None:
    s = load_settings({"SHELFWATCH_DB": "env.db", "SHELFWATCH_DOWNLOAD_DELAY": "1.5", "SHELFWATCH_OBEY_ROBOTS": "no"})
    assert (s.db, s.download_delay, s.obey_robots) == ("env.db", 1.5, False)
    assert load_settings({"SHELFWATCH_DB": "env.db"}, db="flag.db").db == "flag.db"
    assert load_settings({}).index_backend == "sqlite"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SHELFWATCH_DOWNLOAD_DELAY": "fast"}, "SHELFWATCH_DOWNLOAD_DELAY='fast' is not a valid float"),
        ({"SHELFWATCH_OBEY_ROBOTS": "perhaps"}, "SHELFWATCH_OBEY_ROBOTS='perhaps' is not a valid bool"),
        ({"SHELFWATCH_INDEX_BACKEND": "solr"}, "expected one of sqlite, elasticsearch"),
        ({"SHELFWATCH_RENDER_JS": "sometimes"}, "expected one of auto, always, never"),
    ],
)
def test_wrong_setting_is_a_clear_error(env: dict[str, str], message: str) -> None:
    with pytest.raises(SettingError, match=message.replace("(", r"\(")):
        load_settings(env)


def test_every_setting_is_documented_in_readme() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [name for name in setting_names() if name not in text]
    assert not missing, f"README.md does not document: {missing}"


@pytest.mark.parametrize(
    ("db", "url"),
    [
        ("postgresql://shelf@db.example:5432/shelfwatch", "postgresql+psycopg://shelf@db.example:5432/shelfwatch"),
        ("postgres://shelf@db.example/shelfwatch", "postgresql+psycopg://shelf@db.example/shelfwatch"),
        ("postgresql+psycopg://u@h/d", "postgresql+psycopg://u@h/d"),
        ("sqlite:////var/lib/shelfwatch.db", "sqlite:////var/lib/shelfwatch.db"),
        ("/var/lib/shelfwatch.db", "sqlite:////var/lib/shelfwatch.db"),
    ],
)
def test_db_urls_as_users_write_them_get_the_installed_driver(db: str, url: str) -> None:
    assert db_url(db) == url
