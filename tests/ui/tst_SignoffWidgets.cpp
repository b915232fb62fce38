#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include "StoreFixture.h"
#include "approval/SignoffServices.h"
#include "dialogs/SignDialog.h"
#include "dialogs/WaiverDialog.h"
#include "pages/SignoffPage.h"
#include "signoff/Ed25519Signer.h"
#include "store/Database.h"
#include "widgets/ChecklistItemDelegate.h"
#include "widgets/EvidencePanel.h"
#include "widgets/ItemDetailPane.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(greenlight::EvidenceRecord)

namespace greenlight {

// Issue #4's GUI offscreen: attaching evidence through the item pane (drop and programmatic
// add, worker copy), waiving a failed item, signing off and watching the signature go stale.
class tst_SignoffWidgets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void dropAttachesFile();
    void noteAndReferenceShowInList();
    void tooLargeFileShowsMessage();
    void removeHidesEvidence();
    void parseReference_data();
    void parseReference();
    void waiverDialogValidatesInline();
    void waiverShownInPaneAndDelegate();
    void signOffShowsRoleAndGoesStale();
    void signDialogNeedsConditions();
    void signingWithAKeyIsVerifiable();
    void approvalListsBlockers();

private:
    bool waitForAdds();

    test::StoreFixture m_fx;
    std::unique_ptr<SignoffServices> m_services;
    qint64 m_assessment = 0;
    qint64 m_item = 0;
    std::unique_ptr<QWidget> m_window;
    ItemDetailPane *m_pane = nullptr;
    QTemporaryDir m_files;
};

void tst_SignoffWidgets::init()
{
    QVERIFY(m_fx.openFresh());
    m_assessment = m_fx.createPayments();
    QVERIFY(m_assessment > 0);
    m_item = m_fx.itemId(m_assessment, u"A-002"_s);
    QVERIFY(m_item > 0);
    auto opened = SignoffServices::open(m_fx.path(), m_fx.clock());
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    m_services = std::move(opened).value();

    m_window = std::make_unique<QWidget>();
    m_pane = new ItemDetailPane(m_window.get());
    m_pane->resize(480, 760);
    m_window->resize(500, 780);
    m_pane->setSignoffServices(m_services.get());
    m_pane->setItem(m_fx.itemByKey(m_assessment, u"A-002"_s), u"Alpha › Build"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_SignoffWidgets::cleanup()
{
    QVERIFY(waitForAdds());
    m_window.reset();
    m_services.reset();
    m_fx.close();
}

bool tst_SignoffWidgets::waitForAdds()
{
    return !m_services || QTest::qWaitFor([this] { return m_services->pendingAdds() == 0; }, 10000);
}

void tst_SignoffWidgets::dropAttachesFile()
{
    const QString path = m_files.filePath(u"restore-drill.log"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("restore completed in 42 s\nrows verified: 1200\n");
    file.close();

    EvidencePanel *panel = m_pane->evidencePanel();
    QVERIFY(panel->isEnabled());
    QSignalSpy added(m_services.get(), &SignoffServices::evidenceAdded);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = panel->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &drop);
    QVERIFY(added.wait(10000));

    QCOMPARE(panel->list()->count(), 1);
    const QString text = panel->list()->item(0)->text();
    QVERIFY2(text.contains(u"restore-drill.log"_s), qPrintable(text));
    QVERIFY2(text.contains(u"tester"_s), qPrintable(text));
    QVERIFY2(text.contains(u"#"_s + panel->records().first().contentHash.left(8)),
             qPrintable(text));
    QVERIFY(panel->records().first().inVault);
    // The new attachment is selected and previewed inline as text.
    QCOMPARE(panel->list()->currentRow(), 0);
    QVERIFY(panel->textPreview()->isVisible());
    QVERIFY(panel->textPreview()->toPlainText().contains(u"rows verified"_s));
    QVERIFY(!panel->records().first().validUntil); // no freshness date unless asked for

    // With "valid until" checked, the next attachment carries the date.
    QTest::mouseClick(panel->validUntilCheck(), Qt::LeftButton);
    QVERIFY(panel->validUntilEdit()->isEnabled());
    const QDate until = QDate::currentDate().addDays(30);
    panel->validUntilEdit()->setDate(until);
    QFile second(m_files.filePath(u"smoke-test.log"_s));
    QVERIFY(second.open(QIODevice::WriteOnly));
    second.write("smoke test passed\n");
    second.close();
    QMimeData more;
    more.setUrls({QUrl::fromLocalFile(second.fileName())});
    QSignalSpy failed(m_services.get(), &SignoffServices::evidenceFailed);
    QDragEnterEvent enterMore(at, Qt::CopyAction, &more, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &enterMore);
    QDropEvent dropMore(at, Qt::CopyAction, &more, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &dropMore);
    QVERIFY2(added.wait(10000),
             failed.isEmpty() ? "no signal" : qPrintable(failed.first().at(1).toString()));
    QCOMPARE(panel->records().size(), 2);
    for (const EvidenceRecord &record : panel->records()) {
        QCOMPARE(record.validUntil,
                 record.originalName == u"smoke-test.log"_s ? std::optional<QDate>(until)
                                                            : std::nullopt);
    }
}

void tst_SignoffWidgets::noteAndReferenceShowInList()
{
    EvidencePanel *panel = m_pane->evidencePanel();
    NewEvidence note;
    note.kind = EvidenceKind::Note;
    note.text = u"No image digest could be produced"_s;
    note.validUntil = m_fx.clock().now().date().addDays(-1); // already stale
    panel->addEvidence(note);
    NewEvidence reference;
    QVERIFY(EvidencePanel::parseReference(u"src/auth/login.cpp:40-58"_s, reference));
    panel->addEvidence(reference);
    QVERIFY(waitForAdds());

    QCOMPARE(panel->list()->count(), 2);
    QStringList lines;
    for (int row = 0; row < panel->list()->count(); ++row)
        lines.append(panel->list()->item(row)->text());
    const QString all = lines.join(u'\n');
    QVERIFY2(all.contains(u"No image digest could be produced"_s), qPrintable(all));
    QVERIFY2(all.contains(u"stale"_s), qPrintable(all));
    QVERIFY2(all.contains(u"src/auth/login.cpp:40-58"_s), qPrintable(all));
}

void tst_SignoffWidgets::tooLargeFileShowsMessage()
{
    m_services->setMaxEvidenceBytes(16);
    const QString path = m_files.filePath(u"big.bin"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(64, 'x'));
    file.close();
    QSignalSpy failed(m_services.get(), &SignoffServices::evidenceFailed);
    m_pane->evidencePanel()->addFiles({path});
    QVERIFY(failed.wait(10000));
    QCOMPARE(m_pane->evidencePanel()->list()->count(), 0);
    QVERIFY2(m_pane->evidencePanel()->statusLabel()->text().startsWith(u"Not added"_s),
             qPrintable(m_pane->evidencePanel()->statusLabel()->text()));
}

void tst_SignoffWidgets::removeHidesEvidence()
{
    EvidencePanel *panel = m_pane->evidencePanel();
    NewEvidence note;
    note.kind = EvidenceKind::Note;
    note.text = u"backup restore drill passed"_s;
    panel->addEvidence(note);
    QVERIFY(waitForAdds());
    QCOMPARE(panel->records().size(), 1);
    const qint64 id = panel->records().first().id;
    QVERIFY(panel->removeEvidence(id));
    QCOMPARE(panel->list()->count(), 0);
    // Soft delete: the record is still there for the audit trail.
    auto all = m_services->evidence(m_assessment, m_item);
    QVERIFY(all);
    QCOMPARE(all->size(), 0);
    QVERIFY(panel->statusLabel()->text().contains(u"audit"_s));
}

void tst_SignoffWidgets::parseReference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("range") << u"a/b.cpp:10-20"_s << true << u"a/b.cpp"_s << 10 << 20;
    QTest::newRow("line") << u"a/b.cpp:7"_s << true << u"a/b.cpp"_s << 7 << 7;
    QTest::newRow("file") << u"Dockerfile"_s << true << u"Dockerfile"_s << 0 << 0;
    QTest::newRow("reversed") << u"a.cpp:20-10"_s << false << u"a.cpp"_s << 20 << 10;
}

void tst_SignoffWidgets::parseReference()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    NewEvidence evidence;
    QCOMPARE(EvidencePanel::parseReference(text, evidence), ok);
    QTEST(evidence.path, "path");
    QTEST(evidence.lineFrom, "from");
    QTEST(evidence.lineTo, "to");
}

void tst_SignoffWidgets::waiverDialogValidatesInline()
{
    ItemEdit edit;
    edit.status = ItemStatus::Failed;
    m_fx.edit(m_item, edit);
    WaiverDialog dialog(*m_services, m_assessment, m_item, u"A-002"_s);
    dialog.show();
    dialog.expiryEdit()->setDate(m_services->today());
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->isVisible());
    const QString error = dialog.errorLabel()->text();
    QVERIFY2(error.contains(u"justification"_s), qPrintable(error));
    QVERIFY2(error.contains(u"future"_s), qPrintable(error));
    auto none = m_services->currentWaiver(m_item);
    QVERIFY(none && !none.value());

    dialog.justificationEdit()->setPlainText(u"Rollback tested manually; fix in 2.5"_s);
    dialog.acceptedByEdit()->setText(u"Dana Ops"_s);
    dialog.expiryEdit()->setDate(m_services->today().addDays(14));
    dialog.ticketEdit()->setText(u"not a url"_s);
    dialog.accept();
    QVERIFY(dialog.errorLabel()->text().contains(u"URL"_s));
    dialog.ticketEdit()->setText(u"https://tracker.example/RISK-7"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto waiver = m_services->currentWaiver(m_item);
    QVERIFY(waiver && waiver.value());
    QCOMPARE(waiver.value()->acceptedBy, u"Dana Ops"_s);
}

void tst_SignoffWidgets::waiverShownInPaneAndDelegate()
{
    ItemEdit edit;
    edit.status = ItemStatus::Failed;
    const ItemRecord failed = m_fx.edit(m_item, edit);
    m_pane->itemUpdated(failed);
    QVERIFY(m_pane->waiveButton()->isEnabled());
    NewWaiver waiver;
    waiver.justification = u"Accepted for the pilot"_s;
    waiver.acceptedBy = u"Dana Ops"_s;
    waiver.expiresOn = m_services->today().addDays(3);
    QVERIFY(m_services->waive(m_assessment, m_item, waiver));
    m_pane->showWaiver();
    QVERIFY2(m_pane->waiverLabel()->text().contains(u"Waived"_s),
             qPrintable(m_pane->waiverLabel()->text()));
    auto statuses = m_services->effectiveStatuses(m_assessment);
    QVERIFY(statuses);
    QCOMPARE(statuses->value(m_item), EffectiveStatus::Waived);
    auto summary = m_services->summary(m_assessment);
    QVERIFY(summary);
    QCOMPARE(summary->waived, 1);
    QCOMPARE(summary->passed, 0);

    // Past the expiry the pane flags it and the item counts as failed again.
    m_fx.clock().advanceDays(5);
    m_pane->showWaiver();
    QVERIFY2(m_pane->waiverLabel()->text().contains(u"expired"_s),
             qPrintable(m_pane->waiverLabel()->text()));
    statuses = m_services->effectiveStatuses(m_assessment);
    QCOMPARE(statuses->value(m_item), EffectiveStatus::WaiverExpired);
    QCOMPARE(ChecklistItemDelegate::effectiveStatusText(EffectiveStatus::WaiverExpired),
             u"Failed (waiver expired)"_s);
}

void tst_SignoffWidgets::signOffShowsRoleAndGoesStale()
{
    SignoffPage page(*m_services);
    page.resize(900, 600);
    page.show();
    QVERIFY(page.loadAssessment(m_assessment));
    QTRY_VERIFY(!page.isRefreshing()); // read on a worker
    QTreeWidget *roles = page.rolesView();
    QVERIFY(roles->topLevelItemCount() >= 1);
    QTreeWidgetItem *security = roles->topLevelItem(0);
    QCOMPARE(security->text(0), u"Security Review"_s);
    QCOMPARE(security->text(4), u"Not signed"_s);
    QVERIFY(page.chainHeadLabel()->text().startsWith(u"Audit chain head: "_s));
    const QString headBefore = page.chainHeadLabel()->text();

    NewSignature signature;
    signature.roleId = u"security-review"_s;
    signature.signerName = u"Sam Secure"_s;
    signature.decision = Decision::Approve;
    auto signedUp = page.signOff(signature);
    QTRY_VERIFY(!page.isRefreshing());
    QVERIFY2(signedUp, qPrintable(signedUp.errorMessage()));
    security = roles->topLevelItem(0);
    QCOMPARE(security->text(1), u"Sam Secure"_s);
    QCOMPARE(security->text(2), u"Approved"_s);
    QCOMPARE(security->text(4), u"current"_s);
    QVERIFY(page.chainHeadLabel()->text() != headBefore);

    // Any change to the content makes the signature stale, with what changed below it.
    NewEvidence note;
    note.kind = EvidenceKind::Note;
    note.text = u"late evidence"_s;
    QSignalSpy changed(m_services.get(), &SignoffServices::contentChanged);
    m_services->addEvidence(m_item, note);
    QVERIFY(changed.wait(10000));
    QTRY_VERIFY(!page.isRefreshing());
    security = roles->topLevelItem(0);
    QCOMPARE(security->text(4), u"stale — content changed since signing"_s);
    QVERIFY(security->childCount() >= 1);
    QVERIFY2(security->child(0)->text(0).contains(u"A-002"_s),
             qPrintable(security->child(0)->text(0)));
}

void tst_SignoffWidgets::signDialogNeedsConditions()
{
    auto roles = m_services->roles(m_assessment);
    QVERIFY(roles);
    SignDialog dialog(roles.value(), u"security-review"_s);
    dialog.show();
    QVERIFY(dialog.meaningLabel()->text().contains(u"Security controls verified"_s));
    dialog.nameEdit()->setText(u"Sam Secure"_s);
    dialog.decisionCombo()->setCurrentIndex(1); // approve with conditions
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->text().contains(u"conditions"_s));
    dialog.commentEdit()->setPlainText(u"Rotate the staging keys first"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const NewSignature s = dialog.signature();
    QCOMPARE(s.roleId, u"security-review"_s);
    QCOMPARE(s.decision, Decision::Conditional);
    QCOMPARE(s.comment, u"Rotate the staging keys first"_s);
}

void tst_SignoffWidgets::approvalListsBlockers()
{
    SignoffPage page(*m_services);
    page.show();
    QVERIFY(page.loadAssessment(m_assessment));
    QTRY_VERIFY(!page.isRefreshing()); // read on a worker
    QVERIFY2(page.approvalLabel()->text().contains(u"blocked"_s),
             qPrintable(page.approvalLabel()->text()));
    QVERIFY(page.blockersList()->count() >= 1);
    QStringList blockers;
    for (int row = 0; row < page.blockersList()->count(); ++row)
        blockers.append(page.blockersList()->item(row)->text());
    QVERIFY2(blockers.join(u'\n').contains(u"Security Review"_s), qPrintable(blockers.join(u'\n')));

    NewSignature signature;
    signature.roleId = u"security-review"_s;
    signature.signerName = u"Sam Secure"_s;
    QVERIFY(page.signOff(signature));
    QTRY_VERIFY(!page.isRefreshing());
    QVERIFY2(page.approvalLabel()->text().contains(u"can be given"_s),
             qPrintable(page.approvalLabel()->text() + blockers.join(u'\n')));
}

void tst_SignoffWidgets::signingWithAKeyIsVerifiable()
{
    SignDialog dialog(m_services->roles(m_assessment).value(), u"security-review"_s);
    QVERIFY(!dialog.keyPath()); // opt-in
    QVERIFY(!dialog.keyPathEdit()->isEnabled());
    dialog.keyCheck()->setChecked(true);
    QVERIFY(dialog.keyPathEdit()->isEnabled());
    dialog.keyPathEdit()->clear();
    QVERIFY(dialog.validationError().contains(u"key file"_s));
    const QString keyFile = m_files.filePath(u"keys/ed25519.key"_s);
    dialog.keyPathEdit()->setText(keyFile);
    QCOMPARE(dialog.keyPath(), std::optional<QString>(keyFile));

    NewSignature signature;
    signature.roleId = u"security-review"_s;
    signature.signerName = u"Sam Secure"_s;
    const auto signedUp = m_services->sign(m_assessment, signature, dialog.keyPath());
    QVERIFY2(signedUp, qPrintable(signedUp.errorMessage()));
    // The key was created for the signer, readable by them only.
    QVERIFY(QFileInfo::exists(keyFile));
    QCOMPARE(QFileInfo(keyFile).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(!signedUp->publicKey.isEmpty());
    QVERIFY(Ed25519Signer::verify(
            signedUp->publicKey, signedUp->contentHash, signedUp->cryptoSignature));
    QVERIFY(!Ed25519Signer::verify(signedUp->publicKey,
                                   QString(signedUp->contentHash).replace(0, 1, u'f'),
                                   signedUp->cryptoSignature));
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_SignoffWidgets)
#include "tst_SignoffWidgets.moc"
