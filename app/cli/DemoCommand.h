#pragma once

#include "CliCommand.h"

namespace greenlight {

// `demo`: creates the demo assessment of examples/demo-system (DemoAssessment) and prints
// its id; handy for trying the app, screenshots and tests.
class DemoCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::DemoCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString arguments() const override { return {}; }
    QString description() const override;

protected:
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace greenlight
