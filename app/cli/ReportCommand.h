#pragma once

#include "CliCommand.h"

namespace greenlight {

// `report ASSESSMENT [--format md|html|pdf|json] [--output FILE] [--page-size a4|letter]`:
// writes the approval pack. The format defaults to the output file's suffix (Markdown on
// stdout otherwise); PDF needs --output. The file is written atomically. Exit 0 when written,
// whatever the verdict (`gate` is the command that judges).
class ReportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::ReportCommand)

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
