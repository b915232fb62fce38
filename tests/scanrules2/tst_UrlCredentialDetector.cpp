#include <QTest>

#include "scan/secrets/UrlCredentialDetector.h"

using namespace greenlight;

class tst_UrlCredentialDetector : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
};

void tst_UrlCredentialDetector::detect_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("password"); // empty: nothing reported
    QTest::addColumn<QByteArray>("scheme");

    QTest::newRow("postgres") << QByteArray("postgres://app:Xk9mQ2vLp7@db:5432/app")
                              << QByteArray("Xk9mQ2vLp7") << QByteArray("postgres");
    QTest::newRow("driver scheme")
            << QByteArray("url='postgresql+psycopg2://app:Xk9mQ2vLp7@db/app'")
            << QByteArray("Xk9mQ2vLp7") << QByteArray("postgresql+psycopg2");
    QTest::newRow("at in password") << QByteArray("mongodb://root:p@ss-W0rd-9@mongo:27017")
                                    << QByteArray("p@ss-W0rd-9") << QByteArray("mongodb");
    QTest::newRow("empty user") << QByteArray("redis://:Xk9mQ2vLp7@cache:6379")
                                << QByteArray("Xk9mQ2vLp7") << QByteArray("redis");
    QTest::newRow("email user") << QByteArray("smtp://ops@acme.io:Xk9mQ2vLp7@mail.acme.io")
                                << QByteArray("Xk9mQ2vLp7") << QByteArray("smtp");
    QTest::newRow("https token") << QByteArray("https://ci:Xk9mQ2vLp7@git.acme.io/r.git")
                                 << QByteArray("Xk9mQ2vLp7") << QByteArray("https");
    QTest::newRow("no password") << QByteArray("ssh://git@github.com/acme/app") << QByteArray()
                                 << QByteArray();
    QTest::newRow("port not password")
            << QByteArray("http://localhost:8080/path@v2") << QByteArray() << QByteArray();
    QTest::newRow("placeholder word")
            << QByteArray("postgres://user:password@localhost/db") << QByteArray() << QByteArray();
    QTest::newRow("pass") << QByteArray("amqp://guest:pass@rabbit") << QByteArray() << QByteArray();
    QTest::newRow("same as user") << QByteArray("amqp://guest:guest@rabbit") << QByteArray()
                                  << QByteArray();
    QTest::newRow("shell var") << QByteArray("postgres://app:$DB_PASS@db/app") << QByteArray()
                               << QByteArray();
    QTest::newRow("braces var") << QByteArray("postgres://app:${DB_PASSWORD}@db/app")
                                << QByteArray() << QByteArray();
    QTest::newRow("python format")
            << QByteArray("f\"postgres://{user}:{pw}@{host}/db\"") << QByteArray() << QByteArray();
    QTest::newRow("printf") << QByteArray("\"mysql://%s:%s@%s\"") << QByteArray() << QByteArray();
    QTest::newRow("angle") << QByteArray("postgres://app:<password>@db/app") << QByteArray()
                           << QByteArray();
    QTest::newRow("docker docs password")
            << QByteArray("postgresql://postgres:mysecretpassword@localhost") << QByteArray()
            << QByteArray();
    QTest::newRow("stars") << QByteArray("postgres://app:*****@db/app") << QByteArray()
                           << QByteArray();
    QTest::newRow("example host") << QByteArray("https://bob:Xk9mQ2vLp7@api.example.com/")
                                  << QByteArray() << QByteArray();
    QTest::newRow("host placeholder")
            << QByteArray("postgres://app:Xk9mQ2vLp7@host:5432/db") << QByteArray() << QByteArray();
    QTest::newRow("too short") << QByteArray("redis://:abc@cache") << QByteArray() << QByteArray();
    QTest::newRow("no scheme") << QByteArray("x ://a:Xk9mQ2vLp7@h") << QByteArray() << QByteArray();
}

void tst_UrlCredentialDetector::detect()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, scheme);
    const std::string_view view(text.constData(), text.size());
    const auto match = UrlCredentialDetector::detect(view, view.find("://"));
    QCOMPARE(bool(match), !password.isEmpty());
    if (!match)
        return;
    QCOMPARE(QByteArray(match->ruleId), QByteArray("secrets.url-password"));
    QCOMPARE(text.mid(qsizetype(match->secretStart), qsizetype(match->secretLength)), password);
    QCOMPARE(QByteArray::fromStdString(match->context), scheme);
    QCOMPARE(text.mid(qsizetype(match->location), scheme.size()), scheme);
}

QTEST_GUILESS_MAIN(tst_UrlCredentialDetector)
#include "tst_UrlCredentialDetector.moc"
