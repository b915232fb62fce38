#include <QTest>

#include "SecretSamples.h"
#include "scan/secrets/TokenDetector.h"

using namespace greenlight;
namespace s = greenlight::test::samples;

class tst_TokenDetector : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
};

void tst_TokenDetector::detect_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("rule");   // empty: no match
    QTest::addColumn<QByteArray>("secret"); // the masked span

    const QByteArray cloud = "secrets.cloud-key";
    const QByteArray token = "secrets.token";
    QTest::newRow("aws id") << "k=" + s::awsKeyId + ";" << cloud << s::awsKeyId;
    QTest::newRow("aws id too long") << "k=" + s::awsKeyId + "Q" << QByteArray() << QByteArray();
    QTest::newRow("aws id lower tail") << "k=" + s::awsKeyId + "q" << QByteArray() << QByteArray();
    QTest::newRow("aws id inside base64") << "Zm9v" + s::awsKeyId << QByteArray() << QByteArray();
    QTest::newRow("aws id short") << QByteArray("AKIA12345ABCDE") << QByteArray() << QByteArray();
    QTest::newRow("gcp") << "\"" + s::gcpApiKey + "\"" << cloud << s::gcpApiKey;
    QTest::newRow("gcp short") << QByteArray("AIzaSyShort") << QByteArray() << QByteArray();
    QTest::newRow("github") << "t " + s::githubToken << token << s::githubToken;
    QTest::newRow("github 35") << "t " + s::githubToken.chopped(1) << QByteArray() << QByteArray();
    QTest::newRow("github pat") << s::githubPat << token << s::githubPat;
    QTest::newRow("github pat short")
            << QByteArray("github_pat_11ABCDEFG") << QByteArray() << QByteArray();
    QTest::newRow("gitlab") << s::gitlabToken + "\n" << token << s::gitlabToken;
    QTest::newRow("slack") << s::slackToken << token << s::slackToken;
    QTest::newRow("slack no digits")
            << QByteArray("xoxb-not-a-real-token-at-all") << QByteArray() << QByteArray();
    QTest::newRow("webhook") << "https://hooks.slack.com/services/" + s::slackWebhookPath << token
                             << s::slackWebhookPath;
    QTest::newRow("webhook placeholder")
            << QByteArray("https://hooks.slack.com/services/T000/B000/XXXX") << QByteArray()
            << QByteArray();
    QTest::newRow("stripe") << "'" + s::stripeKey + "'" << token << s::stripeKey;
    QTest::newRow("stripe short") << QByteArray("sk_live_abc123") << QByteArray() << QByteArray();
    QTest::newRow("stripe docs") << QByteArray("sk_live_4eC39HqLyjWDarjtT1zdp7dc") << QByteArray()
                                 << QByteArray();
    QTest::newRow("openai") << "=" + s::openAiKey << token << s::openAiKey;
    QTest::newRow("openai project") << s::openAiProjectKey << token << s::openAiProjectKey;
    QTest::newRow("openai in word") << "task" + s::openAiKey.mid(2) << QByteArray() << QByteArray();
    QTest::newRow("css class") << QByteArray("sk-folding-cube-animation-delay") << QByteArray()
                               << QByteArray();
    QTest::newRow("azure key") << "AccountKey=" + s::azureKey + ";" << cloud << s::azureKey;
    QTest::newRow("azure emulator") << QByteArray(
            "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/"
            "K1SZFPTOtr/KBHBeksoGMGw==;")
                                    << QByteArray() << QByteArray();
    QTest::newRow("azure placeholder")
            << QByteArray("AccountKey=<account-key>;") << QByteArray() << QByteArray();
    QTest::newRow("sas") << "?sv=2022-11-02&sp=r&sig=" + s::sasSignature << cloud
                         << s::sasSignature;
    QTest::newRow("sig without sv")
            << "?x=1&sig=" + s::sasSignature << QByteArray() << QByteArray();
    QTest::newRow("sig not a parameter")
            << "sv=1 rsig=" + s::sasSignature << QByteArray() << QByteArray();
}

void tst_TokenDetector::detect()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, rule);
    QFETCH(QByteArray, secret);
    const std::string_view view(text.constData(), text.size());
    std::vector<AnchorHit> hits;
    AnchorScanner::instance().scan(view, hits);
    std::optional<SecretMatch> match;
    for (const AnchorHit &hit : hits) {
        if (hit.anchor != SecretAnchor::Keyword && hit.anchor != SecretAnchor::Url && !match)
            match = TokenDetector::detect(view, hit);
    }
    if (rule.isEmpty()) {
        QVERIFY(!match);
        return;
    }
    QVERIFY(match);
    QCOMPARE(QByteArray(match->ruleId), rule);
    QCOMPARE(QByteArray(text.constData() + match->secretStart, qsizetype(match->secretLength)),
             secret);
    QVERIFY(match->label && *match->label);
}

QTEST_GUILESS_MAIN(tst_TokenDetector)
#include "tst_TokenDetector.moc"
