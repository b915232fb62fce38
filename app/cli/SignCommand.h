#pragma once

#include "CliCommand.h"

namespace greenlight {

// `sign ASSESSMENT --role ROLE-ID --name NAME --decision approve|conditional|reject
// [--comment TEXT] [--key FILE]`: records a sign-off over the assessment's current content
// hash (SignoffStore), optionally with an Ed25519 signature made with the key in FILE.
class SignCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::SignCommand)

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
