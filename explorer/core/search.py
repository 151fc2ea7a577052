"""Full-text search over a pack's scenarios and the corpus's reading editions.

An in-memory SQLite FTS5 index with two tables: one row per scenario field
(title, summary, stage context, choice, argument, trade-off claim, notes, cited
passage with its gloss) and one row per reading-edition block of every source,
so a hit in a source is a block with exact edition offsets. The tokenizer folds
diacritics (``unicode61 remove_diacritics 2``), so ``geintegreerde`` typed on an
English keyboard finds ``geïntegreerde``; the query is folded the same way.

User input never reaches FTS5 syntax: every word is quoted, so ``"``, ``AND(``
or ``*`` are searched as text (or ignored) and never raise. The last word is a
prefix while the user types.

Counting and matching are fast; ranking (bm25) costs about a microsecond per
matching row, so a word found in thousands of blocks is listed in reading order
instead; the matched words are marked in Python, only for the rows returned
(the rows a panel shows): FTS5's own ``highlight()`` re-tokenizes each row and
was most of the time of a search.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from explorer.core.evidence.corpus import Corpus, SourceDocument
from explorer.core.pack.loader import LoadCancelled, LoadedPack
from explorer.core.pack.model import Scenario
from explorer.core.vocabulary import ENGLISH, ExportLabels


def _field_words(labels: ExportLabels) -> dict[str, str]:
    """The words that say where in a scenario a hit is (``Choice › …``), in ``labels``' language."""
    return {
        "title": labels.translate("Search", "Title"),
        "summary": labels.translate("Search", "Summary"),
        "decision-maker": labels.translate("Search", "Decision-maker"),
        "context": labels.translate("Search", "Context"),
        "question": labels.translate("Search", "Question"),
        "choice": labels.translate("Search", "Choice"),
        "for": labels.translate("Search", "Argument for"),
        "against": labels.translate("Search", "Argument against"),
        "notes": labels.translate("Search", "Facilitator notes"),
        "prompt": labels.translate("Search", "Discussion prompt"),
        "cited": labels.translate("Search", "Cited passage"),
    }


_TOKENIZER = "unicode61 remove_diacritics 2"
# Marks around matched words in ``highlight()`` output; stripped from indexed text.
_OPEN, _CLOSE = "\x01", "\x02"
_TERM = re.compile(r"\w+")
_CITE_LINK = re.compile(r"\[([^\]]*)\]\([^)\s]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
#: Above this many matching rows, hits come in reading order instead of ranked.
_RANK_AT_MOST = 4000
_MIN_PREFIX = 2  # a one-letter prefix matches nearly every row: search it as a word


class _FoldTable(dict[int, str]):
    """``str.translate`` table folding each character to exactly one character.

    One-for-one folding keeps offsets in the folded text equal to offsets in the
    original, so a match found in folded text is already an exact span.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        decomposed = unicodedata.normalize("NFKD", char)
        base = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
        if len(base) != 1:  # ligatures, ß: keep one character so offsets hold
            base = char.lower() if len(char.lower()) == 1 else char
        self[code] = base
        return base


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """``text`` lower-cased without accents, one character for each character."""
    return text.translate(_FOLD)


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every span of ``text`` matching ``needle``, ignoring case and accents."""
    wanted = fold(needle)
    if not wanted.strip():
        return []
    folded = fold(text)
    spans, at = [], folded.find(wanted)
    while at >= 0:
        spans.append((at, at + len(wanted)))
        at = folded.find(wanted, at + len(wanted))
    return spans


def _term_patterns(text: str) -> list[re.Pattern[str]]:
    """The words of a query as patterns over folded text, as FTS5 matches them:
    whole words, and the last one as a prefix while the user is still typing it."""
    terms = _TERM.findall(fold(text))
    still_typing = bool(_TERM.fullmatch(text[-1:]))
    patterns = []
    for index, term in enumerate(terms):
        prefix = still_typing and index == len(terms) - 1 and len(term) >= _MIN_PREFIX
        patterns.append(re.compile(rf"(?<!\w){re.escape(term)}" + ("" if prefix else r"(?!\w)")))
    return patterns


def _mark(text: str, patterns: list[re.Pattern[str]]) -> str:
    """``text`` with its matched words between the marks ``_snippet`` reads.

    Done here rather than with FTS5's ``highlight()``, which re-tokenizes every
    shown row inside SQLite and was most of a search's time (about 55 ms for 40
    rows of a 200-source corpus); folding keeps offsets, so spans carry over.
    """
    folded = fold(text)
    spans = sorted(m.span() for pattern in patterns for m in pattern.finditer(folded))
    out: list[str] = []
    at = 0
    for start, end in spans:
        if start < at:  # overlapping matches of two words: keep the first
            continue
        out += (text[at:start], _OPEN, text[start:end], _CLOSE)
        at = end
    out.append(text[at:])
    return "".join(out)


def fts_query(text: str) -> str | None:
    """An FTS5 query for what a user typed, or None if it has no words.

    Every word is quoted, so nothing the user types is FTS5 syntax; words must
    all occur (implicit AND); the last is a prefix unless the user ended it.
    """
    terms = _TERM.findall(fold(text))
    if not terms:
        return None
    quoted = [f'"{term}"' for term in terms]
    still_typing = bool(_TERM.fullmatch(text[-1:]))
    if still_typing and len(terms[-1]) >= _MIN_PREFIX:
        quoted[-1] += "*"
    return " ".join(quoted)


def plain_text(markdown: str) -> str:
    """Markdown as the words a reader sees: links reduced to their text."""
    return _EMPHASIS.sub("", _CITE_LINK.sub(r"\1", markdown))


@dataclass(frozen=True, slots=True)
class Snippet:
    """A short piece of a matching row, with the matched words marked."""

    text: str
    #: (start, end) of each matched word within ``text``.
    marks: tuple[tuple[int, int], ...]


def _snippet(marked: str, width: int) -> tuple[Snippet, tuple[int, int] | None]:
    """A snippet around the first match of a ``highlight()`` output, and that
    match's span in the unmarked row text."""
    plain: list[str] = []
    marks: list[tuple[int, int]] = []
    length, opened = 0, 0
    for part in re.split(f"([{_OPEN}{_CLOSE}])", marked):
        if part == _OPEN:
            opened = length
        elif part == _CLOSE:
            marks.append((opened, length))
        else:
            plain.append(part)
            length += len(part)
    text = "".join(plain)
    first = marks[0] if marks else None
    start = 0
    if first and first[0] > width // 3 and len(text) > width:
        start = min(first[0] - width // 3, len(text) - width)
        space = text.find(" ", start, first[0])  # begin at a word, never after the match
        start = space + 1 if 0 <= space < start + 20 else start
    must_show = first[1] if first else start
    end = max(min(len(text), start + width), must_show)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > max(start + width // 2, must_show) else end
    shown = text[start:end]
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    shift = len(lead) - start
    kept = tuple((a + shift, b + shift) for a, b in marks if a >= start and b <= end)
    return Snippet(f"{lead}{shown}{tail}", kept), first


@dataclass(frozen=True, slots=True)
class ScenarioHit:
    scenario_id: str
    #: The stage the field belongs to, if any.
    stage_id: str | None
    #: Where in the scenario, for a person: ``Choice › Keep a qualitative presence``.
    field: str
    snippet: Snippet


@dataclass(frozen=True, slots=True)
class SourceHit:
    source_id: str
    block_kind: str
    #: Edition offsets of the matching block.
    block_start: int
    block_end: int
    #: Edition offsets of the first matched word (the block if none could be marked).
    match_start: int
    match_end: int
    snippet: Snippet


@dataclass
class ScenarioGroup:
    scenario_id: str
    title: str
    hits: list[ScenarioHit] = field(default_factory=list)


@dataclass
class SourceGroup:
    source_id: str
    label: str
    hits: list[SourceHit] = field(default_factory=list)


@dataclass
class SearchResults:
    """Hits grouped by scenario and by source, best group and best hit first."""

    query: str
    scenarios: list[ScenarioGroup] = field(default_factory=list)
    sources: list[SourceGroup] = field(default_factory=list)
    #: More rows matched than were returned.
    truncated: bool = False
    #: How many scenario fields and source blocks matched in all.
    scenario_total: int = 0
    source_total: int = 0

    @property
    def count(self) -> int:
        return sum(len(g.hits) for g in self.scenarios) + sum(len(g.hits) for g in self.sources)

    def __bool__(self) -> bool:
        return self.count > 0


@dataclass(frozen=True, slots=True)
class _ScenarioRow:
    scenario_id: str
    stage_id: str | None
    #: Which field (a ``_field_words`` key, or "tradeoff") and the pack's words that place it
    #: (a stage title, a choice label, a dimension); said in words only for a hit that is shown.
    kind: str
    place: tuple[str, ...]


def _where(kind: str, place: tuple[str, ...], word: dict[str, str]) -> str:
    """Where a field is, for a person: ``Choice › Keep a qualitative presence › Argument for``."""
    if kind in ("context", "question"):
        return f"{place[0]} › {word[kind]}"
    if kind == "choice":
        return f"{word['choice']} › {place[0]}"
    if kind in ("for", "against"):
        return f"{word['choice']} › {place[0]} › {word[kind]}"
    if kind == "tradeoff":
        return f"{word['choice']} › {place[0]} › {place[1]}"
    return word[kind]


@dataclass(frozen=True, slots=True)
class _SourceRow:
    source_id: str
    kind: str
    start: int
    end: int


class SearchIndex:
    """The index; build it with ``build_index``, then ``search`` from any thread."""

    def __init__(self) -> None:
        # Built on a worker thread, searched on the GUI thread: one connection,
        # guarded by a lock, instead of SQLite's same-thread check.
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._lock = threading.Lock()
        for table in ("scenario_text", "source_text"):
            self._db.execute(
                f"CREATE VIRTUAL TABLE {table} USING fts5(body, tokenize='{_TOKENIZER}', prefix='2 3')"
            )
        self._scenario_rows: list[_ScenarioRow] = []
        self._source_rows: list[_SourceRow] = []
        # The indexed texts, by rowid - 1, for marking the few rows shown.
        self._texts: dict[str, list[str]] = {"scenario_text": [], "source_text": []}
        self._titles: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        self._words = _field_words(ENGLISH)

    def set_labels(self, labels: ExportLabels) -> None:
        """Say where a hit is (Title, Choice › …) in ``labels``' language from now on.

        The indexed text is the pack's; only these words follow the interface, so a switch of
        the interface's language alone costs no new index.
        """
        words = _field_words(labels)
        with self._lock:
            self._words = words

    def add_scenario(self, scenario: Scenario, pack: LoadedPack | None = None) -> None:
        """Index ``scenario``'s fields."""
        self._titles[scenario.id] = scenario.title
        rows = [row for row in _scenario_fields(scenario, pack) if row[3].strip()]
        texts = [_clean(text) for *_, text in rows]
        with self._lock:
            first = len(self._scenario_rows) + 1
            self._db.executemany(
                "INSERT INTO scenario_text(rowid, body) VALUES (?, ?)",
                ((first + i, text) for i, text in enumerate(texts)),
            )
            self._texts["scenario_text"] += texts
            self._scenario_rows += [
                _ScenarioRow(scenario.id, stage, kind, place) for stage, kind, place, _ in rows
            ]

    def add_source(self, document: SourceDocument) -> None:
        self._labels[document.id] = document.metadata.label
        blocks = [b for b in document.edition.blocks if b.text.strip()]
        texts = [_clean(b.text) for b in blocks]
        with self._lock:
            first = len(self._source_rows) + 1
            self._db.executemany(
                "INSERT INTO source_text(rowid, body) VALUES (?, ?)",
                ((first + i, text) for i, text in enumerate(texts)),
            )
            self._texts["source_text"] += texts
            self._source_rows += [_SourceRow(document.id, b.kind, b.start, b.end) for b in blocks]

    def __len__(self) -> int:
        return len(self._scenario_rows) + len(self._source_rows)

    def search(self, query: str, limit: int = 40, snippet_width: int = 140) -> SearchResults:
        """At most ``limit`` scenario hits and ``limit`` source hits; never raises
        on what a user typed."""
        results = SearchResults(query)
        match = fts_query(query)
        if match is None or limit <= 0:
            return results
        patterns = _term_patterns(query)
        with self._lock:
            scenario_hits, results.scenario_total = self._matches("scenario_text", match, patterns, limit)
            source_hits, results.source_total = self._matches("source_text", match, patterns, limit)
            words = self._words
        results.truncated = results.scenario_total > len(scenario_hits) or results.source_total > len(
            source_hits
        )
        scenario_groups: dict[str, ScenarioGroup] = {}
        for rowid, marked in scenario_hits:
            row = self._scenario_rows[rowid - 1]
            snippet, _ = _snippet(marked, snippet_width)
            scenario_group = scenario_groups.setdefault(
                row.scenario_id, ScenarioGroup(row.scenario_id, self._titles.get(row.scenario_id, ""))
            )
            where = _where(row.kind, row.place, words)
            scenario_group.hits.append(ScenarioHit(row.scenario_id, row.stage_id, where, snippet))
        source_groups: dict[str, SourceGroup] = {}
        for rowid, marked in source_hits:
            source = self._source_rows[rowid - 1]
            snippet, first = _snippet(marked, snippet_width)
            start, end = (
                (source.start + first[0], source.start + first[1]) if first else (source.start, source.end)
            )
            group = source_groups.setdefault(
                source.source_id, SourceGroup(source.source_id, self._labels.get(source.source_id, ""))
            )
            group.hits.append(
                SourceHit(source.source_id, source.kind, source.start, source.end, start, end, snippet)
            )
        results.scenarios = list(scenario_groups.values())
        results.sources = list(source_groups.values())
        return results

    def _matches(
        self, table: str, match: str, patterns: list[re.Pattern[str]], limit: int
    ) -> tuple[list[tuple[int, str]], int]:
        """The best ``limit`` rows with their matched words marked, and how many rows match."""
        try:
            (total,) = self._db.execute(
                f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (match,)
            ).fetchone()
            if not total:
                return [], 0
            # Ranking costs about a microsecond a row; a word in most rows ("de",
            # "the") would pay that for a meaningless order, so it gets reading order.
            order = "rank" if total <= _RANK_AT_MOST else "rowid"
            shown = [
                rowid
                for (rowid,) in self._db.execute(
                    f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY {order} LIMIT ?",
                    (match, limit),
                )
            ]
        except sqlite3.Error:
            # Quoting makes this unreachable for typed text; a search box must
            # still never raise, so a query SQLite rejects finds nothing.
            return [], 0
        texts = self._texts[table]
        return [(rowid, _mark(texts[rowid - 1], patterns)) for rowid in shown], int(total)


def _clean(text: str) -> str:
    return text.replace(_OPEN, " ").replace(_CLOSE, " ")


def _scenario_fields(
    scenario: Scenario, pack: LoadedPack | None
) -> Iterator[tuple[str | None, str, tuple[str, ...], str]]:
    """Every searchable field of a scenario as (stage id, kind, place, text); see ``_ScenarioRow``."""

    def dimension(dimension_id: str) -> str:
        return pack.dimension_label(dimension_id) if pack else dimension_id

    nowhere: tuple[str, ...] = ()
    yield None, "title", nowhere, scenario.title
    yield None, "summary", nowhere, scenario.summary
    yield None, "decision-maker", nowhere, f"{scenario.decision_maker}. {scenario.moment}"
    for stage in scenario.stages:
        in_stage = (stage.title,)
        yield stage.id, "context", in_stage, f"{stage.title}. {plain_text(stage.context)}"
        yield stage.id, "question", in_stage, stage.question
        for choice in stage.choices:
            in_choice = (choice.label,)  # one tuple for the choice's every row
            yield stage.id, "choice", in_choice, f"{choice.label}. {plain_text(choice.description)}"
            for argument in choice.arguments_for:
                yield stage.id, "for", in_choice, argument.text
            for argument in choice.arguments_against:
                yield stage.id, "against", in_choice, argument.text
            for tradeoff in choice.tradeoffs:
                place = (choice.label, dimension(tradeoff.dimension))
                yield stage.id, "tradeoff", place, _joined(tradeoff.claim, tradeoff.note)
    yield None, "notes", nowhere, plain_text(scenario.facilitator_notes)
    for prompt in scenario.discussion_prompts:
        yield None, "prompt", nowhere, prompt
    for citation in scenario.evidence.values():
        yield None, "cited", nowhere, _joined(citation.quote, citation.gloss, citation.note)


def _joined(*parts: str) -> str:
    return " — ".join(part.strip() for part in parts if part.strip())


def build_index(
    pack: LoadedPack | None,
    corpus: Corpus | Iterable[SourceDocument],
    cancelled: Callable[[], bool] | None = None,
) -> SearchIndex:
    """Index every scenario of ``pack`` and every source; slow-ish, run it off the GUI thread.

    ``cancelled`` is asked every few hundred scenarios (a pack of 100,000 takes tens of
    seconds); once it answers true, the build stops with ``LoadCancelled``. Where a hit is
    (Title, Choice › …) is said in English until ``SearchIndex.set_labels``.
    """
    index = SearchIndex()
    if pack is not None:
        for number, scenario in enumerate(pack.scenarios):
            if cancelled is not None and number % 500 == 0 and cancelled():
                raise LoadCancelled("search index")
            index.add_scenario(scenario, pack)
    for document in corpus:
        index.add_source(document)
    return index
