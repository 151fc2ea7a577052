<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/dialogs.py" line="+114"/>
        <location line="+3"/>
        <source>About the explorer</source>
        <translation>Over de dilemmaverkenner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sources are still loading.</source>
        <translation>De bronnen worden nog geladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peace-operations dilemma explorer</source>
        <translation>Dilemmaverkenner vredesoperaties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy dilemmas of peace operations, every claim linked to its passage.</source>
        <translation>Beleidsdilemma’s van vredesoperaties, elke bewering gekoppeld aan haar passage in de bron.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The originals are kept byte for byte as received; the reading editions only rejoin broken words, reflow paragraphs and set footnotes apart.</source>
        <translation>De originelen worden byte voor byte bewaard zoals ze zijn ontvangen; de leesedities voegen alleen afgebroken woorden weer samen, zetten alinea&apos;s opnieuw op en plaatsen voetnoten apart.</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <location filename="../ui/add_source_dialog.py" line="+37"/>
        <source>Add a source to “%1”</source>
        <translation>Een bron toevoegen aan “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document to import</source>
        <translation>Te importeren document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF, HTML, Markdown or text file</source>
        <translation>Een PDF-, HTML-, Markdown- of tekstbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the document</source>
        <translation>Het document kiezen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source id</source>
        <translation>Bron-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the title and the year</source>
        <translation>op basis van titel en jaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source &amp;id:</source>
        <translation>Bron-&amp;id:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import report</source>
        <translation>Importverslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the reading edition leaves out is listed here.</source>
        <translation>Hier staat wat de leeseditie weglaat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>I&amp;mporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the document</source>
        <translation>Het document importeren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a document to import</source>
        <translation>Kies een document om te importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents (*.pdf *.html *.htm *.md *.markdown *.txt)</source>
        <translation>Documenten (*.pdf *.html *.htm *.md *.markdown *.txt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a document first.</source>
        <translation>Kies eerst een document.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing %1…</source>
        <translation>%1 wordt geïmporteerd…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>running header</source>
        <translation>kopregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running footer</source>
        <translation>voetregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page number</source>
        <translation>paginanummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported as “%1” in %2.</source>
        <translation>Geïmporteerd als “%1” in %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title: %1; date: %2; language: %3 (check them in metadata.yaml).</source>
        <translation>Titel: %1; datum: %2; taal: %3 (controleer deze in metadata.yaml).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading edition: %1 blocks, %2 footnotes set apart, %3 words rejoined; proven faithful.</source>
        <translation>Leeseditie: %1 blokken, %2 voetnoten apart gezet, %3 woorden weer samengevoegd; aantoonbaar getrouw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out of the reading edition (%1):</source>
        <translation>Weggelaten uit de leeseditie (%1):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1: “%2” (%3×)</source>
        <translation>  %1: “%2” (%3×)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not imported: %1</source>
        <translation>Niet geïmporteerd: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported: an unexpected error (%1).</source>
        <translation>Niet geïmporteerd: een onverwachte fout (%1).</translation>
    </message>
</context>
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
    <message>
        <location line="-1"/>
        <source>, now showing</source>
        <translation>, nu in beeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, done</source>
        <translation>, afgerond</translation>
    </message>
</context>
<context>
    <name>AgendaSetupModel</name>
    <message>
        <location filename="../ui/workshop/setup_models.py" line="+72"/>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion</source>
        <translation>Discussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the agenda</source>
        <translation>Op de agenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not on the agenda</source>
        <translation>Niet op de agenda</translation>
    </message>
</context>
<context>
    <name>ArgumentMapScreen</name>
    <message>
        <location filename="../ui/workshop/argument_map_screen.py" line="+44"/>
        <source>Map of the room&apos;s arguments</source>
        <translation>Kaart van de argumenten uit de zaal</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (+%1)</source>
        <translation> (+%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No arguments on the map yet.</source>
        <translation>Nog geen argumenten op de kaart.</translation>
    </message>
</context>
<context>
    <name>ArgumentsBox</name>
    <message>
        <location filename="../ui/workshop/arguments_box.py" line="+166"/>
        <source>Arguments of this item</source>
        <translation>Argumenten bij dit agendapunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accept</source>
        <translation>&amp;Aannemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the selected argument onto the map</source>
        <translation>Het geselecteerde argument op de kaart zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the selected argument</source>
        <translation>Het geselecteerde argument verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument to merge the selected one into</source>
        <translation>Argument waarin het geselecteerde wordt samengevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge into</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the selected argument into the one chosen</source>
        <translation>Het geselecteerde argument samenvoegen met het gekozen argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice the new argument is about</source>
        <translation>Keuze waarover het nieuwe argument gaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for</source>
        <translation>voor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against</source>
        <translation>tegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For or against</source>
        <translation>Voor of tegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An argument, in one line</source>
        <translation>Een argument, in één regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New argument</source>
        <translation>Nieuw argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the argument to the map</source>
        <translation>Het argument aan de kaart toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;map</source>
        <translation>&amp;Kaart tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the map of arguments on the presenter</source>
        <translation>De kaart met argumenten op het presentatiescherm tonen</translation>
    </message>
</context>
<context>
    <name>ArgumentsModel</name>
    <message>
        <location line="-95"/>
        <source>for</source>
        <translation>voor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>against</source>
        <translation>tegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the map</source>
        <translation>op de kaart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged into %1</source>
        <translation>samengevoegd met %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (+%1)</source>
        <translation> (+%1)</translation>
    </message>
</context>
<context>
    <name>BacklinkListModel</name>
    <message>
        <location filename="../ui/source_panels.py" line="+28"/>
        <source>context</source>
        <translation>context</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choice</source>
        <translation>keuze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument for</source>
        <translation>argument voor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument against</source>
        <translation>argument tegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trade-off</source>
        <translation>afweging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facilitator notes</source>
        <translation>notities voor de gespreksleider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence list</source>
        <translation>lijst met bewijsmateriaal</translation>
    </message>
    <message>
        <location line="+48"/>
        <source> (overlapping passage)</source>
        <translation> (overlappende passage)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — cited in the %2%3. Enter opens the scenario.</source>
        <translation>%1 — aangehaald in: %2%3. Enter opent het scenario.</translation>
    </message>
</context>
<context>
    <name>BacklinksPanel</name>
    <message>
        <location line="+155"/>
        <source>&lt;b&gt;Cited in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aangehaald in&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cited in: scenarios citing this passage</source>
        <translation>Aangehaald in: scenario&apos;s die deze passage aanhalen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Cited in&lt;/b&gt; (anywhere in this document): %1</source>
        <translation>&lt;b&gt;Aangehaald in&lt;/b&gt; (ergens in dit document): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Cited in&lt;/b&gt; (this passage or an overlapping one): %1</source>
        <translation>&lt;b&gt;Aangehaald in&lt;/b&gt; (deze passage of een overlappende): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first %1 of more</source>
        <translation>de eerste %1 (er zijn er meer)</translation>
    </message>
</context>
<context>
    <name>CitationListModel</name>
    <message>
        <location filename="../ui/tradeoffs.py" line="+221"/>
        <source>Enter or double-click opens the passage in its source</source>
        <translation>Enter of dubbelklikken opent de passage in de bron</translation>
    </message>
</context>
<context>
    <name>CitationsBox</name>
    <message>
        <location filename="../ui/citations_box.py" line="+116"/>
        <source>Passages you cite</source>
        <translation>Passages die u aanhaalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your translation of the selected passage</source>
        <translation>Uw vertaling van de geselecteerde passage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; marked as a translation in exports</source>
        <translation>Optioneel; in exports gemarkeerd als vertaling</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sho&amp;w in source</source>
        <translation>&amp;Tonen in de bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected passage in the source</source>
        <translation>De geselecteerde passage in de bron tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected passage</source>
        <translation>De geselecteerde passage verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select text in the source viewer and choose “Cite in my rationale” (Ctrl+Shift+R).</source>
        <translation>Selecteer tekst in de bronweergave en kies “Selectie aanhalen in mijn onderbouwing” (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translat&amp;ion:</source>
        <translation>Verta&amp;ling:</translation>
    </message>
</context>
<context>
    <name>ClaimHtml</name>
    <message>
        <location filename="../ui/claim_html.py" line="+30"/>
        <source>Reasoning:</source>
        <translation>Redenering:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewed (%1) before the claim or its passages were edited: needs a new look.</source>
        <translation>Beoordeeld (%1) voordat de bewering of de passages werden bewerkt: opnieuw bekijken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>review out of date</source>
        <translation>beoordeling verouderd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Second reader&apos;s verdict: %1 (%2)%3</source>
        <translation>Oordeel van de tweede lezer: %1 (%2)%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checked by a second reader</source>
        <translation>gecontroleerd door een tweede lezer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reviewer: %1</source>
        <translation>beoordelaar: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened afterwards</source>
        <translation>Wat er daarna gebeurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened afterwards (after %1)</source>
        <translation>Wat er daarna gebeurde (na %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hindsight, shown in facilitator-notes mode: not known at the time of the decision.</source>
        <translation>Terugblik, getoond omdat de notities voor de gespreksleider aan staan: ten tijde van het besluit niet bekend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hindsight: not known at the time of the decision you just made.</source>
        <translation>Terugblik: niet bekend ten tijde van het besluit dat u zojuist hebt genomen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replayed with later analysis: set in %1, argued also with analyses written up to %2.</source>
        <translation>Nagespeeld met latere analyses: het besluit speelt in %1, de argumenten steunen ook op analyses die tot %2 zijn geschreven.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replayed with later analysis (written up to %1)</source>
        <translation>Nagespeeld met latere analyses (geschreven tot %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The decision is set in %1. Some of its arguments and trade-offs cite analyses written later, up to %2, which nobody deciding at the time could have read. What the decision led to stays hidden until you choose.</source>
        <translation>Het besluit speelt in %1. Sommige argumenten en afwegingen halen analyses aan die later zijn geschreven, tot %2, en die niemand die toen besliste kon lezen. Waartoe het besluit leidde, blijft verborgen tot u kiest.</translation>
    </message>
</context>
<context>
    <name>CoverageStrip</name>
    <message>
        <location filename="../ui/coverage_strip.py" line="+32"/>
        <source>Coverage map</source>
        <translation>Dekkingskaart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tinted: cited passages. Hatched: long uncited stretches. Up and Down jump between them.</source>
        <translation>Gekleurd: aangehaalde passages. Gearceerd: lange stukken die niet worden aangehaald. Met Omhoog en Omlaag springt u ertussen.</translation>
    </message>
</context>
<context>
    <name>DebriefExport</name>
    <message>
        <location filename="../ui/workshop/debrief_export.py" line="+86"/>
        <source>Export the debrief</source>
        <translation>De nabespreking exporteren</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+21"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Choose a .pdf, .html or .md file.</source>
        <translation>Kies een .pdf-, .html- of .md-bestand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the debrief…</source>
        <translation>De nabespreking wordt geschreven…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Debrief written to %1</source>
        <translation>Nabespreking opgeslagen in %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The debrief could not be written: %1</source>
        <translation>De nabespreking kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>EditionWindow</name>
    <message>
        <location filename="../ui/edition_window.py" line="+43"/>
        <source>Position in the document</source>
        <translation>Positie in het document</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../ui/journal_view.py" line="+91"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Zekerheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not decided</source>
        <translation>nog niet besloten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No rationale written yet.</source>
        <translation>Nog geen onderbouwing geschreven.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/evidence/backlinks.py" line="+69"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against:</source>
        <translation>Tegen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facilitator notes</source>
        <translation>Notities voor de gespreksleider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Bewijsmateriaal</translation>
    </message>
    <message>
        <location filename="../core/evidence/corpus.py" line="+65"/>
        <source>%1, in %2.</source>
        <translation>%1, in het %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Journal article</source>
        <translation>Tijdschriftartikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parliamentary letter</source>
        <translation>Kamerbrief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary report</source>
        <translation>Samenvattend rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page</source>
        <translation>Webpagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book</source>
        <translation>Boek</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="+35"/>
        <source>score = Σ weight(dimension) × effect × k over the choice&apos;s trade-offs; k = 1 for stated or inferred trade-offs and the chosen factor for facilitator assumptions.</source>
        <translation>score = Σ gewicht(dimensie) × effect × k over de afwegingen van de keuze; k = 1 voor vermelde of afgeleide afwegingen en de gekozen factor voor aannames van de gespreksleider.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The ranking is not shown because no scenario pack was loaded.</source>
        <translation>De rangorde ontbreekt omdat er geen scenariopakket is geladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ranking is not shown because the scenario is not in the loaded pack.</source>
        <translation>De rangorde ontbreekt omdat het scenario niet in het geladen scenariopakket staat.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 (not in this app&apos;s corpus)</source>
        <translation>%1 (niet in het corpus van deze app)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reflection journal: %1</source>
        <translation>Reflectielogboek: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>First instinct, before reading the evidence: “%1”. Final choice: “%2”, a change of mind.</source>
        <translation>Eerste ingeving, vóór het lezen van het bewijsmateriaal: “%1”. Uiteindelijke keuze: “%2”, een andere keuze dan eerst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First instinct, before reading the evidence: “%1”, kept.</source>
        <translation>Eerste ingeving, vóór het lezen van het bewijsmateriaal: “%1”, behouden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Generated %1; 1 entry.</source>
        <translation>Gemaakt op %1; 1 notitie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated %1; %2 entries.</source>
        <translation>Gemaakt op %1; %2 notities.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+204"/>
        <location filename="../core/workshop/debrief.py" line="+236"/>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>not decided</source>
        <translation>nog niet besloten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confidence</source>
        <translation>Zekerheid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, last changed %2</source>
        <translation>%1, laatst gewijzigd %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written</source>
        <translation>Geschreven</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/workshop/debrief.py" line="+107"/>
        <source>What happened afterwards (after %1)</source>
        <translation>Wat er daarna gebeurde (na %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/workshop/debrief.py" line="+4"/>
        <source>What happened afterwards</source>
        <translation>Wat er daarna gebeurde</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+211"/>
        <source>Question.</source>
        <translation>Vraag.</translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+215"/>
        <source>Before and after</source>
        <translation>Voor en na</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+216"/>
        <source>No rationale written.</source>
        <translation>Geen onderbouwing geschreven.</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+212"/>
        <source>Rationale</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+150"/>
        <source>Weights and ranking</source>
        <translation>Gewichten en rangorde</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+151"/>
        <source>Weights (0–4): %1. Assumptions count × %2.</source>
        <translation>Gewichten (0–4): %1. Aannames tellen × %2.</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+206"/>
        <source>Trade-offs of the choice</source>
        <translation>Afwegingen van de keuze</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+198"/>
        <location filename="../core/workshop/debrief.py" line="+22"/>
        <source>Reasoning:</source>
        <translation>Redenering:</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+203"/>
        <source>Passages cited</source>
        <translation>Geciteerde passages</translation>
    </message>
    <message>
        <location line="-200"/>
        <location line="+87"/>
        <source>, in %1</source>
        <translation>, in het %1</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+90"/>
        <source>Note:</source>
        <translation>Opmerking:</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+195"/>
        <location filename="../core/workshop/debrief.py" line="-187"/>
        <source>Bibliography</source>
        <translation>Bibliografie</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Rank</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(your choice)</source>
        <translation>(uw keuze)</translation>
    </message>
    <message>
        <location filename="../core/workshop/debrief.py" line="-77"/>
        <source>%1 (+%2 said the same)</source>
        <translation>%1 (+%2 zeiden hetzelfde)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Workshop of %1</source>
        <translation>Workshop van %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 scenario</source>
        <translation>1 scenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 scenarios</source>
        <translation>%1 scenario&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 group</source>
        <translation>1 groep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 groups</source>
        <translation>%1 groepen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1 people)</source>
        <translation> (%1 personen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workshop was ended.</source>
        <translation>De workshop is afgerond.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It stopped at: %1.</source>
        <translation>Gestopt bij: %1.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Debrief: %1</source>
        <translation>Nabespreking: %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Session notes</source>
        <translation>Notities bij de sessie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appendix: role briefs</source>
        <translation>Bijlage: rolbeschrijvingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no vote</source>
        <translation>geen stem</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+77"/>
        <source>Not reached in the session.</source>
        <translation>Niet aan toegekomen in de sessie.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>No votes were entered.</source>
        <translation>Er zijn geen stemmen ingevoerd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <source>First vote</source>
        <translation>Eerste stemming</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <source>Second vote</source>
        <translation>Tweede stemming</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arguments the room accepted</source>
        <translation>Argumenten die de zaal aanvaardde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Against</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There was no second vote.</source>
        <translation>Er was geen tweede stemming.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody changed their choice between the votes (%1 kept it).</source>
        <translation>Niemand veranderde van keuze tussen de stemmingen (%1 hielden hun keuze).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 changed their choice between the votes and %3 kept it; the largest move was %4 → %5 (%6).</source>
        <translation>%1 van de %2 veranderden van keuze tussen de stemmingen en %3 hielden hun keuze; de grootste verschuiving was %4 → %5 (%6).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Both rounds were revealed to the room.</source>
        <translation>Beide rondes zijn aan de zaal getoond.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first round was revealed to the room; the second was not.</source>
        <translation>De eerste ronde is aan de zaal getoond, de tweede niet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The votes were not revealed to the room.</source>
        <translation>De stemmen zijn niet aan de zaal getoond.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In detail: %1</source>
        <translation>In detail: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Votes by group</source>
        <translation>Stemmen per groep</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+129"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Shift between the votes</source>
        <translation>Verschuiving tussen de stemmingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The smallest movement that explains the counts: exact for a group that votes as one, a lower bound for a group whose members voted separately.</source>
        <translation>De kleinste verschuiving die de aantallen verklaart: exact voor een groep die als één stemt, een ondergrens voor een groep waarvan de leden afzonderlijk stemden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>Verschoven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stayed</source>
        <translation>Gebleven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From → to</source>
        <translation>Van → naar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passages shown</source>
        <translation>Getoonde passages</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Facilitator&apos;s notes</source>
        <translation>Notities van de gespreksleider</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trade-offs and their evidence</source>
        <translation>Afwegingen en hun bewijsmateriaal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stated</source>
        <translation>vermeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inferred</source>
        <translation>afgeleid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumption</source>
        <translation>aanname</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../ui/workshop/results_chart.py" line="+247"/>
        <source>Whole room</source>
        <translation>Hele zaal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role: %1 (%2)</source>
        <translation>Rol: %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not reached</source>
        <translation>niet aan toegekomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion</source>
        <translation>Discussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time spent</source>
        <translation>Bestede tijd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>scenario %1, %2, %3</source>
        <translation>scenario %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../core/reflection/ranking.py" line="+288"/>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This stage has no choices to rank.</source>
        <translation>Deze fase heeft geen keuzes om te rangschikken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All weights are zero, so every choice scores 0 and there is no ranking.</source>
        <translation>Alle gewichten zijn nul: elke keuze scoort 0 en er is geen rangschikking.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 share the first place with %2.</source>
        <translation>%1 delen de eerste plaats met %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 leads with %2, carried by %3.</source>
        <translation>%1 staat voorop met %2, gedragen door %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 leads with %2.</source>
        <translation>%1 staat voorop met %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held back by %1.</source>
        <translation>Afgeremd door %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ahead of %1 by %2: %3.</source>
        <translation>Met %2 voor op %1: %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sensitivity: raising the weight of %1 from %2 to %3 (%4) makes %5 draw level; beyond that it leads.</source>
        <translation>Gevoeligheid: het gewicht van %1 verhogen van %2 naar %3 (%4) brengt %5 op gelijke hoogte; bij een verdere verhoging staat die voorop.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sensitivity: lowering the weight of %1 from %2 to %3 (%4) makes %5 draw level; beyond that it leads.</source>
        <translation>Gevoeligheid: het gewicht van %1 verlagen van %2 naar %3 (%4) brengt %5 op gelijke hoogte; bij een verdere verlaging staat die voorop.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sensitivity: no change of a single weight within %1–%2 changes the first choice.</source>
        <translation>Gevoeligheid: geen verandering van één gewicht binnen %1–%2 verandert de eerste keuze.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raising the weight of %1 would favour %2.</source>
        <translation>Een hoger gewicht voor %1 zou %2 bevoordelen.</translation>
    </message>
    <message>
        <location filename="../core/evidence/source_date.py" line="+90"/>
        <source>after %1</source>
        <translation>na %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before %1</source>
        <translation>vóór %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/find_bar.py" line="+53"/>
        <source>Find in this document (accents and case ignored)</source>
        <translation>Zoeken in dit document (accenten en hoofdletters worden genegeerd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in document</source>
        <translation>Zoeken in document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorige treffer (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Volgende treffer (Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matches</source>
        <translation>Treffers</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Close the find bar (Escape)</source>
        <translation>Zoekbalk sluiten (Escape)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No matches</source>
        <translation>Geen treffers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../ui/workshop/setup_models.py" line="+114"/>
        <source>Table 1</source>
        <translation>Tafel 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table 2</source>
        <translation>Tafel 2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no role)</source>
        <translation>(geen rol)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People (optional)</source>
        <translation>Personen (optioneel)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role (optional)</source>
        <translation>Rol (optioneel)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Table %1</source>
        <translation>Tafel %1</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <location filename="../ui/workshop/join_screen.py" line="+42"/>
        <source>Join screen: vote from your phone</source>
        <translation>Aanmeldscherm: stem met uw telefoon</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Vote from your phone</source>
        <translation>Stem met uw telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code, or type this address:</source>
        <translation>Scan de code of typ dit adres:</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n phones joined</source>
        <translation>
            <numerusform>%n telefoon aangemeld</numerusform>
            <numerusform>%n telefoons aangemeld</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../ui/journal_view.py" line="+87"/>
        <source>Journal</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New journal…</source>
        <translation>Nieuw &amp;logboek…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ex&amp;port…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>New journal</source>
        <translation>Nieuw logboek</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Export the journal</source>
        <translation>Het logboek exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search your entries…</source>
        <translation>Zoeken in uw notities…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search journal entries</source>
        <translation>Zoeken in de notities van het logboek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal entries</source>
        <translation>Notities in het logboek</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (damaged)</source>
        <translation> (beschadigd)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This journal is read-only. %1</source>
        <translation>Dit logboek is alleen-lezen. %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name of the new journal:</source>
        <translation>Naam van het nieuwe logboek:</translation>
    </message>
    <message numerus="yes">
        <location filename="../selftest_qt.py" line="+54"/>
        <location filename="../ui/journal_view.py" line="+22"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/journal_view.py" line="+2"/>
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 van %n notitie</numerusform>
            <numerusform>%1 van %n notities</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+18"/>
        <source>Export journal</source>
        <translation>Logboek exporteren</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../ui/i18n.py" line="+55"/>
        <source>System default</source>
        <extracomment>The interface languages, as View → Language lists them. Endonyms are not translated.</extracomment>
        <translation>Systeeminstelling</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../ui/library.py" line="+186"/>
        <source>Path for newcomers</source>
        <extracomment>Orders of the library: (key, label); ``ScenarioListModel._arrange`` sorts by each.</extracomment>
        <translation>Route voor nieuwkomers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack order</source>
        <translation>Volgorde in het scenariopakket</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any length</source>
        <translation>Elke duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 20 minutes</source>
        <translation>Tot 20 minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 45 minutes</source>
        <translation>Tot 45 minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 90 minutes</source>
        <translation>Tot 90 minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longer than 90 minutes</source>
        <translation>Langer dan 90 minuten</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Filter by words…</source>
        <translation>Filteren op woorden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter scenarios by words</source>
        <translation>Scenario&apos;s filteren op woorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter scenarios by tag</source>
        <translation>Scenario&apos;s filteren op label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter scenarios by source document cited</source>
        <translation>Scenario&apos;s filteren op aangehaald brondocument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the scenarios</source>
        <translation>Volgorde van de scenario&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter scenarios by length</source>
        <translation>Scenario&apos;s filteren op duur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scenarios</source>
        <translation>Scenario&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of scenarios shown</source>
        <translation>Aantal getoonde scenario&apos;s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading scenarios…</source>
        <translation>Scenario&apos;s worden geladen…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;Tag</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Source</source>
        <translation>&amp;Bron</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Len&amp;gth</source>
        <translation>&amp;Duur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Or&amp;der</source>
        <translation>&amp;Volgorde</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>Any source</source>
        <translation>Alle bronnen</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+29"/>
        <source>Any tag</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+32"/>
        <source>This pack has no valid scenarios; see Pack problems.</source>
        <translation>Dit scenariopakket bevat geen geldige scenario&apos;s; zie Problemen in het scenariopakket.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1 of %n scenarios</source>
        <translation>
            <numerusform>%1 van %n scenario</numerusform>
            <numerusform>%1 van %n scenario&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/i18n.py" line="+96"/>
        <location filename="../ui/main_window.py" line="+111"/>
        <location line="+99"/>
        <source>Peace-operations dilemma explorer</source>
        <translation>Dilemmaverkenner vredesoperaties</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="-96"/>
        <location line="+103"/>
        <source>Loading the documents and scenarios…</source>
        <translation>De documenten en scenario&apos;s worden geladen…</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pack problems</source>
        <translation>Problemen in het scenariopakket</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+61"/>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Closed %1 to make room; View → Panels opens it again.</source>
        <translation>%1 is gesloten om ruimte te maken; Beeld → Panelen opent het weer.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loading %1…</source>
        <translation>%1 wordt geladen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a shared pack</source>
        <translation>Een gedeeld scenariopakket openen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared packs (*.dilemma)</source>
        <translation>Gedeelde scenariopakketten (*.dilemma)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a scenario pack</source>
        <translation>Een scenariopakket openen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open your own pack first (File → Open pack…); `explorer new FOLDER` starts one.</source>
        <translation>Open eerst uw eigen scenariopakket (Bestand → Scenariopakket openen…); met `explorer new MAP` begint u een nieuw.</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+149"/>
        <source>Could not load: %1</source>
        <translation>Kon niet worden geladen: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Loaded “%1”: %2, %3</source>
        <translation>“%1” geladen: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n scenarios</source>
        <translation>
            <numerusform>%n scenario</numerusform>
            <numerusform>%n scenario&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problems</source>
        <translation>
            <numerusform>%n probleem</numerusform>
            <numerusform>%n problemen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Pack problems (%1)</source>
        <translation>Problemen in het scenariopakket (%1)</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Search unavailable: %1</source>
        <translation>Zoeken is niet beschikbaar: %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 — Peace-operations dilemma explorer</source>
        <translation>%1 — Dilemmaverkenner vredesoperaties</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Showing the passage in %1. Alt+Left goes back.</source>
        <translation>De passage in %1 wordt getoond. Met Alt+Links gaat u terug.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Source viewer</source>
        <translation>Bronweergave</translation>
    </message>
    <message>
        <location filename="../ui/window_menus.py" line="+67"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open pack…</source>
        <translation>Scenariopakket &amp;openen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a folder of scenario files</source>
        <translation>Een map met scenariobestanden openen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open s&amp;hared pack…</source>
        <translation>&amp;Gedeeld scenariopakket openen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a .dilemma file made by `explorer bundle`</source>
        <translation>Een .dilemma-bestand openen dat met `explorer bundle` is gemaakt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the &amp;bundled pack</source>
        <translation>&amp;Meegeleverd scenariopakket openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scenarios that ship with the app</source>
        <translation>De scenario&apos;s die met de app worden meegeleverd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reload pack</source>
        <translation>Scenariopakket opnieuw &amp;laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the pack&apos;s files again (after editing)</source>
        <translation>De bestanden van het scenariopakket opnieuw inlezen (na bewerken)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;source…</source>
        <translation>&amp;Bron toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a PDF, HTML, Markdown or text document into the open pack</source>
        <translation>Een PDF-, HTML-, Markdown- of tekstdocument importeren in het geopende scenariopakket</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Trade-off matrix</source>
        <translation>&amp;Afwegingsmatrix</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sou&amp;rce viewer</source>
        <translation>&amp;Bronweergave</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close the source viewer</source>
        <translation>Bronweergave slu&amp;iten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escape in the source viewer</source>
        <translation>Escape in de bronweergave</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Library</source>
        <translation>Bibliothee&amp;k</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Library &amp;filter</source>
        <translation>Bibliotheek&amp;filter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Searc&amp;h</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pack &amp;problems</source>
        <translation>&amp;Problemen in het scenariopakket</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Facilitator notes</source>
        <translation>&amp;Notities voor de gespreksleider</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show or hide the facilitator notes (Ctrl+Shift+N)</source>
        <translation>Notities voor de gespreksleider tonen of verbergen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom &amp;in</source>
        <translation>Inz&amp;oomen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Werkelijke grootte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;system</source>
        <translation>Systeem &amp;volgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panels</source>
        <translation>Pan&amp;elen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reset layout</source>
        <translation>Indeling he&amp;rstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Panels and window size as on a first start</source>
        <translation>Panelen en venstergrootte zoals bij de eerste start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Terug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forward ▶</source>
        <translation>&amp;Vooruit ▶</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Next stage</source>
        <translation>Volge&amp;nde fase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Previous stage</source>
        <translation>Vo&amp;rige fase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Welcome page</source>
        <translation>&amp;Welkomstpagina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
</context>
<context>
    <name>PassagePanel</name>
    <message>
        <location filename="../ui/source_panels.py" line="-96"/>
        <source>Cited passage</source>
        <translation>Aangehaalde passage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English translation of the cited passage</source>
        <translation>Vertaling van de aangehaalde passage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time the cited passage describes</source>
        <translation>Periode die de aangehaalde passage beschrijft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on the citation</source>
        <translation>Toelichting bij de bronverwijzing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No passage selected: the whole document is shown.</source>
        <translation>Geen passage geselecteerd: het hele document wordt getoond.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Highlighted passage, in %1%2</source>
        <translation>Gemarkeerde passage, in het %1%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the passage describes that time, not when it was written.</source>
        <translation>%1: de passage beschrijft die periode, niet het moment waarop hij is geschreven.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <location filename="../ui/plain_text.py" line="+141"/>
        <source>%1, about %2</source>
        <translation>%1, over %2</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../ui/workshop/presenter.py" line="+68"/>
        <source>Presenter — %1</source>
        <translation>Presentatiescherm — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter</source>
        <translation>Presentatiescherm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presenter view</source>
        <translation>Presentatiescherm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave full screen</source>
        <translation>Volledig scherm verlaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger type</source>
        <translation>Grotere letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller type</source>
        <translation>Kleinere letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type at its normal size</source>
        <translation>Letters op normale grootte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black on white / white on black</source>
        <translation>Zwart op wit / wit op zwart</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <location filename="../ui/problems_panel.py" line="+41"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✖ error</source>
        <translation>✖ fout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ warning</source>
        <translation>⚠ waarschuwing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at</source>
        <translation>bij</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location line="+54"/>
        <source>Pack problems</source>
        <translation>Problemen in het scenariopakket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open file</source>
        <translation>Bestand &amp;openen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No problems: every scenario file is valid.</source>
        <translation>Geen problemen: alle scenariobestanden zijn geldig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenarios with errors are left out of the library; Enter opens the file, Ctrl+C copies.</source>
        <translation>Scenario&apos;s met fouten staan niet in de bibliotheek; Enter opent het bestand, Ctrl+C kopieert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>RankingBox</name>
    <message>
        <location filename="../ui/ranking_box.py" line="+300"/>
        <source>Ranking of the choices by your weights</source>
        <translation>Rangorde van de keuzes volgens uw gewichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the ranking is as it is</source>
        <translation>Waarom de rangorde zo is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How sensitive the ranking is to your weights</source>
        <translation>Hoe gevoelig de rangorde is voor uw gewichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is this computed?</source>
        <translation>Hoe wordt dit berekend?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how the ranking is computed</source>
        <translation>Tonen hoe de rangorde wordt berekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the ranking is computed</source>
        <translation>Hoe de rangorde wordt berekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;score&lt;/b&gt; = Σ over the choice&apos;s trade-offs of &lt;b&gt;weight&lt;/b&gt;(dimension) × &lt;b&gt;effect&lt;/b&gt; × &lt;b&gt;k&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;weight&lt;/b&gt;: your slider, 0 (does not matter) … 4 (most of all). &lt;b&gt;effect&lt;/b&gt;: the trade-off&apos;s direction and strength, −2 … +2, as the scenario states it. &lt;b&gt;k&lt;/b&gt;: 1 for a trade-off stated in or inferred from the documents; your setting (1, ½ or 0) for a facilitator assumption.&lt;/p&gt;&lt;p&gt;Equal scores share a rank. &lt;b&gt;Sensitivity&lt;/b&gt;: the smallest change of one weight, within 0 … 4, that lets another choice draw level with the first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;score&lt;/b&gt; = Σ over de afwegingen van de keuze van &lt;b&gt;gewicht&lt;/b&gt;(dimensie) × &lt;b&gt;effect&lt;/b&gt; × &lt;b&gt;k&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;gewicht&lt;/b&gt;: uw schuifregelaar, 0 (doet er niet toe) … 4 (het belangrijkst). &lt;b&gt;effect&lt;/b&gt;: richting en sterkte van de afweging, −2 … +2, zoals het scenario die vermeldt. &lt;b&gt;k&lt;/b&gt;: 1 voor een afweging die in de documenten wordt vermeld of eruit wordt afgeleid; uw instelling (1, ½ of 0) voor een aanname van de gespreksleider.&lt;/p&gt;&lt;p&gt;Gelijke scores delen een plaats. &lt;b&gt;Gevoeligheid&lt;/b&gt;: de kleinste wijziging van één gewicht, binnen 0 … 4, waardoor een andere keuze gelijk komt met de eerste.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This stage has no choices.</source>
        <translation>Deze fase heeft geen keuzes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All weights are zero: every choice scores 0, so there is no ranking. Give at least one dimension a weight.</source>
        <translation>Alle gewichten staan op nul: elke keuze scoort 0, dus er is geen rangorde. Geef ten minste één dimensie een gewicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 share the first place with %2.</source>
        <translation>%1 delen de eerste plaats met %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” leads with %2.</source>
        <translation>“%1” staat voorop met %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Carried by %1.</source>
        <translation>Gedragen door %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held back by %1.</source>
        <translation>Afgeremd door %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ahead of “%1” by %2, most of all on %3 (%4).</source>
        <translation>%2 voor op “%1”, vooral op %3 (%4).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sensitivity: raising the weight of %1 from %2 to %3 makes “%4” draw level.</source>
        <translation>Gevoeligheid: als het gewicht van %1 van %2 naar %3 gaat, komt “%4” gelijk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensitivity: lowering the weight of %1 from %2 to %3 makes “%4” draw level.</source>
        <translation>Gevoeligheid: als het gewicht van %1 van %2 naar %3 daalt, komt “%4” gelijk.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sensitivity: no change of a single weight (0–4) changes the first place.</source>
        <translation>Gevoeligheid: geen enkele wijziging van één gewicht (0–4) verandert de eerste plaats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raising %1 would favour %2.</source>
        <translation>Een hoger gewicht voor %1 zou %2 bevoordelen.</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location line="-185"/>
        <source>Rank</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  ✓ your choice</source>
        <translation>  ✓ uw keuze</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, rank %2, score %3</source>
        <translation>%1, plaats %2, score %3</translation>
    </message>
</context>
<context>
    <name>ReflectionController</name>
    <message>
        <location filename="../ui/reflection_dock.py" line="+54"/>
        <source>&amp;Journal</source>
        <translation>&amp;Logboek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reflect on this stage</source>
        <translation>Over deze fase &amp;reflecteren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journal &amp;entries</source>
        <translation>&amp;Notities in het logboek</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cite selection in my rationale</source>
        <translation>&amp;Selectie aanhalen in mijn onderbouwing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New journal…</source>
        <translation>Nieuw &amp;logboek…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport journal…</source>
        <translation>Logboek e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export this e&amp;ntry…</source>
        <translation>Deze notitie &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Journal</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Select a passage in the source viewer first, then cite it.</source>
        <translation>Selecteer eerst een passage in de bronweergave en haal die dan aan.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing written for this stage yet.</source>
        <translation>Voor deze fase is nog niets geschreven.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Journal not saved</source>
        <translation>Logboek niet opgeslagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your latest changes to the journal “%1” could not be saved:
%2

They are still here. Quit anyway and lose them?</source>
        <translation>Uw laatste wijzigingen in het logboek “%1” konden niet worden opgeslagen:
%2

Ze staan hier nog. Toch afsluiten en ze kwijtraken?</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Writing in the journal “%1”.</source>
        <translation>U schrijft in het logboek “%1”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This journal has no entries to export yet.</source>
        <translation>Dit logboek heeft nog geen notities om te exporteren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting… page %1 of %2</source>
        <translation>Exporteren… pagina %1 van %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal could not be exported: %1</source>
        <translation>Het logboek kon niet worden geëxporteerd: %1</translation>
    </message>
</context>
<context>
    <name>ReflectionPanel</name>
    <message>
        <location filename="../ui/reflection_panel.py" line="+236"/>
        <source>Journal warning</source>
        <translation>Waarschuwing bij het logboek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;i&gt;Open a scenario to reflect on it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Open een scenario om erover te reflecteren.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. First instinct, before reading the evidence</source>
        <translation>1. Eerste ingeving, voordat u het bewijsmateriaal leest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First instinct</source>
        <translation>Eerste ingeving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record first instinct</source>
        <translation>Eerste ingeving &amp;vastleggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record first instinct</source>
        <translation>Eerste ingeving vastleggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget it</source>
        <translation>Vergeten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the first instinct</source>
        <translation>De eerste ingeving vergeten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which way do you lean before opening any passage? Later you will see whether the evidence changed your mind.</source>
        <translation>Naar welke keuze neigt u voordat u een passage opent? Later ziet u of het bewijsmateriaal u van gedachten heeft doen veranderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. What matters to you</source>
        <translation>2. Wat voor u belangrijk is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Your decision</source>
        <translation>3. Uw besluit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your choice</source>
        <translation>Uw keuze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Zekerheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why you changed your mind, or kept it</source>
        <translation>Waarom u van gedachten veranderde, of niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choice:</source>
        <translation>&amp;Keuze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confi&amp;dence:</source>
        <translation>&amp;Zekerheid:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+239"/>
        <source>What happened afterwards</source>
        <translation>Wat er daarna gebeurde</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>4. Your rationale</source>
        <translation>4. Uw onderbouwing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rationale</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this choice? In your own words.</source>
        <translation>Waarom deze keuze? In uw eigen woorden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Passages you cite</source>
        <translation>5. Passages die u aanhaalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport this entry…</source>
        <translation>Deze notitie e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this entry</source>
        <translation>Deze notitie exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save status</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;This journal is read-only.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Dit logboek is alleen-lezen.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal: %1</source>
        <translation>Logboek: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Open a scenario first, then cite passages in your rationale.</source>
        <translation>Open eerst een scenario en haal dan passages aan in uw onderbouwing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This journal is read-only; the passage was not added.</source>
        <translation>Dit logboek is alleen-lezen; de passage is niet toegevoegd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not cite that selection: %1</source>
        <translation>Deze selectie kon niet worden aangehaald: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Saved to “%1” at %2</source>
        <translation>Opgeslagen in “%1” om %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not decided —</source>
        <translation>— nog niet besloten —</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not said</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your first instinct (recorded %1): &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Uw eerste ingeving (vastgelegd %1): &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You changed your mind: first &lt;b&gt;%1&lt;/b&gt;, now &lt;b&gt;%2&lt;/b&gt;. Why?</source>
        <translation>U bent van gedachten veranderd: eerst &lt;b&gt;%1&lt;/b&gt;, nu &lt;b&gt;%2&lt;/b&gt;. Waarom?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You kept your first instinct. What in the evidence confirmed it?</source>
        <translation>U bent bij uw eerste ingeving gebleven. Wat in het bewijsmateriaal bevestigde die?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What happened afterwards (after %1)</source>
        <translation>Wat er daarna gebeurde (na %1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Pick the choice you lean towards first.</source>
        <translation>Kies eerst de keuze waar u naar neigt.</translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <location filename="../ui/workshop/results_chart.py" line="-193"/>
        <source>Vote results</source>
        <translation>Uitslag van de stemming</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2): first vote %3, second vote %4</source>
        <translation>%1 (%2): eerste stemming %3, tweede stemming %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2): first vote %3</source>
        <translation>%1 (%2): eerste stemming %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>First vote</source>
        <translation>Eerste stemming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second vote</source>
        <translation>Tweede stemming</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../ui/review_mode.py" line="+50"/>
        <source>Re&amp;view</source>
        <translation>Be&amp;oordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review claims…</source>
        <translation>Beweringen &amp;beoordelen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go through the pack&apos;s claims one by one and record a verdict on each (second reader)</source>
        <translation>De beweringen in het scenariopakket een voor een doorlopen en bij elke bewering een oordeel vastleggen (tweede lezer)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Mark reviewed claims</source>
        <translation>Beoordeelde beweringen &amp;markeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a second reader&apos;s verdict beside each claim</source>
        <translation>Het oordeel van een tweede lezer naast elke bewering tonen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Review file: %1</source>
        <translation>Beoordelingsbestand: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the pack&apos;s review file…</source>
        <translation>Het beoordelingsbestand van het scenariopakket wordt gelezen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review file cannot be used</source>
        <translation>Beoordelingsbestand is onbruikbaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Nothing was changed. Mend or move the file, then reload the pack (F5).</source>
        <translation>%1

Er is niets gewijzigd. Herstel of verplaats het bestand en laad het scenariopakket daarna opnieuw (F5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review file was not read.</source>
        <translation>Het beoordelingsbestand is niet gelezen.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../ui/review_dialog.py" line="+171"/>
        <source>Review the pack&apos;s claims</source>
        <translation>Beweringen in het scenariopakket beoordelen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All claims</source>
        <translation>Alle beweringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needing review (unreviewed or stale)</source>
        <translation>Te beoordelen (nog niet beoordeeld of verouderd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open findings (verdicts other than confirmed)</source>
        <translation>Openstaande bevindingen (oordeel anders dan bevestigd)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which claims to go through</source>
        <translation>Welke beweringen u doorloopt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position in the review</source>
        <translation>Positie in de beoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim under review, its passages in context</source>
        <translation>Bewering in beoordeling, met de passages in hun context</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict (Ctrl+1 … Ctrl+5; record with Ctrl+Return)</source>
        <translation>Oordeel (Ctrl+1 … Ctrl+5; vastleggen met Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Confirmed</source>
        <translation>&amp;Bevestigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Should be &amp;inferred</source>
        <translation>Had &amp;afgeleid moeten zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unsupported</source>
        <translation>Niet ge&amp;staafd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gloss problem</source>
        <translation>&amp;Probleem met de vertaling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;ther</source>
        <translation>Ande&amp;r</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict: %1</source>
        <translation>Oordeel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on the verdict</source>
        <translation>Toelichting bij het oordeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong, or what would fix it (optional).</source>
        <translation>Wat er mis is, of hoe het kan worden hersteld (optioneel).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, signed on each verdict</source>
        <translation>Uw naam, waarmee elk oordeel wordt ondertekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>Toe&amp;lichting:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous</source>
        <translation>&amp;Vorige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous claim (Ctrl+PgUp)</source>
        <translation>Vorige bewering (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>V&amp;olgende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next claim (Ctrl+PgDown)</source>
        <translation>Volgende bewering (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record verdict and go on</source>
        <translation>Oordeel vastleggen en ver&amp;der</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous claim</source>
        <translation>Vorige bewering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next claim</source>
        <translation>Volgende bewering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the verdict and go to the next claim</source>
        <translation>Het oordeel vastleggen en naar de volgende bewering gaan</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Sign the verdict with your name and go to the next claim (Ctrl+Return)</source>
        <translation>Het oordeel met uw naam ondertekenen en naar de volgende bewering gaan (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review status</source>
        <translation>Stand van de beoordeling</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Nothing to review here.</source>
        <translation>Hier valt niets te beoordelen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No claim matches this choice of claims.</source>
        <translation>Geen bewering past bij deze keuze.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Claim %1 of %2 shown (%3 in the pack)</source>
        <translation>Bewering %1 van %2 getoond (%3 in het scenariopakket)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Argument for</source>
        <translation>Argument voor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Argument against</source>
        <translation>Argument tegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In your language (the verdict is on the text above): %1</source>
        <translation>In uw taal (het oordeel gaat over de tekst hierboven): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stated: the cited passage itself asserts this effect</source>
        <translation>vermeld: de aangehaalde passage stelt dit effect zelf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inferred: follows from the passages by a written step</source>
        <translation>afgeleid: volgt uit de passages via een uitgeschreven redenering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facilitator assumption</source>
        <translation>aanname van de gespreksleider</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasoning:</source>
        <translation>Redenering:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reasoning written.</source>
        <translation>Geen redenering geschreven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cited passages, in context</source>
        <translation>Aangehaalde passages, in hun context</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Author’s note: %1</source>
        <translation>Noot van de auteur: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not reviewed yet.</source>
        <translation>Nog niet beoordeeld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewed as “%1” by %2, but the claim or its passages changed since: review it again.</source>
        <translation>Beoordeeld als “%1” door %2, maar de bewering of de passages zijn sindsdien gewijzigd: beoordeel opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviewed: %1, by %2.</source>
        <translation>Beoordeeld: %1, door %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a verdict first (Ctrl+1 … Ctrl+5).</source>
        <translation>Kies eerst een oordeel (Ctrl+1 … Ctrl+5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your name: each verdict is signed.</source>
        <translation>Typ uw naam: elk oordeel wordt ondertekend.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded: %1 — %2.</source>
        <translation>Vastgelegd: %1 — %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not saved: %1. The verdicts stay here; record another to try again.</source>
        <translation>Niet opgeslagen: %1. De oordelen blijven hier staan; leg er nog een vast om het opnieuw te proberen.</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <location filename="../ui/workshop/setup_models.py" line="+20"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no role)</source>
        <translation>(geen rol)</translation>
    </message>
</context>
<context>
    <name>RoomBridge</name>
    <message>
        <location filename="../ui/workshop/room_bridge.py" line="+138"/>
        <source>The workshop has ended; phones can no longer vote.</source>
        <translation>De workshop is beëindigd; telefoons kunnen niet meer stemmen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Phones cannot be served at %1: %2</source>
        <translation>Telefoons kunnen niet worden bediend op %1: %2</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <location filename="../ui/workshop/room_panel.py" line="+63"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Argued by: %1</source>
        <translation>Bepleit door: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>What happened afterwards (after %1)</source>
        <translation>Wat er daarna gebeurde (na %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened afterwards</source>
        <translation>Wat er daarna gebeurde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To discuss</source>
        <translation>Om te bespreken</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>What the room sees</source>
        <translation>Wat de zaal ziet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Voted: %1</source>
        <translation>Gestemd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for: %1</source>
        <translation>Wacht op: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources: %1</source>
        <translation>Bronnen: %1</translation>
    </message>
</context>
<context>
    <name>RoomVoting</name>
    <message>
        <location filename="../ui/workshop/room_dock.py" line="+40"/>
        <source>Phones</source>
        <translation>Telefoons</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voting from phones</source>
        <translation>Stemmen met telefoons</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Arguments</source>
        <translation>Argumenten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room&apos;s arguments</source>
        <translation>De argumenten uit de zaal</translation>
    </message>
</context>
<context>
    <name>RoomVotingBox</name>
    <message>
        <location filename="../ui/workshop/room_voting.py" line="+78"/>
        <location line="+52"/>
        <source>&amp;Let phones vote</source>
        <translation>&amp;Telefoons laten stemmen</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Let phones vote over the room&apos;s network</source>
        <translation>Telefoons laten stemmen via het netwerk in de zaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network address for phones</source>
        <translation>Netwerkadres voor telefoons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again</source>
        <translation>Opnieuw zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again for network addresses</source>
        <translation>Opnieuw naar netwerkadressen zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join address</source>
        <translation>Aanmeldadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones that joined and voted</source>
        <translation>Telefoons die zich hebben aangemeld en hebben gestemd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;join screen</source>
        <translation>&amp;Aanmeldscherm tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the join address and QR code on the presenter</source>
        <translation>Het aanmeldadres en de QR-code op het presentatiescherm tonen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This computer is on no network phones could reach. Join the room&apos;s Wi-Fi, then look again.</source>
        <translation>Deze computer zit niet op een netwerk dat telefoons kunnen bereiken. Maak verbinding met de wifi in de zaal en zoek dan opnieuw.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+45"/>
        <source>Phones can vote (click to stop)</source>
        <translation>Telefoons kunnen stemmen (klik om te stoppen)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Phones are off. Votes are typed in at the console.</source>
        <translation>Telefoons staan uit. Stemmen worden in de console ingevoerd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No phone has joined yet. Phones must be on the same network as this computer; a guest Wi-Fi that keeps devices apart will not do.</source>
        <translation>Er heeft zich nog geen telefoon aangemeld. Telefoons moeten op hetzelfde netwerk zitten als deze computer; een gastenwifi die apparaten van elkaar afschermt, werkt niet.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n phones joined. No vote is open.</source>
        <translation>
            <numerusform>%n telefoon aangemeld. Er is geen stemming geopend.</numerusform>
            <numerusform>%n telefoons aangemeld. Er is geen stemming geopend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n phones voted</source>
        <translation>
            <numerusform>Gestemd: %1 van %n telefoon</numerusform>
            <numerusform>Gestemd: %1 van %n telefoons</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 van %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Typed at the console: %1 (%n votes)</source>
        <translation>
            <numerusform>Ingevoerd in de console: %1 (%n stem)</numerusform>
            <numerusform>Ingevoerd in de console: %1 (%n stemmen)</numerusform>
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
            <numerusform>ongeveer %n minuut</numerusform>
            <numerusform>ongeveer %n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message>
        <location filename="../ui/scenario_view.py" line="+95"/>
        <source>passage %1</source>
        <translation>passage %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>about %n minutes</source>
        <translation>
            <numerusform>ongeveer %n minuut</numerusform>
            <numerusform>ongeveer %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>introductory</source>
        <translation>inleidend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intermediate</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advanced</source>
        <translation>gevorderd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tags:</source>
        <translation>labels:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>strongly better</source>
        <translation>veel beter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>better</source>
        <translation>beter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worse</source>
        <translation>slechter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strongly worse</source>
        <translation>veel slechter</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Stage %1: %2</source>
        <translation>Fase %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open only if you chose %1 earlier.</source>
        <translation>Alleen open als u eerder voor %1 hebt gekozen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leads to %1.</source>
        <translation>Leidt naar %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends the scenario.</source>
        <translation>Beëindigt het scenario.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trade-offs</source>
        <translation>Afwegingen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Arguments for</source>
        <translation>Argumenten voor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arguments against</source>
        <translation>Argumenten tegen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Date of the decision: %1</source>
        <translation>Datum van het besluit: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Discussion</source>
        <translation>Discussie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facilitator notes</source>
        <translation>Notities voor de gespreksleider</translation>
    </message>
</context>
<context>
    <name>ScenarioView</name>
    <message>
        <location line="+88"/>
        <source>Stages of the scenario</source>
        <translation>Fasen van het scenario</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+48"/>
        <source>&amp;Facilitator notes</source>
        <translation>&amp;Notities voor de gespreksleider</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Show or hide the facilitator notes (Ctrl+Shift+N)</source>
        <translation>Notities voor de gespreksleider tonen of verbergen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>What happened afterwards</source>
        <translation>Wat er daarna gebeurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what happened after this decision (you have recorded your choice).</source>
        <translation>Tonen wat er na dit besluit gebeurde (u hebt uw keuze vastgelegd).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened afterwards (hindsight, facilitator notes)</source>
        <translation>Wat er daarna gebeurde (terugblik, notities voor de gespreksleider)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hindsight for the facilitator: the reader has not chosen yet.</source>
        <translation>Terugblik voor de gespreksleider: de lezer heeft nog niet gekozen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened afterwards: record your choice first</source>
        <translation>Wat er daarna gebeurde: leg eerst uw keuze vast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens once you have recorded your choice for this stage (Journal → Reflect on this stage, Ctrl+J), so hindsight does not colour the decision.</source>
        <translation>Gaat open zodra u uw keuze voor deze fase hebt vastgelegd (Logboek → Over deze fase reflecteren, Ctrl+J), zodat kennis achteraf het besluit niet kleurt.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Go to another stage of this scenario</source>
        <translation>Naar een andere fase van dit scenario gaan</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../core/search.py" line="+39"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision-maker</source>
        <translation>Besluitvormer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument for</source>
        <translation>Argument voor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument against</source>
        <translation>Argument tegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator notes</source>
        <translation>Notities voor de gespreksleider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion prompt</source>
        <translation>Discussievraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cited passage</source>
        <translation>Aangehaalde passage</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../ui/search_dock.py" line="+27"/>
        <location line="+12"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>Search is getting ready…</source>
        <translation>Zoeken wordt voorbereid…</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../ui/search_panel.py" line="+178"/>
        <source>Search scenarios and sources (accents optional)</source>
        <translation>Zoeken in scenario&apos;s en bronnen (accenten optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search query</source>
        <translation>Zoekopdracht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search status</source>
        <translation>Zoekstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Preparing the search index…</source>
        <translation>De zoekindex wordt voorbereid…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a word in English, Dutch or French; accents are optional.</source>
        <translation>Typ een woord in het Engels, Nederlands of Frans; accenten zijn optioneel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matches.</source>
        <translation>Geen treffers.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n scenarios</source>
        <translation>
            <numerusform>%n scenario</numerusform>
            <numerusform>%n scenario&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n sources</source>
        <translation>
            <numerusform>in %n bron</numerusform>
            <numerusform>in %n bronnen</numerusform>
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
            <numerusform>%1 van %n treffer getoond; voeg een woord toe om te verfijnen.</numerusform>
            <numerusform>%1 van %n treffers getoond; voeg een woord toe om te verfijnen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Found: %1.</source>
        <translation>Gevonden: %1.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../ui/search_model.py" line="+26"/>
        <source>Paragraph</source>
        <translation>Alinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Kop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Ondertitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footnote</source>
        <translation>Voetnoot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Bijschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull quote</source>
        <translation>Uitgelicht citaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstract</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List item</source>
        <translation>Opsommingsteken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>Auteursregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the author</source>
        <translation>Over de auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotation</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Scenarios</source>
        <translation>Scenario&apos;s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n passages</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter opens the scenario</source>
        <translation>Enter opent het scenario</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter opens the passage, highlighted</source>
        <translation>Enter opent de passage, gemarkeerd</translation>
    </message>
</context>
<context>
    <name>SelectionCiting</name>
    <message>
        <location filename="../ui/source_citing.py" line="+75"/>
        <source>Select a passage of the source first, then copy it as a citation.</source>
        <translation>Selecteer eerst een passage in de bron en kopieer die dan als bronverwijzing.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The reading edition leaves this text out; cite the text itself.</source>
        <translation>De leeseditie laat deze tekst weg; haal de tekst zelf aan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The selection holds no text.</source>
        <translation>De selectie bevat geen tekst.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied citation “%1”: paste it under a scenario&apos;s evidence.</source>
        <translation>Bronverwijzing “%1” gekopieerd: plak die onder het bewijsmateriaal van een scenario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied citation “%1”, but the quote is not unique: select a longer passage.</source>
        <translation>Bronverwijzing “%1” gekopieerd, maar het citaat is niet uniek: selecteer een langere passage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a pack with a valid scenario first.</source>
        <translation>Open eerst een scenariopakket met een geldig scenario.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Append citations to</source>
        <translation>Bronverwijzingen toevoegen aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario file:</source>
        <translation>Scenariobestand:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not appended: %1</source>
        <translation>Niet toegevoegd: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appended citation “%1” to %2.</source>
        <translation>Bronverwijzing “%1” toegevoegd aan %2.</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <location filename="../ui/workshop/sessions_dialog.py" line="+82"/>
        <source>Workshop sessions</source>
        <translation>Workshopsessies</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved workshop sessions</source>
        <translation>Opgeslagen workshopsessies</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the saved sessions…</source>
        <translation>De opgeslagen sessies worden gelezen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected session</source>
        <translation>De geselecteerde sessie openen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No workshop has been saved yet.</source>
        <translation>Er is nog geen workshop opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sessions, %1 of them ended.</source>
        <translation>
            <numerusform>%n sessie, waarvan %1 beëindigd.</numerusform>
            <numerusform>%n sessies, waarvan %1 beëindigd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location line="-66"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it stands</source>
        <translation>Stand van zaken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last saved</source>
        <translation>Laatst opgeslagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not ended (can be resumed)</source>
        <translation>Niet beëindigd (kan worden hervat)</translation>
    </message>
</context>
<context>
    <name>ShiftModel</name>
    <message>
        <location filename="../ui/workshop/results_chart.py" line="+105"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved</source>
        <translation>Verschoven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From → to</source>
        <translation>Van → naar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no change</source>
        <translation>geen verandering</translation>
    </message>
</context>
<context>
    <name>ShiftTable</name>
    <message>
        <location line="+34"/>
        <source>Shift between the votes</source>
        <translation>Verschuiving tussen de stemmingen</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <location filename="../ui/dialogs.py" line="-72"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move between controls</source>
        <translation>Tussen bedieningselementen wisselen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the scenario and move into it</source>
        <translation>Het scenario openen en erin gaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Library filter</source>
        <translation>Bibliotheekfilter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move into the list</source>
        <translation>Naar de lijst gaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Next or previous link (citation)</source>
        <translation>Volgende of vorige link (bronverwijzing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the focused citation</source>
        <translation>De geselecteerde bronverwijzing openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage tabs</source>
        <translation>Tabbladen van de fasen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous or next stage</source>
        <translation>Vorige of volgende fase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left, Right</source>
        <translation>Links, Rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Pack problems</source>
        <translation>Problemen in het scenariopakket</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Open the file</source>
        <translation>Het bestand openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy file:line: message</source>
        <translation>bestand:regel: melding kopiëren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
</context>
<context>
    <name>SourceColumn</name>
    <message>
        <location filename="../ui/source_column.py" line="+59"/>
        <source>◀ Back to the scenario</source>
        <translation>◀ Terug naar het scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the source and show the scenario again (Escape)</source>
        <translation>De bron sluiten en het scenario weer tonen (Escape)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the scenario</source>
        <translation>Terug naar het scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the source viewer (Escape)</source>
        <translation>Bronweergave sluiten (Escape)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close the source viewer</source>
        <translation>Bronweergave sluiten</translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <location filename="../ui/source_pane.py" line="+103"/>
        <source>Reading edition</source>
        <translation>Leeseditie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original text, as received</source>
        <translation>Originele tekst, zoals ontvangen</translation>
    </message>
</context>
<context>
    <name>SourceRender</name>
    <message>
        <location filename="../ui/source_render.py" line="+84"/>
        <source>Footnote %1</source>
        <translation>Voetnoot %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Footnote</source>
        <translation>Voetnoot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caption</source>
        <translation>Bijschrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull quote</source>
        <translation>Uitgelicht citaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abstract</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the author</source>
        <translation>Over de auteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in %1</source>
        <translation>in het %1</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <location filename="../ui/source_viewer.py" line="+186"/>
        <source>Document details</source>
        <translation>Documentgegevens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;i&gt;No document open. Follow a citation to open its source here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Er is geen document geopend. Volg een bronverwijzing om de bron hier te openen.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+113"/>
        <source>◀ &amp;Previous citation</source>
        <translation>◀ &amp;Vorige bronverwijzing</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+113"/>
        <source>Ne&amp;xt citation ▶</source>
        <translation>V&amp;olgende bronverwijzing ▶</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+113"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+112"/>
        <source>&amp;Copy with reference</source>
        <translation>&amp;Kopiëren met bronvermelding</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+111"/>
        <source>Copy as c&amp;itation</source>
        <translation>Kopiëren als &amp;bronverwijzing</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+116"/>
        <source>Put the selected passage on the clipboard as a scenario&apos;s evidence entry</source>
        <translation>De geselecteerde passage naar het klembord kopiëren als bewijsmateriaal voor een scenario</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+108"/>
        <source>&amp;Original text</source>
        <translation>Originele &amp;tekst</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <source>Coverage &amp;map</source>
        <translation>&amp;Dekkingskaart</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Citation position</source>
        <translation>Positie van de bronverwijzing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source viewer tools</source>
        <translation>Hulpmiddelen van de bronweergave</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+27"/>
        <source>&amp;Append citation to scenario…</source>
        <translation>Bronverwijzing &amp;aan scenario toevoegen…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter / Shift+Enter</source>
        <translation>Enter / Shift+Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next / previous match, in the find bar</source>
        <translation>Volgende / vorige treffer, in de zoekbalk</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Reference</source>
        <translation>Bronvermelding</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>in this scenario</source>
        <translation>in dit scenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in this document</source>
        <translation>in dit document</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Citation %1 of %n %2</source>
        <translation>
            <numerusform>Bronverwijzing %1 van %n %2</numerusform>
            <numerusform>Bronverwijzing %1 van %n %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n citations %1</source>
        <translation>
            <numerusform>%n bronverwijzing %1</numerusform>
            <numerusform>%n bronverwijzingen %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TradeOffChart</name>
    <message>
        <location filename="../ui/tradeoff_chart.py" line="+105"/>
        <source>Trade-off chart</source>
        <translation>Afwegingsgrafiek</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>No scenario selected.</source>
        <translation>Geen scenario geselecteerd.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>gains %1 · losses %2</source>
        <translation>winst %1 · verlies %2</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Right: better (▲ +1, ▲▲ +2) · Left: worse (▼ −1, ▼▼ −2) · Middle (·): no effect claimed</source>
        <translation>Rechts: beter (▲ +1, ▲▲ +2) · Links: slechter (▼ −1, ▼▼ −2) · Midden (·): geen effect vermeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● stated (solid)</source>
        <translation>● vermeld (gevuld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◐ inferred (hatched)</source>
        <translation>◐ afgeleid (gearceerd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>○ facilitator assumption (outline)</source>
        <translation>○ aanname van de gespreksleider (omlijning)</translation>
    </message>
</context>
<context>
    <name>TradeOffMatrix</name>
    <message>
        <location filename="../ui/tradeoffs.py" line="+113"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage of the scenario</source>
        <translation>Fase van het scenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the trade-offs as a table</source>
        <translation>De afwegingen als tabel tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hart</source>
        <translation>&amp;Grafiek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the trade-offs as a chart</source>
        <translation>De afwegingen als grafiek tonen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trade-off matrix: choices by dimensions</source>
        <translation>Afwegingsmatrix: keuzes per dimensie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices by number</source>
        <translation>Keuzes op nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade-off chart</source>
        <translation>Afwegingsgrafiek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▲▲ strongly better · ▲ better · ▼ worse · ▼▼ strongly worse · a dot: no stated effect</source>
        <translation>▲▲ veel beter · ▲ beter · ▼ slechter · ▼▼ veel slechter · een punt: geen vermeld effect</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+181"/>
        <source>Select a cell to see the claim and the passages behind it.</source>
        <translation>Selecteer een cel om de bewering en de onderliggende passages te zien.</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Selected trade-off</source>
        <translation>Geselecteerde afweging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citations behind the selected trade-off</source>
        <translation>Bronverwijzingen achter de geselecteerde afweging</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Reasoning (the step from the passages to the claim):</source>
        <translation>Redenering (de stap van de passages naar de bewering):</translation>
    </message>
</context>
<context>
    <name>TradeOffTableModel</name>
    <message>
        <location line="-405"/>
        <source>No stated effect on %1</source>
        <translation>Geen vermeld effect op %1</translation>
    </message>
</context>
<context>
    <name>TradeOffs</name>
    <message>
        <location filename="../ui/tradeoff_chart.py" line="-293"/>
        <source>strongly better</source>
        <translation>veel beter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>better</source>
        <translation>beter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worse</source>
        <translation>slechter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strongly worse</source>
        <translation>veel slechter</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../ui/vocabulary.py" line="+29"/>
        <source>Translation (not in the source)</source>
        <translation>Vertaling (niet in de bron)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My journal</source>
        <extracomment>The name of the journal the app starts for every reader (shown in the journal's panels).</extracomment>
        <translation>Mijn logboek</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stated in the cited documents</source>
        <extracomment>After the evidence mark, in a sentence: "● stated in the cited documents".</extracomment>
        <translation>vermeld in de aangehaalde documenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inferred from the cited passages</source>
        <translation>afgeleid uit de aangehaalde passages</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>facilitator assumption</source>
        <translation>aanname van de gespreksleider</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>stated</source>
        <extracomment>Beside the mark where room is short: "● stated".</extracomment>
        <translation>vermeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inferred</source>
        <translation>afgeleid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a guess</source>
        <translation>een gok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsure</source>
        <translation>onzeker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fairly sure</source>
        <translation>vrij zeker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sure</source>
        <translation>zeker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certain</source>
        <translation>heel zeker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices</source>
        <translation>Keuzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Bewijsmateriaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First vote (blind)</source>
        <translation>Eerste stemming (blind)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion</source>
        <translation>Discussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second vote</source>
        <translation>Tweede stemming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Uitslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be inferred</source>
        <translation>had afgeleid moeten zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported by the passage</source>
        <translation>niet gestaafd door de passage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gloss problem</source>
        <translation>probleem met de vertaling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other problem</source>
        <translation>ander probleem</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Role %1 of %2</source>
        <translation>Rol %1 van %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context %1 of %2</source>
        <translation>Context %1 van %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence %1 of %2</source>
        <translation>Bewijsmateriaal %1 van %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenario %1 of %2</source>
        <translation>Scenario %1 van %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you</source>
        <translation>Dank u wel</translation>
    </message>
</context>
<context>
    <name>VoteModel</name>
    <message>
        <location filename="../ui/workshop/vote_table.py" line="+125"/>
        <source>%1 (not in)</source>
        <translation>%1 (niet ingevoerd)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n votes for a group of %1: a typo?</source>
        <translation>
            <numerusform>%n stem voor een groep van %1: een tikfout?</numerusform>
            <numerusform>%n stemmen voor een groep van %1: een tikfout?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteStatus</name>
    <message>
        <location filename="../ui/workshop/vote_status.py" line="+46"/>
        <source>Typing for: %1 (group %2 of %3), choice %4</source>
        <translation>Invoer voor: %1 (groep %2 van %3), keuze %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not entered</source>
        <translation>niet ingevoerd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undone: %1 is back to %2</source>
        <translation>Ongedaan gemaakt: %1 staat weer op %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last change: %1, %2: %3 → %4 (Ctrl+Z undoes it)</source>
        <translation>Laatste wijziging: %1, %2: %3 → %4 (Ctrl+Z maakt die ongedaan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change: %1&apos;s entry removed (Ctrl+Z undoes it)</source>
        <translation>Laatste wijziging: invoer van %1 verwijderd (Ctrl+Z maakt die ongedaan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change: %1 now %2 (Ctrl+Z undoes it)</source>
        <translation>Laatste wijziging: %1 nu %2 (Ctrl+Z maakt die ongedaan)</translation>
    </message>
</context>
<context>
    <name>VoteTable</name>
    <message>
        <location filename="../ui/workshop/vote_table.py" line="+101"/>
        <source>Votes: counts per group and choice</source>
        <translation>Stemmen: aantallen per groep en keuze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a count; Tab goes to the next choice of the same group; Enter goes to the next group; Delete removes the group&apos;s entry; Ctrl+Z undoes.</source>
        <translation>Typ een aantal; Tab gaat naar de volgende keuze van dezelfde groep; Enter gaat naar de volgende groep; Delete verwijdert de invoer van de groep; Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>A count goes up to %1.</source>
        <translation>Een aantal gaat tot maximaal %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This is the group&apos;s first choice.</source>
        <translation>Dit is de eerste keuze van de groep.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the group&apos;s last choice: Enter goes to the next group.</source>
        <translation>Dit is de laatste keuze van de groep: Enter gaat naar de volgende groep.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the last group.</source>
        <translation>Dit is de laatste groep.</translation>
    </message>
</context>
<context>
    <name>WeightsEditor</name>
    <message>
        <location filename="../ui/ranking_box.py" line="-162"/>
        <source>How much facilitator assumptions count</source>
        <translation>Hoe zwaar aannames van de gespreksleider meetellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>count fully</source>
        <translation>tellen volledig mee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>count half</source>
        <translation>tellen half mee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>do not count</source>
        <translation>tellen niet mee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facilitator &amp;assumptions:</source>
        <translation>&amp;Aannames van de gespreksleider:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Equal weights</source>
        <translation>&amp;Gelijke gewichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set every weight back to the default</source>
        <translation>Alle gewichten terugzetten naar de standaardwaarde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>does not matter</source>
        <translation>doet er niet toe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a little</source>
        <translation>een beetje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matters</source>
        <translation>telt mee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a lot</source>
        <translation>telt zwaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>most of all</source>
        <translation>het belangrijkst</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Weights: 0 = does not matter … 4 = most of all</source>
        <translation>Gewichten: 0 = doet er niet toe … 4 = het belangrijkst</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Weight of %1</source>
        <translation>Gewicht van %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcome.py" line="+84"/>
        <source>Peace-operations dilemma explorer</source>
        <translation>Dilemmaverkenner vredesoperaties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work through real policy dilemmas of UN and other peace operations: what to contribute, how to protect civilians, what is lost when a mission leaves. Each scenario puts a decision in front of you, with its choices, the arguments for and against, and what each choice gains or costs.</source>
        <translation>Werk echte beleidsdilemma&apos;s uit VN- en andere vredesoperaties door: wat draagt u bij, hoe beschermt u burgers, wat gaat er verloren als een missie vertrekt? Elk scenario legt u een besluit voor, met de keuzes, de argumenten voor en tegen, en wat elke keuze oplevert of kost.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Follow a citation</source>
        <translation>Een bronverwijzing volgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody has to take a scenario&apos;s word for anything. Underlined words are citations: click one, or reach it with Tab and press Enter, and the document opens beside the scenario with the exact passage highlighted. Dutch and French passages come with an English translation. Alt+Left takes you back.</source>
        <translation>U hoeft een scenario nergens op zijn woord te geloven. Onderstreepte woorden zijn bronverwijzingen: klik erop, of ga erheen met Tab en druk op Enter, en het document opent naast het scenario met precies die passage gemarkeerd. Passages in een andere taal hebben een Nederlandse vertaling. Met Alt+Links gaat u terug.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading scenarios…</source>
        <translation>Scenario&apos;s worden geladen…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Start with the first scenario</source>
        <translation>Beginnen met het eerste scenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the keyboard shortcuts</source>
        <translation>Sneltoetsen tonen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the documents come from</source>
        <translation>Waar de documenten vandaan komen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Five public documents about peace operations, 2018 to 2026 (loading…).</source>
        <translation>Vijf openbare documenten over vredesoperaties, 2018 tot 2026 (worden geladen…).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every claim is tied to a passage in one of these public documents, kept exactly as received and shown in a clean reading edition:</source>
        <translation>Elke bewering is gekoppeld aan een passage in een van deze openbare documenten, die precies zo worden bewaard als ze zijn ontvangen en worden getoond in een overzichtelijke leeseditie:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No scenarios in this pack</source>
        <translation>Geen scenario&apos;s in dit scenariopakket</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>about %n minutes</source>
        <translation>
            <numerusform>ongeveer %n minuut</numerusform>
            <numerusform>ongeveer %n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopConsole</name>
    <message>
        <location filename="../ui/workshop/console.py" line="+285"/>
        <source>Workshop console — %1</source>
        <translation>Workshopconsole — %1</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agenda (Enter jumps)</source>
        <translation>Agenda (Enter: openen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the room&apos;s screen</source>
        <translation>Voorbeeld van het scherm in de zaal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type a count: it counts at once. Tab goes to the next choice of the same group; Enter goes to the next group; Delete takes a group&apos;s entry out; Ctrl+Z undoes.</source>
        <translation>Typ een aantal: het telt meteen mee. Tab gaat naar de volgende keuze van dezelfde groep; Enter gaat naar de volgende groep; Delete haalt de invoer van een groep weg; Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Results preview (not shown to the room)</source>
        <translation>Voorbeeld van de uitslag (niet zichtbaar voor de zaal)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The pack&apos;s notes for facilitators</source>
        <translation>De notities voor gespreksleiders uit het scenariopakket</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your notes (saved with the session)</source>
        <translation>Uw notities (opgeslagen bij de sessie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your notes on this scenario: what the room said, what to follow up.</source>
        <translation>Uw notities bij dit scenario: wat de zaal zei, waar u op terug wilt komen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discussion timer</source>
        <translation>Timer voor de discussie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For the facilitator (never shown to the room)</source>
        <translation>Voor de gespreksleider (niet voor de zaal)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your notes (Ctrl+J)</source>
        <translation>Uw notities (Ctrl+J)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Groups:</source>
        <translation>Groepen:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(stopped)</source>
        <translation>(gestopt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The room sees: %1</source>
        <translation>De zaal ziet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCREEN BLANKED (B to show it again)</source>
        <translation>SCHERM ZWART (B om het weer te tonen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notes appear here during a scenario.</source>
        <translation>Tijdens een scenario verschijnen hier notities.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the timer</source>
        <translation>De timer stoppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the timer</source>
        <translation>De timer starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing (blank screen)</source>
        <translation>niets (zwart scherm)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> with the votes</source>
        <translation> met de stemmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page Down starts the next step.</source>
        <translation>Page Down start de volgende stap.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First vote</source>
        <translation>Eerste stemming</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second vote</source>
        <translation>Tweede stemming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>showing to the room</source>
        <translation>zichtbaar voor de zaal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hidden from the room</source>
        <translation>verborgen voor de zaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (read only at this step)</source>
        <translation> (alleen-lezen bij deze stap)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>   (total %1)</source>
        <translation>   (totaal %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   Still to enter: %1</source>
        <translation>   Nog open: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved %1</source>
        <translation>Opgeslagen %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save a copy of the session</source>
        <translation>Een kopie van de sessie opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshop sessions (*.workshop.json)</source>
        <translation>Workshopsessies (*.workshop.json)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Session not saved</source>
        <translation>Sessie niet opgeslagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The latest actions of “%1” could not be saved:
%2

Use Save a copy to keep them in another place. Close anyway and lose them?</source>
        <translation>De laatste handelingen in “%1” konden niet worden opgeslagen:
%2

Gebruik Kopie opslaan om ze ergens anders te bewaren. Toch sluiten en ze kwijtraken?</translation>
    </message>
    <message>
        <location filename="../ui/workshop/console_actions.py" line="+58"/>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Window</source>
        <translation>&amp;Venster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next step</source>
        <translation>Volgende &amp;stap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the room the next step</source>
        <translation>De zaal de volgende stap tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorige stap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back a step</source>
        <translation>Een stap teruggaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Blank or show the screen</source>
        <translation>Scherm &amp;zwart maken of tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Black out the room&apos;s screen, or bring it back</source>
        <translation>Het scherm in de zaal zwart maken, of weer tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank</source>
        <translation>Zwart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reveal the votes</source>
        <translation>Stemmen &amp;onthullen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the room the votes of this step</source>
        <translation>De zaal de stemmen van deze stap tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal</source>
        <translation>Onthullen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo the last vote change</source>
        <translation>Laatste stemwijziging on&amp;gedaan maken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the counts back as they were before the last change</source>
        <translation>De aantallen terugzetten zoals ze waren vóór de laatste wijziging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter &amp;votes</source>
        <translation>Stemmen &amp;invoeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the keyboard in the vote grid</source>
        <translation>Het toetsenbord naar de stemtabel verplaatsen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your &amp;notes</source>
        <translation>Uw &amp;notities</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the keyboard in your notes</source>
        <translation>Het toetsenbord naar uw notities verplaatsen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export the debrief…</source>
        <translation>Nabespreking &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the debrief as PDF, HTML or Markdown</source>
        <translation>De nabespreking opslaan als PDF, HTML of Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the session under another name and go on there</source>
        <translation>De sessie onder een andere naam opslaan en daarin verdergaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;nd the workshop…</source>
        <translation>Workshop &amp;beëindigen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark the session finished, show the room the end and offer the debrief</source>
        <translation>De sessie als afgerond markeren, de zaal het einde tonen en de nabespreking aanbieden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End workshop</source>
        <translation>Workshop beëindigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close the console…</source>
        <translation>Console s&amp;luiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close this workshop&apos;s windows; the session is saved and can be resumed</source>
        <translation>De vensters van deze workshop sluiten; de sessie is opgeslagen en kan worden hervat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit the app…</source>
        <translation>App &amp;afsluiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close every window of the app, workshops included (they are saved)</source>
        <translation>Alle vensters van de app sluiten, ook die van workshops (die zijn opgeslagen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start or stop the &amp;timer</source>
        <translation>Timer &amp;starten of stoppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start or stop the discussion timer</source>
        <translation>De timer voor de discussie starten of stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start/stop</source>
        <translation>Start/stop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One minute &amp;more</source>
        <translation>Eén minuut &amp;meer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a minute to the timer</source>
        <translation>Een minuut aan de timer toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One minute &amp;less</source>
        <translation>Eén minuut m&amp;inder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take a minute off the timer</source>
        <translation>Een minuut van de timer afhalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset the timer</source>
        <translation>Timer &amp;terugzetten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the countdown again from its full time</source>
        <translation>Het aftellen opnieuw beginnen vanaf de volle tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the timer on the room&apos;s screen</source>
        <translation>Timer op het scherm in de zaal houden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the countdown at every step, not only during the discussion</source>
        <translation>Het aftellen bij elke stap tonen, niet alleen tijdens de discussie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the &amp;presenter view</source>
        <translation>&amp;Presentatiescherm tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the room&apos;s screen (full screen on a second display)</source>
        <translation>Het scherm voor de zaal openen (schermvullend op een tweede beeldscherm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter</source>
        <translation>Presentatiescherm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every key of the console</source>
        <translation>Alle toetsen van de console</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
</context>
<context>
    <name>WorkshopController</name>
    <message>
        <location filename="../ui/workshop/controller.py" line="+116"/>
        <source>This session is open read-only (%1). Save a copy to go on.</source>
        <translation>Deze sessie is alleen-lezen geopend (%1). Sla een kopie op om verder te gaan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it could not be written</source>
        <translation>het bestand kon niet worden geschreven</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+183"/>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>There is no vote change to undo.</source>
        <translation>Er is geen stemwijziging om ongedaan te maken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last vote change was made at another scenario; go back there to undo it.</source>
        <translation>De laatste stemwijziging is bij een ander scenario gedaan; ga daarheen terug om die ongedaan te maken.</translation>
    </message>
</context>
<context>
    <name>WorkshopEnding</name>
    <message>
        <location filename="../ui/workshop/ending.py" line="+26"/>
        <source>End the workshop?</source>
        <translation>Workshop beëindigen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End “%1”? The room sees the end slide and the session is marked finished: it will no longer be offered for resuming (File → Workshop sessions… still opens it).</source>
        <translation>“%1” beëindigen? De zaal ziet de slotdia en de sessie wordt als afgerond gemarkeerd: hervatten wordt niet meer aangeboden (Bestand → Workshopsessies… opent de sessie nog steeds).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Workshop ended</source>
        <translation>Workshop beëindigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workshop has ended and is saved. Export the debrief now?</source>
        <translation>De workshop is beëindigd en opgeslagen. De nabespreking nu exporteren?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close the workshop?</source>
        <translation>Workshop sluiten?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the console and the presenter of “%1”? The session is saved; Workshop → Resume… opens it again where the room was.</source>
        <translation>De console en het presentatiescherm van “%1” sluiten? De sessie is opgeslagen; Workshop → Hervatten… opent de sessie weer waar de zaal was gebleven.</translation>
    </message>
</context>
<context>
    <name>WorkshopLauncher</name>
    <message>
        <location filename="../ui/workshop/launcher.py" line="+47"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New session…</source>
        <translation>&amp;Nieuwe sessie…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Resume…</source>
        <translation>&amp;Hervatten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a session file…</source>
        <translation>Sessiebestand &amp;openen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Workshop sessions…</source>
        <translation>&amp;Workshopsessies…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every saved workshop, ended or not, to open again</source>
        <translation>Elke opgeslagen workshop, beëindigd of niet, om weer te openen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+30"/>
        <location line="+13"/>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+85"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>The scenario pack is still loading; try again in a moment.</source>
        <translation>Het scenariopakket wordt nog geladen; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The session cannot be saved: %1</source>
        <translation>De sessie kan niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is no unfinished session. Open a session file instead.</source>
        <translation>Er is geen onafgemaakte sessie. Open in plaats daarvan een sessiebestand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume a session</source>
        <translation>Een sessie hervatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfinished sessions:</source>
        <translation>Onafgemaakte sessies:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open a workshop session</source>
        <translation>Een workshopsessie openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshop sessions (*%1)</source>
        <translation>Workshopsessies (*%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Resume the workshop?</source>
        <translation>Workshop hervatten?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workshop “%1” was not ended. It was at: %2.

Resume it where the room was?</source>
        <translation>De workshop “%1” is niet beëindigd. Hij was gebleven bij: %2.

Hervatten waar de zaal was gebleven?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Resume</source>
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>&amp;Niet nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark as ended</source>
        <translation>Als beëindigd &amp;markeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask again next time; Workshop → Resume… opens it at any time</source>
        <translation>De volgende keer opnieuw vragen; Workshop → Hervatten… opent de sessie op elk moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will not be offered again; File → Workshop sessions… still opens it</source>
        <translation>Wordt niet meer aangeboden; Bestand → Workshopsessies… opent de sessie nog steeds</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Quit the app?</source>
        <translation>App afsluiten?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quitting closes the workshop console and presenter of %1. Everything is saved; Workshop → Resume… opens it again where the room was.</source>
        <translation>Afsluiten sluit de workshopconsole en het presentatiescherm van %1. Alles is opgeslagen; Workshop → Hervatten… opent de sessie weer waar de zaal was gebleven.</translation>
    </message>
</context>
<context>
    <name>WorkshopSetupDialog</name>
    <message>
        <location filename="../ui/workshop/setup_dialog.py" line="+156"/>
        <source>New workshop session</source>
        <translation>Nieuwe workshopsessie</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Workshop of %1</source>
        <translation>Workshop van %1</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Session title</source>
        <translation>Titel van de sessie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenarios: tick the ones on the agenda</source>
        <translation>Scenario&apos;s: vink aan wat op de agenda staat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier in the agenda (Alt+Up)</source>
        <translation>Eerder op de agenda (Alt+Omhoog)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later in the agenda (Alt+Down)</source>
        <translation>Later op de agenda (Alt+Omlaag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passages the evidence step shows, one a screen</source>
        <translation>Passages die de stap met bewijsmateriaal toont, één per scherm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a group</source>
        <translation>Groep &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove the group</source>
        <translation>Groep &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen role&apos;s brief</source>
        <translation>De instructie bij de gekozen rol</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Start the session</source>
        <translation>Sessie &amp;starten</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Title</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda: tick the scenarios, set the minutes (planned, discussion)</source>
        <translation>Agenda: vink de scenario&apos;s aan en stel de minuten in (gepland, discussie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passages shown at the evidence step for the selected stage:</source>
        <translation>Passages die bij de stap met bewijsmateriaal worden getoond voor de geselecteerde fase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups (tables or teams) and the roles they argue from</source>
        <translation>Groepen (tafels of teams) en de rollen van waaruit ze argumenteren</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n on the agenda, %1 min</source>
        <translation>
            <numerusform>%n op de agenda, %1 min</numerusform>
            <numerusform>%n op de agenda, %1 min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give a group a role to argue from; its brief shows here.</source>
        <translation>Geef een groep een rol om vanuit te argumenteren; de instructie verschijnt hier.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../ui/workspace.py" line="+66"/>
        <location line="+35"/>
        <source>Scenario views</source>
        <translation>Scenarioweergaven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade-offs</source>
        <translation>Afwegingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Source viewer</source>
        <translation>Bronweergave</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../ui/links.py" line="+64"/>
        <source>Outside the explorer: %1 (asks before opening)</source>
        <translation>Buiten de verkenner: %1 (vraagt eerst toestemming)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This link is not opened by the explorer.</source>
        <translation>Deze link wordt niet door de verkenner geopend.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write an e-mail with your mail program to this address?</source>
        <translation>Een e-mail naar dit adres schrijven met uw e-mailprogramma?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this address in your web browser?</source>
        <translation>Dit adres in uw webbrowser openen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It comes from the scenario pack, not from the explorer.</source>
        <translation>Het adres komt uit het scenariopakket, niet uit de verkenner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an outside address</source>
        <translation>Een extern adres openen</translation>
    </message>
</context>
<context>
    <name>markdown</name>
    <message>
        <location filename="../ui/markdown_render.py" line="+69"/>
        <source>Outside the explorer: %1</source>
        <translation>Buiten de verkenner: %1</translation>
    </message>
</context>
</TS>
