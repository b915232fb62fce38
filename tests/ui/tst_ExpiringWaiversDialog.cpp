#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include "StoreFixture.h"
#include "approval/SignoffServices.h"
#include "dialogs/ExpiringWaiversDialog.h"

using namespace Qt::StringLiterals;

namespace greenlight {

// Two failed items waived until 3 and 20 days from the (mock) today: the dialog lists them
// soonest first within its window, narrows with the days box, drops lapsed ones and asks to
// open the item a row names.
class tst_ExpiringWaiversDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsSoonestFirstWithinTheWindow();
    void daysBoxNarrowsAndLapsedWaiversLeave();
    void activatingARowNamesTheItem();

private:
    void waive(const QString &key, int daysFromToday);

    test::StoreFixture m_fx;
    std::unique_ptr<SignoffServices> m_services;
    qint64 m_assessment = 0;
};

void tst_ExpiringWaiversDialog::init()
{
    QVERIFY(m_fx.openFresh());
    m_assessment = m_fx.createPayments();
    auto opened = SignoffServices::open(m_fx.path(), m_fx.clock());
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    m_services = std::move(opened).value();
    waive(u"A-002"_s, 20);
    waive(u"A-003"_s, 3);
}

void tst_ExpiringWaiversDialog::cleanup()
{
    m_services.reset();
    m_fx.close();
}

void tst_ExpiringWaiversDialog::waive(const QString &key, int daysFromToday)
{
    const qint64 item = m_fx.itemId(m_assessment, key);
    QVERIFY(item > 0);
    ItemEdit failed;
    failed.status = ItemStatus::Failed;
    m_fx.edit(item, failed);
    NewWaiver waiver;
    waiver.justification = u"Compensating control: WAF rule\nsee ticket"_s;
    waiver.acceptedBy = u"Dana Ops"_s;
    waiver.expiresOn = m_services->today().addDays(daysFromToday);
    waiver.ticketUrl = u"https://jira.example/OPS-%1"_s.arg(daysFromToday);
    const auto waived = m_services->waive(m_assessment, item, waiver);
    QVERIFY2(waived, qPrintable(waived.errorMessage()));
}

void tst_ExpiringWaiversDialog::listsSoonestFirstWithinTheWindow()
{
    ExpiringWaiversDialog dialog(*m_services, m_fx.clock(), m_assessment);
    QCOMPARE(dialog.daysSpin()->value(), 30);
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), u"A-003"_s);
    QCOMPARE(table->item(0, 2)->text(), u"3"_s);
    QCOMPARE(table->item(0, 3)->text(), u"Dana Ops"_s);
    QCOMPARE(table->item(0, 4)->text(), u"Compensating control: WAF rule"_s);
    QCOMPARE(table->item(0, 4)->toolTip(), u"Compensating control: WAF rule\nsee ticket"_s);
    QCOMPARE(table->item(0, 5)->text(), u"https://jira.example/OPS-3"_s);
    QCOMPARE(table->item(1, 0)->text(), u"A-002"_s);
    QVERIFY(dialog.summaryLabel()->text().startsWith(u"2 waiver(s)"_s));
}

void tst_ExpiringWaiversDialog::daysBoxNarrowsAndLapsedWaiversLeave()
{
    ExpiringWaiversDialog dialog(*m_services, m_fx.clock(), m_assessment);
    dialog.daysSpin()->setValue(5);
    QCOMPARE(dialog.table()->rowCount(), 1);
    dialog.daysSpin()->setValue(2);
    QCOMPARE(dialog.table()->rowCount(), 0);
    QVERIFY(dialog.summaryLabel()->text().startsWith(u"No waiver lapses"_s));

    // Four days on, A-003's waiver has lapsed: it is no longer "expiring", it is expired.
    m_fx.clock().advanceDays(4);
    ExpiringWaiversDialog later(*m_services, m_fx.clock(), m_assessment);
    QCOMPARE(later.table()->rowCount(), 1);
    QCOMPARE(later.table()->item(0, 0)->text(), u"A-002"_s);
    QCOMPARE(later.table()->item(0, 2)->text(), u"16"_s);
}

void tst_ExpiringWaiversDialog::activatingARowNamesTheItem()
{
    ExpiringWaiversDialog dialog(*m_services, m_fx.clock(), m_assessment);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy activated(&dialog, &ExpiringWaiversDialog::itemActivated);
    QTableWidget *table = dialog.table();
    const QRect rect = table->visualItemRect(table->item(1, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), u"A-002"_s);
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_ExpiringWaiversDialog)
#include "tst_ExpiringWaiversDialog.moc"
