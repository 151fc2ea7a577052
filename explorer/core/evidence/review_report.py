"""``explorer report review``: how much of a pack a second reader has checked, and what they found.

Shares are of the reviewable items (trade-offs marked stated or inferred, and
arguments with citations); trade-offs and arguments are also counted apart, since
a pack's promise rests on the trade-offs. Open findings are current verdicts other
than ``confirmed``: they stay open until the item is edited (then the verdict is
stale and the item needs a new look) or a reviewer confirms it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from explorer.core.evidence.review import ItemKind, Review, ReviewItem, ReviewRecord, ReviewState, Verdict


@dataclass(frozen=True)
class Counts:
    total: int = 0
    reviewed: int = 0
    stale: int = 0
    unreviewed: int = 0

    def share(self, n: int) -> float:
        return n / self.total if self.total else 0.0

    def to_data(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "reviewed": self.reviewed,
            "stale": self.stale,
            "unreviewed": self.unreviewed,
            "share_reviewed": round(self.share(self.reviewed), 4),
            "share_stale": round(self.share(self.stale), 4),
            "share_unreviewed": round(self.share(self.unreviewed), 4),
        }


@dataclass(frozen=True)
class Finding:
    item: ReviewItem
    record: ReviewRecord

    def to_data(self) -> dict[str, Any]:
        return {
            "location": self.item.location.key,
            "dimension": self.item.location.dimension,
            "claim": self.item.text,
            "status": self.item.evidence.value if self.item.evidence else "argument",
            "verdict": self.record.verdict.value,
            "note": self.record.note,
            "reviewer": self.record.reviewer,
            "date": self.record.date,
        }


@dataclass(frozen=True)
class ReviewSummary:
    all: Counts
    tradeoffs: Counts
    arguments: Counts
    by_status: dict[str, Counts]
    verdicts: dict[str, int]
    findings: list[Finding] = field(default_factory=list)
    stale: list[tuple[ReviewItem, ReviewRecord]] = field(default_factory=list)
    #: Records whose item is gone from the pack (its location no longer exists, nor its hash).
    orphans: int = 0

    def to_data(self) -> dict[str, Any]:
        return {
            "items": self.all.to_data(),
            "tradeoffs": self.tradeoffs.to_data(),
            "arguments": self.arguments.to_data(),
            "tradeoffs_by_status": {k: v.to_data() for k, v in self.by_status.items()},
            "verdicts": self.verdicts,
            "open_findings": [f.to_data() for f in self.findings],
            "stale": [
                {
                    "location": item.location.key,
                    "claim_now": item.text,
                    "claim_reviewed": record.claim,
                    "verdict": record.verdict.value,
                    "reviewer": record.reviewer,
                    "date": record.date,
                }
                for item, record in self.stale
            ],
            "orphaned_records": self.orphans,
        }


def _count(states: list[ReviewState]) -> Counts:
    return Counts(
        len(states),
        states.count(ReviewState.REVIEWED),
        states.count(ReviewState.STALE),
        states.count(ReviewState.UNREVIEWED),
    )


def summarize_review(review: Review, items: list[ReviewItem]) -> ReviewSummary:
    rows = review.states(items)
    tradeoff_rows = [r for r in rows if r[0].location.kind is ItemKind.TRADEOFF]
    argument_rows = [r for r in rows if r[0].location.kind is not ItemKind.TRADEOFF]
    by_status = {}
    for status in ("stated", "inferred"):
        by_status[status] = _count(
            [s for i, s, _ in tradeoff_rows if i.evidence and i.evidence.value == status]
        )
    verdicts = {v.value: 0 for v in Verdict}
    findings, stale = [], []
    used: set[int] = set()
    for item, state, record in rows:
        if record is not None:
            used.add(id(record))
        if state is ReviewState.REVIEWED and record is not None:
            verdicts[record.verdict.value] += 1
            if record.verdict is not Verdict.CONFIRMED:
                findings.append(Finding(item, record))
        elif state is ReviewState.STALE and record is not None:
            stale.append((item, record))
    return ReviewSummary(
        all=_count([s for _, s, _ in rows]),
        tradeoffs=_count([s for _, s, _ in tradeoff_rows]),
        arguments=_count([s for _, s, _ in argument_rows]),
        by_status=by_status,
        verdicts=verdicts,
        findings=findings,
        stale=stale,
        orphans=sum(1 for r in review.records if id(r) not in used),
    )


def _line(name: str, counts: Counts) -> str:
    if not counts.total:
        return f"{name:<18} none"
    return (
        f"{name:<18} {counts.total:>4}   reviewed {counts.reviewed:>4} ({counts.share(counts.reviewed):.0%})"
        f"   stale {counts.stale:>3} ({counts.share(counts.stale):.0%})"
        f"   unreviewed {counts.unreviewed:>4} ({counts.share(counts.unreviewed):.0%})"
    )


def format_review(summary: ReviewSummary, path: str) -> str:
    out = [f"Review of the pack's claims ({path})", ""]
    out.append(_line("all items", summary.all))
    out.append(_line("trade-offs", summary.tradeoffs))
    for status, counts in summary.by_status.items():
        out.append(_line(f"  {status}", counts))
    out.append(_line("cited arguments", summary.arguments))
    out.append("")
    out.append("Current verdicts: " + ", ".join(f"{k} {v}" for k, v in summary.verdicts.items()))
    if summary.orphans:
        out.append(f"{summary.orphans} verdicts are on items no longer in the pack.")
    out.append("")
    if summary.findings:
        out.append(f"Open findings ({len(summary.findings)}):")
        for finding in summary.findings:
            data = finding.to_data()
            note = f" — {data['note']}" if data["note"] else ""
            out.append(f"- {data['location']} [{data['status']}] {data['verdict']}: {data['claim']}{note}")
            out.append(f"    ({data['reviewer']}, {data['date']})")
    else:
        out.append("No open findings.")
    if summary.stale:
        out.append("")
        out.append(f"Stale verdicts, edited since they were reviewed ({len(summary.stale)}):")
        for item, record in summary.stale:
            out.append(
                f"- {item.location.key}: was {record.verdict.value} ({record.reviewer}, {record.date})"
            )
    return "\n".join(out) + "\n"
