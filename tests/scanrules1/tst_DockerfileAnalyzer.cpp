#include <QTest>

#include "AnalyzerHarness.h"
#include "scan/Redaction.h"
#include "scan/analyzers/DockerfileAnalyzer.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using greenlight::test::Files;

namespace {

const QByteArray GoodIgnore = ".git\n.env\n";
// Everything else a positive needs to stay quiet on the other rules is irrelevant: each row
// looks at one rule only.
Files dockerfile(const QByteArray &content, const QByteArray &ignore = GoodIgnore)
{
    Files files{{u"Dockerfile"_s, content}};
    if (!ignore.isNull())
        files.insert(u".dockerignore"_s, ignore);
    return files;
}

} // namespace

class tst_DockerfileAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void rulesCatalogue();
    void wants_data();
    void wants();
    void rule_data();
    void rule();
    void secretIsRedacted();
    void contextCopyMessage();
};

void tst_DockerfileAnalyzer::rulesCatalogue()
{
    const QList<RuleInfo> rules = DockerfileAnalyzer().rules();
    QStringList ids;
    for (const RuleInfo &rule : rules) {
        ids.append(rule.id);
        QVERIFY(!rule.title.isEmpty());
        QVERIFY(!rule.rationale.isEmpty());
        QVERIFY(!rule.fix.isEmpty());
        QCOMPARE(rule.category, u"containers"_s);
    }
    QCOMPARE(ids,
             (QStringList{u"docker.root-user"_s,
                          u"docker.copy-without-dockerignore"_s,
                          u"docker.unpinned-base-image"_s,
                          u"docker.base-image-not-digest"_s,
                          u"docker.add-remote-url"_s,
                          u"docker.no-healthcheck"_s,
                          u"docker.secret-in-env"_s}));
    QCOMPARE(rules.at(1).severity, Severity::High);
}

void tst_DockerfileAnalyzer::wants_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("wanted");
    const QStringList yes = {u"Dockerfile"_s,
                             u"dockerfile"_s,
                             u"Containerfile"_s,
                             u"Dockerfile.prod"_s,
                             u"Dockerfile-dev"_s,
                             u"api.Dockerfile"_s,
                             u"worker.dockerfile"_s,
                             u"build-Dockerfile"_s,
                             u".dockerignore"_s,
                             u"Dockerfile.dockerignore"_s,
                             u"Containerfile.arm64"_s};
    const QStringList no = {u"DockerfileAnalyzer.cpp"_s,
                            u"tst_DockerfileParser.cpp"_s,
                            u"Dockerfile.md"_s,
                            u"dockerfile.py"_s,
                            u"Dockerfiles"_s,
                            u"docker-compose.yml"_s,
                            u"README.md"_s};
    for (const QString &name : yes)
        QTest::newRow(qPrintable(name)) << name << true;
    for (const QString &name : no)
        QTest::newRow(qPrintable(name)) << name << false;
}

void tst_DockerfileAnalyzer::wants()
{
    QFETCH(QString, fileName);
    QFETCH(bool, wanted);
    QCOMPARE(DockerfileAnalyzer().wants(u"x/"_s + fileName, fileName), wanted);
}

void tst_DockerfileAnalyzer::rule_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<Files>("files");
    QTest::addColumn<QStringList>("expected"); // "path:line", sorted

    const QString root = u"docker.root-user"_s;
    QTest::newRow("root: no USER") << root << dockerfile("FROM python:3.12\nCMD [\"app\"]\n")
                                   << QStringList{u"Dockerfile:1"_s};
    QTest::newRow("root: USER 1000 ok")
            << root << dockerfile("FROM python:3.12\nUSER 1000\n") << QStringList{};
    QTest::newRow("root: USER root then app ok")
            << root << dockerfile("FROM python:3.12\nUSER root\nRUN apt-get update\nUSER app\n")
            << QStringList{};
    QTest::newRow("root: USER app then root")
            << root << dockerfile("FROM python:3.12\nUSER app\nRUN x\nUSER root\n")
            << QStringList{u"Dockerfile:4"_s};
    QTest::newRow("root: USER 0:0")
            << root << dockerfile("FROM python:3.12\nUSER 0:0\n") << QStringList{u"Dockerfile:2"_s};
    QTest::newRow("root: only the final stage matters")
            << root
            << dockerfile("FROM golang:1.22 AS build\nRUN go build\nFROM alpine:3.19\n"
                          "COPY --from=build /app /app\nUSER 10001\n")
            << QStringList{};
    QTest::newRow("root: builder has USER, final has none")
            << root << dockerfile("FROM golang:1.22 AS build\nUSER app\nFROM alpine:3.19\nCMD x\n")
            << QStringList{u"Dockerfile:3"_s};
    QTest::newRow("root: inherited from a parent stage")
            << root
            << dockerfile("FROM python:3.12 AS base\nUSER app\nFROM base AS runtime\nCMD x\n")
            << QStringList{};
    QTest::newRow("root: USER in a continuation")
            << root << dockerfile("FROM python:3.12\nUSER \\\n    root\n")
            << QStringList{u"Dockerfile:2"_s};
    QTest::newRow("root: USER from ARG")
            << root << dockerfile("FROM python:3.12\nARG UID=0\nUSER $UID\n")
            << QStringList{u"Dockerfile:3"_s};
    QTest::newRow("root: USER from unknown variable ok")
            << root << dockerfile("FROM python:3.12\nUSER ${APP_USER}\n") << QStringList{};
    QTest::newRow("root: distroless nonroot image")
            << root << dockerfile("FROM gcr.io/distroless/static:nonroot\n") << QStringList{};
    QTest::newRow("root: commented USER does not count")
            << root << dockerfile("FROM python:3.12\n# USER app\n")
            << QStringList{u"Dockerfile:1"_s};

    const QString copy = u"docker.copy-without-dockerignore"_s;
    const QByteArray copyAll = "FROM python:3.12\nWORKDIR /app\nCOPY . .\n";
    QTest::newRow("copy: no .dockerignore")
            << copy << dockerfile(copyAll, QByteArray()) << QStringList{u"Dockerfile:3"_s};
    QTest::newRow("copy: .git and .env ignored") << copy << dockerfile(copyAll) << QStringList{};
    QTest::newRow("copy: only .git ignored")
            << copy << dockerfile(copyAll, ".git\nvenv/\n") << QStringList{u"Dockerfile:3"_s};
    QTest::newRow("copy: only .env ignored")
            << copy << dockerfile(copyAll, ".env\n") << QStringList{u"Dockerfile:3"_s};
    QTest::newRow("copy: glob patterns")
            << copy << dockerfile(copyAll, "# build\n/.git/\n**/.env*\n") << QStringList{};
    QTest::newRow("copy: allow-list style")
            << copy << dockerfile(copyAll, "*\n!src\n!app.py\n") << QStringList{};
    QTest::newRow("copy: .env re-included")
            << copy << dockerfile(copyAll, ".git\n.env\n!.env\n") << QStringList{u"Dockerfile:3"_s};
    QTest::newRow("copy: to another destination")
            << copy << dockerfile("FROM python:3.12\nCOPY ./ /srv/app\n", "")
            << QStringList{u"Dockerfile:2"_s};
    QTest::newRow("copy: ADD . too") << copy << dockerfile("FROM python:3.12\nADD . /app\n", "")
                                     << QStringList{u"Dockerfile:2"_s};
    QTest::newRow("copy: JSON form")
            << copy << dockerfile("FROM python:3.12\nCOPY [\".\", \"/app\"]\n", "")
            << QStringList{u"Dockerfile:2"_s};
    QTest::newRow("copy: specific paths ok")
            << copy << dockerfile("FROM python:3.12\nCOPY src/ requirements.txt /app/\n", "")
            << QStringList{};
    QTest::newRow("copy: from another stage ok")
            << copy << dockerfile("FROM a:1 AS b\nFROM python:3.12\nCOPY --from=b . .\n", "")
            << QStringList{};
    QTest::newRow("copy: parent directory .dockerignore")
            << copy
            << Files{{u"docker/api/Dockerfile"_s, copyAll}, {u".dockerignore"_s, GoodIgnore}}
            << QStringList{};
    QTest::newRow("copy: Dockerfile-specific ignore file wins")
            << copy
            << Files{{u"app/Dockerfile"_s, copyAll},
                     {u"app/Dockerfile.dockerignore"_s, ".git\n"},
                     {u"app/.dockerignore"_s, GoodIgnore}}
            << QStringList{u"app/Dockerfile:3"_s};
    QTest::newRow("copy: ignore of a sibling directory does not count")
            << copy << Files{{u"api/Dockerfile"_s, copyAll}, {u"web/.dockerignore"_s, GoodIgnore}}
            << QStringList{u"api/Dockerfile:3"_s};

    const QString unpinned = u"docker.unpinned-base-image"_s;
    QTest::newRow("unpinned: no tag")
            << unpinned << dockerfile("FROM python\n") << QStringList{u"Dockerfile:1"_s};
    QTest::newRow("unpinned: latest") << unpinned << dockerfile("FROM python:latest AS app\n")
                                      << QStringList{u"Dockerfile:1"_s};
    QTest::newRow("unpinned: registry port is no tag")
            << unpinned << dockerfile("FROM registry.local:5000/team/app\n")
            << QStringList{u"Dockerfile:1"_s};
    QTest::newRow("unpinned: tagged ok")
            << unpinned << dockerfile("FROM python:3.12-slim\n") << QStringList{};
    QTest::newRow("unpinned: digest ok")
            << unpinned << dockerfile("FROM python@sha256:0123456789abcdef\n") << QStringList{};
    QTest::newRow("unpinned: scratch and stage references ok")
            << unpinned
            << dockerfile("FROM golang:1.22 AS build\nFROM build AS test\nFROM scratch\n")
            << QStringList{};
    QTest::newRow("unpinned: ARG resolves to a tag")
            << unpinned << dockerfile("ARG BASE=python:3.12\nFROM ${BASE}\n") << QStringList{};
    QTest::newRow("unpinned: ARG resolves to untagged")
            << unpinned << dockerfile("ARG BASE=python\nFROM $BASE\n")
            << QStringList{u"Dockerfile:2"_s};
    QTest::newRow("unpinned: ARG tag resolves to latest")
            << unpinned << dockerfile("ARG TAG=latest\nFROM node:${TAG}\n")
            << QStringList{u"Dockerfile:2"_s};
    QTest::newRow("unpinned: unresolvable ARG skipped")
            << unpinned << dockerfile("ARG BASE\nFROM ${BASE}\n") << QStringList{};
    QTest::newRow("unpinned: every stage")
            << unpinned << dockerfile("FROM node AS build\nFROM nginx:latest\n")
            << QStringList{u"Dockerfile:1"_s, u"Dockerfile:2"_s};

    const QString digest = u"docker.base-image-not-digest"_s;
    QTest::newRow("digest: tag only")
            << digest << dockerfile("FROM python:3.12\n") << QStringList{u"Dockerfile:1"_s};
    QTest::newRow("digest: pinned ok")
            << digest << dockerfile("FROM python:3.12@sha256:0123456789abcdef\n") << QStringList{};
    QTest::newRow("digest: untagged is the other rule")
            << digest << dockerfile("FROM python\n") << QStringList{};
    QTest::newRow("digest: ARG-resolved tag")
            << digest << dockerfile("ARG V=3.12\nFROM python:${V}\n")
            << QStringList{u"Dockerfile:2"_s};

    const QString remote = u"docker.add-remote-url"_s;
    QTest::newRow("remote: ADD https")
            << remote << dockerfile("FROM a:1\nADD https://x.io/t.tgz /tmp/\n")
            << QStringList{u"Dockerfile:2"_s};
    QTest::newRow("remote: ADD with checksum ok")
            << remote
            << dockerfile("FROM a:1\nADD --checksum=sha256:abc https://x.io/t.tgz /tmp/\n")
            << QStringList{};
    QTest::newRow("remote: ADD local ok")
            << remote << dockerfile("FROM a:1\nADD t.tgz /tmp/\n") << QStringList{};
    QTest::newRow("remote: URL in RUN is not ADD")
            << remote << dockerfile("FROM a:1\nRUN curl -fsSL https://x.io/t.tgz\n")
            << QStringList{};

    const QString health = u"docker.no-healthcheck"_s;
    QTest::newRow("health: none") << health << dockerfile("FROM a:1\nUSER app\n")
                                  << QStringList{u"Dockerfile:1"_s};
    QTest::newRow("health: present ok")
            << health << dockerfile("FROM a:1\nHEALTHCHECK --interval=30s \\\n  CMD curl -f x\n")
            << QStringList{};
    QTest::newRow("health: NONE counts as none")
            << health << dockerfile("FROM a:1\nHEALTHCHECK NONE\n")
            << QStringList{u"Dockerfile:2"_s};
    QTest::newRow("health: only in the builder")
            << health << dockerfile("FROM a:1 AS build\nHEALTHCHECK CMD x\nFROM b:1\n")
            << QStringList{u"Dockerfile:3"_s};
    QTest::newRow("health: inherited from parent stage")
            << health << dockerfile("FROM a:1 AS base\nHEALTHCHECK CMD x\nFROM base\n")
            << QStringList{};

    const QString secret = u"docker.secret-in-env"_s;
    QTest::newRow("secret: ENV password")
            << secret << dockerfile("FROM a:1\nENV DB_PASSWORD=s3cr3tValue\n")
            << QStringList{u"Dockerfile:2"_s};
    QTest::newRow("secret: legacy ENV form")
            << secret << dockerfile("FROM a:1\nENV API_KEY sk_live_abcdef123456\n")
            << QStringList{u"Dockerfile:2"_s};
    QTest::newRow("secret: ARG default")
            << secret << dockerfile("ARG NPM_TOKEN=npm_abcdef123456\nFROM a:1\n")
            << QStringList{u"Dockerfile:1"_s};
    QTest::newRow("secret: in a continuation line")
            << secret << dockerfile("FROM a:1\nENV A=1 \\\n    SECRET_KEY=django-insecure-xyz\n")
            << QStringList{u"Dockerfile:3"_s};
    QTest::newRow("secret: ARG without default ok")
            << secret << dockerfile("FROM a:1\nARG GITHUB_TOKEN\n") << QStringList{};
    QTest::newRow("secret: interpolation ok")
            << secret << dockerfile("FROM a:1\nARG T\nENV API_TOKEN=$T PRIVATE_KEY=${KEY}\n")
            << QStringList{};
    QTest::newRow("secret: placeholder ok")
            << secret << dockerfile("FROM a:1\nENV DB_PASSWORD=changeme ACCESS_KEY=<your-key>\n")
            << QStringList{};
    QTest::newRow("secret: file reference ok")
            << secret << dockerfile("FROM a:1\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db\n")
            << QStringList{};
    QTest::newRow("secret: look-alike names ok")
            << secret
            << dockerfile("FROM a:1\nENV TOKENIZERS_PARALLELISM=false PWD=/app MAX_TOKENS=512\n")
            << QStringList{};
}

void tst_DockerfileAnalyzer::rule()
{
    QFETCH(QString, ruleId);
    QFETCH(Files, files);
    QFETCH(QStringList, expected);
    DockerfileAnalyzer analyzer;
    test::CollectingSink sink;
    test::runAnalyzer(analyzer, files, sink);
    QCOMPARE(sink.locations(ruleId), expected);
    QVERIFY(sink.notes().isEmpty());
}

void tst_DockerfileAnalyzer::secretIsRedacted()
{
    DockerfileAnalyzer analyzer;
    test::CollectingSink sink;
    test::runAnalyzer(analyzer,
                      dockerfile("FROM a:1\nENV A=1 STRIPE_SECRET_KEY=sk_live_51Habcdefghijkl\n"),
                      sink);
    const QList<Finding> findings = sink.findingsOf(u"docker.secret-in-env"_s);
    QCOMPARE(findings.size(), 1);
    const Finding &finding = findings.first();
    QVERIFY(!finding.snippet.contains(u"sk_live_51Habcdefghijkl"_s));
    QVERIFY(!finding.message.contains(u"sk_live"_s));
    QVERIFY(finding.snippet.startsWith(u"ENV A=1 STRIPE_SECRET_KEY="_s));
    QVERIFY(finding.snippet.contains(u"****"_s));
    QCOMPARE(finding.secretHash, Redaction::secretHash(u"sk_live_51Habcdefghijkl"));
    QCOMPARE(finding.location.column, 1);
}

void tst_DockerfileAnalyzer::contextCopyMessage()
{
    DockerfileAnalyzer analyzer;
    test::CollectingSink sink;
    test::runAnalyzer(
            analyzer, dockerfile("FROM python:3.12\nCOPY . .\n", ".git\n__pycache__\n"), sink);
    const QList<Finding> findings = sink.findingsOf(u"docker.copy-without-dockerignore"_s);
    QCOMPARE(findings.size(), 1);
    QVERIFY2(findings.first().message.contains(u".dockerignore does not exclude .env"_s),
             qPrintable(findings.first().message));
    QCOMPARE(findings.first().snippet, u"COPY . ."_s);
}

QTEST_GUILESS_MAIN(tst_DockerfileAnalyzer)
#include "tst_DockerfileAnalyzer.moc"
