#include <QTest>

#include "scan/secrets/Entropy.h"

using namespace greenlight;

class tst_Entropy : public QObject
{
    Q_OBJECT

private slots:
    void shannon_data();
    void shannon();
    void classes_data();
    void classes();
    void longestRun_data();
    void longestRun();
};

void tst_Entropy::shannon_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("empty") << QByteArray() << 0.0 << 0.0;
    QTest::newRow("one symbol") << QByteArray("aaaaaaaa") << 0.0 << 0.0;
    QTest::newRow("two even") << QByteArray("abababab") << 1.0 << 1.0;
    QTest::newRow("four even") << QByteArray("abcd") << 2.0 << 2.0;
    QTest::newRow("word") << QByteArray("password") << 2.7 << 2.8;
    QTest::newRow("snake identifier") << QByteArray("password_confirmation") << 3.3 << 3.7;
    QTest::newRow("random base62")
            << QByteArray("s1K5K5qNGfvJwm0LwbLUm0Nd96PBKVnL2GE+xTwO") << 4.5 << 5.3;
    QTest::newRow("hex sha256") << QByteArray(
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                                << 3.6 << 4.0;
}

void tst_Entropy::shannon()
{
    QFETCH(QByteArray, value);
    QFETCH(double, low);
    QFETCH(double, high);
    const double bits = Entropy::shannon(std::string_view(value.constData(), value.size()));
    QVERIFY2(bits >= low - 1e-9 && bits <= high + 1e-9, qPrintable(QString::number(bits)));
}

void tst_Entropy::classes_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("classes");
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("lower") << QByteArray("abc") << 1;
    QTest::newRow("lower upper") << QByteArray("abC") << 2;
    QTest::newRow("digits") << QByteArray("123") << 1;
    QTest::newRow("all four") << QByteArray("aB3$") << 4;
    QTest::newRow("non-ascii is other") << QByteArray("a\xc3\xa9") << 2;
}

void tst_Entropy::classes()
{
    QFETCH(QByteArray, value);
    QFETCH(int, classes);
    QCOMPARE(Entropy::characterClasses(std::string_view(value.constData(), value.size())), classes);
}

void tst_Entropy::longestRun_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("run");
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("single") << QByteArray("a") << 1;
    QTest::newRow("inner run") << QByteArray("abxxxxxc") << 5;
    QTest::newRow("end run") << QByteArray("ab****") << 4;
    QTest::newRow("none") << QByteArray("abcabc") << 1;
}

void tst_Entropy::longestRun()
{
    QFETCH(QByteArray, value);
    QFETCH(int, run);
    QCOMPARE(Entropy::longestRun(std::string_view(value.constData(), value.size())), run);
}

QTEST_GUILESS_MAIN(tst_Entropy)
#include "tst_Entropy.moc"
