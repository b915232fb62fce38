#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One Qt Linguist .ts file as the tests read it: every message with its context, source,
// translation forms and state. Read-only, and only the parts the checks need.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one form, or the numerus forms

    QString label() const; // "[context] source", for failure messages
};

struct TsCatalog
{
    QString language; // the TS element's language attribute, e.g. "de_DE"
    QList<TsMessage> messages;
    QString error; // non-empty when the file could not be read or parsed

    static TsCatalog read(const QString &path);
};
