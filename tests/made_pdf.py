"""A small PDF made by the tests themselves: two pages, a running header, page numbers,
a word hyphenated across a line end, a paragraph running on over the page break, a footnote."""

from __future__ import annotations

from pathlib import Path

HEADER = "Evaluatie vredesoperaties 2025"

PAGES = [
    [
        "Evaluatie van de bijdrage aan vredesoperaties",
        "",
        "Den Haag, 12 maart 2025",
        "",
        "De regering heeft besloten de bijdrage aan de missie te verlengen. Het is van",
        "belang dat de bescherming van burgers centraal staat in het mandaat en dat de",
        "missie beschikt over voldoende helikopters en inlichtingencapaciteit voor de",
        "taken die haar zijn opgedragen door de Veiligheidsraad.",
        "",
        "Daarnaast is de samenwerking met de lokale autoriteiten van groot belang voor",
        "de veiligheid van de eenheden en voor het vertrouwen van de bevolking in de",
        "missie. De inzet van meer vrouwelijke militairen draagt bij aan de uit-",
        "voering van het mandaat en aan de sociale veiligheid van de",
    ],
    [
        "lokale bevolking in het gebied waar de eenheden zijn gelegerd.",
        "",
        "Het kabinet zal de Kamer voor de zomer informeren over de resultaten van de",
        "evaluatie en over de keuzes die daaruit volgen voor de komende jaren.1",
        "",
        "1 Zie de brief van de minister van Defensie van 3 februari 2025.",
    ],
]


def make_pdf(path: Path) -> Path:
    """Write the PDF with Qt's own writer (one line drawn per line, so the breaks are known)."""
    from PySide6.QtCore import QMarginsF, QPointF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setResolution(72)
    writer.setTitle("Evaluatie van de bijdrage aan vredesoperaties")
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 10))
    for number, lines in enumerate(PAGES, start=1):
        if number > 1:
            writer.newPage()
        painter.drawText(QPointF(0, 10), HEADER)
        y = 50.0
        for line in lines:
            if line:
                painter.drawText(QPointF(0, y), line)
            y += 14 if line else 22  # a wider gap between paragraphs, as a typesetter leaves
        painter.drawText(QPointF(250, 760), str(number))
    painter.end()
    return path
