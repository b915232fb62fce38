#include "DockerfileParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "TextLines.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

struct Word
{
    QString text;
    qsizetype end = 0; // offset just past the word in the source text
};

QList<Word> splitWithEnds(QStringView text, QChar escape)
{
    QList<Word> words;
    QString current;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quote.isNull() && c.isSpace()) {
            if (inWord)
                words.append({current, i});
            current.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == escape && quote != u'\'' && i + 1 < text.size()) {
            current.append(text.at(++i));
        } else if (!quote.isNull() && c == quote) {
            quote = QChar();
        } else if (quote.isNull() && (c == u'"' || c == u'\'')) {
            quote = c;
        } else {
            current.append(c);
        }
    }
    if (inWord)
        words.append({current, text.size()});
    return words;
}

bool isComment(QStringView line)
{
    return line.trimmed().startsWith(u'#');
}

// True when the line ends with the escape character (trailing blanks allowed); `body` is
// the line without it.
bool continues(QStringView line, QChar escape, QStringView *body)
{
    QStringView trimmed = line;
    while (!trimmed.isEmpty() && trimmed.last().isSpace())
        trimmed.chop(1);
    if (!trimmed.endsWith(escape))
        return false;
    *body = trimmed.chopped(1);
    return true;
}

bool takesFlags(const QString &keyword)
{
    return keyword == u"FROM" || keyword == u"COPY" || keyword == u"ADD" || keyword == u"RUN"
           || keyword == u"HEALTHCHECK";
}

// Fills flags, words and jsonForm from the joined arguments.
void splitArguments(DockerInstruction &instruction, QChar escape)
{
    const QStringView arguments(instruction.arguments);
    qsizetype restStart = 0;
    const QList<Word> all = splitWithEnds(arguments, escape);
    qsizetype first = 0;
    if (takesFlags(instruction.keyword)) {
        while (first < all.size() && all.at(first).text.startsWith(u"--")) {
            instruction.flags.append(all.at(first).text);
            restStart = all.at(first).end;
            ++first;
        }
    }
    const QStringView rest = arguments.sliced(restStart).trimmed();
    if (rest.startsWith(u'[')) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(rest.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && json.isArray()) {
            const QJsonArray array = json.array();
            const bool allStrings = std::all_of(
                    array.begin(), array.end(), [](const auto &v) { return v.isString(); });
            if (allStrings) {
                instruction.jsonForm = true;
                for (const auto &value : array)
                    instruction.words.append(value.toString());
                return;
            }
        }
    }
    for (qsizetype i = first; i < all.size(); ++i)
        instruction.words.append(all.at(i).text);
}

// Reads the heredoc bodies the instruction's first line announces; returns the index of
// the last line consumed.
int readHeredocs(DockerInstruction &instruction, const TextLines &lines, int lastLine)
{
    static const QRegularExpression marker(u"(?<!<)<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2"_s);
    auto it = marker.globalMatch(instruction.arguments);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const bool stripTabs = !match.capturedView(1).isEmpty();
        DockerHeredoc heredoc{match.captured(3), {}, lastLine + 1};
        QStringList body;
        int number = lastLine + 1;
        for (; number <= lines.count(); ++number) {
            QStringView line = lines.line(number);
            if (stripTabs) {
                while (line.startsWith(u'\t'))
                    line = line.sliced(1);
            }
            if (line == heredoc.delimiter)
                break;
            body.append(line.toString());
        }
        heredoc.body = body.join(u'\n');
        instruction.heredocs.append(heredoc);
        lastLine = std::min(number, lines.count());
    }
    return lastLine;
}

void readDirectives(const TextLines &lines, Dockerfile &result, int *firstLine)
{
    static const QRegularExpression directive(
            u"^#\\s*([A-Za-z][A-Za-z0-9_]*)\\s*=\\s*(\\S+)\\s*$"_s);
    int number = 1;
    for (; number <= lines.count(); ++number) {
        const QRegularExpressionMatch match = directive.match(lines.line(number));
        if (!match.hasMatch())
            break;
        const QString value = match.captured(2);
        if (match.capturedView(1).compare(u"escape", Qt::CaseInsensitive) == 0
            && (value == u"`" || value == u"\\")) {
            result.escape = value.at(0);
        }
    }
    *firstLine = number;
}

void buildStages(Dockerfile &result)
{
    for (int i = 0; i < result.instructions.size(); ++i) {
        const DockerInstruction &instruction = result.instructions.at(i);
        if (instruction.keyword == u"FROM") {
            DockerStage stage;
            stage.index = int(result.stages.size());
            stage.from = i;
            stage.last = i;
            const QStringList &words = instruction.words;
            if (!words.isEmpty())
                stage.image = words.first();
            if (words.size() >= 3 && words.at(1).compare(u"AS", Qt::CaseInsensitive) == 0)
                stage.name = words.at(2);
            result.stages.append(stage);
        } else if (!result.stages.isEmpty()) {
            result.stages.last().last = i;
        } else if (instruction.keyword == u"ARG") {
            for (const QString &word : instruction.words) {
                const qsizetype equals = word.indexOf(u'=');
                if (equals < 0)
                    result.globalArgs.insert(word, QString());
                else
                    result.globalArgs.insert(word.left(equals), word.mid(equals + 1));
            }
        }
    }
}

} // namespace

bool DockerInstruction::hasFlag(QStringView name) const
{
    for (const QString &flag : flags) {
        const QStringView option = QStringView(flag).sliced(2);
        if (option == name
            || (option.startsWith(name) && option.sliced(name.size()).startsWith(u'=')))
            return true;
    }
    return false;
}

QString DockerInstruction::flagValue(QStringView name) const
{
    for (const QString &flag : flags) {
        const QStringView option = QStringView(flag).sliced(2);
        if (option.startsWith(name) && option.sliced(name.size()).startsWith(u'='))
            return option.sliced(name.size() + 1).toString();
    }
    return {};
}

int Dockerfile::stageNamed(const QString &name, int before) const
{
    for (int i = 0; i < before && i < stages.size(); ++i) {
        if (!stages.at(i).name.isEmpty()
            && stages.at(i).name.compare(name, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

QString Dockerfile::resolvedImage(int stage, bool *complete) const
{
    const QString &image = stages.at(stage).image;
    *complete = !image.contains(u"{{") && !image.contains(u"{%");
    return DockerfileParser::expand(image, globalArgs, complete, escape);
}

QHash<QString, QString> Dockerfile::variablesAt(int stage, int before) const
{
    QHash<QString, QString> variables = globalArgs;
    const DockerStage &s = stages.at(stage);
    for (int i = s.from + 1; i < before && i <= s.last; ++i) {
        const DockerInstruction &instruction = instructions.at(i);
        if (instruction.keyword != u"ARG" && instruction.keyword != u"ENV")
            continue;
        for (const QString &word : instruction.words) {
            const qsizetype equals = word.indexOf(u'=');
            if (equals > 0)
                variables.insert(word.left(equals), word.mid(equals + 1));
        }
    }
    return variables;
}

int Dockerfile::lastInstruction(int stage, QStringView keyword) const
{
    const DockerStage &s = stages.at(stage);
    for (int i = s.last; i > s.from; --i) {
        if (instructions.at(i).keyword == keyword)
            return i;
    }
    return -1;
}

Dockerfile DockerfileParser::parse(const QString &text)
{
    Dockerfile result;
    const TextLines lines(text);
    int number = 1;
    readDirectives(lines, result, &number);

    for (; number <= lines.count(); ++number) {
        const QStringView first = lines.line(number);
        if (first.trimmed().isEmpty() || isComment(first))
            continue;
        DockerInstruction instruction;
        instruction.line = number;
        QString joined;
        QStringView body;
        QStringView line = first;
        while (continues(line, result.escape, &body) && number < lines.count()) {
            joined += body;
            // Comment and blank lines inside a continuation are dropped, as BuildKit does.
            do {
                ++number;
                line = lines.line(number);
            } while (number < lines.count() && (isComment(line) || line.trimmed().isEmpty()));
        }
        if (continues(line, result.escape, &body))
            line = body; // a continuation at the end of the file
        if (!isComment(line))
            joined += line;

        const QStringView trimmed = QStringView(joined).trimmed();
        const qsizetype space = std::distance(
                trimmed.begin(),
                std::find_if(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isSpace(); }));
        instruction.keyword = trimmed.left(space).toString().toUpper();
        instruction.arguments = trimmed.sliced(space).trimmed().toString();
        instruction.endLine = number;
        if (instruction.keyword == u"RUN" || instruction.keyword == u"COPY"
            || instruction.keyword == u"ADD") {
            number = readHeredocs(instruction, lines, number);
            instruction.endLine = number;
        }
        splitArguments(instruction, result.escape);
        result.instructions.append(instruction);
    }
    buildStages(result);
    return result;
}

QStringList DockerfileParser::splitWords(QStringView text, QChar escape)
{
    QStringList result;
    for (const Word &word : splitWithEnds(text, escape))
        result.append(word.text);
    return result;
}

QString DockerfileParser::expand(QStringView text,
                                 const QHash<QString, QString> &variables,
                                 bool *complete,
                                 QChar escape)
{
    QString result;
    const auto isNameChar = [](QChar c) {
        return c.isLetterOrNumber() || c == u'_';
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == escape && i + 1 < text.size() && text.at(i + 1) == u'$') {
            result.append(u'$');
            ++i;
            continue;
        }
        if (c != u'$' || i + 1 >= text.size()) {
            result.append(c);
            continue;
        }
        QString name;
        QString modifier;
        QString word;
        if (text.at(i + 1) == u'{') {
            const qsizetype close = text.indexOf(u'}', i + 2);
            if (close < 0) {
                result.append(text.sliced(i));
                break;
            }
            const QStringView inner = text.sliced(i + 2, close - i - 2);
            qsizetype n = 0;
            while (n < inner.size() && isNameChar(inner.at(n)))
                ++n;
            name = inner.left(n).toString();
            const QStringView tail = inner.sliced(n);
            if (tail.startsWith(u":-") || tail.startsWith(u":+")) {
                modifier = tail.left(2).toString();
                word = tail.sliced(2).toString();
            } else if (tail.startsWith(u'-') || tail.startsWith(u'+')) {
                modifier = tail.left(1).toString();
                word = tail.sliced(1).toString();
            }
            i = close;
        } else {
            qsizetype end = i + 1;
            while (end < text.size() && isNameChar(text.at(end)))
                ++end;
            if (end == i + 1) {
                result.append(c);
                continue;
            }
            name = text.sliced(i + 1, end - i - 1).toString();
            i = end - 1;
        }
        const auto it = variables.constFind(name);
        const bool set = it != variables.constEnd() && !it->isNull();
        const bool nonEmpty = set && !it->isEmpty();
        if (modifier == u":-" || modifier == u"-") {
            const bool useValue = modifier == u"-" ? set : nonEmpty;
            result.append(useValue ? *it : expand(word, variables, complete, escape));
        } else if (modifier == u":+" || modifier == u"+") {
            const bool useWord = modifier == u"+" ? set : nonEmpty;
            if (useWord)
                result.append(expand(word, variables, complete, escape));
        } else if (set) {
            result.append(*it);
        } else if (complete) {
            *complete = false;
        }
    }
    return result;
}

} // namespace greenlight
