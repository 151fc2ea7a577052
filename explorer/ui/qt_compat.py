"""The one place that bridges Qt versions inside the supported range (see the README).

The floor is PySide6 6.8, Qt's long-term-support release. Newer APIs are used where
they exist and fall back here, so no widget carries a version check of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSortFilterProxyModel


@contextmanager
def rows_filter_change(proxy: QSortFilterProxyModel) -> Iterator[None]:
    """Change what a proxy's ``filterAcceptsRow`` decides inside the ``with`` block.

    Qt 6.10 added ``beginFilterChange``/``endFilterChange(Direction)``, which keep the
    selection and the current row across the change; before it, the state changes
    first and ``invalidateRowsFilter`` (6.0+) re-runs the filter afterwards.
    """
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        yield
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        yield
        proxy.invalidateRowsFilter()
