#pragma once

#include "CliCommand.h"

namespace greenlight {

// `list [--format text|json]`: the assessments in the store, newest first, with progress.
class ListCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::ListCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString arguments() const override { return {}; }
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace greenlight
