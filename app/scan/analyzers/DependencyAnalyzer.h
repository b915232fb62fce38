#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include "scan/Analyzer.h"
#include "scan/deps/DeclaredDependency.h"

namespace greenlight {

// deps.test-in-prod: test runners, mocking/fixture libraries and lint tools declared in
// production manifests (seed 001's pytest and pytest-django in requirements.txt):
// requirements files whose role is production (by name, or included with -r from one),
// package.json "dependencies", pyproject.toml [project]/poetry main dependencies and Pipfile
// [packages]. Requirements files are parsed as they come and judged in finish(), once every
// `-r` include is known.
class DependencyAnalyzer : public Analyzer
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::DependencyAnalyzer)

public:
    QList<RuleInfo> rules() const override;
    bool wants(QStringView path, QStringView fileName) const override;
    void analyze(const ScannedFile &file, FindingSink &sink) override;
    void finish(const RepositoryIndex &repository, FindingSink &sink) override;

private:
    void reportDependencies(const QString &path,
                            const QList<DeclaredDependency> &dependencies,
                            bool python,
                            FindingSink &sink) const;
    const RequirementsFile *requirementsFile(const RepositoryIndex &repository,
                                             const QString &path);

    QMutex m_mutex;
    QHash<QString, RequirementsFile> m_requirements; // path -> parsed, guarded by m_mutex
};

} // namespace greenlight
