#pragma once

#include "CliCommand.h"

namespace greenlight {

// `rules [--format text|md|json]`: the scan rule catalogue (built-in rules plus the
// templates' custom rules) with the checklist items each rule bears on. `--format md` is
// what docs/rules.md holds.
class RulesCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::RulesCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString arguments() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace greenlight
