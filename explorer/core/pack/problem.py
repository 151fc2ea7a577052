"""One thing wrong with a pack file, located: what the loader and the overlay checks report."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a pack, where it is, and what to do about it."""

    file: str
    line: int
    column: int
    message: str
    path: str = ""
    severity: Severity = "error"

    def format(self) -> str:
        label = "" if self.severity == "error" else "warning: "
        where = f" (at {self.path})" if self.path else ""
        return f"{self.file}:{self.line}:{self.column}: {label}{self.message}{where}"
