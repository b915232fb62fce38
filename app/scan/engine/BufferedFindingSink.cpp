#include "BufferedFindingSink.h"

using namespace Qt::StringLiterals;

namespace greenlight {

void BufferedFindingSink::note(const QString &path, const QString &message)
{
    m_notes.append(formatNote(path, message));
}

void BufferedFindingSink::clear()
{
    m_findings.clear();
    m_notes.clear();
}

QString BufferedFindingSink::formatNote(const QString &path, const QString &message)
{
    return path.isEmpty() ? message : path + u": "_s + message;
}

} // namespace greenlight
