#pragma once

#include "CliCommand.h"

namespace greenlight {

// `waive ASSESSMENT ITEM-ID --reason TEXT --by NAME --until DATE [--ticket URL]`: records a
// risk acceptance for a failed item (WaiverStore), printed as "A-002: waived until ...".
class WaiveCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::WaiveCommand)

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
