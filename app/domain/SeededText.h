#pragma once

#include <QList>
#include <QString>

namespace bmp {

// Rows the application writes itself — the default BackOffice areas (step 9), the production procedures (step 10)
// and BMP's usual tests (step 8) — are stored with a stable key beside their text, and shown in the language of
// whoever reads them: a project seeded in English reads in Portuguese when opened in Portuguese, and its PDF in the
// report's language. Text the user typed, or a seeded row the user reworded, has no key and stays as typed.
// Schema version 9 gave the key to rows written before it whose text is a seeded text in English or Portuguese.
class SeededText {
public:
    enum class Kind { Area, Procedure, BmpTest };
    struct Entry {
        const char* key;    // stable, stored in the project's `seed` column
        const char* source; // English, translated in context(kind)
    };

    static const char* context(Kind kind);
    static QList<Entry> entries(Kind kind); // in seeding order
    static QStringList keys(Kind kind);
    // The English source of a key; nullptr when this version does not know the key.
    static const char* source(Kind kind, const QString& key);
    // The row as the user sees it: the seeded text in the application's language, or `stored` when the row has no
    // key (typed by the user) or a key this version does not know.
    static QString display(Kind kind, const QString& key, const QString& stored);
};

} // namespace bmp
