#pragma once

#include <QString>
#include <QStringView>

namespace greenlight::Redaction {

// Secrets are never stored, logged, displayed or exported in clear. mask() keeps a short
// prefix (at most 4 characters, fewer for short values) and replaces the rest with a
// fixed-length run of '*' so the length does not leak either: "AKIA************".
QString mask(QStringView secret);
// line with [start, start + length) replaced by mask() of that span.
QString redactSpan(QStringView line, qsizetype start, qsizetype length);
// Hex SHA-256 of the secret: recognises the same secret across scans without storing it.
QString secretHash(QStringView secret);

} // namespace greenlight::Redaction
