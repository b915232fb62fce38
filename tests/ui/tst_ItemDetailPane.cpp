#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include "widgets/ItemDetailPane.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(greenlight::ItemEdit)

namespace greenlight {

class tst_ItemDetailPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsItem();
    void placeholderWithoutItem();
    void statusEditFromKeyboard();
    void ownerStoredOnEnter();
    void unchangedOwnerSendsNothing();
    void noteStoredAfterIdle();
    void noteStoredOnFocusOut();
    void switchingItemFlushesNote();
    void updateDoesNotClobberTyping();
    void refusedEditSnapsBack();

private:
    static ItemRecord record(qint64 id, const QString &key);
    QList<ItemEdit> edits() const;

    std::unique_ptr<QWidget> m_window;
    ItemDetailPane *m_pane = nullptr;
    std::unique_ptr<QSignalSpy> m_spy;
};

ItemRecord tst_ItemDetailPane::record(qint64 id, const QString &key)
{
    ItemRecord r;
    r.id = id;
    r.assessmentId = 1;
    r.templateId = u"security"_s;
    r.sectionId = u"secrets"_s;
    r.sectionTitle = u"Secrets"_s;
    r.key = key;
    r.title = u"No secrets in the image"_s;
    r.guidance = u"Secrets baked into images leak with every pull.\n\n- Scan layers\n- Use a "
                 "vault"_s;
    r.severity = Severity::Critical;
    r.evidence = EvidenceRequirement::Required;
    r.references = {u"OWASP ASVS 14.3"_s};
    r.tags = {u"containers"_s};
    r.status = ItemStatus::NotStarted;
    return r;
}

void tst_ItemDetailPane::init()
{
    qRegisterMetaType<ItemEdit>();
    m_window = std::make_unique<QWidget>();
    m_pane = new ItemDetailPane(m_window.get());
    auto *other = new QLineEdit(m_window.get()); // somewhere for focus to go
    other->setObjectName(u"elsewhere"_s);
    other->move(0, 500);
    m_pane->resize(400, 480);
    m_window->resize(420, 560);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_spy = std::make_unique<QSignalSpy>(m_pane, &ItemDetailPane::editRequested);
}

void tst_ItemDetailPane::cleanup()
{
    m_spy.reset();
    m_window.reset();
}

QList<ItemEdit> tst_ItemDetailPane::edits() const
{
    QList<ItemEdit> result;
    for (const auto &args : *m_spy)
        result.append(args.at(1).value<ItemEdit>());
    return result;
}

void tst_ItemDetailPane::showsItem()
{
    m_pane->setItem(record(7, u"SEC-001"_s), u"Security › Secrets"_s);
    QCOMPARE(m_pane->itemId(), std::optional<qint64>(7));
    QCOMPARE(m_pane->findChild<QLabel *>(u"itemKey"_s)->text(), u"SEC-001"_s);
    QCOMPARE(m_pane->findChild<QLabel *>(u"itemTitle"_s)->text(), u"No secrets in the image"_s);
    const QString meta = m_pane->findChild<QLabel *>(u"itemMeta"_s)->text();
    QVERIFY(meta.contains(u"Critical"_s));
    QVERIFY(meta.contains(u"Required"_s));
    QVERIFY(meta.contains(u"Security › Secrets"_s));
    const QString guidance = m_pane->findChild<QTextBrowser *>(u"guidanceText"_s)->toPlainText();
    QVERIFY(guidance.contains(u"leak with every pull"_s));
    QVERIFY(guidance.contains(u"Use a vault"_s));
    QVERIFY(guidance.contains(u"OWASP ASVS 14.3"_s));
    QVERIFY(guidance.contains(u"containers"_s));
    QCOMPARE(m_pane->statusCombo()->currentData().toInt(), int(ItemStatus::NotStarted));
    QCOMPARE(m_spy->count(), 0);
}

void tst_ItemDetailPane::placeholderWithoutItem()
{
    m_pane->setItem(record(7, u"SEC-001"_s), u"Security › Secrets"_s);
    m_pane->clearItem(u"Nothing here"_s);
    QVERIFY(!m_pane->itemId());
    QVERIFY(!m_pane->statusCombo()->isVisible());
}

void tst_ItemDetailPane::statusEditFromKeyboard()
{
    m_pane->setItem(record(7, u"SEC-001"_s), u"Security › Secrets"_s);
    m_pane->statusCombo()->setFocus();
    QTest::keyClick(m_pane->statusCombo(), Qt::Key_Down); // -> In progress
    QCOMPARE(m_spy->count(), 1);
    QCOMPARE(m_spy->at(0).at(0).toLongLong(), 7);
    QCOMPARE(edits().at(0).status, std::optional<ItemStatus>(ItemStatus::InProgress));
    QVERIFY(!edits().at(0).owner && !edits().at(0).note);
    // Nobody stored it (no itemUpdated): the combo shows the stored status again.
    QCOMPARE(m_pane->statusCombo()->currentData().toInt(), int(ItemStatus::NotStarted));
}

void tst_ItemDetailPane::ownerStoredOnEnter()
{
    m_pane->setItem(record(7, u"SEC-001"_s), u"Security › Secrets"_s);
    m_pane->ownerEdit()->setFocus();
    QTest::keyClicks(m_pane->ownerEdit(), u" alice "_s);
    QCOMPARE(m_spy->count(), 0);
    QTest::keyClick(m_pane->ownerEdit(), Qt::Key_Return);
    QCOMPARE(m_spy->count(), 1);
    QCOMPARE(edits().at(0).owner, std::optional<QString>(u"alice"_s));
}

void tst_ItemDetailPane::unchangedOwnerSendsNothing()
{
    ItemRecord r = record(7, u"SEC-001"_s);
    r.owner = u"alice"_s;
    m_pane->setItem(r, u"Security › Secrets"_s);
    m_pane->ownerEdit()->setFocus();
    QTest::keyClick(m_pane->ownerEdit(), Qt::Key_Return);
    m_pane->commitPendingEdits();
    QCOMPARE(m_spy->count(), 0);
}

void tst_ItemDetailPane::noteStoredAfterIdle()
{
    m_pane->setItem(record(7, u"SEC-001"_s), u"Security › Secrets"_s);
    m_pane->noteEdit()->setFocus();
    QTest::keyClicks(m_pane->noteEdit(), u"checked with trivy"_s);
    QCOMPARE(m_spy->count(), 0); // not on every keystroke
    QTRY_COMPARE_WITH_TIMEOUT(m_spy->count(), 1, 3000);
    QCOMPARE(edits().at(0).note, std::optional<QString>(u"checked with trivy"_s));
}

void tst_ItemDetailPane::noteStoredOnFocusOut()
{
    m_pane->setItem(record(7, u"SEC-001"_s), u"Security › Secrets"_s);
    m_pane->noteEdit()->setFocus();
    QTest::keyClicks(m_pane->noteEdit(), u"quick"_s);
    m_window->findChild<QLineEdit *>(u"elsewhere"_s)->setFocus();
    QCOMPARE(m_spy->count(), 1);
    QCOMPARE(edits().at(0).note, std::optional<QString>(u"quick"_s));
}

void tst_ItemDetailPane::switchingItemFlushesNote()
{
    m_pane->setItem(record(7, u"SEC-001"_s), u"Security › Secrets"_s);
    m_pane->noteEdit()->setPlainText(u"for seven"_s);
    m_pane->setItem(record(8, u"SEC-002"_s), u"Security › Secrets"_s);
    QCOMPARE(m_spy->count(), 1);
    QCOMPARE(m_spy->at(0).at(0).toLongLong(), 7);
    QCOMPARE(edits().at(0).note, std::optional<QString>(u"for seven"_s));
    QCOMPARE(m_pane->noteEdit()->toPlainText(), QString());
}

void tst_ItemDetailPane::updateDoesNotClobberTyping()
{
    m_pane->setItem(record(7, u"SEC-001"_s), u"Security › Secrets"_s);
    m_pane->noteEdit()->setFocus();
    QTest::keyClicks(m_pane->noteEdit(), u"typing"_s);
    ItemRecord stored = record(7, u"SEC-001"_s);
    stored.status = ItemStatus::Passed;
    stored.owner = u"bob"_s;
    m_pane->itemUpdated(stored);
    QCOMPARE(m_pane->statusCombo()->currentData().toInt(), int(ItemStatus::Passed));
    QCOMPARE(m_pane->ownerEdit()->text(), u"bob"_s);
    QCOMPARE(m_pane->noteEdit()->toPlainText(), u"typing"_s);

    // An undo that changes the note while nobody types shows the stored note.
    m_pane->commitPendingEdits();
    stored.note = u"restored"_s;
    m_pane->itemUpdated(stored);
    QCOMPARE(m_pane->noteEdit()->toPlainText(), u"restored"_s);

    // Updates of other items are ignored.
    ItemRecord other = record(8, u"SEC-002"_s);
    other.owner = u"carol"_s;
    m_pane->itemUpdated(other);
    QCOMPARE(m_pane->ownerEdit()->text(), u"bob"_s);
}

void tst_ItemDetailPane::refusedEditSnapsBack()
{
    m_pane->setItem(record(7, u"SEC-001"_s), u"Security › Secrets"_s);
    m_pane->ownerEdit()->setText(u"mallory"_s);
    m_pane->showStoredState();
    QCOMPARE(m_pane->ownerEdit()->text(), QString());
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_ItemDetailPane)
#include "tst_ItemDetailPane.moc"
