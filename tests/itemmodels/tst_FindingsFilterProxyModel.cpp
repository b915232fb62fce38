#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "itemmodels/FindingsFilterProxyModel.h"
#include "itemmodels/FindingsModel.h"

using namespace Qt::StringLiterals;

namespace greenlight {

class tst_FindingsFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void filters_data();
    void filters();
    void clearFiltersShowsAll();
    void sortsBySeverityRank();
    void liveRowsAreFiltered();

private:
    QStringList shownFingerprints() const;
    static Finding finding(const QString &fingerprint,
                           const QString &rule,
                           Severity severity,
                           const QString &path,
                           const QString &message);

    std::unique_ptr<FindingsModel> m_model;
    std::unique_ptr<FindingsFilterProxyModel> m_proxy;
};

Finding tst_FindingsFilterProxyModel::finding(const QString &fingerprint,
                                              const QString &rule,
                                              Severity severity,
                                              const QString &path,
                                              const QString &message)
{
    Finding f;
    f.fingerprint = fingerprint;
    f.ruleId = rule;
    f.severity = severity;
    f.location.path = path;
    f.location.line = 1;
    f.message = message;
    f.title = rule + u" title"_s;
    return f;
}

void tst_FindingsFilterProxyModel::init()
{
    m_model = std::make_unique<FindingsModel>();
    m_proxy = std::make_unique<FindingsFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_model->appendFindings({finding(u"f1"_s,
                                     u"docker.root-user"_s,
                                     Severity::High,
                                     u"Dockerfile"_s,
                                     u"final stage runs as root"_s),
                             finding(u"f2"_s,
                                     u"secrets.token"_s,
                                     Severity::Critical,
                                     u"config/settings.py"_s,
                                     u"GitHub token in source"_s),
                             finding(u"f3"_s,
                                     u"deps.test-in-prod"_s,
                                     Severity::Low,
                                     u"requirements.txt"_s,
                                     u"pytest in production requirements"_s),
                             finding(u"f4"_s,
                                     u"docker.no-healthcheck"_s,
                                     Severity::Low,
                                     u"worker/Dockerfile"_s,
                                     u"no HEALTHCHECK"_s)});
}

QStringList tst_FindingsFilterProxyModel::shownFingerprints() const
{
    QStringList shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_proxy->index(row, 0).data(FindingsModel::FingerprintRole).toString());
    shown.sort();
    return shown;
}

void tst_FindingsFilterProxyModel::filters_data()
{
    QTest::addColumn<QList<int>>("severities");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QStringList all{u"f1"_s, u"f2"_s, u"f3"_s, u"f4"_s};
    QTest::newRow("none") << QList<int>() << QString() << QString() << QString() << all;
    QTest::newRow("low") << QList<int>{int(Severity::Low)} << QString() << QString() << QString()
                         << QStringList{u"f3"_s, u"f4"_s};
    QTest::newRow("critical+high")
            << QList<int>{int(Severity::Critical), int(Severity::High)} << QString() << QString()
            << QString() << QStringList{u"f1"_s, u"f2"_s};
    QTest::newRow("rule") << QList<int>() << u"secrets.token"_s << QString() << QString()
                          << QStringList{u"f2"_s};
    QTest::newRow("rule is exact")
            << QList<int>() << u"docker"_s << QString() << QString() << QStringList();
    QTest::newRow("path fragment, any case") << QList<int>() << QString() << u"dockerFILE"_s
                                             << QString() << QStringList{u"f1"_s, u"f4"_s};
    QTest::newRow("text in message")
            << QList<int>() << QString() << QString() << u"PYTEST"_s << QStringList{u"f3"_s};
    QTest::newRow("text words all match")
            << QList<int>() << QString() << QString() << u"docker root"_s << QStringList{u"f1"_s};
    QTest::newRow("text in title") << QList<int>() << QString() << QString()
                                   << u"healthcheck title"_s << QStringList{u"f4"_s};
    QTest::newRow("combined") << QList<int>{int(Severity::Low)} << QString() << u"worker"_s
                              << u"health"_s << QStringList{u"f4"_s};
}

void tst_FindingsFilterProxyModel::filters()
{
    QFETCH(QList<int>, severities);
    QFETCH(QString, rule);
    QFETCH(QString, path);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    QAbstractItemModelTester tester(m_proxy.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSet<Severity> set;
    for (const int s : severities)
        set.insert(Severity(s));
    m_proxy->setSeverityFilter(set);
    m_proxy->setRuleFilter(rule);
    m_proxy->setPathFilter(path);
    m_proxy->setFilterText(text);
    QCOMPARE(m_proxy->isFiltering(),
             !severities.isEmpty() || !rule.isEmpty() || !path.isEmpty() || !text.isEmpty());
    QCOMPARE(shownFingerprints(), expected);
}

void tst_FindingsFilterProxyModel::clearFiltersShowsAll()
{
    QSignalSpy changed(m_proxy.get(), &FindingsFilterProxyModel::filtersChanged);
    m_proxy->setRuleFilter(u"secrets.token"_s);
    m_proxy->setRuleFilter(u"secrets.token"_s); // unchanged: no second signal
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->clearFilters();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_proxy->rowCount(), 4);
    QVERIFY(!m_proxy->isFiltering());
}

void tst_FindingsFilterProxyModel::sortsBySeverityRank()
{
    m_proxy->sort(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    QCOMPARE(m_proxy->index(0, 0).data(FindingsModel::FingerprintRole).toString(), u"f2"_s);
    QCOMPARE(m_proxy->index(1, 0).data(FindingsModel::FingerprintRole).toString(), u"f1"_s);
}

void tst_FindingsFilterProxyModel::liveRowsAreFiltered()
{
    QAbstractItemModelTester tester(m_proxy.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->setSeverityFilter({Severity::Critical});
    m_proxy->sort(FindingsModel::LocationColumn, Qt::AscendingOrder);
    m_model->appendFindings({finding(u"f5"_s,
                                     u"secrets.private-key"_s,
                                     Severity::Critical,
                                     u"a/id_rsa"_s,
                                     u"private key"_s),
                             finding(u"f6"_s,
                                     u"docs.no-security-md"_s,
                                     Severity::Info,
                                     QString(),
                                     u"no SECURITY.md"_s)});
    QCOMPARE(shownFingerprints(), (QStringList{u"f2"_s, u"f5"_s}));
    QCOMPARE(m_proxy->index(0, 0).data(FindingsModel::FingerprintRole).toString(), u"f5"_s);
}

} // namespace greenlight

QTEST_GUILESS_MAIN(greenlight::tst_FindingsFilterProxyModel)
#include "tst_FindingsFilterProxyModel.moc"
