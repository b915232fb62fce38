#include "YamlPreScanner.h"

#include <exception>
#include <sstream>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "ProblemSink.h"

namespace greenlight {
namespace {

// Thrown from an event callback to abandon the parse; the problem is already recorded.
struct Refused
{
};

// True when the line of mark is indented with a tab, which YAML forbids and which yaml-cpp
// reports only as a puzzling "illegal block entry" or "end of map not found".
bool tabIndented(const std::string &yaml, const YAML::Mark &mark)
{
    if (mark.pos < 0 || std::size_t(mark.pos) > yaml.size())
        return false;
    const std::size_t newline
            = mark.pos == 0 ? std::string::npos : yaml.rfind('\n', std::size_t(mark.pos) - 1);
    for (std::size_t i = newline == std::string::npos ? 0 : newline + 1; i < yaml.size(); ++i) {
        if (yaml[i] == '\t')
            return true;
        if (yaml[i] != ' ')
            return false;
    }
    return false;
}

} // namespace

QString YamlPreScanner::syntaxError(const std::string &yaml,
                                    const YAML::Mark &mark,
                                    const std::string &message)
{
    QString text = tr("YAML syntax error: %1").arg(QString::fromStdString(message));
    if (message.find("tab") == std::string::npos && tabIndented(yaml, mark))
        text += tr(" (indent with spaces: YAML does not allow tabs for indentation)");
    return text;
}

YamlPreScanner::YamlPreScanner(int maxDepth, int maxNodes, ProblemSink &sink)
    : m_maxDepth(maxDepth)
    , m_maxNodes(maxNodes)
    , m_sink(sink)
{}

bool YamlPreScanner::scan(const std::string &yaml)
{
    std::istringstream stream(yaml);
    try {
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(*this)) {
        }
        return true;
    } catch (const Refused &) {
    } catch (const YAML::DeepRecursion &e) {
        // yaml-cpp's own guard; ours fires first, but keep its verdict readable.
        m_sink.add(e.mark, tr("nesting is deeper than %1 levels").arg(m_maxDepth));
    } catch (const YAML::Exception &e) {
        // An alias of an undefined anchor fails before OnAlias; it is refused all the same.
        if (e.msg == YAML::ErrorMsg::UNKNOWN_ANCHOR)
            m_sink.add(e.mark, tr("YAML anchors and aliases are not allowed"));
        else
            m_sink.add(e.mark, syntaxError(yaml, e.mark, e.msg));
    } catch (const std::exception &e) {
        m_sink.addFileProblem(
                tr("cannot parse the file: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    return false;
}

void YamlPreScanner::OnDocumentStart(const YAML::Mark &mark)
{
    if (++m_documents > 1)
        refuse(mark,
               tr("a template file must hold exactly one YAML document; a second one starts here"));
}

void YamlPreScanner::OnNull(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    node(mark, anchor);
}

void YamlPreScanner::OnAlias(const YAML::Mark &mark, YAML::anchor_t)
{
    refuseAnchor(mark);
}

void YamlPreScanner::OnScalar(const YAML::Mark &mark,
                              const std::string &,
                              YAML::anchor_t anchor,
                              const std::string &)
{
    node(mark, anchor);
}

void YamlPreScanner::OnSequenceStart(const YAML::Mark &mark,
                                     const std::string &,
                                     YAML::anchor_t anchor,
                                     YAML::EmitterStyle::value)
{
    enterCollection(mark, anchor);
}

void YamlPreScanner::OnMapStart(const YAML::Mark &mark,
                                const std::string &,
                                YAML::anchor_t anchor,
                                YAML::EmitterStyle::value)
{
    enterCollection(mark, anchor);
}

void YamlPreScanner::OnAnchor(const YAML::Mark &mark, const std::string &)
{
    refuseAnchor(mark);
}

void YamlPreScanner::node(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    if (anchor != YAML::NullAnchor)
        refuseAnchor(mark);
    if (++m_nodes > m_maxNodes)
        refuse(mark,
               tr("file has more than %1 YAML values; a template never needs that many")
                       .arg(m_maxNodes));
}

void YamlPreScanner::enterCollection(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    node(mark, anchor);
    if (++m_depth > m_maxDepth)
        refuse(mark, tr("nesting is deeper than %1 levels").arg(m_maxDepth));
}

void YamlPreScanner::refuse(const YAML::Mark &mark, const QString &message)
{
    m_sink.add(mark, message);
    throw Refused{};
}

void YamlPreScanner::refuseAnchor(const YAML::Mark &mark)
{
    refuse(mark, tr("YAML anchors and aliases are not allowed"));
}

} // namespace greenlight
