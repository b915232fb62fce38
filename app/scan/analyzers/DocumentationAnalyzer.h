#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QString>

#include "scan/Analyzer.h"
#include "scan/docs/RunbookTopics.h"

namespace greenlight {

// Documentation rules (docs/rules.md, "Documentation"), all repository-level: runbook
// coverage for rollback, backup, restore, key rotation and incident response, judged from
// the headings and procedure paragraphs of the repository's docs and READMEs (RunbookTopics
// says what counts), and a SECURITY.md where GitHub and reporters look for one.
class DocumentationAnalyzer : public Analyzer
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::DocumentationAnalyzer)

public:
    QList<RuleInfo> rules() const override;
    bool wants(QStringView path, QStringView fileName) const override;
    void analyze(const ScannedFile &file, FindingSink &sink) override;
    void finish(const RepositoryIndex &repository, FindingSink &sink) override;

    // Markdown/rst/txt/AsciiDoc files under docs/, doc/, runbooks/ or ops/ (at any depth),
    // and README*, RUNBOOK*, DEPLOY*, OPERATIONS*, DISASTER*, INCIDENT*, SECURITY* files
    // anywhere, outside vendored folders (node_modules, vendor, third_party, ...).
    static bool isDocumentation(QStringView path, QStringView fileName);
    // SECURITY.md (or .rst/.txt/.adoc, any case) at the root, in .github/ or in docs/.
    static bool isSecurityPolicy(QStringView path);

private:
    QString missingMessage(RunbookTopics::Topic topic, int documents) const;

    QMutex m_mutex; // guards the members below
    int m_documents = 0;
    // Per topic, where it was first found ("docs/ops.md:12"); empty while not found.
    std::array<QString, RunbookTopics::TopicCount> m_evidence;
};

} // namespace greenlight
