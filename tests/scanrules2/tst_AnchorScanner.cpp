#include <QTest>

#include "scan/secrets/AnchorScanner.h"

using namespace greenlight;

Q_DECLARE_METATYPE(SecretAnchor)

class tst_AnchorScanner : public QObject
{
    Q_OBJECT

private slots:
    void finds_data();
    void finds();
    void caseRules();
    void hitsAreOrderedAndComplete();
    void edges();
};

void tst_AnchorScanner::finds_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<SecretAnchor>("anchor");
    QTest::addColumn<int>("offset");

    QTest::newRow("private key") << QByteArray("-----BEGIN PRIVATE KEY-----")
                                 << SecretAnchor::PrivateKey << 11;
    QTest::newRow("AKIA") << QByteArray("id=AKIA123") << SecretAnchor::AwsKeyId << 3;
    QTest::newRow("ASIA") << QByteArray("ASIA") << SecretAnchor::AwsKeyId << 0;
    QTest::newRow("AIza") << QByteArray("k AIzaB") << SecretAnchor::GcpApiKey << 2;
    QTest::newRow("ghp_") << QByteArray("x ghp_abc") << SecretAnchor::GitHubToken << 2;
    QTest::newRow("ghs_") << QByteArray("ghs_abc") << SecretAnchor::GitHubToken << 0;
    QTest::newRow("github_pat_") << QByteArray("t=github_pat_1") << SecretAnchor::GitHubPat << 2;
    QTest::newRow("glpat-") << QByteArray("glpat-1") << SecretAnchor::GitLabToken << 0;
    QTest::newRow("xoxp-") << QByteArray("'xoxp-1'") << SecretAnchor::SlackToken << 1;
    QTest::newRow("webhook") << QByteArray("https://hooks.slack.com/services/")
                             << SecretAnchor::SlackWebhook << 8;
    QTest::newRow("sk_live_") << QByteArray("sk_live_1") << SecretAnchor::StripeKey << 0;
    QTest::newRow("rk_live_") << QByteArray("(rk_live_1") << SecretAnchor::StripeKey << 1;
    QTest::newRow("sk-") << QByteArray("\"sk-abc") << SecretAnchor::OpenAiKey << 1;
    QTest::newRow("url") << QByteArray("ftp://h") << SecretAnchor::Url << 3;
    QTest::newRow("AccountKey=") << QByteArray(";AccountKey=abc") << SecretAnchor::AzureKey << 1;
    QTest::newRow("sig=") << QByteArray("&sig=abc") << SecretAnchor::AzureSas << 1;
    QTest::newRow("service_account")
            << QByteArray("\"service_account\"") << SecretAnchor::ServiceAccount << 1;
    QTest::newRow("password") << QByteArray("DB_PASSWORD=") << SecretAnchor::Keyword << 3;
    QTest::newRow("passwd") << QByteArray("passwd") << SecretAnchor::Keyword << 0;
    QTest::newRow("Secret") << QByteArray("clientSecret") << SecretAnchor::Keyword << 6;
    QTest::newRow("TOKEN") << QByteArray("GH_TOKEN") << SecretAnchor::Keyword << 3;
    QTest::newRow("api_key") << QByteArray("x.api_key") << SecretAnchor::Keyword << 2;
    QTest::newRow("api-key") << QByteArray("X-API-KEY") << SecretAnchor::Keyword << 2;
    QTest::newRow("apiKey") << QByteArray("apiKey") << SecretAnchor::Keyword << 0;
    QTest::newRow("access_key") << QByteArray("access_key") << SecretAnchor::Keyword << 0;
    QTest::newRow("accessKey") << QByteArray("s3.accessKey") << SecretAnchor::Keyword << 3;
}

void tst_AnchorScanner::finds()
{
    QFETCH(QByteArray, text);
    QFETCH(SecretAnchor, anchor);
    QFETCH(int, offset);
    std::vector<AnchorHit> hits;
    AnchorScanner::instance().scan(std::string_view(text.constData(), text.size()), hits);
    const auto found = std::find_if(hits.begin(), hits.end(), [&](const AnchorHit &hit) {
        return hit.anchor == anchor && hit.offset == std::size_t(offset);
    });
    QVERIFY2(found != hits.end(), text.constData());
}

void tst_AnchorScanner::caseRules()
{
    // Provider prefixes are case-sensitive, keywords are not.
    std::vector<AnchorHit> hits;
    const std::string_view text = "akia aiza GHP_ private key Sk_Live_ accountkey= PaSsWoRd";
    AnchorScanner::instance().scan(text, hits);
    QCOMPARE(hits.size(), std::size_t(1));
    QCOMPARE(hits.front().anchor, SecretAnchor::Keyword);
    QCOMPARE(hits.front().offset, text.find("PaSsWoRd"));
    QCOMPARE(int(hits.front().length), 8);
}

void tst_AnchorScanner::hitsAreOrderedAndComplete()
{
    // Literals key on different bigrams, so detection order differs from text order.
    const std::string_view text = "token AKIA sk- PRIVATE KEY :// password sig= secret glpat-";
    std::vector<AnchorHit> hits;
    AnchorScanner::instance().scan(text, hits);
    QCOMPARE(hits.size(), std::size_t(9));
    for (std::size_t i = 1; i < hits.size(); ++i)
        QVERIFY(hits[i - 1].offset < hits[i].offset);
}

void tst_AnchorScanner::edges()
{
    std::vector<AnchorHit> hits;
    AnchorScanner::instance().scan("", hits);
    AnchorScanner::instance().scan("a", hits);
    AnchorScanner::instance().scan("AKI", hits); // truncated literal at the end
    AnchorScanner::instance().scan("ken", hits); // key bigram without the literal's start
    QVERIFY(hits.empty());
    AnchorScanner::instance().scan("AKIA", hits);
    QCOMPARE(hits.size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(tst_AnchorScanner)
#include "tst_AnchorScanner.moc"
