#pragma once

#include "CliCommand.h"

namespace greenlight {

struct AssessmentArgument;

// `evidence add|list|export|verify ...`: attach evidence to items and check the vault.
//   add ASSESSMENT ITEM-ID (--file PATH | --url URL | --note TEXT | --command CMD |
//       --ref PATH:FROM-TO) [--valid-until DATE]
//   list ASSESSMENT [ITEM-ID] [--format text|json]
//   export ASSESSMENT DIR      (copies the vault files under safe names, plus evidence.json)
//   verify ASSESSMENT          (exit 1 and names every missing or altered file)
class EvidenceCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::EvidenceCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString arguments() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    int add(const QCommandLineParser &parser, CliContext &context, const QStringList &args);
    int list(const QCommandLineParser &parser, CliContext &context, const QStringList &args);
    int exportTo(CliContext &context, const QStringList &args);
    int verify(CliContext &context, const QStringList &args);
};

} // namespace greenlight
