#include <QTest>

#include "scan/secrets/PlaceholderFilter.h"

using namespace greenlight;

class tst_PlaceholderFilter : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
};

void tst_PlaceholderFilter::classify_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("reference");
    QTest::addColumn<bool>("placeholder");
    QTest::addColumn<bool>("example");

    QTest::newRow("${VAR}") << QByteArray("${DB_PASSWORD}") << true << false << false;
    QTest::newRow("$VAR") << QByteArray("$API_TOKEN") << true << false << false;
    QTest::newRow("helm") << QByteArray("{{ .Values.x }}") << true << false << false;
    QTest::newRow("python format") << QByteArray("%(password)s") << true << false << false;
    QTest::newRow("str.format") << QByteArray("{password}") << true << false << false;
    QTest::newRow("printf") << QByteArray("%s") << true << false << false;
    QTest::newRow("environ") << QByteArray("os.environ['X']") << true << false << false;
    QTest::newRow("getenv") << QByteArray("getenv(\"X\")") << true << false << false;
    QTest::newRow("sops") << QByteArray("ENC[AES256_GCM,data:abc]") << true << false << false;
    QTest::newRow("1password") << QByteArray("op://vault/item/field") << true << false << false;
    QTest::newRow("<your-key>") << QByteArray("<your-key>") << false << true << false;
    QTest::newRow("changeme") << QByteArray("changeme") << false << true << false;
    QTest::newRow("CHANGE_ME") << QByteArray("CHANGE_ME_NOW") << false << true << false;
    QTest::newRow("xxxx") << QByteArray("abcxxxxdef") << false << true << false;
    QTest::newRow("****") << QByteArray("********") << false << true << false;
    QTest::newRow("dummy") << QByteArray("dummy") << false << true << false;
    QTest::newRow("test") << QByteArray("MyTestKey99") << false << true << false;
    QTest::newRow("REPLACE_ME") << QByteArray("REPLACE_ME") << false << true << false;
    QTest::newRow("your_api_key_here") << QByteArray("your_api_key_here") << false << true << false;
    QTest::newRow("word password") << QByteArray("Password") << false << true << false;
    QTest::newRow("run") << QByteArray("ab000000cd") << false << true << false;
    QTest::newRow("sequence") << QByteArray("k123456789") << false << true << false;
    QTest::newRow("aws doc id") << QByteArray("AKIAIOSFODNN7EXAMPLE") << false << true << true;
    QTest::newRow("aws doc secret")
            << QByteArray("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") << false << true << true;
    QTest::newRow("azure emulator")
            << QByteArray("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/"
                          "K1SZFPTOtr/KBHBeksoGMGw==")
            << false << false << true;
    QTest::newRow("github docs") << QByteArray("ghp_16C7e42F292c6912E7710c838347Ae178B4a") << false
                                 << false << true;
    QTest::newRow("random") << QByteArray("s1K5K5qNGfvJwm0LwbLUm0Nd96PBKVnL2GE+xTwO") << false
                            << false << false;
    QTest::newRow("random short") << QByteArray("SyJy@QCn*yz3") << false << false << false;
}

void tst_PlaceholderFilter::classify()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, reference);
    QFETCH(bool, placeholder);
    QFETCH(bool, example);
    const std::string_view view(value.constData(), value.size());
    QCOMPARE(PlaceholderFilter::isReference(view), reference);
    QCOMPARE(PlaceholderFilter::isPlaceholder(view), placeholder);
    QCOMPARE(PlaceholderFilter::isKnownExample(view), example);
    QCOMPARE(PlaceholderFilter::isNotASecret(view), reference || placeholder || example);
}

QTEST_GUILESS_MAIN(tst_PlaceholderFilter)
#include "tst_PlaceholderFilter.moc"
