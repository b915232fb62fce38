#include "ProblemSink.h"

#include <algorithm>

namespace greenlight {

ProblemSink::ProblemSink(QString file)
    : m_file(std::move(file))
{}

void ProblemSink::add(const YAML::Mark &mark, const QString &message)
{
    if (mark.is_null() || mark.line < 0)
        addFileProblem(message);
    else
        addAt(mark.line + 1, mark.column + 1, message);
}

void ProblemSink::addFileProblem(const QString &message)
{
    addAt(0, 0, message);
}

void ProblemSink::addAt(int line, int column, const QString &message)
{
    if (m_problems.size() >= MaxProblems) {
        m_truncated = true;
        return;
    }
    m_problems.append(TemplateProblem{m_file, line, column, message});
}

TemplateProblems ProblemSink::take()
{
    // Missing keys are found after a mapping's children but belong at its start, so sort
    // by position; stable, to keep the order of problems found at the same place.
    std::stable_sort(m_problems.begin(),
                     m_problems.end(),
                     [](const TemplateProblem &a, const TemplateProblem &b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    if (m_truncated) {
        m_problems.append(TemplateProblem{
                m_file,
                0,
                0,
                tr("too many problems; stopped after the first %1").arg(MaxProblems)});
        m_truncated = false;
    }
    return std::exchange(m_problems, {});
}

} // namespace greenlight
