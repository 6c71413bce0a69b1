"""Where the log of a `make run` goes: every record into a file, a few progress lines to the console.

The console shows each step starting and finishing, the progress messages of the Python steps,
dbt's start and end with a progress line at most every `DBT_PROGRESS_SECONDS`, and errors.
"""

from __future__ import annotations

import logging
import re
import sys
import time
from pathlib import Path
from typing import TextIO

import dagster as dg

DBT_STEP = "warehouse_dbt_models"
DBT_PROGRESS_SECONDS = 10.0
_DBT_MILESTONE = re.compile(r"^(Running|Finished) dbt command")
_DBT_NODE_LINE = re.compile(r"^\d+ of \d+ ")
_FILE_FORMAT = "%(asctime)s %(levelname)s %(message)s"


def _metadata(record: logging.LogRecord) -> dict:
    return getattr(record, "dagster_meta", None) or {}


class ProgressHandler(logging.Handler):
    """Writes the records a person follows a run by, one short line each, to a stream."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream
        self._last_dbt_progress = 0.0

    def emit(self, record: logging.LogRecord) -> None:
        meta = _metadata(record)
        step, event, message = meta.get("step_key"), meta.get("dagster_event"), meta.get("orig_message", "")
        line = self._line(step, event, str(message).strip(), record.levelno)
        if line is not None:
            self._stream.write(f"{time.strftime('%H:%M:%S')} {line}\n")
            self._stream.flush()

    def _line(self, step: str | None, event: object, message: str, level: int) -> str | None:
        if event is not None:
            if event.is_step_start:
                return f"[{step}] started"
            if event.is_step_failure:
                return f"[{step}] FAILED: {event.event_specific_data.error.message.strip()}"
            return None
        if level >= logging.ERROR:
            return f"[{step or 'run'}] ERROR: {message}"
        if level < logging.INFO or step is None or level >= logging.WARNING:
            return None  # warnings are counted in the summary and kept in the log file
        if step != DBT_STEP:
            return f"[{step}] {message}"
        if _DBT_MILESTONE.match(message):
            return f"[{step}] {message}"
        if _DBT_NODE_LINE.match(message) and time.monotonic() - self._last_dbt_progress >= DBT_PROGRESS_SECONDS:
            self._last_dbt_progress = time.monotonic()
            return f"[{step}] {message.split('[')[0].strip()}"
        return None


def _python_logger(name: str, handler: logging.Handler) -> logging.Logger:
    logger = logging.getLogger(name)
    logger.handlers = [handler]
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    return logger


def file_logger(path: Path) -> dg.LoggerDefinition:
    """Every record of the run, DEBUG included, appended to `path`."""

    def build(_: dg.InitLoggerContext) -> logging.Logger:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter(_FILE_FORMAT))
        return _python_logger("conflict_warehouse.run_file", handler)

    return dg.LoggerDefinition(build, description=f"Full log in {path}")


def progress_logger(stream: TextIO = sys.stdout) -> dg.LoggerDefinition:
    """Short progress lines on `stream`."""

    def build(_: dg.InitLoggerContext) -> logging.Logger:
        return _python_logger("conflict_warehouse.run_progress", ProgressHandler(stream))

    return dg.LoggerDefinition(build, description="Progress lines on the console")
