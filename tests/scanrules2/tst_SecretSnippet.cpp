#include <QTest>

#include "scan/secrets/SecretSnippet.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_SecretSnippet : public QObject
{
    Q_OBJECT

private slots:
    void masksTheLine();
    void masksEverySpanOnTheLine();
    void ignoresSpansOnOtherLines();
    void longLineIsCutAroundTheFinding();
    void utf8BeforeTheSecret();
    void column();
};

namespace {
std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), std::size_t(bytes.size())};
}
} // namespace

void tst_SecretSnippet::masksTheLine()
{
    const QByteArray text = "first\n    token = 'Oihw5dD4SEz6uhmX'   \nlast\n";
    const std::size_t at = std::size_t(text.indexOf("Oihw"));
    const QString snippet = SecretSnippet::build(view(text), at, {{at, 16}});
    QCOMPARE(snippet, u"token = 'Oihw************'"_s);
}

void tst_SecretSnippet::masksEverySpanOnTheLine()
{
    const QByteArray text = "a='Oihw5dD4SEz6uhmX' b='NAR961yQTXxIaJcx'";
    const std::size_t a = std::size_t(text.indexOf("Oihw"));
    const std::size_t b = std::size_t(text.indexOf("NAR9"));
    const QString snippet = SecretSnippet::build(view(text), a, {{a, 16}, {b, 16}});
    QCOMPARE(snippet, u"a='Oihw************' b='NAR9************'"_s);
}

void tst_SecretSnippet::ignoresSpansOnOtherLines()
{
    const QByteArray text = "x = 1\ny='Oihw5dD4SEz6uhmX'\n";
    const std::size_t at = std::size_t(text.indexOf("Oihw"));
    QCOMPARE(SecretSnippet::build(view(text), 0, {{at, 16}}), u"x = 1"_s);
}

void tst_SecretSnippet::longLineIsCutAroundTheFinding()
{
    const QByteArray text
            = QByteArray(5000, 'a') + " key='Oihw5dD4SEz6uhmX' " + QByteArray(5000, 'b');
    const std::size_t at = std::size_t(text.indexOf("Oihw"));
    const QString snippet = SecretSnippet::build(view(text), at, {{at, 16}});
    QVERIFY(snippet.size() <= SecretSnippet::MaxLength);
    QVERIFY(snippet.contains(u"key='Oihw************'"_s));
    QVERIFY(!snippet.contains(u"5dD4SEz6"_s));
}

void tst_SecretSnippet::utf8BeforeTheSecret()
{
    const QByteArray text = "mot_de_passe_été = 'Oihw5dD4SEz6uhmX'";
    const std::size_t at = std::size_t(text.indexOf("Oihw"));
    QCOMPARE(SecretSnippet::build(view(text), at, {{at, 16}}),
             QString::fromUtf8("mot_de_passe_été = 'Oihw************'"));
}

void tst_SecretSnippet::column()
{
    const QByteArray text = "ab\n\xc3\xa9t\xc3\xa9 = x";
    QCOMPARE(SecretSnippet::column(view(text), 0), 1);
    QCOMPARE(SecretSnippet::column(view(text), std::size_t(text.indexOf('x'))), 7);
}

QTEST_GUILESS_MAIN(tst_SecretSnippet)
#include "tst_SecretSnippet.moc"
