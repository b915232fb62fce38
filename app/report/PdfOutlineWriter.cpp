#include "PdfOutlineWriter.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

namespace greenlight {

namespace {

// Reads the few things the update needs from an unencrypted PDF with a classic xref table,
// which is what QPdfWriter writes.
class PdfFile
{
public:
    explicit PdfFile(const QByteArray &bytes)
        : m_bytes(bytes)
    {}

    QString parse()
    {
        const qsizetype startxref = m_bytes.lastIndexOf("startxref");
        if (startxref < 0)
            return QStringLiteral("no startxref");
        bool ok = false;
        m_xrefOffset = m_bytes.mid(startxref + 9, 24)
                               .trimmed()
                               .split('\n')
                               .value(0)
                               .trimmed()
                               .toLongLong(&ok);
        if (!ok || m_xrefOffset <= 0 || m_xrefOffset >= startxref)
            return QStringLiteral("bad startxref");
        if (!m_bytes.mid(m_xrefOffset, 4).startsWith("xref"))
            return QStringLiteral("no classic xref table");
        qsizetype pos = m_bytes.indexOf('\n', m_xrefOffset) + 1;
        while (pos > 0 && pos < m_bytes.size() && !m_bytes.mid(pos, 7).startsWith("trailer")) {
            const qsizetype eol = m_bytes.indexOf('\n', pos);
            const QList<QByteArray> header = m_bytes.mid(pos, eol - pos).trimmed().split(' ');
            if (eol < 0 || header.size() != 2)
                return QStringLiteral("bad xref subsection");
            const int first = header[0].toInt();
            const int count = header[1].toInt();
            pos = eol + 1;
            for (int i = 0; i < count; ++i, pos += 20) {
                const QByteArray entry = m_bytes.mid(pos, 20);
                if (entry.size() != 20)
                    return QStringLiteral("short xref entry");
                if (entry.at(17) == 'n')
                    m_offsets.insert(first + i, entry.left(10).toLongLong());
            }
        }
        if (pos <= 0 || pos >= m_bytes.size())
            return QStringLiteral("no trailer");
        const QByteArray trailer = m_bytes.mid(pos, startxref - pos);
        m_size = intAfter(trailer, "/Size");
        m_root = refAfter(trailer, "/Root");
        m_info = refAfter(trailer, "/Info");
        if (m_size <= 0 || m_root <= 0)
            return QStringLiteral("trailer without /Size or /Root");
        return {};
    }

    // The dictionary or array between "N 0 obj" and "endobj", trimmed; empty if absent.
    QByteArray object(int number) const
    {
        const qint64 offset = m_offsets.value(number, -1);
        if (offset < 0)
            return {};
        const QByteArray head = QByteArray::number(number) + " 0 obj";
        if (m_bytes.mid(offset, head.size()) != head)
            return {};
        const qsizetype end = m_bytes.indexOf("endobj", offset);
        if (end < 0)
            return {};
        return m_bytes.mid(offset + head.size(), end - offset - head.size()).trimmed();
    }

    static int intAfter(const QByteArray &text, const char *key)
    {
        const QRegularExpression re(QLatin1String(key) + QLatin1String("\\s+(\\d+)"));
        const auto match = re.match(QLatin1String(text));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    static int refAfter(const QByteArray &text, const char *key)
    {
        const QRegularExpression re(QLatin1String(key) + QLatin1String("\\s+(\\d+)\\s+0\\s+R"));
        const auto match = re.match(QLatin1String(text));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    qint64 xrefOffset() const { return m_xrefOffset; }
    int size() const { return m_size; }
    int root() const { return m_root; }
    int info() const { return m_info; }

private:
    const QByteArray &m_bytes;
    QHash<int, qint64> m_offsets;
    qint64 m_xrefOffset = 0;
    int m_size = 0;
    int m_root = 0;
    int m_info = -1;
};

QByteArray number(qreal value)
{
    return QByteArray::number(value, 'f', 2);
}

// A text string as UTF-16BE with a byte order mark, so any title survives.
QByteArray textString(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

QByteArray destination(int pageObject, qreal top)
{
    return "[" + QByteArray::number(pageObject) + " 0 R /XYZ 0 " + number(top) + " null]";
}

QByteArray withBeforeClose(const QByteArray &dictionary, const QByteArray &entries)
{
    const qsizetype close = dictionary.lastIndexOf(">>");
    return dictionary.left(close) + entries + "\n>>";
}

} // namespace

Result<void> PdfOutlineWriter::apply(QByteArray &pdf,
                                     const QList<Entry> &entries,
                                     const QList<Link> &links)
{
    auto fail = [](const QString &why) {
        return Error::make(Error::Code::Corrupt, QStringLiteral("PDF outline: %1").arg(why));
    };
    PdfFile file(pdf);
    if (const QString problem = file.parse(); !problem.isEmpty())
        return fail(problem);

    const QByteArray catalog = file.object(file.root());
    if (!catalog.startsWith("<<") || !catalog.endsWith(">>") || !catalog.contains("/Catalog")
        || catalog.contains("/Outlines")) {
        return fail(QStringLiteral("unexpected catalog"));
    }
    const QByteArray pagesTree = file.object(PdfFile::refAfter(catalog, "/Pages"));
    const qsizetype kidsStart = pagesTree.indexOf('[', pagesTree.indexOf("/Kids"));
    const qsizetype kidsEnd = pagesTree.indexOf(']', kidsStart);
    if (!pagesTree.contains("/Kids") || kidsStart < 0 || kidsEnd < 0)
        return fail(QStringLiteral("unexpected page tree"));
    QList<int> pages;
    static const QRegularExpression ref(QStringLiteral("(\\d+)\\s+0\\s+R"));
    const QString kids = QString::fromLatin1(pagesTree.mid(kidsStart + 1, kidsEnd - kidsStart - 1));
    for (auto it = ref.globalMatch(kids); it.hasNext();)
        pages.append(it.next().captured(1).toInt());
    // The heights turn "points from the top" into PDF's "from the bottom".
    QList<qreal> heights;
    static const QRegularExpression mediaBox(QStringLiteral(
            "/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)"));
    for (int page : std::as_const(pages)) {
        const auto match = mediaBox.match(QString::fromLatin1(file.object(page)));
        if (!match.hasMatch())
            return fail(QStringLiteral("page %1 has no media box").arg(page));
        heights.append(match.captured(4).toDouble());
    }
    auto pageRef = [&](int index) {
        return pages.value(index, -1);
    };
    for (const Entry &e : entries) {
        if (pageRef(e.page) < 0)
            return fail(QStringLiteral("bookmark to a missing page"));
    }
    for (const Link &l : links) {
        if (pageRef(l.page) < 0 || pageRef(l.targetPage) < 0)
            return fail(QStringLiteral("link on or to a missing page"));
    }

    // New objects are numbered from the old /Size on.
    QMap<int, QByteArray> objects;
    int next = file.size();
    const int outlineRoot = next++;
    QList<int> ids;
    for (int i = 0; i < entries.size(); ++i)
        ids.append(next++);
    QList<int> parents(entries.size(), outlineRoot);
    int lastTop = -1;
    for (int i = 0; i < entries.size(); ++i) {
        if (entries[i].level > 1 && lastTop >= 0)
            parents[i] = ids[lastTop];
        else
            lastTop = i;
    }
    auto children = [&](int parent) {
        QList<int> found;
        for (int i = 0; i < entries.size(); ++i) {
            if (parents[i] == parent)
                found.append(i);
        }
        return found;
    };
    auto linkSiblings = [&](int parent, QByteArray &dictionary) {
        const QList<int> kids = children(parent);
        if (kids.isEmpty())
            return;
        dictionary += "\n/First " + QByteArray::number(ids[kids.first()]) + " 0 R";
        dictionary += "\n/Last " + QByteArray::number(ids[kids.last()]) + " 0 R";
        dictionary += "\n/Count " + QByteArray::number(kids.size());
        for (int k = 0; k < kids.size(); ++k) {
            const int i = kids[k];
            const Entry &e = entries[i];
            QByteArray item = "<<\n/Title " + textString(e.title);
            item += "\n/Parent " + QByteArray::number(parent) + " 0 R";
            if (k > 0)
                item += "\n/Prev " + QByteArray::number(ids[kids[k - 1]]) + " 0 R";
            if (k + 1 < kids.size())
                item += "\n/Next " + QByteArray::number(ids[kids[k + 1]]) + " 0 R";
            item += "\n/Dest " + destination(pageRef(e.page), heights[e.page] - e.top);
            objects.insert(ids[i], item);
        }
    };
    QByteArray root = "<<\n/Type /Outlines";
    linkSiblings(outlineRoot, root);
    objects.insert(outlineRoot, root + "\n>>");
    for (int i = 0; i < entries.size(); ++i) {
        QByteArray &item = objects[ids[i]];
        linkSiblings(ids[i], item);
        item += "\n>>";
    }

    // Links: new annotation objects, added to their page's existing /Annots array.
    QMap<int, QList<int>> linksByAnnots;
    for (const Link &l : links) {
        const int annots = PdfFile::refAfter(file.object(pageRef(l.page)), "/Annots");
        if (annots < 0 || !file.object(annots).startsWith('['))
            return fail(QStringLiteral("page without an annotation array"));
        const qreal height = heights[l.page];
        const int id = next++;
        objects.insert(
                id,
                "<<\n/Type /Annot\n/Subtype /Link\n/Rect [" + number(l.area.left()) + ' '
                        + number(height - l.area.bottom()) + ' ' + number(l.area.right()) + ' '
                        + number(height - l.area.top()) + "]\n/Border [0 0 0]\n/Dest "
                        + destination(pageRef(l.targetPage), heights[l.targetPage] - l.targetTop)
                        + "\n>>");
        linksByAnnots[annots].append(id);
    }
    for (auto it = linksByAnnots.cbegin(); it != linksByAnnots.cend(); ++it) {
        QByteArray array = file.object(it.key());
        array.chop(1); // the closing ']'
        for (int id : it.value())
            array += ' ' + QByteArray::number(id) + " 0 R";
        objects.insert(it.key(), array + " ]");
    }
    objects.insert(file.root(),
                   withBeforeClose(catalog,
                                   "\n/Outlines " + QByteArray::number(outlineRoot)
                                           + " 0 R\n/PageMode /UseOutlines"));

    QByteArray update = "\n";
    QMap<int, qint64> offsets;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        offsets.insert(it.key(), pdf.size() + update.size());
        update += QByteArray::number(it.key()) + " 0 obj\n" + it.value() + "\nendobj\n";
    }
    const qint64 xref = pdf.size() + update.size();
    update += "xref\n";
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it) {
        update += QByteArray::number(it.key()) + " 1\n"
                  + QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n \n";
    }
    update += "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Root "
              + QByteArray::number(file.root()) + " 0 R\n";
    if (file.info() > 0)
        update += "/Info " + QByteArray::number(file.info()) + " 0 R\n";
    update += "/Prev " + QByteArray::number(file.xrefOffset()) + "\n>>\nstartxref\n"
              + QByteArray::number(xref) + "\n%%EOF\n";
    pdf += update;
    return {};
}

} // namespace greenlight
