#include "SecretCases.h"

#include <QTest>

#include "SecretSamples.h"

using namespace Qt::StringLiterals;
namespace s = greenlight::test::samples;

namespace greenlight::test {

void addSecretPositives()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::addColumn<QByteArray>("secret"); // must never appear in snippet or message

    const QByteArray pem = s::pemBody();
    QTest::newRow("rsa key file") << u"deploy/id_rsa"_s
                                  << "-----BEGIN RSA PRIVATE KEY-----\n" + pem
                                             + "-----END RSA PRIVATE KEY-----\n"
                                  << u"secrets.private-key"_s << 1 << s::rsaLines[0];
    QTest::newRow("openssh key after comments")
            << u"keys/deploy_key"_s
            << "# deploy key for the mirror\n\n-----BEGIN OPENSSH PRIVATE KEY-----\n" + pem
                       + "-----END OPENSSH PRIVATE KEY-----\n"
            << u"secrets.private-key"_s << 3 << s::rsaLines[1];
    QTest::newRow("ec key in python string")
            << u"app/keys.py"_s
            << "import os\n\nSIGNING_KEY = \"\"\"-----BEGIN EC PRIVATE KEY-----\n" + pem
                       + "-----END EC PRIVATE KEY-----\"\"\"\n"
            << u"secrets.private-key"_s << 3 << s::rsaLines[2];
    QTest::newRow("pkcs8 inline json")
            << u"config/signing.json"_s
            << "{\n  \"kid\": \"k1\",\n  \"pem\": \"-----BEGIN PRIVATE KEY-----\\n"
                       + s::pemBodyEscaped() + "-----END PRIVATE KEY-----\\n\"\n}\n"
            << u"secrets.private-key"_s << 3 << s::rsaLines[0];
    QTest::newRow("encrypted pem with headers") << u"certs/server.key"_s
                                                << "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + pem
                                                           + "-----END ENCRYPTED PRIVATE KEY-----\n"
                                                << u"secrets.private-key"_s << 1 << s::rsaLines[3];
    QTest::newRow("legacy encrypted rsa with Proc-Type")
            << u"certs/legacy.pem"_s
            << "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: "
               "AES-128-CBC,5A1B3C\n\n"
                       + pem + "-----END RSA PRIVATE KEY-----\n"
            << u"secrets.private-key"_s << 1 << s::rsaLines[0];
    QTest::newRow("pgp private key block")
            << u"ops/signing.asc"_s
            << "-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n" + pem
                       + "-----END PGP PRIVATE KEY BLOCK-----\n"
            << u"secrets.private-key"_s << 1 << s::rsaLines[1];
    QTest::newRow("aws key id in settings")
            << u"app/settings.py"_s
            << "DEBUG = False\nAWS_ACCESS_KEY_ID = \"" + s::awsKeyId + "\"\n"
            << u"secrets.cloud-key"_s << 2 << s::awsKeyId;
    QTest::newRow("aws session key id in script")
            << u"scripts/upload.sh"_s
            << "#!/bin/sh\nset -e\nexport AWS_ACCESS_KEY_ID=" + s::awsSessionKeyId + "\naws s3 ls\n"
            << u"secrets.cloud-key"_s << 3 << s::awsSessionKeyId;
    QTest::newRow("aws secret in credentials file")
            << u".aws/credentials"_s
            << "[default]\nregion = eu-west-1\naws_secret_access_key = " + s::awsSecret + "\n"
            << u"secrets.cloud-key"_s << 3 << s::awsSecret;
    QTest::newRow("aws secret in yaml env")
            << u"deploy/env.yaml"_s
            << "env:\n  AWS_REGION: eu-west-1\n  AWS_SECRET_ACCESS_KEY: \"" + s::awsSecret2 + "\"\n"
            << u"secrets.cloud-key"_s << 3 << s::awsSecret2;
    QTest::newRow("aws secret exported in shell")
            << u"bin/env.sh"_s << "export AWS_SECRET_ACCESS_KEY=" + s::awsSecret2 + "\n"
            << u"secrets.cloud-key"_s << 1 << s::awsSecret2;
    QTest::newRow("gcp api key in js")
            << u"web/src/maps.js"_s
            << "// maps\nconst apiKey = \"" + s::gcpApiKey + "\";\nexport default apiKey;\n"
            << u"secrets.cloud-key"_s << 2 << s::gcpApiKey;
    QTest::newRow("azure connection string")
            << u"appsettings.json"_s
            << "{\n  \"Storage\": \"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey="
                       + s::azureKey + ";EndpointSuffix=core.windows.net\"\n}\n"
            << u"secrets.cloud-key"_s << 2 << s::azureKey;
    QTest::newRow("azure sas url")
            << u"jobs/export.py"_s
            << "URL = (\n    \"https://acme.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co"
               "&sp=rl&se=2030-01-01T00:00:00Z&sig="
                       + s::sasSignature + "\"\n)\n"
            << u"secrets.cloud-key"_s << 2 << s::sasSignature;
    QTest::newRow("github token in workflow")
            << u".github/workflows/release.yml"_s
            << "jobs:\n  release:\n    env:\n      GH_TOKEN: " + s::githubToken + "\n"
            << u"secrets.token"_s << 4 << s::githubToken;
    QTest::newRow("github oauth token in json")
            << u"config/oauth.json"_s << "{\"access\": \"" + s::githubOauth + "\"}\n"
            << u"secrets.token"_s << 1 << s::githubOauth;
    QTest::newRow("github fine-grained pat")
            << u"tools/mirror.sh"_s
            << "#!/bin/bash\ngit clone https://x-access:" + s::githubPat
                       + "@github.com/acme/app.git\n"
            << u"secrets.token"_s << 2 << s::githubPat;
    QTest::newRow("gitlab token in ci")
            << u".gitlab-ci.yml"_s
            << "variables:\n  DEPLOY_USER: bot\n  PRIVATE_TOKEN: \"" + s::gitlabToken + "\"\n"
            << u"secrets.token"_s << 3 << s::gitlabToken;
    QTest::newRow("slack bot token")
            << u"bot/slack.py"_s << "client = WebClient(token=\"" + s::slackToken + "\")\n"
            << u"secrets.token"_s << 1 << s::slackToken;
    QTest::newRow("slack webhook")
            << u"alerting/notify.rb"_s
            << "require 'net/http'\nHOOK = 'https://hooks.slack.com/services/" + s::slackWebhookPath
                       + "'\n"
            << u"secrets.token"_s << 2 << s::slackWebhookPath;
    QTest::newRow("stripe live key")
            << u"billing/stripe.rb"_s << "Stripe.api_key = '" + s::stripeKey + "'\n"
            << u"secrets.token"_s << 1 << s::stripeKey;
    QTest::newRow("stripe restricted key")
            << u"billing/client.ts"_s
            << "import Stripe from 'stripe';\n\nconst stripe = new Stripe('" + s::stripeRestricted
                       + "');\n"
            << u"secrets.token"_s << 3 << s::stripeRestricted;
    QTest::newRow("openai key") << u"ml/summarise.py"_s
                                << "import openai\nopenai.api_key = \"" + s::openAiKey + "\"\n"
                                << u"secrets.token"_s << 2 << s::openAiKey;
    QTest::newRow("openai project key")
            << u"src/llm.ts"_s
            << "const client = new OpenAI({ apiKey: '" + s::openAiProjectKey + "' });\n"
            << u"secrets.token"_s << 1 << s::openAiProjectKey;
    QTest::newRow("postgres url password") << u"app/settings.py"_s
                                           << "DATABASES = {}\nDATABASE_URL = \"postgres://app:"
                                                      + s::password12 + "@db.internal:5432/app\"\n"
                                           << u"secrets.url-password"_s << 2 << s::password12;
    QTest::newRow("amqp url password in yaml")
            << u"deploy/values.yaml"_s
            << "broker:\n  url: amqp://worker:" + s::random16 + "@rabbitmq:5672/prod\n"
            << u"secrets.url-password"_s << 2 << s::random16;
    QTest::newRow("redis url with empty user")
            << u"config/cache.toml"_s
            << "[cache]\nurl = \"redis://:" + s::random16b + "@cache:6379/0\"\n"
            << u"secrets.url-password"_s << 2 << s::random16b;
    QTest::newRow("generic python password")
            << u"app/db.py"_s << "DB_USER = 'app'\nDB_PASSWORD = '" + s::password12 + "'\n"
            << u"secrets.generic-assignment"_s << 2 << s::password12;
    QTest::newRow("generic json client secret")
            << u"config/oidc.json"_s
            << "{\n  \"client_id\": \"web\",\n  \"client_secret\": \"" + s::random16c + "\"\n}\n"
            << u"secrets.generic-assignment"_s << 3 << s::random16c;
    QTest::newRow("generic ini unquoted")
            << u"conf/app.ini"_s << "[database]\nuser = app\npassword = " + s::password12b + "\n"
            << u"secrets.generic-assignment"_s << 3 << s::password12b;
    QTest::newRow("generic yaml unquoted")
            << u"config/app.yml"_s << "auth:\n  jwt_secret: " + s::random16 + " # rotate yearly\n"
            << u"secrets.generic-assignment"_s << 2 << s::random16;
    QTest::newRow("generic python annotation")
            << u"app/config.py"_s << "class Config:\n    api_key: str = \"" + s::random16b + "\"\n"
            << u"secrets.generic-assignment"_s << 2 << s::random16b;
    QTest::newRow("generic go short assignment")
            << u"cmd/server/main.go"_s
            << "func main() {\n\tauthToken := \"" + s::random16c + "\"\n}\n"
            << u"secrets.generic-assignment"_s << 2 << s::random16c;
    QTest::newRow("generic java field") << u"src/main/java/Db.java"_s
                                        << "class Db {\n  private static final String PASSWORD = \""
                                                   + s::password12 + "\";\n}\n"
                                        << u"secrets.generic-assignment"_s << 2 << s::password12;
    QTest::newRow("generic properties")
            << u"src/main/resources/application.properties"_s
            << "spring.datasource.url=jdbc:h2:mem\nspring.datasource.password=" + s::password12b
                       + "\n"
            << u"secrets.generic-assignment"_s << 2 << s::password12b;
    QTest::newRow("npmrc auth token")
            << u".npmrc"_s
            << "//registry.npmjs.org/:_authToken=" + s::random16 + s::random16b + "\n"
            << u"secrets.generic-assignment"_s << 1 << s::random16 + s::random16b;
}

void addSecretNegatives()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("aws documented key id")
            << u".aws/credentials"_s << QByteArray("aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n");
    QTest::newRow("aws documented secret")
            << u".aws/credentials"_s
            << QByteArray("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
    QTest::newRow("other EXAMPLE key id")
            << u"docs/iam.py"_s << QByteArray("key = 'AKIAI44QH8DHBEXAMPLE'\n");
    QTest::newRow("compose interpolation")
            << u"compose.yaml"_s
            << QByteArray("services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: "
                          "${DB_PASSWORD}\n      API_TOKEN: \"${API_TOKEN:?required}\"\n");
    QTest::newRow("shell variable")
            << u"deploy/app.yaml"_s << QByteArray("token: $GITHUB_TOKEN\nsecret: $(cat /run/s)\n");
    QTest::newRow("angle placeholder")
            << u"app/config.py"_s << QByteArray("api_key = \"<your-api-key>\"\n");
    QTest::newRow("helm template")
            << u"chart/templates/secret.yaml"_s
            << QByteArray("password: {{ .Values.db.password | b64enc }}\ntoken: \"{{ "
                          ".Values.token }}\"\n");
    QTest::newRow("changeme") << u"app/settings.py"_s << QByteArray("PASSWORD = \"changeme\"\n");
    QTest::newRow("example value")
            << u"app/settings.py"_s << QByteArray("SECRET = \"example-secret-Value-1\"\n");
    QTest::newRow("xxxx") << u"app/settings.py"_s
                          << QByteArray("token = \"xxxxxxxxxxxxxxxxxxxxxxxx\"\n");
    QTest::newRow("stars") << u"config/app.yml"_s << QByteArray("password: \"****************\"\n");
    QTest::newRow("dummy") << u"tests/conftest.py"_s
                           << QByteArray("api_key = \"dummy-Api-key-98765\"\n");
    QTest::newRow("test value") << u"app/settings.py"_s
                                << QByteArray("password = \"Test-Password-987\"\n");
    QTest::newRow("replace me") << u"app/settings.py"_s
                                << QByteArray("SECRET_KEY = 'REPLACE_ME'\n");
    QTest::newRow("your key here")
            << u"app/settings.py"_s << QByteArray("OPENAI_API_KEY = \"your_api_key_here\"\n");
    QTest::newRow("sri integrity")
            << u"web/index.json"_s
            << QByteArray("{\"integrity\": \"sha512-Yw3Kq1x5+zt0/IdlW4gR3ZsMqXMcyM4vEKnJ2dAq8EwMU"
                          "Hd4+ct3J8gBkS7fLr8Uq2mNp6Y0b1VrXLs9Wq==\", \"token\": \"sha512-"
                          "Yw3Kq1x5+zt0/IdlW4gR3ZsMqXMcyM4vEKnJ2dA\"}\n");
    QTest::newRow("data uri")
            << u"web/theme.css.json"_s
            << QByteArray("{\"secret\": \"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB"
                          "CAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\"}\n");
    QTest::newRow("git sha")
            << u"deploy/release.py"_s
            << QByteArray("api_token = \"e83c5163316f89bfbde7d9ab23ca2e25604af290\"\nrev: "
                          "6c470dac130038b1a2e3f4a5b6c7d8e9f0a1b2c3\n");
    QTest::newRow("uuid") << u"app/settings.py"_s
                          << QByteArray("api_key = \"123e4567-e89b-12d3-a456-426614174000\"\n");
    QTest::newRow("digest") << u"deploy/images.yaml"_s
                            << QByteArray("token: sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"
                                          "2b0b822cd15d6c15b0f00a08\n");
    QTest::newRow("environ") << u"app/settings.py"_s
                             << QByteArray("password = os.environ[\"DB_PASSWORD\"]\n");
    QTest::newRow("getenv") << u"app/settings.py"_s
                            << QByteArray("password = os.getenv(\"DB_PASSWORD\", \"\")\n");
    QTest::newRow("process env") << u"src/config.js"_s
                                 << QByteArray("const token = process.env.GITHUB_TOKEN;\n");
    QTest::newRow("variable reference")
            << u"app/db.py"_s << QByteArray("password = config.password\nsecret=settings.SECRET\n");
    QTest::newRow("url placeholder password")
            << u"README.txt"_s << QByteArray("postgres://user:password@localhost/db\n");
    QTest::newRow("url interpolated password")
            << u"compose.yaml"_s
            << QByteArray("DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app\n");
    QTest::newRow("url documentation host")
            << u"docs/setup.txt"_s
            << QByteArray("curl https://admin:Hx7kq2Lm9Pz@example.com/api\n");
    QTest::newRow("url format string")
            << u"app/db.py"_s << QByteArray("url = \"mysql://%s:%s@%s/%s\" % (u, p, h, d)\n");
    QTest::newRow("url same user and password")
            << u"compose.yaml"_s << QByteArray("url: postgres://postgres:postgres@db/app\n");
    QTest::newRow("private key header check")
            << u"app/pem.py"_s
            << QByteArray("if pem.startswith(\"-----BEGIN RSA PRIVATE KEY-----\"):\n    pass\n");
    QTest::newRow("truncated doc key")
            << u"docs/keys.txt"_s
            << QByteArray("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA...\n-----END RSA "
                          "PRIVATE KEY-----\n");
    QTest::newRow("public key and certificate")
            << u"certs/ca.pem"_s
            << "-----BEGIN PUBLIC KEY-----\n" + s::pemBody() + "-----END PUBLIC KEY-----\n"
                       + "-----BEGIN CERTIFICATE-----\n" + s::pemBody()
                       + "-----END CERTIFICATE-----\n";
    QTest::newRow("sk- in words and css")
            << u"web/spinner.css"_s
            << QByteArray(".sk-fading-circle-container-element { }\n/* disk-usage-monitoring-"
                          "service-account-name */\n");
    QTest::newRow("slack placeholder")
            << u"bot/slack.py"_s << QByteArray("SLACK_BOT = \"xoxb-your-bot-token-here\"\n");
    QTest::newRow("github placeholder")
            << u"ci/token.txt"_s << QByteArray("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n");
    QTest::newRow("names that are not secrets")
            << u"app/auth.py"_s
            << QByteArray("password_hash = \"5f4dcc3b5aa765d61d8327deb882cf99\"\ntoken_url = "
                          "\"https://oauth2.googleapis.com/token\"\ntokenizer = "
                          "\"bert-base-uncased-v2\"\nmax_tokens = 4096\nsecret_name = "
                          "\"prod-db-credentials-2024\"\n");
    QTest::newRow("translations")
            << u"locale/fr.json"_s
            << QByteArray("{\"password\": \"Mot de passe\", \"password_label\": \"Password\", "
                          "\"token\": \"auth.token.expired\"}\n");
    QTest::newRow("value is a keyword")
            << u"app/oauth.py"_s
            << QByteArray("grant_type = \"password\"\nkind = 'token'\n<input type=\"password\">\n");
    QTest::newRow("prose examples")
            << u"README.md"_s << QByteArray("Set `password: \"s3cr3tValue99X\"` in app.yml.\n");
    QTest::newRow("kubernetes secret ref")
            << u"k8s/deploy.yaml"_s
            << QByteArray("env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n    "
                          "    name: db\n        key: password\n");
    QTest::newRow("actions secrets context")
            << u".github/workflows/ci.yml"_s
            << QByteArray("env:\n  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n");
    QTest::newRow("bcrypt hash")
            << u"fixtures/users.json"_s
            << QByteArray("{\"password\": "
                          "\"$2b$12$KIXQJ1rZ6eXc0yT3VtW1hOq9x6mO9l3E8d4FZ1XG7Hk8yH1o2aB\"}\n");
    QTest::newRow("comparison") << u"app/check.js"_s
                                << QByteArray("if (token === 'Bearer') { return; }\n");
    QTest::newRow("dotenv template")
            << u".env.example"_s << QByteArray("DB_PASSWORD=changeme\nAPI_KEY=<your-key>\n");
}

} // namespace greenlight::test
