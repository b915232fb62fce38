#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "StoreFixture.h"
#include "approval/ApprovalPackExport.h"
#include "templates/TemplateCatalog.h"
#include "widgets/MessageBar.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

class tst_ApprovalPackExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void actionFollowsTheAssessment();
    void exportsAndSaysWhere();
    void failureShowsWhy();

private:
    StoreFixture m_fixture;
    TemplateCatalog m_catalog;
    QTemporaryDir m_out;
    std::unique_ptr<QWidget> m_window;
    MessageBar *m_bar = nullptr;
    ApprovalPackExport *m_export = nullptr;
    qint64 m_id = 0;
};

void tst_ApprovalPackExport::init()
{
    QVERIFY(m_fixture.openFresh());
    m_id = m_fixture.createPayments();
    m_window = std::make_unique<QWidget>();
    m_bar = new MessageBar(m_window.get());
    m_export = new ApprovalPackExport(m_fixture.store(),
                                      m_fixture.path(),
                                      m_fixture.clock(),
                                      m_catalog,
                                      *m_bar,
                                      m_window.get());
}

void tst_ApprovalPackExport::cleanup()
{
    m_window.reset();
}

void tst_ApprovalPackExport::actionFollowsTheAssessment()
{
    QVERIFY(!m_export->action()->isEnabled());
    m_export->setAssessment(m_id);
    QVERIFY(m_export->action()->isEnabled());
    QCOMPARE(m_export->action()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setAssessment(std::nullopt);
    QVERIFY(!m_export->action()->isEnabled());
}

void tst_ApprovalPackExport::exportsAndSaysWhere()
{
    m_export->setAssessment(m_id);
    QSignalSpy finished(m_export, &ApprovalPackExport::exportFinished);
    const QString path = m_out.filePath(u"pack.pdf"_s);
    m_export->exportTo(m_id, path, {ReportFormat::Pdf, QPageSize::Letter}, false);
    QVERIFY(m_export->isExporting());
    QVERIFY(!m_export->action()->isEnabled()); // one export at a time
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(m_bar->kind(), MessageBar::Kind::Information);
    QVERIFY2(m_bar->text().contains(path), qPrintable(m_bar->text()));
    QVERIFY(m_bar->text().contains(u"Verdict: Not ready"_s));
    QVERIFY(m_export->action()->isEnabled());
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
}

void tst_ApprovalPackExport::failureShowsWhy()
{
    QSignalSpy finished(m_export, &ApprovalPackExport::exportFinished);
    const QString path = m_out.filePath(u"gone/pack.md"_s);
    m_export->exportTo(m_id, path, {ReportFormat::Markdown}, false);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(m_bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(m_bar->text().contains(path), qPrintable(m_bar->text()));
}

QTEST_MAIN(tst_ApprovalPackExport)
#include "tst_ApprovalPackExport.moc"
