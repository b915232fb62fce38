#pragma once

#include "CliCommand.h"

namespace greenlight {

// `verify [ASSESSMENT]`: checks the audit hash chain, the evidence vault hashes and the
// signatures (snapshot hash, Ed25519) of one or every assessment; names the first broken
// link and every bad file; exit 1 on any problem.
class VerifyCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::VerifyCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString arguments() const override;

protected:
    int run(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace greenlight
