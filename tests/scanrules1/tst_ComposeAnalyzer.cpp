#include <QTest>

#include "AnalyzerHarness.h"
#include "scan/analyzers/ComposeAnalyzer.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using greenlight::test::Files;

namespace {

Files compose(const QByteArray &content, const QString &name = u"docker-compose.yml"_s)
{
    return Files{{name, content}};
}

// A service that passes every rule, to build variations on.
const QByteArray Hardened = "services:\n"
                            "  web:\n"
                            "    image: app:1.4\n"
                            "    ports: [\"8000:8000\"]\n"
                            "    command: gunicorn app:wsgi\n"
                            "    healthcheck:\n"
                            "      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8000/\"]\n"
                            "    stop_grace_period: 45s\n"
                            "    deploy:\n"
                            "      resources:\n"
                            "        limits: {cpus: \"1\", memory: 512M}\n"
                            "    environment:\n"
                            "      DB_PASSWORD: ${DB_PASSWORD}\n";

} // namespace

class tst_ComposeAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void wants_data();
    void wants();
    void rule_data();
    void rule();
    void hardenedServiceIsClean();
    void passwordIsRedacted();
    void invalidYamlIsNoted();
};

void tst_ComposeAnalyzer::wants_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("wanted");
    QTest::newRow("docker-compose.yml") << u"docker-compose.yml"_s << true;
    QTest::newRow("docker-compose.prod.yaml") << u"docker-compose.prod.yaml"_s << true;
    QTest::newRow("compose.yaml") << u"compose.yaml"_s << true;
    QTest::newRow("compose-dev.yml") << u"compose-dev.yml"_s << true;
    QTest::newRow("composer.yml") << u"composer.yml"_s << false;
    QTest::newRow("docker-compose.md") << u"docker-compose.md"_s << false;
    QTest::newRow("deployment.yaml") << u"deployment.yaml"_s << false;
}

void tst_ComposeAnalyzer::wants()
{
    QFETCH(QString, fileName);
    QFETCH(bool, wanted);
    QCOMPARE(ComposeAnalyzer().wants(fileName, fileName), wanted);
}

void tst_ComposeAnalyzer::rule_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<Files>("files");
    QTest::addColumn<QStringList>("expected");
    const QString f = u"docker-compose.yml:"_s;

    const QString privileged = u"compose.privileged"_s;
    QTest::newRow("privileged")
            << privileged << compose("services:\n  a:\n    image: x:1\n    privileged: true\n")
            << QStringList{f + u"4"_s};
    QTest::newRow("privileged false ok")
            << privileged << compose("services:\n  a:\n    privileged: false\n") << QStringList{};
    QTest::newRow("privileged via merge key")
            << privileged
            << compose("x-base: &base\n  privileged: true\nservices:\n  a:\n    <<: *base\n"
                       "    image: x:1\n")
            << QStringList{f + u"2"_s};

    const QString host = u"compose.host-network"_s;
    QTest::newRow("host network") << host << compose("services:\n  a:\n    network_mode: host\n")
                                  << QStringList{f + u"3"_s};
    QTest::newRow("host network quoted")
            << host << compose("services:\n  a:\n    network_mode: \"host\"\n")
            << QStringList{f + u"3"_s};
    QTest::newRow("bridge ok") << host << compose("services:\n  a:\n    network_mode: bridge\n")
                               << QStringList{};

    const QString password = u"compose.hardcoded-password"_s;
    QTest::newRow("password mapping form") << password
                                           << compose("services:\n  db:\n    environment:\n      "
                                                      "POSTGRES_PASSWORD: hunter2hunter\n"
                                                      "      POSTGRES_USER: app\n")
                                           << QStringList{f + u"4"_s};
    QTest::newRow("password list form literal")
            << password
            << compose("services:\n  db:\n    environment:\n      - POSTGRES_DB=app\n"
                       "      - POSTGRES_PASSWORD=hunter2hunter\n")
            << QStringList{f + u"5"_s};
    QTest::newRow("password list form interpolated ok")
            << password
            << compose("services:\n  db:\n    environment:\n      - DB_PASSWORD=${DB_PASSWORD}\n"
                       "      - API_TOKEN=$API_TOKEN\n      - SECRET_KEY\n")
            << QStringList{};
    QTest::newRow("password literal fallback")
            << password
            << compose("services:\n  db:\n    environment:\n      DB_PASSWORD: "
                       "${DB_PASSWORD:-devpass123}\n")
            << QStringList{f + u"4"_s};
    QTest::newRow("password placeholder fallback ok")
            << password
            << compose("services:\n  db:\n    environment:\n      DB_PASSWORD: "
                       "${DB_PASSWORD:-changeme}\n")
            << QStringList{};
    QTest::newRow("password required variable ok")
            << password
            << compose("services:\n  db:\n    environment:\n      DB_PASSWORD: ${DB_PASSWORD:?set "
                       "it}\n")
            << QStringList{};
    QTest::newRow("secret file reference ok")
            << password
            << compose("services:\n  db:\n    environment:\n      POSTGRES_PASSWORD_FILE: "
                       "/run/secrets/db\n")
            << QStringList{};
    QTest::newRow("build arg token")
            << password
            << compose("services:\n  a:\n    build:\n      context: .\n      args:\n"
                       "        NPM_TOKEN: npm_abcdefghijkl\n")
            << QStringList{f + u"6"_s};
    QTest::newRow("not a secret name ok")
            << password << compose("services:\n  a:\n    environment:\n      LOG_LEVEL: debug\n")
            << QStringList{};

    const QString health = u"compose.no-healthcheck"_s;
    QTest::newRow("no healthcheck per service")
            << health << compose("services:\n  a:\n    image: x:1\n  b:\n    image: y:1\n")
            << QStringList{f + u"2"_s, f + u"4"_s};
    QTest::newRow("healthcheck disabled")
            << health << compose("services:\n  a:\n    healthcheck:\n      disable: true\n")
            << QStringList{f + u"3"_s};
    QTest::newRow("healthcheck NONE")
            << health << compose("services:\n  a:\n    healthcheck:\n      test: [\"NONE\"]\n")
            << QStringList{f + u"3"_s};

    const QString limits = u"compose.no-resource-limits"_s;
    QTest::newRow("no limits") << limits << compose("services:\n  a:\n    image: x:1\n")
                               << QStringList{f + u"2"_s};
    QTest::newRow("deploy limits ok")
            << limits
            << compose("services:\n  a:\n    deploy:\n      resources:\n        limits:\n"
                       "          memory: 256M\n")
            << QStringList{};
    QTest::newRow("reservations only")
            << limits
            << compose("services:\n  a:\n    deploy:\n      resources:\n        reservations:\n"
                       "          memory: 256M\n")
            << QStringList{f + u"2"_s};
    QTest::newRow("mem_limit ok") << limits << compose("services:\n  a:\n    mem_limit: 1g\n")
                                  << QStringList{};

    const QString grace = u"compose.no-stop-grace-period"_s;
    QTest::newRow("grace: ports") << grace
                                  << compose("services:\n  a:\n    ports:\n      - 80:80\n")
                                  << QStringList{f + u"2"_s};
    QTest::newRow("grace: gunicorn command")
            << grace << compose("services:\n  a:\n    command: [\"gunicorn\", \"app:wsgi\"]\n")
            << QStringList{f + u"2"_s};
    QTest::newRow("grace: worker in dev file ok")
            << grace << compose("services:\n  worker:\n    command: celery worker\n")
            << QStringList{};
    QTest::newRow("grace: any service in a prod file")
            << grace
            << compose("services:\n  worker:\n    command: celery worker\n",
                       u"docker-compose.prod.yml"_s)
            << QStringList{u"docker-compose.prod.yml:2"_s};
    QTest::newRow("grace: set ok")
            << grace
            << compose("services:\n  a:\n    ports: [\"80:80\"]\n    stop_grace_period: 30s\n")
            << QStringList{};
}

void tst_ComposeAnalyzer::rule()
{
    QFETCH(QString, ruleId);
    QFETCH(Files, files);
    QFETCH(QStringList, expected);
    ComposeAnalyzer analyzer;
    test::CollectingSink sink;
    test::runAnalyzer(analyzer, files, sink);
    QCOMPARE(sink.locations(ruleId), expected);
    QVERIFY(sink.notes().isEmpty());
}

void tst_ComposeAnalyzer::hardenedServiceIsClean()
{
    ComposeAnalyzer analyzer;
    test::CollectingSink sink;
    test::runAnalyzer(analyzer, compose(Hardened, u"docker-compose.prod.yml"_s), sink);
    QCOMPARE(sink.findings().size(), 0);
}

void tst_ComposeAnalyzer::passwordIsRedacted()
{
    ComposeAnalyzer analyzer;
    test::CollectingSink sink;
    test::runAnalyzer(analyzer,
                      compose("services:\n  db:\n    environment:\n"
                              "      - \"MYSQL_ROOT_PASSWORD=Sup3rS3cretPass\"\n"),
                      sink);
    const QList<Finding> findings = sink.findingsOf(u"compose.hardcoded-password"_s);
    QCOMPARE(findings.size(), 1);
    QVERIFY(!findings.first().snippet.contains(u"Sup3rS3cretPass"_s));
    QVERIFY(findings.first().snippet.startsWith(u"- \"MYSQL_ROOT_PASSWORD="_s));
    QVERIFY(!findings.first().message.contains(u"Sup3r"_s));
    QVERIFY(!findings.first().secretHash.isEmpty());
    QCOMPARE(findings.first().location.column, 9);
}

void tst_ComposeAnalyzer::invalidYamlIsNoted()
{
    ComposeAnalyzer analyzer;
    test::CollectingSink sink;
    test::runAnalyzer(analyzer, compose("services:\n  a: [unclosed\n"), sink);
    QCOMPARE(sink.findings().size(), 0);
    QCOMPARE(sink.notes().size(), 1);
    QVERIFY(sink.notes().first().startsWith(u"docker-compose.yml: "_s));
}

QTEST_GUILESS_MAIN(tst_ComposeAnalyzer)
#include "tst_ComposeAnalyzer.moc"
