<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message numerus="yes">
        <location filename="../ui/workshop/agenda_model.py" line="+36"/>
        <location line="+4"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message numerus="yes">
        <location filename="../ui/workshop/join_screen.py" line="+74"/>
        <source>%n phones joined</source>
        <translation>
            <numerusform>%n phone joined</numerusform>
            <numerusform>%n phones joined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message numerus="yes">
        <location filename="../selftest_qt.py" line="+54"/>
        <location filename="../ui/journal_view.py" line="+262"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/journal_view.py" line="+2"/>
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message numerus="yes">
        <location filename="../ui/library.py" line="+476"/>
        <source>%1 of %n scenarios</source>
        <translation>
            <numerusform>%1 of %n scenario</numerusform>
            <numerusform>%1 of %n scenarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.py" line="+405"/>
        <source>%n scenarios</source>
        <translation>
            <numerusform>%n scenario</numerusform>
            <numerusform>%n scenarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problems</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <location filename="../ui/problems_panel.py" line="+121"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomVotingBox</name>
    <message numerus="yes">
        <location filename="../ui/workshop/room_voting.py" line="+157"/>
        <source>%n phones joined. No vote is open.</source>
        <translation>
            <numerusform>%n phone joined. No vote is open.</numerusform>
            <numerusform>%n phones joined. No vote is open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n phones voted</source>
        <translation>
            <numerusform>%1 of %n phone voted</numerusform>
            <numerusform>%1 of %n phones voted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Typed at the console: %1 (%n votes)</source>
        <translation>
            <numerusform>Typed at the console: %1 (%n vote)</numerusform>
            <numerusform>Typed at the console: %1 (%n votes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message numerus="yes">
        <location filename="../ui/library.py" line="-320"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>about %n minutes</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message numerus="yes">
        <location filename="../ui/scenario_view.py" line="+111"/>
        <source>about %n minutes</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../ui/search_panel.py" line="+239"/>
        <source>%n scenarios</source>
        <translation>
            <numerusform>%n scenario</numerusform>
            <numerusform>%n scenarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n sources</source>
        <translation>
            <numerusform>in %n source</numerusform>
            <numerusform>in %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passages %1</source>
        <translation>
            <numerusform>%n passage %1</numerusform>
            <numerusform>%n passages %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Showing %1 of %n matches; add a word to narrow.</source>
        <translation>
            <numerusform>Showing %1 of %n match; add a word to narrow.</numerusform>
            <numerusform>Showing %1 of %n matches; add a word to narrow.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message numerus="yes">
        <location filename="../ui/search_model.py" line="+91"/>
        <source>%n passages</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message numerus="yes">
        <location filename="../ui/workshop/sessions_dialog.py" line="+123"/>
        <source>%n sessions, %1 of them ended.</source>
        <translation>
            <numerusform>%n session, %1 of them ended.</numerusform>
            <numerusform>%n sessions, %1 of them ended.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message numerus="yes">
        <location filename="../ui/source_viewer.py" line="+478"/>
        <source>Citation %1 of %n %2</source>
        <translation>
            <numerusform>Citation %1 of %n %2</numerusform>
            <numerusform>Citation %1 of %n %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n citations %1</source>
        <translation>
            <numerusform>%n citation %1</numerusform>
            <numerusform>%n citations %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteModel</name>
    <message numerus="yes">
        <location filename="../ui/workshop/vote_table.py" line="+134"/>
        <source>%n votes for a group of %1: a typo?</source>
        <translation>
            <numerusform>%n vote for a group of %1: a typo?</numerusform>
            <numerusform>%n votes for a group of %1: a typo?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message numerus="yes">
        <location filename="../ui/welcome.py" line="+146"/>
        <source>about %n minutes</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopSetupDialog</name>
    <message numerus="yes">
        <location filename="../ui/workshop/setup_dialog.py" line="+206"/>
        <source>%n on the agenda, %1 min</source>
        <translation>
            <numerusform>%n on the agenda, %1 min</numerusform>
            <numerusform>%n on the agenda, %1 min</numerusform>
        </translation>
    </message>
</context>
</TS>
