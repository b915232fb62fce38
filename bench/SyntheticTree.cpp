#include "SyntheticTree.h"

#include <random>
#include <string>
#include <vector>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace greenlight::bench {

namespace {

constexpr int Version = 1;
constexpr int Services = 40;
constexpr int SmallFiles = 18500;

const char *const Words[]
        = {"return",   "value",   "result", "config",  "request",  "response",    "handler",
           "if",       "else",    "for",    "while",   "self",     "this",        "const",
           "let",      "import",  "from",   "def",     "class",    "user",        "session",
           "cache",    "items",   "count",  "index",   "error",    "logger.info", "await",
           "async",    "None",    "null",   "true",    "false",    "len(items)",  "map",
           "filter",   "+",       "=",      "==",      "(",        ")",           "{",
           "}",        "[",       "]",      ",",       "options",  "timeout",     "retry",
           "backoff",  "metrics", "span",   "context", "db.query", "payload",     "schema",
           "validate", "encode"};

class Generator
{
public:
    explicit Generator(QString root)
        : m_root(std::move(root))
        , m_rng(20261101)
    {
        buildLinePool();
    }

    bool run(SyntheticTree::Stats *stats, QString *error);

private:
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    std::string randomChars(const char *alphabet, int n)
    {
        const int size = int(std::char_traits<char>::length(alphabet));
        std::string out;
        out.reserve(std::size_t(n));
        for (int i = 0; i < n; ++i)
            out.push_back(alphabet[uniform(0, size - 1)]);
        return out;
    }
    void buildLinePool();
    std::string textOfSize(std::size_t bytes);
    std::string plantedSecret();
    bool write(const QString &relative, const std::string &content);

    void sourceFiles();
    void largeFiles();
    void binariesAndOversized();
    void ignoredTrees();
    void plantedConfigs();

    QString m_root;
    std::mt19937 m_rng;
    std::vector<std::string> m_lines;
    SyntheticTree::Stats m_stats;
    QString m_error;
};

void Generator::buildLinePool()
{
    constexpr int WordCount = int(sizeof Words / sizeof *Words);
    for (int i = 0; i < 40000; ++i) {
        std::string line(std::size_t(uniform(0, 3) * 4), ' ');
        const int words = uniform(3, 12);
        for (int w = 0; w < words; ++w) {
            line += Words[uniform(0, WordCount - 1)];
            line += ' ';
        }
        line += '\n';
        m_lines.push_back(std::move(line));
    }
}

std::string Generator::textOfSize(std::size_t bytes)
{
    std::string out;
    out.reserve(bytes + 128);
    std::size_t line = std::size_t(uniform(0, int(m_lines.size()) - 1));
    while (out.size() < bytes) {
        out += m_lines[line];
        line = (line + 1) % m_lines.size();
    }
    return out;
}

// Spelled in pieces so this source file does not itself look like it holds secrets.
std::string Generator::plantedSecret()
{
    ++m_stats.plantedSecrets;
    const char *upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    const char *alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    switch (m_stats.plantedSecrets % 5) {
    case 0:
        return "aws_access_key_id = " + std::string("AK") + "IA" + randomChars(upper, 16) + "\n";
    case 1:
        return "GITHUB_TOKEN: " + std::string("gh") + "p_" + randomChars(alnum, 36) + "\n";
    case 2:
        return "slack = \"" + std::string("xo") + "xb-" + randomChars("0123456789", 12) + "-"
               + randomChars(alnum, 24) + "\"\n";
    case 3:
        return "password = \"" + randomChars(alnum, 20) + "\"\n";
    default:
        return std::string("-----BEGIN RSA ") + "PRIVATE KEY-----\n" + randomChars(alnum, 64)
               + "\n-----END RSA " + "PRIVATE KEY-----\n";
    }
}

bool Generator::write(const QString &relative, const std::string &content)
{
    if (!m_error.isEmpty())
        return false;
    const QString path = m_root + u'/' + relative;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content.data(), qint64(content.size())) != qint64(content.size())) {
        m_error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    ++m_stats.files;
    m_stats.bytes += qint64(content.size());
    return true;
}

void Generator::sourceFiles()
{
    const char *const extensions[]
            = {".py", ".js", ".ts", ".go", ".java", ".c", ".md", ".json", ".yaml", ".txt"};
    const char *const folders[] = {"src", "src/core", "src/api", "tests", "docs", "config"};
    for (int i = 0; i < SmallFiles; ++i) {
        const int service = i % Services;
        // Mostly 1-12 KB: what a source tree looks like; averages about 6 KB.
        std::string content = textOfSize(std::size_t(uniform(1, 12)) * 1024);
        if (i % 700 == 0)
            content += plantedSecret();
        write(u"services/svc%1/%2/module_%3%4"_s.arg(service)
                      .arg(QLatin1StringView(folders[i % 6]))
                      .arg(i)
                      .arg(QLatin1StringView(extensions[(i / 7) % 10])),
              content);
    }
}

void Generator::largeFiles()
{
    for (int i = 0; i < 40; ++i) {
        const std::size_t size = std::size_t(uniform(1024, 4096)) * 1024;
        switch (i % 4) {
        case 0: { // a SQL dump with one secret in it
            std::string dump = textOfSize(size);
            dump += plantedSecret();
            write(u"data/dumps/dump_%1.sql"_s.arg(i), dump);
            break;
        }
        case 1: { // a minified bundle: few, very long lines
            std::string bundle = textOfSize(size);
            for (std::size_t p = 0; p < bundle.size(); ++p) {
                if (bundle[p] == '\n' && p % 20000 > 200)
                    bundle[p] = ';';
            }
            write(u"web/static/bundle_%1.min.js"_s.arg(i), bundle);
            break;
        }
        case 2: { // a lockfile full of integrity hashes (not secrets)
            std::string lock = "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n";
            const char *b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            for (int n = 0; lock.size() < size; ++n) {
                lock += "    \"node_modules/pkg-" + std::to_string(n)
                        + "\": {\n      \"version\": \"1." + std::to_string(n % 40)
                        + ".0\",\n      \"integrity\": \"sha512-" + randomChars(b64, 86)
                        + "==\"\n    },\n";
            }
            lock += "  }\n}\n";
            write(u"web/app%1/package-lock.json"_s.arg(i), lock);
            break;
        }
        default:
            write(u"logs/archive/app_%1.txt"_s.arg(i), textOfSize(size));
            break;
        }
    }
}

void Generator::binariesAndOversized()
{
    for (int i = 0; i < 20; ++i) {
        std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        png += randomChars("\x01\x02\x7f\xff\x10 abc", 1024 * 1024);
        png[100] = '\0';
        write(u"assets/images/img_%1.png"_s.arg(i), png);
    }
    for (int i = 0; i < 3; ++i)
        write(u"data/exports/huge_%1.csv"_s.arg(i), textOfSize(8 * 1024 * 1024));
}

void Generator::ignoredTrees()
{
    write(u".gitignore"_s, "build/\n*.log\nnode_modules/\n");
    for (int i = 0; i < 500; ++i)
        write(u"build/obj/o_%1.txt"_s.arg(i), textOfSize(2048) + plantedSecret());
    for (int i = 0; i < 300; ++i)
        write(u"web/node_modules/dep%1/index%2.js"_s.arg(i % 30).arg(i), textOfSize(4096));
    for (int s = 0; s < Services; s += 4) {
        write(u"services/svc%1/.gitignore"_s.arg(s), "dist/\n*.tmp\n!keep.tmp\n");
        for (int i = 0; i < 10; ++i)
            write(u"services/svc%1/dist/out_%2.js"_s.arg(s).arg(i), textOfSize(4096));
        write(u"services/svc%1/scratch.tmp"_s.arg(s), textOfSize(1024));
        write(u"services/svc%1/keep.tmp"_s.arg(s), textOfSize(1024));
        write(u"services/svc%1/debug.log"_s.arg(s), textOfSize(1024));
    }
}

void Generator::plantedConfigs()
{
    for (int s = 0; s < Services; ++s) {
        const QString dir = u"services/svc%1/"_s.arg(s);
        std::string docker = s % 3 == 0 ? "FROM python:latest\n" : "FROM python:3.12-slim\n";
        docker += "WORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n";
        if (s % 2 == 0)
            docker += "USER app\nHEALTHCHECK CMD curl -f http://localhost:8000/health\n";
        docker += "CMD [\"gunicorn\", \"app:wsgi\"]\n";
        write(dir + u"Dockerfile"_s, docker);
        if (s % 5 == 0)
            write(dir + u".dockerignore"_s, ".git\n.env\n");
        write(dir + u"requirements.txt"_s,
              s % 4 == 0 ? "django==5.0\ngunicorn==22.0\npytest==8.1\n" : "django==5.0\n");
        std::string k8s = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: svc"
                          + std::to_string(s)
                          + "\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n"
                            "        - name: app\n          image: registry.example/svc:latest\n";
        if (s % 2 == 0)
            k8s += "          securityContext:\n            runAsNonRoot: true\n"
                   "            allowPrivilegeEscalation: false\n"
                   "            readOnlyRootFilesystem: true\n"
                   "            capabilities:\n              drop: [\"ALL\"]\n";
        k8s += "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: svc" + std::to_string(s)
               + "\nspec:\n  ports:\n    - port: 80\n";
        write(dir + u"k8s/deployment.yaml"_s, k8s);
    }
    write(u"docker-compose.yml"_s,
          "services:\n  db:\n    image: postgres:16\n    environment:\n"
          "      POSTGRES_PASSWORD: hunter2hunter2\n  app:\n    image: app:1.0\n"
          "    privileged: true\n    network_mode: host\n");
    for (int i = 0; i < 5; ++i)
        write(u"deploy/systemd/worker%1.service"_s.arg(i),
              "[Unit]\nDescription=worker\n\n[Service]\nExecStart=/usr/bin/worker\n"
              "User=root\n\n[Install]\nWantedBy=multi-user.target\n");
    write(u".github/workflows/ci.yml"_s,
          "name: ci\non: [push, pull_request_target]\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
          "    steps:\n      - uses: actions/checkout@v4\n        with:\n"
          "          ref: ${{ github.event.pull_request.head.sha }}\n      - run: make test\n");
    write(u".env"_s, "DATABASE_URL=postgres://app:s3cr3tpassw0rd@db:5432/app\n");
    write(u"README.md"_s, "# Synthetic\n\n## Deployment\n\nSee docs.\n");
    write(u"entrypoint.sh"_s, "#!/bin/sh\nexec gunicorn app:wsgi\n");
}

bool Generator::run(SyntheticTree::Stats *stats, QString *error)
{
    sourceFiles();
    largeFiles();
    binariesAndOversized();
    ignoredTrees();
    plantedConfigs();
    if (stats)
        *stats = m_stats;
    if (error)
        *error = m_error;
    return m_error.isEmpty();
}

bool commitToGit(const QString &root)
{
    if (QStandardPaths::findExecutable(u"git"_s).isEmpty())
        return false;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GIT_CONFIG_GLOBAL"_s, u"/dev/null"_s);
    env.insert(u"GIT_AUTHOR_NAME"_s, u"bench"_s);
    env.insert(u"GIT_AUTHOR_EMAIL"_s, u"bench@example.invalid"_s);
    env.insert(u"GIT_COMMITTER_NAME"_s, u"bench"_s);
    env.insert(u"GIT_COMMITTER_EMAIL"_s, u"bench@example.invalid"_s);
    const QList<QStringList> steps = {
            {u"init"_s, u"-q"_s, u"--initial-branch=main"_s},
            {u"-c"_s, u"core.looseCompression=1"_s, u"add"_s, u"-A"_s},
            {u"commit"_s, u"-q"_s, u"-m"_s, u"synthetic tree"_s},
    };
    for (const QStringList &args : steps) {
        QProcess git;
        git.setProcessEnvironment(env);
        git.setWorkingDirectory(root);
        git.start(u"git"_s, args);
        if (!git.waitForFinished(600000) || git.exitCode() != 0)
            return false;
    }
    return true;
}

} // namespace

QString SyntheticTree::defaultRoot()
{
    return QDir::tempPath() + u"/greenlight-bench-tree"_s;
}

bool SyntheticTree::ensure(const QString &root, bool regenerate, Stats *stats, QString *error)
{
    const QString marker = root + u".complete-v"_s + QString::number(Version);
    if (!regenerate && QFileInfo::exists(marker) && QFileInfo(root).isDir())
        return true;
    QDir(root).removeRecursively();
    QFile::remove(marker);
    Generator generator(root);
    if (!generator.run(stats, error))
        return false;
    commitToGit(root); // a real repository: the scan reads HEAD and the dirty state
    QFile done(marker);
    return done.open(QIODevice::WriteOnly);
}

} // namespace greenlight::bench
