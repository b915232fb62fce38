#pragma once

#include "CliCommand.h"

namespace greenlight {

// `set ASSESSMENT ITEM-ID STATUS [--note TEXT] [--owner NAME]`: one audited edit of one
// item, printed as "SEC-012: not_started -> passed".
class SetCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::SetCommand)

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
