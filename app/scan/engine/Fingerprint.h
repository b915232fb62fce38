#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include "domain/Finding.h"

namespace greenlight::Fingerprint {

// Whitespace runs collapse to one space and the ends are trimmed, so re-indenting a line or
// converting tabs keeps a finding's identity.
QString normaliseSnippet(QStringView snippet);

// What identifies a finding apart from its occurrence index: rule, path, normalised
// snippet and secret hash, NUL-separated. Findings sharing a key are told apart by the
// occurrence index.
QByteArray identityKey(const Finding &finding);

// Hex SHA-256 over identityKey + '\0' + occurrence. No line number goes in, so inserting
// lines above a finding keeps its fingerprint.
QString compute(const QByteArray &identityKey, int occurrence);

// Fills the fingerprint of each finding. Occurrence indices count, per identity key, the
// findings seen before: `seen` carries those counts across calls (one scan keeps one map),
// and within one call findings are numbered in line order.
void assign(QList<Finding> &findings, QHash<QByteArray, int> &seen);

} // namespace greenlight::Fingerprint
