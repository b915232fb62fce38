#pragma once

#include <QCoreApplication>

class QWidget;

namespace greenlight {

// Help → About Greenlight: the version and the libraries it runs on (bug reports need them).
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::AboutBox)

public:
    static void show(QWidget *parent);
};

} // namespace greenlight
