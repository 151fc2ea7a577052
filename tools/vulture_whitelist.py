"""Names vulture cannot see used: read through Qt, by column number, or kept to hold a reference.

Each line says why; `./dev.sh test` runs vulture with this file.
"""

from explorer.core.evidence.corpus import SourceMetadata
from explorer.core.evidence.extract import _HtmlText
from explorer.core.pack.model import Difficulty
from explorer.core.pack.yamlsource import _Loader
from explorer.core.reflection.ranking import TieBreak
from explorer.core.report import JournalReport
from explorer.core.workshop.phone_view import PhoneView
from explorer.room.server import _Uvicorn
from explorer.ui.journal_view import EntriesModel
from explorer.ui.main_window import MainWindow
from explorer.ui.problems_panel import ProblemTableModel
from explorer.ui.ranking_box import RankingModel
from explorer.ui.reflection_dock import ReflectionController
from explorer.ui.workshop.console import WorkshopConsole
from explorer.ui.workshop.room_panel import RoomPanel
from tests.room.test_phone_page import pytestmark

SourceMetadata.date_note  # read from metadata.yaml: the bibliographic record keeps it
SourceMetadata.extracted_with  # read from metadata.yaml: which tool made original.txt of an imported source
_HtmlText.handle_endtag  # called by html.parser
_Loader.descend_resolver, _Loader.ascend_resolver  # called by PyYAML's C parser around every node
Difficulty.INTRODUCTORY, Difficulty.INTERMEDIATE, Difficulty.ADVANCED  # values a pack may use
JournalReport.journal_name  # part of the report a template may print
EntriesModel.CONFIDENCE, ProblemTableModel.MESSAGE, RankingModel.SCORE  # columns, used by number
MainWindow.index_task  # holds the running index build so it is not collected
ReflectionController.last_export  # holds the running export task
WorkshopConsole.read_only_banner  # a child widget shown by the layout
RoomPanel.visible_texts  # what the room can read: for tests and accessibility checks
TieBreak.if_lowered  # computed and tested with if_raised; the panel names only what raising favours
_Uvicorn.should_exit  # uvicorn's own flag: its main loop reads it and shuts down
pytestmark  # pytest reads a test module's marks from this name
PhoneView.argue_limit  # sent to the phone page as JSON; its script reads it
PhoneView.argue_chars  # the same: the text field's maxlength and the refusal message
