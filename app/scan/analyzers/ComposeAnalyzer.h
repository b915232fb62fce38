#pragma once

#include <QCoreApplication>

#include "scan/Analyzer.h"

namespace YAML {
class Node;
}

namespace greenlight {

struct YamlDocument;
class TextLines;

// Docker Compose rules, per service: privileged, host network, hard-coded secrets in
// environment (mapping and list form) and build args, no healthcheck, no resource limits,
// and no stop_grace_period where a drain is expected (servers, production files).
class ComposeAnalyzer : public Analyzer
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::ComposeAnalyzer)

public:
    QList<RuleInfo> rules() const override;
    bool wants(QStringView path, QStringView fileName) const override;
    void analyze(const ScannedFile &file, FindingSink &sink) override;

    // docker-compose.yml, docker-compose.prod.yaml, compose.yaml, compose-dev.yml.
    static bool isComposeFileName(QStringView fileName);

private:
    struct Context
    {
        const ScannedFile &file;
        const YamlDocument &document;
        const TextLines &lines;
        FindingSink &sink;
        bool production = false;
    };

    void checkService(const Context &context,
                      const YAML::Node &nameNode,
                      const YAML::Node &service) const;
    void checkEnvironment(const Context &context,
                          const QString &service,
                          const YAML::Node &environment,
                          bool buildArgs) const;
    void report(const Context &context,
                const QString &ruleId,
                const YAML::Node &at,
                const QString &message) const;
};

} // namespace greenlight
