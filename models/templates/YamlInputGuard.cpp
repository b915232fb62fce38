#include "YamlInputGuard.h"

#include "ProblemSink.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

// Length of the valid UTF-8 sequence starting at data[i], or 0 if it is malformed
// (truncated, overlong, a UTF-16 surrogate or beyond U+10FFFF).
int utf8SequenceLength(const QByteArray &data, qsizetype i)
{
    const auto byte = [&](qsizetype k) {
        return k < data.size() ? uchar(data[k]) : uchar(0);
    };
    const uchar lead = byte(i);
    const auto continuation = [&](qsizetype k, uchar low, uchar high) {
        const uchar b = byte(k);
        return b >= low && b <= high;
    };
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return continuation(i + 1, 0x80, 0xBF) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const uchar low = lead == 0xE0 ? 0xA0 : 0x80;
        const uchar high = lead == 0xED ? 0x9F : 0xBF;
        return continuation(i + 1, low, high) && continuation(i + 2, 0x80, 0xBF) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const uchar low = lead == 0xF0 ? 0x90 : 0x80;
        const uchar high = lead == 0xF4 ? 0x8F : 0xBF;
        return continuation(i + 1, low, high) && continuation(i + 2, 0x80, 0xBF)
                               && continuation(i + 3, 0x80, 0xBF)
                       ? 4
                       : 0;
    }
    return 0;
}

// YAML allows tab, line feed and carriage return among the C0 controls, and no DEL.
bool isForbiddenControl(uchar c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

QString hexByte(uchar c)
{
    return QString::number(c, 16).toUpper().rightJustified(2, u'0');
}

} // namespace

bool YamlInputGuard::check(const QByteArray &data, ProblemSink &sink)
{
    // Columns count bytes, as yaml-cpp's marks do, so positions agree with later problems.
    int line = 1;
    qsizetype lineStart = 0;
    int flowIndicators = 0;
    for (qsizetype i = 0; i < data.size();) {
        const uchar c = uchar(data[i]);
        const int column = int(i - lineStart) + 1;
        const int length = utf8SequenceLength(data, i);
        if (length == 0) {
            sink.addAt(line,
                       column,
                       tr("file is not valid UTF-8 text (invalid byte 0x%1)").arg(hexByte(c)));
            return false;
        }
        if (length == 1 && isForbiddenControl(c)) {
            sink.addAt(line,
                       column,
                       tr("file contains the control character 0x%1; a template must be plain text")
                               .arg(hexByte(c)));
            return false;
        }
        if (c == '\n') {
            ++line;
            lineStart = i + 1;
        } else if (c == ',' || c == '[' || c == '{') {
            if (++flowIndicators > MaxFlowIndicators) {
                sink.addAt(line,
                           column,
                           tr("file has more than %1 ',', '[' and '{' characters; YAML lists and "
                              "mappings this large are refused")
                                   .arg(MaxFlowIndicators));
                return false;
            }
        }
        i += length;
    }
    return true;
}

} // namespace greenlight
