#include "TemplateProblem.h"

using namespace Qt::StringLiterals;

namespace greenlight {

QString TemplateProblem::toString() const
{
    if (line <= 0)
        return u"%1: %2"_s.arg(file, message);
    return u"%1:%2:%3: %4"_s.arg(file).arg(line).arg(column).arg(message);
}

} // namespace greenlight
