"""A journal, or one entry, as Markdown or HTML, with a bibliography of every source cited.

``build_report`` gathers what each entry shows (resolved against the pack where
the scenario still exists, from the titles the journal kept otherwise); the two
renderers only lay it out. The HTML keeps to what ``QTextDocument`` understands
(headings, tables, blockquotes, simple CSS) so the same page becomes the PDF;
everything the reader or the pack wrote is escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

import msgspec

from explorer.core.evidence.corpus import Corpus
from explorer.core.markdown_escape import escape_inline, escape_text
from explorer.core.pack.loader import LoadedPack
from explorer.core.pack.model import Choice, Evidence, Scenario, Stage
from explorer.core.pack.pack_translation import BASE_LANGUAGE, in_language
from explorer.core.reflection.citing import known_gloss
from explorer.core.reflection.journal import Journal, JournalEntry, ReaderCitation
from explorer.core.reflection.matrix import EVIDENCE_MARKS, effect_symbol
from explorer.core.reflection.ranking import Ranking, rank, summarise
from explorer.core.search import plain_text
from explorer.core.vocabulary import ENGLISH, ExportLabels, fill


def _formula(labels: ExportLabels) -> str:
    """How a ranking's score is computed, as the export prints it above the weights."""
    return labels.translate(
        "Export",
        "score = Σ weight(dimension) × effect × k over the choice's trade-offs; "
        "k = 1 for stated or inferred trade-offs and the chosen factor for facilitator assumptions.",
    )


@dataclass(frozen=True)
class Quote:
    citation: ReaderCitation
    source_label: str
    language: str  # English name of the quote's language


@dataclass(frozen=True)
class TradeOffLine:
    dimension: str
    effect: int
    evidence: Evidence
    claim: str
    sources: tuple[str, ...]  # short labels of the sources its citations quote
    #: For an inferred trade-off: the author's written step from the passages to the claim.
    reasoning: str = ""


@dataclass(frozen=True)
class EntryReport:
    entry: JournalEntry
    scenario_title: str
    decision: str  # "Dutch government, 2021"
    stage_title: str
    question: str
    choice_label: str
    choice_description: str
    first_instinct_label: str
    weights: tuple[tuple[str, float], ...]  # (dimension label, weight), for the dimensions ranked
    ranking: Ranking | None
    ranking_lines: tuple[str, ...]
    tradeoffs: tuple[TradeOffLine, ...]
    quotes: tuple[Quote, ...]
    missing: str = ""  # why the pack could not be consulted, if it could not
    #: What happened after the stage's date; only for an entry with a choice (never before it is made).
    afterwards: str = ""
    as_of: str = ""


@dataclass(frozen=True)
class JournalReport:
    title: str
    journal_name: str
    generated: str
    entries: tuple[EntryReport, ...]
    #: (short label, full reference) of every source cited anywhere in the report, by label.
    bibliography: tuple[tuple[str, str], ...] = field(default=())
    #: The shared words it prints (evidence, gloss label, languages, confidence): see ``build_report``.
    labels: ExportLabels = ENGLISH


def _find(pack: LoadedPack | None, entry: JournalEntry) -> tuple[Scenario | None, Stage | None]:
    if pack is None:
        return None, None
    scenario = next((s for s in pack.scenarios if s.id == entry.scenario), None)
    stage = next((s for s in scenario.stages if s.id == entry.stage), None) if scenario else None
    return scenario, stage


def _choice(stage: Stage | None, choice_id: str | None) -> Choice | None:
    if stage is None or choice_id is None:
        return None
    return next((c for c in stage.choices if c.id == choice_id), None)


def _prose(markdown: str) -> str:
    """Pack Markdown as plain paragraphs: links reduced to their words, soft line breaks joined."""
    paragraphs = re.split(r"\n\s*\n", plain_text(markdown).strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def _label(corpus: Corpus, source_id: str) -> str:
    return corpus[source_id].metadata.label if source_id in corpus else source_id


def _quote_language(citation: ReaderCitation, corpus: Corpus) -> str:
    if citation.span is not None and citation.span.lang:
        return citation.span.lang
    return corpus[citation.source].metadata.language if citation.source in corpus else ""


def _reader_gloss(citation: ReaderCitation, code: str, pack: LoadedPack | None) -> ReaderCitation:
    """The reader's citation with its gloss for the pack's language (``pack`` is in that language).

    A gloss the reader wrote is theirs and stays. The pack's (English) gloss, copied when they
    cited the passage, becomes the pack's gloss in that language; none for a quote in it.
    """
    if pack is None or pack.language == BASE_LANGUAGE:
        return citation
    base = in_language(pack, BASE_LANGUAGE)
    if citation.gloss and citation.gloss != known_gloss(base, citation):
        return citation
    gloss = "" if code == pack.language else (known_gloss(pack, citation) or citation.gloss)
    return msgspec.structs.replace(citation, gloss=gloss)


def _entry_report(
    entry: JournalEntry, pack: LoadedPack | None, corpus: Corpus, labels: ExportLabels
) -> EntryReport:
    scenario, stage = _find(pack, entry)
    choice = _choice(stage, entry.choice)
    instinct = _choice(stage, entry.first_instinct)
    quotes = tuple(
        Quote(
            _reader_gloss(c, _quote_language(c, corpus), pack),
            _label(corpus, c.source),
            labels.language(_quote_language(c, corpus)),
        )
        for c in entry.citations
    )
    if pack is None or scenario is None or stage is None:
        missing = (
            labels.translate("Export", "The ranking is not shown because no scenario pack was loaded.")
            if pack is None
            else labels.translate(
                "Export", "The ranking is not shown because the scenario is not in the loaded pack."
            )
        )
        return EntryReport(
            entry,
            entry.scenario_title or entry.scenario,
            "",
            entry.stage_title or entry.stage,
            "",
            entry.choice_label or (entry.choice or ""),
            "",
            entry.first_instinct_label or (entry.first_instinct or ""),
            (),
            None,
            (),
            (),
            quotes,
            missing=missing,
        )
    ranking = rank(stage, entry.weights, entry.assumption_factor)
    dimensions = {d.id: d.label for d in pack.info.dimensions}
    tradeoffs: tuple[TradeOffLine, ...] = ()
    if choice is not None:
        tradeoffs = tuple(
            TradeOffLine(
                dimensions.get(t.dimension, t.dimension),
                t.effect,
                t.evidence,
                t.claim,
                tuple(
                    dict.fromkeys(
                        _label(corpus, scenario.evidence[c].source)
                        for c in t.citations
                        if c in scenario.evidence
                    )
                ),
                " ".join(t.reasoning.split()),
            )
            for t in choice.tradeoffs
        )
    return EntryReport(
        entry,
        scenario.title,
        f"{scenario.decision_maker}, {stage.moment or scenario.moment}",
        stage.title,
        stage.question,
        choice.label if choice else (entry.choice_label or ""),
        _prose(choice.description) if choice else "",
        instinct.label if instinct else (entry.first_instinct_label or ""),
        tuple((dimensions.get(d, d), w) for d, w in ranking.weights.items()),
        ranking,
        tuple(summarise(ranking, dimensions, {}, labels)),
        tradeoffs,
        quotes,
        afterwards=_prose(stage.afterwards) if entry.choice and stage.afterwards.strip() else "",
        as_of=stage.as_of,
    )


def build_report(
    journal: Journal,
    pack: LoadedPack | None,
    corpus: Corpus,
    entries: Iterable[JournalEntry] | None = None,
    title: str = "",
    labels: ExportLabels = ENGLISH,
    language: str = BASE_LANGUAGE,
) -> JournalReport:
    """Everything a report of ``entries`` (the whole journal by default) shows, in the pack's order.

    ``labels``: the words it shares with the interface, English unless the caller passes others
    (the interface passes ``explorer.ui.vocabulary.export_labels()``, in its language). The pack's
    text (titles, choices, claims, reasoning, glosses) is quoted in ``language`` where the pack has
    a translation into it, in English elsewhere.
    """
    if pack is not None:
        pack = in_language(pack, language)
    chosen = list(entries) if entries is not None else journal.entries()
    order: dict[tuple[str, str], int] = {}
    if pack is not None:
        for s in pack.scenarios:
            for st in s.stages:
                order[(s.id, st.id)] = len(order)
    chosen.sort(key=lambda e: (order.get(e.key, len(order)), e.created))
    reports = tuple(_entry_report(e, pack, corpus, labels) for e in chosen)
    sources: dict[str, str] = {}
    for report in reports:
        cited = [q.citation.source for q in report.quotes]
        if report.choice_label and pack is not None:
            scenario, found = _find(pack, report.entry)
            choice = _choice(found, report.entry.choice)
            if scenario and choice:
                cited += [scenario.evidence[c].source for t in choice.tradeoffs for c in t.citations]
        for source_id in cited:
            if source_id in corpus:
                meta = corpus[source_id].metadata
                sources[meta.label] = meta.reference(labels)
            else:
                sources[source_id] = fill(
                    labels.translate("Export", "%1 (not in this app's corpus)"), source_id
                )
    return JournalReport(
        title or fill(labels.translate("Export", "Reflection journal: %1"), journal.name),
        journal.name,
        datetime.now().strftime("%Y-%m-%d %H:%M"),
        reports,
        tuple(sorted(sources.items(), key=lambda item: item[0].casefold())),
        labels,
    )


def local_time(stamp: str) -> str:
    """An ISO timestamp as the reader's local date and time, or as is if it is not one."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def _weight(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _score(value: float) -> str:
    return f"{value:+.2f}".rstrip("0").rstrip(".") if value else "0"


def _mind(entry: JournalEntry, report: EntryReport, labels: ExportLabels) -> str:
    changed = entry.changed_his_mind()
    if changed is None:
        return ""
    if changed:
        return fill(
            labels.translate(
                "Export",
                "First instinct, before reading the evidence: “%1”. Final choice: “%2”, a change of mind.",
            ),
            report.first_instinct_label,
            report.choice_label,
        )
    return fill(
        labels.translate("Export", "First instinct, before reading the evidence: “%1”, kept."),
        report.first_instinct_label,
    )


def stage_heading(scenario_title: str, stage_title: str) -> str:
    """A scenario's title with its stage's, as every report and debrief heads them.

    A dash, not a colon: scenario titles are often questions ("Troops or enablers?"),
    and "?:" is not punctuation anyone writes.
    """
    if not stage_title or stage_title == scenario_title:
        return scenario_title
    return f"{scenario_title} — {stage_title}"


def _heading(e: EntryReport) -> str:
    return stage_heading(e.scenario_title, e.stage_title)


def _generated(report: JournalReport) -> str:
    """ "Generated 2026-12-01 19:30; 3 entries." (two sentences: a plural the core can write)."""
    labels, count = report.labels, len(report.entries)
    if count == 1:
        return fill(labels.translate("Export", "Generated %1; 1 entry."), report.generated)
    return fill(labels.translate("Export", "Generated %1; %2 entries."), report.generated, count)


def _facts(e: EntryReport, labels: ExportLabels) -> list[tuple[str, str]]:
    entry = e.entry
    facts = [
        (labels.translate("Export", "Choice"), e.choice_label or labels.translate("Export", "not decided"))
    ]
    if entry.confidence:
        facts.append(
            (
                labels.translate("Export", "Confidence"),
                f"{entry.confidence}/5 ({labels.confidence.get(entry.confidence, '')})",
            )
        )
    written = fill(
        labels.translate("Export", "%1, last changed %2"),
        local_time(entry.created),
        local_time(entry.updated),
    )
    facts.append((labels.translate("Export", "Written"), written))
    return facts


# -- Markdown -------------------------------------------------------------------------------------
def _afterwards_title(e: EntryReport, labels: ExportLabels) -> str:
    if e.as_of:
        return fill(labels.translate("Export", "What happened afterwards (after %1)"), e.as_of)
    return labels.translate("Export", "What happened afterwards")


def _md(text: str) -> str:
    """Text of the reader or the pack inside a line: literal, never markup (no links, images, HTML)."""
    return escape_inline(text)


def _md_block(text: str, prefix: str = "> ") -> str:
    return "\n".join(
        prefix + line if line.strip() else prefix.rstrip() for line in escape_text(text).splitlines()
    )


def to_markdown(report: JournalReport) -> str:
    labels = report.labels
    out = [f"# {_md(report.title)}", "", _generated(report), ""]
    for e in report.entries:
        entry = e.entry
        out += [f"## {_md(_heading(e))}", ""]
        if e.decision:
            out += [f"*{_md(e.decision)}.*", ""]
        if e.question:
            word = labels.translate("Export", "Question.")
            out += [f"**{word}** {_md(e.question)}", ""]
        out += [f"- **{label}:** {_md(value)}" for label, value in _facts(e, report.labels)] + [""]
        if e.choice_description:
            out += [escape_text(e.choice_description), ""]
        mind = _mind(entry, e, labels)
        if mind:
            word = labels.translate("Export", "Before and after")
            out += [f"### {word}", "", escape_text(mind), ""]
            if entry.changed_mind.strip():
                out += [_md_block(entry.changed_mind), ""]
        word = labels.translate("Export", "No rationale written.")
        rationale = escape_text(entry.rationale) or f"*{word}*"
        word = labels.translate("Export", "Rationale")
        out += [f"### {word}", "", rationale, ""]
        if e.ranking is not None:
            word = labels.translate("Export", "Weights and ranking")
            out += [f"### {word}", "", f"*{_formula(labels)}*", ""]
            if e.weights:
                weights = ", ".join(f"{_md(label)} {_weight(w)}" for label, w in e.weights)
                sentence = labels.translate("Export", "Weights (0–4): %1. Assumptions count × %2.")
                out += [fill(sentence, weights, _weight(entry.assumption_factor)), ""]
            rank_, choice_, score_ = _ranking_headers(labels)
            out += [f"| {rank_} | {choice_} | {score_} |", "|---:|---|---:|"]
            out += [f"| {r.rank} | {_md(r.choice.label)} | {_score(r.score)} |" for r in e.ranking.rows]
            out += [""] + [f"- {_md(line)}" for line in e.ranking_lines] + [""]
        elif e.missing:
            out += [f"*{e.missing}*", ""]
        if e.tradeoffs:
            word = labels.translate("Export", "Trade-offs of the choice")
            out += [f"### {word}", ""]
            for t in e.tradeoffs:
                sources = f" ({_md('; '.join(t.sources))})" if t.sources else ""
                out += [
                    f"- {effect_symbol(t.effect)} **{_md(t.dimension)}** ({t.effect:+d}, "
                    f"{EVIDENCE_MARKS[t.evidence]} {_md(report.labels.evidence[t.evidence])}): "
                    f"{_md(t.claim)}{sources}"
                ]
                if t.reasoning:
                    word = labels.translate("Export", "Reasoning:")
                    out += [f"  *{word}* {_md(t.reasoning)}"]
            out += [""]
        if e.afterwards:
            out += [
                f"### {_afterwards_title(e, labels)}",
                "",
                *(_md(p) + "\n" for p in e.afterwards.split("\n\n")),
            ]
        if e.quotes:
            word = labels.translate("Export", "Passages cited")
            out += [f"### {word}", ""]
            for q in e.quotes:
                language = fill(labels.translate("Export", ", in %1"), q.language) if q.language else ""
                out += [_md_block(f"“{q.citation.quote}”"), ">", f"> — {_md(q.source_label)}{language}"]
                if q.citation.gloss:
                    out += [">", f"> *{report.labels.translation}:* {_md(q.citation.gloss)}"]
                if q.citation.note:
                    word = labels.translate("Export", "Note:")
                    out += [">", f"> {word} {_md(q.citation.note)}"]
                out += [""]
    if report.bibliography:
        word = labels.translate("Export", "Bibliography")
        out += [f"## {word}", ""]
        out += [f"- **{_md(label)}**: {_md(reference)}" for label, reference in report.bibliography]
        out += [""]
    return "\n".join(out)


# -- HTML -----------------------------------------------------------------------------------------
# Lengths in px and simple selectors: what QTextDocument (the PDF) honours, and browsers too.
_CSS = """
body { font-family: sans-serif; line-height: 1.4; color: #1b1f24; }
h1 { font-size: x-large; margin-bottom: 2px; }
h2 { font-size: large; margin-top: 6px; margin-bottom: 2px; }
h3 { font-size: medium; margin-top: 14px; margin-bottom: 4px; color: #2f3640; }
p.meta { color: #555b62; margin-top: 0px; }
p.formula { color: #555b62; font-style: italic; }
table.quote { margin-top: 4px; margin-bottom: 10px; background-color: #f1f3f5; }
td.quote { border-left: 4px solid #8c959f; padding: 8px; }
p.quote { font-style: italic; margin: 0px; }
p.source { color: #555b62; margin-top: 4px; margin-bottom: 0px; }
p.gloss { margin-top: 6px; margin-bottom: 0px; }
table.ranking { border-collapse: collapse; margin-top: 4px; margin-bottom: 6px; border-color: #c9d1d9; }
th { text-align: left; }
td.num, th.num { text-align: right; }
hr { margin-top: 16px; }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


#: The longest run of text kept in one HTML paragraph block (see ``_paragraphs``).
MAX_LINE_CHARS = 3000
_TIGHT = {
    "first": " style='margin-bottom:0px'",
    "middle": " style='margin-top:0px; margin-bottom:0px'",
    "last": " style='margin-top:0px'",
}


def _pieces(line: str, limit: int = MAX_LINE_CHARS) -> list[str]:
    """A line cut at spaces into pieces of at most about ``limit`` characters."""
    pieces = []
    while len(line) > limit:
        at = line.rfind(" ", limit // 2, limit)
        at = at if at > 0 else limit
        pieces.append(line[:at])
        line = line[at:].lstrip(" ")
    return [*pieces, line]


def _paragraphs(text: str) -> str:
    """The reader's text as paragraphs; each line (and each piece of an endless line) is a
    paragraph of its own with no space between them, which looks like ``<br>``.

    Why not ``<br>``: a ``QTextDocument`` block is laid out and drawn as a whole, so a
    paragraph of thousands of lines made the PDF export quadratic (every page drew the
    whole block: five minutes for 3 MB). Blocks of at most ``MAX_LINE_CHARS`` keep it linear.
    """
    out = []
    for chunk in text.replace("\r\n", "\n").split("\n\n"):
        lines = [piece for line in chunk.strip().splitlines() for piece in _pieces(line)]
        if not any(line.strip() for line in lines):
            continue
        if len(lines) == 1:
            out.append(f"<p>{_e(lines[0])}</p>")
            continue
        last = len(lines) - 1
        for index, line in enumerate(lines):
            style = _TIGHT["first"] if index == 0 else _TIGHT["last"] if index == last else _TIGHT["middle"]
            out.append(f"<p{style}>{_e(line)}</p>")
    return "".join(out)


def _quote_html(q: Quote, labels: ExportLabels) -> str:
    citation = q.citation
    lang = citation.span.lang if citation.span and citation.span.lang else ""
    language = _e(fill(labels.translate("Export", ", in %1"), q.language)) if q.language else ""
    parts = [
        f"<p class='quote'{f' lang={_e(lang)!r}' if lang else ''}>“{_e(citation.quote)}”</p>",
        f"<p class='source'>— {_e(q.source_label)}{language}</p>",
    ]
    if citation.gloss:
        parts.append(f"<p class='gloss'><b>{_e(labels.translation)}:</b> {_e(citation.gloss)}</p>")
    if citation.note:
        word = labels.translate("Export", "Note:")
        parts.append(f"<p class='gloss'><b>{_e(word)}</b> {_e(citation.note)}</p>")
    return (
        "<table class='quote' width='100%' cellspacing='0' cellpadding='8' bgcolor='#f1f3f5'>"
        f"<tr><td class='quote'>{''.join(parts)}</td></tr></table>"
    )


def _ranking_headers(labels: ExportLabels) -> tuple[str, str, str]:
    """The ranking table's column headers."""
    return (
        labels.translate("Export", "Rank"),
        labels.translate("Export", "Choice"),
        labels.translate("Export", "Score"),
    )


def _ranking_html(e: EntryReport, labels: ExportLabels) -> list[str]:
    assert e.ranking is not None
    word = labels.translate("Export", "Weights and ranking")
    out = [f"<h3>{_e(word)}</h3>", f"<p class='formula'>{_e(_formula(labels))}</p>"]
    if e.weights:
        weights = ", ".join(f"{_e(label)} <b>{_weight(w)}</b>" for label, w in e.weights)
        factor = _weight(e.entry.assumption_factor)
        sentence = _e(labels.translate("Export", "Weights (0–4): %1. Assumptions count × %2."))
        out.append(f"<p>{fill(sentence, weights, factor)}</p>")
    word = labels.translate("Export", "(your choice)")
    yours = f" <i>{_e(word)}</i>"
    rank_, choice_, score_ = (_e(header) for header in _ranking_headers(labels))
    rows = "".join(
        f"<tr><td class='num'>{r.rank}</td><td>{_e(r.choice.label)}"
        f"{yours if r.choice.id == e.entry.choice else ''}</td>"
        f"<td class='num'>{_score(r.score)}</td></tr>"
        for r in e.ranking.rows
    )
    out.append(
        "<table class='ranking' border='1' cellspacing='0' cellpadding='4'>"
        f"<tr><th class='num'>{rank_}</th><th>{choice_}</th><th class='num'>{score_}</th></tr>{rows}</table>"
    )
    out.append("<ul>" + "".join(f"<li>{_e(line)}</li>" for line in e.ranking_lines) + "</ul>")
    return out


#: A page width and margins for browsers; QTextDocument would indent the whole PDF with it.
_SCREEN_CSS = "body { max-width: 46em; margin: 2em auto; padding: 0 1em; }"


def to_html(report: JournalReport, for_print: bool = False) -> str:
    """The report as a standalone HTML page (``for_print``: without the browser's page margins)."""
    css = _CSS if for_print else _CSS + _SCREEN_CSS
    labels = report.labels
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(labels.lang)}"><head><meta charset="utf-8">',
        f"<title>{_e(report.title)}</title><style>{css}</style></head><body>",
        f"<h1>{_e(report.title)}</h1>",
        f"<p class='meta'>{_e(_generated(report))}</p>",
    ]
    for e in report.entries:
        entry = e.entry
        out.append(f"<hr><h2>{_e(_heading(e))}</h2>")
        if e.decision:
            out.append(f"<p class='meta'><i>{_e(e.decision)}</i></p>")
        if e.question:
            word = labels.translate("Export", "Question.")
            out.append(f"<p><b>{_e(word)}</b> {_e(e.question)}</p>")
        out.append(
            "<p>"
            + "<br>".join(f"<b>{_e(label)}:</b> {_e(value)}" for label, value in _facts(e, report.labels))
            + "</p>"
        )
        if e.choice_description:
            out.append(_paragraphs(e.choice_description))
        mind = _mind(entry, e, labels)
        if mind:
            word = labels.translate("Export", "Before and after")
            out.append(f"<h3>{_e(word)}</h3><p>{_e(mind)}</p>")
            out.append(_paragraphs(entry.changed_mind))
        word = labels.translate("Export", "Rationale")
        out.append(f"<h3>{_e(word)}</h3>")
        word = labels.translate("Export", "No rationale written.")
        none_written = f"<p><i>{_e(word)}</i></p>"
        out.append(_paragraphs(entry.rationale) or none_written)
        if e.ranking is not None:
            out += _ranking_html(e, labels)
        elif e.missing:
            out.append(f"<p class='meta'><i>{_e(e.missing)}</i></p>")
        if e.tradeoffs:
            word = labels.translate("Export", "Trade-offs of the choice")
            out.append(f"<h3>{_e(word)}</h3><ul>")
            reasoning = _e(labels.translate("Export", "Reasoning:"))
            for t in e.tradeoffs:
                sources = f" ({_e('; '.join(t.sources))})" if t.sources else ""
                out.append(
                    f"<li>{_e(effect_symbol(t.effect))} <b>{_e(t.dimension)}</b> ({t.effect:+d}, "
                    f"{EVIDENCE_MARKS[t.evidence]} {_e(report.labels.evidence[t.evidence])}): "
                    f"{_e(t.claim)}{sources}"
                    + (f"<br><i>{reasoning}</i> {_e(t.reasoning)}" if t.reasoning else "")
                    + "</li>"
                )
            out.append("</ul>")
        if e.afterwards:
            out.append(f"<h3>{_e(_afterwards_title(e, labels))}</h3>")
            out.append(_paragraphs(e.afterwards))
        if e.quotes:
            word = labels.translate("Export", "Passages cited")
            out.append(f"<h3>{_e(word)}</h3>")
            out += [_quote_html(q, report.labels) for q in e.quotes]
    if report.bibliography:
        word = labels.translate("Export", "Bibliography")
        out.append(f"<hr><h2>{_e(word)}</h2>")
        out += [f"<p><b>{_e(label)}.</b> {_e(reference)}</p>" for label, reference in report.bibliography]
    out.append("</body></html>")
    return "\n".join(out)
