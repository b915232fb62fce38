#include "DependencyAnalyzer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutexLocker>
#include <QSet>

#include "scan/FindingSink.h"
#include "scan/RepositoryIndex.h"
#include "scan/ScannedFile.h"
#include "scan/deps/PackageJsonParser.h"
#include "scan/deps/PyprojectParser.h"
#include "scan/deps/RequirementsParser.h"
#include "scan/deps/TestPackageCatalog.h"

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

constexpr qint64 MaxIncludedFileSize = 1024 * 1024;

Finding finding(
        const QString &path, int line, int column, const QString &snippet, const QString &message)
{
    Finding result;
    result.ruleId = u"deps.test-in-prod"_s;
    result.message = message;
    result.location.path = path;
    result.location.line = line;
    result.location.column = column;
    result.snippet = snippet.left(200);
    return result;
}

// `-r ../base.txt` inside requirements/prod.txt -> "base.txt"; empty when it leaves the root.
QString resolveInclude(const QString &from, const QString &target)
{
    const qsizetype slash = from.lastIndexOf(u'/');
    const QString dir = slash < 0 ? QString() : from.left(slash + 1);
    const QString resolved = QDir::cleanPath(dir + target);
    if (resolved.startsWith("../"_L1) || resolved == ".."_L1 || QDir::isAbsolutePath(resolved))
        return {};
    return resolved;
}

} // namespace

QList<RuleInfo> DependencyAnalyzer::rules() const
{
    RuleInfo info;
    info.id = u"deps.test-in-prod"_s;
    info.severity = Severity::Low;
    info.title = DependencyAnalyzer::tr("Test or development package in production dependencies");
    info.rationale = DependencyAnalyzer::tr(
            "Test runners, mocking and fixture libraries and lint tools (pytest, pytest-*, "
            "coverage, factory-boy, jest, mocha, supertest, nodemon, eslint, black, ...) "
            "declared in a production manifest (requirements.txt, package.json dependencies, "
            "pyproject [project] dependencies) are installed into every production image: "
            "bigger images, slower deploys, and more third-party code an attacker can reach, "
            "with no benefit at run time.");
    info.fix = DependencyAnalyzer::tr(
            "Move the package to a development manifest: requirements-dev.txt or "
            "requirements-test.txt (which may start with -r requirements.txt), package.json "
            "devDependencies, [project.optional-dependencies] test/dev or a Poetry dev group, "
            "and install it only in CI and development images or build stages.");
    info.category = u"dependencies"_s;
    return {info};
}

bool DependencyAnalyzer::wants(QStringView path, QStringView fileName) const
{
    for (const QLatin1StringView dir : {"node_modules/"_L1,
                                        "vendor/"_L1,
                                        "bower_components/"_L1,
                                        ".venv/"_L1,
                                        "venv/"_L1,
                                        "site-packages/"_L1}) {
        if (path.startsWith(dir) || path.contains(u'/' + QString(dir)))
            return false;
    }
    return fileName == u"package.json" || fileName == u"pyproject.toml" || fileName == u"Pipfile"
           || RequirementsParser::isRequirementsFile(path);
}

void DependencyAnalyzer::analyze(const ScannedFile &file, FindingSink &sink)
{
    if (file.fileName == u"package.json") {
        const auto parsed = PackageJsonParser::parse(file.content);
        if (!parsed) {
            sink.note(
                    file.path,
                    DependencyAnalyzer::tr("package.json skipped: %1").arg(parsed.errorMessage()));
            return;
        }
        reportDependencies(file.path, *parsed, false, sink);
    } else if (file.fileName == u"pyproject.toml" || file.fileName == u"Pipfile") {
        const auto flavor = file.fileName == u"Pipfile" ? PyprojectParser::Flavor::Pipfile
                                                        : PyprojectParser::Flavor::Pyproject;
        reportDependencies(file.path,
                           PyprojectParser::parse(QString::fromUtf8(file.content), flavor),
                           true,
                           sink);
    } else {
        RequirementsFile parsed = RequirementsParser::parse(QString::fromUtf8(file.content));
        const QMutexLocker locker(&m_mutex);
        m_requirements.insert(file.path, std::move(parsed));
    }
}

void DependencyAnalyzer::reportDependencies(const QString &path,
                                            const QList<DeclaredDependency> &dependencies,
                                            bool python,
                                            FindingSink &sink) const
{
    const auto ecosystem
            = python ? TestPackageCatalog::Ecosystem::Python : TestPackageCatalog::Ecosystem::Npm;
    for (const DeclaredDependency &dependency : dependencies) {
        if (!dependency.production)
            continue;
        const auto kind = TestPackageCatalog::classify(ecosystem, dependency.name);
        if (!kind)
            continue;
        sink.report(finding(
                path,
                dependency.line,
                dependency.column,
                dependency.lineText,
                DependencyAnalyzer::tr("'%1' is a %2 but is declared in the production %3 of %4")
                        .arg(dependency.name,
                             TestPackageCatalog::kindDescription(*kind),
                             dependency.section,
                             path)));
    }
}

const RequirementsFile *DependencyAnalyzer::requirementsFile(const RepositoryIndex &repository,
                                                             const QString &path)
{
    if (const auto found = m_requirements.constFind(path); found != m_requirements.constEnd())
        return &*found;
    // An include with a name the walk did not hand us (`-r base.txt`): read it now.
    if (!repository.contains(path))
        return nullptr;
    QFile file(QDir(repository.root).filePath(path));
    if (file.size() > MaxIncludedFileSize || !file.open(QIODevice::ReadOnly))
        return nullptr;
    return &*m_requirements.insert(path,
                                   RequirementsParser::parse(QString::fromUtf8(file.readAll())));
}

void DependencyAnalyzer::finish(const RepositoryIndex &repository, FindingSink &sink)
{
    const QMutexLocker locker(&m_mutex);
    QStringList queue;
    for (auto it = m_requirements.cbegin(); it != m_requirements.cend(); ++it) {
        if (RequirementsParser::role(it.key()) == RequirementsParser::Role::Production)
            queue.append(it.key());
    }
    queue.sort();
    QSet<QString> production;
    while (!queue.isEmpty()) {
        const QString path = queue.takeFirst();
        if (production.contains(path))
            continue;
        production.insert(path);
        const RequirementsFile *file = requirementsFile(repository, path);
        if (!file)
            continue;
        const QList<RequirementInclude> includes = file->includes;
        for (const RequirementInclude &include : includes) {
            const QString target = resolveInclude(path, include.target);
            const RequirementsFile *included
                    = target.isEmpty() ? nullptr : requirementsFile(repository, target);
            if (!included)
                continue;
            if (RequirementsParser::role(target) != RequirementsParser::Role::Development) {
                queue.append(target);
                continue;
            }
            // A production file pulling a whole test requirements file in.
            QStringList tools;
            for (const DeclaredDependency &dependency : included->requirements) {
                if (TestPackageCatalog::classify(TestPackageCatalog::Ecosystem::Python,
                                                 dependency.name))
                    tools.append(dependency.name);
            }
            if (!tools.isEmpty()) {
                sink.report(
                        finding(path,
                                include.line,
                                1,
                                include.lineText,
                                DependencyAnalyzer::tr(
                                        "'%1' pulls the development requirements %2 (%3) into "
                                        "the production requirements %4")
                                        .arg(include.lineText, target, tools.join(u", "_s), path)));
            }
        }
    }
    QStringList paths = production.values();
    paths.sort();
    for (const QString &path : paths) {
        if (const auto found = m_requirements.constFind(path); found != m_requirements.constEnd())
            reportDependencies(path, found->requirements, true, sink);
    }
}

} // namespace greenlight
