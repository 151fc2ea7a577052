"""The scenario view: header, context, choices with their arguments and trade-offs, prompts.

One ``QTextBrowser`` shows a stage of a scenario as a page, so it scrolls, zooms
and reads like a document; every citation in it is a ``cite:`` link that the
main window opens in the source viewer. Stages of a multi-stage scenario are
tabs above the page; facilitator notes sit behind a toggle.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabBar, QVBoxLayout, QWidget

from explorer.core.evidence.corpus import Corpus
from explorer.core.evidence.review import ItemKind, Review, ReviewItem, argument_item, tradeoff_item
from explorer.core.pack.loader import LoadedPack
from explorer.core.pack.model import Argument, Choice, Evidence, Scenario, Stage, TradeOff
from explorer.core.reflection.matrix import EVIDENCE_MARKS, effect_symbol
from explorer.ui import vocabulary
from explorer.ui.claim_html import afterwards_html, reasoning_html, replay_html, review_mark_html
from explorer.ui.eliding_button import ElidingToolButton
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.links import CITE_SCHEME, STAGE_SCHEME, ask_to_open, hover_text
from explorer.ui.markdown_render import render_markdown
from explorer.ui.pack_language import localized
from explorer.ui.plain_text import arg, mnemonic_free, source_with_time, status_line, tooltip
from explorer.ui.reading_browser import ReadingBrowser
from explorer.ui.theme import Appearance, ThemeColours

_QUOTE_LIMIT = 320


class ScenarioPage(QObject):
    """Builds the HTML of one stage of a scenario, in the theme colours it is given."""

    def __init__(
        self,
        pack: LoadedPack,
        corpus: Corpus,
        scenario: Scenario,
        review: Review | None = None,
        judged: Scenario | None = None,
        *,
        colours: ThemeColours,
    ) -> None:
        super().__init__()
        self.pack = pack
        self.corpus = corpus
        self.scenario = scenario
        #: The scenario as written (English): a reviewer's verdict is keyed by a hash of what
        #: they judged, so review marks are looked up with it when a translation is shown.
        self.judged = judged or scenario
        self.colours = colours
        #: A second reader's verdicts: each reviewed claim gets a small mark (None: no marks).
        self.review = review

    # -- citations --------------------------------------------------------------------
    def describe(self, citation_id: str) -> str:
        """Tooltip of a citation link: where it is from, the quote, and its translation."""
        citation = self.scenario.evidence.get(citation_id)
        if citation is None:
            return ""
        source = source_with_time(
            self.corpus[citation.source].metadata.label
            if citation.source in self.corpus
            else citation.source,
            citation.about,
        )
        quote = citation.quote if len(citation.quote) <= _QUOTE_LIMIT else citation.quote[:_QUOTE_LIMIT] + "…"
        lines = [f"{source}: “{' '.join(quote.split())}”"]
        if citation.gloss:
            lines.append(vocabulary.gloss_line(" ".join(citation.gloss.split())))
        return "\n".join(lines)

    def _cite_links(self, citation_ids: list[str]) -> str:
        """Links to the passages, grouped by source: ``Label ↗`` or ``Label: passage 1 · passage 2``."""
        # Grouped by source and by the time the passages describe (``about``), which goes with the label.
        by_source: dict[tuple[str, str], list[str]] = {}
        for citation_id in citation_ids:
            citation = self.scenario.evidence.get(citation_id)
            if citation is not None:
                by_source.setdefault((citation.source, citation.about), []).append(citation_id)
        groups = []
        for (source_id, about), ids in by_source.items():
            name = self.corpus[source_id].metadata.label if source_id in self.corpus else source_id
            label = escape(source_with_time(name, about))
            if len(ids) == 1:
                groups.append(self._link(ids[0], f"{label}&#8239;↗"))
                continue
            passages = " · ".join(
                self._link(cid, arg(self.tr("passage %1"), n)) for n, cid in enumerate(ids, 1)
            )
            groups.append(f"{label}: {passages}")
        return "; ".join(groups)

    def _link(self, citation_id: str, text: str) -> str:
        title = escape(tooltip(self.describe(citation_id)))
        return f'<a class="cite" href="{CITE_SCHEME}:{escape(citation_id)}" title="{title}">{text}</a>'

    def _markdown(self, text: str) -> str:
        return render_markdown(text, self.describe)

    # -- parts of the page ---------------------------------------------------------------
    def _header(self) -> str:
        s = self.scenario
        muted = self.colours.muted_text.name()
        minutes = self.tr("about %n minutes", "", s.minutes)
        difficulty = {
            "introductory": self.tr("introductory"),
            "intermediate": self.tr("intermediate"),
            "advanced": self.tr("advanced"),
        }.get(s.difficulty.value, s.difficulty.value)
        tags = " ".join(f"#{escape(tag)}" for tag in s.tags)
        tags_label = self.tr("tags:")  # outside the f-string, where lupdate finds it
        return (
            f"<h1>{escape(s.title)}</h1>"
            f"<p><b>{escape(s.decision_maker)}</b> — {escape(s.moment)}</p>"
            f'<p style="color:{muted}">{minutes} · {difficulty}'
            + (f" · {tags_label} {tags}" if tags else "")
            + f"</p><p><i>{escape(s.summary)}</i></p>"
        )

    def _legend(self) -> str:
        c = self.colours
        effects = (
            (2, self.tr("strongly better")),
            (1, self.tr("better")),
            (-1, self.tr("worse")),
            (-2, self.tr("strongly worse")),
        )
        parts = [
            f'<span style="color:{c.effect(e).name()}">{effect_symbol(e)}</span> {words}'
            for e, words in effects
        ]
        parts += [
            f"{EVIDENCE_MARKS[Evidence.STATED]} {escape(vocabulary.evidence_words(Evidence.STATED))}",
            f"{EVIDENCE_MARKS[Evidence.INFERRED]} {escape(vocabulary.evidence_words(Evidence.INFERRED))}",
            f'<span style="color:{c.assumption.name()}">{EVIDENCE_MARKS[Evidence.ASSUMPTION]} '
            f"{escape(vocabulary.evidence_words(Evidence.ASSUMPTION))}</span>",
        ]
        return f'<p style="color:{c.muted_text.name()}">{" · ".join(parts)}</p>'

    def evidence_words(self, evidence: Evidence) -> str:
        """The evidence status in a mark and words; assumptions stand out as the facilitator's."""
        mark = EVIDENCE_MARKS[evidence]
        words = escape(vocabulary.evidence_short(evidence))
        if evidence is not Evidence.ASSUMPTION:
            return f"{mark} {words}"
        colour = self.colours.assumption.name()
        return f'<span style="color:{colour}"><b>{mark} {words}</b></span>'

    def _review_mark(self, item: ReviewItem) -> str:
        if self.review is None or not self.review.records:
            return ""
        state, record = self.review.lookup(item)
        return review_mark_html(state, record, self.colours.muted_text.name(), self.colours.assumption.name())

    def _judged_choice(self, stage: Stage, choice: Choice) -> Choice:
        """The choice as written (English), whose claims a verdict judged: a review item made of
        the shown translation's words hashed differently, and every claim read as stale (in the
        page's marks and, through the review's hash cache, in review mode too)."""
        judged_stage = next((s for s in self.judged.stages if s.id == stage.id), stage)
        return next((c for c in judged_stage.choices if c.id == choice.id), choice)

    def _argument_marks(self, stage: Stage, choice: Choice, kind: ItemKind) -> list[str]:
        arguments: list[Argument] = getattr(self._judged_choice(stage, choice), kind.value)
        return [
            self._review_mark(argument_item(self.judged, stage.id, choice.id, kind, i, a))
            if a.citations
            else ""
            for i, a in enumerate(arguments)
        ]

    def _tradeoff_row(self, tradeoff: TradeOff, mark: str = "") -> str:
        colour = self.colours.effect(tradeoff.effect).name()
        symbol = effect_symbol(tradeoff.effect)
        dimension = escape(self.pack.dimension_label(tradeoff.dimension))
        cites = self._cite_links(tradeoff.citations)
        note = f"<br/><i>{escape(tradeoff.note)}</i>" if tradeoff.note else ""
        return (
            f'<tr><td width="2.5em" style="color:{colour}"><b>{symbol}</b></td>'
            f"<td><b>{dimension}</b>: {escape(tradeoff.claim)}{note}"
            f"<br/>{self.evidence_words(tradeoff.evidence)}"
            + reasoning_html(tradeoff, self.colours.muted_text.name())
            + (f" · {cites}" if cites else "")
            + mark
            + "</td></tr>"
        )

    def _arguments(self, title: str, mark: str, arguments: list[Argument], marks: Sequence[str] = ()) -> str:
        if not arguments:
            return ""
        items = "".join(
            f"<li>{escape(a.text)}"
            + (f" — {self._cite_links(a.citations)}" if a.citations else "")
            + (marks[i] if i < len(marks) else "")
            + "</li>"
            for i, a in enumerate(arguments)
        )
        return f"<p><b>{mark} {title}</b></p><ul>{items}</ul>"

    def _choice_label(self, choice_id: str) -> str:
        for stage, choice in self.scenario.choices():
            if choice.id == choice_id:
                return f"“{escape(choice.label)}” ({escape(stage.title)})"
        return escape(choice_id)

    def _stage_title(self, stage_id: str) -> str:
        for number, stage in enumerate(self.scenario.stages, 1):
            if stage.id == stage_id:
                return arg(self.tr("Stage %1: %2"), number, escape(stage.title))
        return escape(stage_id)

    def _path(self, stage: Stage, choice: Choice) -> str:
        """Where a choice leads and when it is open, in words (multi-stage scenarios)."""
        if len(self.scenario.stages) < 2:
            return ""
        lines = []
        if choice.available_if:
            earlier = self.tr(" or ").join(self._choice_label(i) for i in choice.available_if)
            lines.append(arg(self.tr("Open only if you chose %1 earlier."), earlier))
        target = choice.leads_to or stage.next
        if target:
            link = f'<a href="{STAGE_SCHEME}:{escape(target)}">{self._stage_title(target)}</a>'
            lines.append(arg(self.tr("Leads to %1."), link))
        else:
            lines.append(self.tr("Ends the scenario."))
        return f'<p style="color:{self.colours.muted_text.name()}">→ {" ".join(lines)}</p>'

    def _choice_card(self, number: int, stage: Stage, choice: Choice) -> str:
        c = self.colours
        judged = self._judged_choice(stage, choice).tradeoffs
        rows = "".join(
            self._tradeoff_row(t, self._review_mark(tradeoff_item(self.judged, stage.id, choice.id, i, j)))
            for i, (t, j) in enumerate(zip(choice.tradeoffs, judged, strict=True))
        )
        tradeoffs = self.tr("Trade-offs")  # outside the f-string, where lupdate finds it
        return (
            f'<table width="100%" cellspacing="0" cellpadding="10" border="1" '
            f'style="border-color:{c.card_border.name()}; border-style:solid; margin-top:10px" '
            f'bgcolor="{c.card_background.name()}"><tr><td>'
            f"<h3>{number}. {escape(choice.label)}</h3>"
            f"{self._markdown(choice.description)}"
            f"{self._path(stage, choice)}"
            + self._arguments(
                self.tr("Arguments for"),
                "+",
                choice.arguments_for,
                self._argument_marks(stage, choice, ItemKind.ARGUMENT_FOR),
            )
            + self._arguments(
                self.tr("Arguments against"),
                "−",
                choice.arguments_against,
                self._argument_marks(stage, choice, ItemKind.ARGUMENT_AGAINST),
            )
            + f"<p><b>{tradeoffs}</b></p>"
            f'<table cellspacing="0" cellpadding="3" border="0">{rows}</table>'
            "</td></tr></table>"
        )

    def html(self, stage: Stage, show_notes: bool, afterwards: str = "") -> str:
        """The stage as a page; its ``afterwards`` block only when asked: ``afterwards`` is
        ``"after-choice"`` (the reader has chosen) or ``"notes"`` (hindsight for a facilitator)."""
        s = self.scenario
        parts = [self._header()]
        if len(s.stages) > 1:
            moment = f" — {escape(stage.moment)}" if stage.moment else ""
            parts.append(f"<h2>{self._stage_title(stage.id)}{moment}</h2>")
        elif stage.moment:
            parts.append(f"<p><b>{escape(stage.moment)}</b></p>")
        if stage.as_of:
            dated = arg(self.tr("Date of the decision: %1"), escape(vocabulary.date_said(stage.as_of)))
            parts.append(f'<p style="color:{self.colours.muted_text.name()}">{dated}</p>')
        if stage.analysis_as_of:
            parts.append(replay_html(stage.as_of, stage.analysis_as_of, self.colours.assumption.name()))
        parts.append(self._markdown(stage.context))
        parts.append(f"<h2>{escape(stage.question)}</h2>")
        parts.append(self._legend())
        for number, choice in enumerate(stage.choices, 1):
            parts.append(self._choice_card(number, stage, choice))
        if afterwards and stage.afterwards.strip():
            border = self.colours.card_border.name()
            hindsight = afterwards == "notes"
            parts.append(afterwards_html(self._markdown(stage.afterwards), stage.as_of, hindsight, border))
        if s.discussion_prompts:
            items = "".join(f"<li>{escape(p)}</li>" for p in s.discussion_prompts)
            discussion = self.tr("Discussion")
            parts.append(f"<h2>{discussion}</h2><ol>{items}</ol>")
        if show_notes:
            c = self.colours
            notes_title = self.tr("Facilitator notes")
            parts.append(
                f'<table width="100%" cellpadding="10" border="1" style="border-style:dashed; '
                f'border-color:{c.assumption.name()}; margin-top:12px"><tr><td>'
                f"<h2>{notes_title}</h2>{self._markdown(s.facilitator_notes)}"
                "</td></tr></table>"
            )
        return "\n".join(parts)


class ScenarioView(FollowsLanguage, QWidget):
    """Shows one scenario stage by stage; emits what the reader wants to follow."""

    citationActivated = Signal(str, str)  # scenario id, citation id
    stageChanged = Signal(str, str)  # scenario id, stage id
    statusMessage = Signal(str)

    def __init__(
        self,
        corpus: Corpus,
        parent: QWidget | None = None,
        notes_action: QAction | None = None,
        *,
        appearance: Appearance,
    ) -> None:
        super().__init__(parent)
        self._corpus = corpus
        self._appearance = appearance  # the page is drawn in its colours
        #: The pack as given (its base language) and as shown (in the app's language).
        self._base_pack: LoadedPack | None = None
        self._pack: LoadedPack | None = None
        self._scenario: Scenario | None = None
        self._stage: Stage | None = None
        self._review: Review | None = None
        #: Has the reader recorded a choice for (scenario, stage)? Set by the journal's owner.
        self._decided: Callable[[str, str], bool] = lambda _scenario, _stage: False
        self._shown_state = (False, False, False)

        self.stage_bar = QTabBar(self)
        self.stage_bar.setExpanding(False)
        self.stage_bar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Every stage in view at once: long titles (French runs long) are shortened with "…" and
        # read in full in the tab's tooltip, rather than pushed out of view behind scroll arrows.
        self.stage_bar.setElideMode(Qt.TextElideMode.ElideRight)
        self.stage_bar.setUsesScrollButtons(False)
        if notes_action is None:  # standalone use; the main window shares its menu action
            notes_action = QAction(self.tr("&Facilitator notes"), self)
            notes_action.setCheckable(True)
            notes_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
            notes_action.setToolTip(self.tr("Show or hide the facilitator notes (Ctrl+Shift+N)"))
        # The toggle lives in the window's tool bar and View menu (or the caller's own).
        self.notes_action = notes_action
        self.addAction(notes_action)

        self.browser = ReadingBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

        # Hindsight behind an explicit disclosure, enabled once the reader has chosen.
        self.afterwards_button = ElidingToolButton(self)
        self.afterwards_button.setCheckable(True)
        self.afterwards_button.setArrowType(Qt.ArrowType.RightArrow)
        self.afterwards_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.afterwards_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.afterwards_button.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.stage_bar)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.afterwards_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.stage_bar.hide()

        self.browser.anchorClicked.connect(self._follow)
        self.browser.highlighted.connect(self._hover)
        self.browser.linkFocused.connect(self._hover)
        self.stage_bar.currentChanged.connect(self._stage_tab_changed)
        self.notes_action.toggled.connect(lambda _: self.update_afterwards())
        self.afterwards_button.toggled.connect(self._afterwards_toggled)
        self.setFocusProxy(self.browser)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The view's words, and the pack's own text, in the language of the moment: at start (no
        pack yet) and on a language change."""
        self._show_in_app_language()
        self.stage_bar.setAccessibleName(self.tr("Stages of the scenario"))
        if self._scenario is None:
            self.browser.setAccessibleName(self.tr("Scenario"))
        else:
            self.browser.setAccessibleName(arg(self.tr("Scenario: %1"), self._scenario.title))
        if self.notes_action.parent() is self:  # standalone: the view's own toggle
            self.notes_action.setText(self.tr("&Facilitator notes"))
            self.notes_action.setToolTip(self.tr("Show or hide the facilitator notes (Ctrl+Shift+N)"))
        if self._scenario is not None:
            self.update_afterwards()  # the hindsight button's words, and the page drawn in the app's words

    # -- public API -------------------------------------------------------------------------
    @property
    def scenario_id(self) -> str | None:
        return self._scenario.id if self._scenario else None

    @property
    def stage_id(self) -> str | None:
        return self._stage.id if self._stage else None

    def set_pack(self, pack: LoadedPack) -> None:
        self._base_pack = pack
        self._pack = localized(pack)
        self._scenario = None
        self._stage = None
        self.browser.clear()
        self.stage_bar.hide()

    def show_scenario(self, scenario_id: str, stage_id: str | None = None) -> None:
        if self._pack is None:
            return
        scenario = self._pack.scenario(scenario_id)
        stage = next((st for st in scenario.stages if st.id == stage_id), scenario.stages[0])
        if scenario is self._scenario and stage is self._stage:
            return
        new_scenario = scenario is not self._scenario
        self._scenario, self._stage = scenario, stage
        if new_scenario:
            self.stage_bar.blockSignals(True)
            while self.stage_bar.count():
                self.stage_bar.removeTab(0)
            for number, st in enumerate(scenario.stages, 1):
                self.stage_bar.addTab(mnemonic_free(f"{number}. {st.title}"))
                self.stage_bar.setTabToolTip(number - 1, tooltip(f"{number}. {st.title}"))
            self.stage_bar.blockSignals(False)
            self.stage_bar.setVisible(len(scenario.stages) > 1)
        self.stage_bar.blockSignals(True)
        self.stage_bar.setCurrentIndex(scenario.stages.index(stage))
        self.stage_bar.blockSignals(False)
        self.browser.setAccessibleName(arg(self.tr("Scenario: %1"), scenario.title))
        self.afterwards_button.blockSignals(True)
        self.afterwards_button.setChecked(False)  # every stage starts with its hindsight closed
        self.afterwards_button.blockSignals(False)
        self.update_afterwards()
        self.browser.unpin()
        self.browser.verticalScrollBar().setValue(0)
        self.stageChanged.emit(scenario.id, stage.id)

    def top_position(self) -> int:
        """Where the reader is in the page (for going back to it)."""
        return self.browser.top_position()

    def scroll_to_position(self, position: int) -> None:
        """Show the page from ``position`` again, and keep it there while the layout settles."""
        self.browser.pin(position)

    def keep_citation_in_view(self, citation_id: str) -> None:
        """Keep a followed citation's link visible while the source opens beside the page."""
        position = self.browser.anchor_position(f"{CITE_SCHEME}:{citation_id}")
        if position is not None:
            self.browser.pin(position, centred=True)

    def set_review(self, review: Review | None) -> None:
        """Mark each claim a second reader has reviewed (None: no marks)."""
        before, self._review = self._review, review
        # Render again only if there are marks to add or take away (a pack without verdicts: none).
        if (before is not None and before.records) or (review is not None and review.records):
            self._render(keep_scroll=True)

    def set_decision_lookup(self, decided: Callable[[str, str], bool]) -> None:
        """How to know whether the reader has recorded a choice for a stage (the journal)."""
        self._decided = decided
        self.decision_changed()

    def decision_changed(self) -> None:
        """The reader's journal changed: re-render only if the disclosure's state did."""
        if self._afterwards_state() != self._shown_state:
            self.update_afterwards()

    def _afterwards_state(self) -> tuple[bool, bool, bool]:
        stage, scenario = self._stage, self._scenario
        has = stage is not None and scenario is not None and bool(stage.afterwards.strip())
        decided = has and scenario is not None and stage is not None and self._decided(scenario.id, stage.id)
        return has, decided, self.notes_action.isChecked()

    def update_afterwards(self) -> None:
        """Enable (or close) the afterwards disclosure for the shown stage, and render."""
        button = self.afterwards_button
        has, decided, notes = self._shown_state = self._afterwards_state()
        button.setVisible(has)
        allowed = has and (notes or decided)
        button.blockSignals(True)
        if not allowed:
            button.setChecked(False)
        button.setEnabled(allowed)
        button.setArrowType(Qt.ArrowType.DownArrow if button.isChecked() else Qt.ArrowType.RightArrow)
        button.blockSignals(False)
        if decided or not has:
            text = self.tr("What happened afterwards")
            tip = self.tr("Show what happened after this decision (you have recorded your choice).")
        elif notes:
            text = self.tr("What happened afterwards (hindsight, facilitator notes)")
            tip = self.tr("Hindsight for the facilitator: the reader has not chosen yet.")
        else:
            text = self.tr("What happened afterwards: record your choice first")
            tip = self.tr(
                "Opens once you have recorded your choice for this stage (Journal → Reflect on this "
                "stage, Ctrl+J), so hindsight does not colour the decision."
            )
        button.setText(text)  # drawn shortened with "…" where the column is narrower
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tip)
        self._render(keep_scroll=True)

    def _afterwards_toggled(self, shown: bool) -> None:
        self.afterwards_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self._render(keep_scroll=True)
        if shown:
            self.browser.scrollToAnchor("afterwards")

    def afterwards_mode(self) -> str:
        """``""`` (hidden), ``"after-choice"`` or ``"notes"``: what the page shows of hindsight."""
        if not self.afterwards_button.isChecked() or not self.afterwards_button.isEnabled():
            return ""
        assert self._scenario is not None and self._stage is not None
        return "after-choice" if self._decided(self._scenario.id, self._stage.id) else "notes"

    def show_stage(self, stage_id: str) -> None:
        if self._scenario is not None:
            self.show_scenario(self._scenario.id, stage_id)

    def next_stage(self) -> None:
        self._step_stage(+1)

    def previous_stage(self) -> None:
        self._step_stage(-1)

    # -- behaviour --------------------------------------------------------------------------
    def _step_stage(self, step: int) -> None:
        if self._scenario is None or self._stage is None:
            return
        at = self._scenario.stages.index(self._stage) + step
        if 0 <= at < len(self._scenario.stages):
            self.show_stage(self._scenario.stages[at].id)

    def _stage_tab_changed(self, index: int) -> None:
        if self._scenario is not None and 0 <= index < len(self._scenario.stages):
            self.show_stage(self._scenario.stages[index].id)

    def _render(self, keep_scroll: bool) -> None:
        if self._pack is None or self._scenario is None or self._stage is None:
            return
        scroll = self.browser.verticalScrollBar().value()
        page = ScenarioPage(
            self._pack,
            self._corpus,
            self._scenario,
            self._review,
            self._judged(),
            colours=self._appearance.colours(),
        )
        self.browser.setHtml(page.html(self._stage, self.notes_action.isChecked(), self.afterwards_mode()))
        self.browser.fit_measure()
        self.browser.verticalScrollBar().setValue(scroll if keep_scroll else 0)

    def _follow(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == CITE_SCHEME and self._scenario is not None:
            self.citationActivated.emit(self._scenario.id, url.path())
        elif scheme == STAGE_SCHEME:
            self.show_stage(url.path())
            self.browser.setFocus(Qt.FocusReason.OtherFocusReason)
        else:  # asks first for web and mail addresses; never opens anything else
            ask_to_open(self, url)

    def _hover(self, url: QUrl) -> None:
        # Hovered or reached with Tab: say where the link goes, gloss included,
        # so keyboard users get what the tooltip gives mouse users.
        if url.scheme() == CITE_SCHEME and self._pack is not None and self._scenario is not None:
            page = ScenarioPage(self._pack, self._corpus, self._scenario, colours=self._appearance.colours())
            self.statusMessage.emit(status_line(page.describe(url.path()).replace("\n", "  —  ")))
        elif url.scheme() == STAGE_SCHEME:
            self.statusMessage.emit(self.tr("Go to another stage of this scenario"))
        elif not url.isEmpty():
            self.statusMessage.emit(status_line(hover_text(url)))
        else:
            self.statusMessage.emit("")

    def _judged(self) -> Scenario | None:
        """The shown scenario as written, for review marks (the same object in English)."""
        if self._base_pack is None or self._scenario is None or self._pack is self._base_pack:
            return self._scenario
        return self._base_pack.scenario(self._scenario.id)

    def _show_in_app_language(self) -> None:
        """The same scenario and stage in the pack's translation for the app's (new) language;
        the rest of ``retranslate_ui`` draws it again, scrolled where it was."""
        if self._base_pack is None:
            return
        pack = localized(self._base_pack)
        if pack is self._pack:
            return
        self._pack = pack
        if self._scenario is None or self._stage is None:
            return
        stage_id = self._stage.id
        self._scenario = scenario = pack.scenario(self._scenario.id)
        self._stage = next(st for st in scenario.stages if st.id == stage_id)
        for number, st in enumerate(scenario.stages, 1):
            self.stage_bar.setTabText(number - 1, mnemonic_free(f"{number}. {st.title}"))
            self.stage_bar.setTabToolTip(number - 1, tooltip(f"{number}. {st.title}"))

    def changeEvent(self, event: QEvent) -> None:
        # Theme colours are baked into the page: re-render when the palette changes (the
        # appearance has the new theme's colours by then).
        if event.type() == QEvent.Type.PaletteChange:
            self._render(keep_scroll=True)
        super().changeEvent(event)
