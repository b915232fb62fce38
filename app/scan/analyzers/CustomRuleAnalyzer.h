#pragma once

#include <vector>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include "domain/CustomRule.h"
#include "scan/Analyzer.h"
#include "scan/custom/CompiledRule.h"

namespace greenlight {

// Runs the rules templates declare in `rules:` (docs/templates.md, "Custom scan rules"):
//   must_contain   every file matching `file` contains the text; a file that lacks it is a
//                  finding, and so is no file matching at all (the control cannot be shown);
//   must_not_match each line of a matching file that matches the RE2 regex is a finding,
//                  its snippet masked from the match to the line end (it may be a secret);
//   file_exists    some path matches, else a repository-level finding;
//   file_absent    every matching path is a finding.
class CustomRuleAnalyzer : public Analyzer
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::CustomRuleAnalyzer)

public:
    // Findings of must_not_match reported per file and rule; the rest is noted.
    static constexpr int MaxMatchesPerFile = 50;

    explicit CustomRuleAnalyzer(QList<CustomRule> rules);

    QList<RuleInfo> rules() const override;
    bool wants(QStringView path, QStringView fileName) const override;
    void analyze(const ScannedFile &file, FindingSink &sink) override;
    void finish(const RepositoryIndex &repository, FindingSink &sink) override;

private:
    void checkForbidden(const CompiledRule &rule, const ScannedFile &file, FindingSink &sink);

    QList<CustomRule> m_declared; // as given, for rules()
    std::vector<CompiledRule> m_rules;
    QStringList m_invalid; // rules that did not compile (only possible bypassing the loader)

    QMutex m_mutex;                          // guards m_checked
    QHash<QString, QSet<QString>> m_checked; // rule id -> files it read
};

} // namespace greenlight
