#pragma once

#include "CliCommand.h"

namespace greenlight {

struct AssessmentSnapshot;

// `gate ASSESSMENT [--fail-on SEVERITY] [--strict] [--require-signoff]`: the CI readiness
// gate. Prints the verdict with every reason and exits 1 unless the assessment is ready
// (Ready with fixes passes unless --strict; pending sign-offs fail only with
// --require-signoff).
class GateCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::GateCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString arguments() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    static void printText(const AssessmentSnapshot &snapshot, bool passed, QTextStream &out);
    static void printJson(const AssessmentSnapshot &snapshot, bool passed, QTextStream &out);
};

} // namespace greenlight
