#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>

#include "scan/Analyzer.h"
#include "scan/parsers/DockerIgnore.h"

namespace greenlight {

struct Dockerfile;
struct DockerInstruction;
class TextLines;

// Dockerfile/Containerfile rules: root user, build-context copies without a .dockerignore
// that keeps .git and .env out, floating and undigested base images, remote ADD, missing
// HEALTHCHECK, secrets in ENV/ARG. The .dockerignore files are collected while the walk
// runs and the context copies judged in finish(), once every .dockerignore was seen.
class DockerfileAnalyzer : public Analyzer
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::DockerfileAnalyzer)

public:
    QList<RuleInfo> rules() const override;
    bool wants(QStringView path, QStringView fileName) const override;
    void analyze(const ScannedFile &file, FindingSink &sink) override;
    void finish(const RepositoryIndex &repository, FindingSink &sink) override;

    // Dockerfile, Containerfile, Dockerfile.prod, api.Dockerfile, build-dockerfile; not
    // DockerfileParser.cpp or Dockerfile.md.
    static bool isDockerfileName(QStringView fileName);
    static bool isDockerIgnoreName(QStringView fileName);

private:
    // A COPY/ADD of the whole build context, judged in finish().
    struct ContextCopy
    {
        QString path; // the Dockerfile
        int line = 0;
        int column = 0;
        QString instruction; // "COPY . ."
        QString snippet;
    };

    void analyzeDockerfile(const ScannedFile &file, FindingSink &sink);
    void checkBaseImages(const ScannedFile &file,
                         const Dockerfile &dockerfile,
                         const TextLines &lines,
                         FindingSink &sink) const;
    void checkFinalStage(const ScannedFile &file,
                         const Dockerfile &dockerfile,
                         const TextLines &lines,
                         FindingSink &sink) const;
    void checkInstruction(const ScannedFile &file,
                          const DockerInstruction &instruction,
                          const TextLines &lines,
                          FindingSink &sink);
    void checkSecrets(const ScannedFile &file,
                      const DockerInstruction &instruction,
                      const TextLines &lines,
                      FindingSink &sink) const;
    // Which .dockerignore applies to a Dockerfile, and why the copy is a problem (empty
    // when it is not).
    QString contextProblem(const RepositoryIndex &repository, const QString &dockerfile) const;

    QMutex m_mutex;                         // guards the two members below
    QHash<QString, DockerIgnore> m_ignores; // .dockerignore path -> its patterns
    QList<ContextCopy> m_copies;
};

} // namespace greenlight
