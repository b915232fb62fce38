<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Rendering a PDF needs a QGuiApplication (the offscreen platform will do).</source>
        <translation>Le rendu d&apos;un PDF nécessite une QGuiApplication (la plateforme offscreen suffit).</translation>
    </message>
    <message>
        <source>The PDF&apos;s destination is not open for writing.</source>
        <translation>La destination du PDF n&apos;est pas ouverte en écriture.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation>Impossible de commencer l&apos;écriture du PDF.</translation>
    </message>
    <message>
        <source>Could not write the PDF: %1</source>
        <translation>Impossible d&apos;écrire le PDF&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReportExportJob</name>
    <message>
        <source>export cancelled</source>
        <translation>exportation annulée</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>Markdown document</source>
        <translation>Document Markdown</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Page HTML</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>Données JSON</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Go-live approval pack</source>
        <translation>Dossier d&apos;approbation de mise en production</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Runbook gaps</source>
        <translation>Lacunes du runbook</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Points de contrôle</translation>
    </message>
    <message>
        <source>Waivers</source>
        <translation>Dérogations</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Sous dérogation</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed (waiver expired)</source>
        <translation>Échoué (dérogation expirée)</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sans expiration</translation>
    </message>
    <message>
        <source>stale since %1</source>
        <translation>périmée depuis le %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valide jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Not signed (optional)</source>
        <translation>Non signé (facultatif)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation>Approuvé sous conditions</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>%1 (stale: the content changed since signing)</source>
        <translation>%1 (obsolète&#xa0;: le contenu a changé depuis la signature)</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>expirée le %1</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>expire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation>expire demain</translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation>expire dans %1 jours</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Néant.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Générateur</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Points bloquants</translation>
    </message>
    <message>
        <source>To fix or accept</source>
        <translation>À corriger ou à accepter</translation>
    </message>
    <message>
        <source>Pending sign-offs</source>
        <translation>Approbations en attente</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Points de contrôle</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Acceptée par</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Empreinte du contenu</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Changed since signing</source>
        <translation>Modifié depuis la signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Working tree</source>
        <translation>Arbre de travail</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Jeu de règles</translation>
    </message>
    <message>
        <source>Files scanned</source>
        <translation>Fichiers analysés</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Analysé</translation>
    </message>
    <message>
        <source>Scan findings</source>
        <translation>Constats d&apos;analyse</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>Tête de la chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements d&apos;audit</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>Notes and evidence</source>
        <translation>Notes et preuves</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Scan root</source>
        <translation>Racine de l&apos;analyse</translation>
    </message>
    <message>
        <source>Items done: %1 of %2 (%3 passed, %4 waived, %5 not applicable); failed: %6</source>
        <translation>Points de contrôle terminés&#xa0;: %1 sur %2 (%3 réussis, %4 sous dérogation, %5 non applicables)&#xa0;; échoués&#xa0;: %6</translation>
    </message>
    <message>
        <source> (%1 with an expired waiver)</source>
        <translation> (dont %1 avec une dérogation expirée)</translation>
    </message>
    <message>
        <source>; not started: %1, in progress: %2.</source>
        <translation>&#xa0;; non commencés&#xa0;: %1, en cours&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Failures and open findings of severity %1 or worse block go-live.</source>
        <translation>Les échecs et les constats ouverts de gravité %1 ou supérieure bloquent la mise en production.</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, version %3)</translation>
    </message>
    <message>
        <source>The following procedures are missing from the deployment documentation:</source>
        <translation>Les procédures suivantes sont absentes de la documentation de déploiement&#xa0;:</translation>
    </message>
    <message>
        <source>Done items that deserve a second look:</source>
        <translation>Points de contrôle terminés qui méritent un second examen&#xa0;:</translation>
    </message>
    <message>
        <source>repository root</source>
        <translation>racine du dépôt</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Approuver sous conditions</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>Sortie de commande</translation>
    </message>
    <message>
        <source>Repository reference</source>
        <translation>Référence au dépôt</translation>
    </message>
    <message>
        <source>Scan finding</source>
        <translation>Constat d&apos;analyse</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Ed25519 signature</source>
        <translation>Signature Ed25519</translation>
    </message>
    <message>
        <source>recorded without a key</source>
        <translation>enregistrée sans clé</translation>
    </message>
    <message>
        <source>uncommitted changes</source>
        <translation>modifications non validées</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>propre</translation>
    </message>
    <message>
        <source>%1 new, %2 open, %3 fixed</source>
        <translation>%1 nouveaux, %2 ouverts, %3 corrigés</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>This assessment has not been scanned.</source>
        <translation>Cette évaluation n&apos;a pas été analysée.</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>verified, intact</source>
        <translation>vérifiée, intacte</translation>
    </message>
    <message>
        <source>verified, BROKEN: %1</source>
        <translation>vérifiée, ROMPUE&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The BCP 47 language tag of this translation, for the HTML pack&apos;s lang attribute.</extracomment>
        <translation>fr</translation>
    </message>
    <message>
        <source>Progress by template</source>
        <translation>Progression par modèle</translation>
    </message>
    <message>
        <source>Open findings by severity</source>
        <translation>Constats ouverts par gravité</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
</context>
<context>
    <name>SnapshotFindings</name>
    <message>
        <source>Re-run the scan (`greenlight-cli scan --rules %1`): the finding is reported fixed.</source>
        <translation>Relancez l&apos;analyse (`greenlight-cli scan --rules %1`)&#xa0;: le constat est signalé comme corrigé.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Fix or waive the failed %1 items: %2.</source>
        <translation>Corrigez les points de contrôle échoués de gravité %1 ou accordez-leur une dérogation&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Assess the items still open (%1).</source>
        <translation>Évaluez les points de contrôle encore ouverts (%1).</translation>
    </message>
</context>
<context>
    <name>greenlight::AboutBox</name>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>About Greenlight</source>
        <translation>À propos de Greenlight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Release-readiness assessments and go-live sign-off.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Running on:&lt;/p&gt;&lt;table&gt;%3&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Évaluation de la préparation des versions et approbation de la mise en production.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2. Exécuté sur&#xa0;:&lt;/p&gt;&lt;table&gt;%3&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>greenlight::ApprovalPackExport</name>
    <message>
        <source>&amp;Export Approval Pack…</source>
        <translation>&amp;Exporter le dossier d&apos;approbation…</translation>
    </message>
    <message>
        <source>Write the approval pack (PDF, HTML, Markdown or JSON) for approvers</source>
        <translation>Écrire le dossier d&apos;approbation (PDF, HTML, Markdown ou JSON) pour les approbateurs</translation>
    </message>
    <message>
        <source>Writing the approval pack…</source>
        <translation>Écriture du dossier d&apos;approbation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export Approval Pack</source>
        <translation>Exporter le dossier d&apos;approbation</translation>
    </message>
    <message>
        <source>Approval pack written to %1 (%2).</source>
        <translation>Dossier d&apos;approbation écrit dans %1 (%2).</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation>Exportation annulée&#xa0;: %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Could not export the approval pack: %1</source>
        <translation>Impossible d&apos;exporter le dossier d&apos;approbation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>greenlight::AssessmentActions</name>
    <message>
        <source>&amp;New Assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Create an assessment from checklist templates (Ctrl+N)</source>
        <translation>Créer une évaluation à partir de modèles de liste de contrôle (Ctrl+N)</translation>
    </message>
    <message>
        <source>Create an assessment of the shipped example system</source>
        <translation>Créer une évaluation du système d&apos;exemple fourni</translation>
    </message>
    <message>
        <source>Rename the selected assessment (F2)</source>
        <translation>Renommer l&apos;évaluation sélectionnée (F2)</translation>
    </message>
    <message>
        <source>Delete the selected assessment (Del)</source>
        <translation>Supprimer l&apos;évaluation sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Could not create the assessment: %1</source>
        <translation>Impossible de créer l&apos;évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not create the demo assessment: %1</source>
        <translation>Impossible de créer l&apos;évaluation de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rename Assessment</source>
        <translation>Renommer l&apos;évaluation</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Could not rename the assessment: %1</source>
        <translation>Impossible de renommer l&apos;évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete Assessment</source>
        <translation>Supprimer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Delete the assessment “%1”?</source>
        <translation>Supprimer l&apos;évaluation «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>It disappears from the list. Its items and its audit trail stay in the store: audit events are never deleted.</source>
        <translation>Elle disparaît de la liste. Ses points de contrôle et son journal d&apos;audit restent dans la base de données&#xa0;: les événements d&apos;audit ne sont jamais supprimés.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Could not delete the assessment: %1</source>
        <translation>Impossible de supprimer l&apos;évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>greenlight::AssessmentListDelegate</name>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
</context>
<context>
    <name>greenlight::AssessmentListModel</name>
    <message>
        <source>%1 — %2 %3</source>
        <extracomment>Assessment list entry: name — system release</extracomment>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>%1
System: %2, release %3
Created %4 by %5
Templates: %6</source>
        <translation>%1
Système&#xa0;: %2, version %3
Créée le %4 par %5
Modèles&#xa0;: %6</translation>
    </message>
</context>
<context>
    <name>greenlight::AssessmentListPanel</name>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Assessment list</source>
        <translation>Liste des évaluations</translation>
    </message>
    <message>
        <source>The assessments in the store; the selected one is open in the pages beside the list. F2 renames it, Delete deletes it.</source>
        <translation>Les évaluations de la base de données&#xa0;; celle qui est sélectionnée est ouverte dans les pages à côté de la liste. F2 la renomme, Suppr la supprime.</translation>
    </message>
</context>
<context>
    <name>greenlight::AssessmentSnapshotLoader</name>
    <message>
        <source>unknown severity &apos;%1&apos; for --fail-on (use %2)</source>
        <translation>gravité inconnue «&#xa0;%1&#xa0;» pour --fail-on (utilisez %2)</translation>
    </message>
</context>
<context>
    <name>greenlight::AssessmentStore</name>
    <message>
        <source>could not create the assessment %1</source>
        <translation>impossible de créer l&apos;évaluation %1</translation>
    </message>
    <message>
        <source>could not list the assessments</source>
        <translation>impossible de lister les évaluations</translation>
    </message>
    <message>
        <source>could not load assessment %1</source>
        <translation>impossible de charger l&apos;évaluation %1</translation>
    </message>
    <message>
        <source>there is no assessment with id %1</source>
        <translation>aucune évaluation n&apos;a l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>could not look up the assessment %1</source>
        <translation>impossible de rechercher l&apos;évaluation %1</translation>
    </message>
    <message>
        <source>there is no assessment with id or name &quot;%1&quot;</source>
        <translation>aucune évaluation n&apos;a l&apos;identifiant ou le nom «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 assessments are named &quot;%2&quot; (ids %3); give the id instead</source>
        <translation>%1 évaluations s&apos;appellent «&#xa0;%2&#xa0;» (identifiants %3)&#xa0;; indiquez plutôt l&apos;identifiant</translation>
    </message>
    <message>
        <source>an assessment needs a name</source>
        <translation>une évaluation doit avoir un nom</translation>
    </message>
    <message>
        <source>could not rename assessment %1</source>
        <translation>impossible de renommer l&apos;évaluation %1</translation>
    </message>
    <message>
        <source>could not delete assessment %1</source>
        <translation>impossible de supprimer l&apos;évaluation %1</translation>
    </message>
    <message>
        <source>could not load the items of assessment %1</source>
        <translation>impossible de charger les points de contrôle de l&apos;évaluation %1</translation>
    </message>
    <message>
        <source>no item id given</source>
        <translation>aucun identifiant de point de contrôle indiqué</translation>
    </message>
    <message>
        <source>could not look up the item %1</source>
        <translation>impossible de rechercher le point de contrôle %1</translation>
    </message>
    <message>
        <source>assessment %1 has no item %2 from the template %3</source>
        <translation>l&apos;évaluation %1 n&apos;a pas de point de contrôle %2 issu du modèle %3</translation>
    </message>
    <message>
        <source>assessment %1 has no item %2</source>
        <translation>l&apos;évaluation %1 n&apos;a pas de point de contrôle %2</translation>
    </message>
    <message>
        <source>the item id %1 is ambiguous: %2; prefix it with its template id, e.g. %3</source>
        <translation>l&apos;identifiant de point de contrôle %1 est ambigu&#xa0;: %2&#xa0;; préfixez-le de l&apos;identifiant de son modèle, par ex. %3</translation>
    </message>
    <message>
        <source>unknown item status %1</source>
        <translation>statut de point de contrôle inconnu %1</translation>
    </message>
    <message>
        <source>the note is too long (%1 characters, at most %2)</source>
        <translation>la note est trop longue (%1 caractères, %2 au maximum)</translation>
    </message>
    <message>
        <source>could not save the item changes</source>
        <translation>impossible d&apos;enregistrer les modifications du point de contrôle</translation>
    </message>
    <message>
        <source>could not save item status</source>
        <translation>impossible d&apos;enregistrer le statut du point de contrôle</translation>
    </message>
    <message>
        <source>could not save item owner</source>
        <translation>impossible d&apos;enregistrer le responsable du point de contrôle</translation>
    </message>
    <message>
        <source>could not save item note</source>
        <translation>impossible d&apos;enregistrer la note du point de contrôle</translation>
    </message>
    <message>
        <source>there is no item with id %1</source>
        <translation>aucun point de contrôle n&apos;a l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>could not load the audit trail</source>
        <translation>impossible de charger le journal d&apos;audit</translation>
    </message>
    <message>
        <source>an assessment needs at least one template</source>
        <translation>une évaluation nécessite au moins un modèle</translation>
    </message>
    <message>
        <source>a template without an id cannot be snapshotted</source>
        <translation>impossible de figer un modèle sans identifiant</translation>
    </message>
    <message>
        <source>the template %1 was chosen twice</source>
        <translation>le modèle %1 a été choisi deux fois</translation>
    </message>
    <message>
        <source>the template %1 has the item id %2 twice</source>
        <translation>le modèle %1 contient deux fois l&apos;identifiant de point de contrôle %2</translation>
    </message>
    <message>
        <source>item %1 has an unknown severity, evidence or status value (%2, %3, %4)</source>
        <translation>le point de contrôle %1 a une valeur de gravité, de preuve ou de statut inconnue (%2, %3, %4)</translation>
    </message>
    <message>
        <source>assessment %1 has been deleted</source>
        <translation>l&apos;évaluation %1 a été supprimée</translation>
    </message>
    <message>
        <source>could not load the templates of the assessments</source>
        <translation>impossible de charger les modèles des évaluations</translation>
    </message>
    <message>
        <source>could not load item %1</source>
        <translation>impossible de charger le point de contrôle %1</translation>
    </message>
    <message>
        <source>could not compute the progress</source>
        <translation>impossible de calculer la progression</translation>
    </message>
    <message>
        <source>an item has the unknown status &apos;%1&apos;</source>
        <translation>un point de contrôle a le statut inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>could not compute the section summary</source>
        <translation>impossible de calculer la synthèse des sections</translation>
    </message>
</context>
<context>
    <name>greenlight::AuditHistoryDialog</name>
    <message>
        <source>Audit History — %1</source>
        <translation>Historique d&apos;audit — %1</translation>
    </message>
    <message>
        <source>Search who, item, change or values</source>
        <translation>Rechercher par auteur, point de contrôle, modification ou valeurs</translation>
    </message>
    <message>
        <source>Search the audit history</source>
        <translation>Rechercher dans l&apos;historique d&apos;audit</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Uniquement %1</translation>
    </message>
    <message>
        <source>Only the current item</source>
        <translation>Uniquement le point de contrôle actuel</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements d&apos;audit</translation>
    </message>
    <message>
        <source>Could not read the audit history: %1</source>
        <translation>Impossible de lire l&apos;historique d&apos;audit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 événements sur %2</translation>
    </message>
    <message>
        <source>Shows only the events whose who, item, change or values contain the text</source>
        <translation>Affiche uniquement les événements dont l&apos;auteur, le point de contrôle, la modification ou les valeurs contiennent le texte</translation>
    </message>
    <message>
        <source>Shows only the events of the item selected in the checklist</source>
        <translation>Affiche uniquement les événements du point de contrôle sélectionné dans la liste de contrôle</translation>
    </message>
    <message>
        <source>Who changed what and when: time, who, item, change, old and new value</source>
        <translation>Qui a modifié quoi et quand&#xa0;: heure, auteur, point de contrôle, modification, ancienne et nouvelle valeur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes the audit history</source>
        <translation>Ferme l&apos;historique d&apos;audit</translation>
    </message>
</context>
<context>
    <name>greenlight::AuditHistoryModel</name>
    <message>
        <source>Assessment created</source>
        <translation>Évaluation créée</translation>
    </message>
    <message>
        <source>Assessment renamed</source>
        <translation>Évaluation renommée</translation>
    </message>
    <message>
        <source>Assessment deleted</source>
        <translation>Évaluation supprimée</translation>
    </message>
    <message>
        <source>Scan recorded</source>
        <translation>Analyse enregistrée</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Preuve ajoutée</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>Preuve retirée</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Approbation signée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle valeur</translation>
    </message>
</context>
<context>
    <name>greenlight::BurnUpChart</name>
    <message>
        <source>Burn-up: items done per day</source>
        <translation>Burn-up&#xa0;: points de contrôle terminés par jour</translation>
    </message>
    <message>
        <source>Done (passed, N/A, waived)</source>
        <translation>Terminés (réussis, N/A, sous dérogation)</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tous les points de contrôle</translation>
    </message>
    <message>
        <source>Burn-up chart</source>
        <translation>Graphique burn-up</translation>
    </message>
    <message>
        <source>Items done per day: no history yet.</source>
        <translation>Points de contrôle terminés par jour&#xa0;: pas encore d&apos;historique.</translation>
    </message>
    <message>
        <source>Items done per day: %1 of %2 on %3.</source>
        <translation>Points de contrôle terminés par jour&#xa0;: %1 sur %2 le %3.</translation>
    </message>
    <message>
        <source>Items done per day: %1 of %2 on %3, %4 of %5 on %6.</source>
        <translation>Points de contrôle terminés par jour&#xa0;: %1 sur %2 le %3, %4 sur %5 le %6.</translation>
    </message>
</context>
<context>
    <name>greenlight::BurnUpHistory</name>
    <message>
        <source>could not read the waivers</source>
        <translation>impossible de lire les dérogations</translation>
    </message>
    <message>
        <source>could not read the waived items&apos; history</source>
        <translation>impossible de lire l&apos;historique des points de contrôle sous dérogation</translation>
    </message>
    <message>
        <source>could not count the items</source>
        <translation>impossible de compter les points de contrôle</translation>
    </message>
    <message>
        <source>could not read the status history</source>
        <translation>impossible de lire l&apos;historique des statuts</translation>
    </message>
</context>
<context>
    <name>greenlight::ChainVerifier</name>
    <message>
        <source>could not read the audit trail</source>
        <translation>impossible de lire le journal d&apos;audit</translation>
    </message>
    <message>
        <source>audit event %1 does not start the chain (a row before it was removed or its link altered)</source>
        <translation>l&apos;événement d&apos;audit %1 n&apos;ouvre pas la chaîne (une ligne qui le précédait a été supprimée ou son lien modifié)</translation>
    </message>
    <message>
        <source>audit event %1 does not link to event %2 (a row between them was removed or a link altered)</source>
        <translation>l&apos;événement d&apos;audit %1 n&apos;est pas lié à l&apos;événement %2 (une ligne entre les deux a été supprimée ou un lien modifié)</translation>
    </message>
    <message>
        <source>audit event %1 was altered after it was written (its content no longer matches its hash)</source>
        <translation>l&apos;événement d&apos;audit %1 a été modifié après son écriture (son contenu ne correspond plus à son empreinte)</translation>
    </message>
    <message>
        <source>could not read the audit chain head</source>
        <translation>impossible de lire la tête de la chaîne d&apos;audit</translation>
    </message>
</context>
<context>
    <name>greenlight::ChecklistItemDelegate</name>
    <message>
        <source>Waived</source>
        <translation>Sous dérogation</translation>
    </message>
    <message>
        <source>Failed (waiver expired)</source>
        <translation>Échoué (dérogation expirée)</translation>
    </message>
</context>
<context>
    <name>greenlight::ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>Progress of a template or section: assessed items / all items</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 assessed: %3 passed, %4 failed, %5 not applicable</source>
        <translation>%1 sur %2 évalués&#xa0;: %3 réussis, %4 échoués, %5 non applicables</translation>
    </message>
</context>
<context>
    <name>greenlight::ChecklistPage</name>
    <message>
        <source>The change was not saved: %1</source>
        <translation>La modification n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the scan suggestions: %1</source>
        <translation>Impossible de lire les suggestions de l&apos;analyse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the item&apos;s findings: %1</source>
        <translation>Impossible de lire les constats du point de contrôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1

%2 of %3 items assessed. Select an item to work on it.</source>
        <translation>%1

%2 points de contrôle évalués sur %3. Sélectionnez un point de contrôle pour le traiter.</translation>
    </message>
    <message>
        <source>No item matches the filters.</source>
        <translation>Aucun point de contrôle ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Could not read the waivers: %1</source>
        <translation>Impossible de lire les dérogations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checklist page</source>
        <translation>Page de la liste de contrôle</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Points de contrôle</translation>
    </message>
    <message>
        <source>The assessment&apos;s templates, sections and items with status, severity and owner. Select an item to work on it in the pane beside the list; Ctrl with a number sets its status.</source>
        <translation>Les modèles, sections et points de contrôle de l&apos;évaluation, avec statut, gravité et responsable. Sélectionnez un point de contrôle pour le traiter dans le volet à côté de la liste&#xa0;; Ctrl avec un chiffre définit son statut.</translation>
    </message>
</context>
<context>
    <name>greenlight::CiWorkflowAnalyzer</name>
    <message>
        <source>pull_request_target workflow checks out pull request code</source>
        <translation>Un workflow pull_request_target extrait le code de la pull request</translation>
    </message>
    <message>
        <source>pull_request_target runs in the context of the base repository, with its secrets and a write token; checking out and building the pull request&apos;s head runs a stranger&apos;s code with them (&quot;pwn request&quot;).</source>
        <translation>pull_request_target s&apos;exécute dans le contexte du dépôt de base, avec ses secrets et un jeton en écriture&#xa0;; extraire et compiler la tête de la pull request revient à exécuter le code d&apos;un inconnu avec ces droits («&#xa0;pwn request&#xa0;»).</translation>
    </message>
    <message>
        <source>Use the pull_request trigger for anything that builds or runs the pull request&apos;s code; keep pull_request_target for labelling and commenting, without checking out the head, or split the work with workflow_run.</source>
        <translation>Utilisez le déclencheur pull_request pour tout ce qui compile ou exécute le code de la pull request&#xa0;; réservez pull_request_target à l&apos;étiquetage et aux commentaires, sans extraire la tête, ou répartissez le travail avec workflow_run.</translation>
    </message>
    <message>
        <source>Workflow token permissions are write-all or undeclared</source>
        <translation>Les permissions du jeton du workflow sont write-all ou non déclarées</translation>
    </message>
    <message>
        <source>Without a permissions block the GITHUB_TOKEN gets the repository&apos;s default, often read-write on everything; a compromised step or action can then push code, create releases or publish packages.</source>
        <translation>Sans bloc permissions, le GITHUB_TOKEN reçoit les droits par défaut du dépôt, souvent lecture-écriture sur tout&#xa0;; une étape ou une action compromise peut alors pousser du code, créer des versions ou publier des paquets.</translation>
    </message>
    <message>
        <source>Declare `permissions: contents: read` at the workflow level and grant further scopes (packages: write, id-token: write, ...) only to the jobs that need them.</source>
        <translation>Déclarez `permissions: contents: read` au niveau du workflow et n&apos;accordez d&apos;autres portées (packages: write, id-token: write, ...) qu&apos;aux jobs qui en ont besoin.</translation>
    </message>
    <message>
        <source>Action not pinned to a commit SHA</source>
        <translation>Action non épinglée à un SHA de commit</translation>
    </message>
    <message>
        <source>Tags and branches can be moved: whoever controls the action&apos;s repository (or steals access to it) changes the code your pipeline runs, with its secrets, as happened with tj-actions/changed-files in 2025.</source>
        <translation>Les tags et les branches peuvent être déplacés&#xa0;: quiconque contrôle le dépôt de l&apos;action (ou en obtient frauduleusement l&apos;accès) change le code qu&apos;exécute votre pipeline, avec ses secrets, comme ce fut le cas avec tj-actions/changed-files en 2025.</translation>
    </message>
    <message>
        <source>Pin every third-party action to a full 40-character commit SHA and keep the version in a comment (`uses: actions/checkout@&lt;sha&gt; # v4.2.2`); let Dependabot or Renovate update the pins.</source>
        <translation>Épinglez chaque action tierce à un SHA de commit complet de 40 caractères et conservez la version dans un commentaire (`uses: actions/checkout@&lt;sha&gt; # v4.2.2`)&#xa0;; laissez Dependabot ou Renovate mettre à jour les épinglages.</translation>
    </message>
    <message>
        <source>CI does not generate an SBOM</source>
        <translation>La CI ne génère pas de SBOM</translation>
    </message>
    <message>
        <source>Without a software bill of materials nobody can tell quickly whether a released artifact contains a newly disclosed vulnerable component.</source>
        <translation>Sans nomenclature logicielle (SBOM), personne ne peut dire rapidement si un artefact publié contient un composant vulnérable récemment divulgué.</translation>
    </message>
    <message>
        <source>Generate an SBOM for every release artifact and image in CI (syft or anchore/sbom-action, CycloneDX tooling, `docker buildx build --sbom=true`) and publish it with the release.</source>
        <translation>Générez dans la CI un SBOM pour chaque artefact et chaque image publiés (syft ou anchore/sbom-action, outils CycloneDX, `docker buildx build --sbom=true`) et publiez-le avec la version.</translation>
    </message>
    <message>
        <source>CI does not sign artifacts or images</source>
        <translation>La CI ne signe ni les artefacts ni les images</translation>
    </message>
    <message>
        <source>Unsigned images and artifacts cannot be verified at deploy time, so a tampered or substituted artifact is deployed like the real one.</source>
        <translation>Les images et artefacts non signés ne peuvent pas être vérifiés au moment du déploiement&#xa0;: un artefact altéré ou substitué est donc déployé comme l&apos;original.</translation>
    </message>
    <message>
        <source>Sign images and artifacts in CI (cosign keyless signing with Sigstore, Notation, gpg) or attest provenance (actions/attest-build-provenance, slsa-github-generator), and verify signatures before deploying.</source>
        <translation>Signez les images et les artefacts dans la CI (signature sans clé cosign avec Sigstore, Notation, gpg) ou attestez leur provenance (actions/attest-build-provenance, slsa-github-generator), et vérifiez les signatures avant le déploiement.</translation>
    </message>
    <message>
        <source>CI does not scan for known vulnerabilities</source>
        <translation>La CI ne recherche pas les vulnérabilités connues</translation>
    </message>
    <message>
        <source>Dependencies and base images with known, exploitable vulnerabilities reach production unnoticed when no pipeline step looks for them.</source>
        <translation>Les dépendances et les images de base présentant des vulnérabilités connues et exploitables arrivent en production sans que personne ne le remarque lorsqu&apos;aucune étape du pipeline ne les recherche.</translation>
    </message>
    <message>
        <source>Add a vulnerability scan that fails the build on serious findings: Trivy or Grype for images, OSV-Scanner, npm audit, pip-audit or Snyk for dependencies, dependency-review-action on pull requests, GitLab&apos;s Dependency-Scanning template.</source>
        <translation>Ajoutez une analyse de vulnérabilités qui fait échouer le build en cas de constats graves&#xa0;: Trivy ou Grype pour les images, OSV-Scanner, npm audit, pip-audit ou Snyk pour les dépendances, dependency-review-action sur les pull requests, le modèle Dependency-Scanning de GitLab.</translation>
    </message>
    <message>
        <source>No automated dependency updates</source>
        <translation>Pas de mise à jour automatisée des dépendances</translation>
    </message>
    <message>
        <source>Without Dependabot or Renovate, security fixes in dependencies and pinned actions arrive only when someone remembers to look.</source>
        <translation>Sans Dependabot ni Renovate, les correctifs de sécurité des dépendances et des actions épinglées n&apos;arrivent que lorsque quelqu&apos;un pense à vérifier.</translation>
    </message>
    <message>
        <source>Add .github/dependabot.yml (package ecosystems plus github-actions) or a Renovate configuration (renovate.json).</source>
        <translation>Ajoutez .github/dependabot.yml (écosystèmes de paquets et github-actions) ou une configuration Renovate (renovate.json).</translation>
    </message>
    <message>
        <source>not valid YAML, CI rules skipped: %1</source>
        <translation>YAML non valide, règles CI ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <source>no dependency update tool is configured: looked for .github/dependabot.yml, renovate.json(5), .renovaterc(.json), .github/renovate.json and a &quot;renovate&quot; key in package.json</source>
        <translation>aucun outil de mise à jour des dépendances n&apos;est configuré&#xa0;: recherché .github/dependabot.yml, renovate.json(5), .renovaterc(.json), .github/renovate.json et une clé «&#xa0;renovate&#xa0;» dans package.json</translation>
    </message>
    <message>
        <source>generates an SBOM</source>
        <translation>génère de SBOM</translation>
    </message>
    <message>
        <source>signs artifacts or images</source>
        <translation>signe les artefacts ou les images</translation>
    </message>
    <message>
        <source>scans for known vulnerabilities</source>
        <translation>recherche les vulnérabilités connues</translation>
    </message>
    <message>
        <source>no CI configuration found (looked for .github/workflows/*.yml, .gitlab-ci.yml, Jenkinsfile, CircleCI, Azure Pipelines, Travis, Bitbucket, Drone, ...), so nothing %1</source>
        <translation>aucune configuration CI trouvée (recherché .github/workflows/*.yml, .gitlab-ci.yml, Jenkinsfile, CircleCI, Azure Pipelines, Travis, Bitbucket, Drone, ...), donc rien ne %1</translation>
    </message>
    <message numerus="yes">
        <source>no step in the %n CI file(s) %1: looked for %2</source>
        <translation>
            <numerusform>aucune étape ne %1 dans %n fichier CI (outils recherchés&#xa0;: %2)</numerusform>
            <numerusform>aucune étape ne %1 dans les %n fichiers CI (outils recherchés&#xa0;: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>job &apos;%1&apos; runs on pull_request_target and checks out the pull request&apos;s code (%2): code from a fork then runs with the repository&apos;s secrets and a write token</source>
        <translation>le job «&#xa0;%1&#xa0;» s&apos;exécute sur pull_request_target et extrait le code de la pull request (%2)&#xa0;: le code d&apos;un fork s&apos;exécute alors avec les secrets du dépôt et un jeton en écriture</translation>
    </message>
    <message>
        <source>the workflow grants &apos;permissions: write-all&apos;: every job&apos;s GITHUB_TOKEN may write to the repository, its releases and its packages</source>
        <translation>le workflow accorde «&#xa0;permissions: write-all&#xa0;»&#xa0;: le GITHUB_TOKEN de chaque job peut écrire dans le dépôt, ses versions et ses paquets</translation>
    </message>
    <message>
        <source>job &apos;%1&apos; grants &apos;permissions: write-all&apos;: its GITHUB_TOKEN may write to the repository, its releases and its packages</source>
        <translation>le job «&#xa0;%1&#xa0;» accorde «&#xa0;permissions: write-all&#xa0;»&#xa0;: son GITHUB_TOKEN peut écrire dans le dépôt, ses versions et ses paquets</translation>
    </message>
    <message>
        <source>no &apos;permissions:&apos; at the workflow level and none on job(s) %1: their GITHUB_TOKEN gets the repository&apos;s default permissions, which may include write access</source>
        <translation>aucun «&#xa0;permissions:&#xa0;» au niveau du workflow ni sur le(s) job(s) %1&#xa0;: leur GITHUB_TOKEN reçoit les permissions par défaut du dépôt, qui peuvent inclure l&apos;accès en écriture</translation>
    </message>
    <message>
        <source>action &apos;%1&apos; names no version: whatever its default branch holds when the workflow runs is executed</source>
        <translation>l&apos;action «&#xa0;%1&#xa0;» ne précise aucune version&#xa0;: c&apos;est le contenu de sa branche par défaut au moment de l&apos;exécution du workflow qui est exécuté</translation>
    </message>
    <message>
        <source>container action &apos;%1&apos; is not pinned by digest (@sha256:...)</source>
        <translation>l&apos;action conteneur «&#xa0;%1&#xa0;» n&apos;est pas épinglée par digest (@sha256:...)</translation>
    </message>
    <message>
        <source>action &apos;%1&apos; is pinned to &apos;%2&apos;, a tag or branch that can be moved to other code, not to a full 40-character commit SHA</source>
        <translation>l&apos;action «&#xa0;%1&#xa0;» est épinglée à «&#xa0;%2&#xa0;», un tag ou une branche qui peut être déplacé vers un autre code, et non à un SHA de commit complet de 40 caractères</translation>
    </message>
</context>
<context>
    <name>greenlight::CliApplication</name>
    <message>
        <source>Use the database at PATH (default: %1).</source>
        <translation>Utiliser la base de données située à PATH (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Also load templates from DIR (repeatable; later folders override templates with the same id).</source>
        <translation>Charger aussi les modèles depuis DIR (répétable&#xa0;; les dossiers suivants remplacent les modèles de même identifiant).</translation>
    </message>
    <message>
        <source>Log debug messages to stderr.</source>
        <translation>Écrire les messages de débogage sur stderr.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Usage: greenlight-cli [global options] COMMAND [options] [arguments]</source>
        <translation>Utilisation&#xa0;: greenlight-cli [options globales] COMMAND [options] [arguments]</translation>
    </message>
    <message>
        <source>Release-readiness assessments from the command line: the engine of the
Greenlight desktop app, for scripts and CI.</source>
        <translation>Évaluations de préparation à la mise en production en ligne de commande&#xa0;: le moteur
de l&apos;application de bureau Greenlight, pour les scripts et la CI.</translation>
    </message>
    <message>
        <source>Global options (given before COMMAND):</source>
        <translation>Options globales (à indiquer avant COMMAND)&#xa0;:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;greenlight-cli --help&apos; for usage.</source>
        <translation>Exécutez «&#xa0;greenlight-cli --help&#xa0;» pour l&apos;aide sur l&apos;utilisation.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Run &apos;greenlight-cli --help&apos; for the list of commands.</source>
        <translation>Exécutez «&#xa0;greenlight-cli --help&#xa0;» pour la liste des commandes.</translation>
    </message>
    <message>
        <source>Print messages and write reports in LANG: en, de or fr (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</source>
        <translation>Afficher les messages et rédiger les rapports en LANG : en, de ou fr (par défaut : d&apos;après LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</translation>
    </message>
    <message>
        <source>Run &apos;greenlight-cli COMMAND --help&apos; for a command&apos;s options. --db, --language
and -v are also accepted after COMMAND; --templates is not, because after
&apos;new&apos; it names template ids:
  greenlight-cli --templates ./team-templates new --templates security,team ...

Exit status: 0 success, 1 a negative result (an invalid template), 2 a usage,
input or database error.</source>
        <translation>Exécutez « greenlight-cli COMMAND --help » pour les options d&apos;une commande. --db, --language
et -v sont aussi acceptées après COMMAND ; --templates ne l&apos;est pas, car après « new »
elle désigne des identifiants de modèles :
  greenlight-cli --templates ./team-templates new --templates security,team ...

Code de sortie : 0 succès, 1 résultat négatif (modèle non valide), 2 erreur d&apos;utilisation,
d&apos;entrée ou de base de données.</translation>
    </message>
</context>
<context>
    <name>greenlight::CliCommand</name>
    <message>
        <source>Show this command&apos;s help.</source>
        <translation>Afficher l&apos;aide de cette commande.</translation>
    </message>
    <message>
        <source>Use the database at PATH.</source>
        <translation>Utiliser la base de données située à PATH.</translation>
    </message>
    <message>
        <source>Log debug messages to stderr.</source>
        <translation>Écrire les messages de débogage sur stderr.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;greenlight-cli %1 --help&apos; for details.</source>
        <translation>Exécutez «&#xa0;greenlight-cli %1 --help&#xa0;» pour plus de détails.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Format de sortie&#xa0;: text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text or json)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (utilisez text ou json)</translation>
    </message>
    <message>
        <source>Print messages and write reports in LANG: en, de or fr.</source>
        <translation>Afficher les messages et rédiger les rapports en LANG : en, de ou fr.</translation>
    </message>
</context>
<context>
    <name>greenlight::CliContext</name>
    <message>
        <source>no Greenlight database at %1 (create an assessment with &apos;new&apos; or &apos;demo&apos; first, or pass --db PATH)</source>
        <translation>aucune base de données Greenlight à %1 (créez d&apos;abord une évaluation avec «&#xa0;new&#xa0;» ou «&#xa0;demo&#xa0;», ou indiquez --db PATH)</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the database</source>
        <translation>impossible de créer le dossier %1 pour la base de données</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>greenlight-cli: error: %1</source>
        <translation>greenlight-cli&#xa0;: erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>greenlight-cli: warning: %1</source>
        <translation>greenlight-cli&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (choose one of: %2)</source>
        <translation>langue « %1 » inconnue (choix possibles : %2)</translation>
    </message>
</context>
<context>
    <name>greenlight::CommandEvidenceDialog</name>
    <message>
        <source>Attach Command Output</source>
        <translation>Joindre la sortie d&apos;une commande</translation>
    </message>
    <message>
        <source>e.g. make smoke-test</source>
        <translation>par ex. make smoke-test</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Type a command and run it; its output becomes the evidence.</source>
        <translation>Saisissez une commande et exécutez-la&#xa0;; sa sortie devient la preuve.</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Joindre</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Commande&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Répertoire&#xa0;:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>Could not run the command: %1</source>
        <translation>Impossible d&apos;exécuter la commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped. Nothing to attach.</source>
        <translation>Arrêtée. Rien à joindre.</translation>
    </message>
    <message>
        <source>Timed out after %1 s. Nothing to attach.</source>
        <translation>Délai dépassé après %1 s. Rien à joindre.</translation>
    </message>
    <message>
        <source>Exit code %1 after %2 ms%3. Attach records the command, its output, exit code, directory and time.</source>
        <translation>Code de sortie %1 après %2 ms%3. Joindre enregistre la commande, sa sortie, son code de sortie, le répertoire et l&apos;heure.</translation>
    </message>
    <message>
        <source> (output truncated)</source>
        <translation> (sortie tronquée)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>The command to run; Enter runs it. Its output, exit code, folder and time become the evidence.</source>
        <translation>La commande à exécuter&#xa0;; Entrée l&apos;exécute. Sa sortie, son code de sortie, son dossier et l&apos;heure deviennent la preuve.</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <source>The folder the command runs in</source>
        <translation>Le dossier dans lequel la commande s&apos;exécute</translation>
    </message>
    <message>
        <source>Run command</source>
        <translation>Exécuter la commande</translation>
    </message>
    <message>
        <source>Runs the command and shows its output</source>
        <translation>Exécute la commande et affiche sa sortie</translation>
    </message>
    <message>
        <source>Stop command</source>
        <translation>Arrêter la commande</translation>
    </message>
    <message>
        <source>Stops the running command; nothing is attached</source>
        <translation>Arrête la commande en cours&#xa0;; rien n&apos;est joint</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>Sortie de la commande</translation>
    </message>
    <message>
        <source>What the command printed</source>
        <translation>Ce que la commande a affiché</translation>
    </message>
    <message>
        <source>Attach output</source>
        <translation>Joindre la sortie</translation>
    </message>
    <message>
        <source>Attaches the command, its output, exit code, folder and time to the item</source>
        <translation>Joint la commande, sa sortie, son code de sortie, son dossier et l&apos;heure au point de contrôle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes without attaching anything</source>
        <translation>Ferme sans rien joindre</translation>
    </message>
</context>
<context>
    <name>greenlight::CommandEvidenceRunner</name>
    <message>
        <source>the working directory %1 does not exist</source>
        <translation>le répertoire de travail %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>could not run %1: %2</source>
        <translation>impossible d&apos;exécuter %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>greenlight::CompareDialog</name>
    <message>
        <source>Improved</source>
        <translation>Amélioré</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouveau point de contrôle</translation>
    </message>
    <message>
        <source>Not in this assessment</source>
        <translation>Absent de cette évaluation</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;, %3 of %4 done, %5 failed, %6 waived</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;, %3 sur %4 terminés, %5 échoués, %6 sous dérogation</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Compare %1 With…</source>
        <translation>Comparer %1 avec…</translation>
    </message>
    <message>
        <source>Assessment to compare with</source>
        <translation>Évaluation à comparer</translation>
    </message>
    <message>
        <source>%1 — %2 %3 (%4)</source>
        <translation>%1 — %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Comparer &amp;avec&#xa0;:</translation>
    </message>
    <message>
        <source>Double-click an item to open it in the checklist</source>
        <translation>Double-cliquez sur un point de contrôle pour l&apos;ouvrir dans la liste de contrôle</translation>
    </message>
    <message>
        <source>Changed items</source>
        <translation>Points de contrôle modifiés</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>Nouveaux constats</translation>
    </message>
    <message>
        <source>Fixed findings</source>
        <translation>Constats corrigés</translation>
    </message>
    <message>
        <source>There is no other assessment to compare with.</source>
        <translation>Il n&apos;existe aucune autre évaluation avec laquelle comparer.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation>Impossible de comparer&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (then): %2&lt;br&gt;&lt;b&gt;%3&lt;/b&gt; (now): %4&lt;br&gt;%5 items changed status: &lt;span style=&quot;color:%6&quot;&gt;%7 improved&lt;/span&gt;, &lt;span style=&quot;color:%8&quot;&gt;%9 regressed&lt;/span&gt;, %10 otherwise; %11 unchanged. Findings: %12 new, %13 fixed, %14 still open.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (avant)&#xa0;: %2&lt;br&gt;&lt;b&gt;%3&lt;/b&gt; (maintenant)&#xa0;: %4&lt;br&gt;%5 points de contrôle ont changé de statut&#xa0;: &lt;span style=&quot;color:%6&quot;&gt;%7 améliorés&lt;/span&gt;, &lt;span style=&quot;color:%8&quot;&gt;%9 dégradés&lt;/span&gt;, %10 autrement&#xa0;; %11 inchangés. Constats&#xa0;: %12 nouveaux, %13 corrigés, %14 toujours ouverts.</translation>
    </message>
    <message>
        <source>Changed items (%1)</source>
        <translation>Points de contrôle modifiés (%1)</translation>
    </message>
    <message>
        <source>New findings (%1)</source>
        <translation>Nouveaux constats (%1)</translation>
    </message>
    <message>
        <source>Fixed findings (%1)</source>
        <translation>Constats corrigés (%1)</translation>
    </message>
    <message>
        <source>The earlier assessment, e.g. the last release&apos;s, whose statuses and findings this one is compared with</source>
        <translation>L&apos;évaluation antérieure, p. ex. celle de la dernière version, avec laquelle les statuts et les constats de celle-ci sont comparés</translation>
    </message>
    <message>
        <source>Items whose status changed since the other assessment</source>
        <translation>Points de contrôle dont le statut a changé depuis l&apos;autre évaluation</translation>
    </message>
    <message>
        <source>Findings open now that the other assessment did not have</source>
        <translation>Constats ouverts maintenant que l&apos;autre évaluation n&apos;avait pas</translation>
    </message>
    <message>
        <source>Findings of the other assessment that are gone now</source>
        <translation>Constats de l&apos;autre évaluation qui ont disparu</translation>
    </message>
    <message>
        <source>Items whose status changed: before, now and whether it improved or regressed. Enter or a double-click opens the item.</source>
        <translation>Points de contrôle dont le statut a changé&#xa0;: avant, maintenant et s&apos;il s&apos;est amélioré ou a régressé. Entrée ou un double-clic ouvre le point de contrôle.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes the comparison</source>
        <translation>Ferme la comparaison</translation>
    </message>
</context>
<context>
    <name>greenlight::ComposeAnalyzer</name>
    <message>
        <source>Compose service runs privileged</source>
        <translation>Service Compose exécuté en mode privilégié</translation>
    </message>
    <message>
        <source>`privileged: true` gives the container every capability and access to all host devices: a compromise of the service is a compromise of the host.</source>
        <translation>`privileged: true` donne au conteneur toutes les capabilities et l&apos;accès à tous les périphériques de l&apos;hôte&#xa0;: compromettre le service revient à compromettre l&apos;hôte.</translation>
    </message>
    <message>
        <source>Remove `privileged: true`; grant only the capabilities the service needs with `cap_add` (after `cap_drop: [ALL]`) and map single devices with `devices`.</source>
        <translation>Supprimez `privileged: true`&#xa0;; n&apos;accordez que les capabilities dont le service a besoin avec `cap_add` (après `cap_drop: [ALL]`) et mappez les périphériques un par un avec `devices`.</translation>
    </message>
    <message>
        <source>Compose service uses the host network</source>
        <translation>Service Compose utilisant le réseau de l&apos;hôte</translation>
    </message>
    <message>
        <source>`network_mode: host` removes network isolation: the service can reach (and bind) every host interface and port, including services meant to be local.</source>
        <translation>`network_mode: host` supprime l&apos;isolation réseau&#xa0;: le service peut joindre (et écouter sur) toutes les interfaces et tous les ports de l&apos;hôte, y compris des services censés rester locaux.</translation>
    </message>
    <message>
        <source>Use a bridge network and publish only the ports that must be reachable with `ports:`.</source>
        <translation>Utilisez un réseau bridge et ne publiez avec `ports:` que les ports qui doivent être accessibles.</translation>
    </message>
    <message>
        <source>Hard-coded secret in Compose environment</source>
        <translation>Secret codé en dur dans l&apos;environnement Compose</translation>
    </message>
    <message>
        <source>A password or token written into a Compose file is in the repository history for good and shared with everyone who can read it; it also tends to be reused across environments.</source>
        <translation>Un mot de passe ou un jeton écrit dans un fichier Compose reste définitivement dans l&apos;historique du dépôt et est partagé avec tous ceux qui peuvent le lire&#xa0;; il a aussi tendance à être réutilisé d&apos;un environnement à l&apos;autre.</translation>
    </message>
    <message>
        <source>Reference the value instead (`${DB_PASSWORD}` from an untracked .env or the deployment environment) or use Compose `secrets:`; rotate the exposed value.</source>
        <translation>Faites plutôt référence à la valeur (`${DB_PASSWORD}` depuis un .env non suivi ou depuis l&apos;environnement de déploiement) ou utilisez les `secrets:` de Compose&#xa0;; renouvelez la valeur exposée.</translation>
    </message>
    <message>
        <source>Compose service without healthcheck</source>
        <translation>Service Compose sans healthcheck</translation>
    </message>
    <message>
        <source>Without a healthcheck, Compose cannot tell a hung service from a healthy one, and `depends_on: condition: service_healthy` cannot order start-up. The image may define one, which a repository scan cannot see.</source>
        <translation>Sans healthcheck, Compose ne peut pas distinguer un service bloqué d&apos;un service sain, et `depends_on: condition: service_healthy` ne peut pas ordonner le démarrage. L&apos;image peut en définir un, ce qu&apos;une analyse du dépôt ne peut pas voir.</translation>
    </message>
    <message>
        <source>Add a `healthcheck:` with a cheap `test` (e.g. an HTTP readiness endpoint), `interval`, `timeout` and `retries`, unless the image already defines one.</source>
        <translation>Ajoutez un `healthcheck:` avec un `test` peu coûteux (par ex. un endpoint HTTP de disponibilité), `interval`, `timeout` et `retries`, sauf si l&apos;image en définit déjà un.</translation>
    </message>
    <message>
        <source>Compose service without resource limits</source>
        <translation>Service Compose sans limites de ressources</translation>
    </message>
    <message>
        <source>A service without memory and CPU limits can starve every other service on the host: one leak or traffic spike takes the whole machine down.</source>
        <translation>Un service sans limites de mémoire et de CPU peut priver de ressources tous les autres services de l&apos;hôte&#xa0;: une seule fuite ou un pic de trafic fait tomber toute la machine.</translation>
    </message>
    <message>
        <source>Set `deploy.resources.limits` (memory and cpus), or `mem_limit` and `cpus` for the classic Compose format.</source>
        <translation>Définissez `deploy.resources.limits` (memory et cpus), ou `mem_limit` et `cpus` pour le format Compose classique.</translation>
    </message>
    <message>
        <source>No stop_grace_period for a serving service</source>
        <translation>Pas de stop_grace_period pour un service qui traite des requêtes</translation>
    </message>
    <message>
        <source>Compose sends SIGTERM and kills the container 10 seconds later. A server that needs longer to drain in-flight requests or flush work loses them on every deploy.</source>
        <translation>Compose envoie SIGTERM puis tue le conteneur 10 secondes plus tard. Un serveur qui a besoin de plus de temps pour terminer les requêtes en cours ou vider son travail en attente les perd à chaque déploiement.</translation>
    </message>
    <message>
        <source>Set `stop_grace_period` to the drain time the application needs (e.g. `45s`, aligned with the server&apos;s graceful timeout) and, if needed, `stop_signal`.</source>
        <translation>Définissez `stop_grace_period` selon le temps de drainage dont l&apos;application a besoin (par ex. `45s`, aligné sur le délai d&apos;arrêt gracieux du serveur) et, si nécessaire, `stop_signal`.</translation>
    </message>
    <message>
        <source>not valid YAML, skipped (%1)</source>
        <translation>YAML non valide, ignoré (%1)</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; runs privileged</source>
        <translation>le service «&#xa0;%1&#xa0;» s&apos;exécute en mode privilégié</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; shares the host&apos;s network namespace</source>
        <translation>le service «&#xa0;%1&#xa0;» partage l&apos;espace de noms réseau de l&apos;hôte</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; disables its healthcheck</source>
        <translation>le service «&#xa0;%1&#xa0;» désactive son healthcheck</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; has no healthcheck</source>
        <translation>le service «&#xa0;%1&#xa0;» n&apos;a pas de healthcheck</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; has no memory or CPU limits</source>
        <translation>le service «&#xa0;%1&#xa0;» n&apos;a pas de limite de mémoire ni de CPU</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; serves requests but has no stop_grace_period (default: killed 10 s after SIGTERM)</source>
        <translation>le service «&#xa0;%1&#xa0;» traite des requêtes mais n&apos;a pas de stop_grace_period (par défaut&#xa0;: tué 10 s après SIGTERM)</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; in a production file has no stop_grace_period (default: killed 10 s after SIGTERM)</source>
        <translation>le service «&#xa0;%1&#xa0;» d&apos;un fichier de production n&apos;a pas de stop_grace_period (par défaut&#xa0;: tué 10 s après SIGTERM)</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; passes a literal secret in build arg %2</source>
        <translation>le service «&#xa0;%1&#xa0;» passe un secret en clair dans l&apos;argument de build %2</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; sets %2 to a literal secret</source>
        <translation>le service «&#xa0;%1&#xa0;» affecte un secret en clair à %2</translation>
    </message>
</context>
<context>
    <name>greenlight::ContentSnapshot</name>
    <message>
        <source>could not read the %1 for the sign-off snapshot</source>
        <translation>impossible de lire %1 pour l&apos;instantané d&apos;approbation</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>by %1 until %2</source>
        <translation>par %1 jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>l&apos;évaluation</translation>
    </message>
    <message>
        <source>there is no assessment with id %1</source>
        <translation>aucune évaluation n&apos;a l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>les preuves</translation>
    </message>
    <message>
        <source>waivers</source>
        <translation>les dérogations</translation>
    </message>
    <message>
        <source>items</source>
        <translation>les points de contrôle</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>les constats</translation>
    </message>
    <message>
        <source>assessment %1: %2 -&gt; %3</source>
        <translation>évaluation %1&#xa0;: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1&#xa0;: retiré</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation>%1&#xa0;: ajouté</translation>
    </message>
    <message>
        <source>%1: %2 %3 -&gt; %4</source>
        <translation>%1: %2 %3 -&gt; %4</translation>
    </message>
    <message>
        <source>%1: note changed</source>
        <translation>%1&#xa0;: note modifiée</translation>
    </message>
    <message>
        <source>%1: evidence added %2</source>
        <translation>%1&#xa0;: preuve ajoutée %2</translation>
    </message>
    <message>
        <source>%1: evidence removed %2</source>
        <translation>%1&#xa0;: preuve retirée %2</translation>
    </message>
    <message>
        <source>%1: waiver %2 -&gt; %3</source>
        <translation>%1&#xa0;: dérogation %2 -&gt; %3</translation>
    </message>
    <message>
        <source>finding %1 (%2): new</source>
        <translation>constat %1 (%2)&#xa0;: nouveau</translation>
    </message>
    <message>
        <source>finding %1 (%2): %3 -&gt; %4</source>
        <translation>constat %1 (%2)&#xa0;: %3 -&gt; %4</translation>
    </message>
    <message>
        <source>finding %1: gone</source>
        <translation>constat %1&#xa0;: disparu</translation>
    </message>
</context>
<context>
    <name>greenlight::CustomRuleAnalyzer</name>
    <message>
        <source>Declared in template %1</source>
        <translation>Déclarée dans le modèle %1</translation>
    </message>
    <message>
        <source>%1 does not contain &apos;%2&apos;</source>
        <translation>%1 ne contient pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 matches the forbidden pattern &apos;%2&apos;</source>
        <translation>%1 correspond au motif interdit «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>custom rule %1: more than %2 matching lines; only the first %2 are reported</source>
        <translation>règle personnalisée %1&#xa0;: plus de %2 lignes correspondantes&#xa0;; seules les %2 premières sont signalées</translation>
    </message>
    <message>
        <source>custom rule %1 could not check this file (binary or over the size limit)</source>
        <translation>la règle personnalisée %1 n&apos;a pas pu vérifier ce fichier (binaire ou au-delà de la taille limite)</translation>
    </message>
    <message>
        <source>no file matches &apos;%1&apos;, so nothing shows it contains &apos;%2&apos;</source>
        <translation>aucun fichier ne correspond à «&#xa0;%1&#xa0;», donc rien ne montre qu&apos;il contient «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>no file matches &apos;%1&apos;</source>
        <translation>aucun fichier ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is present, but no file may match &apos;%2&apos;</source>
        <translation>%1 est présent, mais aucun fichier ne doit correspondre à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>custom rule %1: invalid glob &apos;%2&apos;: %3</source>
        <translation>règle personnalisée %1&#xa0;: glob non valide «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>custom rule %1: invalid regular expression &apos;%2&apos;: %3</source>
        <translation>règle personnalisée %1&#xa0;: expression régulière non valide «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>greenlight::DashboardLoader</name>
    <message>
        <source>Could not build the burn-up: %1</source>
        <translation>Impossible de construire le burn-up&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the waivers: %1</source>
        <translation>Impossible de lire les dérogations&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>greenlight::DashboardPage</name>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Sous conditions</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>%1, stale</source>
        <translation>%1, obsolète</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>Co&amp;mparer avec…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Acceptée par</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>What changed since another assessment, e.g. the last release&apos;s: item statuses, new and fixed findings</source>
        <translation>Ce qui a changé depuis une autre évaluation, par ex. celle de la version précédente&#xa0;: statuts des points de contrôle, nouveaux constats et constats corrigés</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>By template</source>
        <translation>Par modèle</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>Par section</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Progression&#xa0;:</translation>
    </message>
    <message>
        <source>Waivers in force that lapse soon: the item counts as failed again afterwards. Double-click one to open its item in the checklist.</source>
        <translation>Dérogations en vigueur qui expirent bientôt&#xa0;: le point de contrôle compte ensuite de nouveau comme échoué. Double-cliquez sur l&apos;une d&apos;elles pour ouvrir son point de contrôle dans la liste de contrôle.</translation>
    </message>
    <message>
        <source>Waivers expiring soon</source>
        <translation>Dérogations expirant bientôt</translation>
    </message>
    <message>
        <source>Sign-off by role</source>
        <translation>Approbation par rôle</translation>
    </message>
    <message>
        <source>Waived item %1</source>
        <translation>Point de contrôle sous dérogation %1</translation>
    </message>
    <message>
        <source>Compared item %1</source>
        <translation>Point de contrôle comparé %1</translation>
    </message>
    <message>
        <source>Reading the assessment…</source>
        <translation>Lecture de l&apos;évaluation…</translation>
    </message>
    <message>
        <source>Could not read the dashboard: %1</source>
        <translation>Impossible de lire le tableau de bord&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dashboard — %1</source>
        <translation>Tableau de bord — %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message numerus="yes">
        <source>Waivers expiring within %n day(s)</source>
        <translation>
            <numerusform>Dérogations expirant dans %n jour</numerusform>
            <numerusform>Dérogations expirant dans les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>None: no waiver in force lapses that soon.</source>
        <translation>Aucune&#xa0;: aucune dérogation en vigueur n&apos;expire aussi tôt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
    <message>
        <source>Dashboard page</source>
        <translation>Page du tableau de bord</translation>
    </message>
    <message>
        <source>Refresh dashboard</source>
        <translation>Actualiser le tableau de bord</translation>
    </message>
    <message>
        <source>Reads the assessment again and redraws the dashboard</source>
        <translation>Relit l&apos;évaluation et redessine le tableau de bord</translation>
    </message>
    <message>
        <source>Progress grouping</source>
        <translation>Regroupement de la progression</translation>
    </message>
    <message>
        <source>Shows the progress chart per template or per section</source>
        <translation>Affiche le graphique de progression par modèle ou par section</translation>
    </message>
    <message>
        <source>Waivers in force that lapse soon, after which their items count as failed again. Enter or a double-click opens the item.</source>
        <translation>Dérogations en vigueur qui expirent bientôt, après quoi leurs points de contrôle comptent de nouveau comme échoués. Entrée ou un double-clic ouvre le point de contrôle.</translation>
    </message>
    <message>
        <source>Each sign-off role with its state, signer and date</source>
        <translation>Chaque rôle d&apos;approbation avec son état, son signataire et sa date</translation>
    </message>
</context>
<context>
    <name>greenlight::Database</name>
    <message>
        <source>the database %1 does not exist</source>
        <translation>la base de données %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>could not create the folder %1 for the database %2</source>
        <translation>impossible de créer le dossier %1 pour la base de données %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Greenlight database</source>
        <translation>%1 est un dossier, pas une base de données Greenlight</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Greenlight database (not an SQLite file); it was left untouched</source>
        <translation>%1 n&apos;est pas une base de données Greenlight (ce n&apos;est pas un fichier SQLite)&#xa0;; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>could not open the database %1</source>
        <translation>impossible d&apos;ouvrir la base de données %1</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program (gave up after %2 ms); close the other Greenlight or try again</source>
        <translation>la base de données %1 est verrouillée par un autre programme (abandon après %2 ms)&#xa0;; fermez l&apos;autre instance de Greenlight ou réessayez</translation>
    </message>
    <message>
        <source>no database path given</source>
        <translation>aucun chemin de base de données indiqué</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé</translation>
    </message>
    <message>
        <source>could not save the changes</source>
        <translation>impossible d&apos;enregistrer les modifications</translation>
    </message>
    <message>
        <source> (database %1)</source>
        <translation> (base de données %1)</translation>
    </message>
    <message>
        <source>%1: a nested step failed, nothing was saved</source>
        <translation>%1&#xa0;: une étape imbriquée a échoué, rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>%1 is corrupt (%2); it was left untouched. Restore it from a backup.</source>
        <translation>%1 est corrompu (%2)&#xa0;; il n&apos;a pas été modifié. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>could not configure the database connection</source>
        <translation>impossible de configurer la connexion à la base de données</translation>
    </message>
    <message>
        <source>could not check %1</source>
        <translation>impossible de vérifier %1</translation>
    </message>
    <message>
        <source>%1 is corrupt (integrity check: %2); it was left untouched. Restore it from a backup.</source>
        <translation>%1 est corrompu (contrôle d&apos;intégrité&#xa0;: %2)&#xa0;; il n&apos;a pas été modifié. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>could not read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 is not a Greenlight database (it is an SQLite file of another application); it was left untouched</source>
        <translation>%1 n&apos;est pas une base de données Greenlight (c&apos;est un fichier SQLite d&apos;une autre application)&#xa0;; il n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>%1 was written by a newer Greenlight (schema %2); this build understands up to %3. It was left untouched.</source>
        <translation>%1 a été écrit par une version plus récente de Greenlight (schéma %2)&#xa0;; cette version comprend jusqu&apos;au schéma %3. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>could not read the schema version</source>
        <translation>impossible de lire la version du schéma</translation>
    </message>
    <message>
        <source>could not upgrade %1 to schema %2</source>
        <translation>impossible de mettre à niveau %1 vers le schéma %2</translation>
    </message>
</context>
<context>
    <name>greenlight::DemoCommand</name>
    <message>
        <source>Create the demo assessment and print its id.</source>
        <translation>Créer l&apos;évaluation de démonstration et afficher son identifiant.</translation>
    </message>
    <message>
        <source>Creates an assessment of the shipped example system (examples/demo-system, a
small service with realistic readiness gaps) over all built-in templates, with
some progress already recorded, and prints its id. Each run creates a new one.</source>
        <translation>Crée une évaluation du système d&apos;exemple fourni (examples/demo-system, un petit
service présentant des lacunes de préparation réalistes) sur tous les modèles intégrés,
avec une progression déjà enregistrée, et affiche son identifiant. Chaque exécution en crée une nouvelle.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>greenlight::DependencyAnalyzer</name>
    <message>
        <source>Test or development package in production dependencies</source>
        <translation>Paquet de test ou de développement dans les dépendances de production</translation>
    </message>
    <message>
        <source>Test runners, mocking and fixture libraries and lint tools (pytest, pytest-*, coverage, factory-boy, jest, mocha, supertest, nodemon, eslint, black, ...) declared in a production manifest (requirements.txt, package.json dependencies, pyproject [project] dependencies) are installed into every production image: bigger images, slower deploys, and more third-party code an attacker can reach, with no benefit at run time.</source>
        <translation>Les exécuteurs de tests, bibliothèques de mocks et de fixtures et outils de lint (pytest, pytest-*, coverage, factory-boy, jest, mocha, supertest, nodemon, eslint, black, ...) déclarés dans un manifeste de production (requirements.txt, dependencies de package.json, dependencies de [project] dans pyproject) sont installés dans chaque image de production&#xa0;: images plus lourdes, déploiements plus lents et davantage de code tiers accessible à un attaquant, sans aucun bénéfice à l&apos;exécution.</translation>
    </message>
    <message>
        <source>Move the package to a development manifest: requirements-dev.txt or requirements-test.txt (which may start with -r requirements.txt), package.json devDependencies, [project.optional-dependencies] test/dev or a Poetry dev group, and install it only in CI and development images or build stages.</source>
        <translation>Déplacez le paquet dans un manifeste de développement&#xa0;: requirements-dev.txt ou requirements-test.txt (qui peut commencer par -r requirements.txt), devDependencies de package.json, [project.optional-dependencies] test/dev ou un groupe dev Poetry, et ne l&apos;installez que dans les images ou étapes de build de CI et de développement.</translation>
    </message>
    <message>
        <source>package.json skipped: %1</source>
        <translation>package.json ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 but is declared in the production %3 of %4</source>
        <translation>«&#xa0;%1&#xa0;» est un %2, mais il est déclaré dans la section de production %3 de %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; pulls the development requirements %2 (%3) into the production requirements %4</source>
        <translation>«&#xa0;%1&#xa0;» importe le fichier de dépendances de développement %2 (%3) dans le fichier de dépendances de production %4</translation>
    </message>
</context>
<context>
    <name>greenlight::DeploymentApproval</name>
    <message>
        <source>%1 (%2) has not signed</source>
        <translation>%1 (%2) n&apos;a pas signé</translation>
    </message>
    <message>
        <source>%1 was rejected by %2: %3</source>
        <translation>%2 a rejeté au titre de %1&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1&apos;s signature by %2 is stale (content changed since signing: %3 change(s)); re-sign</source>
        <translation>la signature de %2 au titre de %1 est obsolète (contenu modifié depuis la signature&#xa0;: %3 modification(s))&#xa0;; signez à nouveau</translation>
    </message>
    <message>
        <source>%1 (%2) is failed and its waiver expired on %3</source>
        <translation>%1 (%2) est échoué et sa dérogation a expiré le %3</translation>
    </message>
    <message>
        <source>%1 (%2) is failed without a waiver: %3</source>
        <translation>%1 (%2) est échoué sans dérogation&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>greenlight::DockerfileAnalyzer</name>
    <message>
        <source>Container runs as root</source>
        <translation>Le conteneur s&apos;exécute en tant que root</translation>
    </message>
    <message>
        <source>A container whose final stage sets no USER, or sets root, runs its process as UID 0. A compromise of the application then starts with root inside the container, one kernel bug away from root on the host.</source>
        <translation>Un conteneur dont l&apos;étape finale ne définit aucun USER, ou définit root, exécute son processus sous l&apos;UID 0. Une compromission de l&apos;application commence alors avec les droits root dans le conteneur, à un bug du noyau près des droits root sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>Create an unprivileged user in the final stage (e.g. `RUN useradd -r app`) and switch to it with `USER app` (or a numeric `USER 10001`) after the steps that need root.</source>
        <translation>Créez un utilisateur non privilégié dans l&apos;étape finale (par ex. `RUN useradd -r app`) et basculez vers cet utilisateur avec `USER app` (ou un `USER 10001` numérique) après les étapes qui nécessitent root.</translation>
    </message>
    <message>
        <source>Build context copied without a .dockerignore</source>
        <translation>Contexte de build copié sans .dockerignore</translation>
    </message>
    <message>
        <source>`COPY . .` copies the whole build context into the image. Without a .dockerignore that excludes .git and .env, the image carries the repository history and local secrets to every registry and host that pulls it.</source>
        <translation>`COPY . .` copie tout le contexte de build dans l&apos;image. Sans .dockerignore excluant .git et .env, l&apos;image emporte l&apos;historique du dépôt et les secrets locaux vers chaque registre et chaque hôte qui la récupère.</translation>
    </message>
    <message>
        <source>Add a .dockerignore next to the Dockerfile that lists at least `.git` and `.env` (plus build artifacts such as venv/, __pycache__/, node_modules/), or copy only the paths the image needs.</source>
        <translation>Ajoutez à côté du Dockerfile un .dockerignore qui liste au moins `.git` et `.env` (ainsi que les artefacts de build tels que venv/, __pycache__/, node_modules/), ou ne copiez que les chemins dont l&apos;image a besoin.</translation>
    </message>
    <message>
        <source>Base image is untagged or :latest</source>
        <translation>Image de base sans tag ou en&#xa0;:latest</translation>
    </message>
    <message>
        <source>An untagged or `:latest` base image changes under the build without notice: two builds of the same commit can ship different operating systems, and a rollback cannot reproduce the image that worked.</source>
        <translation>Une image de base sans tag ou en `:latest` change à l&apos;insu du build&#xa0;: deux builds du même commit peuvent livrer des systèmes d&apos;exploitation différents, et un retour arrière ne peut pas reproduire l&apos;image qui fonctionnait.</translation>
    </message>
    <message>
        <source>Pin the base image to an explicit version tag (e.g. `python:3.12-slim`) and preferably to its digest (`@sha256:...`), updated by a dependency bot.</source>
        <translation>Épinglez l&apos;image de base sur un tag de version explicite (par ex. `python:3.12-slim`) et de préférence sur son digest (`@sha256:...`), mis à jour par un bot de dépendances.</translation>
    </message>
    <message>
        <source>Base image not pinned by digest</source>
        <translation>Image de base non épinglée par digest</translation>
    </message>
    <message>
        <source>Tags are mutable: the publisher (or an attacker with registry access) can move them. Only a digest identifies exactly the image that was reviewed and tested.</source>
        <translation>Les tags sont modifiables&#xa0;: l&apos;éditeur (ou un attaquant ayant accès au registre) peut les déplacer. Seul un digest identifie exactement l&apos;image qui a été examinée et testée.</translation>
    </message>
    <message>
        <source>Append the digest to the tag (`FROM python:3.12-slim@sha256:...`) and let Dependabot or Renovate propose digest updates.</source>
        <translation>Ajoutez le digest au tag (`FROM python:3.12-slim@sha256:...`) et laissez Dependabot ou Renovate proposer les mises à jour de digest.</translation>
    </message>
    <message>
        <source>ADD downloads a remote URL</source>
        <translation>ADD télécharge une URL distante</translation>
    </message>
    <message>
        <source>`ADD https://...` fetches a file at build time without verifying it, so the image silently changes when the remote file does, or when the download is tampered with.</source>
        <translation>`ADD https://...` récupère un fichier au moment du build sans le vérifier&#xa0;: l&apos;image change donc silencieusement lorsque le fichier distant change ou lorsque le téléchargement est altéré.</translation>
    </message>
    <message>
        <source>Download with `RUN curl -fsSL ... &amp;&amp; sha256sum -c`, or use `ADD --checksum=sha256:...` so the build fails on unexpected content.</source>
        <translation>Téléchargez avec `RUN curl -fsSL ... &amp;&amp; sha256sum -c`, ou utilisez `ADD --checksum=sha256:...` pour que le build échoue en cas de contenu inattendu.</translation>
    </message>
    <message>
        <source>No HEALTHCHECK in the image</source>
        <translation>Pas de HEALTHCHECK dans l&apos;image</translation>
    </message>
    <message>
        <source>Without a HEALTHCHECK, Docker and Compose only know whether the process exists, not whether it serves: a hung application is never restarted and dependants start against it.</source>
        <translation>Sans HEALTHCHECK, Docker et Compose savent seulement si le processus existe, pas s&apos;il répond&#xa0;: une application bloquée n&apos;est jamais redémarrée et les services qui en dépendent démarrent quand même.</translation>
    </message>
    <message>
        <source>Add `HEALTHCHECK CMD ...` probing a cheap readiness endpoint in the final stage (or define the health check in the orchestrator instead).</source>
        <translation>Ajoutez dans l&apos;étape finale un `HEALTHCHECK CMD ...` qui interroge un endpoint de disponibilité peu coûteux (ou définissez plutôt le contrôle de santé dans l&apos;orchestrateur).</translation>
    </message>
    <message>
        <source>Secret in ENV or ARG</source>
        <translation>Secret dans ENV ou ARG</translation>
    </message>
    <message>
        <source>ENV values and ARG defaults are stored in the image configuration and history: anyone who can pull the image can read them with `docker history` or `docker inspect`.</source>
        <translation>Les valeurs ENV et les valeurs par défaut des ARG sont stockées dans la configuration et l&apos;historique de l&apos;image&#xa0;: quiconque peut récupérer l&apos;image peut les lire avec `docker history` ou `docker inspect`.</translation>
    </message>
    <message>
        <source>Remove the value from the Dockerfile and rotate it. Pass secrets at run time (environment, mounted files, a secret manager) or at build time with `RUN --mount=type=secret`.</source>
        <translation>Retirez la valeur du Dockerfile et renouvelez-la. Transmettez les secrets à l&apos;exécution (environnement, fichiers montés, gestionnaire de secrets) ou au build avec `RUN --mount=type=secret`.</translation>
    </message>
    <message>
        <source>%1 (resolved from %2)</source>
        <translation>%1 (résolu depuis %2)</translation>
    </message>
    <message>
        <source>base image %1 has no tag (implies :latest)</source>
        <translation>l&apos;image de base %1 n&apos;a pas de tag (équivaut à&#xa0;:latest)</translation>
    </message>
    <message>
        <source>base image %1 uses the floating :latest tag</source>
        <translation>l&apos;image de base %1 utilise le tag flottant&#xa0;:latest</translation>
    </message>
    <message>
        <source>base image %1 is pinned by tag only, not by digest</source>
        <translation>l&apos;image de base %1 est épinglée uniquement par tag, pas par digest</translation>
    </message>
    <message>
        <source>the final stage &apos;%1&apos; runs as USER %2</source>
        <translation>l&apos;étape finale «&#xa0;%1&#xa0;» s&apos;exécute avec USER %2</translation>
    </message>
    <message>
        <source>the final stage &apos;%1&apos; never sets USER, so the container runs as root</source>
        <translation>l&apos;étape finale «&#xa0;%1&#xa0;» ne définit jamais USER&#xa0;: le conteneur s&apos;exécute donc en tant que root</translation>
    </message>
    <message>
        <source>the final stage &apos;%1&apos; disables the health check (HEALTHCHECK NONE)</source>
        <translation>l&apos;étape finale «&#xa0;%1&#xa0;» désactive le contrôle de santé (HEALTHCHECK NONE)</translation>
    </message>
    <message>
        <source>the final stage &apos;%1&apos; has no HEALTHCHECK</source>
        <translation>l&apos;étape finale «&#xa0;%1&#xa0;» n&apos;a pas de HEALTHCHECK</translation>
    </message>
    <message>
        <source>ADD downloads %1 without verifying its checksum</source>
        <translation>ADD télécharge %1 sans vérifier sa somme de contrôle</translation>
    </message>
    <message>
        <source>ENV %1 holds a literal secret, readable by anyone who can pull the image</source>
        <translation>ENV %1 contient un secret en clair, lisible par quiconque peut récupérer l&apos;image</translation>
    </message>
    <message>
        <source>ARG %1 has a literal secret as its default, kept in the image history</source>
        <translation>ARG %1 a pour valeur par défaut un secret en clair, conservé dans l&apos;historique de l&apos;image</translation>
    </message>
    <message>
        <source>%1 excludes neither .git nor .env</source>
        <translation>%1 n&apos;exclut ni .git ni .env</translation>
    </message>
    <message>
        <source>%1 does not exclude %2</source>
        <translation>%1 n&apos;exclut pas %2</translation>
    </message>
    <message>
        <source>there is no .dockerignore next to the Dockerfile</source>
        <translation>il n&apos;y a pas de .dockerignore à côté du Dockerfile</translation>
    </message>
    <message>
        <source>%1 copies the whole build context, but %2</source>
        <translation>%1 copie tout le contexte de build, mais %2</translation>
    </message>
</context>
<context>
    <name>greenlight::DocumentationAnalyzer</name>
    <message>
        <source> Write it where operators look during an outage: docs/runbooks/ or a RUNBOOK.md at the root, under a heading that names it.</source>
        <translation> Rédigez-le là où les opérateurs regardent pendant une panne&#xa0;: docs/runbooks/ ou un RUNBOOK.md à la racine, sous un titre qui le nomme.</translation>
    </message>
    <message>
        <source>No rollback runbook</source>
        <translation>Pas de runbook de retour arrière</translation>
    </message>
    <message>
        <source>A failed release is rolled back under time pressure; without written steps (previous image tag, migration reversal, traffic switch-back) the outage grows while people improvise.</source>
        <translation>Une version défaillante est annulée sous la pression du temps&#xa0;; sans étapes écrites (tag d&apos;image précédent, annulation de la migration, rebasculement du trafic), la panne s&apos;aggrave pendant que l&apos;équipe improvise.</translation>
    </message>
    <message>
        <source>Document how to roll back a deployment and a database migration, who decides, and how to verify the result.</source>
        <translation>Documentez comment effectuer le retour arrière d&apos;un déploiement et d&apos;une migration de base de données, qui décide, et comment vérifier le résultat.</translation>
    </message>
    <message>
        <source>No backup runbook</source>
        <translation>Pas de runbook de sauvegarde</translation>
    </message>
    <message>
        <source>Backups nobody documented are taken inconsistently (or not before risky migrations) and their location and retention are unknown when needed.</source>
        <translation>Les sauvegardes que personne n&apos;a documentées sont effectuées de façon irrégulière (ou pas avant les migrations risquées), et leur emplacement et leur durée de conservation sont inconnus le moment venu.</translation>
    </message>
    <message>
        <source>Document what is backed up (application and audit databases, object storage), how and how often, where the backups live, and how to take one by hand before a migration.</source>
        <translation>Documentez ce qui est sauvegardé (bases de données applicatives et d&apos;audit, stockage objet), comment et à quelle fréquence, où se trouvent les sauvegardes, et comment en effectuer une manuellement avant une migration.</translation>
    </message>
    <message>
        <source>No restore / disaster-recovery runbook</source>
        <translation>Pas de runbook de restauration / reprise après sinistre</translation>
    </message>
    <message>
        <source>A backup is only as good as the restore: without verified restore steps the recovery time in a disaster is unknown, and so is whether it works.</source>
        <translation>Une sauvegarde ne vaut que par sa restauration&#xa0;: sans étapes de restauration vérifiées, le temps de reprise en cas de sinistre est inconnu, tout comme le fait qu&apos;elle fonctionne.</translation>
    </message>
    <message>
        <source>Document the restore procedure step by step, how a restore is verified, and the date and result of the last restore drill.</source>
        <translation>Documentez pas à pas la procédure de restauration, la manière de vérifier une restauration, ainsi que la date et le résultat du dernier exercice de restauration.</translation>
    </message>
    <message>
        <source>No key rotation runbook</source>
        <translation>Pas de runbook de rotation des clés</translation>
    </message>
    <message>
        <source>Keys leak; rotating one without a procedure (for example a SECRET_KEY or a field-encryption key that needs data re-encrypted) risks an outage or data loss, so leaked keys stay in use.</source>
        <translation>Les clés fuient&#xa0;; en renouveler une sans procédure (par exemple une SECRET_KEY ou une clé de chiffrement de champs qui impose de rechiffrer des données) risque de provoquer une panne ou une perte de données, si bien que les clés compromises restent en service.</translation>
    </message>
    <message>
        <source>Document how each secret and key is rotated, in which order, how data encrypted with an old key is re-encrypted, and how to verify nothing still uses the old key.</source>
        <translation>Documentez comment chaque secret et chaque clé est renouvelé, dans quel ordre, comment les données chiffrées avec une ancienne clé sont rechiffrées, et comment vérifier que plus rien n&apos;utilise l&apos;ancienne clé.</translation>
    </message>
    <message>
        <source>No incident response runbook</source>
        <translation>Pas de runbook de réponse aux incidents</translation>
    </message>
    <message>
        <source>Without an agreed incident process (who is on call, how to escalate, how to communicate, when to write a post-mortem) incidents last longer and repeat.</source>
        <translation>Sans processus d&apos;incident convenu (qui est d&apos;astreinte, comment escalader, comment communiquer, quand rédiger un post-mortem), les incidents durent plus longtemps et se répètent.</translation>
    </message>
    <message>
        <source>Document on-call, severity levels, escalation paths and contacts, communication, and the post-mortem process.</source>
        <translation>Documentez l&apos;astreinte, les niveaux de gravité, les chemins d&apos;escalade et les contacts, la communication et le processus de post-mortem.</translation>
    </message>
    <message>
        <source>No SECURITY.md</source>
        <translation>Pas de SECURITY.md</translation>
    </message>
    <message>
        <source>Without a security policy, people who find a vulnerability do not know how to report it privately, and may open a public issue instead.</source>
        <translation>Sans politique de sécurité, les personnes qui découvrent une vulnérabilité ne savent pas comment la signaler en privé et risquent d&apos;ouvrir une issue publique à la place.</translation>
    </message>
    <message>
        <source>Add SECURITY.md at the root (or in .github/ or docs/) naming the supported versions and a private reporting channel (security contact, GitHub private vulnerability reporting).</source>
        <translation>Ajoutez un SECURITY.md à la racine (ou dans .github/ ou docs/) qui indique les versions prises en charge et un canal de signalement privé (contact sécurité, signalement privé de vulnérabilités GitHub).</translation>
    </message>
    <message>
        <source>no SECURITY.md at the repository root, in .github/ or in docs/: there is no published way to report a vulnerability privately</source>
        <translation>pas de SECURITY.md à la racine du dépôt, dans .github/ ni dans docs/&#xa0;: aucun moyen publié ne permet de signaler une vulnérabilité en privé</translation>
    </message>
    <message>
        <source>rollback (roll back, revert a deployment, switch traffic back)</source>
        <translation>le retour arrière (roll back, revert a deployment, switch traffic back)</translation>
    </message>
    <message>
        <source>docs/runbooks/rollback.md: how to roll back a failed deployment or migration (previous image tag, database restore) and verify it</source>
        <translation>docs/runbooks/rollback.md&#xa0;: comment effectuer le retour arrière d&apos;un déploiement ou d&apos;une migration en échec (tag d&apos;image précédent, restauration de la base de données) et le vérifier</translation>
    </message>
    <message>
        <source>backups (backup, back up)</source>
        <translation>les sauvegardes (backup, back up)</translation>
    </message>
    <message>
        <source>docs/runbooks/backup.md: what is backed up, how and how often, where it is kept, and the manual backup before a migration</source>
        <translation>docs/runbooks/backup.md&#xa0;: ce qui est sauvegardé, comment et à quelle fréquence, où les sauvegardes sont conservées, et la sauvegarde manuelle avant une migration</translation>
    </message>
    <message>
        <source>restore (restore, disaster recovery, DR drill, recovery procedure)</source>
        <translation>la restauration (restore, disaster recovery, DR drill, recovery procedure)</translation>
    </message>
    <message>
        <source>docs/runbooks/disaster-recovery.md: verified steps to restore the databases from backup, and the last restore drill</source>
        <translation>docs/runbooks/disaster-recovery.md&#xa0;: étapes vérifiées pour restaurer les bases de données depuis une sauvegarde, et le dernier exercice de restauration</translation>
    </message>
    <message>
        <source>key rotation (rotating keys, secrets, credentials, tokens)</source>
        <translation>la rotation des clés (rotating keys, secrets, credentials, tokens)</translation>
    </message>
    <message>
        <source>docs/runbooks/key-rotation.md: how each key and secret is rotated, including re-encrypting data</source>
        <translation>docs/runbooks/key-rotation.md&#xa0;: comment chaque clé et chaque secret est renouvelé, y compris le rechiffrement des données</translation>
    </message>
    <message>
        <source>incident response (incident, on-call, escalation, post-mortem)</source>
        <translation>la réponse aux incidents (incident, on-call, escalation, post-mortem)</translation>
    </message>
    <message>
        <source>docs/runbooks/incident-response.md: on-call, escalation, communication and post-mortems</source>
        <translation>docs/runbooks/incident-response.md&#xa0;: astreinte, escalade, communication et post-mortems</translation>
    </message>
    <message numerus="yes">
        <source>no runbook for %1: none of the %n documentation file(s) (docs/, doc/, runbooks/, ops/, READMEs, RUNBOOK*, DEPLOY*, ...) has a heading on it or a paragraph giving steps or a procedure for it; write one, e.g. %2</source>
        <translation>
            <numerusform>aucun runbook pour %1&#xa0;: aucun titre sur ce sujet ni aucun paragraphe donnant des étapes ou une procédure dans %n fichier de documentation (docs/, doc/, runbooks/, ops/, READMEs, RUNBOOK*, DEPLOY*, ...)&#xa0;; rédigez-en un, par ex. %2</numerusform>
            <numerusform>aucun runbook pour %1&#xa0;: aucun titre sur ce sujet ni aucun paragraphe donnant des étapes ou une procédure dans les %n fichiers de documentation (docs/, doc/, runbooks/, ops/, READMEs, RUNBOOK*, DEPLOY*, ...)&#xa0;; rédigez-en un, par ex. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::Ed25519Signer</name>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>libsodium n&apos;a pas pu être initialisée</translation>
    </message>
    <message>
        <source>could not write the key file %1: %2</source>
        <translation>impossible d&apos;écrire le fichier de clé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already exists; a signing key is never overwritten</source>
        <translation>%1 existe déjà&#xa0;; une clé de signature n&apos;est jamais écrasée</translation>
    </message>
    <message>
        <source>could not create the key folder %1</source>
        <translation>impossible de créer le dossier de clés %1</translation>
    </message>
    <message>
        <source>could not read the key file %1: %2</source>
        <translation>impossible de lire le fichier de clé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the key file %1 is readable by others; run chmod 600 on it</source>
        <translation>le fichier de clé %1 est lisible par d&apos;autres utilisateurs&#xa0;; exécutez chmod 600 sur ce fichier</translation>
    </message>
    <message>
        <source>%1 is not a Greenlight Ed25519 key file</source>
        <translation>%1 n&apos;est pas un fichier de clé Ed25519 de Greenlight</translation>
    </message>
</context>
<context>
    <name>greenlight::EditItemCommand</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>Passer %1 à %2</translation>
    </message>
    <message>
        <source>Clear owner of %1</source>
        <translation>Effacer le responsable de %1</translation>
    </message>
    <message>
        <source>Set owner of %1 to %2</source>
        <translation>Définir %2 comme responsable de %1</translation>
    </message>
    <message>
        <source>Edit note of %1</source>
        <translation>Modifier la note de %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>greenlight::EvidenceCommand</name>
    <message>
        <source>Attach, list, export and verify evidence.</source>
        <translation>Joindre, lister, exporter et vérifier des preuves.</translation>
    </message>
    <message>
        <source>add|list|export|verify ASSESSMENT ...</source>
        <translation>add|list|export|verify ASSESSMENT ...</translation>
    </message>
    <message>
        <source>evidence add ASSESSMENT ITEM-ID (--file PATH | --url URL | --note TEXT |
    --command CMD | --ref PATH:FROM-TO | --finding FINGERPRINT)
    [--valid-until DATE] [--max-size BYTES]
evidence list ASSESSMENT [ITEM-ID] [--format text|json]
evidence export ASSESSMENT DIR
evidence verify ASSESSMENT   (exit 1 when a file is missing or altered)
Files are copied into the vault beside the database (at most %1 MiB each
unless --max-size says otherwise; suffixes k, M, G); --finding attaches a
recorded scan finding (its fingerprint, from &apos;scan --format json&apos;);
--command runs CMD with sh in the current directory and records its output
and exit code.</source>
        <translation>evidence add ASSESSMENT ITEM-ID (--file PATH | --url URL | --note TEXT |
    --command CMD | --ref PATH:FROM-TO | --finding FINGERPRINT)
    [--valid-until DATE] [--max-size BYTES]
evidence list ASSESSMENT [ITEM-ID] [--format text|json]
evidence export ASSESSMENT DIR
evidence verify ASSESSMENT   (code de sortie 1 si un fichier est manquant ou altéré)
Les fichiers sont copiés dans le coffre situé à côté de la base de données (%1 MiB au plus
chacun, sauf indication contraire de --max-size&#xa0;; suffixes k, M, G)&#xa0;; --finding joint un
constat d&apos;analyse enregistré (son empreinte, issue de «&#xa0;scan --format json&#xa0;»)&#xa0;;
--command exécute CMD avec sh dans le répertoire courant et enregistre sa sortie
et son code de sortie.</translation>
    </message>
    <message>
        <source>A file to copy into the vault.</source>
        <translation>Un fichier à copier dans le coffre.</translation>
    </message>
    <message>
        <source>A link.</source>
        <translation>Un lien.</translation>
    </message>
    <message>
        <source>A free-text note.</source>
        <translation>Une note en texte libre.</translation>
    </message>
    <message>
        <source>A command to run; its output is kept.</source>
        <translation>Une commande à exécuter&#xa0;; sa sortie est conservée.</translation>
    </message>
    <message>
        <source>A repository file and line range.</source>
        <translation>Un fichier du dépôt et une plage de lignes.</translation>
    </message>
    <message>
        <source>A recorded scan finding, by its fingerprint.</source>
        <translation>Un constat d&apos;analyse enregistré, désigné par son empreinte.</translation>
    </message>
    <message>
        <source>Evidence is stale after this date.</source>
        <translation>La preuve est périmée après cette date.</translation>
    </message>
    <message>
        <source>Refuse files larger than BYTES (default 100M).</source>
        <translation>Refuser les fichiers de plus de BYTES (100M par défaut).</translation>
    </message>
    <message>
        <source>expected add, list, export or verify</source>
        <translation>add, list, export ou verify attendu</translation>
    </message>
    <message>
        <source>expected ASSESSMENT and DIR</source>
        <translation>ASSESSMENT et DIR attendus</translation>
    </message>
    <message>
        <source>expected ASSESSMENT</source>
        <translation>ASSESSMENT attendu</translation>
    </message>
    <message>
        <source>unknown evidence command &apos;%1&apos;</source>
        <translation>commande evidence inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected ASSESSMENT and ITEM-ID</source>
        <translation>ASSESSMENT et ITEM-ID attendus</translation>
    </message>
    <message>
        <source>give exactly one of --file, --url, --note, --command, --ref, --finding</source>
        <translation>indiquez exactement une option parmi --file, --url, --note, --command, --ref, --finding</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size (e.g. 250M)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une taille (par ex. 250M)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--ref expects PATH:FROM-TO, e.g. src/app.py:10-24</source>
        <translation>--ref attend PATH:FROM-TO, par ex. src/app.py:10-24</translation>
    </message>
    <message>
        <source>the command timed out</source>
        <translation>la commande a dépassé le délai imparti</translation>
    </message>
    <message>
        <source>%1: evidence %2 added (%3, sha256 %4)</source>
        <translation>%1&#xa0;: preuve %2 ajoutée (%3, sha256 %4)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>expected ASSESSMENT [ITEM-ID]</source>
        <translation>ASSESSMENT [ITEM-ID] attendu</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>aucune preuve</translation>
    </message>
    <message>
        <source> [stale since %1]</source>
        <translation> [périmée depuis le %1]</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>exported %1 record(s), %2 file(s) to %3</source>
        <translation>%1 enregistrement(s) et %2 fichier(s) exportés vers %3</translation>
    </message>
    <message>
        <source>ok: %1 evidence file(s) intact</source>
        <translation>ok&#xa0;: %1 fichier(s) de preuve intact(s)</translation>
    </message>
</context>
<context>
    <name>greenlight::EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
    <message>
        <source>Link (URL)…</source>
        <translation>Lien (URL)…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Repository Reference…</source>
        <translation>Référence au dépôt…</translation>
    </message>
    <message>
        <source>Command Output…</source>
        <translation>Sortie de commande…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Evidence added from now on shows as stale after this day</source>
        <translation>Les preuves ajoutées à partir de maintenant apparaîtront comme périmées après ce jour</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Drop files here or use Add.</source>
        <translation>Déposez des fichiers ici ou utilisez Ajouter.</translation>
    </message>
    <message>
        <source>Could not read the evidence: %1</source>
        <translation>Impossible de lire les preuves&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
%2
Added %3 by %4
SHA-256 %5</source>
        <translation>%1
%2
Ajoutée le %3 par %4
SHA-256 %5</translation>
    </message>
    <message>
        <source>
Exit code %1 in %2</source>
        <translation>
Code de sortie %1 en %2</translation>
    </message>
    <message>
        <source>
Valid until %1</source>
        <translation>
Valide jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Preuves (%1)</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> — stale (valid until %1)</source>
        <translation> — périmée (valide jusqu&apos;au %1)</translation>
    </message>
    <message>
        <source>Adding evidence…</source>
        <translation>Ajout de la preuve…</translation>
    </message>
    <message>
        <source>Adding evidence (%1 under way)…</source>
        <translation>Ajout de preuves (%1 en cours)…</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Ajout effectué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Ajout impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Retrait impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removed from the list. The record and its file stay in the audit trail.</source>
        <translation>Retirée de la liste. L&apos;enregistrement et son fichier restent dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Retirer la preuve</translation>
    </message>
    <message>
        <source>Remove “%1” from this item?

It disappears from the list, but the record and its file are kept and the removal is recorded in the audit trail.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de ce point de contrôle&#xa0;?

La preuve disparaît de la liste, mais l&apos;enregistrement et son fichier sont conservés et le retrait est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attach Link</source>
        <translation>Joindre un lien</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL&#xa0;:</translation>
    </message>
    <message>
        <source>Not added: “%1” is not an absolute URL.</source>
        <translation>Ajout impossible&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une URL absolue.</translation>
    </message>
    <message>
        <source>Attach Note</source>
        <translation>Joindre une note</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Attach Repository Reference</source>
        <translation>Joindre une référence au dépôt</translation>
    </message>
    <message>
        <source>PATH:FROM-TO (e.g. src/auth/login.cpp:40-58):</source>
        <translation>PATH:FROM-TO (par ex. src/auth/login.cpp:40-58)&#xa0;:</translation>
    </message>
    <message>
        <source>Not added: write the reference as PATH:FROM-TO.</source>
        <translation>Ajout impossible&#xa0;: écrivez la référence sous la forme PATH:FROM-TO.</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>Aucune application ne peut ouvrir %1.</translation>
    </message>
    <message>
        <source>
… (preview shows the first %1)</source>
        <translation>
… (l&apos;aperçu affiche les premiers %1)</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter une preuve</translation>
    </message>
    <message>
        <source>Attaches a file, link, note, repository reference or command output to the item; files can also be dropped on the panel</source>
        <translation>Joint un fichier, un lien, une note, une référence au dépôt ou la sortie d&apos;une commande au point de contrôle&#xa0;; les fichiers peuvent aussi être déposés sur le panneau</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Ouvrir la preuve</translation>
    </message>
    <message>
        <source>Opens the selected evidence file or link in its application</source>
        <translation>Ouvre le fichier ou le lien de preuve sélectionné dans son application</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Retirer la preuve</translation>
    </message>
    <message>
        <source>Removes the selected evidence from the item; the record and its file stay in the audit trail</source>
        <translation>Retire la preuve sélectionnée du point de contrôle&#xa0;; l&apos;enregistrement et son fichier restent dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>New evidence valid &amp;until</source>
        <translation>Nouvelles preuves valides &amp;jusqu&apos;au</translation>
    </message>
    <message>
        <source>Expiry for new evidence</source>
        <translation>Expiration des nouvelles preuves</translation>
    </message>
    <message>
        <source>When checked, evidence added from now on shows as stale after the chosen day</source>
        <translation>Si cette case est cochée, les preuves ajoutées à partir de maintenant apparaissent comme périmées après le jour choisi</translation>
    </message>
    <message>
        <source>The day after which evidence added from now on shows as stale</source>
        <translation>Le jour après lequel les preuves ajoutées à partir de maintenant apparaissent comme périmées</translation>
    </message>
    <message>
        <source>Evidence list</source>
        <translation>Liste des preuves</translation>
    </message>
    <message>
        <source>The evidence attached to the item: what it is, who added it and its hash. Select one to preview it; Enter opens it.</source>
        <translation>Les preuves jointes au point de contrôle&#xa0;: leur nature, qui les a ajoutées et leur empreinte. Sélectionnez-en une pour en afficher l&apos;aperçu&#xa0;; Entrée l&apos;ouvre.</translation>
    </message>
    <message>
        <source>Evidence preview</source>
        <translation>Aperçu de la preuve</translation>
    </message>
    <message>
        <source>The text of the selected note, command output or text file</source>
        <translation>Le texte de la note, de la sortie de commande ou du fichier texte sélectionné</translation>
    </message>
</context>
<context>
    <name>greenlight::EvidenceRequirement</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultative</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>greenlight::EvidenceStore</name>
    <message>
        <source>the valid-until date is not a valid date</source>
        <translation>la date de fin de validité n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>no evidence file given</source>
        <translation>aucun fichier de preuve indiqué</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute URL (e.g. https://ci.example.com/run/42)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL absolue (par ex. https://ci.example.com/run/42)</translation>
    </message>
    <message>
        <source>an evidence note needs text</source>
        <translation>une note de preuve doit contenir du texte</translation>
    </message>
    <message>
        <source>the note is too long (%1 characters, at most %2)</source>
        <translation>la note est trop longue (%1 caractères, %2 au maximum)</translation>
    </message>
    <message>
        <source>command evidence needs the command that produced it</source>
        <translation>une preuve de type commande nécessite la commande qui l&apos;a produite</translation>
    </message>
    <message>
        <source>a repository reference needs a path</source>
        <translation>une référence au dépôt nécessite un chemin</translation>
    </message>
    <message>
        <source>the reference %1 must be a path inside the repository</source>
        <translation>la référence %1 doit être un chemin à l&apos;intérieur du dépôt</translation>
    </message>
    <message>
        <source>the line range %1-%2 is not valid (FROM &gt;= 1, TO &gt;= FROM)</source>
        <translation>la plage de lignes %1-%2 n&apos;est pas valide (FROM &gt;= 1, TO &gt;= FROM)</translation>
    </message>
    <message>
        <source>finding evidence needs the finding&apos;s fingerprint</source>
        <translation>une preuve de type constat nécessite l&apos;empreinte du constat</translation>
    </message>
    <message>
        <source>could not look up the finding</source>
        <translation>impossible de rechercher le constat</translation>
    </message>
    <message>
        <source>assessment %1 has no scan finding %2</source>
        <translation>l&apos;évaluation %1 n&apos;a pas de constat d&apos;analyse %2</translation>
    </message>
    <message>
        <source>could not attach evidence to %1</source>
        <translation>impossible de joindre la preuve à %1</translation>
    </message>
    <message>
        <source>could not load the evidence</source>
        <translation>impossible de charger les preuves</translation>
    </message>
    <message>
        <source>could not load evidence %1</source>
        <translation>impossible de charger la preuve %1</translation>
    </message>
    <message>
        <source>there is no evidence with id %1</source>
        <translation>aucune preuve n&apos;a l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>could not remove evidence %1</source>
        <translation>impossible de retirer la preuve %1</translation>
    </message>
    <message>
        <source>evidence %1 was already removed</source>
        <translation>la preuve %1 a déjà été retirée</translation>
    </message>
    <message>
        <source>%1 (evidence %2 of %3) is missing from the vault: %4</source>
        <translation>%1 (preuve %2 de %3) est absent du coffre&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 (evidence %2 of %3) was altered in the vault: %4</source>
        <translation>%1 (preuve %2 de %3) a été altéré dans le coffre&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>greenlight::EvidenceVault</name>
    <message>
        <source>the evidence file %1 does not exist</source>
        <translation>le fichier de preuve %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not a regular file; attach files one by one</source>
        <translation>%1 n&apos;est pas un fichier ordinaire&#xa0;; joignez les fichiers un par un</translation>
    </message>
    <message>
        <source>%1 is %2, larger than the evidence size limit of %3; attach a link to it instead or raise the limit</source>
        <translation>%1 fait %2, ce qui dépasse la taille limite des preuves (%3)&#xa0;; joignez plutôt un lien vers ce fichier ou augmentez la limite</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>could not write to the evidence vault %1: %2</source>
        <translation>impossible d&apos;écrire dans le coffre de preuves %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being copied; try again</source>
        <translation>%1 a changé pendant la copie&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>the evidence is %1, larger than the evidence size limit of %2</source>
        <translation>la preuve fait %1, ce qui dépasse la taille limite des preuves (%2)</translation>
    </message>
    <message>
        <source>could not create the evidence vault folder %1</source>
        <translation>impossible de créer le dossier du coffre de preuves %1</translation>
    </message>
    <message>
        <source>could not save evidence in the vault %1 (disk full?): %2</source>
        <translation>impossible d&apos;enregistrer la preuve dans le coffre %1 (disque plein&#xa0;?)&#xa0;: %2</translation>
    </message>
    <message>
        <source>the evidence vault has no content %1</source>
        <translation>le coffre de preuves ne contient pas le contenu %1</translation>
    </message>
</context>
<context>
    <name>greenlight::ExpiringWaiversDialog</name>
    <message>
        <source>Waivers Expiring Soon</source>
        <translation>Dérogations expirant bientôt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Expiring &amp;within:</source>
        <translation>Expirant &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Acceptée par</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Waivers expiring soon</source>
        <translation>Dérogations expirant bientôt</translation>
    </message>
    <message>
        <source>Could not read the waivers: %1</source>
        <translation>Impossible de lire les dérogations&#xa0;: %1</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message numerus="yes">
        <source>No waiver lapses within %n day(s).</source>
        <translation>
            <numerusform>Aucune dérogation n&apos;expire d&apos;ici %n jour.</numerusform>
            <numerusform>Aucune dérogation n&apos;expire d&apos;ici %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiver(s) lapse within the period; their items count as failed again afterwards. Double-click one to open it.</source>
        <translation>
            <numerusform>%n dérogation expire au cours de la période&#xa0;; son point de contrôle compte ensuite de nouveau comme échoué. Double-cliquez dessus pour l&apos;ouvrir.</numerusform>
            <numerusform>%n dérogations expirent au cours de la période&#xa0;; leurs points de contrôle comptent ensuite de nouveau comme échoués. Double-cliquez sur l&apos;une d&apos;elles pour l&apos;ouvrir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Jours à venir</translation>
    </message>
    <message>
        <source>Shows the waivers that lapse within this many days</source>
        <translation>Affiche les dérogations qui expirent dans ce nombre de jours</translation>
    </message>
    <message>
        <source>Waivers that lapse within the period, soonest first: item, expiry, days left, who accepted the risk, why and the ticket. Enter or a double-click opens the item.</source>
        <translation>Dérogations qui expirent pendant la période, les plus proches en premier&#xa0;: point de contrôle, expiration, jours restants, qui a accepté le risque, pourquoi et le ticket. Entrée ou un double-clic ouvre le point de contrôle.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes the list of expiring waivers</source>
        <translation>Ferme la liste des dérogations qui expirent</translation>
    </message>
</context>
<context>
    <name>greenlight::ExportPackDialog</name>
    <message>
        <source>&amp;Open the pack when it is written</source>
        <translation>&amp;Ouvrir le dossier une fois écrit</translation>
    </message>
    <message>
        <source>Export Approval Pack</source>
        <translation>Exporter le dossier d&apos;approbation</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Taille de page&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez un fichier à écrire.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <source>The file exists and will be replaced.</source>
        <translation>Le fichier existe et sera remplacé.</translation>
    </message>
    <message>
        <source>The pack&apos;s file format: PDF, HTML, Markdown or JSON</source>
        <translation>Le format de fichier du dossier&#xa0;: PDF, HTML, Markdown ou JSON</translation>
    </message>
    <message>
        <source>The paper size of a PDF pack</source>
        <translation>Le format de papier d&apos;un dossier PDF</translation>
    </message>
    <message>
        <source>Where the pack is written; its suffix follows the format</source>
        <translation>L&apos;emplacement où le dossier est écrit&#xa0;; son extension suit le format</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Parcourir pour choisir le fichier</translation>
    </message>
    <message>
        <source>Chooses where to write the pack in a file dialog</source>
        <translation>Choisit où écrire le dossier dans une boîte de dialogue de fichier</translation>
    </message>
    <message>
        <source>Open when written</source>
        <translation>Ouvrir une fois écrit</translation>
    </message>
    <message>
        <source>Opens the pack in its application once it is written</source>
        <translation>Ouvre le dossier dans son application une fois écrit</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Writes the approval pack to the file</source>
        <translation>Écrit le dossier d&apos;approbation dans le fichier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes without writing anything</source>
        <translation>Ferme sans rien écrire</translation>
    </message>
</context>
<context>
    <name>greenlight::FileReader</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1, limit %2</source>
        <translation>%1, limite %2</translation>
    </message>
    <message>
        <source>%1 (%2 bytes), limit %3</source>
        <translation>%1 (%2 octets), limite %3</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>contains NUL bytes</source>
        <translation>contient des octets NUL</translation>
    </message>
</context>
<context>
    <name>greenlight::FileWalker</name>
    <message>
        <source>Cannot scan %1: %2</source>
        <translation>Impossible d&apos;analyser %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot scan %1: it is not a folder</source>
        <translation>Impossible d&apos;analyser %1&#xa0;: ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>path too long</source>
        <translation>chemin trop long</translation>
    </message>
    <message>
        <source>directory already walked as &apos;%1&apos;</source>
        <translation>répertoire déjà parcouru sous «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>listing stopped early: %1</source>
        <translation>listage interrompu prématurément&#xa0;: %1</translation>
    </message>
    <message>
        <source>named pipe</source>
        <translation>tube nommé</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>socket</translation>
    </message>
    <message>
        <source>device file</source>
        <translation>fichier de périphérique</translation>
    </message>
    <message>
        <source>symbolic link loop</source>
        <translation>boucle de liens symboliques</translation>
    </message>
    <message>
        <source>dangling symlink</source>
        <translation>lien symbolique orphelin</translation>
    </message>
    <message>
        <source>symbolic link to a special file</source>
        <translation>lien symbolique vers un fichier spécial</translation>
    </message>
    <message>
        <source>symbolic link to a folder outside the scanned folder</source>
        <translation>lien symbolique vers un dossier situé hors du dossier analysé</translation>
    </message>
    <message>
        <source>symbolic link to a file outside the scanned folder</source>
        <translation>lien symbolique vers un fichier situé hors du dossier analysé</translation>
    </message>
    <message>
        <source>symbolic link loops back to the scanned folder</source>
        <translation>lien symbolique qui reboucle sur le dossier analysé</translation>
    </message>
    <message>
        <source>symbolic link loops back to &apos;%1&apos;</source>
        <translation>lien symbolique qui reboucle sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>symbolic link to &apos;%1&apos;, which is scanned there</source>
        <translation>lien symbolique vers «&#xa0;%1&#xa0;», qui est analysé à cet emplacement</translation>
    </message>
</context>
<context>
    <name>greenlight::FilterBar</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Filter by key, title, owner, note or guidance (Ctrl+F)</source>
        <translation>Filtrer par clé, titre, responsable, note ou conseils (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation>Filtrer les points de contrôle</translation>
    </message>
    <message>
        <source>Items picked on the dashboard. Click to show every item again.</source>
        <translation>Points de contrôle sélectionnés dans le tableau de bord. Cliquez pour afficher de nouveau tous les points de contrôle.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Affichage de %1 sur %2</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 point de contrôle</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 points de contrôle</translation>
    </message>
    <message>
        <source>Shows only the items whose key, title, owner, note or guidance contains the text</source>
        <translation>Affiche uniquement les points de contrôle dont la clé, le titre, le responsable, la note ou les conseils contiennent le texte</translation>
    </message>
    <message>
        <source>Shows only the items with the chosen statuses; none chosen shows every status</source>
        <translation>Affiche uniquement les points de contrôle ayant les statuts choisis&#xa0;; si aucun n&apos;est choisi, tous les statuts sont affichés</translation>
    </message>
    <message>
        <source>Shows only the items of the chosen severities; none chosen shows every severity</source>
        <translation>Affiche uniquement les points de contrôle des gravités choisies&#xa0;; si aucune n&apos;est choisie, toutes les gravités sont affichées</translation>
    </message>
    <message>
        <source>Dashboard item filter</source>
        <translation>Filtre de points de contrôle du tableau de bord</translation>
    </message>
    <message>
        <source>Shows only the items picked on the dashboard; press it to show every item again</source>
        <translation>Affiche uniquement les points de contrôle sélectionnés sur le tableau de bord&#xa0;; appuyez dessus pour afficher de nouveau tous les points de contrôle</translation>
    </message>
    <message>
        <source>Removes the text, status, severity and dashboard filters</source>
        <translation>Retire les filtres de texte, de statut, de gravité et du tableau de bord</translation>
    </message>
</context>
<context>
    <name>greenlight::FindingCollector</name>
    <message>
        <source>rule &apos;%1&apos; is not in the catalogue: its findings were dropped</source>
        <translation>la règle «&#xa0;%1&#xa0;» ne figure pas dans le catalogue&#xa0;: ses constats ont été ignorés</translation>
    </message>
</context>
<context>
    <name>greenlight::FindingContext</name>
    <message>
        <source>This finding is about the repository as a whole.</source>
        <translation>Ce constat concerne le dépôt dans son ensemble.</translation>
    </message>
    <message>
        <source>The finding&apos;s path lies outside the repository.</source>
        <translation>Le chemin du constat se trouve hors du dépôt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is too large to show the lines around the finding.</source>
        <translation>Le fichier est trop volumineux pour afficher les lignes autour du constat.</translation>
    </message>
    <message>
        <source>The file has changed since the scan: it has no line %1 now.</source>
        <translation>Le fichier a changé depuis l&apos;analyse&#xa0;: il n&apos;a plus de ligne %1.</translation>
    </message>
</context>
<context>
    <name>greenlight::FindingDetailView</name>
    <message>
        <source>How to fix</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Points de contrôle</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Select a finding to see where it is and how to fix it.</source>
        <translation>Sélectionnez un constat pour voir où il se trouve et comment le corriger.</translation>
    </message>
    <message>
        <source>No checklist item names this rule.</source>
        <translation>Aucun point de contrôle ne cite cette règle.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Checklist items of this finding</source>
        <translation>Points de contrôle de ce constat</translation>
    </message>
    <message>
        <source>The checklist items this rule bears on; activate one to open it in the checklist</source>
        <translation>Les points de contrôle concernés par cette règle&#xa0;; activez-en un pour l&apos;ouvrir dans la liste de contrôle</translation>
    </message>
    <message>
        <source>The lines around the finding, with its own lines highlighted</source>
        <translation>Les lignes autour du constat, ses propres lignes étant mises en évidence</translation>
    </message>
</context>
<context>
    <name>greenlight::FindingState</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corrigé</translation>
    </message>
</context>
<context>
    <name>greenlight::FindingsChart</name>
    <message>
        <source>Open findings by severity</source>
        <translation>Constats ouverts par gravité</translation>
    </message>
    <message numerus="yes">
        <source>%n open %1 finding(s) on %2 item(s). Click to show the items.</source>
        <translation>
            <numerusform>%n constat ouvert de gravité %1 sur %2 point(s) de contrôle. Cliquez pour afficher les points de contrôle.</numerusform>
            <numerusform>%n constats ouverts de gravité %1 sur %2 point(s) de contrôle. Cliquez pour afficher les points de contrôle.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Open findings by severity (not scanned yet)</source>
        <translation>Constats ouverts par gravité (pas encore d&apos;analyse)</translation>
    </message>
    <message>
        <source>Open %1 findings</source>
        <translation>Constats ouverts de gravité %1</translation>
    </message>
    <message>
        <source>Findings chart</source>
        <translation>Graphique des constats</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>greenlight::FindingsFilterBar</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation>Rechercher dans les constats</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Toutes les règles</translation>
    </message>
    <message>
        <source>Path contains</source>
        <translation>Le chemin contient</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>%1 of %2 findings</source>
        <translation>%1 constats sur %2</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation>1 constat</translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation>%1 constats</translation>
    </message>
    <message>
        <source>Shows only the findings whose rule, title, message or location contains the text</source>
        <translation>Affiche uniquement les constats dont la règle, le titre, le message ou l&apos;emplacement contiennent le texte</translation>
    </message>
    <message>
        <source>Shows only the findings of the chosen severities; none chosen shows every severity</source>
        <translation>Affiche uniquement les constats des gravités choisies&#xa0;; si aucune n&apos;est choisie, toutes les gravités sont affichées</translation>
    </message>
    <message>
        <source>Rule filter</source>
        <translation>Filtre de règle</translation>
    </message>
    <message>
        <source>Shows only the findings of the chosen rule</source>
        <translation>Affiche uniquement les constats de la règle choisie</translation>
    </message>
    <message>
        <source>Path filter</source>
        <translation>Filtre de chemin</translation>
    </message>
    <message>
        <source>Shows only the findings in files whose path contains the text</source>
        <translation>Affiche uniquement les constats dans les fichiers dont le chemin contient le texte</translation>
    </message>
    <message>
        <source>Clear finding filters</source>
        <translation>Effacer les filtres de constats</translation>
    </message>
    <message>
        <source>Removes the search, severity, rule and path filters</source>
        <translation>Retire les filtres de recherche, de gravité, de règle et de chemin</translation>
    </message>
</context>
<context>
    <name>greenlight::FindingsModel</name>
    <message>
        <source>(repository)</source>
        <translation>(dépôt)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>greenlight::GateCommand</name>
    <message>
        <source>Readiness gate for CI: print the verdict and why; exit 1 unless ready.</source>
        <translation>Contrôle de préparation pour la CI&#xa0;: afficher le verdict et ses raisons&#xa0;; sortir avec le code 1 sauf si l&apos;évaluation est prête.</translation>
    </message>
    <message>
        <source>ASSESSMENT</source>
        <translation>ASSESSMENT</translation>
    </message>
    <message>
        <source>The verdict is Ready, Ready with fixes or Not ready. Not ready: items not yet
assessed, failed items or open scan findings at or above --fail-on without a
waiver in force, a rejected sign-off, a broken audit chain.
Exit status: 0 ready (or ready with fixes), 1 not ready (or with fixes under
--strict, or sign-offs pending under --require-signoff), 2 usage or store error.</source>
        <translation>Le verdict est Prêt, Prêt avec corrections ou Pas prêt. Pas prêt&#xa0;: points pas encore
évalués, points échoués ou constats d&apos;analyse ouverts de gravité --fail-on ou supérieure
sans dérogation en vigueur, approbation rejetée, chaîne d&apos;audit rompue.
Code de sortie&#xa0;: 0 prêt (ou prêt avec corrections), 1 pas prêt (ou avec corrections sous
--strict, ou approbations en attente sous --require-signoff), 2 erreur d&apos;utilisation ou de base de données.</translation>
    </message>
    <message>
        <source>Failures and findings at or above SEVERITY block: critical, high (default), medium, low or info.</source>
        <translation>Les échecs et constats de gravité SEVERITY ou supérieure sont bloquants&#xa0;: critical, high (par défaut), medium, low ou info.</translation>
    </message>
    <message>
        <source>Fail on Ready with fixes too.</source>
        <translation>Échouer aussi sur Prêt avec corrections.</translation>
    </message>
    <message>
        <source>Fail while a required sign-off is missing or stale.</source>
        <translation>Échouer tant qu&apos;une approbation requise manque ou est périmée.</translation>
    </message>
    <message>
        <source>missing ASSESSMENT</source>
        <translation>ASSESSMENT manquant</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 %2: %3 (blocking at %4 and above)</source>
        <translation>%1 %2&#xa0;: %3 (bloquant à partir de %4)</translation>
    </message>
    <message>
        <source>Items: %1 done of %2 (passed %3, n/a %4, waived %5), failed %6, open %7</source>
        <translation>Points&#xa0;: %1 traités sur %2 (%3 réussis, %4 non applicables, %5 avec dérogation), %6 échoués, %7 ouverts</translation>
    </message>
    <message>
        <source>Blocking:</source>
        <translation>Bloquant&#xa0;:</translation>
    </message>
    <message>
        <source>To fix or accept:</source>
        <translation>À corriger ou accepter&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-off pending:</source>
        <translation>Approbation en attente&#xa0;:</translation>
    </message>
    <message>
        <source>gate: passed</source>
        <translation>contrôle&#xa0;: réussi</translation>
    </message>
    <message>
        <source>gate: failed</source>
        <translation>contrôle&#xa0;: échoué</translation>
    </message>
</context>
<context>
    <name>greenlight::HelpActions</name>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>&amp;About Greenlight</source>
        <translation>À &amp;propos de Greenlight</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window, with a filter</source>
        <translation>Tous les raccourcis clavier de la fenêtre, avec un filtre</translation>
    </message>
</context>
<context>
    <name>greenlight::ItemDetailPane</name>
    <message>
        <source>Who verifies this item</source>
        <translation>Qui vérifie ce point</translation>
    </message>
    <message>
        <source>Findings, evidence links, decisions…</source>
        <translation>Constats, liens vers les preuves, décisions…</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>Accorder une &amp;dérogation…</translation>
    </message>
    <message>
        <source>Accept the risk of this failed item until a date</source>
        <translation>Accepter le risque de ce point échoué jusqu&apos;à une date</translation>
    </message>
    <message>
        <source>Waiver:</source>
        <translation>Dérogation&#xa0;:</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1;font-weight:600&quot;&gt;%2&lt;/span&gt; &amp;nbsp;·&amp;nbsp; Evidence: %3 &amp;nbsp;·&amp;nbsp; %4</source>
        <translation>&lt;span style=&quot;color:%1;font-weight:600&quot;&gt;%2&lt;/span&gt; &amp;nbsp;·&amp;nbsp; Preuve&#xa0;: %3 &amp;nbsp;·&amp;nbsp; %4</translation>
    </message>
    <message>
        <source>Select an item to read its guidance and record its status, owner and note.</source>
        <translation>Sélectionnez un point pour lire ses conseils et enregistrer son statut, son responsable et sa note.</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>None. A failed item can be waived with a justification, who accepts the risk and an expiry date.</source>
        <translation>Aucune. Un point échoué peut faire l&apos;objet d&apos;une dérogation, avec une justification, la personne qui accepte le risque et une date d&apos;expiration.</translation>
    </message>
    <message>
        <source>Only a failed item can be waived.</source>
        <translation>Seul un point échoué peut faire l&apos;objet d&apos;une dérogation.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;Waiver expired&lt;/b&gt; on %1&lt;/span&gt; — the item counts as failed again.</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;Dérogation expirée&lt;/b&gt; le %1&lt;/span&gt; — le point compte de nouveau comme échoué.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b06000&apos;&gt;&lt;b&gt;Waived&lt;/b&gt;&lt;/span&gt; until %1, risk accepted by %2.</source>
        <translation>&lt;span style=&apos;color:#b06000&apos;&gt;&lt;b&gt;Dérogation accordée&lt;/b&gt;&lt;/span&gt; jusqu&apos;au %1, risque accepté par %2.</translation>
    </message>
    <message>
        <source>This item has no guidance.</source>
        <translation>Ce point n&apos;a pas de conseils.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Automated checks</source>
        <translation>Vérifications automatisées</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Not changed yet</source>
        <translation>Pas encore modifié</translation>
    </message>
    <message>
        <source>Last changed %1 by %2</source>
        <translation>Dernière modification le %1 par %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The item&apos;s status; choosing one records it at once</source>
        <translation>Le statut du point de contrôle&#xa0;; le choisir l&apos;enregistre immédiatement</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Who verifies this item; recorded when you leave the field</source>
        <translation>Qui vérifie ce point de contrôle&#xa0;; enregistré quand vous quittez le champ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Findings, evidence links and decisions for this item; recorded when you pause typing or leave the field</source>
        <translation>Constats, liens vers des preuves et décisions pour ce point de contrôle&#xa0;; enregistrée quand vous faites une pause dans la saisie ou quittez le champ</translation>
    </message>
    <message>
        <source>Waive item</source>
        <translation>Accorder une dérogation au point de contrôle</translation>
    </message>
    <message>
        <source>Accepts the risk of this failed item until a date, with a justification and who accepts it; renews a waiver in force</source>
        <translation>Accepte le risque de ce point de contrôle échoué jusqu&apos;à une date, avec une justification et la personne qui l&apos;accepte&#xa0;; renouvelle une dérogation en vigueur</translation>
    </message>
    <message>
        <source>How to assess this item: the template&apos;s guidance, references, automated checks and tags</source>
        <translation>Comment évaluer ce point de contrôle&#xa0;: les conseils du modèle, les références, les vérifications automatisées et les étiquettes</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
</context>
<context>
    <name>greenlight::ItemStatus</name>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
</context>
<context>
    <name>greenlight::JUnitWriter</name>
    <message numerus="yes">
        <source>%n finding(s): %1</source>
        <translation>
            <numerusform>%n constat&#xa0;: %1</numerusform>
            <numerusform>%n constats&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::KubernetesAnalyzer</name>
    <message>
        <source>Container may run as root</source>
        <translation>Le conteneur peut s&apos;exécuter en tant que root</translation>
    </message>
    <message>
        <source>Unless runAsNonRoot is true or runAsUser is non-zero, the container runs as whatever user the image says, which is usually root: a compromised process then has root inside the container.</source>
        <translation>Sauf si runAsNonRoot vaut true ou si runAsUser est non nul, le conteneur s&apos;exécute avec l&apos;utilisateur défini par l&apos;image, généralement root&#xa0;: un processus compromis dispose alors des droits root dans le conteneur.</translation>
    </message>
    <message>
        <source>Set `securityContext.runAsNonRoot: true` (pod or container) and a non-zero `runAsUser`, and build the image with a non-root USER.</source>
        <translation>Définissez `securityContext.runAsNonRoot: true` (pod ou conteneur) et un `runAsUser` non nul, et construisez l&apos;image avec un USER non root.</translation>
    </message>
    <message>
        <source>Privileged container</source>
        <translation>Conteneur privilégié</translation>
    </message>
    <message>
        <source>A privileged container has every capability and all host devices: escaping to the node is trivial, and from the node to the cluster.</source>
        <translation>Un conteneur privilégié dispose de toutes les capabilities et de tous les périphériques de l&apos;hôte&#xa0;: s&apos;échapper vers le nœud est trivial, et du nœud vers le cluster.</translation>
    </message>
    <message>
        <source>Remove `privileged: true`; add only the specific capabilities the workload needs, after dropping ALL.</source>
        <translation>Supprimez `privileged: true`&#xa0;; retirez toutes les capabilities (drop ALL), puis n&apos;ajoutez que celles dont la charge de travail a précisément besoin.</translation>
    </message>
    <message>
        <source>Privilege escalation allowed</source>
        <translation>Élévation de privilèges autorisée</translation>
    </message>
    <message>
        <source>Unless allowPrivilegeEscalation is false, a process can gain more privileges than its parent (setuid binaries, file capabilities), which turns many exploits into root.</source>
        <translation>Sauf si allowPrivilegeEscalation vaut false, un processus peut obtenir plus de privilèges que son parent (binaires setuid, capabilities de fichiers), ce qui transforme de nombreux exploits en accès root.</translation>
    </message>
    <message>
        <source>Set `securityContext.allowPrivilegeEscalation: false` on every container.</source>
        <translation>Définissez `securityContext.allowPrivilegeEscalation: false` sur chaque conteneur.</translation>
    </message>
    <message>
        <source>Writable root filesystem</source>
        <translation>Système de fichiers racine accessible en écriture</translation>
    </message>
    <message>
        <source>A writable root filesystem lets an attacker drop tools and persist changes in the container, and hides accidental writes that would be lost on restart.</source>
        <translation>Un système de fichiers racine accessible en écriture permet à un attaquant d&apos;y déposer des outils et de conserver des modifications dans le conteneur, et masque les écritures accidentelles qui seraient perdues au redémarrage.</translation>
    </message>
    <message>
        <source>Set `securityContext.readOnlyRootFilesystem: true` and mount `emptyDir` volumes for the paths that must be writable (e.g. /tmp).</source>
        <translation>Définissez `securityContext.readOnlyRootFilesystem: true` et montez des volumes `emptyDir` pour les chemins qui doivent être accessibles en écriture (p. ex. /tmp).</translation>
    </message>
    <message>
        <source>Linux capabilities not dropped</source>
        <translation>Capabilities Linux non retirées</translation>
    </message>
    <message>
        <source>Containers get a default set of Linux capabilities (NET_RAW, CHOWN, SETUID, ...) that most applications never use but attackers do.</source>
        <translation>Les conteneurs reçoivent un ensemble par défaut de capabilities Linux (NET_RAW, CHOWN, SETUID, ...) que la plupart des applications n&apos;utilisent jamais, contrairement aux attaquants.</translation>
    </message>
    <message>
        <source>Set `securityContext.capabilities.drop: [ALL]` and add back only what is needed (e.g. `add: [NET_BIND_SERVICE]`).</source>
        <translation>Définissez `securityContext.capabilities.drop: [ALL]` et ne rajoutez que le strict nécessaire (p. ex. `add: [NET_BIND_SERVICE]`).</translation>
    </message>
    <message>
        <source>No seccomp profile</source>
        <translation>Aucun profil seccomp</translation>
    </message>
    <message>
        <source>Without a seccomp profile the container can use every system call, including the rarely needed ones most kernel exploits go through.</source>
        <translation>Sans profil seccomp, le conteneur peut utiliser tous les appels système, y compris ceux, rarement nécessaires, par lesquels passent la plupart des exploits du noyau.</translation>
    </message>
    <message>
        <source>Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or a Localhost profile).</source>
        <translation>Définissez `securityContext.seccompProfile.type: RuntimeDefault` sur le pod (ou un profil Localhost).</translation>
    </message>
    <message>
        <source>Pod shares host namespaces</source>
        <translation>Le pod partage les espaces de noms de l&apos;hôte</translation>
    </message>
    <message>
        <source>hostNetwork, hostPID and hostIPC put the pod in the node&apos;s namespaces: it sees node-local services, other pods&apos; processes or shared memory, and network policies no longer apply to it.</source>
        <translation>hostNetwork, hostPID et hostIPC placent le pod dans les espaces de noms du nœud&#xa0;: il voit les services locaux du nœud, les processus ou la mémoire partagée des autres pods, et les politiques réseau ne s&apos;appliquent plus à lui.</translation>
    </message>
    <message>
        <source>Remove `hostNetwork`, `hostPID` and `hostIPC` (or set them to false); expose ports through a Service instead.</source>
        <translation>Supprimez `hostNetwork`, `hostPID` et `hostIPC` (ou définissez-les à false)&#xa0;; exposez plutôt les ports via un Service.</translation>
    </message>
    <message>
        <source>Image untagged or :latest</source>
        <translation>Image sans tag ou :latest</translation>
    </message>
    <message>
        <source>An untagged or `:latest` image changes without a manifest change: nodes may run different code, and a rollback does not restore the previous version.</source>
        <translation>Une image sans tag ou `:latest` change sans que le manifeste change&#xa0;: les nœuds peuvent exécuter du code différent, et un retour arrière ne restaure pas la version précédente.</translation>
    </message>
    <message>
        <source>Reference an explicit version tag, preferably with its digest (`app:1.4.2@sha256:...`), and roll out by changing it.</source>
        <translation>Référencez un tag de version explicite, de préférence avec son digest (`app:1.4.2@sha256:...`), et déployez en le modifiant.</translation>
    </message>
    <message>
        <source>Missing CPU/memory requests or limits</source>
        <translation>Demandes ou limites CPU/mémoire manquantes</translation>
    </message>
    <message>
        <source>Without requests the scheduler cannot place pods sensibly; without limits one container can exhaust its node and get its neighbours evicted.</source>
        <translation>Sans demandes (requests), l&apos;ordonnanceur ne peut pas placer les pods judicieusement&#xa0;; sans limites, un conteneur peut épuiser son nœud et provoquer l&apos;éviction de ses voisins.</translation>
    </message>
    <message>
        <source>Set `resources.requests` and `resources.limits` for both `cpu` and `memory` on every container, sized from observed usage.</source>
        <translation>Définissez `resources.requests` et `resources.limits` pour `cpu` et `memory` sur chaque conteneur, dimensionnés d&apos;après l&apos;utilisation observée.</translation>
    </message>
    <message>
        <source>Missing readiness or liveness probe</source>
        <translation>Sonde readiness ou liveness manquante</translation>
    </message>
    <message>
        <source>Without a readiness probe, traffic reaches pods before they can serve and during shutdown; without a liveness probe a hung process is never restarted.</source>
        <translation>Sans sonde readiness, le trafic atteint les pods avant qu&apos;ils puissent le servir et pendant leur arrêt&#xa0;; sans sonde liveness, un processus bloqué n&apos;est jamais redémarré.</translation>
    </message>
    <message>
        <source>Add a `readinessProbe` (can it serve now?) and a `livenessProbe` (is it stuck?) to every long-running container; use a startupProbe for slow starts.</source>
        <translation>Ajoutez une `readinessProbe` (peut-il servir maintenant&#xa0;?) et une `livenessProbe` (est-il bloqué&#xa0;?) à chaque conteneur de longue durée&#xa0;; utilisez une startupProbe pour les démarrages lents.</translation>
    </message>
    <message>
        <source>No NetworkPolicy</source>
        <translation>Aucune NetworkPolicy</translation>
    </message>
    <message>
        <source>Without any NetworkPolicy every pod accepts traffic from every other pod in the cluster, so one compromised workload can reach all the others, databases included.</source>
        <translation>Sans aucune NetworkPolicy, chaque pod accepte le trafic de tous les autres pods du cluster&#xa0;: une seule charge de travail compromise peut ainsi atteindre toutes les autres, bases de données comprises.</translation>
    </message>
    <message>
        <source>Add a default-deny NetworkPolicy per namespace and policies that allow only the flows each workload needs.</source>
        <translation>Ajoutez une NetworkPolicy de refus par défaut (default-deny) par espace de noms et des politiques qui n&apos;autorisent que les flux dont chaque charge de travail a besoin.</translation>
    </message>
    <message>
        <source>No PodDisruptionBudget for a replicated workload</source>
        <translation>Aucun PodDisruptionBudget pour une charge de travail répliquée</translation>
    </message>
    <message>
        <source>Without a PodDisruptionBudget, a node drain or cluster upgrade may evict all replicas at once, turning routine maintenance into an outage.</source>
        <translation>Sans PodDisruptionBudget, un drain de nœud ou une mise à niveau du cluster peut évincer toutes les répliques à la fois et transformer une maintenance de routine en panne.</translation>
    </message>
    <message>
        <source>Add a PodDisruptionBudget whose selector matches the pod labels, with `minAvailable` or `maxUnavailable` fitting the replica count.</source>
        <translation>Ajoutez un PodDisruptionBudget dont le sélecteur correspond aux labels des pods, avec un `minAvailable` ou un `maxUnavailable` adapté au nombre de répliques.</translation>
    </message>
    <message>
        <source>not valid YAML, Kubernetes rules skipped for the broken document (%1)</source>
        <translation>YAML non valide, règles Kubernetes ignorées pour le document défectueux (%1)</translation>
    </message>
    <message>
        <source>Helm template, not valid YAML: skipped</source>
        <translation>Modèle Helm, YAML non valide&#xa0;: ignoré</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) (e.g. in %1) but no NetworkPolicy anywhere in the repository</source>
        <translation>
            <numerusform>%n charge de travail (p. ex. dans %1) mais aucune NetworkPolicy dans tout le dépôt</numerusform>
            <numerusform>%n charges de travail (p. ex. dans %1) mais aucune NetworkPolicy dans tout le dépôt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; runs %3 replicas but no PodDisruptionBudget selects its pods (%4)</source>
        <translation>%1 «&#xa0;%2&#xa0;» exécute %3 répliques mais aucun PodDisruptionBudget ne sélectionne ses pods (%4)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is scaled out by a HorizontalPodAutoscaler but no PodDisruptionBudget selects its pods (%3)</source>
        <translation>%1 «&#xa0;%2&#xa0;» est mis à l&apos;échelle par un HorizontalPodAutoscaler mais aucun PodDisruptionBudget ne sélectionne ses pods (%3)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 sets %2: true and shares the node&apos;s namespace</source>
        <translation>%1 définit %2: true et partage l&apos;espace de noms du nœud</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;, init container &apos;%3&apos;</source>
        <translation>%1 «&#xa0;%2&#xa0;», conteneur d&apos;initialisation «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;, container &apos;%3&apos;</source>
        <translation>%1 «&#xa0;%2&#xa0;», conteneur «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 uses image %2, which is untagged or :latest</source>
        <translation>%1 utilise l&apos;image %2, sans tag ou en :latest</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1&#xa0;: pas de %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> ni de </translation>
    </message>
    <message>
        <source>%1 runs as UID 0 (runAsUser: 0)</source>
        <translation>%1 s&apos;exécute avec l&apos;UID 0 (runAsUser: 0)</translation>
    </message>
    <message>
        <source>%1 sets runAsNonRoot: false</source>
        <translation>%1 définit runAsNonRoot: false</translation>
    </message>
    <message>
        <source>%1 may run as root: neither runAsNonRoot: true nor a non-zero runAsUser is set</source>
        <translation>%1 peut s&apos;exécuter en tant que root&#xa0;: ni runAsNonRoot: true ni un runAsUser non nul n&apos;est défini</translation>
    </message>
    <message>
        <source>%1 runs privileged</source>
        <translation>%1 s&apos;exécute en mode privilégié</translation>
    </message>
    <message>
        <source>%1 does not set allowPrivilegeEscalation: false</source>
        <translation>%1 ne définit pas allowPrivilegeEscalation: false</translation>
    </message>
    <message>
        <source>%1 does not set readOnlyRootFilesystem: true</source>
        <translation>%1 ne définit pas readOnlyRootFilesystem: true</translation>
    </message>
    <message>
        <source>%1 does not drop ALL capabilities</source>
        <translation>%1 ne retire pas toutes les capabilities (drop: [ALL])</translation>
    </message>
    <message>
        <source>%1 uses the seccomp profile %2</source>
        <translation>%1 utilise le profil seccomp %2</translation>
    </message>
    <message>
        <source>%1 has no seccomp profile (RuntimeDefault or Localhost)</source>
        <translation>%1 n&apos;a pas de profil seccomp (RuntimeDefault ou Localhost)</translation>
    </message>
    <message>
        <source>%1 is missing %2</source>
        <translation>%1&#xa0;: il manque %2</translation>
    </message>
</context>
<context>
    <name>greenlight::ListCommand</name>
    <message>
        <source>List the assessments with their progress.</source>
        <translation>Lister les évaluations avec leur progression.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No assessments. Create one with &apos;greenlight-cli new&apos; or try &apos;greenlight-cli demo&apos;.</source>
        <translation>Aucune évaluation. Créez-en une avec «&#xa0;greenlight-cli new&#xa0;» ou essayez «&#xa0;greenlight-cli demo&#xa0;».</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>SYSTEM</source>
        <translation>SYSTÈME</translation>
    </message>
    <message>
        <source>RELEASE</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉE LE</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>PROGRESSION</translation>
    </message>
    <message>
        <source>%1/%2 (%3%)</source>
        <translation>%1/%2 (%3%)</translation>
    </message>
</context>
<context>
    <name>greenlight::MainWindow</name>
    <message>
        <source>Greenlight</source>
        <translation>Greenlight</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Could not read the assessments: %1</source>
        <translation>Impossible de lire les évaluations&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Assessment List</source>
        <translation>Liste des é&amp;valuations</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Tout dé&amp;velopper</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Tout &amp;réduire</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Audit &amp;History…</source>
        <translation>&amp;Historique d&apos;audit…</translation>
    </message>
    <message>
        <source>Who changed what and when, for the assessment or the current item</source>
        <translation>Qui a modifié quoi et quand, pour l&apos;évaluation ou le point courant</translation>
    </message>
    <message>
        <source>&amp;Waivers Expiring Soon…</source>
        <translation>&amp;Dérogations expirant bientôt…</translation>
    </message>
    <message>
        <source>Waivers that lapse soon: their items count as failed again afterwards</source>
        <translation>Dérogations qui expirent bientôt&#xa0;: leurs points comptent ensuite de nouveau comme échoués</translation>
    </message>
    <message>
        <source>Scans are unavailable: could not open the store for them: %1</source>
        <translation>Analyses indisponibles&#xa0;: impossible d&apos;ouvrir leur base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>The item %1 is not in this assessment&apos;s checklist.</source>
        <translation>Le point %1 ne figure pas dans la liste de contrôle de cette évaluation.</translation>
    </message>
    <message>
        <source>That finding is no longer open.</source>
        <translation>Ce constat n&apos;est plus ouvert.</translation>
    </message>
    <message>
        <source>Evidence and sign-off are unavailable: could not open the store for them: %1</source>
        <translation>Preuves et approbations indisponibles&#xa0;: impossible d&apos;ouvrir leur base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation>Définir le &amp;statut</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Could not open the assessment: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the scans: %1</source>
        <translation>Impossible de lire les analyses&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the sign-offs: %1</source>
        <translation>Impossible de lire les approbations&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — Greenlight</source>
        <translation>%1 — Greenlight</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Could not compute the progress: %1</source>
        <translation>Impossible de calculer la progression&#xa0;: %1</translation>
    </message>
    <message>
        <source>Item %1 is not in this assessment.</source>
        <translation>Le point %1 ne fait pas partie de cette évaluation.</translation>
    </message>
    <message>
        <source>Some template files were skipped (problems: %1). First: %2</source>
        <translation>Certains fichiers de modèle ont été ignorés (problèmes&#xa0;: %1). Premier&#xa0;: %2</translation>
    </message>
    <message>
        <source>Readiness at a glance: the verdict and why, progress, findings, the burn-up, expiring waivers and sign-offs</source>
        <translation>La préparation à la mise en production en un coup d&apos;œil&#xa0;: le verdict et ses raisons, la progression, les constats, le burn-up, les dérogations arrivant à expiration et les approbations</translation>
    </message>
    <message>
        <source>Every item of the assessment, to assess one by one</source>
        <translation>Tous les points de contrôle de l&apos;évaluation, à évaluer un par un</translation>
    </message>
    <message>
        <source>Scan the repository and review what the scan found</source>
        <translation>Analyser le dépôt et examiner ce que l&apos;analyse a trouvé</translation>
    </message>
    <message>
        <source>Sign-off roles and signatures, and what blocks Deployment Approval</source>
        <translation>Les rôles d&apos;approbation et les signatures, et ce qui bloque l&apos;approbation de déploiement</translation>
    </message>
</context>
<context>
    <name>greenlight::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation>Masque ce message</translation>
    </message>
</context>
<context>
    <name>greenlight::MultiSelectButton</name>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 sélectionnés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Filter button: &quot;Status: any&quot;, &quot;Severity: Critical, High&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 filter: %2</source>
        <extracomment>Accessible name of a filter button: &quot;Status filter: any&quot;</extracomment>
        <translation>Filtre %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>greenlight::NewAssessmentDialog</name>
    <message>
        <source>New Assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>e.g. Payments 2.4 go-live</source>
        <translation>p. ex. mise en production de Payments 2.4</translation>
    </message>
    <message>
        <source>e.g. Payments API</source>
        <translation>p. ex. Payments API</translation>
    </message>
    <message>
        <source>e.g. 2.4.0</source>
        <translation>p. ex. 2.4.0</translation>
    </message>
    <message>
        <source>Optional: the source repository to scan later</source>
        <translation>Facultatif&#xa0;: le dépôt source à analyser plus tard</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>&amp;Système&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation>&amp;Dépôt&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Checklists:</source>
        <translation>&amp;Listes de contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>No checklist templates are available. Add templates to the template folder or start Greenlight with --templates DIR.</source>
        <translation>Aucun modèle de liste de contrôle n&apos;est disponible. Ajoutez des modèles au dossier des modèles ou lancez Greenlight avec --templates DIR.</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>le système</translation>
    </message>
    <message>
        <source>the release</source>
        <translation>la version</translation>
    </message>
    <message>
        <source>at least one checklist</source>
        <translation>au moins une liste de contrôle</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <extracomment>%1 is a list such as &quot;a name, the release&quot;</extracomment>
        <translation>Encore requis&#xa0;: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Items in the new assessment: %1</source>
        <translation>Points de la nouvelle évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the Repository</source>
        <translation>Choisir le dépôt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A name for the assessment, e.g. the release it signs off</source>
        <translation>Un nom pour l&apos;évaluation, par exemple la version qu&apos;elle approuve</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>The system being released</source>
        <translation>Le système mis en production</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>The version being released</source>
        <translation>La version mise en production</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Optional: the folder of the system&apos;s source repository, for scans</source>
        <translation>Facultatif&#xa0;: le dossier du dépôt de code source du système, pour les analyses</translation>
    </message>
    <message>
        <source>Browse for the repository</source>
        <translation>Rechercher le dépôt</translation>
    </message>
    <message>
        <source>Chooses the repository folder in a folder dialog</source>
        <translation>Choisit le dossier du dépôt dans une boîte de dialogue de sélection de dossier</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listes de contrôle</translation>
    </message>
    <message>
        <source>The checklist templates to work through; the checked ones make up the assessment. Space checks or unchecks one.</source>
        <translation>Les modèles de listes de contrôle à traiter&#xa0;; ceux qui sont cochés constituent l&apos;évaluation. Espace coche ou décoche un modèle.</translation>
    </message>
    <message>
        <source>Create assessment</source>
        <translation>Créer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Creates the assessment from the checked checklists</source>
        <translation>Crée l&apos;évaluation à partir des listes de contrôle cochées</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes without creating anything</source>
        <translation>Ferme sans rien créer</translation>
    </message>
</context>
<context>
    <name>greenlight::NewCommand</name>
    <message>
        <source>Create an assessment and print its id.</source>
        <translation>Créer une évaluation et afficher son identifiant.</translation>
    </message>
    <message>
        <source>Creates an assessment for one release of a system over the chosen templates
and prints its id. The templates&apos; items are copied into the assessment, so
later template edits never change it.

Note: --templates here takes template ids (see &apos;greenlight-cli templates&apos;); an
extra template folder is the global option, given before the command:
  greenlight-cli --templates ./my-templates new --templates security,team ...</source>
        <translation>Crée une évaluation pour une version d&apos;un système à partir des modèles choisis
et affiche son identifiant. Les points des modèles sont copiés dans l&apos;évaluation&#xa0;:
les modifications ultérieures des modèles ne la changent donc jamais.

Remarque&#xa0;: ici, --templates prend des identifiants de modèles (voir «&#xa0;greenlight-cli templates&#xa0;»)&#xa0;;
un dossier de modèles supplémentaire s&apos;indique par l&apos;option globale, placée avant la commande&#xa0;:
  greenlight-cli --templates ./my-templates new --templates security,team ...</translation>
    </message>
    <message>
        <source>Name of the assessment (required).</source>
        <translation>Nom de l&apos;évaluation (obligatoire).</translation>
    </message>
    <message>
        <source>System being released (required).</source>
        <translation>Système mis en production (obligatoire).</translation>
    </message>
    <message>
        <source>Release or version (required).</source>
        <translation>Version (obligatoire).</translation>
    </message>
    <message>
        <source>The system&apos;s source repository.</source>
        <translation>Dépôt source du système.</translation>
    </message>
    <message>
        <source>Comma-separated template ids, or &apos;all&apos; (required).</source>
        <translation>Identifiants de modèles séparés par des virgules, ou «&#xa0;all&#xa0;» (obligatoire).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>--templates names no template</source>
        <translation>--templates ne désigne aucun modèle</translation>
    </message>
    <message>
        <source>unknown template(s): %1 (available: %2)</source>
        <translation>modèle(s) inconnu(s)&#xa0;: %1 (disponibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>repository %1 is not a folder on this machine</source>
        <translation>le dépôt %1 n&apos;est pas un dossier de cette machine</translation>
    </message>
</context>
<context>
    <name>greenlight::PackageJsonParser</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>JSON non valide (%1 à la position %2)</translation>
    </message>
</context>
<context>
    <name>greenlight::PathGlob</name>
    <message>
        <source>a &apos;\&apos; at the end escapes nothing</source>
        <translation>un «&#xa0;\&#xa0;» final n&apos;échappe rien</translation>
    </message>
    <message>
        <source>&apos;[&apos; at character %1 is never closed with &apos;]&apos;</source>
        <translation>le «&#xa0;[&#xa0;» au caractère %1 n&apos;est jamais fermé par «&#xa0;]&#xa0;»</translation>
    </message>
    <message>
        <source>the glob is empty</source>
        <translation>le motif glob est vide</translation>
    </message>
    <message>
        <source>empty path segment (&apos;//&apos;) at character %1</source>
        <translation>segment de chemin vide («&#xa0;//&#xa0;») au caractère %1</translation>
    </message>
</context>
<context>
    <name>greenlight::Preferences</name>
    <message>
        <source>Enter the full path of the store file, for example %1.</source>
        <translation>Saisissez le chemin complet du fichier de base de données, par exemple %1.</translation>
    </message>
    <message>
        <source>%1 is a folder. Enter the path of a file in it, for example %2.</source>
        <translation>%1 est un dossier. Saisissez le chemin d&apos;un fichier qu&apos;il contient, par exemple %2.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Greenlight cannot write to the folder %1.</source>
        <translation>Greenlight ne peut pas écrire dans le dossier %1.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Greenlight cannot write to %1.</source>
        <translation>Greenlight ne peut pas écrire dans %1.</translation>
    </message>
    <message>
        <source>%1 is not a Greenlight store. Choose a Greenlight store or a new file name.</source>
        <translation>%1 n&apos;est pas une base de données Greenlight. Choisissez une base de données Greenlight ou un nouveau nom de fichier.</translation>
    </message>
</context>
<context>
    <name>greenlight::PreferencesActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Store location, size limits, language and theme</source>
        <translation>Emplacement de la base de données, limites de taille, langue et thème</translation>
    </message>
</context>
<context>
    <name>greenlight::PreferencesDialog</name>
    <message>
        <source> MiB</source>
        <extracomment>The unit after a size limit in Preferences: mebibytes.</extracomment>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>&amp;Use the default</source>
        <translation>&amp;Utiliser la base par défaut</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Size limits</source>
        <translation>Limites de taille</translation>
    </message>
    <message>
        <source>&amp;Evidence files up to:</source>
        <translation>&amp;Fichiers de preuve jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>Larger files are refused; attach a link to them instead.</source>
        <translation>Les fichiers plus volumineux sont refusés&#xa0;; joignez plutôt un lien vers eux.</translation>
    </message>
    <message>
        <source>&amp;Scanned files up to:</source>
        <translation>Fichiers a&amp;nalysés jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>Scans skip larger files and list them as skipped.</source>
        <translation>Les analyses ignorent les fichiers plus volumineux et les listent comme ignorés.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Use the default store</source>
        <translation>Utiliser la base de données par défaut</translation>
    </message>
    <message>
        <source>Open the store in Greenlight&apos;s data folder, %1</source>
        <translation>Ouvrir la base de données du dossier de données de Greenlight, %1</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>Emplacement de la base de données</translation>
    </message>
    <message>
        <source>The store file Greenlight opens when it starts without --db</source>
        <translation>Le fichier de base de données que Greenlight ouvre lorsqu&apos;il démarre sans --db</translation>
    </message>
    <message>
        <source>Browse for the store</source>
        <translation>Rechercher la base de données</translation>
    </message>
    <message>
        <source>Choose the store file in a file dialog</source>
        <translation>Choisir le fichier de base de données dans une boîte de dialogue</translation>
    </message>
    <message>
        <source>Evidence size limit</source>
        <translation>Limite de taille des preuves</translation>
    </message>
    <message>
        <source>Evidence files larger than this are refused; attach a link to them instead</source>
        <translation>Les fichiers de preuve plus volumineux sont refusés&#xa0;; joignez plutôt un lien vers eux</translation>
    </message>
    <message>
        <source>Scanned file size limit</source>
        <translation>Limite de taille des fichiers analysés</translation>
    </message>
    <message>
        <source>Scans skip files larger than this and list them as skipped</source>
        <translation>Les analyses ignorent les fichiers plus volumineux et les listent comme ignorés</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of Greenlight, from its next start</source>
        <translation>La langue de Greenlight, à partir de son prochain démarrage</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s colours, or always use the light or the dark palette</source>
        <translation>Suivre les couleurs du bureau, ou toujours utiliser la palette claire ou sombre</translation>
    </message>
    <message>
        <source>Save the preferences and close</source>
        <translation>Enregistrer les préférences et fermer</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Fermer sans rien modifier</translation>
    </message>
    <message>
        <source>Fill in the default values; nothing is saved until OK</source>
        <translation>Remplir avec les valeurs par défaut&#xa0;; rien n&apos;est enregistré avant OK</translation>
    </message>
    <message>
        <source>Store Location</source>
        <translation>Emplacement de la base de données</translation>
    </message>
    <message>
        <source>Greenlight stores (*.sqlite);;All files (*)</source>
        <translation>Bases de données Greenlight (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enter the store file, or use the default.</source>
        <translation>Saisissez le fichier de base de données, ou utilisez celui par défaut.</translation>
    </message>
    <message>
        <source>Greenlight opens this store from its next start. This window keeps working in %1.</source>
        <translation>Greenlight ouvrira cette base de données à son prochain démarrage. Cette fenêtre continue d&apos;utiliser %1.</translation>
    </message>
    <message>
        <source>There is no store there yet: Greenlight creates an empty one at its next start. This window keeps working in %1.</source>
        <translation>Il n&apos;y a pas encore de base de données à cet emplacement&#xa0;: Greenlight en créera une vide à son prochain démarrage. Cette fenêtre continue d&apos;utiliser %1.</translation>
    </message>
    <message>
        <source>Greenlight speaks this language from its next start.</source>
        <translation>Greenlight utilisera cette langue à partir de son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>greenlight::ProgressChart</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Progress by template</source>
        <translation>Progression par modèle</translation>
    </message>
    <message>
        <source>Progress by section</source>
        <translation>Progression par section</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items %4. Click to show them.</source>
        <translation>%1&#xa0;: %2 points sur %3 (%4). Cliquez pour les afficher.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Graphique de progression</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done, %4 failed, %5 open</source>
        <translation>%1&#xa0;: %2 sur %3 terminés, %4 échoués, %5 ouverts</translation>
    </message>
    <message>
        <source>No assessment is open.</source>
        <translation>Aucune évaluation n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
</context>
<context>
    <name>greenlight::ProgressSummary</name>
    <message>
        <source>%1 of %2 assessed · %3 passed · %4 waived · %5 failed · %6 n/a</source>
        <extracomment>Status bar progress; &quot;n/a&quot; = not applicable; waived = failed, risk accepted</extracomment>
        <translation>%1 sur %2 évalués · %3 réussis · %4 avec dérogation · %5 échoués · %6 non applicables</translation>
    </message>
    <message>
        <source>%1 of %2 assessed · %3 passed · %4 failed · %5 n/a</source>
        <extracomment>Status bar progress; &quot;n/a&quot; = not applicable</extracomment>
        <translation>%1 sur %2 évalués · %3 réussis · %4 échoués · %5 non applicables</translation>
    </message>
    <message>
        <source>%1 in progress, %2 not started</source>
        <translation>%1 en cours, %2 non commencés</translation>
    </message>
</context>
<context>
    <name>greenlight::ReadinessPanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Judged with failures and findings of severity %1 or worse blocking go-live</source>
        <translation>Jugé en considérant comme bloquants pour la mise en production les échecs et constats de gravité %1 ou supérieure</translation>
    </message>
    <message>
        <source>%1 of %2 done (%3%)</source>
        <translation>%1 sur %2 traités (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 passed · %2 not applicable&lt;br&gt;&lt;span style=&quot;color:%3&quot;&gt;%4 waived&lt;/span&gt; · &lt;span style=&quot;color:%5&quot;&gt;%6 failed&lt;/span&gt;&lt;br&gt;%7 in progress · %8 not started</source>
        <translation>%1 réussis · %2 non applicables&lt;br&gt;&lt;span style=&quot;color:%3&quot;&gt;%4 avec dérogation&lt;/span&gt; · &lt;span style=&quot;color:%5&quot;&gt;%6 échoués&lt;/span&gt;&lt;br&gt;%7 en cours · %8 non commencés</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n with an expired waiver</source>
        <translation>
            <numerusform>&lt;br&gt;dont %n avec une dérogation expirée</numerusform>
            <numerusform>&lt;br&gt;dont %n avec une dérogation expirée</numerusform>
        </translation>
    </message>
    <message>
        <source>Every item is done, nothing is failed or waived and no finding is open.</source>
        <translation>Tous les points sont traités, aucun n&apos;est échoué ni sous dérogation et aucun constat n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Verdict reasons</source>
        <translation>Raisons du verdict</translation>
    </message>
    <message>
        <source>Why the verdict is what it is: what blocks go-live, what needs fixing and which sign-offs are pending</source>
        <translation>Ce qui justifie le verdict&#xa0;: ce qui bloque la mise en production, ce qui doit être corrigé et quelles approbations sont en attente</translation>
    </message>
</context>
<context>
    <name>greenlight::ReadinessVerdict</name>
    <message>
        <source>Items not yet assessed: %1 of %2.</source>
        <translation>Points pas encore évalués&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>%1 failed; its waiver has expired.</source>
        <translation>%1 a échoué&#xa0;; sa dérogation a expiré.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 a échoué.</translation>
    </message>
    <message>
        <source>%1 (%2) is waived until %3: %4</source>
        <translation>%1 (%2) bénéficie d&apos;une dérogation jusqu&apos;au %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>[%1] %2 at %3.</source>
        <translation>[%1] %2 dans %3.</translation>
    </message>
    <message>
        <source>%1 rejected (%2): %3</source>
        <translation>Rejet de %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 approved with conditions (%2): %3</source>
        <translation>Approbation sous conditions de %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: signed by %2, but the content changed since.</source>
        <translation>%1&#xa0;: signé par %2, mais le contenu a changé depuis.</translation>
    </message>
    <message>
        <source>%1: not signed yet.</source>
        <translation>%1&#xa0;: pas encore signé.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Ready with fixes</source>
        <translation>Prêt avec corrections</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Pas prêt</translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation>Le journal d&apos;audit est rompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The assessment has no checklist items.</source>
        <translation>L&apos;évaluation ne comporte aucun point de contrôle.</translation>
    </message>
</context>
<context>
    <name>greenlight::RecentAssessments</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A recent assessment in File → Open Recent: the system, then the release.</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>greenlight::RecentAssessmentsMenu</name>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer le menu</translation>
    </message>
    <message>
        <source>Empty the list of recent assessments; nothing is deleted</source>
        <translation>Vider la liste des évaluations récentes&#xa0;; rien n&apos;est supprimé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A recent assessment of another store: its label, then the store&apos;s file name.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The store %1 no longer exists, so “%2” was removed from the recent assessments.</source>
        <translation>La base de données %1 n&apos;existe plus&#xa0;; «&#xa0;%2&#xa0;» a donc été retirée des évaluations récentes.</translation>
    </message>
    <message>
        <source>Could not start Greenlight on the store %1.</source>
        <translation>Impossible de démarrer Greenlight sur la base de données %1.</translation>
    </message>
    <message>
        <source>Could not open the assessment: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no assessment %1 in this store; it may have been deleted.</source>
        <translation>Il n&apos;y a pas d&apos;évaluation %1 dans cette base de données&#xa0;; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>The assessment “%1” no longer exists: it was deleted. It was removed from the recent assessments.</source>
        <translation>L&apos;évaluation «&#xa0;%1&#xa0;» n&apos;existe plus&#xa0;: elle a été supprimée. Elle a été retirée des évaluations récentes.</translation>
    </message>
    <message>
        <source>Open %1 from %2</source>
        <translation>Ouvrir %1 depuis %2</translation>
    </message>
    <message>
        <source>No Recent Assessments</source>
        <translation>Aucune évaluation récente</translation>
    </message>
    <message>
        <source>&amp;Open Recent</source>
        <translation>Évaluations ré&amp;centes</translation>
    </message>
</context>
<context>
    <name>greenlight::ReportCommand</name>
    <message>
        <source>Write an assessment&apos;s approval pack: Markdown, HTML, PDF or JSON.</source>
        <translation>Écrire le dossier d&apos;approbation d&apos;une évaluation&#xa0;: Markdown, HTML, PDF ou JSON.</translation>
    </message>
    <message>
        <source>ASSESSMENT</source>
        <translation>ASSESSMENT</translation>
    </message>
    <message>
        <source>The pack holds the verdict and its reasons, the summary per category, the
findings numbered by severity, every item with its evidence, the waivers, the
sign-off block, the scanned commit and the audit-chain head. Secrets stay
redacted. The JSON schema is docs/report-schema.json.
Exit status: 0 written (whatever the verdict: use &apos;gate&apos; to judge), 2 usage,
store or write error.</source>
        <translation>Le dossier contient le verdict et ses raisons, la synthèse par catégorie, les
constats numérotés par gravité, chaque point avec ses preuves, les dérogations, le
bloc d&apos;approbation, le commit analysé et la tête de la chaîne d&apos;audit. Les secrets restent
masqués. Le schéma JSON est docs/report-schema.json.
Code de sortie&#xa0;: 0 écrit (quel que soit le verdict&#xa0;: utilisez «&#xa0;gate&#xa0;» pour juger), 2 erreur
d&apos;utilisation, de base de données ou d&apos;écriture.</translation>
    </message>
    <message>
        <source>md, html, pdf or json (default: from the --output suffix, else md).</source>
        <translation>md, html, pdf ou json (par défaut&#xa0;: d&apos;après le suffixe de --output, sinon md).</translation>
    </message>
    <message>
        <source>Write to FILE (atomically); &apos;-&apos; or none: stdout (not for pdf).</source>
        <translation>Écrire dans FILE (de façon atomique)&#xa0;; «&#xa0;-&#xa0;» ou rien&#xa0;: stdout (pas pour pdf).</translation>
    </message>
    <message>
        <source>PDF page size: a4 or letter (default: from the locale).</source>
        <translation>Format de page PDF&#xa0;: a4 ou letter (par défaut&#xa0;: d&apos;après les paramètres régionaux).</translation>
    </message>
    <message>
        <source>The verdict&apos;s blocking severity, as for gate (default high).</source>
        <translation>Gravité bloquante du verdict, comme pour gate (par défaut high).</translation>
    </message>
    <message>
        <source>missing ASSESSMENT</source>
        <translation>ASSESSMENT manquant</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use %2)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (utilisez %2)</translation>
    </message>
    <message>
        <source>cannot tell the format from &apos;%1&apos;: give --format</source>
        <translation>impossible de déduire le format de «&#xa0;%1&#xa0;»&#xa0;: indiquez --format</translation>
    </message>
    <message>
        <source>a PDF needs --output FILE</source>
        <translation>un PDF nécessite --output FILE</translation>
    </message>
    <message>
        <source>unknown page size &apos;%1&apos; (use a4 or letter)</source>
        <translation>format de page inconnu «&#xa0;%1&#xa0;» (utilisez a4 ou letter)</translation>
    </message>
    <message>
        <source>%1: wrote %2 (%3)</source>
        <translation>%1&#xa0;: %2 écrit (%3)</translation>
    </message>
</context>
<context>
    <name>greenlight::ReportExporter</name>
    <message>
        <source>export cancelled</source>
        <translation>exportation annulée</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>greenlight::RuleCatalog</name>
    <message>
        <source>Unknown rule id(s): %1. Valid rule ids: %2</source>
        <translation>Identifiant(s) de règle inconnu(s)&#xa0;: %1. Identifiants de règle valides&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>greenlight::RuleCatalogWriter</name>
    <message>
        <source>CI workflows</source>
        <translation>Workflows CI</translation>
    </message>
    <message>
        <source>systemd units</source>
        <translation>Unités systemd</translation>
    </message>
    <message>
        <source>Custom rules (declared in templates)</source>
        <translation>Règles personnalisées (déclarées dans les modèles)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>every file matching %1 must contain %2</source>
        <translation>chaque fichier correspondant à %1 doit contenir %2</translation>
    </message>
    <message>
        <source>no line of a file matching %1 may match the regular expression %2</source>
        <translation>aucune ligne d&apos;un fichier correspondant à %1 ne doit correspondre à l&apos;expression régulière %2</translation>
    </message>
    <message>
        <source>a file matching %1 must exist</source>
        <translation>un fichier correspondant à %1 doit exister</translation>
    </message>
    <message>
        <source>no file matching %1 may exist</source>
        <translation>aucun fichier correspondant à %1 ne doit exister</translation>
    </message>
    <message>
        <source># Scan rule catalogue</source>
        <translation># Catalogue des règles d&apos;analyse</translation>
    </message>
    <message>
        <source>The repository scan (`greenlight-cli scan`, and the Scan page of the app) runs these rules.
Rule set version %1: %2 rules, %3 built in and %4 declared by templates.</source>
        <translation>L&apos;analyse de dépôt (`greenlight-cli scan` et la page Analyse de l&apos;application) exécute ces règles.
Version %1 du jeu de règles&#xa0;: %2 règles, dont %3 intégrées et %4 déclarées par des modèles.</translation>
    </message>
    <message>
        <source>Each rule lists the checklist items whose `checks:` name it: after a scan, such an item is
suggested *passed* when none of its rules found anything and *failed*, with the findings
as evidence, otherwise. The severity decides the exit status of `greenlight-cli scan
--fail-on` (default `high`) and the SARIF level (critical and high: error, medium: warning,
low and info: note). Secrets are never shown in clear: snippets keep a short prefix and
mask the rest.</source>
        <translation>Chaque règle indique les points de contrôle dont `checks:` la nomme&#xa0;: après une analyse, un tel point
est suggéré *réussi* lorsqu&apos;aucune de ses règles n&apos;a rien trouvé, et *échoué* sinon, avec les constats
comme preuves. La gravité détermine le code de sortie de `greenlight-cli scan
--fail-on` (par défaut `high`) et le niveau SARIF (critical et high&#xa0;: error, medium&#xa0;: warning,
low et info&#xa0;: note). Les secrets ne sont jamais affichés en clair&#xa0;: les extraits gardent un court
préfixe et masquent le reste.</translation>
    </message>
    <message>
        <source>Severity: %1 · Scope: %2</source>
        <translation>Gravité&#xa0;: %1 · Portée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the whole repository</source>
        <translation>l&apos;ensemble du dépôt</translation>
    </message>
    <message>
        <source>each file</source>
        <translation>chaque fichier</translation>
    </message>
    <message>
        <source>Declared by the template %1: %2.</source>
        <translation>Déclarée par le modèle %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checklist items: none.</source>
        <translation>Points de contrôle&#xa0;: aucun.</translation>
    </message>
    <message>
        <source>Checklist items:</source>
        <translation>Points de contrôle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>greenlight::RulesCommand</name>
    <message>
        <source>List the scan rules and the checklist items they bear on.</source>
        <translation>Lister les règles d&apos;analyse et les points de contrôle qu&apos;elles concernent.</translation>
    </message>
    <message>
        <source>Lists every rule &apos;scan&apos; can run: the built-in catalogue and the custom rules
declared by the templates, each with its severity and category. --format md
prints the full catalogue (rationale, fix and the template items whose checks:
name the rule) as Markdown: docs/rules.md is this output for the shipped
templates. --format json prints the same as one JSON object (formatVersion 1).</source>
        <translation>Liste toutes les règles que «&#xa0;scan&#xa0;» peut exécuter&#xa0;: le catalogue intégré et les règles
personnalisées déclarées par les modèles, chacune avec sa gravité et sa catégorie. --format md
affiche le catalogue complet (motivation, correction et les points des modèles dont checks:
nomme la règle) en Markdown&#xa0;: docs/rules.md est cette sortie pour les modèles
fournis. --format json affiche la même chose sous la forme d&apos;un objet JSON (formatVersion 1).</translation>
    </message>
    <message>
        <source>Output format: text (default), md or json.</source>
        <translation>Format de sortie&#xa0;: text (par défaut), md ou json.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text, md or json)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (utilisez text, md ou json)</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATÉGORIE</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>POINTS</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), rule set version %1.</source>
        <translation>
            <numerusform>%n règle, version %1 du jeu de règles.</numerusform>
            <numerusform>%n règles, version %1 du jeu de règles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ScanCommand</name>
    <message>
        <source>Scan a repository for readiness findings (a CI gate).</source>
        <translation>Analyser un dépôt à la recherche de constats de préparation (un contrôle de CI).</translation>
    </message>
    <message>
        <source>[PATH]</source>
        <translation>[PATH]</translation>
    </message>
    <message>
        <source>Scans the source tree at PATH with the built-in rules and the custom rules of the
templates (&apos;greenlight-cli rules&apos; lists them) and writes the findings as text,
JSON, SARIF 2.1.0 or JUnit XML. With --assessment only that assessment&apos;s
templates count, PATH defaults to its repository, and the scan is recorded so
its findings become new, still open or fixed.

Exit status: 0 no finding at or above --fail-on, 1 some, 2 usage or I/O error,
130 interrupted.</source>
        <translation>Analyse l&apos;arborescence source située dans PATH avec les règles intégrées et les règles
personnalisées des modèles («&#xa0;greenlight-cli rules&#xa0;» les liste) et écrit les constats en texte,
JSON, SARIF 2.1.0 ou JUnit XML. Avec --assessment, seuls les modèles de cette évaluation
comptent, PATH vaut par défaut son dépôt, et l&apos;analyse est enregistrée afin que ses
constats deviennent nouveaux, toujours ouverts ou corrigés.

Code de sortie&#xa0;: 0 aucun constat de gravité --fail-on ou supérieure, 1 au moins un,
2 erreur d&apos;utilisation ou d&apos;E/S, 130 interrompu.</translation>
    </message>
    <message>
        <source>Record the scan in ASSESSMENT (id or exact name) and use its templates only.</source>
        <translation>Enregistrer l&apos;analyse dans ASSESSMENT (identifiant ou nom exact) et n&apos;utiliser que ses modèles.</translation>
    </message>
    <message>
        <source>Run only these rules: comma-separated ids, &apos;prefix.*&apos; selects a group (default: all).</source>
        <translation>N&apos;exécuter que ces règles&#xa0;: identifiants séparés par des virgules, «&#xa0;préfixe.*&#xa0;» sélectionne un groupe (par défaut&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>Report format: text (default), json, sarif or junit.</source>
        <translation>Format du rapport&#xa0;: text (par défaut), json, sarif ou junit.</translation>
    </message>
    <message>
        <source>Write the report to FILE (atomically) instead of stdout.</source>
        <translation>Écrire le rapport dans FILE (de façon atomique) au lieu de stdout.</translation>
    </message>
    <message>
        <source>Exit 1 when a finding is at or above SEVERITY: critical, high (default), medium, low, info or never.</source>
        <translation>Sortir avec le code 1 lorsqu&apos;un constat est de gravité SEVERITY ou supérieure&#xa0;: critical, high (par défaut), medium, low, info ou never.</translation>
    </message>
    <message>
        <source>Skip files larger than BYTES (suffixes k, M, G; default 5M).</source>
        <translation>Ignorer les fichiers de plus de BYTES octets (suffixes k, M, G&#xa0;; par défaut 5M).</translation>
    </message>
    <message>
        <source>unknown rule &apos;%1&apos; (run &apos;greenlight-cli rules&apos; for the list)</source>
        <translation>règle inconnue «&#xa0;%1&#xa0;» (exécutez «&#xa0;greenlight-cli rules&#xa0;» pour obtenir la liste)</translation>
    </message>
    <message>
        <source>--rules selects no rule</source>
        <translation>--rules ne sélectionne aucune règle</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text, json, sarif or junit)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (utilisez text, json, sarif ou junit)</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos; for --fail-on (use critical, high, medium, low, info or never)</source>
        <translation>gravité inconnue «&#xa0;%1&#xa0;» pour --fail-on (utilisez critical, high, medium, low, info ou never)</translation>
    </message>
    <message>
        <source>invalid --max-file-size &apos;%1&apos; (a positive number of bytes, optionally with k, M or G)</source>
        <translation>--max-file-size «&#xa0;%1&#xa0;» non valide (un nombre positif d&apos;octets, éventuellement suivi de k, M ou G)</translation>
    </message>
    <message>
        <source>no PATH given (and no --assessment to take it from)</source>
        <translation>aucun PATH indiqué (et pas de --assessment dont le déduire)</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; of the assessment is not installed: its custom rules do not run</source>
        <translation>le modèle «&#xa0;%1&#xa0;» de l&apos;évaluation n&apos;est pas installé&#xa0;: ses règles personnalisées ne s&apos;exécutent pas</translation>
    </message>
    <message>
        <source>assessment &apos;%1&apos; names no repository: give PATH</source>
        <translation>l&apos;évaluation «&#xa0;%1&#xa0;» ne désigne aucun dépôt&#xa0;: indiquez PATH</translation>
    </message>
    <message>
        <source>custom rule &apos;%1&apos; of template &apos;%2&apos; is declared twice: the first declaration runs</source>
        <translation>la règle personnalisée «&#xa0;%1&#xa0;» du modèle «&#xa0;%2&#xa0;» est déclarée deux fois&#xa0;: la première déclaration s&apos;exécute</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 n&apos;est pas un répertoire</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>interrupted: the scan was cancelled, nothing was written or recorded</source>
        <translation>interrompu&#xa0;: l&apos;analyse a été annulée, rien n&apos;a été écrit ni enregistré</translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n finding(s) at or above %1</source>
        <translation>
            <numerusform>ÉCHEC&#xa0;: %n constat de gravité %1 ou supérieure</numerusform>
            <numerusform>ÉCHEC&#xa0;: %n constats de gravité %1 ou supérieure</numerusform>
        </translation>
    </message>
    <message>
        <source>PASSED: nothing at or above %1</source>
        <translation>SUCCÈS&#xa0;: aucun constat de gravité %1 ou supérieure</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1</source>
        <translation>
            <numerusform>%n constat, %1</numerusform>
            <numerusform>%n constats, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(report: %1)</source>
        <translation>(rapport&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Recorded scan %1 of &apos;%2&apos;: %3 new, %4 still open, %5 fixed</source>
        <translation>Analyse %1 de «&#xa0;%2&#xa0;» enregistrée&#xa0;: %3 nouveaux, %4 toujours ouverts, %5 corrigés</translation>
    </message>
    <message>
        <source>greenlight-cli: scanning %1</source>
        <translation>greenlight-cli&#xa0;: analyse de %1</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanControls</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Start Scan</source>
        <translation>&amp;Lancer l&apos;analyse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Folder of the system&apos;s source repository</source>
        <translation>Dossier du dépôt source du système</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Dépôt&#xa0;:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1 files/s</source>
        <translation>%1 fichiers/s</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 of %2 files · %3</source>
        <translation>%1 fichiers sur %2 · %3</translation>
    </message>
    <message>
        <source>Choose the Repository to Scan</source>
        <translation>Choisir le dépôt à analyser</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>Dossier du dépôt</translation>
    </message>
    <message>
        <source>The folder of the system&apos;s source repository that the scan reads; Enter starts the scan</source>
        <translation>Le dossier du dépôt de code source du système que l&apos;analyse lit&#xa0;; Entrée lance l&apos;analyse</translation>
    </message>
    <message>
        <source>Browse for the repository</source>
        <translation>Rechercher le dépôt</translation>
    </message>
    <message>
        <source>Chooses the repository folder in a folder dialog</source>
        <translation>Choisit le dossier du dépôt dans une boîte de dialogue de sélection de dossier</translation>
    </message>
    <message>
        <source>Start scan</source>
        <translation>Lancer l&apos;analyse</translation>
    </message>
    <message>
        <source>Scans the repository folder with the rules of the assessment&apos;s checklists (Ctrl+R)</source>
        <translation>Analyse le dossier du dépôt avec les règles des listes de contrôle de l&apos;évaluation (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel scan</source>
        <translation>Annuler l&apos;analyse</translation>
    </message>
    <message>
        <source>Stops the running scan; a cancelled scan records nothing (Esc)</source>
        <translation>Arrête l&apos;analyse en cours&#xa0;; une analyse annulée n&apos;enregistre rien (Échap)</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanEngine</name>
    <message>
        <source>No repository path given.</source>
        <translation>Aucun chemin de dépôt indiqué.</translation>
    </message>
    <message>
        <source>Repository path %1 does not exist.</source>
        <translation>Le chemin de dépôt %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Repository path %1 is not a directory.</source>
        <translation>Le chemin de dépôt %1 n&apos;est pas un répertoire.</translation>
    </message>
    <message>
        <source>Repository path %1 cannot be read: permission denied.</source>
        <translation>Le chemin de dépôt %1 est illisible&#xa0;: permission refusée.</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanEvidencePanel</name>
    <message>
        <source>Set the status the scan suggests and add its findings to the note</source>
        <translation>Définir le statut suggéré par l&apos;analyse et ajouter ses constats à la note</translation>
    </message>
    <message>
        <source>Open findings of this item</source>
        <translation>Constats ouverts de ce point</translation>
    </message>
    <message>
        <source>Double-click a finding to open it on the Scan page</source>
        <translation>Double-cliquez sur un constat pour l&apos;ouvrir dans la page Analyse</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Automated checks (%1) have not run yet: scan the repository on the Scan page.</source>
        <translation>Les vérifications automatisées (%1) n&apos;ont pas encore été exécutées&#xa0;: analysez le dépôt dans la page Analyse.</translation>
    </message>
    <message>
        <source>Scan suggests: %1</source>
        <translation>L&apos;analyse suggère&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scan agrees: %1</source>
        <translation>L&apos;analyse confirme&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 open finding</source>
        <translation>1 constat ouvert</translation>
    </message>
    <message>
        <source>%1 open findings</source>
        <translation>%1 constats ouverts</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — no open findings (%2)</source>
        <translation>%1 — aucun constat ouvert (%2)</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Scan of %1</source>
        <translation>Analyse du %1</translation>
    </message>
    <message>
        <source> (commit %1)</source>
        <translation> (commit %1)</translation>
    </message>
    <message>
        <source>%1: %2, no open findings for %3.</source>
        <translation>%1&#xa0;: %2, aucun constat ouvert pour %3.</translation>
    </message>
    <message>
        <source>%1: %2, %3:</source>
        <translation>%1&#xa0;: %2, %3&#xa0;:</translation>
    </message>
    <message>
        <source>- … and %1 more</source>
        <translation>- … et %1 de plus</translation>
    </message>
    <message>
        <source>A&amp;pply Suggestion</source>
        <translation>A&amp;ppliquer la suggestion</translation>
    </message>
    <message>
        <source>Apply scan suggestion</source>
        <translation>Appliquer la suggestion de l&apos;analyse</translation>
    </message>
    <message>
        <source>Sets the status the scan suggests and adds its findings to the note, as one change</source>
        <translation>Définit le statut suggéré par l&apos;analyse et ajoute ses constats à la note, en une seule modification</translation>
    </message>
    <message>
        <source>The scan&apos;s open findings that bear on this item; Enter or a double-click opens one on the Scan page</source>
        <translation>Les constats ouverts de l&apos;analyse qui concernent ce point de contrôle&#xa0;; Entrée ou un double-clic en ouvre un dans la page Analyse</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanHistoryModel</name>
    <message>
        <source>(no commit)</source>
        <translation>(aucun commit)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (annulée)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The work tree had uncommitted changes.</source>
        <translation>L&apos;arbre de travail comportait des modifications non commitées.</translation>
    </message>
    <message>
        <source>Rule set %1; %2 files scanned, %3 skipped</source>
        <translation>Jeu de règles %1&#xa0;; %2 fichiers analysés, %3 ignorés</translation>
    </message>
    <message>
        <source>Cancelled: only part of the tree was scanned.</source>
        <translation>Annulée&#xa0;: seule une partie de l&apos;arborescence a été analysée.</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Analysée le</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corrigés</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanJob</name>
    <message>
        <source>The scan stopped unexpectedly.</source>
        <translation>L&apos;analyse s&apos;est arrêtée de façon inattendue.</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanPage</name>
    <message>
        <source>&amp;Start Scan</source>
        <translation>&amp;Lancer l&apos;analyse</translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation>&amp;Annuler l&apos;analyse</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Scan history</source>
        <translation>Historique des analyses</translation>
    </message>
    <message>
        <source>Open an assessment to scan its repository.</source>
        <translation>Ouvrez une évaluation pour analyser son dépôt.</translation>
    </message>
    <message>
        <source>Choose the repository folder to scan first.</source>
        <translation>Choisissez d&apos;abord le dossier du dépôt à analyser.</translation>
    </message>
    <message>
        <source>Could not read the checklist items: %1</source>
        <translation>Impossible de lire les points de contrôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Findings (scanning…)</source>
        <translation>Constats (analyse en cours…)</translation>
    </message>
    <message>
        <source>Findings appear here while the scan runs.</source>
        <translation>Les constats s&apos;affichent ici pendant l&apos;analyse.</translation>
    </message>
    <message>
        <source>Saving the scan…</source>
        <translation>Enregistrement de l&apos;analyse…</translation>
    </message>
    <message>
        <source>The scan finished but could not be saved: %1</source>
        <translation>L&apos;analyse est terminée mais n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>L&apos;analyse a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Findings of the scan of %1</source>
        <translation>Constats de l&apos;analyse du %1</translation>
    </message>
    <message>
        <source>Could not read the findings: %1</source>
        <translation>Impossible de lire les constats&#xa0;: %1</translation>
    </message>
    <message>
        <source>No scan yet. Check the repository folder above and press Start Scan (Ctrl+R).</source>
        <translation>Aucune analyse pour l&apos;instant. Vérifiez le dossier du dépôt ci-dessus et cliquez sur Lancer l&apos;analyse (Ctrl+R).</translation>
    </message>
    <message>
        <source>Select a finding to see where it is and how to fix it.</source>
        <translation>Sélectionnez un constat pour voir où il se trouve et comment le corriger.</translation>
    </message>
    <message>
        <source>%1 files · %2 new, %3 open, %4 fixed</source>
        <translation>%1 fichiers · %2 nouveaux, %3 ouverts, %4 corrigés</translation>
    </message>
    <message>
        <source>Last scan %1 (cancelled): %2</source>
        <translation>Dernière analyse le %1 (annulée)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Last scan %1: %2</source>
        <translation>Dernière analyse le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not scanned yet</source>
        <translation>Pas encore analysé</translation>
    </message>
    <message>
        <source>%1 skipped or passed over…</source>
        <translation>%1 ignorés ou écartés…</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Scan Details</source>
        <translation>Détails de l&apos;analyse</translation>
    </message>
    <message>
        <source>%1 files were not analyzed or were passed over by a rule.</source>
        <translation>%1 fichiers n&apos;ont pas été analysés ou ont été écartés par une règle.</translation>
    </message>
    <message>
        <source>Scan page</source>
        <translation>Page Analyse</translation>
    </message>
    <message>
        <source>The findings of the selected scan, most severe first: severity, state, rule, location and message. Select one to see where it is and how to fix it.</source>
        <translation>Les constats de l&apos;analyse sélectionnée, les plus graves en premier&#xa0;: gravité, état, règle, emplacement et message. Sélectionnez-en un pour voir où il se trouve et comment le corriger.</translation>
    </message>
    <message>
        <source>Every recorded scan of the assessment, newest first; select one to see its findings</source>
        <translation>Toutes les analyses enregistrées de l&apos;évaluation, les plus récentes en premier&#xa0;; sélectionnez-en une pour voir ses constats</translation>
    </message>
    <message>
        <source>Skipped files</source>
        <translation>Fichiers ignorés</translation>
    </message>
    <message>
        <source>Lists the files the last scan did not analyse, and why</source>
        <translation>Liste les fichiers que la dernière analyse n&apos;a pas analysés, et pourquoi</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanProgressPrinter</name>
    <message>
        <source>%1/%2 files, %3</source>
        <translation>%1/%2 fichiers, %3</translation>
    </message>
    <message>
        <source>greenlight-cli: scanned %1: %2</source>
        <translation>greenlight-cli&#xa0;: %1 analysés&#xa0;: %2</translation>
    </message>
    <message>
        <source>Scanning: %1  %2</source>
        <translation>Analyse&#xa0;: %1  %2</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanRecording</name>
    <message>
        <source>The scan was saved but its findings could not be read back: %1</source>
        <translation>L&apos;analyse a été enregistrée mais ses constats n&apos;ont pas pu être relus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanSession</name>
    <message>
        <source>analysis failed, file passed over (%1)</source>
        <translation>échec de l&apos;analyse, fichier écarté (%1)</translation>
    </message>
    <message>
        <source>binary file type, not read</source>
        <translation>type de fichier binaire, non lu</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanStore</name>
    <message>
        <source>finding %1 has an unknown severity or state value (%2, %3)</source>
        <translation>le constat %1 a une valeur de gravité ou d&apos;état inconnue (%2, %3)</translation>
    </message>
    <message>
        <source>a finding at %1:%2 has no rule id or fingerprint</source>
        <translation>un constat en %1:%2 n&apos;a ni identifiant de règle ni empreinte</translation>
    </message>
    <message>
        <source>the %1 finding at %2:%3 carries a secret hash that is not a SHA-256 digest; it was not stored</source>
        <translation>le constat %1 en %2:%3 porte un hachage de secret qui n&apos;est pas un condensé SHA-256&#xa0;; il n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>finding %1 has an unknown state value (%2)</source>
        <translation>le constat %1 a une valeur d&apos;état inconnue (%2)</translation>
    </message>
    <message>
        <source>scan %1 vanished while recording</source>
        <translation>l&apos;analyse %1 a disparu pendant l&apos;enregistrement</translation>
    </message>
    <message>
        <source>could not record the scan of %1</source>
        <translation>impossible d&apos;enregistrer l&apos;analyse de %1</translation>
    </message>
    <message>
        <source>could not list the scans of assessment %1</source>
        <translation>impossible de lister les analyses de l&apos;évaluation %1</translation>
    </message>
    <message>
        <source>could not load scan %1</source>
        <translation>impossible de charger l&apos;analyse %1</translation>
    </message>
    <message>
        <source>there is no scan with id %1</source>
        <translation>il n&apos;existe aucune analyse avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>could not load the findings of assessment %1</source>
        <translation>impossible de charger les constats de l&apos;évaluation %1</translation>
    </message>
    <message>
        <source>could not load the findings of scan %1</source>
        <translation>impossible de charger les constats de l&apos;analyse %1</translation>
    </message>
    <message>
        <source>could not load the findings of item %1</source>
        <translation>impossible de charger les constats du point %1</translation>
    </message>
    <message>
        <source>assessment %1 has no item %2</source>
        <translation>l&apos;évaluation %1 n&apos;a pas de point %2</translation>
    </message>
    <message>
        <source>could not compute the scan suggestions of assessment %1</source>
        <translation>impossible de calculer les suggestions d&apos;analyse de l&apos;évaluation %1</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanSummary</name>
    <message>
        <source>binary</source>
        <translation>binaire</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop volumineux</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>symlink loop</source>
        <translation>boucle de liens symboliques</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>fichier spécial</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanTextWriter</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Greenlight scan of %1</source>
        <translation>Analyse Greenlight de %1</translation>
    </message>
    <message>
        <source>CANCELLED: the scan stopped early; the results are incomplete.</source>
        <translation>ANNULÉE&#xa0;: l&apos;analyse s&apos;est arrêtée prématurément&#xa0;; les résultats sont incomplets.</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>(not a git repository)</source>
        <translation>(pas un dépôt git)</translation>
    </message>
    <message>
        <source>(no commit yet)</source>
        <translation>(pas encore de commit)</translation>
    </message>
    <message>
        <source>uncommitted changes</source>
        <translation>modifications non commitées</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>propre</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Jeu de règles</translation>
    </message>
    <message numerus="yes">
        <source>version %1, %n rule(s) ran</source>
        <translation>
            <numerusform>version %1, %n règle exécutée</numerusform>
            <numerusform>version %1, %n règles exécutées</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Analysé</translation>
    </message>
    <message>
        <source>%1 UTC in %2 s</source>
        <translation>%1 UTC en %2 s</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 scanned (%2), %3 skipped</source>
        <translation>%1 analysés (%2), %3 ignorés</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n finding(s) at or above %1 (--fail-on %1)</source>
        <translation>
            <numerusform>ÉCHEC&#xa0;: %n constat de gravité %1 ou supérieure (--fail-on %1)</numerusform>
            <numerusform>ÉCHEC&#xa0;: %n constats de gravité %1 ou supérieure (--fail-on %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>PASSED: nothing at or above %1 (--fail-on %1)</source>
        <translation>SUCCÈS&#xa0;: aucun constat de gravité %1 ou supérieure (--fail-on %1)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>scan %1 of assessment &apos;%2&apos;: %3 new, %4 still open, %5 fixed</source>
        <translation>analyse %1 de l&apos;évaluation «&#xa0;%2&#xa0;»&#xa0;: %3 nouveaux, %4 toujours ouverts, %5 corrigés</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Location: `%1` (repository)</source>
        <translation>Emplacement&#xa0;: `%1` (dépôt)</translation>
    </message>
    <message>
        <source>Location: `%1`</source>
        <translation>Emplacement&#xa0;: `%1`</translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checklist items: %1</source>
        <translation>Points de contrôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Skipped files (%1)</source>
        <translation>Fichiers ignorés (%1)</translation>
    </message>
    <message>
        <source>- and %1 more (--format json lists them all)</source>
        <translation>- et %1 de plus (--format json les liste tous)</translation>
    </message>
</context>
<context>
    <name>greenlight::SecretRuleCatalog</name>
    <message>
        <source>Treat the value as leaked: revoke or rotate it at the provider first, then remove it from the code and load it at run time from a secret store or the environment (Vault, AWS Secrets Manager, Kubernetes Secrets, CI secrets). Deleting the line is not enough: it stays in the git history, so rotation is what closes the hole.</source>
        <translation>Considérez la valeur comme divulguée&#xa0;: révoquez-la ou renouvelez-la d&apos;abord auprès du fournisseur, puis retirez-la du code et chargez-la à l&apos;exécution depuis un coffre de secrets ou l&apos;environnement (Vault, AWS Secrets Manager, Kubernetes Secrets, secrets de CI). Supprimer la ligne ne suffit pas&#xa0;: elle reste dans l&apos;historique git, et seule la rotation comble la faille.</translation>
    </message>
    <message>
        <source>Private key committed</source>
        <translation>Clé privée versionnée</translation>
    </message>
    <message>
        <source>A PEM/OpenSSH/PGP private key with its key material is in the repository. Anyone who can read the repository, its forks, clones, CI caches or backups can impersonate the server or user the key belongs to, or decrypt traffic it protected. Public keys and certificates are not reported.</source>
        <translation>Une clé privée PEM/OpenSSH/PGP, avec son matériel de clé, se trouve dans le dépôt. Quiconque peut lire le dépôt, ses forks, clones, caches de CI ou sauvegardes peut usurper l&apos;identité du serveur ou de l&apos;utilisateur auquel appartient la clé, ou déchiffrer le trafic qu&apos;elle protégeait. Les clés publiques et les certificats ne sont pas signalés.</translation>
    </message>
    <message>
        <source>Revoke and reissue the key pair (a deleted file stays in the git history), mount the new key at deploy time from a secret store, and add *.pem/*.key/id_* patterns to .gitignore. Test fixtures should use keys generated at test time.</source>
        <translation>Révoquez et réémettez la paire de clés (un fichier supprimé reste dans l&apos;historique git), montez la nouvelle clé au déploiement depuis un coffre de secrets, et ajoutez les motifs *.pem/*.key/id_* à .gitignore. Les fixtures de test doivent utiliser des clés générées au moment du test.</translation>
    </message>
    <message>
        <source>Cloud provider credential committed</source>
        <translation>Identifiant de fournisseur cloud versionné</translation>
    </message>
    <message>
        <source>An AWS access key id or secret access key, a GCP API key or service-account key, or an Azure storage account key or SAS signature is in clear in the repository. Cloud credentials are scanned for by attackers within minutes of a push and give direct access to data and billing. Documented example keys (AKIAIOSFODNN7EXAMPLE, the Azure emulator key) are not reported.</source>
        <translation>Un identifiant de clé d&apos;accès ou une clé d&apos;accès secrète AWS, une clé d&apos;API ou une clé de compte de service GCP, ou une clé de compte de stockage ou une signature SAS Azure figure en clair dans le dépôt. Les attaquants recherchent les identifiants cloud dans les minutes qui suivent un push, et ceux-ci donnent un accès direct aux données et à la facturation. Les clés d&apos;exemple documentées (AKIAIOSFODNN7EXAMPLE, la clé de l&apos;émulateur Azure) ne sont pas signalées.</translation>
    </message>
    <message>
        <source>API token committed</source>
        <translation>Jeton d&apos;API versionné</translation>
    </message>
    <message>
        <source>A GitHub, GitLab, Slack, Stripe or OpenAI-style token (or a Slack webhook URL) is in clear in the repository. These tokens act with the full rights of the account or integration that issued them.</source>
        <translation>Un jeton GitHub, GitLab, Slack, Stripe ou de type OpenAI (ou une URL de webhook Slack) figure en clair dans le dépôt. Ces jetons agissent avec tous les droits du compte ou de l&apos;intégration qui les a émis.</translation>
    </message>
    <message>
        <source>Password in a connection URL</source>
        <translation>Mot de passe dans une URL de connexion</translation>
    </message>
    <message>
        <source>A URL of the form scheme://user:password@host carries a literal password (database, broker, cache or git remote). It is also printed wherever the URL is logged. Interpolated passwords (${DB_PASSWORD}, %s, {password}) and placeholders are not reported.</source>
        <translation>Une URL de la forme scheme://user:password@host contient un mot de passe littéral (base de données, broker, cache ou remote git). Il apparaît aussi partout où l&apos;URL est journalisée. Les mots de passe interpolés (${DB_PASSWORD}, %s, {password}) et les valeurs fictives ne sont pas signalés.</translation>
    </message>
    <message>
        <source>Rotate the password, then build the URL at run time from a secret (DATABASE_URL injected from a secret store, or the password in its own environment variable) so the repository only holds the template.</source>
        <translation>Renouvelez le mot de passe, puis construisez l&apos;URL à l&apos;exécution à partir d&apos;un secret (DATABASE_URL injectée depuis un coffre de secrets, ou le mot de passe dans sa propre variable d&apos;environnement) afin que le dépôt ne contienne que le gabarit de l&apos;URL.</translation>
    </message>
    <message>
        <source>Hard-coded password or secret</source>
        <translation>Mot de passe ou secret codé en dur</translation>
    </message>
    <message>
        <source>A variable or key named like a credential (password, secret, token, api_key, access_key, client_secret) is assigned a literal whose randomness (Shannon entropy per character, character variety) says it is a real secret rather than a word, reference or placeholder. Hard-coded credentials are shared by every environment and cannot be rotated without a release.</source>
        <translation>Une variable ou une clé nommée comme un identifiant (password, secret, token, api_key, access_key, client_secret) reçoit une valeur littérale dont le caractère aléatoire (entropie de Shannon par caractère, variété des caractères) indique un vrai secret plutôt qu&apos;un mot, une référence ou une valeur fictive. Les identifiants codés en dur sont partagés par tous les environnements et ne peuvent pas être renouvelés sans nouvelle version.</translation>
    </message>
    <message>
        <source>.env file committed</source>
        <translation>Fichier .env versionné</translation>
    </message>
    <message>
        <source>A .env file with values is tracked in the repository (the scan honours .gitignore, so an ignored .env is not reported). .env files hold the local or deployed configuration, usually including credentials, and end up in images built with COPY . . as well. Templates named .env.example, .env.sample, .env.template or .env.dist are fine.</source>
        <translation>Un fichier .env contenant des valeurs est suivi dans le dépôt (l&apos;analyse respecte .gitignore&#xa0;: un .env ignoré n&apos;est pas signalé). Les fichiers .env contiennent la configuration locale ou déployée, généralement identifiants compris, et se retrouvent aussi dans les images construites avec «&#xa0;COPY . .&#xa0;». Les modèles nommés .env.example, .env.sample, .env.template ou .env.dist sont acceptés.</translation>
    </message>
    <message>
        <source>Remove the file from git (git rm --cached .env), add .env and .env.* (with !.env.example) to .gitignore and .dockerignore, commit a .env.example with placeholder values, and rotate every credential the committed file held.</source>
        <translation>Retirez le fichier de git (git rm --cached .env), ajoutez .env et .env.* (avec&#xa0;!.env.example) à .gitignore et .dockerignore, commitez un .env.example avec des valeurs fictives, et renouvelez chaque identifiant que contenait le fichier versionné.</translation>
    </message>
</context>
<context>
    <name>greenlight::SecretsAnalyzer</name>
    <message>
        <source>Private key (%1) with its key material committed in clear</source>
        <translation>Clé privée (%1) versionnée en clair avec son matériel de clé</translation>
    </message>
    <message>
        <source>Literal password in a %1:// URL: %2</source>
        <translation>Mot de passe littéral dans une URL %1://&#xa0;: %2</translation>
    </message>
    <message>
        <source>Hard-coded secret assigned to &apos;%1&apos;: %2 (%3 characters, %4 bits of entropy per character)</source>
        <translation>Secret codé en dur affecté à «&#xa0;%1&#xa0;»&#xa0;: %2 (%3 caractères, %4 bits d&apos;entropie par caractère)</translation>
    </message>
    <message>
        <source>%1 committed in clear: %2</source>
        <translation>%1 en clair dans le dépôt&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n secrets found; only the first %1 are reported</source>
        <translation>
            <numerusform>%n secret trouvé ; seuls les %1 premiers sont signalés</numerusform>
            <numerusform>%n secrets trouvés ; seuls les %1 premiers sont signalés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is committed with %n value(s) (first: %2); values are masked</source>
        <translation>
            <numerusform>%1 est versionné avec %n valeur (première : %2) ; les valeurs sont masquées</numerusform>
            <numerusform>%1 est versionné avec %n valeurs (première : %2) ; les valeurs sont masquées</numerusform>
        </translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>Clé d&apos;accès secrète AWS</translation>
    </message>
    <message>
        <source>hard-coded secret</source>
        <translation>secret codé en dur</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>clé privée</translation>
    </message>
    <message>
        <source>GCP service-account private key</source>
        <translation>Clé privée de compte de service GCP</translation>
    </message>
    <message>
        <source>AWS access key id</source>
        <translation>Identifiant de clé d&apos;accès AWS</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Clé d&apos;API Google</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>Jeton GitHub</translation>
    </message>
    <message>
        <source>GitLab personal access token</source>
        <translation>Jeton d&apos;accès personnel GitLab</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>Jeton Slack</translation>
    </message>
    <message>
        <source>Slack webhook URL</source>
        <translation>URL de webhook Slack</translation>
    </message>
    <message>
        <source>Stripe live key</source>
        <translation>Clé Stripe de production (live)</translation>
    </message>
    <message>
        <source>OpenAI-style API key</source>
        <translation>Clé d&apos;API de type OpenAI</translation>
    </message>
    <message>
        <source>Azure storage account key</source>
        <translation>Clé de compte de stockage Azure</translation>
    </message>
    <message>
        <source>Azure shared access signature</source>
        <translation>Signature d&apos;accès partagé (SAS) Azure</translation>
    </message>
    <message>
        <source>password in a URL</source>
        <translation>mot de passe dans une URL</translation>
    </message>
</context>
<context>
    <name>greenlight::SetCommand</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Set an item&apos;s status, and optionally its owner and note.</source>
        <translation>Définir le statut d&apos;un point et, facultativement, son responsable et sa note.</translation>
    </message>
    <message>
        <source>ASSESSMENT ITEM-ID STATUS</source>
        <translation>ASSESSMENT ITEM-ID STATUS</translation>
    </message>
    <message>
        <source>Sets the status of one item of an assessment, recorded with an audit event.
ASSESSMENT is the assessment&apos;s id or exact name. ITEM-ID is the item&apos;s id, e.g.
SEC-012, or template:ID (security:SEC-012) when several templates use the id.
STATUS is one of: %1.
--owner and --note replace the owner and note; an empty value clears them.</source>
        <translation>Définit le statut d&apos;un point d&apos;une évaluation, enregistré avec un événement d&apos;audit.
ASSESSMENT est l&apos;identifiant ou le nom exact de l&apos;évaluation. ITEM-ID est l&apos;identifiant du point,
p. ex. SEC-012, ou template:ID (security:SEC-012) lorsque plusieurs modèles utilisent cet identifiant.
STATUS est l&apos;un des suivants&#xa0;: %1.
--owner et --note remplacent le responsable et la note&#xa0;; une valeur vide les efface.</translation>
    </message>
    <message>
        <source>Replace the item&apos;s note.</source>
        <translation>Remplacer la note du point.</translation>
    </message>
    <message>
        <source>Replace the item&apos;s owner.</source>
        <translation>Remplacer le responsable du point.</translation>
    </message>
    <message>
        <source>expected ASSESSMENT, ITEM-ID and STATUS</source>
        <translation>ASSESSMENT, ITEM-ID et STATUS attendus</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (valid: %2)</source>
        <translation>statut inconnu «&#xa0;%1&#xa0;» (valeurs valides&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: owner %2 -&gt; %3</source>
        <translation>%1&#xa0;: responsable %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: note updated</source>
        <translation>%1&#xa0;: note mise à jour</translation>
    </message>
</context>
<context>
    <name>greenlight::Severity</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>greenlight::ShortcutCatalog</name>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>Toute la fenêtre</translation>
    </message>
    <message>
        <source>%1 › </source>
        <translation>%1 › </translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
</context>
<context>
    <name>greenlight::ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Lists, fields and dialogs</source>
        <translation>Listes, champs et boîtes de dialogue</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Passer à l&apos;élément suivant ou précédent</translation>
    </message>
    <message>
        <source>Use the menu, button or field whose letter is underlined</source>
        <translation>Utiliser le menu, le bouton ou le champ dont la lettre est soulignée</translation>
    </message>
    <message>
        <source>Open the selected row of a list</source>
        <translation>Ouvrir la ligne sélectionnée d&apos;une liste</translation>
    </message>
    <message>
        <source>Check a box or press the focused button</source>
        <translation>Cocher une case ou appuyer sur le bouton qui a le focus</translation>
    </message>
    <message>
        <source>Open a drop-down list</source>
        <translation>Ouvrir une liste déroulante</translation>
    </message>
    <message>
        <source>Close a dialog or a menu without changes</source>
        <translation>Fermer une boîte de dialogue ou un menu sans modification</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by command, key or area</source>
        <translation>Filtrer par commande, touche ou zone</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Shows only the shortcuts whose command, key, menu or area contains every word typed</source>
        <translation>Affiche uniquement les raccourcis dont la commande, la touche, le menu ou la zone contient tous les mots saisis</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Works in</source>
        <translation>Disponible dans</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window, grouped by menu or area: the command, its keys and where they work</source>
        <translation>Tous les raccourcis clavier de la fenêtre, groupés par menu ou par zone&#xa0;: la commande, ses touches et l&apos;endroit où elles fonctionnent</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes the list of keyboard shortcuts</source>
        <translation>Ferme la liste des raccourcis clavier</translation>
    </message>
    <message numerus="yes">
        <source>%n shortcut(s)</source>
        <translation>
            <numerusform>%n raccourci clavier</numerusform>
            <numerusform>%n raccourcis clavier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shortcut(s)</source>
        <translation>
            <numerusform>%1 sur %n raccourci clavier</numerusform>
            <numerusform>%1 sur %n raccourcis clavier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ShowCommand</name>
    <message>
        <source>Show an assessment: progress, sections and items.</source>
        <translation>Afficher une évaluation&#xa0;: progression, sections et points.</translation>
    </message>
    <message>
        <source>ASSESSMENT</source>
        <translation>ASSESSMENT</translation>
    </message>
    <message>
        <source>Shows an assessment (ASSESSMENT is its id or exact name): its details, progress,
a summary per section and every item with status, severity, owner and note.
--format json prints the same as one JSON object (formatVersion 1) with the keys
assessment, progress, sections and items.</source>
        <translation>Affiche une évaluation (ASSESSMENT est son identifiant ou son nom exact)&#xa0;: ses détails, sa progression,
une synthèse par section et chaque point avec son statut, sa gravité, son responsable et sa note.
--format json affiche la même chose sous la forme d&apos;un objet JSON (formatVersion 1) avec les clés
assessment, progress, sections et items.</translation>
    </message>
    <message>
        <source>no assessment given</source>
        <translation>aucune évaluation indiquée</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (identifiant %2)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%1/%2 done (%3%): %4</source>
        <translation>%1/%2 traités (%3&#xa0;%)&#xa0;: %4</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>SECTION</source>
        <translation>SECTION</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>POINTS</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>TRAITÉS</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHOUÉS</translation>
    </message>
    <message>
        <source>IN PROGRESS</source>
        <translation>EN COURS</translation>
    </message>
    <message>
        <source>NOT STARTED</source>
        <translation>NON COMMENCÉS</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>RESPONSABLE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
</context>
<context>
    <name>greenlight::SignCommand</name>
    <message>
        <source>Sign off an assessment in one of its sign-off roles.</source>
        <translation>Signer une évaluation au titre de l&apos;un de ses rôles d&apos;approbation.</translation>
    </message>
    <message>
        <source>ASSESSMENT</source>
        <translation>ASSESSMENT</translation>
    </message>
    <message>
        <source>Records a signature for a sign-off role (see &apos;signoffs ASSESSMENT&apos; for the
roles). The signature covers the SHA-256 of the assessment&apos;s content now; any
later change makes it stale. --decision conditional needs --comment (the
conditions). --key FILE adds an Ed25519 signature made with that key;
--generate-key creates the key first (default %1).
deployment-approval can only approve when no blockers remain.</source>
        <translation>Enregistre une signature pour un rôle d&apos;approbation (voir «&#xa0;signoffs ASSESSMENT&#xa0;» pour les
rôles). La signature couvre le SHA-256 du contenu actuel de l&apos;évaluation&#xa0;; toute
modification ultérieure la rend périmée. --decision conditional exige --comment (les
conditions). --key FILE ajoute une signature Ed25519 faite avec cette clé&#xa0;;
--generate-key crée d&apos;abord la clé (par défaut %1).
deployment-approval ne peut approuver que s&apos;il ne reste aucun blocage.</translation>
    </message>
    <message>
        <source>The sign-off role id.</source>
        <translation>Identifiant du rôle d&apos;approbation.</translation>
    </message>
    <message>
        <source>The signer&apos;s name.</source>
        <translation>Nom du signataire.</translation>
    </message>
    <message>
        <source>approve, conditional or reject.</source>
        <translation>approve, conditional ou reject.</translation>
    </message>
    <message>
        <source>Conditions or comment.</source>
        <translation>Conditions ou commentaire.</translation>
    </message>
    <message>
        <source>Ed25519 key file to sign with.</source>
        <translation>Fichier de clé Ed25519 avec lequel signer.</translation>
    </message>
    <message>
        <source>Create the key file first.</source>
        <translation>Créer d&apos;abord le fichier de clé.</translation>
    </message>
    <message>
        <source>expected ASSESSMENT</source>
        <translation>ASSESSMENT attendu</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>unknown decision &apos;%1&apos; (use approve, conditional or reject)</source>
        <translation>décision inconnue «&#xa0;%1&#xa0;» (utilisez approve, conditional ou reject)</translation>
    </message>
    <message>
        <source>%1: %2 by %3</source>
        <translation>%1&#xa0;: %2 par %3</translation>
    </message>
    <message>
        <source>content sha256: %1</source>
        <translation>sha256 du contenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>ed25519 public key: %1</source>
        <translation>clé publique ed25519&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>greenlight::SignDialog</name>
    <message>
        <source>Sign Off</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Votre nom complet</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Approuver sous conditions</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Conditions (for a conditional approval) or reasons</source>
        <translation>Conditions (pour une approbation sous conditions) ou motifs</translation>
    </message>
    <message>
        <source>Also sign with my Ed25519 &amp;key (created if missing)</source>
        <translation>Signer aussi avec ma c&amp;lé Ed25519 (créée si absente)</translation>
    </message>
    <message>
        <source>Adds a signature anyone with your public key can verify offline</source>
        <translation>Ajoute une signature que toute personne disposant de votre clé publique peut vérifier hors ligne</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Signification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>&amp;Fichier de clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <source>By signing you state: %1</source>
        <translation>En signant, vous déclarez&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the key file to sign with.</source>
        <translation>Indiquez le fichier de clé avec lequel signer.</translation>
    </message>
    <message>
        <source>Choose the role you sign for.</source>
        <translation>Choisissez le rôle au titre duquel vous signez.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
    <message>
        <source>List the conditions of the approval.</source>
        <translation>Énumérez les conditions de l&apos;approbation.</translation>
    </message>
    <message>
        <source>Say why you reject.</source>
        <translation>Indiquez pourquoi vous rejetez.</translation>
    </message>
    <message>
        <source>Signer name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Your full name, recorded with the signature</source>
        <translation>Votre nom complet, enregistré avec la signature</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>The sign-off role you sign for</source>
        <translation>Le rôle d&apos;approbation au titre duquel vous signez</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Approve, approve with conditions, or reject</source>
        <translation>Approuver, approuver sous conditions ou rejeter</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>The conditions of a conditional approval, or the reasons for a rejection</source>
        <translation>Les conditions d&apos;une approbation sous conditions, ou les motifs d&apos;un rejet</translation>
    </message>
    <message>
        <source>Sign with my key</source>
        <translation>Signer avec ma clé</translation>
    </message>
    <message>
        <source>Also signs with your Ed25519 key, so anyone with your public key can verify the signature offline</source>
        <translation>Signe aussi avec votre clé Ed25519, afin que toute personne disposant de votre clé publique puisse vérifier la signature hors ligne</translation>
    </message>
    <message>
        <source>The Ed25519 key file to sign with; created if missing</source>
        <translation>Le fichier de clé Ed25519 avec lequel signer&#xa0;; créé s&apos;il est absent</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Records the signature over the assessment&apos;s current content</source>
        <translation>Enregistre la signature portant sur le contenu actuel de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes without signing</source>
        <translation>Ferme sans signer</translation>
    </message>
</context>
<context>
    <name>greenlight::SignoffPage</name>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation>Approuvé sous conditions</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Signer…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Deployment Approval</source>
        <translation>Approbation de déploiement</translation>
    </message>
    <message>
        <source>Could not read the sign-offs: %1</source>
        <translation>Impossible de lire les approbations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Audit chain head: %1</source>
        <translation>Tête de la chaîne d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Audit chain head unavailable: %1</source>
        <translation>Tête de la chaîne d&apos;audit indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 items done: &lt;b&gt;%3 passed&lt;/b&gt;, %4 not applicable, &lt;span style=&quot;color:#b06000&quot;&gt;&lt;b&gt;%5 waived&lt;/b&gt;&lt;/span&gt; (risk accepted, not passed) · &lt;span style=&quot;color:#c0392b&quot;&gt;&lt;b&gt;%6 failed&lt;/b&gt;&lt;/span&gt; · %7 in progress · %8 not started</source>
        <translation>%1 points traités sur %2&#xa0;: &lt;b&gt;%3 réussis&lt;/b&gt;, %4 non applicables, &lt;span style=&quot;color:#b06000&quot;&gt;&lt;b&gt;%5 avec dérogation&lt;/b&gt;&lt;/span&gt; (risque accepté, non réussis) · &lt;span style=&quot;color:#c0392b&quot;&gt;&lt;b&gt;%6 échoués&lt;/b&gt;&lt;/span&gt; · %7 en cours · %8 non commencés</translation>
    </message>
    <message>
        <source> · &lt;span style=&quot;color:#c0392b&quot;&gt;%1 with an expired waiver&lt;/span&gt;</source>
        <translation> · &lt;span style=&quot;color:#c0392b&quot;&gt;%1 avec une dérogation expirée&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Content SHA-256 %1</source>
        <translation>SHA-256 du contenu %1</translation>
    </message>
    <message>
        <source>stale — content changed since signing</source>
        <translation>périmée — contenu modifié depuis la signature</translation>
    </message>
    <message>
        <source>current</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Conditions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#1e8449&quot;&gt;&lt;b&gt;Deployment Approval can be given.&lt;/b&gt;&lt;/span&gt; Every required role has approved and no critical or high item is failed without a waiver in force.</source>
        <translation>&lt;span style=&quot;color:#1e8449&quot;&gt;&lt;b&gt;L&apos;approbation de déploiement peut être donnée.&lt;/b&gt;&lt;/span&gt; Tous les rôles requis ont approuvé et aucun point critique ou élevé n&apos;est échoué sans dérogation en vigueur.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#c0392b&quot;&gt;&lt;b&gt;Deployment Approval is blocked&lt;/b&gt;&lt;/span&gt; by %n thing(s):</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#c0392b&quot;&gt;&lt;b&gt;L&apos;approbation de déploiement est bloquée&lt;/b&gt;&lt;/span&gt; par %n élément&#xa0;:</numerusform>
            <numerusform>&lt;span style=&quot;color:#c0392b&quot;&gt;&lt;b&gt;L&apos;approbation de déploiement est bloquée&lt;/b&gt;&lt;/span&gt; par %n éléments&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>Condition&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign-off page</source>
        <translation>Page Approbation</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Signs for a role: approve, approve with conditions or reject the assessment as it is now</source>
        <translation>Signe au titre d&apos;un rôle&#xa0;: approuver, approuver sous conditions ou rejeter l&apos;évaluation dans son état actuel</translation>
    </message>
    <message>
        <source>Sign-off roles</source>
        <translation>Rôles d&apos;approbation</translation>
    </message>
    <message>
        <source>Each role with its signer, decision and date, and whether the signature is current or stale; under a stale one, what changed</source>
        <translation>Chaque rôle avec son signataire, sa décision et sa date, et si la signature est à jour ou périmée&#xa0;; sous une signature périmée, ce qui a changé</translation>
    </message>
    <message>
        <source>Approval blockers</source>
        <translation>Blocages de l&apos;approbation</translation>
    </message>
    <message>
        <source>What blocks Deployment Approval, and the conditions of conditional approvals</source>
        <translation>Ce qui bloque l&apos;approbation de déploiement, et les conditions des approbations sous conditions</translation>
    </message>
</context>
<context>
    <name>greenlight::SignoffStore</name>
    <message>
        <source>could not load the sign-off roles</source>
        <translation>impossible de charger les rôles d&apos;approbation</translation>
    </message>
    <message>
        <source>a signature needs the signer&apos;s name</source>
        <translation>une signature nécessite le nom du signataire</translation>
    </message>
    <message>
        <source>the comment is too long (at most %1 characters)</source>
        <translation>le commentaire est trop long (%1 caractères au maximum)</translation>
    </message>
    <message>
        <source>a conditional approval needs its conditions (--comment)</source>
        <translation>une approbation sous conditions nécessite ses conditions (--comment)</translation>
    </message>
    <message>
        <source>a cryptographic signature needs both the public key and the signature</source>
        <translation>une signature cryptographique nécessite à la fois la clé publique et la signature</translation>
    </message>
    <message>
        <source>assessment %1 has no sign-off roles (add the signoff template when creating it)</source>
        <translation>l&apos;évaluation %1 n&apos;a aucun rôle d&apos;approbation (ajoutez le modèle signoff lors de sa création)</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (roles: %2)</source>
        <translation>rôle inconnu «&#xa0;%1&#xa0;» (rôles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>could not record the signature for %1</source>
        <translation>impossible d&apos;enregistrer la signature pour %1</translation>
    </message>
    <message>
        <source>the assessment changed while signing; sign again</source>
        <translation>l&apos;évaluation a changé pendant la signature&#xa0;; signez de nouveau</translation>
    </message>
    <message>
        <source>Deployment Approval is blocked:
  %1</source>
        <translation>L&apos;approbation de déploiement est bloquée&#xa0;:
  %1</translation>
    </message>
    <message>
        <source>could not load the signatures</source>
        <translation>impossible de charger les signatures</translation>
    </message>
</context>
<context>
    <name>greenlight::SignoffsCommand</name>
    <message>
        <source>Show sign-off roles, signatures, staleness and approval blockers.</source>
        <translation>Afficher les rôles d&apos;approbation, les signatures, leur péremption et les blocages de l&apos;approbation.</translation>
    </message>
    <message>
        <source>ASSESSMENT</source>
        <translation>ASSESSMENT</translation>
    </message>
    <message>
        <source>expected ASSESSMENT</source>
        <translation>ASSESSMENT attendu</translation>
    </message>
    <message>
        <source>%1 has no sign-off roles.</source>
        <translation>%1 n&apos;a aucun rôle d&apos;approbation.</translation>
    </message>
    <message>
        <source>, optional)</source>
        <translation>, facultatif)</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1 par %2 le %3</translation>
    </message>
    <message>
        <source> [ed25519]</source>
        <translation> [ed25519]</translation>
    </message>
    <message>
        <source>comment: %1</source>
        <translation>commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>STALE - content changed since signing:</source>
        <translation>PÉRIMÉE - le contenu a changé depuis la signature&#xa0;:</translation>
    </message>
    <message>
        <source>Deployment Approval: allowed</source>
        <translation>Approbation de déploiement&#xa0;: autorisée</translation>
    </message>
    <message>
        <source>Deployment Approval: blocked</source>
        <translation>Approbation de déploiement&#xa0;: bloquée</translation>
    </message>
    <message>
        <source>condition: %1</source>
        <translation>condition&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>greenlight::SnapshotBuilder</name>
    <message>
        <source>Open scan findings bear on this item: %1.</source>
        <translation>Des constats d&apos;analyse ouverts concernent ce point&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Evidence %1 went stale on %2.</source>
        <translation>La preuve %1 est périmée depuis le %2.</translation>
    </message>
    <message>
        <source>Passed without the evidence this item requires.</source>
        <translation>Réussi sans la preuve exigée par ce point.</translation>
    </message>
    <message>
        <source>could not count the audit events: %1</source>
        <translation>impossible de compter les événements d&apos;audit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>greenlight::SystemdAnalyzer</name>
    <message>
        <source>systemd service runs as root</source>
        <translation>Service systemd exécuté en tant que root</translation>
    </message>
    <message>
        <source>A service without User= (or with User=root) runs its process as root with full access to the host: any vulnerability in it is a root compromise.</source>
        <translation>Un service sans User= (ou avec User=root) exécute son processus en tant que root avec un accès complet à l&apos;hôte&#xa0;: toute vulnérabilité de ce service devient une compromission root.</translation>
    </message>
    <message>
        <source>Set `User=` and `Group=` to a dedicated system account, or `DynamicUser=yes` for services that need no persistent identity.</source>
        <translation>Définissez `User=` et `Group=` sur un compte système dédié, ou `DynamicUser=yes` pour les services qui n&apos;ont pas besoin d&apos;une identité persistante.</translation>
    </message>
    <message>
        <source>systemd service without stop signal/timeout</source>
        <translation>Service systemd sans signal ni délai d&apos;arrêt</translation>
    </message>
    <message>
        <source>On stop, systemd sends KillSignal (SIGTERM by default) and kills the process after TimeoutStopSec (90 s by default). Without explicit values, the drain the application needs is not documented and does not match the container and orchestrator settings.</source>
        <translation>À l&apos;arrêt, systemd envoie KillSignal (SIGTERM par défaut) et tue le processus après TimeoutStopSec (90 s par défaut). Sans valeurs explicites, la vidange dont l&apos;application a besoin n&apos;est pas documentée et ne correspond pas aux réglages du conteneur et de l&apos;orchestrateur.</translation>
    </message>
    <message>
        <source>Set `KillSignal=SIGTERM` (or the signal that triggers a graceful drain) and `TimeoutStopSec=` to the drain time, aligned with the other deployments.</source>
        <translation>Définissez `KillSignal=SIGTERM` (ou le signal qui déclenche une vidange en douceur) et `TimeoutStopSec=` à la durée de vidange, en cohérence avec les autres déploiements.</translation>
    </message>
    <message>
        <source>systemd service without basic hardening</source>
        <translation>Service systemd sans durcissement de base</translation>
    </message>
    <message>
        <source>NoNewPrivileges= stops the service from gaining privileges through setuid binaries, and ProtectSystem= makes /usr, /boot and /etc read-only for it: cheap settings that contain most post-exploitation steps.</source>
        <translation>NoNewPrivileges= empêche le service d&apos;obtenir des privilèges via des binaires setuid, et ProtectSystem= rend /usr, /boot et /etc accessibles en lecture seule pour lui&#xa0;: des réglages peu coûteux qui bloquent la plupart des étapes post-exploitation.</translation>
    </message>
    <message>
        <source>Add `NoNewPrivileges=yes` and `ProtectSystem=strict` (with `ReadWritePaths=` for what it must write); `systemd-analyze security UNIT` lists further options.</source>
        <translation>Ajoutez `NoNewPrivileges=yes` et `ProtectSystem=strict` (avec `ReadWritePaths=` pour ce qu&apos;il doit écrire)&#xa0;; `systemd-analyze security UNIT` liste d&apos;autres options.</translation>
    </message>
    <message>
        <source>the service sets neither User= nor DynamicUser=yes, so it runs as root</source>
        <translation>le service ne définit ni User= ni DynamicUser=yes&#xa0;: il s&apos;exécute donc en tant que root</translation>
    </message>
    <message>
        <source>the service runs as User=%1</source>
        <translation>le service s&apos;exécute en tant que User=%1</translation>
    </message>
    <message>
        <source>the service does not set %1</source>
        <translation>le service ne définit pas %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ni </translation>
    </message>
    <message>
        <source>the service lacks %1</source>
        <translation>il manque %1 au service</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>greenlight::TemplateCatalog</name>
    <message>
        <source>template id &apos;%1&apos; is already used by %2 in the same folder; this file is skipped</source>
        <translation>l&apos;identifiant de modèle «&#xa0;%1&#xa0;» est déjà utilisé par %2 dans le même dossier&#xa0;; ce fichier est ignoré</translation>
    </message>
</context>
<context>
    <name>greenlight::TemplateLoader</name>
    <message>
        <source>entry %1 of &apos;rules&apos; is empty</source>
        <translation>l&apos;entrée %1 de «&#xa0;rules&#xa0;» est vide</translation>
    </message>
    <message>
        <source>expected a custom rule (a mapping with id, title, severity and one check), found %1</source>
        <translation>attendu&#xa0;: une règle personnalisée (un mappage avec id, title, severity et une vérification), trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>a custom rule</source>
        <translation>une règle personnalisée</translation>
    </message>
    <message>
        <source>invalid severity &apos;%1&apos; (allowed: %2)</source>
        <translation>gravité non valide «&#xa0;%1&#xa0;» (valeurs autorisées&#xa0;: %2)</translation>
    </message>
    <message>
        <source>invalid rule id &apos;%1&apos; (use lower-case words joined by dots, e.g. custom.audit-db-lockdown)</source>
        <translation>identifiant de règle non valide «&#xa0;%1&#xa0;» (utilisez des mots en minuscules reliés par des points, p. ex. custom.audit-db-lockdown)</translation>
    </message>
    <message>
        <source>duplicate rule id &apos;%1&apos; (first defined at line %2)</source>
        <translation>identifiant de règle «&#xa0;%1&#xa0;» en double (première définition à la ligne %2)</translation>
    </message>
    <message>
        <source>the custom rule</source>
        <translation>(sans identifiant)</translation>
    </message>
    <message>
        <source>custom rule %1 has several checks (%2); a rule has exactly one</source>
        <translation>la règle personnalisée %1 a plusieurs vérifications (%2)&#xa0;; une règle en a exactement une</translation>
    </message>
    <message>
        <source>custom rule %1 has no check (add file with must_contain, file with must_not_match, file_exists or file_absent)</source>
        <translation>la règle personnalisée %1 n&apos;a aucune vérification (ajoutez file avec must_contain, file avec must_not_match, file_exists ou file_absent)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;file&apos; (the glob of the files to search)</source>
        <translation>«&#xa0;%1&#xa0;» nécessite «&#xa0;file&#xa0;» (le glob des fichiers à examiner)</translation>
    </message>
    <message>
        <source>&apos;file&apos; does not go with &apos;%1&apos; (the glob belongs in &apos;%1&apos; itself)</source>
        <translation>«&#xa0;file&#xa0;» ne va pas avec «&#xa0;%1&#xa0;» (le glob se place dans «&#xa0;%1&#xa0;» lui-même)</translation>
    </message>
    <message>
        <source>invalid glob &apos;%1&apos; for &apos;%2&apos;: %3</source>
        <translation>glob «&#xa0;%1&#xa0;» non valide pour «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>invalid regular expression &apos;%1&apos; for &apos;%2&apos;: %3 (RE2 syntax)</source>
        <translation>expression régulière «&#xa0;%1&#xa0;» non valide pour «&#xa0;%2&#xa0;»&#xa0;: %3 (syntaxe RE2)</translation>
    </message>
    <message>
        <source>too many problems; stopped after the first %1</source>
        <translation>trop de problèmes&#xa0;; arrêt après les %1 premiers</translation>
    </message>
    <message>
        <source>file is too large: %1 bytes (templates are limited to 1 MiB)</source>
        <translation>fichier trop volumineux&#xa0;: %1 octets (les modèles sont limités à 1 MiB)</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not a template file</source>
        <translation>est un dossier, pas un fichier de modèle</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot load the file: %1</source>
        <translation>impossible de charger le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a mapping at the top level, found %1</source>
        <translation>attendu&#xa0;: un mappage au niveau supérieur, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>le modèle</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and dashes, starting with a letter, e.g. data-protection</source>
        <translation>utilisez des lettres minuscules, des chiffres et des tirets, en commençant par une lettre, p. ex. data-protection</translation>
    </message>
    <message>
        <source>template id</source>
        <translation>identifiant de modèle</translation>
    </message>
    <message>
        <source>invalid language &apos;%1&apos; (expected a BCP 47 tag such as en, de or fr-CA)</source>
        <translation>langue non valide «&#xa0;%1&#xa0;» (une balise BCP 47 est attendue, comme en, de ou fr-CA)</translation>
    </message>
    <message>
        <source>the template has no sections</source>
        <translation>le modèle n&apos;a aucune section</translation>
    </message>
    <message>
        <source>a section (a mapping with id, title and items)</source>
        <translation>une section (un mappage avec id, title et items)</translation>
    </message>
    <message>
        <source>a sign-off role (a mapping with id, title and meaning)</source>
        <translation>un rôle d&apos;approbation (un mappage avec id, title et meaning)</translation>
    </message>
    <message>
        <source>expected the number 1 for &apos;schema&apos;, found %1</source>
        <translation>attendu&#xa0;: le nombre 1 pour «&#xa0;schema&#xa0;», trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>unsupported schema version &apos;%1&apos; (this version of Greenlight reads schema 1)</source>
        <translation>version de schéma «&#xa0;%1&#xa0;» non prise en charge (cette version de Greenlight lit le schéma 1)</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>une section</translation>
    </message>
    <message>
        <source>section id</source>
        <translation>identifiant de section</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and dashes, starting with a letter, e.g. access-control</source>
        <translation>utilisez des lettres minuscules, des chiffres et des tirets, en commençant par une lettre, p. ex. access-control</translation>
    </message>
    <message>
        <source>the section has no items</source>
        <translation>la section n&apos;a aucun point</translation>
    </message>
    <message>
        <source>section &apos;%1&apos; has no items</source>
        <translation>la section «&#xa0;%1&#xa0;» n&apos;a aucun point</translation>
    </message>
    <message>
        <source>an item (a mapping with id, title, guidance, severity and evidence)</source>
        <translation>un point (un mappage avec id, title, guidance, severity et evidence)</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>un point</translation>
    </message>
    <message>
        <source>item id</source>
        <translation>identifiant de point</translation>
    </message>
    <message>
        <source>use upper-case letters and digits, a dash and three digits, e.g. SEC-012</source>
        <translation>utilisez des lettres majuscules et des chiffres, un tiret et trois chiffres, p. ex. SEC-012</translation>
    </message>
    <message>
        <source>invalid evidence &apos;%1&apos; (allowed: %2)</source>
        <translation>preuve non valide «&#xa0;%1&#xa0;» (valeurs autorisées&#xa0;: %2)</translation>
    </message>
    <message>
        <source>check</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>expected a scan rule id such as docker.root-user</source>
        <translation>un identifiant de règle d&apos;analyse est attendu, p. ex. docker.root-user</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and dashes, e.g. supply-chain</source>
        <translation>utilisez des lettres minuscules, des chiffres et des tirets, p. ex. supply-chain</translation>
    </message>
    <message>
        <source>a sign-off role</source>
        <translation>un rôle d&apos;approbation</translation>
    </message>
    <message>
        <source>sign-off role id</source>
        <translation>identifiant de rôle d&apos;approbation</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and dashes, starting with a letter, e.g. security-review</source>
        <translation>utilisez des lettres minuscules, des chiffres et des tirets, en commençant par une lettre, p. ex. security-review</translation>
    </message>
    <message>
        <source>invalid %1 &apos;%2&apos; (%3)</source>
        <translation>%1 non valide «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <source>duplicate %1 &apos;%2&apos; (first defined at line %3)</source>
        <translation>%1 «&#xa0;%2&#xa0;» en double (première définition à la ligne %3)</translation>
    </message>
    <message>
        <source>entry %1 of &apos;%2&apos; is empty</source>
        <translation>l&apos;entrée %1 de «&#xa0;%2&#xa0;» est vide</translation>
    </message>
    <message>
        <source>expected a string in &apos;%1&apos;, found %2</source>
        <translation>attendu&#xa0;: une chaîne dans «&#xa0;%1&#xa0;», trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu&#xa0;: %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>file is not valid UTF-8 text (invalid byte 0x%1)</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 valide (octet 0x%1 non valide)</translation>
    </message>
    <message>
        <source>file contains the control character 0x%1; a template must be plain text</source>
        <translation>le fichier contient le caractère de contrôle 0x%1&#xa0;; un modèle doit être du texte brut</translation>
    </message>
    <message>
        <source>file has more than %1 &apos;,&apos;, &apos;[&apos; and &apos;{&apos; characters; YAML lists and mappings this large are refused</source>
        <translation>le fichier contient plus de %1 caractères «&#xa0;,&#xa0;», «&#xa0;[&#xa0;» et «&#xa0;{&#xa0;»&#xa0;; des listes et mappages YAML aussi grands sont refusés</translation>
    </message>
    <message>
        <source>expected a key name, found %1</source>
        <translation>attendu&#xa0;: un nom de clé, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first defined at line %2)</source>
        <translation>clé «&#xa0;%1&#xa0;» en double (première définition à la ligne %2)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (allowed: %3)</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;» dans %2 (clés autorisées&#xa0;: %3)</translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos; in %2</source>
        <translation>clé obligatoire «&#xa0;%1&#xa0;» manquante dans %2</translation>
    </message>
    <message>
        <source>expected a string for &apos;%1&apos;, found %2</source>
        <translation>attendu&#xa0;: une chaîne pour «&#xa0;%1&#xa0;», trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation>«&#xa0;%1&#xa0;» ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected true or false for &apos;%1&apos;, found %2</source>
        <translation>attendu&#xa0;: true ou false pour «&#xa0;%1&#xa0;», trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a sequence for &apos;%1&apos;, found %2</source>
        <translation>attendu&#xa0;: une séquence pour «&#xa0;%1&#xa0;», trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mappage</translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation>une séquence</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>une valeur vide</translation>
    </message>
    <message>
        <source> (indent with spaces: YAML does not allow tabs for indentation)</source>
        <translation> (indentez avec des espaces&#xa0;: YAML n&apos;autorise pas les tabulations pour l&apos;indentation)</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>l&apos;imbrication dépasse %1 niveaux</translation>
    </message>
    <message>
        <source>YAML anchors and aliases are not allowed</source>
        <translation>les ancres et alias YAML ne sont pas autorisés</translation>
    </message>
    <message>
        <source>cannot parse the file: %1</source>
        <translation>impossible d&apos;analyser le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>a template file must hold exactly one YAML document; a second one starts here</source>
        <translation>un fichier de modèle doit contenir exactement un document YAML&#xa0;; un second commence ici</translation>
    </message>
    <message>
        <source>file has more than %1 YAML values; a template never needs that many</source>
        <translation>le fichier contient plus de %1 valeurs YAML&#xa0;; un modèle n&apos;en a jamais besoin d&apos;autant</translation>
    </message>
</context>
<context>
    <name>greenlight::TemplatesCommand</name>
    <message>
        <source>List the available checklist templates.</source>
        <translation>Lister les modèles de liste de contrôle disponibles.</translation>
    </message>
    <message>
        <source>Lists the checklist templates &apos;new&apos; can use: the built-in set, the user template
folder and every folder given with the global option --templates DIR (a later
folder overrides a template with the same id). Files that fail to load are
reported as warnings on stderr and skipped.</source>
        <translation>Liste les modèles de liste de contrôle utilisables par «&#xa0;new&#xa0;»&#xa0;: l&apos;ensemble intégré, le dossier
de modèles de l&apos;utilisateur et chaque dossier donné avec l&apos;option globale --templates DIR (un dossier
ultérieur remplace un modèle de même identifiant). Les fichiers qui ne se chargent pas sont
signalés par des avertissements sur stderr et ignorés.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no templates found</source>
        <translation>aucun modèle trouvé</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>POINTS</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
</context>
<context>
    <name>greenlight::TestPackageCatalog</name>
    <message>
        <source>test-only package</source>
        <translation>paquet réservé aux tests</translation>
    </message>
    <message>
        <source>development lint/format tool</source>
        <translation>outil de lint/formatage pour le développement</translation>
    </message>
    <message>
        <source>development-only tool</source>
        <translation>outil réservé au développement</translation>
    </message>
</context>
<context>
    <name>greenlight::ValidateCommand</name>
    <message>
        <source>Check checklist template files and report every problem.</source>
        <translation>Vérifier des fichiers de modèle de liste de contrôle et signaler chaque problème.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>Loads each checklist template file (schema v1, docs/templates.md) and prints
every problem to stderr as FILE:LINE:COLUMN: MESSAGE, and &quot;FILE: ok (N items)&quot;
for each valid file.

Exit status: 0 when all files are valid, 1 when any file is invalid, 2 when a
file cannot be read or no file is given.</source>
        <translation>Charge chaque fichier de modèle de liste de contrôle (schéma v1, docs/templates.md) et affiche
chaque problème sur stderr sous la forme FILE:LINE:COLUMN: MESSAGE, et «&#xa0;FILE: ok (N points)&#xa0;»
pour chaque fichier valide.

Code de sortie&#xa0;: 0 si tous les fichiers sont valides, 1 si un fichier n&apos;est pas valide, 2 si un
fichier ne peut pas être lu ou si aucun fichier n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>no template files given</source>
        <translation>aucun fichier de modèle indiqué</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier inexistant</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>est un dossier</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: ok (%n items)</source>
        <translation>
            <numerusform>%1: ok (%n point)</numerusform>
            <numerusform>%1: ok (%n points)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: invalid template</source>
        <translation>%1: modèle non valide</translation>
    </message>
</context>
<context>
    <name>greenlight::VerifyCommand</name>
    <message>
        <source>Check the audit chain, evidence files and signatures; exit 1 on problems.</source>
        <translation>Vérifier la chaîne d&apos;audit, les fichiers de preuve et les signatures&#xa0;; sortir avec le code 1 en cas de problème.</translation>
    </message>
    <message>
        <source>[ASSESSMENT]</source>
        <translation>[ASSESSMENT]</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>ok   audit chain: %1 events, head %2</source>
        <translation>ok   chaîne d&apos;audit&#xa0;: %1 événements, tête %2</translation>
    </message>
    <message>
        <source>audit chain broken at event %1: %2</source>
        <translation>chaîne d&apos;audit rompue à l&apos;événement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: evidence %2</source>
        <translation>%1&#xa0;: preuve %2</translation>
    </message>
    <message>
        <source>%1: signature %2 (%3) does not match its stored snapshot</source>
        <translation>%1&#xa0;: la signature %2 (%3) ne correspond pas à son instantané enregistré</translation>
    </message>
    <message>
        <source>%1: Ed25519 signature %2 (%3, %4) does not verify</source>
        <translation>%1&#xa0;: la signature Ed25519 %2 (%3, %4) ne peut pas être vérifiée</translation>
    </message>
    <message>
        <source>ok   %1: %2 evidence file(s), %3 signature(s)</source>
        <translation>ok   %1&#xa0;: %2 fichier(s) de preuve, %3 signature(s)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problème trouvé</numerusform>
            <numerusform>%n problèmes trouvés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::WaiveCommand</name>
    <message>
        <source>Waive a failed item: accept its risk until a date.</source>
        <translation>Accorder une dérogation à un point échoué&#xa0;: accepter son risque jusqu&apos;à une date.</translation>
    </message>
    <message>
        <source>ASSESSMENT ITEM-ID</source>
        <translation>ASSESSMENT ITEM-ID</translation>
    </message>
    <message>
        <source>Records a waiver (risk acceptance) for a failed item. --reason, --by and
--until (YYYY-MM-DD, valid through that day) are required, --ticket is
optional. Waived items count as done but are reported apart from passed; an
expired waiver makes the item failed again.</source>
        <translation>Enregistre une dérogation (acceptation du risque) pour un point échoué. --reason, --by et
--until (AAAA-MM-JJ, valable jusqu&apos;à ce jour inclus) sont obligatoires, --ticket est
facultatif. Les points sous dérogation comptent comme traités mais sont présentés à part des
points réussis&#xa0;; une dérogation expirée rend le point de nouveau échoué.</translation>
    </message>
    <message>
        <source>Why the risk is accepted.</source>
        <translation>Pourquoi le risque est accepté.</translation>
    </message>
    <message>
        <source>Who accepts the risk.</source>
        <translation>Qui accepte le risque.</translation>
    </message>
    <message>
        <source>Expiry date, YYYY-MM-DD.</source>
        <translation>Date d&apos;expiration, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Link to the follow-up ticket.</source>
        <translation>Lien vers le ticket de suivi.</translation>
    </message>
    <message>
        <source>expected ASSESSMENT and ITEM-ID</source>
        <translation>ASSESSMENT et ITEM-ID attendus</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1: waived until %2, accepted by %3</source>
        <translation>%1&#xa0;: dérogation accordée jusqu&apos;au %2, acceptée par %3</translation>
    </message>
</context>
<context>
    <name>greenlight::WaiverDialog</name>
    <message>
        <source>Waive %1</source>
        <translation>Dérogation pour %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accept the risk of %1 failing.&lt;/b&gt; The item counts as done but is shown as waived, never as passed, and turns failed again when the waiver expires.</source>
        <translation>&lt;b&gt;Accepter le risque de l&apos;échec de %1.&lt;/b&gt; Le point compte comme traité mais apparaît avec une dérogation, jamais comme réussi, et redevient échoué à l&apos;expiration de la dérogation.</translation>
    </message>
    <message>
        <source>Why the release may go ahead despite this failure</source>
        <translation>Pourquoi la version peut être mise en production malgré cet échec</translation>
    </message>
    <message>
        <source>The person who owns the risk</source>
        <translation>La personne qui porte le risque</translation>
    </message>
    <message>
        <source>Optional, e.g. https://tracker.example/RISK-42</source>
        <translation>Facultatif, p. ex. https://tracker.example/RISK-42</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Accepted by:</source>
        <translation>Accepté &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Expire le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Waive</source>
        <translation>&amp;Accorder la dérogation</translation>
    </message>
    <message>
        <source>Write the justification.</source>
        <translation>Rédigez la justification.</translation>
    </message>
    <message>
        <source>Name the person who accepts the risk.</source>
        <translation>Indiquez la personne qui accepte le risque.</translation>
    </message>
    <message>
        <source>The expiry date must be in the future (after %1).</source>
        <translation>La date d&apos;expiration doit être dans le futur (après le %1).</translation>
    </message>
    <message>
        <source>The ticket must be an absolute URL (https://…).</source>
        <translation>Le ticket doit être une URL absolue (https://…).</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Acceptée par</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>The last day the waiver is in force; after it the item counts as failed again</source>
        <translation>Le dernier jour de validité de la dérogation&#xa0;; ensuite, le point de contrôle compte de nouveau comme échoué</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Optional: the address of the risk&apos;s ticket</source>
        <translation>Facultatif&#xa0;: l&apos;adresse du ticket lié au risque</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>Accorder la dérogation</translation>
    </message>
    <message>
        <source>Records the waiver; the item counts as done, shown as waived</source>
        <translation>Enregistre la dérogation&#xa0;; le point de contrôle compte comme traité et apparaît sous dérogation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes without waiving</source>
        <translation>Ferme sans accorder de dérogation</translation>
    </message>
</context>
<context>
    <name>greenlight::WaiverStore</name>
    <message>
        <source>a waiver needs a justification (--reason)</source>
        <translation>une dérogation nécessite une justification (--reason)</translation>
    </message>
    <message>
        <source>a waiver needs the person who accepts the risk (--by)</source>
        <translation>une dérogation nécessite la personne qui accepte le risque (--by)</translation>
    </message>
    <message>
        <source>a waiver needs an expiry date (--until YYYY-MM-DD)</source>
        <translation>une dérogation nécessite une date d&apos;expiration (--until AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>the expiry date %1 is in the past</source>
        <translation>la date d&apos;expiration %1 est passée</translation>
    </message>
    <message>
        <source>the ticket &apos;%1&apos; is not an absolute URL</source>
        <translation>le ticket «&#xa0;%1&#xa0;» n&apos;est pas une URL absolue</translation>
    </message>
    <message>
        <source>could not record the waiver</source>
        <translation>impossible d&apos;enregistrer la dérogation</translation>
    </message>
    <message>
        <source>%1 is %2, not failed: only a failed item can be waived</source>
        <translation>%1 a le statut %2 et non failed&#xa0;: seul un point échoué peut faire l&apos;objet d&apos;une dérogation</translation>
    </message>
    <message>
        <source>could not load the waivers</source>
        <translation>impossible de charger les dérogations</translation>
    </message>
    <message>
        <source>could not load the waiver</source>
        <translation>impossible de charger la dérogation</translation>
    </message>
    <message>
        <source>could not load the item statuses</source>
        <translation>impossible de charger les statuts des points</translation>
    </message>
    <message>
        <source>an item has the unknown status &apos;%1&apos;</source>
        <translation>un point a le statut inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>greenlight::WelcomePage</name>
    <message>
        <source>Welcome to Greenlight</source>
        <translation>Bienvenue dans Greenlight</translation>
    </message>
    <message>
        <source>Greenlight walks a release through its readiness checklists — security, infrastructure, delivery pipeline, observability, data protection and sign-off — and keeps an audit trail of every decision.</source>
        <translation>Greenlight guide une version à travers ses listes de contrôle de préparation à la mise en production — sécurité, infrastructure, chaîne de livraison, observabilité, protection des données et approbation — et conserve un journal d&apos;audit de chaque décision.</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Choose the system, the release and the checklists to work through.</source>
        <translation>Choisissez le système, la version et les listes de contrôle à traiter.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <source>Explore an assessment of a small example system, with some items already passed, failed and in progress.</source>
        <translation>Explorez l&apos;évaluation d&apos;un petit système d&apos;exemple, avec des points déjà réussis, échoués ou en cours.</translation>
    </message>
    <message>
        <source>Assessments are stored in %1</source>
        <translation>Les évaluations sont stockées dans %1</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récentes</translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <translation>Évaluations récentes</translation>
    </message>
    <message>
        <source>Assessments opened lately; press Enter or double-click to open one</source>
        <translation>Évaluations ouvertes récemment&#xa0;; appuyez sur Entrée ou double-cliquez pour en ouvrir une</translation>
    </message>
    <message>
        <source>Welcome page</source>
        <translation>Page d&apos;accueil</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
</context>
<context>
    <name>greenlight::YamlDocuments</name>
    <message>
        <source>YAML document larger than %1 MiB: not parsed</source>
        <translation>Document YAML de plus de %1 MiB&#xa0;: non analysé</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot parse YAML: %1</source>
        <translation>impossible d&apos;analyser le YAML&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Release-readiness assessments and sign-off.</source>
        <translation>Évaluation de la préparation des versions et approbation.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Also load checklist templates from DIR (repeatable).</source>
        <translation>Charger aussi des modèles de liste de contrôle depuis DIR (option répétable).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Greenlight</source>
        <translation>Greenlight</translation>
    </message>
    <message>
        <source>Greenlight cannot open the store %1.

%2

The file was not changed.</source>
        <translation>Greenlight ne peut pas ouvrir la base de données %1.

%2

Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This store location is set in Edit → Preferences. Open the default store %1 instead?</source>
        <translation>Cet emplacement de base de données est défini dans Édition → Préférences. Ouvrir plutôt la base de données par défaut %1&#xa0;?</translation>
    </message>
    <message>
        <source>Open the Default Store</source>
        <translation>Ouvrir la base de données par défaut</translation>
    </message>
    <message>
        <source>Use the store at PATH instead of the one set in Preferences.</source>
        <translation>Utiliser la base de données située à PATH au lieu de celle définie dans les préférences.</translation>
    </message>
    <message>
        <source>Open the assessment with this ID at start.</source>
        <translation>Ouvrir l&apos;évaluation portant cet identifiant au démarrage.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--assessment needs a positive number, not %1.</source>
        <translation>--assessment attend un nombre positif, pas %1.</translation>
    </message>
</context>
</TS>
