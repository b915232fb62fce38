#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "MockClock.h"
#include "dialogs/CommandEvidenceDialog.h"
#include "signoff/CommandEvidenceRunner.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_CommandEvidenceDialog : public QObject
{
    Q_OBJECT

private slots:
    void everyMnemonicLabelHasABuddy();
    void attachIsOfferedOnlyAfterARun();
    void anEmptyCommandDoesNotRun();

private:
    static QPushButton *attachButton(const CommandEvidenceDialog &dialog);

    test::MockClock m_clock;
};

QPushButton *tst_CommandEvidenceDialog::attachButton(const CommandEvidenceDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void tst_CommandEvidenceDialog::everyMnemonicLabelHasABuddy()
{
    // The Command row holds a layout (field and buttons); QFormLayout gives such a row's
    // label no buddy, so it showed a literal "&Command:" and Alt+C did nothing.
    CommandEvidenceDialog dialog(m_clock, u"/tmp"_s);
    QStringList labels;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->text().contains(u'&'))
            continue;
        labels.append(label->text());
        QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    labels.sort();
    QCOMPARE(labels, QStringList({u"&Command:"_s, u"&Directory:"_s}));
    bool commandHasLabel = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        commandHasLabel = commandHasLabel || label->buddy() == dialog.commandEdit();
    QVERIFY(commandHasLabel);
}

void tst_CommandEvidenceDialog::attachIsOfferedOnlyAfterARun()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CommandEvidenceDialog dialog(m_clock, dir.path());
    QVERIFY(!attachButton(dialog)->isEnabled());

    QSignalSpy finished(dialog.runner(), &CommandEvidenceRunner::finished);
    dialog.commandEdit()->setText(u"printf 'hello\\n'; exit 3"_s);
    QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));

    const auto run = dialog.run();
    QVERIFY(run.has_value());
    QCOMPARE(run->exitCode, 3); // a failing command is evidence too
    QCOMPARE(run->output, QByteArray("hello\n"));
    QCOMPARE(run->workingDirectory, dir.path());
    QVERIFY(attachButton(dialog)->isEnabled());
    QVERIFY(dialog.statusLabel()->text().contains(u"Exit code 3"_s));
    QVERIFY(dialog.runButton()->isEnabled());
    QVERIFY(!dialog.cancelButton()->isEnabled());
}

void tst_CommandEvidenceDialog::anEmptyCommandDoesNotRun()
{
    CommandEvidenceDialog dialog(m_clock, u"/tmp"_s);
    QSignalSpy finished(dialog.runner(), &CommandEvidenceRunner::finished);
    dialog.commandEdit()->setText(u"   "_s);
    dialog.startRun();
    QVERIFY(!dialog.runner()->isRunning());
    QVERIFY(!finished.wait(200));
    QVERIFY(!dialog.run().has_value());
    QVERIFY(!attachButton(dialog)->isEnabled());
}

QTEST_MAIN(tst_CommandEvidenceDialog)
#include "tst_CommandEvidenceDialog.moc"
