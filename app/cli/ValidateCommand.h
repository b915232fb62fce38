#pragma once

#include "CliCommand.h"

namespace greenlight {

// `validate FILE...`: loads each template file and prints every problem as
// file:line:col: message. Exit 0 when all are valid, 1 when any is invalid, 2 when a file
// cannot be read at all or none was given.
class ValidateCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::ValidateCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString arguments() const override;
    QString description() const override;

protected:
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace greenlight
