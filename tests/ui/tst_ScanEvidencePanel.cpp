#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include "widgets/ItemDetailPane.h"
#include "widgets/ScanEvidencePanel.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(greenlight::ItemEdit)

namespace greenlight {

class tst_ScanEvidencePanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void hiddenWithoutChecks();
    void notRunYet();
    void failedSuggestionOffersApply();
    void passedSuggestion();
    void noteKeepsTheEvidence();
    void noteListsAtMostTenFindings();
    void findingActivation();
    void detailPaneAppliesStatusAndNote();

private:
    static FindingRecord finding(const QString &fingerprint, const QString &rule, int line);
    static ItemScanEvidence failedEvidence();

    std::unique_ptr<QWidget> m_window;
    ScanEvidencePanel *m_panel = nullptr;
};

FindingRecord tst_ScanEvidencePanel::finding(const QString &fingerprint,
                                             const QString &rule,
                                             int line)
{
    FindingRecord r;
    r.id = line;
    r.finding.fingerprint = fingerprint;
    r.finding.ruleId = rule;
    r.finding.severity = Severity::High;
    r.finding.title = u"Build context copied without .dockerignore"_s;
    r.finding.message = u"COPY . . without a .dockerignore"_s;
    r.finding.location = {u"Dockerfile"_s, line, 1, line, 8};
    return r;
}

ItemScanEvidence tst_ScanEvidencePanel::failedEvidence()
{
    ItemScanEvidence evidence;
    evidence.checks = {u"docker.copy-without-dockerignore"_s, u"docker.root-user"_s};
    ItemSuggestion suggestion;
    suggestion.itemId = 7;
    suggestion.itemKey = u"A-005"_s;
    suggestion.suggested = ItemStatus::Failed;
    suggestion.ruleIds = evidence.checks;
    suggestion.openFindings = 2;
    suggestion.scanId = 3;
    evidence.suggestion = suggestion;
    ScanRecord scan;
    scan.id = 3;
    scan.metadata.startedAt = QDateTime(QDate(2026, 11, 2), QTime(14, 5), Qt::LocalTime);
    scan.metadata.isGitRepository = true;
    scan.metadata.gitHead = u"3f9c2a1b77e0aa"_s;
    scan.metadata.gitDirty = true;
    evidence.scan = scan;
    evidence.findings = {finding(u"p1"_s, u"docker.copy-without-dockerignore"_s, 3),
                         finding(u"p2"_s, u"docker.copy-without-dockerignore"_s, 9)};
    return evidence;
}

void tst_ScanEvidencePanel::init()
{
    m_window = std::make_unique<QWidget>();
    m_panel = new ScanEvidencePanel(m_window.get());
    // In a layout, as in the detail pane, so the panel is sized when it becomes visible.
    auto *layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_panel);
    m_window->resize(600, 300);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ScanEvidencePanel::cleanup()
{
    m_window.reset();
}

void tst_ScanEvidencePanel::hiddenWithoutChecks()
{
    m_panel->setEvidence({}, ItemStatus::NotStarted);
    QVERIFY(!m_panel->isVisible());
    QVERIFY(!m_panel->canApply());
}

void tst_ScanEvidencePanel::notRunYet()
{
    ItemScanEvidence evidence;
    evidence.checks = {u"docker.root-user"_s};
    m_panel->setEvidence(evidence, ItemStatus::NotStarted);
    QVERIFY(m_panel->isVisible());
    QVERIFY(m_panel->summaryLabel()->text().contains(u"have not run yet"_s));
    QVERIFY(m_panel->summaryLabel()->text().contains(u"docker.root-user"_s));
    QVERIFY(!m_panel->applyButton()->isVisible());
    QVERIFY(!m_panel->findingsList()->isVisible());
    QVERIFY(ScanEvidencePanel::suggestionNote(evidence).isEmpty());
}

void tst_ScanEvidencePanel::failedSuggestionOffersApply()
{
    m_panel->setEvidence(failedEvidence(), ItemStatus::InProgress);
    const QString summary = m_panel->summaryLabel()->text();
    QVERIFY2(summary.contains(u"Scan suggests"_s), qPrintable(summary));
    QVERIFY(summary.contains(u"Failed"_s));
    QVERIFY(summary.contains(u"2 open findings"_s));
    QVERIFY(summary.contains(u"docker.copy-without-dockerignore"_s));
    QVERIFY(!summary.contains(u"docker.root-user"_s)); // only the rules that found something
    QVERIFY(m_panel->applyButton()->isVisible());
    QCOMPARE(m_panel->findingsList()->count(), 2);
    QCOMPARE(m_panel->findingsList()->item(1)->text(),
             u"Dockerfile:9 — COPY . . without a .dockerignore"_s);

    m_panel->setCurrentStatus(ItemStatus::Failed);
    QVERIFY(m_panel->summaryLabel()->text().contains(u"Scan agrees"_s));
    QVERIFY(!m_panel->applyButton()->isVisible());
    QVERIFY(!m_panel->canApply());
}

void tst_ScanEvidencePanel::passedSuggestion()
{
    ItemScanEvidence evidence = failedEvidence();
    evidence.suggestion->suggested = ItemStatus::Passed;
    evidence.suggestion->openFindings = 0;
    evidence.findings.clear();
    m_panel->setEvidence(evidence, ItemStatus::NotStarted);
    QVERIFY(m_panel->summaryLabel()->text().contains(u"no open findings"_s));
    QVERIFY(m_panel->summaryLabel()->text().contains(u"docker.root-user"_s));
    QVERIFY(!m_panel->findingsList()->isVisible());
    QVERIFY(m_panel->applyButton()->isVisible());
    const QString note = ScanEvidencePanel::suggestionNote(evidence);
    QVERIFY2(note.contains(u"Passed, no open findings for docker.copy-without-dockerignore, "
                           "docker.root-user."_s),
             qPrintable(note));
}

void tst_ScanEvidencePanel::noteKeepsTheEvidence()
{
    const QString note = ScanEvidencePanel::suggestionNote(failedEvidence());
    QCOMPARE(note,
             u"Scan of 2026-11-02 14:05 (commit 3f9c2a1b*): Failed, 2 open findings:\n"
             "- docker.copy-without-dockerignore Dockerfile:3\n"
             "- docker.copy-without-dockerignore Dockerfile:9"_s);
}

void tst_ScanEvidencePanel::noteListsAtMostTenFindings()
{
    ItemScanEvidence evidence = failedEvidence();
    evidence.findings.clear();
    for (int i = 1; i <= 13; ++i)
        evidence.findings.append(finding(u"p%1"_s.arg(i), u"r.a"_s, i));
    evidence.suggestion->openFindings = 13;
    const QStringList lines = ScanEvidencePanel::suggestionNote(evidence).split(u'\n');
    QCOMPARE(lines.size(), 1 + ScanEvidencePanel::MaxFindingsInNote + 1);
    QCOMPARE(lines.last(), u"- … and 3 more"_s);
}

void tst_ScanEvidencePanel::findingActivation()
{
    m_panel->setEvidence(failedEvidence(), ItemStatus::NotStarted);
    QSignalSpy activated(m_panel, &ScanEvidencePanel::findingActivated);
    QListWidget *list = m_panel->findingsList();
    QCoreApplication::processEvents(); // let the layout size the panel that just became visible
    const QRect rect = list->visualItemRect(list->item(1));
    QVERIFY(list->viewport()->rect().contains(rect.center()));
    // A press first: the view only activates on a double-click of the item it saw pressed.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), u"p2"_s);

    // The keyboard reaches the same place: Return on the current finding.
    list->setCurrentRow(0);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().first().toString(), u"p1"_s);
}

void tst_ScanEvidencePanel::detailPaneAppliesStatusAndNote()
{
    auto *pane = new ItemDetailPane(m_window.get());
    pane->show();
    ItemRecord item;
    item.id = 7;
    item.assessmentId = 1;
    item.key = u"A-005"_s;
    item.title = u".dockerignore excludes .git and .env"_s;
    item.checks = failedEvidence().checks;
    item.note = u"Checked by hand in October."_s;
    pane->setItem(item, u"Alpha › Containers"_s);
    QVERIFY(pane->scanEvidencePanel()->summaryLabel()->text().contains(u"have not run yet"_s));
    pane->setScanEvidence(failedEvidence());

    QSignalSpy edits(pane, &ItemDetailPane::editRequested);
    QSignalSpy opened(pane, &ItemDetailPane::findingActivated);
    QTest::mouseClick(pane->scanEvidencePanel()->applyButton(), Qt::LeftButton);
    QCOMPARE(edits.size(), 1);
    QCOMPARE(edits.first().at(0).toLongLong(), 7);
    const auto edit = edits.first().at(1).value<ItemEdit>();
    QCOMPARE(edit.status, std::optional<ItemStatus>(ItemStatus::Failed));
    QVERIFY(edit.note);
    QVERIFY(edit.note->startsWith(u"Checked by hand in October.\n\nScan of 2026-11-02"_s));
    QVERIFY(!edit.owner);

    emit pane->scanEvidencePanel()->findingActivated(u"p1"_s);
    QCOMPARE(opened.size(), 1);

    // The stored result comes back: the suggestion now agrees.
    item.status = ItemStatus::Failed;
    item.note = *edit.note;
    pane->itemUpdated(item);
    QVERIFY(!pane->scanEvidencePanel()->applyButton()->isVisible());
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_ScanEvidencePanel)
#include "tst_ScanEvidencePanel.moc"
