"""User-facing errors: each names the file (and line where known) so nobody needs a traceback."""

from __future__ import annotations

from pathlib import Path

import yaml


class BriefgenError(Exception):
    """An error the user can fix; printed as one line, never as a traceback."""

    def __init__(self, message: str, *, path: Path | str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        self.detail: str | None = None  # a traceback, shown only behind --debug

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        return where + self.message


class ContentError(BriefgenError):
    """An article that cannot be read or whose front matter is invalid."""


class ConfigError(BriefgenError):
    """site_config.yml is missing a key, has a wrong type, or points nowhere."""


def yaml_problem(err: yaml.YAMLError) -> tuple[str, int | None]:
    """What PyYAML found wrong, in its own words, and the 1-based line of the text it parsed."""
    mark = getattr(err, "problem_mark", None)
    problem = getattr(err, "problem", None) or str(err).splitlines()[0]
    return problem, (mark.line + 1 if mark else None)
