#pragma once

#include "CliCommand.h"

namespace greenlight {

// `new --name N --system S --release R [--repo PATH] --templates a,b|all`: creates an
// assessment over the named templates (their items are snapshotted) and prints its id.
class NewCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::NewCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString arguments() const override { return {}; }
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace greenlight
