#include "ImageReference.h"

namespace greenlight {

ImageReference ImageReference::parse(QStringView reference)
{
    ImageReference result;
    QStringView rest = reference.trimmed();
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        result.digest = rest.sliced(at + 1).toString();
        rest = rest.left(at);
    }
    const qsizetype slash = rest.lastIndexOf(u'/');
    const qsizetype colon = rest.lastIndexOf(u':');
    if (colon > slash) {
        result.tag = rest.sliced(colon + 1).toString();
        rest = rest.left(colon);
    }
    result.repository = rest.toString();
    return result;
}

bool ImageReference::isFloating() const
{
    return !hasDigest() && (tag.isEmpty() || tag.compare(u"latest", Qt::CaseInsensitive) == 0);
}

} // namespace greenlight
