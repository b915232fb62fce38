#pragma once

#include <yaml-cpp/mark.h>

#include <QCoreApplication>
#include <QString>

#include "TemplateProblem.h"

namespace greenlight {

// Collects the problems of one template file. Converts yaml-cpp's 0-based marks to the
// 1-based positions editors use, and keeps only the first MaxProblems so that a hostile
// file (say, 50,000 bad tags) cannot produce an unbounded report. (The work stays bounded
// by TemplateLoader::MaxNodes, so callers need not stop early.)
class ProblemSink
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::TemplateLoader)

public:
    static constexpr int MaxProblems = 100;

    explicit ProblemSink(QString file);

    void add(const YAML::Mark &mark, const QString &message);
    void addFileProblem(const QString &message); // no position: concerns the whole file
    void addAt(int line, int column, const QString &message); // already 1-based

    // The problems in file order (whole-file problems first), plus a note when truncated.
    TemplateProblems take();

private:
    QString m_file;
    TemplateProblems m_problems;
    bool m_truncated = false;
};

} // namespace greenlight
