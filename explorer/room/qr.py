"""The join address as a QR code: its modules as rows of booleans, for any screen to draw crisply.

segno makes the code (pure Python, no image library); the presenter paints the
modules itself at the size of the projector, so the code is sharp at any
resolution. Error correction M survives a smudged or glaring projector screen.
"""

from __future__ import annotations

QUIET_ZONE = 4  # modules of blank margin that scanners need around the code


def qr_modules(text: str) -> list[list[bool]]:
    """Rows of dark (True) and light modules, without the quiet zone."""
    import segno  # only once a join screen is shown: the console opens without it

    code = segno.make(text, error="m", micro=False, boost_error=False)
    return [[bool(module) for module in row] for row in code.matrix]
