"""Celery beat's scheduler for watches and upkeep tasks: the schedule is the watches file, re-read when it changes.

Beat checks the file's modification time at least every ``RELOAD_S`` seconds. A file that no longer parses is
logged and the schedule that was running stays, so a typo never stops every watch.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from celery.beat import PersistentScheduler

from tasks.watches import WatchFileError, load_watch_file

log = logging.getLogger(__name__)

RELOAD_S = 5.0
"""Longest beat sleeps between looks at the watches file."""
PREFIXES = ("watch:", "upkeep:")
"""Entries the file owns; beat's own (``celery.backend_cleanup``) are left alone."""


class WatchScheduler(PersistentScheduler):
    """PersistentScheduler whose ``watch:*`` and ``upkeep:*`` entries follow the watches file (others are left)."""

    _watches_mtime: int | None = None

    def setup_schedule(self) -> None:
        super().setup_schedule()
        self._watches_mtime = None
        self.sync_watches()

    def tick(self, *args: Any, **kwargs: Any) -> float:
        self.sync_watches()
        return min(float(super().tick(*args, **kwargs)), RELOAD_S)

    def sync_watches(self) -> bool:
        """Bring the schedule in line with the file if it changed; True when it did."""
        from tasks.celery_app import beat_schedule

        path = Path(self.app.conf.shelfwatch_watches)
        try:
            mtime: int | None = path.stat().st_mtime_ns
        except OSError:
            mtime = None
        if mtime == self._watches_mtime:
            return False
        self._watches_mtime = mtime
        try:
            if mtime:
                found = load_watch_file(path, default_db=self.app.conf.shelfwatch_default_db)
                entries = beat_schedule(found.watches, found.upkeep)
            else:
                entries = {}
        except WatchFileError as exc:
            log.error("watches file not reloaded, the running schedule stays: %s", exc)
            return False
        for name in [n for n in self.schedule if n.startswith(PREFIXES) and n not in entries]:
            del self.schedule[name]
        for name, fields in entries.items():
            entry = self.Entry(**dict(fields, name=name, app=self.app))
            old = self.schedule.get(name)
            if old is not None:
                entry.last_run_at = old.last_run_at  # an unchanged interval keeps counting from its last run
            self.schedule[name] = entry  # a new object, so beat rebuilds its heap of due times
        self._heap = None
        watches = [n for n in entries if n.startswith("watch:")]
        upkeep = [n for n in entries if n.startswith("upkeep:")]
        log.info("watches file %s loaded: %d watches scheduled (%s); %d upkeep tasks scheduled (%s)", path,
                 len(watches), ", ".join(watches) or "none", len(upkeep), ", ".join(upkeep) or "none")
        return True
