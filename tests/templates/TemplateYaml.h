#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QtGlobal>

namespace greenlight::test {

using namespace Qt::StringLiterals;

// A valid template whose line/column positions the malformed cases of the loader tests rely
// on: the section mapping starts at 7:5, the item mapping at 10:9, item values at column 19.
constexpr auto BaseYaml = R"(schema: 1
id: alpha
title: Alpha
version: 1.0.0
description: Alpha checks.
sections:
  - id: basics
    title: Basics
    items:
      - id: ALP-001
        title: First
        guidance: Why and how.
        severity: high
        evidence: required
)"_L1;

inline QByteArray baseYaml()
{
    return QByteArray(BaseYaml.data(), BaseYaml.size());
}

// The base template with one piece of text replaced (it must occur exactly once). Works on
// bytes, so cases can carry invalid UTF-8.
inline QByteArray baseWith(const char *from, const char *to)
{
    QByteArray yaml = baseYaml();
    if (yaml.count(from) != 1)
        qFatal("baseWith: '%s' must occur exactly once in the base template", from);
    return yaml.replace(from, to);
}

inline QByteArray baseAppending(const char *text)
{
    return baseYaml() + text;
}

inline QString allowedTopKeys()
{
    return u"schema, id, title, version, description, language, sections, signoff_roles, "
           "rules"_s;
}

inline QString lowerIdHint()
{
    return u"use lower-case letters, digits and dashes, starting with a letter, e.g. "_s;
}

} // namespace greenlight::test
