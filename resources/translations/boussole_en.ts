<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="+148"/>
        <source>Licence de {0}</source>
        <translation>Licence of {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>À propos de Boussole</source>
        <translation>About Boussole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Boussole</source>
        <translation>&amp;Boussole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licences</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questionnaire : version {0}, faits vérifiés au {1}</source>
        <translation>Questionnaire: version {0}, facts checked on {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire : version inconnue (contenu endommagé, réinstallez Boussole)</source>
        <translation>Questionnaire: unknown version (damaged content, reinstall Boussole)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le diagnostic numérique des petites entreprises : outils d&apos;IA, vente en ligne et bases de la cybersécurité. Boussole fonctionne sans connexion : vos réponses restent sur cet ordinateur.</source>
        <translation>The digital checkup for small businesses: AI tools, online sales and cybersecurity basics. Boussole works offline: your answers stay on this computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Textes des licences des composants tiers : {0}</source>
        <translation>Licence texts of the third-party components: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licences de chaque composant de l&apos;application : {0}</source>
        <translation>Licences of every component of the application: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Composant</source>
        <translation>Component</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composants tiers</source>
        <translation>Third-party components</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt et PySide6 sont utilisés sous la licence GNU LGPL version 3 : vous pouvez les remplacer par une version modifiée compatible avec Qt {0}. Remplacez les bibliothèques Qt du dossier {1} et les modules PySide6 du dossier {2}, puis relancez Boussole. Le code source de Qt et de PySide6 est disponible sur download.qt.io.</source>
        <translation>Qt and PySide6 are used under the GNU LGPL version 3: you may replace them with a modified version compatible with Qt {0}. Replace the Qt libraries in the folder {1} and the PySide6 modules in the folder {2}, then start Boussole again. The source code of Qt and PySide6 is available from download.qt.io.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ActionDetails</name>
    <message>
        <location filename="../../ui/action_details.py" line="+43"/>
        <source>Pourquoi cette action :</source>
        <translation>Why this action:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment faire :</source>
        <translation>How to do it:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Détails de l&apos;action : %1</source>
        <translation>Action details: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(selon l&apos;effectif)</source>
        <translation>(for your headcount)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort : environ %1 · Coût : %2</source>
        <translation>Effort: about %1 · Cost: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Qui peut le faire : %1</source>
        <translation>Who can do it: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Où trouver de l&apos;aide : %1</source>
        <translation>Where to get help: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Au plus tard : %1</source>
        <translation>At the latest: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(date légale)</source>
        <translation>(legal date)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en retard sur ce délai à votre rythme</source>
        <translation>late for this deadline at your pace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attend un budget au-delà des 12 mois</source>
        <translation>waits for budget past the 12 months</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>à faire avant le n° %1</source>
        <translation>to do before no. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pourquoi maintenant : %1</source>
        <translation>Why now: %1</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="+39"/>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenir à la liste des entreprises</source>
        <translation>Back to the list of businesses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouveau diagnostic…</source>
        <translation>New checkup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créer une entreprise et commencer son diagnostic</source>
        <translation>Create a business and start its checkup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan d&apos;action</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter en PDF…</source>
        <translation>Export to PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paramètres…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chercher une question</source>
        <translation>Find a question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question précédente</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question suivante</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À propos</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À propos de Boussole : versions et licences</source>
        <translation>About Boussole: versions and licences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="+77"/>
        <source>Dossier de données inaccessible</source>
        <translation>Data folder not accessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boussole ne peut pas créer ou ouvrir son dossier de données :
{0}</source>
        <translation>Boussole cannot create or open its data folder:
{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez un autre dossier avec --data-dir, ou vérifiez les droits d&apos;accès à ce dossier.</source>
        <translation>Choose another folder with --data-dir, or check the access rights to this folder.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Contenu du diagnostic invalide</source>
        <translation>Invalid checkup content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les fichiers de questions livrés avec Boussole sont endommagés.</source>
        <translation>The question files shipped with Boussole are damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réinstallez Boussole. Vos données ne sont pas touchées.</source>
        <translation>Reinstall Boussole. Your data is not affected.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paramètres réinitialisés</source>
        <translation>Settings reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le fichier des paramètres était endommagé : les réglages par défaut sont utilisés.</source>
        <translation>The settings file was damaged: the default settings are used.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vos diagnostics ne sont pas touchés.</source>
        <translation>Your checkups are not affected.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base de données introuvable</source>
        <translation>Database not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le fichier des diagnostics de ce dossier manquait ou était vide, alors que le dossier est protégé par une phrase secrète : un nouveau fichier vide a été créé.</source>
        <translation>This folder&apos;s checkups file was missing or empty although the folder is protected by a passphrase: a new, empty file was created.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Si vous aviez des diagnostics ici, restaurez le fichier boussole.db depuis une sauvegarde du dossier.</source>
        <translation>If you had checkups here, restore the boussole.db file from a backup of the folder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Données récupérées</source>
        <translation>Data recovered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vérifiez vos derniers diagnostics. Gardez ce fichier : un informaticien pourra peut-être en extraire davantage. Les Paramètres le montrent et permettent de le supprimer.</source>
        <translation>Check your latest checkups. Keep this file: an IT professional may be able to get more out of it. Settings lists it and lets you delete it.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Boussole est déjà ouvert</source>
        <translation>Boussole is already open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ces données sont déjà utilisées par une autre fenêtre de Boussole (ou un autre programme).</source>
        <translation>This data is already in use by another Boussole window (or another program).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenez à la fenêtre déjà ouverte, ou fermez-la puis relancez Boussole.</source>
        <translation>Go back to the window already open, or close it and start Boussole again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impossible d&apos;ouvrir vos données</source>
        <translation>Cannot open your data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boussole n&apos;arrive pas à ouvrir ses données dans :
{0}</source>
        <translation>Boussole cannot open its data in:
{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rien n&apos;a été effacé. Fermez les autres programmes qui utilisent ce dossier, vérifiez l&apos;espace disque, puis relancez Boussole. Si le problème persiste, contactez votre assistance en lui donnant le détail ci-dessous.</source>
        <translation>Nothing was erased. Close the other programs using this folder, check the disk space, then start Boussole again. If the problem persists, contact your support and give them the details below.</translation>
    </message>
</context>
<context>
    <name>BusinessDialog</name>
    <message>
        <location filename="../../ui/business_dialog.py" line="+172"/>
        <source>Indiquez le nom de l&apos;entreprise.</source>
        <translation>Enter the name of the business.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le nom est trop long ({0} caractères au plus).</source>
        <translation>The name is too long ({0} characters at most).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le code postal compte 5 chiffres, par exemple 69003.</source>
        <translation>A French postcode has 5 digits, for example 69003.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>L&apos;entreprise n&apos;a pas pu être enregistrée</source>
        <translation>The business could not be saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifiez la saisie et réessayez.</source>
        <translation>Check what you typed and try again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nouveau diagnostic</source>
        <translation>New checkup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour quelle entreprise ?</source>
        <translation>For which business?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ces informations figurent sur le rapport. Seul le nom est obligatoire.</source>
        <translation>This information appears on the report. Only the name is required.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Modifier l&apos;entreprise</source>
        <translation>Edit the business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les rapports de tous ses diagnostics, passés et à venir, reprennent ces informations. Seul le nom est obligatoire.</source>
        <translation>The reports of all its checkups, past and future, show this information. Only the name is required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non précisé</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nom de l&apos;entreprise</source>
        <translation>Business &amp;name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secteur</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Effectif</source>
        <translation>Sta&amp;ff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code postal</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ville</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom de l&apos;entreprise</source>
        <translation>Business name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effectif</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ex. Boulangerie Martin</source>
        <translation>e.g. Martin&apos;s Bakery</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Commencer</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BusinessTable</name>
    <message>
        <location filename="../../ui/business_table.py" line="+210"/>
        <source>{0} · en cours</source>
        <translation>{0} · in progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} — {1} diagnostic(s)</source>
        <translation>{0} — {1} checkup(s)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Entreprise</source>
        <translation>Business</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dernier diagnostic</source>
        <translation>Latest checkup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liste des entreprises</source>
        <translation>List of businesses</translation>
    </message>
</context>
<context>
    <name>ComparisonDetails</name>
    <message>
        <location filename="../../ui/comparison_details.py" line="+97"/>
        <source>Les deux diagnostics ont été faits avec des versions différentes du questionnaire ({0} puis {1}) : chaque score est calculé avec sa propre version.</source>
        <translation>The two checkups used different versions of the checklist ({0}, then {1}): each score is computed with its own version.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Réponses en progrès</source>
        <translation>Answers that improved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réponses en recul</source>
        <translation>Answers that worsened</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions non comparables</source>
        <translation>Questions not comparable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ces questions ont changé de sens d&apos;une version du questionnaire à l&apos;autre : leurs réponses ne sont comparées à aucune autre.</source>
        <translation>These questions changed meaning from one version of the checklist to the next: their answers are not compared with any other.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Réponse d&apos;alors : {0}</source>
        <translation>Answer then: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Désormais : {0}</source>
        <translation>Now asked as: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="+130"/>
        <source>Exporter le plan en PDF</source>
        <translation>Export the plan to PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Édition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Édition &amp;complète, pour vous</source>
        <translation>F&amp;ull edition, for you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Édition complète, pour vous</source>
        <translation>Full edition, for you</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tout le diagnostic : scores, réponses question par question, vos notes, les points critiques détaillés, le plan d&apos;action et les questions à poser. À garder pour vous et votre prestataire.</source>
        <translation>The whole checkup: scores, every answer, your notes, the critical points in detail, the action plan and the questions to ask. Keep it for yourself and your IT provider.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Édition &amp;partenaire, pour une banque ou un assureur</source>
        <translation>&amp;Partner edition, for a bank or an insurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Édition partenaire, pour une banque ou un assureur</source>
        <translation>Partner edition, for a bank or an insurer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les scores, les niveaux de maturité, le plan d&apos;action et son budget. Elle laisse de côté ce qui pourrait servir à vous attaquer : les réponses détaillées, vos notes, la liste des points critiques et les questions « je ne sais pas ».</source>
        <translation>Scores, maturity levels, the action plan and its budget. It leaves out whatever could help someone attack you: the detailed answers, your notes, the list of critical points and the &quot;don&apos;t know&quot; questions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Langue du rapport</source>
        <translation>Report &amp;language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langue du rapport</source>
        <translation>Report language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichier PDF à écrire</source>
        <translation>PDF file to write</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir le dossier et le nom du fichier</source>
        <translation>Choose the folder and the file name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progression de l&apos;export</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le PDF</source>
        <translation>Open the PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Enregistrer le PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aucun fichier n&apos;est choisi. Cliquez sur « Choisir… » pour indiquer où enregistrer le PDF.</source>
        <translation>No file is chosen. Click &quot;Choose…&quot; to say where to save the PDF.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Le PDF est enregistré : %1</source>
        <translation>The PDF is saved: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>L&apos;export a échoué</source>
        <translation>The export failed</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export en cours : patientez quelques secondes.</source>
        <translation>Export in progress: please wait a few seconds.</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <location filename="../../ui/transfer_dialogs.py" line="+134"/>
        <source>Diagnostic du {0} — terminé, {1} % répondu</source>
        <translation>Checkup from {0} — completed, {1}% answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnostic du {0} — en cours, {1} % répondu</source>
        <translation>Checkup from {0} — in progress, {1}% answered</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporter vers un fichier chiffré</source>
        <translation>Export to an encrypted file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pour reprendre le diagnostic de « {0} » sur un autre ordinateur : le fichier est chiffré, personne ne peut le lire sans sa phrase secrète.</source>
        <translation>To continue the checkup of “{0}” on another computer: the file is encrypted, nobody can read it without its passphrase.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transmettez la phrase secrète autrement que le fichier (de vive voix, par téléphone) ; sans elle, le fichier ne peut pas être ouvert, pas même par vous.</source>
        <translation>Pass the passphrase on by another way than the file (in person, by phone); without it the file cannot be opened, not even by you.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Diagnostic :</source>
        <translation>Chec&amp;kup:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnostic à exporter</source>
        <translation>Checkup to export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fichier :</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichier à écrire</source>
        <translation>File to write</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir le dossier et le nom du fichier</source>
        <translation>Choose the folder and the file name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export en cours</source>
        <translation>Export in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enregistrer le fichier chiffré</source>
        <translation>Save the encrypted file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnostics Boussole (*.boussole)</source>
        <translation>Boussole checkups (*.boussole)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ce diagnostic n&apos;a pas pu être lu : {0}</source>
        <translation>This checkup could not be read: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chiffrement en cours…</source>
        <translation>Encrypting…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Le fichier chiffré est enregistré : {0}</source>
        <translation>The encrypted file is saved: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le fichier n&apos;a pas pu être écrit dans « {0} » ({1}). Choisissez un autre dossier, ou une clé USB qui a de la place, puis recommencez.</source>
        <translation>The file could not be written in “{0}” ({1}). Choose another folder, or a USB stick with room left, then try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le fichier n&apos;a pas pu être écrit : {0}</source>
        <translation>The file could not be written: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&apos;export a échoué</source>
        <translation>The export failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le diagnostic est intact dans Boussole.</source>
        <translation>The checkup is intact in Boussole.</translation>
    </message>
</context>
<context>
    <name>FindOut</name>
    <message>
        <location filename="../../ui/find_out.py" line="+40"/>
        <source>Questions à poser</source>
        <translation>Questions to ask</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous avez répondu « je ne sais pas » à ces questions. Posez-les à la bonne personne, puis mettez vos réponses à jour.</source>
        <translation>You answered &quot;I don&apos;t know&quot; to these questions. Ask the right person, then update your answers.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../../ui/header.py" line="+90"/>
        <location line="+1"/>
        <source>Plus de commandes</source>
        <translation>More commands</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <location filename="../../ui/question_help.py" line="+109"/>
        <source>Pourquoi c&apos;est important</source>
        <translation>Why it matters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment vérifier</source>
        <translation>How to check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment faire</source>
        <translation>How to do it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aide sur la question</source>
        <translation>Help on the question</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="+67"/>
        <source>Impossible de lire l&apos;historique</source>
        <translation>The history cannot be read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rien n&apos;a été modifié. Fermez cette fenêtre et réessayez.</source>
        <translation>Nothing was changed. Close this window and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Historique — {0}</source>
        <translation>History — {0}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Terminé</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} · lecture seule</source>
        <translation>{0} · read-only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lecture seule : un diagnostic plus récent existe.</source>
        <translation>Read-only: a more recent checkup exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lecture seule : fait avec le questionnaire {0}.</source>
        <translation>Read-only: answered with checklist {0}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Historique des diagnostics</source>
        <translation>Checkup history</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chaque diagnostic de cette entreprise, du plus récent au plus ancien. Les plus anciens s&apos;ouvrent en lecture seule : ils restent tels qu&apos;ils ont été faits, et leurs résultats, leur plan et leur export PDF restent disponibles.</source>
        <translation>Every checkup of this business, most recent first. Older ones open read-only: they stay as they were made, and their results, plan and PDF export remain available.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questionnaire</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnostics de l&apos;entreprise</source>
        <translation>The business&apos;s checkups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.py" line="+190"/>
        <source>Impossible de lire la liste des entreprises</source>
        <translation>Cannot read the list of businesses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relancez Boussole ; vos données ne sont pas modifiées.</source>
        <translation>Restart Boussole; your data is not changed.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reprendre le diagnostic</source>
        <translation>Resume the checkup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voir le dernier diagnostic</source>
        <translation>See the latest checkup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commencer le diagnostic</source>
        <translation>Start the checkup</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Impossible de lire cette entreprise</source>
        <translation>Cannot read this business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rien n&apos;a été modifié. Actualisez la liste et réessayez.</source>
        <translation>Nothing was changed. Refresh the list and try again.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Supprimer « {0} » et ses {1} diagnostic(s) ? Cette opération est définitive.</source>
        <translation>Delete &quot;{0}&quot; and its {1} checkup(s)? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supprimer l&apos;entreprise</source>
        <translation>Delete the business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suppression impossible</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rien n&apos;a été supprimé.</source>
        <translation>Nothing was deleted.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vos entreprises</source>
        <translation>Your businesses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez une entreprise pour reprendre ou refaire son diagnostic, ou commencez-en un nouveau. Tout reste sur cet ordinateur.</source>
        <translation>Choose a business to resume or redo its checkup, or start a new one. Everything stays on this computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouveau diagnostic</source>
        <translation>New checkup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouveau diagnostic pour une nouvelle entreprise</source>
        <translation>New checkup for a new business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechercher une entreprise ou une ville (Ctrl+F)</source>
        <translation>Search for a business or a town (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechercher une entreprise</source>
        <translation>Search for a business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouveau diagnostic pour cette entreprise</source>
        <translation>New checkup for this business</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Historique…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Les diagnostics précédents de l&apos;entreprise choisie, à consulter en lecture seule</source>
        <translation>The chosen business&apos;s earlier checkups, to read (read-only)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Modifier l&apos;entreprise choisie</source>
        <translation>Edit the chosen business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier le nom, le secteur, l&apos;effectif ou l&apos;adresse de l&apos;entreprise choisie (F2)</source>
        <translation>Edit the name, sector, staff or address of the chosen business (F2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Supprimer l&apos;entreprise choisie</source>
        <translation>Delete the chosen business</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questionnaire version {version}, faits vérifiés au {date}.</source>
        <translation>Questionnaire version {version}, facts checked on {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bienvenue dans Boussole</source>
        <translation>Welcome to Boussole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En {0} à {1} minutes selon votre activité, faites le point sur trois sujets : la cybersécurité, la vente en ligne et l&apos;usage de l&apos;intelligence artificielle. Vous repartez avec un plan d&apos;action chiffré, à imprimer ou à partager.</source>
        <translation>In {0} to {1} minutes depending on your business, take stock of three subjects: cybersecurity, online sales and the use of artificial intelligence. You leave with a costed action plan to print or share.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• Aucune connexion internet n&apos;est nécessaire : vos réponses restent sur cet ordinateur.
• Vous pouvez vous arrêter à tout moment et reprendre plus tard.
• « Je ne sais pas » est toujours une réponse possible.</source>
        <translation>• No internet connection is needed: your answers stay on this computer.
• You can stop at any time and resume later.
• &quot;I don&apos;t know&quot; is always a possible answer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commencer un diagnostic</source>
        <translation>Start a checkup</translation>
    </message>
</context>
<context>
    <name>HomeTransfer</name>
    <message>
        <location filename="../../ui/home_transfer.py" line="+65"/>
        <location line="+5"/>
        <source>Importer…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Importer un diagnostic depuis un fichier</source>
        <translation>Import a checkup from a file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importer un diagnostic exporté depuis un autre ordinateur (Ctrl+O). Vous pouvez aussi déposer le fichier sur cette page.</source>
        <translation>Import a checkup exported from another computer (Ctrl+O). You can also drop the file on this page.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporter vers un fichier chiffré…</source>
        <translation>Export to an encrypted file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporter le diagnostic de l&apos;entreprise choisie vers un fichier chiffré</source>
        <translation>Export the selected business&apos;s checkup to an encrypted file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporter un diagnostic de l&apos;entreprise choisie vers un fichier chiffré, pour le reprendre sur un autre ordinateur (Ctrl+Maj+E)</source>
        <translation>Export a checkup of the selected business to an encrypted file, to continue it on another computer (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Importer un diagnostic</source>
        <translation>Import a checkup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnostics Boussole (*.boussole *.json);;Tous les fichiers (*)</source>
        <translation>Boussole checkups (*.boussole *.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../ui/import_job.py" line="+78"/>
        <source>Cette phrase secrète n&apos;ouvre pas le fichier. Vérifiez les majuscules et la disposition du clavier, puis réessayez. Si elle est juste, le fichier a été abîmé pendant le transfert : demandez un nouvel export.</source>
        <translation>This passphrase does not open the file. Check capital letters and the keyboard layout, then try again. If it is right, the file was damaged on its way: ask for a new export.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+35"/>
        <source>Import impossible</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>« {0} » n&apos;a pas été importé.</source>
        <translation>“{0}” was not imported.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Le fichier ne peut pas être ouvert (déplacé, supprimé, ou sur une clé USB retirée ?). Vérifiez qu&apos;il est accessible, puis réessayez.</source>
        <translation>The file cannot be opened (moved, deleted, or on a USB stick that was removed?). Check that it can be reached, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Il a été écrit par une version plus récente de Boussole. Mettez Boussole à jour sur cet ordinateur, puis importez-le de nouveau.</source>
        <translation>It was written by a newer version of Boussole. Update Boussole on this computer, then import it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Il a été fait avec une version plus récente du questionnaire ({0}) que celle de ce Boussole ({1}). Mettez Boussole à jour sur cet ordinateur, puis importez-le de nouveau.</source>
        <translation>It was answered with a newer version of the questionnaire ({0}) than this Boussole&apos;s ({1}). Update Boussole on this computer, then import it again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Il a été fait avec une version du questionnaire ({0}) que ce Boussole ({1}) n&apos;a pas. Gardez-le sur l&apos;ordinateur d&apos;origine.</source>
        <translation>It was made with a version of the questionnaire ({0}) that this Boussole ({1}) does not have. Keep it on the computer it comes from.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Il est abîmé, ou ce n&apos;est pas un diagnostic Boussole. Demandez un nouvel export à la personne qui vous l&apos;a envoyé.</source>
        <translation>It is damaged, or it is not a Boussole checkup. Ask whoever sent it for a new export.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Son contenu n&apos;est pas cohérent (détails ci-dessous). Demandez un nouvel export ; rien n&apos;a été modifié dans Boussole.</source>
        <translation>Its content does not hold together (details below). Ask for a new export; nothing was changed in Boussole.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rien n&apos;a été modifié dans Boussole.</source>
        <translation>Nothing was changed in Boussole.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diagnostic importé</source>
        <translation>Checkup imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le diagnostic du {0} de « {1} » est importé.</source>
        <translation>The checkup of “{1}” from {0} is imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Il figure dans la liste des entreprises.</source>
        <translation>It is in the list of businesses.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le diagnostic du {0} de « {1} » est déjà dans Boussole.</source>
        <translation>The checkup of “{1}” from {0} is already in Boussole.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Il est identique à celui du fichier : il n&apos;y a rien à importer.</source>
        <translation>It is the same as the one in the file: there is nothing to import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Celui de Boussole a des réponses différentes de celles du fichier. Boussole ne remplace jamais un diagnostic existant : rien n&apos;a été modifié.</source>
        <translation>The one in Boussole has different answers from the file&apos;s. Boussole never replaces an existing checkup: nothing was changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Déjà importé</source>
        <translation>Already imported</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <location filename="../../ui/interview_page.py" line="+220"/>
        <source>Voir les résultats  →</source>
        <translation>See the results  →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suivant  →</source>
        <translation>Next  →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir les résultats</source>
        <translation>See the results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question suivante (Entrée)</source>
        <translation>Next question (Enter)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>La réponse n&apos;a pas pu être enregistrée</source>
        <translation>The answer could not be saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réessayez. Les réponses déjà données sont conservées.</source>
        <translation>Try again. The answers already given are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_note.py" line="+52"/>
        <source>Une note compte au plus {0} caractères : la suite ne sera pas enregistrée.</source>
        <translation>A note holds at most {0} characters: the rest will not be saved.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>La note n&apos;a pas pu être enregistrée</source>
        <translation>The note could not be saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copiez-la avant de fermer Boussole, puis réessayez.</source>
        <translation>Copy it before closing Boussole, then try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note enregistrée.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <location filename="../../ui/interview_page.py" line="+114"/>
        <source>←  Précédente</source>
        <translation>←  Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question précédente (Alt+Gauche)</source>
        <translation>Previous question (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier le profil</source>
        <translation>Edit the profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier le profil de l&apos;entreprise</source>
        <translation>Edit the business profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
</context>
<context>
    <name>LastTimeBar</name>
    <message>
        <location filename="../../ui/last_time.py" line="+77"/>
        <source>La dernière fois ({0}) : {1}</source>
        <translation>Last time ({0}): {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note de la dernière fois : {0}</source>
        <translation>Last time&apos;s note: {0}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reprendre (R)</source>
        <translation>Reuse (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donner la même réponse que la dernière fois (touche R)</source>
        <translation>Give the same answer as last time (R key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprendre la réponse de la dernière fois (R)</source>
        <translation>Reuse last time&apos;s answer (R)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+178"/>
        <source>Impossible de commencer le diagnostic</source>
        <translation>Cannot start the checkup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rien n&apos;a été perdu. Réessayez ; si le problème continue, redémarrez Boussole.</source>
        <translation>Nothing was lost. Try again; if the problem persists, restart Boussole.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Impossible d&apos;ouvrir ce diagnostic</source>
        <translation>Cannot open this checkup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les autres diagnostics ne sont pas touchés.</source>
        <translation>The other checkups are not affected.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Le diagnostic n&apos;a pas pu être marqué terminé</source>
        <translation>The checkup could not be marked as finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vos réponses sont enregistrées.</source>
        <translation>Your answers are saved.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="+139"/>
        <source>P&amp;hrase secrète :</source>
        <translation>P&amp;assphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirmez-la :</source>
        <translation>&amp;Confirm it:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrase secrète</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrase secrète, une seconde fois</source>
        <translation>Passphrase, a second time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Afficher la phrase secrète</source>
        <translation>&amp;Show the passphrase</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Les deux saisies sont différentes.</source>
        <translation>The two entries differ.</translation>
    </message>
</context>
<context>
    <name>PaceSection</name>
    <message>
        <location filename="../../ui/plan_pace.py" line="+79"/>
        <source>Heures par mois :</source>
        <translation>Hours a month:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget sur 12 mois :</source>
        <translation>Budget over 12 months:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heures par mois consacrées au plan</source>
        <translation>Hours a month given to the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget sur 12 mois consacré au plan</source>
        <translation>Budget over 12 months given to the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une réponse du profil : le plan se recalcule aussitôt.</source>
        <translation>A profile answer: the plan is worked out again at once.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selon l&apos;effectif (%1)</source>
        <translation>By staff size (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pas de budget fixé</source>
        <translation>No set budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun : actions gratuites</source>
        <translation>None: free actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jusqu&apos;à %1</source>
        <translation>Up to %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les actions sont placées dans l&apos;ordre du plan, période après période, tant qu&apos;elles tiennent dans ces heures. Changez-les : le plan se recalcule aussitôt.</source>
        <translation>Actions are placed in the plan&apos;s order, period after period, as long as they fit these hours. Change them: the plan is worked out again at once.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>jusqu&apos;au %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>à partir du %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, sans limite</source>
        <translation>%1, no limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 en retard</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>À ce rythme, toutes les actions tiennent leur délai.</source>
        <translation>At this pace, every action meets its deadline.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>À ce rythme, des délais ne tiendront pas</source>
        <translation>At this pace, some deadlines will slip</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions en retard sur leur délai : %1 (%2), n° %3. Pour tout tenir, il faudrait %4 par mois.</source>
        <translation>Actions late for their deadline: %1 (%2), no. %3. Meeting every deadline would take %4 a month.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>À %1 par mois, tout le plan prendrait environ %2.</source>
        <translation>At %1 a month, the whole plan would take about %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions qui attendent un budget au-delà des 12 mois : %1 ; il manque environ %2.</source>
        <translation>Actions waiting for budget past the 12 months: %1; about %2 short.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Faites-vous aider pour ces actions : %1, ou un conseiller numérique de votre CCI (%2).</source>
        <translation>Get help with these actions: %1, or a digital advisor at your chamber of commerce (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Faites-vous aider par un conseiller numérique de votre CCI (%1), ou donnez plus d&apos;heures par mois au plan.</source>
        <translation>Get help from a digital advisor at your chamber of commerce (%1), or give the plan more hours a month.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passer à %1 par mois</source>
        <translation>Switch to %1 a month</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="+23"/>
        <source>Fichier protégé</source>
        <translation>Protected file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le fichier « {0} » est protégé par une phrase secrète. Saisissez celle qui a été choisie lors de l&apos;export.</source>
        <translation>The file “{0}” is protected by a passphrase. Type the one chosen when it was exported.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phrase secrète du fichier {0}</source>
        <translation>Passphrase of the file {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hrase secrète :</source>
        <translation>P&amp;assphrase:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanList</name>
    <message>
        <location filename="../../ui/plan_list.py" line="+90"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coût</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>N° %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>en retard sur son délai</source>
        <translation>late for its deadline</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Déjà fait (%1)</source>
        <translation>Already done (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>à partir du %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jusqu&apos;au %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sur %2 disponibles</source>
        <translation>%1 of %2 available</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions : %1</source>
        <translation>Actions: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>en retard : %1</source>
        <translation>late: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Aucune action ne correspond à ces filtres.</source>
        <translation>No action matches these filters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les actions apparaîtront quand plus de questions auront une réponse.</source>
        <translation>Actions will appear once more questions are answered.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune action à prévoir d&apos;après les réponses données.</source>
        <translation>No action needed according to the answers given.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/plan_page.py" line="+137"/>
        <source>Le plan n&apos;a pas été enregistré</source>
        <translation>The plan was not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vos réponses ne sont pas touchées. Réessayez ; si le problème continue, redémarrez Boussole.</source>
        <translation>Your answers are not affected. Try again; if the problem persists, restart Boussole.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Seulement %1 % des questions ont une réponse : c&apos;est trop peu pour dire quelles actions sont nécessaires. Terminez le questionnaire pour obtenir le plan d&apos;action.</source>
        <translation>Only %1% of the questions are answered: too few to tell which actions are needed. Finish the questionnaire to get the action plan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 actions, numérotées dans l&apos;ordre où les faire, à votre rythme : environ %2 de travail, budget estimé %3. Le PDF reprend les mêmes numéros.</source>
        <translation>%1 actions, numbered in the order to do them, at your pace: about %2 of work, estimated budget %3. The PDF uses the same numbers.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Retour aux résultats</source>
        <translation>Back to the results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter en PDF…</source>
        <translation>Export to PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter le plan en PDF</source>
        <translation>Export the plan to PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre rythme</source>
        <translation>Your pace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le plan, action par action</source>
        <translation>The plan, action by action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cliquez sur une ligne, ou utilisez les flèches et Entrée, pour voir pourquoi et comment faire ; la case à gauche, ou la barre d&apos;espace, marque l&apos;action comme faite.</source>
        <translation>Click a line, or use the arrow keys and Enter, to see why and how; the box on the left, or the space bar, marks the action done.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toutes les périodes</source>
        <translation>All periods</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tous les domaines</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Période :</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statut :</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domaine :</source>
        <translation>Area:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filtrer le plan : %1</source>
        <translation>Filter the plan: %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Plan d&apos;action</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun diagnostic ouvert.</source>
        <translation>No checkup is open.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Le diagnostic n&apos;est pas terminé (%1 % répondu) : le plan ne tient compte que des questions répondues.</source>
        <translation>The checkup is not finished (%1% answered): the plan only takes the answered questions into account.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Plan d&apos;action — %1</source>
        <translation>Action plan — %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Aucune action à prévoir d&apos;après les réponses données.</source>
        <translation>No action needed according to the answers given.</translation>
    </message>
</context>
<context>
    <name>PlanRow</name>
    <message>
        <location filename="../../ui/plan_row.py" line="+113"/>
        <source>%1
Entrée : voir ou fermer les détails · Espace : marquer comme faite ou à faire</source>
        <translation>%1
Enter: show or hide the details · Space: mark done or to do</translation>
    </message>
</context>
<context>
    <name>PlanTimeline</name>
    <message>
        <location filename="../../ui/plan_timeline.py" line="+55"/>
        <source>Heures prévues par période, comparées à vos heures</source>
        <translation>Hours planned per period, against your hours</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/profile_page.py" line="+185"/>
        <source>Le profil n&apos;a pas pu être enregistré</source>
        <translation>The profile could not be saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réessayez ; vos réponses précédentes sont conservées.</source>
        <translation>Try again; your earlier answers are kept.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} questions vous concernent, environ {1} minutes.</source>
        <translation>{0} questions apply to you, about {1} minutes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Votre entreprise en bref</source>
        <translation>Your business in brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ces réponses décident des questions qui vous concernent : celles qui ne s&apos;appliquent pas ne seront pas posées. Vous pourrez revenir ici à tout moment.</source>
        <translation>These answers decide which questions apply to you: those that don&apos;t apply will not be asked. You can come back here at any time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continuer vers les questions</source>
        <translation>Continue to the questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuer vers les questions (Entrée)</source>
        <translation>Continue to the questions (Enter)</translation>
    </message>
</context>
<context>
    <name>ProfileStatus</name>
    <message>
        <location filename="../../ui/profile_status.py" line="+61"/>
        <source>Repris du diagnostic du {0}</source>
        <translation>Carried over from the checkup of {0}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>« {0} »</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une question reste sans réponse, encadrée en rouge : {0}. Répondez-y pour continuer.</source>
        <translation>One question has no answer yet, outlined in red: {0}. Answer it to go on.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} questions restent sans réponse, encadrées en rouge : {1}. Répondez-y pour continuer.</source>
        <translation>{0} questions have no answer yet, outlined in red: {1}. Answer them to go on.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source> ; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{0} questions restent sans réponse, encadrées en rouge, dont {1}. Répondez-y pour continuer.</source>
        <translation>{0} questions have no answer yet, outlined in red, among them {1}. Answer them to go on.</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../ui/interview_progress.py" line="+129"/>
        <source>Toutes les questions ont une réponse</source>
        <translation>Every question has an answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moins d&apos;une minute restante</source>
        <translation>Less than a minute left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environ {0} min restantes</source>
        <translation>About {0} min left</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <location filename="../../ui/question_list.py" line="+181"/>
        <source>répondue</source>
        <translation>answered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>je ne sais pas</source>
        <translation>don&apos;t know</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sans réponse</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Chercher une question (Ctrl+F)</source>
        <translation>Find a question (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chercher (Ctrl+F)</source>
        <translation>Find (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chercher une question</source>
        <translation>Find a question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste des questions</source>
        <translation>List of questions</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../ui/question_view.py" line="+135"/>
        <source>Question {0} sur {1}</source>
        <translation>Question {0} of {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Je ne sais pas</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note (facultatif) — enregistrée au fil de la frappe</source>
        <translation>&amp;Note (optional) — saved as you type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note sur cette question</source>
        <translation>Note on this question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce que vous avez appris, à qui le demander, ce qui est prévu…</source>
        <translation>What you learned, whom to ask, what is planned…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point critique</source>
        <translation>Critical point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un manque sur ce point limite le niveau de maturité du domaine.</source>
        <translation>A gap on this point caps the area&apos;s maturity level.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../ui/read_only.py" line="+70"/>
        <source>Diagnostic du {0}, en lecture seule : un diagnostic plus récent existe pour cette entreprise. Il reste tel qu&apos;il a été fait ; ses résultats, son plan et l&apos;export PDF restent disponibles.</source>
        <translation>Checkup of {0}, read-only: a more recent checkup of this business exists. It stays as it was made; its results, plan and PDF export remain available.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ouvrir le plus récent</source>
        <translation>Open the latest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diagnostic fait avec le questionnaire {0}, en lecture seule : il s&apos;affiche et se calcule avec les questions de l&apos;époque. Pour le mettre à jour, commencez un nouveau diagnostic : ses réponses y seront proposées.</source>
        <translation>Checkup answered with checklist {0}, read-only: it is shown and scored with the questions of that time. To bring it up to date, start a new checkup: its answers will be offered there.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nouveau diagnostic</source>
        <translation>New checkup</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/results_page.py" line="+164"/>
        <location line="+1"/>
        <source>Voir le plan d&apos;action</source>
        <translation>See the action plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points critiques à traiter d&apos;abord</source>
        <translation>Critical points to deal with first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Résultats — %1</source>
        <translation>Results — %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Aucun diagnostic ouvert.</source>
        <translation>No checkup is open.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Reprendre le diagnostic</source>
        <translation>Resume the checkup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprendre le diagnostic là où il s&apos;est arrêté</source>
        <translation>Resume the checkup where it stopped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score par domaine</source>
        <translation>Score per area</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Le diagnostic n&apos;est pas terminé : 1 question sans réponse.</source>
        <translation>The checkup is not finished: 1 question is unanswered.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le diagnostic n&apos;est pas terminé : %1 questions sans réponse.</source>
        <translation>The checkup is not finished: %1 questions are unanswered.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les scores sont provisoires et ne comptent que les questions répondues ; terminez le questionnaire pour un résultat fiable.</source>
        <translation>The scores are provisional and only count the answered questions; finish the questionnaire for a reliable result.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les scores ne comptent que les questions répondues ; terminez le questionnaire pour un résultat complet.</source>
        <translation>Scores count only the answered questions; finish the questionnaire for a complete result.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>À renforcer d&apos;abord : %1</source>
        <translation>Strengthen first: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(niveau limité par un point critique non satisfait)</source>
        <translation>(level capped by an unmet critical point)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ces réponses laissent une faille importante. Cliquez sur une question pour la revoir ; les actions correspondantes sont en tête du plan.</source>
        <translation>These answers leave a serious weakness. Click a question to review it; the matching actions are at the top of the plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucun point critique dans les réponses données.</source>
        <translation>No critical point in the answers given.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — votre réponse : %2</source>
        <translation>%1 — your answer: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point critique : %1</source>
        <translation>Critical point: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre réponse : %1. Appuyez pour revoir la question.</source>
        <translation>Your answer: %1. Press to review the question.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Afficher 1 autre point critique</source>
        <translation>Show 1 more critical point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher les %1 autres points critiques</source>
        <translation>Show the %1 other critical points</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>trait noir : score du diagnostic précédent</source>
        <translation>black mark: score of the previous checkup</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+92"/>
        <source>provisoire</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Depuis le diagnostic précédent</source>
        <translation>Since the previous checkup</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>pas encore de score — %1 % répondu</source>
        <translation>no score yet — %1% answered</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Score global %1/100 — %2 — %3 % répondu</source>
        <translation>Overall score %1/100 — %2 — %3% answered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score %1/100 — %2 — %3 % répondu</source>
        <translation>score %1/100 — %2 — %3% answered</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Réponses en progrès : %1 ; en recul : %2.</source>
        <translation>Answers improved: %1; worsened: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actions du plan précédent réalisées : %1.</source>
        <translation>Actions of the previous plan done: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score global : %1 → %2 (%3).</source>
        <translation>Overall score: %1 → %2 (%3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 : nouveau, %2/100</source>
        <translation>%1: new, %2/100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 : %2/100 la dernière fois, pas encore de réponse cette fois</source>
        <translation>%1: %2/100 last time, no answer yet this time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 : %2 → %3 (%4 %5)</source>
        <translation>%1: %2 → %3 (%4 %5)</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../ui/charts.py" line="+55"/>
        <source>Graphique des scores par domaine</source>
        <translation>Chart of the scores per area</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+61"/>
        <source>Aucun score pour l&apos;instant</source>
        <translation>No score yet</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 : pas encore de réponse</source>
        <translation>%1: no answer yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 : %2/100, %3, %4 % répondu</source>
        <translation>%1: %2/100, %3, %4% answered</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(précédent : %1, écart %2)</source>
        <translation>(previous: %1, change %2)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>pas encore de réponse</source>
        <translation>no answer yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/100 — %2</source>
        <translation>%1/100 — %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 % des questions répondues</source>
        <translation>%1% of the questions answered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score provisoire</source>
        <translation>provisional score</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>précédent : %1 (%2)</source>
        <translation>previous: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ScoreGauge</name>
    <message>
        <location filename="../../ui/score_gauge.py" line="+115"/>
        <source>Score provisoire : %1 % des questions ont une réponse ; un score est établi à partir de 80 %.</source>
        <translation>Provisional score: %1% of the questions are answered; a score is settled from 80% on.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un point critique limite le niveau à « %1 » : traitez les points critiques ci-dessous pour le lever.</source>
        <translation>A critical point caps the level at “%1”: deal with the critical points below to lift it.</translation>
    </message>
</context>
<context>
    <name>ScoreText</name>
    <message>
        <location filename="../../ui/score_text.py" line="+18"/>
        <source>provisoire</source>
        <translation>provisional</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+103"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Langue de l&apos;application</source>
        <translation>Application &amp;language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langue de l&apos;application</source>
        <translation>Application language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conseiller</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mode conseiller : je fais des diagnostics pour plusieurs entreprises</source>
        <translation>Advisor &amp;mode: I run checkups for several businesses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode conseiller</source>
        <translation>Advisor mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En mode conseiller, l&apos;accueil montre la liste de vos clients et votre nom, votre organisme et votre logo figurent sur les rapports PDF des diagnostics que vous menez.</source>
        <translation>In advisor mode, the home screen lists your clients, and your name, organisation and logo appear on the PDF reports of the checkups you run.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom du conseiller</source>
        <translation>Advisor&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom Nom</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisme</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisme du conseiller</source>
        <translation>Advisor&apos;s organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Par exemple : CCI, cabinet comptable…</source>
        <translation>For example: chamber of commerce, accounting firm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;go</source>
        <translation>Lo&amp;go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichier du logo</source>
        <translation>Logo file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir le fichier du logo</source>
        <translation>Choose the logo file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer le logo</source>
        <translation>Remove the logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Le profil de conseiller n&apos;a pas été enregistré</source>
        <translation>The advisor profile was not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifiez l&apos;espace disque et réessayez.</source>
        <translation>Check the disk space and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choisir un logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ce fichier ne peut pas servir de logo</source>
        <translation>This file cannot be used as a logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>« %1 » n&apos;est pas une image PNG ou JPEG lisible.</source>
        <translation>&quot;%1&quot; is not a readable PNG or JPEG image.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez une image PNG ou JPEG, par exemple exportée depuis votre site.</source>
        <translation>Choose a PNG or JPEG image, for example one exported from your website.</translation>
    </message>
</context>
<context>
    <name>ShowToggle</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="-157"/>
        <source>&amp;Afficher la phrase secrète</source>
        <translation>&amp;Show the passphrase</translation>
    </message>
</context>
<context>
    <name>SigningBox</name>
    <message>
        <location filename="../../ui/settings_signing.py" line="+43"/>
        <source>Signature des rapports</source>
        <translation>Report signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les rapports PDF sont signés : une banque peut vérifier qui les a produits et qu&apos;ils n&apos;ont pas été modifiés. Vous pouvez utiliser votre propre certificat (.p12, .pfx).</source>
        <translation>PDF reports are signed: a bank can check who produced them and that they were not changed. You can use your own certificate (.p12, .pfx).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charger un certificat…</source>
        <translation>Load a certificate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charger un certificat de signature</source>
        <translation>Load a signing certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne plus l&apos;utiliser</source>
        <translation>Stop using it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne plus utiliser ce certificat</source>
        <translation>Stop using this certificate</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Le certificat chargé auparavant ne peut plus être ouvert : chargez-le de nouveau.</source>
        <translation>The certificate loaded before can no longer be opened: load it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empreinte SHA-256 du certificat :
%1</source>
        <translation>The certificate&apos;s SHA-256 fingerprint:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificat utilisé : celui que Boussole a créé pour ce dossier, au nom de l&apos;entreprise ou, en mode conseiller, au vôtre.</source>
        <translation>Certificate used: the one Boussole created for this data folder, in the business&apos;s name or, in advisor mode, in yours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votre certificat « %1 » a expiré le %2 : les rapports sont signés par le certificat créé par Boussole. Chargez un certificat renouvelé.</source>
        <translation>Your certificate “%1” expired on %2: reports are signed with the certificate Boussole created. Load a renewed certificate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificat utilisé : « %1 », délivré par %2, valable jusqu&apos;au %3.</source>
        <translation>Certificate used: “%1”, issued by %2, valid until %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choisir un certificat</source>
        <translation>Choose a certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificats avec clé privée (*.p12 *.pfx);;Tous les fichiers (*)</source>
        <translation>Certificates with private key (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mot de passe du certificat</source>
        <translation>Certificate password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe de « %1 » :</source>
        <translation>Password of “%1”:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ce certificat ne peut pas être utilisé</source>
        <translation>This certificate cannot be used</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le fichier « %1 » ne peut pas être lu.</source>
        <translation>The file “%1” cannot be read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifiez son emplacement et réessayez.</source>
        <translation>Check where it is and try again.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Le mot de passe ne correspond pas à ce fichier.</source>
        <translation>The password does not match this file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tapez le mot de passe remis avec le certificat.</source>
        <translation>Type the password you were given with the certificate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce fichier n&apos;est pas un certificat avec sa clé privée (.p12 ou .pfx).</source>
        <translation>This file is not a certificate with its private key (.p12 or .pfx).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exportez le certificat avec sa clé privée au format PKCS#12, puis chargez ce fichier.</source>
        <translation>Export the certificate with its private key as PKCS#12, then load that file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce fichier ne contient pas la clé privée du certificat.</source>
        <translation>This file does not hold the certificate&apos;s private key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exportez-le de nouveau avec sa clé privée.</source>
        <translation>Export it again with its private key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce certificat a expiré.</source>
        <translation>This certificate has expired.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demandez un nouveau certificat à votre autorité de certification.</source>
        <translation>Ask your certification authority for a new certificate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce certificat n&apos;est pas encore valable.</source>
        <translation>This certificate is not valid yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifiez la date de l&apos;ordinateur, ou attendez sa date de début.</source>
        <translation>Check the computer&apos;s date, or wait until its start date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce certificat ne peut pas servir à signer des documents (clé trop courte ou usage non prévu).</source>
        <translation>This certificate cannot sign documents (key too short, or not meant for signing).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demandez un certificat de signature à votre autorité de certification.</source>
        <translation>Ask your certification authority for a signing certificate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce dossier n&apos;est pas chiffré et aucun trousseau système n&apos;est disponible : la clé privée du certificat ne peut pas y être gardée protégée.</source>
        <translation>This data folder is not encrypted and no system keychain is available: the certificate&apos;s private key cannot be kept protected here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protégez d&apos;abord les données par une phrase de passe.</source>
        <translation>First protect the data with a passphrase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce fichier est trop gros pour être un certificat.</source>
        <translation>This file is too large to be a certificate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez le fichier .p12 ou .pfx du certificat.</source>
        <translation>Choose the certificate&apos;s .p12 or .pfx file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le certificat n&apos;a pas pu être chargé.</source>
        <translation>The certificate could not be loaded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifiez le fichier et son mot de passe, puis réessayez.</source>
        <translation>Check the file and its password, then try again.</translation>
    </message>
</context>
<context>
    <name>StorageDialog</name>
    <message>
        <location filename="../../ui/storage_dialog.py" line="+45"/>
        <source>Quitter Boussole</source>
        <translation>Quit Boussole</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protection de vos données</source>
        <translation>Protecting your data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phrase secrète</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le trousseau de clés de cet ordinateur (le coffre où le système range les mots de passe) n&apos;est pas disponible. Boussole ne peut donc pas y ranger la clé qui chiffre vos diagnostics.</source>
        <translation>This computer&apos;s keychain (the vault where the system keeps passwords) is not available. So Boussole cannot keep there the key that encrypts your checkups.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vos réponses décrivent les points faibles d&apos;une entreprise : mieux vaut les protéger. Choisissez comment continuer :</source>
        <translation>Your answers describe a business&apos;s weak points: better protect them. Choose how to continue:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protéger par une &amp;phrase secrète</source>
        <translation>Protect with a &amp;passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continuer &amp;sans chiffrement</source>
        <translation>Continue &amp;without encryption</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>P&amp;hrase secrète :</source>
        <translation>P&amp;assphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Confirmez-la :</source>
        <translation>&amp;Confirm it:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Au moins {0} caractères : quelques mots faciles à retenir suffisent. Elle vous sera demandée à chaque ouverture de Boussole. Notez-la en lieu sûr : sans elle, personne ne pourra relire ces données, pas même vous.</source>
        <translation>At least {0} characters: a few words that are easy to remember will do. You will be asked for it every time Boussole opens. Write it down somewhere safe: without it, nobody can read this data again, not even you.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attention : vos diagnostics seront enregistrés en clair sur le disque. Toute personne qui accède à cet ordinateur, ou à son disque en cas de vol, pourra les lire. Ce choix sera mémorisé pour ce dossier de données.</source>
        <translation>Warning: your checkups will be stored unencrypted on the disk. Anyone who gets at this computer, or at its disk if it is stolen, will be able to read them. This choice is remembered for this data folder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;J&apos;ai compris : mes données ne seront pas chiffrées</source>
        <translation>&amp;I understand: my data will not be encrypted</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Vos données sont protégées par une phrase secrète. Saisissez-la pour les ouvrir.</source>
        <translation>Your data is protected by a passphrase. Type it to open your data.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phrase secrète incorrecte. Vérifiez la disposition du clavier et la touche de verrouillage des majuscules, puis réessayez.</source>
        <translation>Wrong passphrase. Check the keyboard layout and the Caps Lock key, then try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phrase &amp;secrète :</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Trop courte : {0} caractères sur {1} au minimum.</source>
        <translation>Too short: {0} characters out of at least {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les deux saisies sont différentes.</source>
        <translation>The two entries differ.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Impossible de déverrouiller vos données</source>
        <translation>Cannot unlock your data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boussole n&apos;a pas pu obtenir la clé qui protège vos données.</source>
        <translation>Boussole could not get the key that protects your data.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rien n&apos;a été modifié ni effacé. Le détail ci-dessous indique comment retrouver l&apos;accès : trousseau de clés, phrase secrète ou sauvegarde.</source>
        <translation>Nothing was changed or deleted. The details below say how to regain access: keychain, passphrase or backup.</translation>
    </message>
</context>
<context>
    <name>StorageSection</name>
    <message>
        <location filename="../../ui/settings_storage.py" line="+22"/>
        <source>Fichier endommagé mis de côté</source>
        <translation>Damaged file set aside</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copie faite avant une mise à jour</source>
        <translation>Copy made before an upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} Mo</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+72"/>
        <source>Copies mises de côté</source>
        <translation>Set-aside copies</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Boussole garde ici les fichiers de données endommagés qu&apos;il a mis de côté et les copies faites avant une mise à jour. Elles peuvent contenir d&apos;anciennes données de vos clients, chiffrées comme le reste : supprimez-les quand vous n&apos;en avez plus besoin.</source>
        <translation>Boussole keeps here the damaged data files it set aside and the copies made before an upgrade. They may hold older data about your clients, encrypted like the rest: delete them when you no longer need them.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>La liste des copies n&apos;a pas pu être lue : {0}</source>
        <translation>The list of copies could not be read: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aucune copie mise de côté.</source>
        <translation>No set-aside copy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer : {0}</source>
        <translation>Delete: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Supprimer définitivement cette copie ?
{0}
Les données qu&apos;elle contient ne pourront plus être récupérées.</source>
        <translation>Delete this copy for good?
{0}
The data it holds can no longer be recovered.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supprimer la copie</source>
        <translation>Delete the copy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+34"/>
        <source>La copie n&apos;a pas été supprimée</source>
        <translation>The copy was not deleted</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Fermez les autres programmes qui l&apos;utilisent, puis réessayez.</source>
        <translation>Close the other programs that use it, then try again.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>« {0} » a été supprimée de vos données, mais des copies mises de côté la contiennent encore (ou peuvent la contenir) :
{1}
Ces copies contiennent aussi d&apos;anciennes données de vos autres clients. Les supprimer maintenant ?</source>
        <translation>“{0}” was erased from your data, but set-aside copies still hold it (or may hold it):
{1}
These copies also hold older data about your other clients. Delete them now?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supprimer les copies</source>
        <translation>Delete the copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les garder</source>
        <translation>Keep them</translation>
    </message>
</context>
<context>
    <name>StoreProblems</name>
    <message>
        <location filename="../../ui/store_problems.py" line="+17"/>
        <source>Le disque est plein. Libérez de l&apos;espace disque, puis réessayez : tout ce qui était déjà enregistré est conservé.</source>
        <translation>The disk is full. Free some disk space, then try again: everything saved before is kept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le dossier des données est en lecture seule. Rendez-le modifiable ou choisissez un autre dossier (option --data-dir) : tout ce qui était déjà enregistré est conservé.</source>
        <translation>The data folder is read-only. Make it writable or choose another folder (option --data-dir): everything saved before is kept.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le chemin du dossier des données est trop long pour la base de données. Choisissez un dossier au chemin plus court (option --data-dir).</source>
        <translation>The path of the data folder is too long for the database. Choose a folder with a shorter path (option --data-dir).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le fichier des données est endommagé. Relancez Boussole : il reprendra tout ce qui peut encore être lu et mettra le fichier endommagé de côté.</source>
        <translation>The data file is damaged. Restart Boussole: it will keep everything that can still be read and set the damaged file aside.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les données sont occupées par un autre programme. Réessayez dans un instant.</source>
        <translation>The data is busy in another program. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le disque a signalé une erreur. Vérifiez le disque ou la clé USB, puis réessayez : tout ce qui était déjà enregistré est conservé.</source>
        <translation>The disk reported an error. Check the disk or the USB key, then try again: everything saved before is kept.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le fichier des données était endommagé et rien n&apos;a pu en être lu. Boussole a démarré avec un fichier neuf et a gardé l&apos;ancien de côté :
{0}</source>
        <translation>The data file was damaged and nothing could be read from it. Boussole started with a new file and set the old one aside:
{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le fichier des données était endommagé. Boussole a repris ce qui pouvait l&apos;être : {0} diagnostic(s) récupéré(s), {1} perdu(s).</source>
        <translation>The data file was damaged. Boussole took back what it could: {0} checkup(s) recovered, {1} lost.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} d&apos;entre eux ont perdu des réponses.</source>
        <translation>{0} of them lost some answers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le fichier endommagé est gardé de côté, chiffré comme vos données :
{0}</source>
        <translation>The damaged file is kept aside, encrypted like your data:
{0}</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="+36"/>
        <source>Quatre ou cinq mots choisis au hasard font une phrase secrète solide et facile à retenir.</source>
        <translation>Four or five words chosen at random make a strong passphrase that is easy to remember.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>refusée</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>faible</source>
        <translation>weak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moyenne</source>
        <translation>fair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bonne</source>
        <translation>good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>très bonne</source>
        <translation>very good</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trop courte : au moins {0} caractères.</source>
        <translation>Too short: at least {0} characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trop courante : c&apos;est l&apos;une des premières qu&apos;on essaie.</source>
        <translation>Too common: it is among the first ones tried.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Évitez les suites du clavier et les répétitions (azerty, 1234, aaaa).</source>
        <translation>Avoid keyboard rows and repeats (qwerty, 1234, aaaa).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ajoutez des mots : quatre mots choisis au hasard font une bonne phrase secrète.</source>
        <translation>Add words: four words chosen at random make a good passphrase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Évitez de répéter le même mot.</source>
        <translation>Avoid repeating the same word.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Difficile à deviner.</source>
        <translation>Hard to guess.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force : {0}. {1}</source>
        <translation>Strength: {0}. {1}</translation>
    </message>
</context>
<context>
    <name>TrackingFields</name>
    <message>
        <location filename="../../ui/action_editor.py" line="+136"/>
        <source>Statut de l&apos;action : %1</source>
        <translation>Status of the action: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qui s&apos;en occupe ?</source>
        <translation>Who is in charge?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable de l&apos;action : %1</source>
        <translation>Person in charge of the action: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date prévue pour l&apos;action : %1</source>
        <translation>Planned date of the action: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sans date</source>
        <translation>No date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Retirer l&apos;échéance</source>
        <translation>Remove the due date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note (facultatif)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note sur l&apos;action : %1</source>
        <translation>Note on the action: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsable</source>
        <translation>In charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date prévue</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Le suivi de l&apos;action n&apos;a pas été enregistré</source>
        <translation>The action&apos;s tracking was not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vos réponses ne sont pas touchées. Réessayez ; si le problème continue, redémarrez Boussole.</source>
        <translation>Your answers are not affected. Try again; if the problem persists, restart Boussole.</translation>
    </message>
</context>
<context>
    <name>UnfinishedPanel</name>
    <message>
        <location filename="../../ui/unfinished_panel.py" line="+22"/>
        <source>Diagnostic en cours</source>
        <translation>Checkup in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnostics en cours</source>
        <translation>Checkups in progress</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprendre le diagnostic de {0}</source>
        <translation>Resume the checkup of {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>commencé le {0}</source>
        <translation>started on {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} % répondu · commencé le {1}</source>
        <translation>{0}% answered · started on {1}</translation>
    </message>
</context>
<context>
    <name>WeekCard</name>
    <message>
        <location filename="../../ui/plan_week.py" line="+88"/>
        <source>Cette semaine</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2 faites</source>
        <translation>%1 / %2 done</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Avancement du plan : %1 actions faites sur %2</source>
        <translation>Plan progress: %1 of %2 actions done</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Répondez à plus de questions pour voir les actions à faire cette semaine.</source>
        <translation>Answer more questions to see what to do this week.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune action à prévoir d&apos;après les réponses données.</source>
        <translation>No action needed according to the answers given.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toutes les actions du plan sont faites. Bravo !</source>
        <translation>Every action of the plan is done. Well done!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rien n&apos;est placé cette semaine à votre rythme : voici les prochaines actions, chacune avec sa période.</source>
        <translation>Nothing fits this week at your pace: here are the next actions, each with its period.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>À faire d&apos;ici le %1 : n° %2. Ensuite, dans cet ordre, les suivantes, chacune avec sa période.</source>
        <translation>To do by %1: no. %2. Then, in this order, the next ones, each with its period.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>À faire d&apos;ici le %1, dans cet ordre.</source>
        <translation>To do by %1, in this order.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cochez une action quand elle est faite : la suivante prend sa place.</source>
        <translation>Tick an action when it is done: the next one takes its place.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Marquer comme faite : %1</source>
        <translation>Mark as done: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cochez quand c&apos;est fait : l&apos;action suivante prend sa place.</source>
        <translation>Tick when done: the next action takes its place.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Qui : %1</source>
        <translation>Who: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>environ %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir les détails : %1</source>
        <translation>See the details: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pourquoi, comment faire et le suivi de l&apos;action, dans la liste</source>
        <translation>Why, how, and the action&apos;s tracking, in the list</translation>
    </message>
</context>
<context>
    <name>WeekSummary</name>
    <message>
        <location filename="../../ui/week_summary.py" line="+68"/>
        <source>%1 / %2 faites</source>
        <translation>%1 / %2 done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan terminé : %1</source>
        <translation>Plan finished: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cette semaine : rien de placé à votre rythme (plan : %3)</source>
        <translation>This week: nothing fits at your pace (plan: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette semaine : une action, environ %2 (plan : %3)</source>
        <translation>This week: one action, about %2 (plan: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette semaine : %1 actions, environ %2 (plan : %3)</source>
        <translation>This week: %1 actions, about %2 (plan: %3)</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../ui/workers.py" line="+75"/>
        <source>« %1 » est un fichier des données de Boussole : le remplacer effacerait vos diagnostics enregistrés. Choisissez un autre nom ou un autre dossier.</source>
        <translation>“%1” is one of Boussole&apos;s data files: replacing it would erase your saved checkups. Choose another name or another folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« %1 » n&apos;est pas un fichier ordinaire. Choisissez un autre nom.</source>
        <translation>“%1” is not an ordinary file. Choose another name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le disque est plein : le PDF n&apos;a pas pu être écrit. Libérez de la place ou choisissez un autre emplacement (clé USB, autre disque), puis recommencez.</source>
        <translation>The disk is full: the PDF could not be written. Free some space or choose another place (USB stick, another disk), then try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impossible d&apos;écrire dans le dossier « %1 » : il est protégé en écriture. Choisissez un autre dossier, par exemple Documents, puis recommencez.</source>
        <translation>Cannot write to the folder &quot;%1&quot;: it is write-protected. Choose another folder, for example Documents, then try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le dossier « %1 » n&apos;existe pas ou plus (clé USB retirée ?). Choisissez un dossier existant, puis recommencez.</source>
        <translation>The folder &quot;%1&quot; does not exist (any more? USB stick removed?). Choose an existing folder, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le fichier n&apos;a pas pu être écrit (%1). Choisissez un autre dossier, puis recommencez.</source>
        <translation>The file could not be written (%1). Choose another folder, then try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le rapport n&apos;a pas pu être produit : %1. Vos réponses sont intactes ; réessayez ou signalez le problème.</source>
        <translation>The report could not be produced: %1. Your answers are intact; try again or report the problem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;export a échoué de façon inattendue (%1). Vos réponses sont intactes ; réessayez ou signalez le problème.</source>
        <translation>The export failed unexpectedly (%1). Your answers are intact; try again or report the problem.</translation>
    </message>
</context>
</TS>
