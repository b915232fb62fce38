#include "SecretsAnalyzer.h"

#include <algorithm>
#include <cstring>
#include <map>

#include <QCoreApplication>
#include <QSet>

#include "scan/FindingSink.h"
#include "scan/Redaction.h"
#include "scan/ScannedFile.h"
#include "scan/secrets/AnchorScanner.h"
#include "scan/secrets/AssignmentDetector.h"
#include "scan/secrets/Entropy.h"
#include "scan/secrets/PemDetector.h"
#include "scan/secrets/SecretRuleCatalog.h"
#include "scan/secrets/SecretSnippet.h"
#include "scan/secrets/TokenDetector.h"
#include "scan/secrets/UrlCredentialDetector.h"
#include "scan/walk/BinaryFileTypes.h"

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

// Most specific first: when two matches cover the same bytes, the better-named one stays
// (a GitHub token assigned to TOKEN is a secrets.token, not a generic assignment).
int priority(const SecretMatch &match)
{
    static constexpr const char *order[] = {"secrets.cloud-key",
                                            "secrets.private-key",
                                            "secrets.token",
                                            "secrets.url-password",
                                            "secrets.generic-assignment"};
    for (int i = 0; i < 5; ++i) {
        if (std::strcmp(match.ruleId, order[i]) == 0)
            return i;
    }
    return 5;
}

std::pair<std::size_t, std::size_t> extent(const SecretMatch &match)
{
    const std::size_t start
            = match.secretLength ? std::min(match.location, match.secretStart) : match.location;
    const std::size_t end = std::max(match.location + 1, match.secretStart + match.secretLength);
    return {start, end};
}

std::vector<SecretMatch> deduplicate(std::vector<SecretMatch> matches)
{
    std::stable_sort(matches.begin(), matches.end(), [](const auto &a, const auto &b) {
        return priority(a) < priority(b);
    });
    std::map<std::size_t, std::size_t> taken; // accepted extents: start -> end, disjoint
    std::vector<SecretMatch> kept;
    for (SecretMatch &match : matches) {
        const auto [start, end] = extent(match);
        auto next = taken.lower_bound(start);
        if (next != taken.end() && next->first < end)
            continue;
        if (next != taken.begin() && std::prev(next)->second > start)
            continue;
        taken.emplace(start, end);
        kept.push_back(std::move(match));
    }
    std::sort(kept.begin(), kept.end(), [](const auto &a, const auto &b) {
        return a.location < b.location;
    });
    return kept;
}

bool endsWithAny(const QString &name, std::initializer_list<QLatin1StringView> suffixes)
{
    return std::any_of(suffixes.begin(), suffixes.end(), [&name](QLatin1StringView suffix) {
        return name.endsWith(suffix);
    });
}

QString message(const SecretMatch &match, const QString &secret)
{
    const QString masked = Redaction::mask(secret);
    const QString context = QString::fromUtf8(match.context);
    const std::string_view rule = match.ruleId;
    if (rule == "secrets.private-key")
        return SecretsAnalyzer::tr("Private key (%1) with its key material committed in clear")
                .arg(context);
    if (rule == "secrets.url-password")
        return SecretsAnalyzer::tr("Literal password in a %1:// URL: %2").arg(context, masked);
    if (rule == "secrets.generic-assignment") {
        const QByteArray bytes = secret.toUtf8();
        return SecretsAnalyzer::tr(
                       "Hard-coded secret assigned to '%1': %2 (%3 characters, %4 bits of entropy "
                       "per character)")
                .arg(context, masked)
                .arg(secret.size())
                .arg(Entropy::shannon(std::string_view(bytes.constData(), bytes.size())),
                     0,
                     'f',
                     1);
    }
    return SecretsAnalyzer::tr("%1 committed in clear: %2")
            .arg(SecretsAnalyzer::tr(match.label), masked);
}

} // namespace

QList<RuleInfo> SecretsAnalyzer::rules() const
{
    return SecretRuleCatalog::rules();
}

bool SecretsAnalyzer::wants(QStringView path, QStringView fileName) const
{
    const QString name = fileName.toString().toLower();
    static const QSet<QString> lockfiles = {u"package-lock.json"_s,
                                            u"npm-shrinkwrap.json"_s,
                                            u"yarn.lock"_s,
                                            u"pnpm-lock.yaml"_s,
                                            u"poetry.lock"_s,
                                            u"pipfile.lock"_s,
                                            u"cargo.lock"_s,
                                            u"go.sum"_s,
                                            u"gemfile.lock"_s,
                                            u"composer.lock"_s,
                                            u"packages.lock.json"_s,
                                            u"pdm.lock"_s,
                                            u"uv.lock"_s,
                                            u"mix.lock"_s,
                                            u"flake.lock"_s};
    if (lockfiles.contains(name))
        return false;
    if (endsWithAny(name, {".min.js"_L1, ".min.css"_L1, ".map"_L1, ".lock"_L1}))
        return false;
    if (BinaryFileTypes::isBinaryName(name))
        return false;
    // Third-party trees: their test keys and tokens are someone else's, and a committed
    // node_modules would drown the report. Skipped even if .gitignore misses them.
    for (const QLatin1StringView dir : {"node_modules/"_L1,
                                        "vendor/"_L1,
                                        "bower_components/"_L1,
                                        ".venv/"_L1,
                                        "venv/"_L1,
                                        "site-packages/"_L1,
                                        ".tox/"_L1}) {
        if (path.startsWith(dir) || path.contains(u'/' + QString(dir)))
            return false;
    }
    return true;
}

bool SecretsAnalyzer::isCommittedDotenv(QStringView fileName)
{
    if (fileName == u".env")
        return true;
    if (!fileName.startsWith(u".env."))
        return false;
    const QString rest = fileName.mid(5).toString().toLower();
    for (const QString &part : rest.split(u'.')) {
        if (part == "example"_L1 || part == "sample"_L1 || part == "template"_L1
            || part == "dist"_L1 || part == "tmpl"_L1 || part == "tpl"_L1)
            return false;
    }
    return true;
}

bool SecretsAnalyzer::allowsUnquotedValues(QStringView fileName)
{
    const QString name = fileName.toString().toLower();
    if (name == ".env"_L1 || name.startsWith(".env."_L1) || name == "credentials"_L1
        || name == ".npmrc"_L1 || name == ".pypirc"_L1)
        return true;
    return endsWithAny(name,
                       {".env"_L1,
                        ".ini"_L1,
                        ".cfg"_L1,
                        ".conf"_L1,
                        ".cnf"_L1,
                        ".properties"_L1,
                        ".yaml"_L1,
                        ".yml"_L1});
}

std::vector<SecretMatch> SecretsAnalyzer::findSecrets(std::string_view text, QStringView fileName)
{
    const bool unquoted = allowsUnquotedValues(fileName);
    // Prose shows how to configure things ("password: s3cr3t-example"): tokens and keys
    // pasted into docs are still found, generic assignments in docs are not.
    const QString lower = fileName.toString().toLower();
    const bool prose = endsWithAny(lower, {".md"_L1, ".markdown"_L1, ".rst"_L1, ".adoc"_L1});

    std::vector<SecretMatch> matches;
    std::vector<AnchorHit> hits;
    // Big files stream through in slices so the hit buffer stays small (a keyword-dense
    // 5 MiB file has ~100k hits); detectors still see the whole text.
    constexpr std::size_t Slice = 256 * 1024;
    for (std::size_t from = 0; from < text.size(); from += Slice) {
        hits.clear();
        AnchorScanner::instance().scan(text, from, from + Slice, hits);
        for (const AnchorHit &hit : hits) {
            std::optional<SecretMatch> match;
            switch (hit.anchor) {
            case SecretAnchor::PrivateKey:
                match = PemDetector::privateKey(text, hit.offset);
                break;
            case SecretAnchor::ServiceAccount:
                match = PemDetector::serviceAccount(text, hit.offset);
                break;
            case SecretAnchor::Url:
                match = UrlCredentialDetector::detect(text, hit.offset);
                break;
            case SecretAnchor::Keyword:
                if (!prose)
                    match = AssignmentDetector::detect(text, hit.offset, hit.length, unquoted);
                break;
            default:
                match = TokenDetector::detect(text, hit);
                break;
            }
            if (match)
                matches.push_back(std::move(*match));
        }
    }
    return matches.empty() ? std::move(matches) : deduplicate(std::move(matches));
}

void SecretsAnalyzer::analyze(const ScannedFile &file, FindingSink &sink)
{
    if (isCommittedDotenv(file.fileName))
        reportDotenv(file, sink);
    const std::string_view text(file.content.constData(), std::size_t(file.content.size()));
    std::vector<SecretMatch> matches = findSecrets(text, file.fileName);
    if (matches.size() > std::size_t(MaxFindingsPerFile)) {
        sink.note(file.path,
                  SecretsAnalyzer::tr("%n secrets found; only the first %1 are reported",
                                      nullptr,
                                      int(matches.size()))
                          .arg(MaxFindingsPerFile));
        matches.resize(MaxFindingsPerFile);
    }
    std::vector<SecretSnippet::Span> spans;
    for (const SecretMatch &match : matches) {
        if (match.secretLength)
            spans.emplace_back(match.secretStart, match.secretLength);
    }
    std::size_t counted = 0;
    int line = 1;
    for (const SecretMatch &match : matches) {
        line += int(std::count(text.begin() + counted, text.begin() + match.location, '\n'));
        counted = match.location;
        const std::string_view secretBytes
                = match.identity.empty() ? text.substr(match.secretStart, match.secretLength)
                                         : std::string_view(match.identity);
        const QString secret = QString::fromUtf8(secretBytes.data(), qsizetype(secretBytes.size()));
        Finding finding;
        finding.ruleId = QString::fromLatin1(match.ruleId);
        finding.message = message(match, secret);
        finding.location.path = file.path;
        finding.location.line = line;
        finding.location.column = SecretSnippet::column(text, match.location);
        finding.snippet = SecretSnippet::build(text, match.location, spans);
        finding.secretHash = Redaction::secretHash(secret);
        sink.report(std::move(finding));
    }
}

void SecretsAnalyzer::reportDotenv(const ScannedFile &file, FindingSink &sink) const
{
    const QString content = QString::fromUtf8(file.content);
    const QStringList lines = content.split(u'\n');
    int assignments = 0;
    int firstLine = 0;
    QString firstSnippet;
    QString firstKey;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        QStringView body = QStringView(line).trimmed();
        if (body.isEmpty() || body.startsWith(u'#'))
            continue;
        if (body.startsWith(u"export "))
            body = body.mid(7).trimmed();
        const qsizetype equals = body.indexOf(u'=');
        if (equals <= 0)
            continue;
        const QStringView key = body.left(equals).trimmed();
        QStringView value = body.mid(equals + 1).trimmed();
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'')
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        if (key.isEmpty() || key.contains(u' ') || value.isEmpty())
            continue;
        if (++assignments == 1) {
            firstLine = int(i) + 1;
            firstKey = key.toString();
            const qsizetype valueAt = value.data() - line.constData();
            firstSnippet = Redaction::redactSpan(line, valueAt, value.size()).trimmed();
        }
    }
    if (assignments == 0)
        return;
    Finding finding;
    finding.ruleId = u"secrets.dotenv-committed"_s;
    finding.message
            = SecretsAnalyzer::tr("%1 is committed with %n value(s) (first: %2); values are masked",
                                  nullptr,
                                  assignments)
                      .arg(file.path, firstKey);
    finding.location.path = file.path;
    finding.location.line = firstLine;
    finding.location.column = 1;
    finding.snippet = firstSnippet.left(SecretSnippet::MaxLength);
    sink.report(std::move(finding));
}

} // namespace greenlight
