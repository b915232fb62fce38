#include <QTest>

#include "SecretSamples.h"
#include "scan/secrets/PemDetector.h"

using namespace greenlight;
namespace s = greenlight::test::samples;

class tst_PemDetector : public QObject
{
    Q_OBJECT

private slots:
    void privateKey_data();
    void privateKey();
    void materialSkipsHeadersAndEscapes();
    void serviceAccount_data();
    void serviceAccount();
};

void tst_PemDetector::privateKey_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("found");
    QTest::addColumn<bool>("inlineMaterial");

    const QByteArray body = s::pemBody();
    for (const char *kind : {"", "RSA ", "EC ", "DSA ", "OPENSSH ", "ENCRYPTED "}) {
        QTest::newRow(kind[0] ? kind : "pkcs8")
                << "-----BEGIN " + QByteArray(kind) + "PRIVATE KEY-----\n" + body << true << false;
    }
    QTest::newRow("pgp block") << "-----BEGIN PGP PRIVATE KEY BLOCK-----\nComment: x\n\n" + body
                               << true << false;
    QTest::newRow("crlf") << "-----BEGIN RSA PRIVATE KEY-----\r\n" + s::rsaLines[0] + "\r\n"
                                     + s::rsaLines[1] + "\r\n"
                          << true << false;
    QTest::newRow("json escaped") << "\"-----BEGIN PRIVATE KEY-----\\n" + s::pemBodyEscaped() + "\""
                                  << true << true;
    QTest::newRow("java concatenation")
            << "\"-----BEGIN RSA PRIVATE KEY-----\\n\" +\n    \"" + s::rsaLines[0]
                       + "\\n\" +\n    \"" + s::rsaLines[1] + "\\n\""
            << true << false;
    QTest::newRow("unknown kind") << "-----BEGIN FOO PRIVATE KEY-----\n" + body << false << false;
    QTest::newRow("no closing dashes") << "-----BEGIN RSA PRIVATE KEY\n" + body << false << false;
    QTest::newRow("header only") << QByteArray(
            "-----BEGIN RSA PRIVATE KEY-----\n-----END RSA PRIVATE KEY-----\n")
                                 << false << false;
    QTest::newRow("ellipsis") << QByteArray(
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...\n")
                              << false << false;
    QTest::newRow("placeholder text")
            << QByteArray("-----BEGIN PRIVATE KEY-----\n<your key here>\n") << false << false;
    QTest::newRow("low entropy filler")
            << "-----BEGIN PRIVATE KEY-----\n" + QByteArray(80, 'A') + "\n"
            << false << false;
    QTest::newRow("prose mention")
            << QByteArray("Never commit a PRIVATE KEY to git.") << false << false;
}

void tst_PemDetector::privateKey()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, found);
    QFETCH(bool, inlineMaterial);
    const std::string_view view(text.constData(), text.size());
    const auto match = PemDetector::privateKey(view, view.find("PRIVATE KEY"));
    QCOMPARE(bool(match), found);
    if (!match)
        return;
    QCOMPARE(QByteArray(match->ruleId), QByteArray("secrets.private-key"));
    QCOMPARE(text.mid(qsizetype(match->location), 11), QByteArray("-----BEGIN "));
    QVERIFY(match->identity.size() >= PemDetector::MinimumMaterial);
    QCOMPARE(match->identity.substr(0, 64), std::string(s::rsaLines[0].constData(), 64));
    QCOMPARE(match->secretLength > 0, inlineMaterial);
}

void tst_PemDetector::materialSkipsHeadersAndEscapes()
{
    const QByteArray text = "\nProc-Type: 4,ENCRYPTED\\nDEK-Info: AES-128-CBC,AB12\\n\\n"
                            + s::rsaLines[0] + "\\n" + s::rsaLines[1] + "\\n-----END";
    std::size_t first = 0;
    const std::string material
            = PemDetector::material(std::string_view(text.constData(), text.size()), 0, &first);
    QCOMPARE(QByteArray::fromStdString(material), s::rsaLines[0] + s::rsaLines[1]);
    QCOMPARE(qsizetype(first), text.indexOf(s::rsaLines[0]));
}

void tst_PemDetector::serviceAccount_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("keyLine"); // 0: none

    const QByteArray key = "\"-----BEGIN PRIVATE KEY-----\\n" + s::pemBodyEscaped()
                           + "-----END PRIVATE KEY-----\\n\"";
    QTest::newRow("google layout") << "{\n  \"type\": \"service_account\",\n  \"private_key_id\": "
                                      "\"1\",\n  \"private_key\": "
                                              + key + "\n}"
                                   << 4;
    QTest::newRow("key before type")
            << "{\"private_key\": " + key + ",\n\"type\": \"service_account\"}" << 1;
    QTest::newRow("redacted key") << QByteArray(
            "{\"type\": \"service_account\", \"private_key\": \"<redacted>\"}")
                                  << 0;
    QTest::newRow("no key") << QByteArray(
            "{\"type\": \"service_account\", \"client_email\": \"a@b\"}")
                            << 0;
    QTest::newRow("not the type") << "{\"kind\": \"service_account\", \"private_key\": " + key + "}"
                                  << 0;
}

void tst_PemDetector::serviceAccount()
{
    QFETCH(QByteArray, json);
    QFETCH(int, keyLine);
    const std::string_view view(json.constData(), json.size());
    const auto match = PemDetector::serviceAccount(view, view.find("service_account"));
    QCOMPARE(bool(match), keyLine != 0);
    if (!match)
        return;
    QCOMPARE(QByteArray(match->ruleId), QByteArray("secrets.cloud-key"));
    QCOMPARE(json.left(qsizetype(match->location)).count('\n') + 1, keyLine);
    QVERIFY(json.mid(qsizetype(match->secretStart), qsizetype(match->secretLength))
                    .contains(s::rsaLines[2]));
}

QTEST_GUILESS_MAIN(tst_PemDetector)
#include "tst_PemDetector.moc"
