#include "BinaryFileTypes.h"

#include <QSet>
#include <QString>

using namespace Qt::StringLiterals;

namespace greenlight::BinaryFileTypes {

bool isBinaryName(QStringView fileName)
{
    static const QSet<QString> extensions
            = {u"png"_s,  u"jpg"_s,   u"jpeg"_s,  u"gif"_s, u"bmp"_s, u"ico"_s,    u"webp"_s,
               u"tif"_s,  u"tiff"_s,  u"psd"_s,   u"svg"_s, u"pdf"_s, u"zip"_s,    u"gz"_s,
               u"tgz"_s,  u"bz2"_s,   u"xz"_s,    u"zst"_s, u"7z"_s,  u"rar"_s,    u"tar"_s,
               u"jar"_s,  u"war"_s,   u"ear"_s,   u"whl"_s, u"egg"_s, u"class"_s,  u"so"_s,
               u"dll"_s,  u"dylib"_s, u"exe"_s,   u"o"_s,   u"a"_s,   u"lib"_s,    u"pyc"_s,
               u"pyo"_s,  u"woff"_s,  u"woff2"_s, u"ttf"_s, u"otf"_s, u"eot"_s,    u"mp3"_s,
               u"mp4"_s,  u"wav"_s,   u"ogg"_s,   u"avi"_s, u"mov"_s, u"mkv"_s,    u"webm"_s,
               u"flac"_s, u"iso"_s,   u"img"_s,   u"bin"_s, u"db"_s,  u"sqlite"_s, u"sqlite3"_s,
               u"wasm"_s, u"ipynb"_s};
    const qsizetype dot = fileName.lastIndexOf(u'.');
    return dot > 0 && extensions.contains(fileName.mid(dot + 1).toString().toLower());
}

} // namespace greenlight::BinaryFileTypes
