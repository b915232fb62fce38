#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include "TemplateFixtures.h"
#include "dialogs/NewAssessmentDialog.h"

using namespace Qt::StringLiterals;

namespace greenlight {

class tst_NewAssessmentDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsTemplatesAllChecked();
    void validation_data();
    void validation();
    void okFollowsTyping();
    void assessmentValue();
    void noTemplatesAvailable();
};

void tst_NewAssessmentDialog::listsTemplatesAllChecked()
{
    NewAssessmentDialog dialog({test::alphaTemplate(), test::betaTemplate()});
    QTreeWidget *list = dialog.templateList();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), u"Alpha checks"_s);
    QCOMPARE(list->topLevelItem(0)->text(1), u"alpha"_s);
    QCOMPARE(list->topLevelItem(0)->text(2), u"1.0.0"_s);
    QCOMPARE(list->topLevelItem(0)->text(3), u"5"_s);
    QCOMPARE(list->topLevelItem(1)->text(3), u"2"_s);
    QCOMPARE(list->topLevelItem(0)->checkState(0), Qt::Checked);
    QCOMPARE(list->topLevelItem(1)->checkState(0), Qt::Checked);
    QVERIFY(!dialog.okButton()->isEnabled());
}

void tst_NewAssessmentDialog::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("release");
    QTest::addColumn<bool>("alpha");
    QTest::addColumn<bool>("beta");
    QTest::addColumn<QString>("problem");

    QTest::newRow("complete") << u"Go-live"_s << u"Payments"_s << u"2.4"_s << true << true
                              << QString();
    QTest::newRow("one template") << u"Go-live"_s << u"Payments"_s << u"2.4"_s << false << true
                                  << QString();
    QTest::newRow("no name") << QString() << u"Payments"_s << u"2.4"_s << true << true
                             << u"Still needed: a name."_s;
    QTest::newRow("blank name") << u"   "_s << u"Payments"_s << u"2.4"_s << true << true
                                << u"Still needed: a name."_s;
    QTest::newRow("no system") << u"Go-live"_s << QString() << u"2.4"_s << true << true
                               << u"Still needed: the system."_s;
    QTest::newRow("no release") << u"Go-live"_s << u"Payments"_s << QString() << true << true
                                << u"Still needed: the release."_s;
    QTest::newRow("no template") << u"Go-live"_s << u"Payments"_s << u"2.4"_s << false << false
                                 << u"Still needed: at least one checklist."_s;
    QTest::newRow("nothing") << QString() << QString() << QString() << false << false
                             << u"Still needed: a name, the system, the release, at least one "
                                "checklist."_s;
}

void tst_NewAssessmentDialog::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, system);
    QFETCH(QString, release);
    QFETCH(bool, alpha);
    QFETCH(bool, beta);
    QFETCH(QString, problem);

    NewAssessmentDialog dialog({test::alphaTemplate(), test::betaTemplate()});
    dialog.nameEdit()->setText(name);
    dialog.systemEdit()->setText(system);
    dialog.releaseEdit()->setText(release);
    dialog.setTemplateChecked(u"alpha"_s, alpha);
    dialog.setTemplateChecked(u"beta"_s, beta);

    QCOMPARE(dialog.problem(), problem);
    QCOMPARE(dialog.isInputValid(), problem.isEmpty());
    QCOMPARE(dialog.okButton()->isEnabled(), problem.isEmpty());
    const auto *hint = dialog.findChild<QLabel *>(u"validationHint"_s);
    QVERIFY(hint);
    if (!problem.isEmpty())
        QCOMPARE(hint->text(), problem);
}

void tst_NewAssessmentDialog::okFollowsTyping()
{
    NewAssessmentDialog dialog({test::alphaTemplate()});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.nameEdit(), u"Go-live"_s);
    QTest::keyClicks(dialog.systemEdit(), u"Ledger"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.releaseEdit(), u"1.0"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    const auto *hint = dialog.findChild<QLabel *>(u"validationHint"_s);
    QCOMPARE(hint->text(), u"Items in the new assessment: 5"_s);

    // Unticking the only template with the keyboard disables OK again.
    dialog.templateList()->setFocus();
    dialog.templateList()->setCurrentItem(dialog.templateList()->topLevelItem(0));
    QTest::keyClick(dialog.templateList(), Qt::Key_Space);
    QCOMPARE(dialog.templateList()->topLevelItem(0)->checkState(0), Qt::Unchecked);
    QVERIFY(!dialog.okButton()->isEnabled());

    QTest::keyClick(dialog.templateList(), Qt::Key_Space);
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_NewAssessmentDialog::assessmentValue()
{
    NewAssessmentDialog dialog({test::alphaTemplate(), test::betaTemplate()});
    dialog.nameEdit()->setText(u"  Go-live  "_s);
    dialog.systemEdit()->setText(u"Payments"_s);
    dialog.releaseEdit()->setText(u"2.4"_s);
    dialog.repositoryEdit()->setText(u"/srv/payments "_s);
    dialog.setTemplateChecked(u"alpha"_s, false);

    const NewAssessment a = dialog.assessment();
    QCOMPARE(a.name, u"Go-live"_s);
    QCOMPARE(a.system, u"Payments"_s);
    QCOMPARE(a.release, u"2.4"_s);
    QCOMPARE(a.repositoryPath, u"/srv/payments"_s);
    QCOMPARE(a.templates.size(), 1);
    QCOMPARE(a.templates.first().id, u"beta"_s);
    QCOMPARE(a.templates.first().itemCount(), 2);
}

void tst_NewAssessmentDialog::noTemplatesAvailable()
{
    NewAssessmentDialog dialog({});
    dialog.nameEdit()->setText(u"Go-live"_s);
    dialog.systemEdit()->setText(u"Payments"_s);
    dialog.releaseEdit()->setText(u"2.4"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.problem().contains(u"No checklist templates"_s));
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_NewAssessmentDialog)
#include "tst_NewAssessmentDialog.moc"
