"""A throwaway PostgreSQL server for the tests: Debian's binaries, a temporary data directory, 127.0.0.1 only.

Started once per test session (tests/conftest.py ``pg_server``) and stopped by its own ``pg_ctl stop``; each test
that wants a clean database asks for a new one (``CREATE DATABASE`` costs a few milliseconds).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

PG_ROOT = Path("/usr/lib/postgresql")
USER = "postgres"


def pg_bin_dir() -> Path | None:
    """The newest installed PostgreSQL's bin directory (Debian keeps one folder per major version), or None."""
    if not PG_ROOT.is_dir():
        return None
    versions = sorted((p for p in PG_ROOT.iterdir() if (p / "bin" / "initdb").exists()),
                      key=lambda p: int(p.name) if p.name.isdigit() else 0)
    return versions[-1] / "bin" if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(cmd: list[str]) -> list[str]:
    # initdb and postgres refuse to run as root; as root we drop to Debian's postgres user, otherwise run as we are.
    return ["runuser", "-u", USER, "--", *cmd] if os.geteuid() == 0 else cmd


@dataclass
class PostgresServer:
    """One postgres process on 127.0.0.1:port with its data and socket directories under ``root``."""

    root: Path
    bin_dir: Path
    port: int = field(default_factory=_free_port)
    _names: count[int] = field(default_factory=lambda: count(1))

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    def url(self, database: str = "postgres") -> str:
        """The URL a user would put in SHELFWATCH_DB (plain ``postgresql://``, as written in the README)."""
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def _run(self, *cmd: str) -> None:
        done = subprocess.run(_as_postgres(list(cmd)), capture_output=True, text=True, check=False, cwd=self.root)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")

    def init(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.socket_dir.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            for p in (self.root, self.socket_dir):
                shutil.chown(p, USER)
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data_dir), "-A", "trust", "-U", USER,
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")

    def start(self) -> None:
        # Durability is pointless for a test server: fsync off makes CREATE DATABASE and commits cheap.
        opts = (f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-o", opts,
                  "-l", str(self.root / "server.log"), "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        """``pg_ctl stop`` signals the postmaster named in this data directory's postmaster.pid, nothing else."""
        if (self.data_dir / "postmaster.pid").exists():
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        """Stop (dropping every client connection) and start again on the same port, keeping the data."""
        self.stop()
        self.start()

    def create_database(self, prefix: str = "t") -> str:
        """A new empty database; returns its URL."""
        import psycopg

        name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(host="127.0.0.1", port=self.port, user=USER, dbname="postgres", autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(host="127.0.0.1", port=self.port, user=USER, dbname="postgres", autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
