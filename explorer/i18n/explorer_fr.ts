<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/dialogs.py" line="+114"/>
        <location line="+3"/>
        <source>About the explorer</source>
        <translation>À propos de l&apos;explorateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sources are still loading.</source>
        <translation>Les sources sont encore en cours de chargement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peace-operations dilemma explorer</source>
        <translation>Explorateur de dilemmes des opérations de paix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy dilemmas of peace operations, every claim linked to its passage.</source>
        <translation>Les dilemmes politiques des opérations de paix, chaque affirmation reliée à son passage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The originals are kept byte for byte as received; the reading editions only rejoin broken words, reflow paragraphs and set footnotes apart.</source>
        <translation>Les originaux sont conservés octet par octet, tels que reçus&#xa0;; les éditions de lecture se bornent à recoller les mots coupés, à remettre en forme les paragraphes et à isoler les notes de bas de page.</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <location filename="../ui/add_source_dialog.py" line="+37"/>
        <source>Add a source to “%1”</source>
        <translation>Ajouter une source à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document to import</source>
        <translation>Document à importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF, HTML, Markdown or text file</source>
        <translation>Un fichier PDF, HTML, Markdown ou texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the document</source>
        <translation>Choisir le document</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source id</source>
        <translation>Identifiant de la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the title and the year</source>
        <translation>d&apos;après le titre et l&apos;année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source &amp;id:</source>
        <translation>&amp;Identifiant de la source&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the reading edition leaves out is listed here.</source>
        <translation>Ce que l&apos;édition de lecture omet est indiqué ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>I&amp;mporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the document</source>
        <translation>Importer le document</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a document to import</source>
        <translation>Choisissez un document à importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents (*.pdf *.html *.htm *.md *.markdown *.txt)</source>
        <translation>Documents (*.pdf *.html *.htm *.md *.markdown *.txt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a document first.</source>
        <translation>Choisissez d&apos;abord un document.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>running header</source>
        <translation>en-tête courant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running footer</source>
        <translation>pied de page courant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page number</source>
        <translation>numéro de page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported as “%1” in %2.</source>
        <translation>Importé sous «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title: %1; date: %2; language: %3 (check them in metadata.yaml).</source>
        <translation>Titre&#xa0;: %1&#xa0;; date&#xa0;: %2&#xa0;; langue&#xa0;: %3 (à vérifier dans metadata.yaml).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading edition: %1 blocks, %2 footnotes set apart, %3 words rejoined; proven faithful.</source>
        <translation>Édition de lecture&#xa0;: %1 blocs, %2 notes de bas de page isolées, %3 mots recollés&#xa0;; fidélité vérifiée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out of the reading edition (%1):</source>
        <translation>Omis dans l&apos;édition de lecture (%1)&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1: “%2” (%3×)</source>
        <translation>  %1&#xa0;: «&#xa0;%2&#xa0;» (%3×)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported: an unexpected error (%1).</source>
        <translation>Non importé&#xa0;: une erreur inattendue (%1).</translation>
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
        <translation>, affiché maintenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, done</source>
        <translation>, terminé</translation>
    </message>
</context>
<context>
    <name>AgendaSetupModel</name>
    <message>
        <location filename="../ui/workshop/setup_models.py" line="+72"/>
        <source>On</source>
        <translation>Inclus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the agenda</source>
        <translation>Au programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not on the agenda</source>
        <translation>Hors programme</translation>
    </message>
</context>
<context>
    <name>ArgumentMapScreen</name>
    <message>
        <location filename="../ui/workshop/argument_map_screen.py" line="+44"/>
        <source>Map of the room&apos;s arguments</source>
        <translation>Carte des arguments de la salle</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (+%1)</source>
        <translation> (+%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No arguments on the map yet.</source>
        <translation>Aucun argument sur la carte pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>ArgumentsBox</name>
    <message>
        <location filename="../ui/workshop/arguments_box.py" line="+166"/>
        <source>Arguments of this item</source>
        <translation>Arguments de ce point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the selected argument onto the map</source>
        <translation>Accepter l&apos;argument sélectionné sur la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the selected argument</source>
        <translation>Masquer l&apos;argument sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument to merge the selected one into</source>
        <translation>Argument dans lequel fusionner celui sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge into</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the selected argument into the one chosen</source>
        <translation>Fusionner l&apos;argument sélectionné avec celui choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice the new argument is about</source>
        <translation>Choix auquel se rapporte le nouvel argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against</source>
        <translation>contre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For or against</source>
        <translation>Pour ou contre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An argument, in one line</source>
        <translation>Un argument, en une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New argument</source>
        <translation>Nouvel argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the argument to the map</source>
        <translation>Ajouter l&apos;argument à la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the &amp;map</source>
        <translation>Afficher la &amp;carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the map of arguments on the presenter</source>
        <translation>Afficher la carte des arguments sur l&apos;écran de présentation</translation>
    </message>
</context>
<context>
    <name>ArgumentsModel</name>
    <message>
        <location line="-95"/>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>against</source>
        <translation>contre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the map</source>
        <translation>sur la carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged into %1</source>
        <translation>fusionné avec %1</translation>
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
        <translation>contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument for</source>
        <translation>argument pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument against</source>
        <translation>argument contre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trade-off</source>
        <translation>arbitrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facilitator notes</source>
        <translation>notes pour l&apos;animateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence list</source>
        <translation>liste des éléments de preuve</translation>
    </message>
    <message>
        <location line="+48"/>
        <source> (overlapping passage)</source>
        <translation> (passage qui chevauche)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — cited in the %2%3. Enter opens the scenario.</source>
        <translation>%1 — cité dans&#xa0;: %2%3. Entrée ouvre le scénario.</translation>
    </message>
</context>
<context>
    <name>BacklinksPanel</name>
    <message>
        <location line="+155"/>
        <source>&lt;b&gt;Cited in&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cité dans&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cited in: scenarios citing this passage</source>
        <translation>Cité dans&#xa0;: scénarios qui citent ce passage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Cited in&lt;/b&gt; (anywhere in this document): %1</source>
        <translation>&lt;b&gt;Cité dans&lt;/b&gt; (n&apos;importe où dans ce document)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Cited in&lt;/b&gt; (this passage or an overlapping one): %1</source>
        <translation>&lt;b&gt;Cité dans&lt;/b&gt; (ce passage ou un passage qui le chevauche)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first %1 of more</source>
        <translation>les %1 premiers (il y en a d&apos;autres)</translation>
    </message>
</context>
<context>
    <name>CitationListModel</name>
    <message>
        <location filename="../ui/tradeoffs.py" line="+221"/>
        <source>Enter or double-click opens the passage in its source</source>
        <translation>Entrée ou un double-clic ouvre le passage dans sa source</translation>
    </message>
</context>
<context>
    <name>CitationsBox</name>
    <message>
        <location filename="../ui/citations_box.py" line="+116"/>
        <source>Passages you cite</source>
        <translation>Passages que vous citez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your translation of the selected passage</source>
        <translation>Votre traduction du passage sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; marked as a translation in exports</source>
        <translation>Facultatif&#xa0;; signalé comme traduction dans les exports</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sho&amp;w in source</source>
        <translation>Affic&amp;her dans la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the selected passage in the source</source>
        <translation>Afficher le passage sélectionné dans la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected passage</source>
        <translation>Retirer le passage sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select text in the source viewer and choose “Cite in my rationale” (Ctrl+Shift+R).</source>
        <translation>Sélectionnez du texte dans la visionneuse de sources et choisissez «&#xa0;Citer la sélection dans ma justification&#xa0;» (Ctrl+Maj+R).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translat&amp;ion:</source>
        <translation>Tra&amp;duction&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ClaimHtml</name>
    <message>
        <location filename="../ui/claim_html.py" line="+30"/>
        <source>Reasoning:</source>
        <translation>Raisonnement&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewed (%1) before the claim or its passages were edited: needs a new look.</source>
        <translation>Relu (%1) avant que l&apos;affirmation ou ses passages ne soient modifiés&#xa0;: à revoir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>review out of date</source>
        <translation>relecture périmée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Second reader&apos;s verdict: %1 (%2)%3</source>
        <translation>Verdict du second lecteur&#xa0;: %1 (%2)%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checked by a second reader</source>
        <translation>vérifié par un second lecteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reviewer: %1</source>
        <translation>relecteur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened afterwards</source>
        <translation>Ce qui s&apos;est passé ensuite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened afterwards (after %1)</source>
        <translation>Ce qui s&apos;est passé ensuite (après %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hindsight, shown in facilitator-notes mode: not known at the time of the decision.</source>
        <translation>Rétrospective, affichée en mode notes pour l&apos;animateur&#xa0;: inconnue au moment de la décision.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hindsight: not known at the time of the decision you just made.</source>
        <translation>Rétrospective&#xa0;: inconnue au moment de la décision que vous venez de prendre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replayed with later analysis: set in %1, argued also with analyses written up to %2.</source>
        <translation>Rejoué avec des analyses ultérieures&#xa0;: la décision se situe en %1, les arguments s&apos;appuient aussi sur des analyses rédigées jusqu&apos;en %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replayed with later analysis (written up to %1)</source>
        <translation>Rejoué avec des analyses ultérieures (rédigées jusqu&apos;en %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The decision is set in %1. Some of its arguments and trade-offs cite analyses written later, up to %2, which nobody deciding at the time could have read. What the decision led to stays hidden until you choose.</source>
        <translation>La décision se situe en %1. Certains de ses arguments et arbitrages citent des analyses rédigées plus tard, jusqu&apos;en %2, que personne ne pouvait lire au moment de décider. Ce à quoi la décision a mené reste caché jusqu&apos;à ce que vous choisissiez.</translation>
    </message>
</context>
<context>
    <name>CoverageStrip</name>
    <message>
        <location filename="../ui/coverage_strip.py" line="+32"/>
        <source>Coverage map</source>
        <translation>Carte de couverture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tinted: cited passages. Hatched: long uncited stretches. Up and Down jump between them.</source>
        <translation>En couleur&#xa0;: passages cités. Hachuré&#xa0;: longs passages non cités. Haut et Bas permettent de passer de l&apos;un à l&apos;autre.</translation>
    </message>
</context>
<context>
    <name>DebriefExport</name>
    <message>
        <location filename="../ui/workshop/debrief_export.py" line="+86"/>
        <source>Export the debrief</source>
        <translation>Exporter le débriefing</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+21"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Choose a .pdf, .html or .md file.</source>
        <translation>Choisissez un fichier .pdf, .html ou .md.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the debrief…</source>
        <translation>Écriture du débriefing…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Debrief written to %1</source>
        <translation>Débriefing enregistré dans %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The debrief could not be written: %1</source>
        <translation>Le débriefing n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EditionWindow</name>
    <message>
        <location filename="../ui/edition_window.py" line="+43"/>
        <source>Position in the document</source>
        <translation>Position dans le document</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../ui/journal_view.py" line="+91"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not decided</source>
        <translation>pas encore décidé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No rationale written yet.</source>
        <translation>Aucune justification rédigée pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/evidence/backlinks.py" line="+69"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against:</source>
        <translation>Contre&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Facilitator notes</source>
        <translation>Notes pour l&apos;animateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <location filename="../core/evidence/corpus.py" line="+65"/>
        <source>%1, in %2.</source>
        <translation>%1, en %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Journal article</source>
        <translation>Article de revue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parliamentary letter</source>
        <translation>Lettre au Parlement (Kamerbrief)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary report</source>
        <translation>Rapport de synthèse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book</source>
        <translation>Livre</translation>
    </message>
    <message>
        <location filename="../core/report.py" line="+35"/>
        <source>score = Σ weight(dimension) × effect × k over the choice&apos;s trade-offs; k = 1 for stated or inferred trade-offs and the chosen factor for facilitator assumptions.</source>
        <translation>score = Σ pondération(dimension) × effet × k sur les arbitrages du choix&#xa0;; k = 1 pour les arbitrages énoncés ou déduits et le facteur choisi pour les hypothèses de l’animateur.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The ranking is not shown because no scenario pack was loaded.</source>
        <translation>Le classement n&apos;est pas affiché, car aucun dossier de scénarios n&apos;est chargé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ranking is not shown because the scenario is not in the loaded pack.</source>
        <translation>Le classement n&apos;est pas affiché, car le scénario ne figure pas dans le dossier de scénarios chargé.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 (not in this app&apos;s corpus)</source>
        <translation>%1 (absent du corpus de cette application)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reflection journal: %1</source>
        <translation>Journal de réflexion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>First instinct, before reading the evidence: “%1”. Final choice: “%2”, a change of mind.</source>
        <translation>Première intuition, avant la lecture des éléments de preuve&#xa0;: «&#xa0;%1&#xa0;». Choix final&#xa0;: «&#xa0;%2&#xa0;», un changement d&apos;avis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First instinct, before reading the evidence: “%1”, kept.</source>
        <translation>Première intuition, avant la lecture des éléments de preuve&#xa0;: «&#xa0;%1&#xa0;», maintenue.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Generated %1; 1 entry.</source>
        <translation>Généré le %1&#xa0;; 1 entrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated %1; %2 entries.</source>
        <translation>Généré le %1&#xa0;; %2 entrées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+204"/>
        <location filename="../core/workshop/debrief.py" line="+236"/>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>not decided</source>
        <translation>pas encore décidé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confidence</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, last changed %2</source>
        <translation>%1, dernière modification le %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written</source>
        <translation>Rédigé</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/workshop/debrief.py" line="+107"/>
        <source>What happened afterwards (after %1)</source>
        <translation>Ce qui s&apos;est passé ensuite (après %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/workshop/debrief.py" line="+4"/>
        <source>What happened afterwards</source>
        <translation>Ce qui s&apos;est passé ensuite</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+211"/>
        <source>Question.</source>
        <translation>Question.</translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+215"/>
        <source>Before and after</source>
        <translation>Avant et après</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+216"/>
        <source>No rationale written.</source>
        <translation>Aucune justification rédigée.</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+212"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+150"/>
        <source>Weights and ranking</source>
        <translation>Pondérations et classement</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+151"/>
        <source>Weights (0–4): %1. Assumptions count × %2.</source>
        <translation>Pondérations (0–4)&#xa0;: %1. Les hypothèses comptent × %2.</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+206"/>
        <source>Trade-offs of the choice</source>
        <translation>Arbitrages du choix</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+198"/>
        <location filename="../core/workshop/debrief.py" line="+22"/>
        <source>Reasoning:</source>
        <translation>Raisonnement&#xa0;:</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+203"/>
        <source>Passages cited</source>
        <translation>Passages cités</translation>
    </message>
    <message>
        <location line="-200"/>
        <location line="+87"/>
        <source>, in %1</source>
        <translation>, en %1</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+90"/>
        <source>Note:</source>
        <translation>Remarque&#xa0;:</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+195"/>
        <location filename="../core/workshop/debrief.py" line="-187"/>
        <source>Bibliography</source>
        <translation>Bibliographie</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(your choice)</source>
        <translation>(votre choix)</translation>
    </message>
    <message>
        <location filename="../core/workshop/debrief.py" line="-77"/>
        <source>%1 (+%2 said the same)</source>
        <translation>%1 (+%2 ont dit la même chose)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Workshop of %1</source>
        <translation>Atelier du %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 scenario</source>
        <translation>1 scénario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 scenarios</source>
        <translation>%1 scénarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 group</source>
        <translation>1 groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 groups</source>
        <translation>%1 groupes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1 people)</source>
        <translation> (%1 personnes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workshop was ended.</source>
        <translation>L&apos;atelier a été clôturé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It stopped at: %1.</source>
        <translation>Arrêté à&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Debrief: %1</source>
        <translation>Débriefing&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Session notes</source>
        <translation>Notes de la session</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appendix: role briefs</source>
        <translation>Annexe&#xa0;: fiches de rôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no vote</source>
        <translation>pas de vote</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+77"/>
        <source>Not reached in the session.</source>
        <translation>Non abordé pendant la session.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>No votes were entered.</source>
        <translation>Aucun vote n&apos;a été saisi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <source>First vote</source>
        <translation>Premier vote</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <source>Second vote</source>
        <translation>Second vote</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arguments the room accepted</source>
        <translation>Arguments retenus par la salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There was no second vote.</source>
        <translation>Il n&apos;y a pas eu de second vote.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody changed their choice between the votes (%1 kept it).</source>
        <translation>Personne n&apos;a changé de choix entre les votes (%1 l&apos;ont maintenu).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 changed their choice between the votes and %3 kept it; the largest move was %4 → %5 (%6).</source>
        <translation>%1 sur %2 ont changé de choix entre les votes et %3 l&apos;ont maintenu&#xa0;; le plus grand déplacement a été %4 → %5 (%6).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Both rounds were revealed to the room.</source>
        <translation>Les deux tours ont été dévoilés à la salle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first round was revealed to the room; the second was not.</source>
        <translation>Le premier tour a été dévoilé à la salle&#xa0;; le second ne l&apos;a pas été.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The votes were not revealed to the room.</source>
        <translation>Les votes n&apos;ont pas été dévoilés à la salle.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In detail: %1</source>
        <translation>En détail&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Votes by group</source>
        <translation>Votes par groupe</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+129"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Shift between the votes</source>
        <translation>Évolution entre les votes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The smallest movement that explains the counts: exact for a group that votes as one, a lower bound for a group whose members voted separately.</source>
        <translation>Le plus petit déplacement qui explique les décomptes&#xa0;: exact pour un groupe qui vote d&apos;une seule voix, minimum pour un groupe dont les membres ont voté séparément.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stayed</source>
        <translation>Maintiens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passages shown</source>
        <translation>Passages montrés</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Facilitator&apos;s notes</source>
        <translation>Notes de l&apos;animateur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trade-offs and their evidence</source>
        <translation>Arbitrages et leurs éléments de preuve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stated</source>
        <translation>énoncé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inferred</source>
        <translation>déduit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../ui/workshop/results_chart.py" line="+247"/>
        <source>Whole room</source>
        <translation>Toute la salle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role: %1 (%2)</source>
        <translation>Rôle&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not reached</source>
        <translation>non abordé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>scenario %1, %2, %3</source>
        <translation>scénario %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../core/reflection/ranking.py" line="+288"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This stage has no choices to rank.</source>
        <translation>Cette étape n’a pas de choix à classer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All weights are zero, so every choice scores 0 and there is no ranking.</source>
        <translation>Toutes les pondérations sont nulles&#xa0;: chaque choix obtient 0 et il n’y a pas de classement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 share the first place with %2.</source>
        <translation>%1 se partagent la première place avec %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 leads with %2, carried by %3.</source>
        <translation>%1 arrive en tête avec %2, porté par %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 leads with %2.</source>
        <translation>%1 arrive en tête avec %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held back by %1.</source>
        <translation>Freiné par %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ahead of %1 by %2: %3.</source>
        <translation>Devance %1 de %2&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sensitivity: raising the weight of %1 from %2 to %3 (%4) makes %5 draw level; beyond that it leads.</source>
        <translation>Sensibilité&#xa0;: relever la pondération de %1 de %2 à %3 (%4) met %5 à égalité&#xa0;; au-delà, il passe en tête.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sensitivity: lowering the weight of %1 from %2 to %3 (%4) makes %5 draw level; beyond that it leads.</source>
        <translation>Sensibilité&#xa0;: abaisser la pondération de %1 de %2 à %3 (%4) met %5 à égalité&#xa0;; au-delà, il passe en tête.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sensitivity: no change of a single weight within %1–%2 changes the first choice.</source>
        <translation>Sensibilité&#xa0;: aucune modification d’une seule pondération entre %1 et %2 ne change le premier choix.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raising the weight of %1 would favour %2.</source>
        <translation>Relever la pondération de %1 favoriserait %2.</translation>
    </message>
    <message>
        <location filename="../core/evidence/source_date.py" line="+90"/>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before %1</source>
        <translation>avant %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/find_bar.py" line="+53"/>
        <source>Find in this document (accents and case ignored)</source>
        <translation>Rechercher dans ce document (sans tenir compte des accents ni de la casse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../ui/workshop/setup_models.py" line="+114"/>
        <source>Table 1</source>
        <translation>Table 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table 2</source>
        <translation>Table 2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no role)</source>
        <translation>(aucun rôle)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People (optional)</source>
        <translation>Personnes (facultatif)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role (optional)</source>
        <translation>Rôle (facultatif)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <location filename="../ui/workshop/join_screen.py" line="+42"/>
        <source>Join screen: vote from your phone</source>
        <translation>Écran de connexion&#xa0;: votez avec votre GSM</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Vote from your phone</source>
        <translation>Votez avec votre GSM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code, or type this address:</source>
        <translation>Scannez le code ou tapez cette adresse&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n phones joined</source>
        <translation>
            <numerusform>%n GSM connecté</numerusform>
            <numerusform>%n GSM connectés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../ui/journal_view.py" line="+87"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New journal…</source>
        <translation>&amp;Nouveau journal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ex&amp;port…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>New journal</source>
        <translation>Nouveau journal</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Export the journal</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search your entries…</source>
        <translation>Rechercher dans vos entrées…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search journal entries</source>
        <translation>Rechercher dans les entrées du journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (damaged)</source>
        <translation> (endommagé)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This journal is read-only. %1</source>
        <translation>Ce journal est en lecture seule. %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name of the new journal:</source>
        <translation>Nom du nouveau journal&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../selftest_qt.py" line="+54"/>
        <location filename="../ui/journal_view.py" line="+22"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/journal_view.py" line="+2"/>
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 sur %n entrée</numerusform>
            <numerusform>%1 sur %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+18"/>
        <source>Export journal</source>
        <translation>Exporter le journal</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../ui/i18n.py" line="+55"/>
        <source>System default</source>
        <extracomment>The interface languages, as View → Language lists them. Endonyms are not translated.</extracomment>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../ui/library.py" line="+186"/>
        <source>Path for newcomers</source>
        <extracomment>Orders of the library: (key, label); ``ScenarioListModel._arrange`` sorts by each.</extracomment>
        <translation>Parcours pour les débutants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack order</source>
        <translation>Ordre du dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any length</source>
        <translation>Toutes les durées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 20 minutes</source>
        <translation>Jusqu&apos;à 20 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 45 minutes</source>
        <translation>Jusqu&apos;à 45 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to 90 minutes</source>
        <translation>Jusqu&apos;à 90 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longer than 90 minutes</source>
        <translation>Plus de 90 minutes</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Filter by words…</source>
        <translation>Filtrer par mots…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter scenarios by words</source>
        <translation>Filtrer les scénarios par mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter scenarios by tag</source>
        <translation>Filtrer les scénarios par étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter scenarios by source document cited</source>
        <translation>Filtrer les scénarios par document source cité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the scenarios</source>
        <translation>Ordre des scénarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter scenarios by length</source>
        <translation>Filtrer les scénarios par durée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of scenarios shown</source>
        <translation>Nombre de scénarios affichés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading scenarios…</source>
        <translation>Chargement des scénarios…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;Tag</source>
        <translation>É&amp;tiquette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Len&amp;gth</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Or&amp;der</source>
        <translation>&amp;Ordre</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>Any source</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+29"/>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+32"/>
        <source>This pack has no valid scenarios; see Pack problems.</source>
        <translation>Ce dossier ne contient aucun scénario valide&#xa0;; voir Problèmes du dossier.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1 of %n scenarios</source>
        <translation>
            <numerusform>%1 sur %n scénario</numerusform>
            <numerusform>%1 sur %n scénarios</numerusform>
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
        <translation>Explorateur de dilemmes des opérations de paix</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="-96"/>
        <location line="+103"/>
        <source>Loading the documents and scenarios…</source>
        <translation>Chargement des documents et des scénarios…</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pack problems</source>
        <translation>Problèmes du dossier</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+61"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Closed %1 to make room; View → Panels opens it again.</source>
        <translation>%1 a été fermé pour faire de la place&#xa0;; Affichage → Panneaux le rouvre.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a shared pack</source>
        <translation>Ouvrir un dossier de scénarios partagé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared packs (*.dilemma)</source>
        <translation>Dossiers de scénarios partagés (*.dilemma)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a scenario pack</source>
        <translation>Ouvrir un dossier de scénarios</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open your own pack first (File → Open pack…); `explorer new FOLDER` starts one.</source>
        <translation>Ouvrez d&apos;abord votre propre dossier de scénarios (Fichier → Ouvrir un dossier de scénarios…)&#xa0;; `explorer new RÉPERTOIRE` en crée un.</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+149"/>
        <source>Could not load: %1</source>
        <translation>Chargement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Loaded “%1”: %2, %3</source>
        <translation>«&#xa0;%1&#xa0;» chargé&#xa0;: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n scenarios</source>
        <translation>
            <numerusform>%n scénario</numerusform>
            <numerusform>%n scénarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problems</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Pack problems (%1)</source>
        <translation>Problèmes du dossier (%1)</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Search unavailable: %1</source>
        <translation>Recherche indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 — Peace-operations dilemma explorer</source>
        <translation>%1 — Explorateur de dilemmes des opérations de paix</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Showing the passage in %1. Alt+Left goes back.</source>
        <translation>Affichage du passage dans %1. Alt+Gauche pour revenir.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Source viewer</source>
        <translation>Visionneuse de sources</translation>
    </message>
    <message>
        <location filename="../ui/window_menus.py" line="+67"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open pack…</source>
        <translation>&amp;Ouvrir un dossier de scénarios…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a folder of scenario files</source>
        <translation>Ouvrir un répertoire de fichiers de scénario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open s&amp;hared pack…</source>
        <translation>Ouvrir un dossier &amp;partagé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a .dilemma file made by `explorer bundle`</source>
        <translation>Ouvrir un fichier .dilemma créé avec `explorer bundle`</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the &amp;bundled pack</source>
        <translation>Ouvrir le dossier &amp;fourni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scenarios that ship with the app</source>
        <translation>Les scénarios fournis avec l&apos;application</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reload pack</source>
        <translation>&amp;Recharger le dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the pack&apos;s files again (after editing)</source>
        <translation>Relire les fichiers du dossier de scénarios (après modification)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;source…</source>
        <translation>Ajouter une &amp;source…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a PDF, HTML, Markdown or text document into the open pack</source>
        <translation>Importer un document PDF, HTML, Markdown ou texte dans le dossier ouvert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Scénario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Trade-off matrix</source>
        <translation>&amp;Matrice des arbitrages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sou&amp;rce viewer</source>
        <translation>&amp;Visionneuse de sources</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close the source viewer</source>
        <translation>&amp;Fermer la visionneuse de sources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escape in the source viewer</source>
        <translation>Échap dans la visionneuse de sources</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Library &amp;filter</source>
        <translation>Filtre de la bibli&amp;othèque</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Searc&amp;h</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pack &amp;problems</source>
        <translation>&amp;Problèmes du dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Facilitator notes</source>
        <translation>&amp;Notes pour l&apos;animateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show or hide the facilitator notes (Ctrl+Shift+N)</source>
        <translation>Afficher ou masquer les notes pour l&apos;animateur (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;system</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Haut contraste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Panels</source>
        <translation>Pann&amp;eaux</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reset layout</source>
        <translation>Réinitialiser la &amp;disposition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Panels and window size as on a first start</source>
        <translation>Panneaux et taille de la fenêtre comme au premier démarrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Retour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forward ▶</source>
        <translation>&amp;Avancer ▶</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Next stage</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Previous stage</source>
        <translation>Étape &amp;précédente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Welcome page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>PassagePanel</name>
    <message>
        <location filename="../ui/source_panels.py" line="-96"/>
        <source>Cited passage</source>
        <translation>Passage cité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English translation of the cited passage</source>
        <translation>Traduction du passage cité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time the cited passage describes</source>
        <translation>Période que décrit le passage cité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on the citation</source>
        <translation>Note sur la référence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No passage selected: the whole document is shown.</source>
        <translation>Aucun passage sélectionné&#xa0;: le document entier est affiché.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Highlighted passage, in %1%2</source>
        <translation>Passage surligné, en %1%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the passage describes that time, not when it was written.</source>
        <translation>%1&#xa0;: le passage décrit cette période, et non le moment où il a été écrit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <location filename="../ui/plain_text.py" line="+141"/>
        <source>%1, about %2</source>
        <translation>%1, à propos de %2</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../ui/workshop/presenter.py" line="+68"/>
        <source>Presenter — %1</source>
        <translation>Écran de présentation — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presenter view</source>
        <translation>Écran de présentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger type</source>
        <translation>Caractères plus grands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller type</source>
        <translation>Caractères plus petits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type at its normal size</source>
        <translation>Caractères à taille normale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black on white / white on black</source>
        <translation>Noir sur blanc / blanc sur noir</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <location filename="../ui/problems_panel.py" line="+41"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✖ error</source>
        <translation>✖ erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ warning</source>
        <translation>⚠ avertissement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at</source>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location line="+54"/>
        <source>Pack problems</source>
        <translation>Problèmes du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No problems: every scenario file is valid.</source>
        <translation>Aucun problème&#xa0;: tous les fichiers de scénario sont valides.</translation>
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
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenarios with errors are left out of the library; Enter opens the file, Ctrl+C copies.</source>
        <translation>Les scénarios comportant des erreurs sont exclus de la bibliothèque&#xa0;; Entrée ouvre le fichier, Ctrl+C copie.</translation>
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
        <translation>Classement des choix selon vos pondérations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the ranking is as it is</source>
        <translation>Pourquoi ce classement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How sensitive the ranking is to your weights</source>
        <translation>Sensibilité du classement à vos pondérations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is this computed?</source>
        <translation>Comment est-ce calculé&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how the ranking is computed</source>
        <translation>Montrer comment le classement est calculé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the ranking is computed</source>
        <translation>Comment le classement est calculé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;score&lt;/b&gt; = Σ over the choice&apos;s trade-offs of &lt;b&gt;weight&lt;/b&gt;(dimension) × &lt;b&gt;effect&lt;/b&gt; × &lt;b&gt;k&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;weight&lt;/b&gt;: your slider, 0 (does not matter) … 4 (most of all). &lt;b&gt;effect&lt;/b&gt;: the trade-off&apos;s direction and strength, −2 … +2, as the scenario states it. &lt;b&gt;k&lt;/b&gt;: 1 for a trade-off stated in or inferred from the documents; your setting (1, ½ or 0) for a facilitator assumption.&lt;/p&gt;&lt;p&gt;Equal scores share a rank. &lt;b&gt;Sensitivity&lt;/b&gt;: the smallest change of one weight, within 0 … 4, that lets another choice draw level with the first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;score&lt;/b&gt; = Σ sur les arbitrages du choix de &lt;b&gt;pondération&lt;/b&gt;(dimension) × &lt;b&gt;effet&lt;/b&gt; × &lt;b&gt;k&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;pondération&lt;/b&gt;&#xa0;: votre curseur, de 0 (sans importance) … à 4 (avant tout). &lt;b&gt;effet&lt;/b&gt;&#xa0;: le sens et l&apos;intensité de l&apos;arbitrage, −2 … +2, tels que le scénario les énonce. &lt;b&gt;k&lt;/b&gt;&#xa0;: 1 pour un arbitrage énoncé dans les documents ou déduit de ceux-ci&#xa0;; votre réglage (1, ½ ou 0) pour une hypothèse de l&apos;animateur.&lt;/p&gt;&lt;p&gt;Des scores égaux partagent un rang. &lt;b&gt;Sensibilité&lt;/b&gt;&#xa0;: la plus petite modification d&apos;une seule pondération, entre 0 … 4, qui permet à un autre choix de rejoindre le premier.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This stage has no choices.</source>
        <translation>Cette étape ne comporte aucun choix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All weights are zero: every choice scores 0, so there is no ranking. Give at least one dimension a weight.</source>
        <translation>Toutes les pondérations sont nulles&#xa0;: chaque choix obtient 0, il n&apos;y a donc pas de classement. Donnez une pondération à au moins une dimension.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 share the first place with %2.</source>
        <translation>%1 se partagent la première place avec %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” leads with %2.</source>
        <translation>«&#xa0;%1&#xa0;» arrive en tête avec %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Carried by %1.</source>
        <translation>Porté par %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held back by %1.</source>
        <translation>Freiné par %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ahead of “%1” by %2, most of all on %3 (%4).</source>
        <translation>Devance «&#xa0;%1&#xa0;» de %2, surtout sur %3 (%4).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sensitivity: raising the weight of %1 from %2 to %3 makes “%4” draw level.</source>
        <translation>Sensibilité&#xa0;: en portant la pondération de %1 de %2 à %3, «&#xa0;%4&#xa0;» rejoint la tête.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensitivity: lowering the weight of %1 from %2 to %3 makes “%4” draw level.</source>
        <translation>Sensibilité&#xa0;: en abaissant la pondération de %1 de %2 à %3, «&#xa0;%4&#xa0;» rejoint la tête.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sensitivity: no change of a single weight (0–4) changes the first place.</source>
        <translation>Sensibilité&#xa0;: aucune modification d&apos;une seule pondération (0–4) ne change la première place.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raising %1 would favour %2.</source>
        <translation>Augmenter %1 favoriserait %2.</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location line="-185"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  ✓ your choice</source>
        <translation>  ✓ votre choix</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, rank %2, score %3</source>
        <translation>%1, rang %2, score %3</translation>
    </message>
</context>
<context>
    <name>ReflectionController</name>
    <message>
        <location filename="../ui/reflection_dock.py" line="+54"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reflect on this stage</source>
        <translation>&amp;Réfléchir à cette étape</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journal &amp;entries</source>
        <translation>&amp;Entrées du journal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cite selection in my rationale</source>
        <translation>&amp;Citer la sélection dans ma justification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New journal…</source>
        <translation>&amp;Nouveau journal…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport journal…</source>
        <translation>E&amp;xporter le journal…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export this e&amp;ntry…</source>
        <translation>Exporter cette en&amp;trée…</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Select a passage in the source viewer first, then cite it.</source>
        <translation>Sélectionnez d&apos;abord un passage dans la visionneuse de sources, puis citez-le.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing written for this stage yet.</source>
        <translation>Rien n&apos;a encore été écrit pour cette étape.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Journal not saved</source>
        <translation>Journal non enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your latest changes to the journal “%1” could not be saved:
%2

They are still here. Quit anyway and lose them?</source>
        <translation>Vos dernières modifications du journal «&#xa0;%1&#xa0;» n&apos;ont pas pu être enregistrées&#xa0;:
%2

Elles sont toujours là. Quitter quand même et les perdre&#xa0;?</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Writing in the journal “%1”.</source>
        <translation>Vous écrivez dans le journal «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This journal has no entries to export yet.</source>
        <translation>Ce journal ne contient encore aucune entrée à exporter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting… page %1 of %2</source>
        <translation>Exportation… page %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal could not be exported: %1</source>
        <translation>Le journal n&apos;a pas pu être exporté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReflectionPanel</name>
    <message>
        <location filename="../ui/reflection_panel.py" line="+236"/>
        <source>Journal warning</source>
        <translation>Avertissement concernant le journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;i&gt;Open a scenario to reflect on it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ouvrez un scénario pour y réfléchir.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. First instinct, before reading the evidence</source>
        <translation>1. Première intuition, avant de lire les éléments de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First instinct</source>
        <translation>Première intuition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record first instinct</source>
        <translation>&amp;Enregistrer la première intuition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record first instinct</source>
        <translation>Enregistrer la première intuition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget it</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the first instinct</source>
        <translation>Oublier la première intuition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which way do you lean before opening any passage? Later you will see whether the evidence changed your mind.</source>
        <translation>De quel côté penchez-vous avant d&apos;ouvrir le moindre passage&#xa0;? Vous verrez ensuite si les éléments de preuve vous ont fait changer d&apos;avis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. What matters to you</source>
        <translation>2. Ce qui compte pour vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Your decision</source>
        <translation>3. Votre décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your choice</source>
        <translation>Votre choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why you changed your mind, or kept it</source>
        <translation>Pourquoi vous avez changé d&apos;avis, ou non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choice:</source>
        <translation>&amp;Choix&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confi&amp;dence:</source>
        <translation>Cer&amp;titude&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+239"/>
        <source>What happened afterwards</source>
        <translation>Ce qui s&apos;est passé ensuite</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>4. Your rationale</source>
        <translation>4. Votre justification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this choice? In your own words.</source>
        <translation>Pourquoi ce choix&#xa0;? Avec vos propres mots.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Passages you cite</source>
        <translation>5. Passages que vous citez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport this entry…</source>
        <translation>E&amp;xporter cette entrée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this entry</source>
        <translation>Exporter cette entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;This journal is read-only.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ce journal est en lecture seule.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal: %1</source>
        <translation>Journal&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Open a scenario first, then cite passages in your rationale.</source>
        <translation>Ouvrez d&apos;abord un scénario, puis citez des passages dans votre justification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This journal is read-only; the passage was not added.</source>
        <translation>Ce journal est en lecture seule&#xa0;; le passage n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not cite that selection: %1</source>
        <translation>Impossible de citer cette sélection&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Saved to “%1” at %2</source>
        <translation>Enregistré dans «&#xa0;%1&#xa0;» à %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not decided —</source>
        <translation>— pas encore décidé —</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not said</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your first instinct (recorded %1): &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Votre première intuition (enregistrée le %1)&#xa0;: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You changed your mind: first &lt;b&gt;%1&lt;/b&gt;, now &lt;b&gt;%2&lt;/b&gt;. Why?</source>
        <translation>Vous avez changé d&apos;avis&#xa0;: d&apos;abord &lt;b&gt;%1&lt;/b&gt;, maintenant &lt;b&gt;%2&lt;/b&gt;. Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You kept your first instinct. What in the evidence confirmed it?</source>
        <translation>Vous avez gardé votre première intuition. Qu&apos;est-ce qui, dans les éléments de preuve, l&apos;a confirmée&#xa0;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What happened afterwards (after %1)</source>
        <translation>Ce qui s&apos;est passé ensuite (après %1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Pick the choice you lean towards first.</source>
        <translation>Choisissez d&apos;abord l&apos;option vers laquelle vous penchez.</translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <location filename="../ui/workshop/results_chart.py" line="-193"/>
        <source>Vote results</source>
        <translation>Résultats du vote</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2): first vote %3, second vote %4</source>
        <translation>%1 (%2)&#xa0;: premier vote %3, second vote %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2): first vote %3</source>
        <translation>%1 (%2)&#xa0;: premier vote %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>First vote</source>
        <translation>Premier vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second vote</source>
        <translation>Second vote</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../ui/review_mode.py" line="+50"/>
        <source>Re&amp;view</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review claims…</source>
        <translation>&amp;Relire les affirmations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go through the pack&apos;s claims one by one and record a verdict on each (second reader)</source>
        <translation>Parcourir une à une les affirmations du dossier et consigner un verdict pour chacune (second lecteur)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Mark reviewed claims</source>
        <translation>&amp;Marquer les affirmations relues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a second reader&apos;s verdict beside each claim</source>
        <translation>Afficher le verdict d&apos;un second lecteur à côté de chaque affirmation</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Review file: %1</source>
        <translation>Fichier de relecture&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the pack&apos;s review file…</source>
        <translation>Lecture du fichier de relecture du dossier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review file cannot be used</source>
        <translation>Fichier de relecture inutilisable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Nothing was changed. Mend or move the file, then reload the pack (F5).</source>
        <translation>%1

Rien n&apos;a été modifié. Réparez ou déplacez le fichier, puis rechargez le dossier (F5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review file was not read.</source>
        <translation>Le fichier de relecture n&apos;a pas été lu.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../ui/review_dialog.py" line="+171"/>
        <source>Review the pack&apos;s claims</source>
        <translation>Relire les affirmations du dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All claims</source>
        <translation>Toutes les affirmations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needing review (unreviewed or stale)</source>
        <translation>À relire (non relues ou périmées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open findings (verdicts other than confirmed)</source>
        <translation>Constats en suspens (verdicts autres que «&#xa0;confirmé&#xa0;»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which claims to go through</source>
        <translation>Affirmations à parcourir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position in the review</source>
        <translation>Position dans la relecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim under review, its passages in context</source>
        <translation>Affirmation en cours de relecture, avec ses passages en contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict (Ctrl+1 … Ctrl+5; record with Ctrl+Return)</source>
        <translation>Verdict (Ctrl+1 … Ctrl+5&#xa0;; consigner avec Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Confirmed</source>
        <translation>&amp;Confirmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Should be &amp;inferred</source>
        <translation>Devrait être &amp;déduit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unsupported</source>
        <translation>&amp;Non étayé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gloss problem</source>
        <translation>Problème de &amp;traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;ther</source>
        <translation>A&amp;utre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict: %1</source>
        <translation>Verdict&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on the verdict</source>
        <translation>Note sur le verdict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong, or what would fix it (optional).</source>
        <translation>Ce qui ne va pas, ou ce qui y remédierait (facultatif).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, signed on each verdict</source>
        <translation>Votre nom, qui signe chaque verdict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation>Votre no&amp;m&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous</source>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous claim (Ctrl+PgUp)</source>
        <translation>Affirmation précédente (Ctrl+PgPréc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next claim (Ctrl+PgDown)</source>
        <translation>Affirmation suivante (Ctrl+PgSuiv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record verdict and go on</source>
        <translation>Cons&amp;igner le verdict et continuer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous claim</source>
        <translation>Affirmation précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next claim</source>
        <translation>Affirmation suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the verdict and go to the next claim</source>
        <translation>Consigner le verdict et passer à l&apos;affirmation suivante</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Sign the verdict with your name and go to the next claim (Ctrl+Return)</source>
        <translation>Signer le verdict de votre nom et passer à l&apos;affirmation suivante (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review status</source>
        <translation>État de la relecture</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Nothing to review here.</source>
        <translation>Rien à relire ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No claim matches this choice of claims.</source>
        <translation>Aucune affirmation ne correspond à ce choix.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Claim %1 of %2 shown (%3 in the pack)</source>
        <translation>Affirmation %1 sur les %2 affichées (%3 dans le dossier)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Argument for</source>
        <translation>Argument pour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Argument against</source>
        <translation>Argument contre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In your language (the verdict is on the text above): %1</source>
        <translation>Dans votre langue (le verdict porte sur le texte ci-dessus)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stated: the cited passage itself asserts this effect</source>
        <translation>énoncé&#xa0;: le passage cité affirme lui-même cet effet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inferred: follows from the passages by a written step</source>
        <translation>déduit&#xa0;: découle des passages par un raisonnement écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facilitator assumption</source>
        <translation>hypothèse de l&apos;animateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reasoning:</source>
        <translation>Raisonnement&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reasoning written.</source>
        <translation>Aucun raisonnement rédigé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cited passages, in context</source>
        <translation>Passages cités, en contexte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Author’s note: %1</source>
        <translation>Note de l&apos;auteur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not reviewed yet.</source>
        <translation>Pas encore relu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewed as “%1” by %2, but the claim or its passages changed since: review it again.</source>
        <translation>Relu comme «&#xa0;%1&#xa0;» par %2, mais l&apos;affirmation ou ses passages ont changé depuis&#xa0;: relisez-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviewed: %1, by %2.</source>
        <translation>Relu&#xa0;: %1, par %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a verdict first (Ctrl+1 … Ctrl+5).</source>
        <translation>Choisissez d&apos;abord un verdict (Ctrl+1 … Ctrl+5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your name: each verdict is signed.</source>
        <translation>Tapez votre nom&#xa0;: chaque verdict est signé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded: %1 — %2.</source>
        <translation>Consigné&#xa0;: %1 — %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not saved: %1. The verdicts stay here; record another to try again.</source>
        <translation>Non enregistré&#xa0;: %1. Les verdicts restent ici&#xa0;; consignez-en un autre pour réessayer.</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <location filename="../ui/workshop/setup_models.py" line="+20"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no role)</source>
        <translation>(aucun rôle)</translation>
    </message>
</context>
<context>
    <name>RoomBridge</name>
    <message>
        <location filename="../ui/workshop/room_bridge.py" line="+138"/>
        <source>The workshop has ended; phones can no longer vote.</source>
        <translation>L&apos;atelier est terminé&#xa0;; les GSM ne peuvent plus voter.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Phones cannot be served at %1: %2</source>
        <translation>Impossible de servir les GSM à l&apos;adresse %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <location filename="../ui/workshop/room_panel.py" line="+63"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Argued by: %1</source>
        <translation>Défendu par&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>What happened afterwards (after %1)</source>
        <translation>Ce qui s&apos;est passé ensuite (après %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened afterwards</source>
        <translation>Ce qui s&apos;est passé ensuite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To discuss</source>
        <translation>À discuter</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>What the room sees</source>
        <translation>Ce que voit la salle</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Voted: %1</source>
        <translation>Ont voté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for: %1</source>
        <translation>En attente de&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RoomVoting</name>
    <message>
        <location filename="../ui/workshop/room_dock.py" line="+40"/>
        <source>Phones</source>
        <translation>GSM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voting from phones</source>
        <translation>Vote par GSM</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The room&apos;s arguments</source>
        <translation>Les arguments de la salle</translation>
    </message>
</context>
<context>
    <name>RoomVotingBox</name>
    <message>
        <location filename="../ui/workshop/room_voting.py" line="+78"/>
        <location line="+52"/>
        <source>&amp;Let phones vote</source>
        <translation>&amp;Faire voter par GSM</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Let phones vote over the room&apos;s network</source>
        <translation>Faire voter par GSM via le réseau de la salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network address for phones</source>
        <translation>Adresse réseau pour les GSM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again for network addresses</source>
        <translation>Chercher à nouveau des adresses réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones that joined and voted</source>
        <translation>GSM connectés et votes reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;join screen</source>
        <translation>Afficher l&apos;écran de &amp;connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the join address and QR code on the presenter</source>
        <translation>Afficher l&apos;adresse de connexion et le code QR sur l&apos;écran de présentation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This computer is on no network phones could reach. Join the room&apos;s Wi-Fi, then look again.</source>
        <translation>Cet ordinateur n&apos;est sur aucun réseau accessible aux GSM. Connectez-vous au wifi de la salle, puis cherchez à nouveau.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+45"/>
        <source>Phones can vote (click to stop)</source>
        <translation>Les GSM peuvent voter (cliquez pour arrêter)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Phones are off. Votes are typed in at the console.</source>
        <translation>Les GSM sont désactivés. Les votes sont saisis à la console.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No phone has joined yet. Phones must be on the same network as this computer; a guest Wi-Fi that keeps devices apart will not do.</source>
        <translation>Aucun GSM ne s&apos;est encore connecté. Les GSM doivent être sur le même réseau que cet ordinateur&#xa0;; un wifi invité qui isole les appareils ne convient pas.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n phones joined. No vote is open.</source>
        <translation>
            <numerusform>%n GSM connecté. Aucun vote n&apos;est ouvert.</numerusform>
            <numerusform>%n GSM connectés. Aucun vote n&apos;est ouvert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n phones voted</source>
        <translation>
            <numerusform>Votes reçus&#xa0;: %1 sur %n GSM</numerusform>
            <numerusform>Votes reçus&#xa0;: %1 sur %n GSM</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 of %3</source>
        <translation>%1&#xa0;: %2 sur %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Typed at the console: %1 (%n votes)</source>
        <translation>
            <numerusform>Saisi à la console&#xa0;: %1 (%n vote)</numerusform>
            <numerusform>Saisi à la console&#xa0;: %1 (%n votes)</numerusform>
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
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
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
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>introductory</source>
        <translation>initiation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intermediate</source>
        <translation>intermédiaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advanced</source>
        <translation>avancé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tags:</source>
        <translation>étiquettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>strongly better</source>
        <translation>nettement mieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>better</source>
        <translation>mieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worse</source>
        <translation>moins bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strongly worse</source>
        <translation>nettement moins bien</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Stage %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open only if you chose %1 earlier.</source>
        <translation>Ouverte seulement si vous avez choisi %1 auparavant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leads to %1.</source>
        <translation>Mène à %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends the scenario.</source>
        <translation>Termine le scénario.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trade-offs</source>
        <translation>Arbitrages</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Arguments for</source>
        <translation>Arguments pour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arguments against</source>
        <translation>Arguments contre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Date of the decision: %1</source>
        <translation>Date de la décision&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facilitator notes</source>
        <translation>Notes pour l’animateur</translation>
    </message>
</context>
<context>
    <name>ScenarioView</name>
    <message>
        <location line="+88"/>
        <source>Stages of the scenario</source>
        <translation>Étapes du scénario</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+48"/>
        <source>&amp;Facilitator notes</source>
        <translation>&amp;Notes pour l&apos;animateur</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>Show or hide the facilitator notes (Ctrl+Shift+N)</source>
        <translation>Afficher ou masquer les notes pour l&apos;animateur (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Scenario: %1</source>
        <translation>Scénario&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>What happened afterwards</source>
        <translation>Ce qui s&apos;est passé ensuite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what happened after this decision (you have recorded your choice).</source>
        <translation>Montrer ce qui s&apos;est passé après cette décision (vous avez enregistré votre choix).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened afterwards (hindsight, facilitator notes)</source>
        <translation>Ce qui s&apos;est passé ensuite (rétrospective, notes pour l&apos;animateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hindsight for the facilitator: the reader has not chosen yet.</source>
        <translation>Rétrospective pour l&apos;animateur&#xa0;: le lecteur n&apos;a pas encore choisi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened afterwards: record your choice first</source>
        <translation>Ce qui s&apos;est passé ensuite&#xa0;: enregistrez d&apos;abord votre choix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens once you have recorded your choice for this stage (Journal → Reflect on this stage, Ctrl+J), so hindsight does not colour the decision.</source>
        <translation>S&apos;ouvre une fois votre choix enregistré pour cette étape (Journal → Réfléchir à cette étape, Ctrl+J), afin que la connaissance de la suite n&apos;influence pas la décision.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Go to another stage of this scenario</source>
        <translation>Aller à une autre étape de ce scénario</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../core/search.py" line="+39"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision-maker</source>
        <translation>Décideur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument for</source>
        <translation>Argument pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argument against</source>
        <translation>Argument contre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator notes</source>
        <translation>Notes pour l&apos;animateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion prompt</source>
        <translation>Question de discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cited passage</source>
        <translation>Passage cité</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../ui/search_dock.py" line="+27"/>
        <location line="+12"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>Search is getting ready…</source>
        <translation>Préparation de la recherche…</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../ui/search_panel.py" line="+178"/>
        <source>Search scenarios and sources (accents optional)</source>
        <translation>Rechercher dans les scénarios et les sources (accents facultatifs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Preparing the search index…</source>
        <translation>Préparation de l&apos;index de recherche…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a word in English, Dutch or French; accents are optional.</source>
        <translation>Tapez un mot en anglais, en néerlandais ou en français&#xa0;; les accents sont facultatifs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matches.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n scenarios</source>
        <translation>
            <numerusform>%n scénario</numerusform>
            <numerusform>%n scénarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n sources</source>
        <translation>
            <numerusform>dans %n source</numerusform>
            <numerusform>dans %n sources</numerusform>
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
            <numerusform>Affiché&#xa0;: %1 sur %n résultat&#xa0;; ajoutez un mot pour affiner.</numerusform>
            <numerusform>Affichés&#xa0;: %1 sur %n résultats&#xa0;; ajoutez un mot pour affiner.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Found: %1.</source>
        <translation>Trouvé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../ui/search_model.py" line="+26"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Titre de section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footnote</source>
        <translation>Note de bas de page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull quote</source>
        <translation>Exergue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstract</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List item</source>
        <translation>Élément de liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>Signature de l&apos;auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the author</source>
        <translation>À propos de l&apos;auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources</source>
        <translation>Sources</translation>
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
        <translation>Entrée ouvre le scénario</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter opens the passage, highlighted</source>
        <translation>Entrée ouvre le passage, surligné</translation>
    </message>
</context>
<context>
    <name>SelectionCiting</name>
    <message>
        <location filename="../ui/source_citing.py" line="+75"/>
        <source>Select a passage of the source first, then copy it as a citation.</source>
        <translation>Sélectionnez d&apos;abord un passage de la source, puis copiez-le comme référence.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The reading edition leaves this text out; cite the text itself.</source>
        <translation>L&apos;édition de lecture omet ce texte&#xa0;; citez le texte lui-même.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The selection holds no text.</source>
        <translation>La sélection ne contient aucun texte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied citation “%1”: paste it under a scenario&apos;s evidence.</source>
        <translation>Référence «&#xa0;%1&#xa0;» copiée&#xa0;: collez-la sous les éléments de preuve d&apos;un scénario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied citation “%1”, but the quote is not unique: select a longer passage.</source>
        <translation>Référence «&#xa0;%1&#xa0;» copiée, mais la citation n&apos;est pas unique&#xa0;: sélectionnez un passage plus long.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a pack with a valid scenario first.</source>
        <translation>Ouvrez d&apos;abord un dossier contenant un scénario valide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Append citations to</source>
        <translation>Ajouter les références à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario file:</source>
        <translation>Fichier de scénario&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not appended: %1</source>
        <translation>Non ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appended citation “%1” to %2.</source>
        <translation>Référence «&#xa0;%1&#xa0;» ajoutée à %2.</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <location filename="../ui/workshop/sessions_dialog.py" line="+82"/>
        <source>Workshop sessions</source>
        <translation>Sessions d&apos;atelier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved workshop sessions</source>
        <translation>Sessions d&apos;atelier enregistrées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the saved sessions…</source>
        <translation>Lecture des sessions enregistrées…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected session</source>
        <translation>Ouvrir la session sélectionnée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No workshop has been saved yet.</source>
        <translation>Aucun atelier n&apos;a encore été enregistré.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sessions, %1 of them ended.</source>
        <translation>
            <numerusform>%n session (terminées&#xa0;: %1).</numerusform>
            <numerusform>%n sessions (terminées&#xa0;: %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location line="-66"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it stands</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last saved</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not ended (can be resumed)</source>
        <translation>Non terminé (peut être repris)</translation>
    </message>
</context>
<context>
    <name>ShiftModel</name>
    <message>
        <location filename="../ui/workshop/results_chart.py" line="+105"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moved</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
</context>
<context>
    <name>ShiftTable</name>
    <message>
        <location line="+34"/>
        <source>Shift between the votes</source>
        <translation>Évolution entre les votes</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <location filename="../ui/dialogs.py" line="-72"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move between controls</source>
        <translation>Passer d&apos;un contrôle à l&apos;autre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the scenario and move into it</source>
        <translation>Ouvrir le scénario et s&apos;y placer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Library filter</source>
        <translation>Filtre de la bibliothèque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move into the list</source>
        <translation>Se placer dans la liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Next or previous link (citation)</source>
        <translation>Lien suivant ou précédent (référence)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the focused citation</source>
        <translation>Ouvrir la référence active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage tabs</source>
        <translation>Onglets des étapes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous or next stage</source>
        <translation>Étape précédente ou suivante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left, Right</source>
        <translation>Gauche, Droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Pack problems</source>
        <translation>Problèmes du dossier</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy file:line: message</source>
        <translation>Copier fichier:ligne: message</translation>
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
        <translation>◀ Retour au scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the source and show the scenario again (Escape)</source>
        <translation>Fermer la source et réafficher le scénario (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the scenario</source>
        <translation>Retour au scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the source viewer (Escape)</source>
        <translation>Fermer la visionneuse de sources (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close the source viewer</source>
        <translation>Fermer la visionneuse de sources</translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <location filename="../ui/source_pane.py" line="+103"/>
        <source>Reading edition</source>
        <translation>Édition de lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original text, as received</source>
        <translation>Texte original, tel que reçu</translation>
    </message>
</context>
<context>
    <name>SourceRender</name>
    <message>
        <location filename="../ui/source_render.py" line="+84"/>
        <source>Footnote %1</source>
        <translation>Note de bas de page %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Footnote</source>
        <translation>Note de bas de page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull quote</source>
        <translation>Exergue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abstract</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the author</source>
        <translation>À propos de l&apos;auteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <location filename="../ui/source_viewer.py" line="+186"/>
        <source>Document details</source>
        <translation>Détails du document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;i&gt;No document open. Follow a citation to open its source here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucun document ouvert. Suivez une référence pour ouvrir sa source ici.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+113"/>
        <source>◀ &amp;Previous citation</source>
        <translation>◀ Référence &amp;précédente</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+113"/>
        <source>Ne&amp;xt citation ▶</source>
        <translation>Référence &amp;suivante ▶</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+113"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+112"/>
        <source>&amp;Copy with reference</source>
        <translation>&amp;Copier avec la mention de la source</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+111"/>
        <source>Copy as c&amp;itation</source>
        <translation>Copier comme ré&amp;férence</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+116"/>
        <source>Put the selected passage on the clipboard as a scenario&apos;s evidence entry</source>
        <translation>Copier le passage sélectionné dans le presse-papiers comme élément de preuve d&apos;un scénario</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+108"/>
        <source>&amp;Original text</source>
        <translation>&amp;Texte original</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+107"/>
        <source>Coverage &amp;map</source>
        <translation>Carte de co&amp;uverture</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Citation position</source>
        <translation>Position de la référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source viewer tools</source>
        <translation>Outils de la visionneuse de sources</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+27"/>
        <source>&amp;Append citation to scenario…</source>
        <translation>&amp;Ajouter la référence au scénario…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter / Shift+Enter</source>
        <translation>Entrée / Maj+Entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next / previous match, in the find bar</source>
        <translation>Résultat suivant / précédent, dans la barre de recherche</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>in this scenario</source>
        <translation>dans ce scénario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in this document</source>
        <translation>dans ce document</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Citation %1 of %n %2</source>
        <translation>
            <numerusform>Référence %1 sur %n %2</numerusform>
            <numerusform>Référence %1 sur %n %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n citations %1</source>
        <translation>
            <numerusform>%n référence %1</numerusform>
            <numerusform>%n références %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TradeOffChart</name>
    <message>
        <location filename="../ui/tradeoff_chart.py" line="+105"/>
        <source>Trade-off chart</source>
        <translation>Graphique des arbitrages</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>No scenario selected.</source>
        <translation>Aucun scénario sélectionné.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>gains %1 · losses %2</source>
        <translation>gains %1 · pertes %2</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Right: better (▲ +1, ▲▲ +2) · Left: worse (▼ −1, ▼▼ −2) · Middle (·): no effect claimed</source>
        <translation>À droite&#xa0;: mieux (▲ +1, ▲▲ +2) · À gauche&#xa0;: moins bien (▼ −1, ▼▼ −2) · Au milieu (·)&#xa0;: aucun effet énoncé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● stated (solid)</source>
        <translation>● énoncé (plein)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◐ inferred (hatched)</source>
        <translation>◐ déduit (hachuré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>○ facilitator assumption (outline)</source>
        <translation>○ hypothèse de l&apos;animateur (contour)</translation>
    </message>
</context>
<context>
    <name>TradeOffMatrix</name>
    <message>
        <location filename="../ui/tradeoffs.py" line="+113"/>
        <source>&amp;Stage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage of the scenario</source>
        <translation>Étape du scénario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Table</source>
        <translation>T&amp;ableau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the trade-offs as a table</source>
        <translation>Afficher les arbitrages sous forme de tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hart</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the trade-offs as a chart</source>
        <translation>Afficher les arbitrages sous forme de graphique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trade-off matrix: choices by dimensions</source>
        <translation>Matrice des arbitrages&#xa0;: choix par dimension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices by number</source>
        <translation>Choix par numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade-off chart</source>
        <translation>Graphique des arbitrages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▲▲ strongly better · ▲ better · ▼ worse · ▼▼ strongly worse · a dot: no stated effect</source>
        <translation>▲▲ nettement mieux · ▲ mieux · ▼ moins bien · ▼▼ nettement moins bien · un point&#xa0;: aucun effet énoncé</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+181"/>
        <source>Select a cell to see the claim and the passages behind it.</source>
        <translation>Sélectionnez une cellule pour voir l&apos;affirmation et les passages sur lesquels elle repose.</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Selected trade-off</source>
        <translation>Arbitrage sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citations behind the selected trade-off</source>
        <translation>Références à l&apos;appui de l&apos;arbitrage sélectionné</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Reasoning (the step from the passages to the claim):</source>
        <translation>Raisonnement (l&apos;étape qui mène des passages à l&apos;affirmation)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TradeOffTableModel</name>
    <message>
        <location line="-405"/>
        <source>No stated effect on %1</source>
        <translation>Aucun effet énoncé sur %1</translation>
    </message>
</context>
<context>
    <name>TradeOffs</name>
    <message>
        <location filename="../ui/tradeoff_chart.py" line="-293"/>
        <source>strongly better</source>
        <translation>nettement mieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>better</source>
        <translation>mieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worse</source>
        <translation>moins bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strongly worse</source>
        <translation>nettement moins bien</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../ui/vocabulary.py" line="+29"/>
        <source>Translation (not in the source)</source>
        <translation>Traduction (absente de la source)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My journal</source>
        <extracomment>The name of the journal the app starts for every reader (shown in the journal's panels).</extracomment>
        <translation>Mon journal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stated in the cited documents</source>
        <extracomment>After the evidence mark, in a sentence: "● stated in the cited documents".</extracomment>
        <translation>énoncé dans les documents cités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inferred from the cited passages</source>
        <translation>déduit des passages cités</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>facilitator assumption</source>
        <translation>hypothèse de l&apos;animateur</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>stated</source>
        <extracomment>Beside the mark where room is short: "● stated".</extracomment>
        <translation>énoncé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inferred</source>
        <translation>déduit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a guess</source>
        <translation>une supposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsure</source>
        <translation>incertain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fairly sure</source>
        <translation>assez sûr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sure</source>
        <translation>sûr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certain</source>
        <translation>certain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First vote (blind)</source>
        <translation>Premier vote (à l&apos;aveugle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second vote</source>
        <translation>Second vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should be inferred</source>
        <translation>devrait être déduit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported by the passage</source>
        <translation>non étayé par le passage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gloss problem</source>
        <translation>problème de traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other problem</source>
        <translation>autre problème</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Role %1 of %2</source>
        <translation>Rôle %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context %1 of %2</source>
        <translation>Contexte %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence %1 of %2</source>
        <translation>Éléments de preuve %1 sur %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenario %1 of %2</source>
        <translation>Scénario %1 sur %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
</context>
<context>
    <name>VoteModel</name>
    <message>
        <location filename="../ui/workshop/vote_table.py" line="+125"/>
        <source>%1 (not in)</source>
        <translation>%1 (non saisi)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n votes for a group of %1: a typo?</source>
        <translation>
            <numerusform>%n vote pour un groupe de %1&#xa0;: une faute de frappe&#xa0;?</numerusform>
            <numerusform>%n votes pour un groupe de %1&#xa0;: une faute de frappe&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteStatus</name>
    <message>
        <location filename="../ui/workshop/vote_status.py" line="+46"/>
        <source>Typing for: %1 (group %2 of %3), choice %4</source>
        <translation>Saisie pour&#xa0;: %1 (groupe %2 sur %3), choix %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not entered</source>
        <translation>non saisi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undone: %1 is back to %2</source>
        <translation>Annulé&#xa0;: %1 revient à %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last change: %1, %2: %3 → %4 (Ctrl+Z undoes it)</source>
        <translation>Dernière modification&#xa0;: %1, %2&#xa0;: %3 → %4 (Ctrl+Z l&apos;annule)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change: %1&apos;s entry removed (Ctrl+Z undoes it)</source>
        <translation>Dernière modification&#xa0;: saisie de %1 supprimée (Ctrl+Z l&apos;annule)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change: %1 now %2 (Ctrl+Z undoes it)</source>
        <translation>Dernière modification&#xa0;: %1 désormais à %2 (Ctrl+Z l&apos;annule)</translation>
    </message>
</context>
<context>
    <name>VoteTable</name>
    <message>
        <location filename="../ui/workshop/vote_table.py" line="+101"/>
        <source>Votes: counts per group and choice</source>
        <translation>Votes&#xa0;: décomptes par groupe et par choix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a count; Tab goes to the next choice of the same group; Enter goes to the next group; Delete removes the group&apos;s entry; Ctrl+Z undoes.</source>
        <translation>Tapez un nombre&#xa0;; Tab passe au choix suivant du même groupe&#xa0;; Entrée passe au groupe suivant&#xa0;; Suppr efface la saisie du groupe&#xa0;; Ctrl+Z annule.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>A count goes up to %1.</source>
        <translation>Un décompte va jusqu&apos;à %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This is the group&apos;s first choice.</source>
        <translation>C&apos;est le premier choix du groupe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the group&apos;s last choice: Enter goes to the next group.</source>
        <translation>C&apos;est le dernier choix du groupe&#xa0;: Entrée passe au groupe suivant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the last group.</source>
        <translation>C&apos;est le dernier groupe.</translation>
    </message>
</context>
<context>
    <name>WeightsEditor</name>
    <message>
        <location filename="../ui/ranking_box.py" line="-162"/>
        <source>How much facilitator assumptions count</source>
        <translation>Poids des hypothèses de l&apos;animateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>count fully</source>
        <translation>comptent pleinement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>count half</source>
        <translation>comptent à moitié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>do not count</source>
        <translation>ne comptent pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facilitator &amp;assumptions:</source>
        <translation>&amp;Hypothèses de l&apos;animateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Equal weights</source>
        <translation>Pondérations é&amp;gales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set every weight back to the default</source>
        <translation>Rétablir toutes les pondérations par défaut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>does not matter</source>
        <translation>sans importance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a little</source>
        <translation>un peu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matters</source>
        <translation>compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a lot</source>
        <translation>beaucoup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>most of all</source>
        <translation>avant tout</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Weights: 0 = does not matter … 4 = most of all</source>
        <translation>Pondérations&#xa0;: 0 = sans importance … 4 = avant tout</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Weight of %1</source>
        <translation>Pondération de %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcome.py" line="+84"/>
        <source>Peace-operations dilemma explorer</source>
        <translation>Explorateur de dilemmes des opérations de paix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work through real policy dilemmas of UN and other peace operations: what to contribute, how to protect civilians, what is lost when a mission leaves. Each scenario puts a decision in front of you, with its choices, the arguments for and against, and what each choice gains or costs.</source>
        <translation>Explorez de vrais dilemmes politiques des opérations de paix de l&apos;ONU et d&apos;autres organisations&#xa0;: que fournir, comment protéger les civils, que perd-on quand une mission se retire&#xa0;? Chaque scénario vous place devant une décision, avec ses choix, les arguments pour et contre, et ce que chaque choix apporte ou coûte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Follow a citation</source>
        <translation>Suivre une référence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody has to take a scenario&apos;s word for anything. Underlined words are citations: click one, or reach it with Tab and press Enter, and the document opens beside the scenario with the exact passage highlighted. Dutch and French passages come with an English translation. Alt+Left takes you back.</source>
        <translation>Personne n&apos;est tenu de croire un scénario sur parole. Les mots soulignés sont des références&#xa0;: cliquez sur l&apos;un d&apos;eux, ou atteignez-le avec Tab et appuyez sur Entrée, et le document s&apos;ouvre à côté du scénario, le passage exact surligné. Les passages dans une autre langue sont accompagnés d&apos;une traduction. Alt+Gauche vous ramène en arrière.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loading scenarios…</source>
        <translation>Chargement des scénarios…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Start with the first scenario</source>
        <translation>Commencer par le premier scénario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the keyboard shortcuts</source>
        <translation>Afficher les raccourcis clavier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the documents come from</source>
        <translation>D&apos;où viennent les documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Five public documents about peace operations, 2018 to 2026 (loading…).</source>
        <translation>Cinq documents publics sur les opérations de paix, de 2018 à 2026 (chargement…).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every claim is tied to a passage in one of these public documents, kept exactly as received and shown in a clean reading edition:</source>
        <translation>Chaque affirmation renvoie à un passage de l&apos;un de ces documents publics, conservés tels que reçus et présentés dans une édition de lecture épurée&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No scenarios in this pack</source>
        <translation>Aucun scénario dans ce dossier</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>about %n minutes</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopConsole</name>
    <message>
        <location filename="../ui/workshop/console.py" line="+285"/>
        <source>Workshop console — %1</source>
        <translation>Console de l&apos;atelier — %1</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agenda (Enter jumps)</source>
        <translation>Programme (Entrée&#xa0;: ouvrir)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the room&apos;s screen</source>
        <translation>Aperçu de l&apos;écran de la salle</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type a count: it counts at once. Tab goes to the next choice of the same group; Enter goes to the next group; Delete takes a group&apos;s entry out; Ctrl+Z undoes.</source>
        <translation>Tapez un nombre&#xa0;: il compte aussitôt. Tab passe au choix suivant du même groupe&#xa0;; Entrée passe au groupe suivant&#xa0;; Suppr retire la saisie d&apos;un groupe&#xa0;; Ctrl+Z annule.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Results preview (not shown to the room)</source>
        <translation>Aperçu des résultats (non montré à la salle)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The pack&apos;s notes for facilitators</source>
        <translation>Les notes du dossier pour les animateurs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your notes (saved with the session)</source>
        <translation>Vos notes (enregistrées avec la session)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your notes on this scenario: what the room said, what to follow up.</source>
        <translation>Vos notes sur ce scénario&#xa0;: ce que la salle a dit, ce qu&apos;il faut suivre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discussion timer</source>
        <translation>Minuteur de la discussion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For the facilitator (never shown to the room)</source>
        <translation>Pour l&apos;animateur (jamais montré à la salle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your notes (Ctrl+J)</source>
        <translation>Vos notes (Ctrl+J)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Groups:</source>
        <translation>Groupes&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(stopped)</source>
        <translation>(arrêté)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The room sees: %1</source>
        <translation>La salle voit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCREEN BLANKED (B to show it again)</source>
        <translation>ÉCRAN NOIRCI (B pour le réafficher)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notes appear here during a scenario.</source>
        <translation>Les notes apparaissent ici pendant un scénario.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the timer</source>
        <translation>Arrêter le minuteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the timer</source>
        <translation>Démarrer le minuteur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing (blank screen)</source>
        <translation>rien (écran noir)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> with the votes</source>
        <translation> avec les votes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page Down starts the next step.</source>
        <translation>Page Down lance l’étape suivante.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First vote</source>
        <translation>Premier vote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second vote</source>
        <translation>Second vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>showing to the room</source>
        <translation>montré à la salle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hidden from the room</source>
        <translation>caché à la salle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (read only at this step)</source>
        <translation> (lecture seule à cette phase)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>   (total %1)</source>
        <translation>   (total %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   Still to enter: %1</source>
        <translation>   À saisir&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save a copy of the session</source>
        <translation>Enregistrer une copie de la session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshop sessions (*.workshop.json)</source>
        <translation>Sessions d&apos;atelier (*.workshop.json)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Session not saved</source>
        <translation>Session non enregistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The latest actions of “%1” could not be saved:
%2

Use Save a copy to keep them in another place. Close anyway and lose them?</source>
        <translation>Les dernières actions de «&#xa0;%1&#xa0;» n&apos;ont pas pu être enregistrées&#xa0;:
%2

Utilisez Enregistrer une copie pour les conserver ailleurs. Fermer quand même et les perdre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/workshop/console_actions.py" line="+58"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timer</source>
        <translation>&amp;Minuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Window</source>
        <translation>Fe&amp;nêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next step</source>
        <translation>Phase &amp;suivante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the room the next step</source>
        <translation>Montrer la phase suivante à la salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Previous step</source>
        <translation>Phase &amp;précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back a step</source>
        <translation>Revenir d&apos;une phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Blank or show the screen</source>
        <translation>&amp;Masquer ou afficher l&apos;écran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Black out the room&apos;s screen, or bring it back</source>
        <translation>Noircir l&apos;écran de la salle, ou le rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank</source>
        <translation>Noir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reveal the votes</source>
        <translation>&amp;Dévoiler les votes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the room the votes of this step</source>
        <translation>Montrer à la salle les votes de cette phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal</source>
        <translation>Dévoiler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo the last vote change</source>
        <translation>&amp;Annuler la dernière modification des votes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the counts back as they were before the last change</source>
        <translation>Rétablir les décomptes tels qu&apos;ils étaient avant la dernière modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter &amp;votes</source>
        <translation>Saisir les &amp;votes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the keyboard in the vote grid</source>
        <translation>Placer le clavier dans la grille des votes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your &amp;notes</source>
        <translation>Vos &amp;notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the keyboard in your notes</source>
        <translation>Placer le clavier dans vos notes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export the debrief…</source>
        <translation>&amp;Exporter le débriefing…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the debrief as PDF, HTML or Markdown</source>
        <translation>Enregistrer le débriefing en PDF, HTML ou Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the session under another name and go on there</source>
        <translation>Enregistrer la session sous un autre nom et continuer dans celle-ci</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;nd the workshop…</source>
        <translation>&amp;Terminer l&apos;atelier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark the session finished, show the room the end and offer the debrief</source>
        <translation>Marquer la session comme terminée, montrer la fin à la salle et proposer le débriefing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End workshop</source>
        <translation>Terminer l&apos;atelier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close the console…</source>
        <translation>&amp;Fermer la console…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close this workshop&apos;s windows; the session is saved and can be resumed</source>
        <translation>Fermer les fenêtres de cet atelier&#xa0;; la session est enregistrée et peut être reprise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit the app…</source>
        <translation>&amp;Quitter l&apos;application…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close every window of the app, workshops included (they are saved)</source>
        <translation>Fermer toutes les fenêtres de l&apos;application, ateliers compris (ils sont enregistrés)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start or stop the &amp;timer</source>
        <translation>&amp;Démarrer ou arrêter le minuteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start or stop the discussion timer</source>
        <translation>Démarrer ou arrêter le minuteur de la discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start/stop</source>
        <translation>Démarrer/arrêter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One minute &amp;more</source>
        <translation>Une minute de &amp;plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a minute to the timer</source>
        <translation>Ajouter une minute au minuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One minute &amp;less</source>
        <translation>Une minute de m&amp;oins</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take a minute off the timer</source>
        <translation>Retirer une minute au minuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset the timer</source>
        <translation>&amp;Remettre le minuteur à zéro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the countdown again from its full time</source>
        <translation>Relancer le compte à rebours depuis sa durée complète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Remise à zéro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the timer on the room&apos;s screen</source>
        <translation>Garder le minuteur sur l&apos;écran de la salle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the countdown at every step, not only during the discussion</source>
        <translation>Afficher le compte à rebours à chaque phase, pas seulement pendant la discussion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the &amp;presenter view</source>
        <translation>Afficher l&apos;écran de &amp;présentation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the room&apos;s screen (full screen on a second display)</source>
        <translation>Ouvrir l&apos;écran de la salle (plein écran sur un second moniteur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every key of the console</source>
        <translation>Toutes les touches de la console</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
</context>
<context>
    <name>WorkshopController</name>
    <message>
        <location filename="../ui/workshop/controller.py" line="+116"/>
        <source>This session is open read-only (%1). Save a copy to go on.</source>
        <translation>Cette session est ouverte en lecture seule (%1). Enregistrez une copie pour continuer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it could not be written</source>
        <translation>le fichier n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+183"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>There is no vote change to undo.</source>
        <translation>Il n&apos;y a aucune modification des votes à annuler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last vote change was made at another scenario; go back there to undo it.</source>
        <translation>La dernière modification des votes a été faite dans un autre scénario&#xa0;; revenez-y pour l&apos;annuler.</translation>
    </message>
</context>
<context>
    <name>WorkshopEnding</name>
    <message>
        <location filename="../ui/workshop/ending.py" line="+26"/>
        <source>End the workshop?</source>
        <translation>Terminer l&apos;atelier&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End “%1”? The room sees the end slide and the session is marked finished: it will no longer be offered for resuming (File → Workshop sessions… still opens it).</source>
        <translation>Terminer «&#xa0;%1&#xa0;»&#xa0;? La salle voit la diapositive de fin et la session est marquée comme terminée&#xa0;: sa reprise ne sera plus proposée (Fichier → Sessions d&apos;atelier… l&apos;ouvre toujours).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Workshop ended</source>
        <translation>Atelier terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workshop has ended and is saved. Export the debrief now?</source>
        <translation>L&apos;atelier est terminé et enregistré. Exporter le débriefing maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close the workshop?</source>
        <translation>Fermer l&apos;atelier&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the console and the presenter of “%1”? The session is saved; Workshop → Resume… opens it again where the room was.</source>
        <translation>Fermer la console et l&apos;écran de présentation de «&#xa0;%1&#xa0;»&#xa0;? La session est enregistrée&#xa0;; Atelier → Reprendre… la rouvre là où en était la salle.</translation>
    </message>
</context>
<context>
    <name>WorkshopLauncher</name>
    <message>
        <location filename="../ui/workshop/launcher.py" line="+47"/>
        <source>&amp;Workshop</source>
        <translation>A&amp;telier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle session…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Resume…</source>
        <translation>&amp;Reprendre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a session file…</source>
        <translation>&amp;Ouvrir un fichier de session…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Workshop sessions…</source>
        <translation>Sessions d&apos;&amp;atelier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every saved workshop, ended or not, to open again</source>
        <translation>Tous les ateliers enregistrés, terminés ou non, à rouvrir</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+30"/>
        <location line="+13"/>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+85"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>The scenario pack is still loading; try again in a moment.</source>
        <translation>Le dossier de scénarios est encore en cours de chargement&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The session cannot be saved: %1</source>
        <translation>La session ne peut pas être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is no unfinished session. Open a session file instead.</source>
        <translation>Il n&apos;y a aucune session inachevée. Ouvrez plutôt un fichier de session.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume a session</source>
        <translation>Reprendre une session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfinished sessions:</source>
        <translation>Sessions inachevées&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open a workshop session</source>
        <translation>Ouvrir une session d&apos;atelier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshop sessions (*%1)</source>
        <translation>Sessions d&apos;atelier (*%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Resume the workshop?</source>
        <translation>Reprendre l&apos;atelier&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workshop “%1” was not ended. It was at: %2.

Resume it where the room was?</source>
        <translation>L&apos;atelier «&#xa0;%1&#xa0;» n&apos;a pas été terminé. Il en était à&#xa0;: %2.

Le reprendre là où en était la salle&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark as ended</source>
        <translation>&amp;Marquer comme terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask again next time; Workshop → Resume… opens it at any time</source>
        <translation>Redemander la prochaine fois&#xa0;; Atelier → Reprendre… l&apos;ouvre à tout moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will not be offered again; File → Workshop sessions… still opens it</source>
        <translation>Ne sera plus proposé&#xa0;; Fichier → Sessions d&apos;atelier… l&apos;ouvre toujours</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Quit the app?</source>
        <translation>Quitter l&apos;application&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quitting closes the workshop console and presenter of %1. Everything is saved; Workshop → Resume… opens it again where the room was.</source>
        <translation>Quitter ferme la console et l&apos;écran de présentation de %1. Tout est enregistré&#xa0;; Atelier → Reprendre… le rouvre là où en était la salle.</translation>
    </message>
</context>
<context>
    <name>WorkshopSetupDialog</name>
    <message>
        <location filename="../ui/workshop/setup_dialog.py" line="+156"/>
        <source>New workshop session</source>
        <translation>Nouvelle session d&apos;atelier</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Workshop of %1</source>
        <translation>Atelier du %1</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Session title</source>
        <translation>Titre de la session</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenarios: tick the ones on the agenda</source>
        <translation>Scénarios&#xa0;: cochez ceux qui sont au programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier in the agenda (Alt+Up)</source>
        <translation>Plus tôt dans le programme (Alt+Haut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later in the agenda (Alt+Down)</source>
        <translation>Plus tard dans le programme (Alt+Bas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passages the evidence step shows, one a screen</source>
        <translation>Passages montrés à la phase des éléments de preuve, un par écran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a group</source>
        <translation>&amp;Ajouter un groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove the group</source>
        <translation>&amp;Retirer le groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen role&apos;s brief</source>
        <translation>Les consignes du rôle choisi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Start the session</source>
        <translation>&amp;Démarrer la session</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda: tick the scenarios, set the minutes (planned, discussion)</source>
        <translation>Programme&#xa0;: cochez les scénarios, fixez les minutes (prévues, discussion)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passages shown at the evidence step for the selected stage:</source>
        <translation>Passages montrés à la phase des éléments de preuve pour l&apos;étape sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups (tables or teams) and the roles they argue from</source>
        <translation>Groupes (tables ou équipes) et les rôles depuis lesquels ils argumentent</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n on the agenda, %1 min</source>
        <translation>
            <numerusform>%n au programme, %1 min</numerusform>
            <numerusform>%n au programme, %1 min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give a group a role to argue from; its brief shows here.</source>
        <translation>Attribuez un rôle à un groupe&#xa0;; ses consignes s&apos;affichent ici.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../ui/workspace.py" line="+66"/>
        <location line="+35"/>
        <source>Scenario views</source>
        <translation>Vues du scénario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trade-offs</source>
        <translation>Arbitrages</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Source viewer</source>
        <translation>Visionneuse de sources</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../ui/links.py" line="+64"/>
        <source>Outside the explorer: %1 (asks before opening)</source>
        <translation>Hors de l&apos;explorateur&#xa0;: %1 (demande avant d&apos;ouvrir)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This link is not opened by the explorer.</source>
        <translation>Ce lien n&apos;est pas ouvert par l&apos;explorateur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write an e-mail with your mail program to this address?</source>
        <translation>Écrire un courriel à cette adresse avec votre logiciel de messagerie&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this address in your web browser?</source>
        <translation>Ouvrir cette adresse dans votre navigateur web&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It comes from the scenario pack, not from the explorer.</source>
        <translation>Elle provient du dossier de scénarios, et non de l&apos;explorateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an outside address</source>
        <translation>Ouvrir une adresse externe</translation>
    </message>
</context>
<context>
    <name>markdown</name>
    <message>
        <location filename="../ui/markdown_render.py" line="+69"/>
        <source>Outside the explorer: %1</source>
        <translation>Hors de l&apos;explorateur&#xa0;: %1</translation>
    </message>
</context>
</TS>
