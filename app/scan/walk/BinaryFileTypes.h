#pragma once

#include <QStringView>

namespace greenlight {

// File types that are binary by name (images, archives, fonts, compiled objects, databases).
// They are never read: no rule can parse them, and sniffing 20,000 images would cost most of a
// scan. The engine still lists them as skipped, so a reviewer sees what was not examined.
namespace BinaryFileTypes {

// Whether `fileName`'s extension (case-insensitive) names a binary type.
bool isBinaryName(QStringView fileName);

} // namespace BinaryFileTypes

} // namespace greenlight
