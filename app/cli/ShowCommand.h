#pragma once

#include "CliCommand.h"

namespace greenlight {

struct AssessmentInfo;
struct ItemRecord;
struct SectionSummary;
struct StatusCounts;

// `show ASSESSMENT [--format text|json]`: metadata, progress, the per-section summary and
// every item with its state. The JSON shape is documented in AssessmentJson.h.
class ShowCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::ShowCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString arguments() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    static QString renderText(const AssessmentInfo &info,
                              const StatusCounts &progress,
                              const QList<SectionSummary> &sections,
                              const QList<ItemRecord> &items);
    static QString renderJson(const AssessmentInfo &info,
                              const StatusCounts &progress,
                              const QList<SectionSummary> &sections,
                              const QList<ItemRecord> &items);
};

} // namespace greenlight
