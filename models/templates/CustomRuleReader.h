#pragma once

#include <optional>

#include <yaml-cpp/mark.h>
#include <yaml-cpp/node/node.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "domain/CustomRule.h"

namespace greenlight {

class ProblemSink;
class YamlMapping;

// Reads a template's optional `rules:` list (docs/templates.md, "Custom scan rules"): each
// entry an id, title, severity, optional fix and exactly one check (`file` + `must_contain`,
// `file` + `must_not_match`, `file_exists` or `file_absent`). Globs are compiled with
// PathGlob and regexes with RE2, so a template that loads can always be scanned with;
// problems go to the sink with the position of the offending value.
class CustomRuleReader
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::TemplateLoader)

public:
    explicit CustomRuleReader(ProblemSink &sink);

    QList<CustomRule> read(const YAML::Node &sequence, const QString &templateId);

private:
    std::optional<CustomRule> readRule(const YAML::Node &node);
    QString readId(const YamlMapping &mapping);
    // where: the rule's mapping, for "no check at all".
    bool readCheck(const YamlMapping &mapping,
                   const YAML::Mark &where,
                   const QString &id,
                   CustomRule &rule);
    bool checkGlob(const YamlMapping &mapping, QLatin1StringView key, QString *glob);
    bool checkRegex(const YamlMapping &mapping, QLatin1StringView key, const QString &regex);

    ProblemSink &m_sink;
    QHash<QString, int> m_idLines; // rule id -> line of its first definition
};

} // namespace greenlight
