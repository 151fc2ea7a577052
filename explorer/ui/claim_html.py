"""Pieces of the scenario page about claims: an inference's reasoning, a review mark, hindsight.

Kept apart from the page builder so the evidence-status features have one home;
everything from the pack is escaped here (pack text is plain text, Markdown only
where the schema says so).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from explorer.core.evidence.review import ReviewRecord, ReviewState, Verdict
from explorer.core.pack.model import TradeOff
from explorer.ui.plain_text import arg, tooltip
from explorer.ui.vocabulary import date_said, verdict_words

#: Called by this name, with the context written out, so that lupdate files each string under it.
translate = QCoreApplication.translate


__all__ = ["afterwards_html", "arg", "reasoning_html", "review_mark_html", "verdict_words"]


def reasoning_html(tradeoff: TradeOff, muted: str) -> str:
    """The written step behind an inference, set beside its ◐ mark."""
    if not tradeoff.reasoning.strip():
        return ""
    label = translate("ClaimHtml", "Reasoning:")
    text = escape(" ".join(tradeoff.reasoning.split()))
    return f' — <span style="color:{muted}"><i>{label}</i> {text}</span>'


def review_mark_html(state: ReviewState, record: ReviewRecord | None, muted: str, warn: str) -> str:
    """A small mark with words (a screen reader reads the words; the tooltip says who and when)."""
    if record is None or state is ReviewState.UNREVIEWED:
        return ""
    who = arg(translate("ClaimHtml", "%1, %2"), record.reviewer, record.date)
    if state is ReviewState.STALE:
        title = arg(
            translate(
                "ClaimHtml", "Reviewed (%1) before the claim or its passages were edited: needs a new look."
            ),
            who,
        )
        stale = translate("ClaimHtml", "review out of date")
        return f' <span style="color:{warn}" title="{escape(tooltip(title))}">↻ {stale}</span>'
    note = f" — {record.note}" if record.note else ""
    title = arg(
        translate("ClaimHtml", "Second reader's verdict: %1 (%2)%3"), verdict_words(record.verdict), who, note
    )
    if record.verdict is Verdict.CONFIRMED:
        words = translate("ClaimHtml", "checked by a second reader")
        return f' <span style="color:{muted}" title="{escape(tooltip(title))}">✓ {words}</span>'
    words = arg(translate("ClaimHtml", "reviewer: %1"), verdict_words(record.verdict))
    # The title becomes the tooltip, which Qt shows as rich text if it looks like HTML.
    return f' <span style="color:{warn}" title="{escape(tooltip(title))}">⚑ {escape(words)}</span>'


def afterwards_html(body_html: str, as_of: str, hindsight: bool, border: str) -> str:
    """The afterwards block, boxed and labelled so nobody takes it for the stage's present."""
    heading = translate("ClaimHtml", "What happened afterwards")
    if as_of:
        heading = arg(translate("ClaimHtml", "What happened afterwards (after %1)"), escape(date_said(as_of)))
    label = (
        translate(
            "ClaimHtml", "Hindsight, shown in facilitator-notes mode: not known at the time of the decision."
        )
        if hindsight
        else translate("ClaimHtml", "Hindsight: not known at the time of the decision you just made.")
    )
    return (
        f'<a name="afterwards"></a><table width="100%" cellpadding="10" border="1" '
        f'style="border-style:dashed; border-color:{border}; margin-top:12px"><tr><td>'
        f"<h2>{heading}</h2><p><i>{label}</i></p>{body_html}</td></tr></table>"
    )


def replay_label(as_of: str, analysis_as_of: str) -> str:
    """The one-line label of a replayed stage, for the room's screen (HTML-escaped)."""
    return arg(
        translate(
            "ClaimHtml",
            "Replayed with later analysis: set in %1, argued also with analyses written up to %2.",
        ),
        escape(date_said(as_of)),
        escape(date_said(analysis_as_of)),
    )


def replay_html(as_of: str, analysis_as_of: str, border: str) -> str:
    """The label of a stage replayed with later analysis, above its context: the room must know
    that some arguments cite what was written after the decision, and that its outcome is not shown."""
    heading = arg(
        translate("ClaimHtml", "Replayed with later analysis (written up to %1)"),
        escape(date_said(analysis_as_of)),
    )
    body = arg(
        translate(
            "ClaimHtml",
            "The decision is set in %1. Some of its arguments and trade-offs cite analyses written "
            "later, up to %2, which nobody deciding at the time could have read. What the decision led "
            "to stays hidden until you choose.",
        ),
        escape(date_said(as_of)),
        escape(date_said(analysis_as_of)),
    )
    return (
        f'<table width="100%" cellpadding="8" border="1" style="border-style:dotted; '
        f'border-color:{border}; margin-bottom:8px"><tr><td><b>{heading}</b><br>{body}</td></tr></table>'
    )
