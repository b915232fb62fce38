#pragma once

#include "CliCommand.h"

namespace greenlight {

// `signoffs ASSESSMENT [--format text|json]`: the roles, who signed with which decision,
// staleness with the changes since signing, and what blocks Deployment Approval.
class SignoffsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::SignoffsCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace greenlight
