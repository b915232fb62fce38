#include <QTest>

#include "scan/secrets/AssignmentDetector.h"

using namespace greenlight;

class tst_AssignmentDetector : public QObject
{
    Q_OBJECT

private slots:
    void secretNames_data();
    void secretNames();
    void values_data();
    void values();
    void detect_data();
    void detect();
};

void tst_AssignmentDetector::secretNames_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("secret");
    for (const char *name :
         {"password",      "DB_PASSWORD",   "db.password", "passwd",          "new_password2",
          "clientSecret",  "client_secret", "SECRET_KEY",  "secret_key_base", "jwtSecret",
          "token",         "GH_TOKEN",      "accessToken", "_authToken",      "api_key",
          "API-KEY",       "apiKey",        "x-api-key",   "access_key",      "awsSecretAccessKey",
          "password_plain"})
        QTest::newRow(name) << QByteArray(name) << true;
    for (const char *name : {"password_hash",
                             "passwordConfirmation",
                             "passwords",
                             "token_url",
                             "tokenizer",
                             "max_tokens",
                             "token_count",
                             "secret_name",
                             "secretKeyRef",
                             "secretsmanager",
                             "api_key_header",
                             "PASSWORD_FILE",
                             "PublicKeyToken",
                             "access_key_id",
                             "username",
                             "key"})
        QTest::newRow(name) << QByteArray(name) << false;
}

void tst_AssignmentDetector::secretNames()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, secret);
    QCOMPARE(AssignmentDetector::isSecretName(std::string_view(name.constData(), name.size())),
             secret);
}

void tst_AssignmentDetector::values_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("secret");
    // Entropy thresholds: < 12 chars needs 3 classes and 2.8 bits, < 20 needs 2 classes and
    // 3.0 bits, longer 2 classes and 3.5 bits.
    QTest::newRow("short strong") << QByteArray("Tr0ub4d&r3") << true;
    QTest::newRow("12 random") << QByteArray("SyJy@QCn*yz3") << true;
    QTest::newRow("16 random") << QByteArray("Oihw5dD4SEz6uhmX") << true;
    QTest::newRow("32 hex") << QByteArray("d41d8cd98f00b204e9800998ecf8427e") << true;
    QTest::newRow("jwt-ish") << QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl")
                             << true;
    QTest::newRow("django insecure") << QByteArray("django-insecure-k#3@9v!q^w2z+8m0") << true;
    QTest::newRow("too short") << QByteArray("aB3$xyz") << false;
    QTest::newRow("short two classes") << QByteArray("hunter22") << false;
    QTest::newRow("low entropy long") << QByteArray("aaaabbbbaaaabbbb1") << false;
    QTest::newRow("word") << QByteArray("Passwort") << false;
    QTest::newRow("identifier") << QByteArray("password_confirmation") << false;
    QTest::newRow("dotted key") << QByteArray("auth.password.label") << false;
    QTest::newRow("constant") << QByteArray("TOKEN_INVALID") << false;
    QTest::newRow("sentence") << QByteArray("Enter your password") << false;
    QTest::newRow("url") << QByteArray("https://oauth2.googleapis.com/token") << false;
    QTest::newRow("path") << QByteArray("/run/secrets/db_password") << false;
    QTest::newRow("file") << QByteArray("certs-2024/app-key.pem") << false;
    QTest::newRow("uuid") << QByteArray("123e4567-e89b-12d3-a456-426614174000") << false;
    QTest::newRow("git sha") << QByteArray("e83c5163316f89bfbde7d9ab23ca2e25604af290") << false;
    QTest::newRow("docker digest")
            << QByteArray("sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b") << false;
    QTest::newRow("sri") << QByteArray("sha512-Yw3Kq1x5+zt0/IdlW4gR3ZsMqXMcyM4vEKnJ2dA") << false;
    QTest::newRow("data uri") << QByteArray("data:image/png;base64,iVBORw0KGgo") << false;
    QTest::newRow("date") << QByteArray("2024-01-31") << false;
    QTest::newRow("version") << QByteArray("10.2.33-4") << false;
    QTest::newRow("reference") << QByteArray("${SECRET_FROM_ENV}") << false;
    QTest::newRow("placeholder") << QByteArray("changeme-Now-42") << false;
}

void tst_AssignmentDetector::values()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, secret);
    QCOMPARE(AssignmentDetector::looksLikeSecret(std::string_view(value.constData(), value.size())),
             secret);
}

void tst_AssignmentDetector::detect_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("unquoted");
    QTest::addColumn<QByteArray>("rule"); // empty: nothing
    QTest::addColumn<QByteArray>("value");

    const QByteArray generic = "secrets.generic-assignment";
    const QByteArray cloud = "secrets.cloud-key";
    QTest::newRow("python") << QByteArray("PASSWORD = 'SyJy@QCn*yz3'") << false << generic
                            << QByteArray("SyJy@QCn*yz3");
    QTest::newRow("json") << QByteArray("{\"api_key\": \"Oihw5dD4SEz6uhmX\"}") << false << generic
                          << QByteArray("Oihw5dD4SEz6uhmX");
    QTest::newRow("go :=") << QByteArray("token := `Oihw5dD4SEz6uhmX`") << false << generic
                           << QByteArray("Oihw5dD4SEz6uhmX");
    QTest::newRow("ruby =>") << QByteArray(":secret => \"Oihw5dD4SEz6uhmX\",") << false << generic
                             << QByteArray("Oihw5dD4SEz6uhmX");
    QTest::newRow("kotlin annotation") << QByteArray("val apiKey: String = \"Oihw5dD4SEz6uhmX\"")
                                       << false << generic << QByteArray("Oihw5dD4SEz6uhmX");
    QTest::newRow("bytes literal") << QByteArray("secret = b'Oihw5dD4SEz6uhmX'") << false << generic
                                   << QByteArray("Oihw5dD4SEz6uhmX");
    QTest::newRow("yaml bare") << QByteArray("  password: SyJy@QCn*yz3  # prod") << true << generic
                               << QByteArray("SyJy@QCn*yz3");
    QTest::newRow("env bare") << QByteArray("API_TOKEN=Oihw5dD4SEz6uhmX") << true << generic
                              << QByteArray("Oihw5dD4SEz6uhmX");
    QTest::newRow("aws secret") << QByteArray(
            "aws_secret_access_key = s1K5K5qNGfvJwm0LwbLUm0Nd96PBKVnL2GE+xTwO")
                                << true << cloud
                                << QByteArray("s1K5K5qNGfvJwm0LwbLUm0Nd96PBKVnL2GE+xTwO");
    QTest::newRow("aws secret js")
            << QByteArray("secretAccessKey: 's1K5K5qNGfvJwm0LwbLUm0Nd96PBKVnL2GE+xTwO',") << false
            << cloud << QByteArray("s1K5K5qNGfvJwm0LwbLUm0Nd96PBKVnL2GE+xTwO");
    QTest::newRow("bare in code") << QByteArray("password = SyJy_QCn_yz3") << false << QByteArray()
                                  << QByteArray();
    QTest::newRow("f-string") << QByteArray("token = f\"{prefix}Oihw5dD4SEz6uhmX\"") << false
                              << QByteArray() << QByteArray();
    QTest::newRow("comparison") << QByteArray("if password == \"SyJy@QCn*yz3\":") << false
                                << QByteArray() << QByteArray();
    QTest::newRow("inequality") << QByteArray("password != 'SyJy@QCn*yz3'") << false << QByteArray()
                                << QByteArray();
    QTest::newRow("scope") << QByteArray("Token::Kind k = \"SyJy@QCn*yz3\"") << false
                           << QByteArray() << QByteArray();
    QTest::newRow("triple quoted")
            << QByteArray("secret = \"\"\"") << false << QByteArray() << QByteArray();
    QTest::newRow("unterminated") << QByteArray("secret = \"Oihw5dD4SEz6uhmX") << false
                                  << QByteArray() << QByteArray();
    QTest::newRow("yaml block") << QByteArray("secret: |") << true << QByteArray() << QByteArray();
    QTest::newRow("yaml alias") << QByteArray("password: *default_password") << true << QByteArray()
                                << QByteArray();
    QTest::newRow("call") << QByteArray("setPassword(\"SyJy@QCn*yz3\")") << false << QByteArray()
                          << QByteArray();
}

void tst_AssignmentDetector::detect()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, unquoted);
    QFETCH(QByteArray, rule);
    QFETCH(QByteArray, value);
    const std::string_view text(line.constData(), line.size());
    // The first keyword occurrence is the anchor, as AnchorScanner would report it.
    std::size_t hit = std::string_view::npos;
    std::size_t length = 0;
    const QByteArray lower = line.toLower();
    for (const char *keyword : {"password", "secret", "token", "api_key", "apikey"}) {
        const qsizetype at = lower.indexOf(keyword);
        if (at >= 0 && std::size_t(at) < hit) {
            hit = std::size_t(at);
            length = std::strlen(keyword);
        }
    }
    QVERIFY(hit != std::string_view::npos);
    const auto match = AssignmentDetector::detect(text, hit, length, unquoted);
    if (rule.isEmpty()) {
        QVERIFY2(!match, match ? match->ruleId : "");
        return;
    }
    QVERIFY(match);
    QCOMPARE(QByteArray(match->ruleId), rule);
    QCOMPARE(QByteArray(line.constData() + match->secretStart, qsizetype(match->secretLength)),
             value);
}

QTEST_GUILESS_MAIN(tst_AssignmentDetector)
#include "tst_AssignmentDetector.moc"
