#include "domain/BusinessCalendar.h"

#include <QTest>

using namespace bmp;

class TestCalendar : public QObject {
    Q_OBJECT
private slots:
    void easter_data();
    void easter();
    void holidays_data();
    void holidays();
    void holidayCountPerYear();
    void novemberTwentieth();
    void productionDay_data();
    void productionDay();
    void nextDays();
    void overrides();
    void regionsCanBeTurnedOff();
    void businessHours_data();
    void businessHours();
};

void TestCalendar::easter_data() {
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("expected");
    const QList<QPair<int, QDate>> known{
        {1818, {1818, 3, 22}}, {1943, {1943, 4, 25}}, {1954, {1954, 4, 18}}, {2000, {2000, 4, 23}},
        {2008, {2008, 3, 23}}, {2011, {2011, 4, 24}}, {2019, {2019, 4, 21}}, {2024, {2024, 3, 31}},
        {2025, {2025, 4, 20}}, {2026, {2026, 4, 5}},  {2027, {2027, 3, 28}}, {2028, {2028, 4, 16}},
        {2029, {2029, 4, 1}},  {2030, {2030, 4, 21}}, {2038, {2038, 4, 25}}, {2100, {2100, 3, 28}},
        {2285, {2285, 3, 22}},
    };
    for (const auto& [year, date] : known)
        QTest::newRow(qPrintable(QString::number(year))) << year << date;
}

void TestCalendar::easter() {
    QFETCH(int, year);
    QFETCH(QDate, expected);
    QCOMPARE(BusinessCalendar::easterSunday(year), expected);
    QCOMPARE(BusinessCalendar::easterSunday(year).dayOfWeek(), 7);
}

void TestCalendar::holidays_data() {
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("movable"); // Carnival Mon, Carnival Tue, Good Friday, Corpus Christi
    QTest::newRow("2024") << 2024 << QList<QDate>{{2024, 2, 12}, {2024, 2, 13}, {2024, 3, 29}, {2024, 5, 30}};
    QTest::newRow("2025") << 2025 << QList<QDate>{{2025, 3, 3}, {2025, 3, 4}, {2025, 4, 18}, {2025, 6, 19}};
    QTest::newRow("2026") << 2026 << QList<QDate>{{2026, 2, 16}, {2026, 2, 17}, {2026, 4, 3}, {2026, 6, 4}};
    QTest::newRow("2027") << 2027 << QList<QDate>{{2027, 2, 8}, {2027, 2, 9}, {2027, 3, 26}, {2027, 5, 27}};
    QTest::newRow("2028") << 2028 << QList<QDate>{{2028, 2, 28}, {2028, 2, 29}, {2028, 4, 14}, {2028, 6, 15}};
    QTest::newRow("2029") << 2029 << QList<QDate>{{2029, 2, 12}, {2029, 2, 13}, {2029, 3, 30}, {2029, 5, 31}};
    QTest::newRow("2030") << 2030 << QList<QDate>{{2030, 3, 4}, {2030, 3, 5}, {2030, 4, 19}, {2030, 6, 20}};
}

void TestCalendar::holidays() {
    QFETCH(int, year);
    QFETCH(QList<QDate>, movable);
    const BusinessCalendar cal;
    QList<QDate> expected = movable;
    for (auto [m, d] : QList<QPair<int, int>>{
             {1, 1}, {4, 21}, {5, 1}, {9, 7}, {10, 12}, {11, 2}, {11, 15}, {11, 20}, {12, 25}, {7, 9}, {1, 25}})
        expected.append(QDate(year, m, d));
    std::sort(expected.begin(), expected.end());
    QList<QDate> actual;
    for (const Holiday& h : cal.holidays(year)) {
        actual.append(h.date);
        QVERIFY2(!h.name.isEmpty(), "every holiday has a name");
        QVERIFY(h.scope == QLatin1String("national") || h.scope.startsWith(QLatin1String("sp-")));
    }
    QCOMPARE(actual, expected);
    QCOMPARE(cal.holidayOn(QDate(year, 7, 9))->scope, QStringLiteral("sp-state"));
    QCOMPARE(cal.holidayOn(QDate(year, 1, 25))->scope, QStringLiteral("sp-city"));
    QCOMPARE(cal.holidayOn(movable.at(2))->scope, QStringLiteral("national"));
}

void TestCalendar::holidayCountPerYear() {
    const BusinessCalendar cal;
    for (int y = 1990; y <= 2100; ++y) {
        const auto list = cal.holidays(y);
        // 8 fixed national, Nov 20 (national from 2024, São Paulo city before), 4 movable, Jul 9 and Jan 25.
        QCOMPARE(list.size(), 15);
        QSet<QDate> distinct;
        for (const Holiday& h : list)
            distinct.insert(h.date);
        const bool goodFridayOnTiradentes = BusinessCalendar::easterSunday(y).addDays(-2) == QDate(y, 4, 21);
        QCOMPARE(distinct.size(), goodFridayOnTiradentes ? 14 : 15);
        QVERIFY(std::is_sorted(list.begin(), list.end(), [](auto& a, auto& b) { return a.date < b.date; }));
    }
}

void TestCalendar::novemberTwentieth() {
    const BusinessCalendar cal;
    QCOMPARE(cal.holidayOn(QDate(2023, 11, 20))->scope, QStringLiteral("sp-city"));
    QCOMPARE(cal.holidayOn(QDate(2024, 11, 20))->scope, QStringLiteral("national"));
    const BusinessCalendar nationalOnly(CalendarRegions{false, false});
    QVERIFY(!nationalOnly.holidayOn(QDate(2023, 11, 20)));
    QVERIFY(nationalOnly.holidayOn(QDate(2024, 11, 20)));
}

void TestCalendar::productionDay_data() {
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("eligible");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("plain Thursday") << QDate(2026, 11, 26) << true << QStringList{};
    QTest::newRow("plain Monday") << QDate(2026, 11, 23) << true << QStringList{};
    QTest::newRow("Friday") << QDate(2026, 11, 27) << false << QStringList{u"friday"_qs};
    QTest::newRow("Saturday") << QDate(2026, 11, 28) << false << QStringList{u"weekend"_qs};
    QTest::newRow("Sunday") << QDate(2026, 11, 29) << false << QStringList{u"weekend"_qs};
    QTest::newRow("eve of Nov 20") << QDate(2026, 11, 19) << false << QStringList{u"eve-of-holiday"_qs};
    QTest::newRow("Nov 20 on a Friday") << QDate(2026, 11, 20) << false << QStringList{u"friday"_qs, u"holiday"_qs};
    QTest::newRow("Christmas Eve") << QDate(2026, 12, 24) << false << QStringList{u"eve-of-holiday"_qs};
    QTest::newRow("New Year's Eve") << QDate(2026, 12, 31) << false << QStringList{u"eve-of-holiday"_qs};
    QTest::newRow("Carnival Monday") << QDate(2027, 2, 8) << false << QStringList{u"holiday"_qs, u"eve-of-holiday"_qs};
    QTest::newRow("Carnival Tuesday") << QDate(2027, 2, 9) << false << QStringList{u"holiday"_qs};
    QTest::newRow("Ash Wednesday") << QDate(2027, 2, 10) << true << QStringList{};
    QTest::newRow("eve of Good Friday") << QDate(2027, 3, 25) << false << QStringList{u"eve-of-holiday"_qs};
    QTest::newRow("eve of Tiradentes") << QDate(2027, 4, 20) << false << QStringList{u"eve-of-holiday"_qs};
    QTest::newRow("eve of SP state day") << QDate(2026, 7, 8) << false << QStringList{u"eve-of-holiday"_qs};
    QTest::newRow("SP city day on Monday") << QDate(2027, 1, 25) << false << QStringList{u"holiday"_qs};
    QTest::newRow("Sunday before SP city day")
        << QDate(2027, 1, 24) << false << QStringList{u"weekend"_qs, u"eve-of-holiday"_qs};
    QTest::newRow("Corpus Christi Wed eve") << QDate(2027, 5, 26) << false << QStringList{u"eve-of-holiday"_qs};
    QTest::newRow("leap day 2028 (Carnival Tue)") << QDate(2028, 2, 29) << false << QStringList{u"holiday"_qs};
    QTest::newRow("year end Monday") << QDate(2029, 12, 31) << false << QStringList{u"eve-of-holiday"_qs};
}

void TestCalendar::productionDay() {
    QFETCH(QDate, date);
    QFETCH(bool, eligible);
    QFETCH(QStringList, codes);
    const BusinessCalendar cal;
    const DayCheck check = cal.checkProductionCredentialDay(date);
    QCOMPARE(check.eligible, eligible);
    QStringList actual;
    for (const DayReason& r : check.reasons) {
        actual.append(r.code);
        QVERIFY(!r.message.isEmpty());
    }
    QCOMPARE(actual, codes);
}

void TestCalendar::nextDays() {
    const BusinessCalendar cal;
    // From Thursday 2026-11-19 (eve of Nov 20): Nov 23, 24, 25, 26 (Mon–Thu), then Mon Nov 30.
    const QList<QDate> days = cal.nextProductionCredentialDays(QDate(2026, 11, 19), 5);
    QCOMPARE(days, (QList<QDate>{{2026, 11, 23}, {2026, 11, 24}, {2026, 11, 25}, {2026, 11, 26}, {2026, 11, 30}}));
    // Year end: Dec 24 and 31 are eves, Jan 1 a holiday.
    const QList<QDate> yearEnd = cal.nextProductionCredentialDays(QDate(2026, 12, 23), 4);
    QCOMPARE(yearEnd, (QList<QDate>{{2026, 12, 23}, {2026, 12, 28}, {2026, 12, 29}, {2026, 12, 30}}));
    QVERIFY(cal.nextProductionCredentialDays(QDate(), 3).isEmpty());
}

void TestCalendar::overrides() {
    const BusinessCalendar cal(
        {}, {{QDate(2026, 12, 1), true, QStringLiteral("Company retreat")}, {QDate(2026, 7, 9), false, {}}});
    QCOMPARE(cal.holidayOn(QDate(2026, 12, 1))->scope, QStringLiteral("custom"));
    QCOMPARE(cal.holidayOn(QDate(2026, 12, 1))->name, QStringLiteral("Company retreat"));
    QVERIFY(!cal.holidayOn(QDate(2026, 7, 9)));
    QVERIFY(cal.isProductionCredentialDay(QDate(2026, 7, 8)));
    QCOMPARE(cal.checkProductionCredentialDay(QDate(2026, 11, 30)).reasons.first().code, u"eve-of-holiday"_qs);
}

void TestCalendar::regionsCanBeTurnedOff() {
    const BusinessCalendar cal(CalendarRegions{false, false});
    QVERIFY(!cal.holidayOn(QDate(2026, 7, 9)));
    QVERIFY(!cal.holidayOn(QDate(2026, 1, 25)));
    QVERIFY(cal.isProductionCredentialDay(QDate(2026, 7, 8)));
}

void TestCalendar::businessHours_data() {
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<bool>("open");
    QTest::addColumn<QDateTime>("nextOpening");
    const QTimeZone sp = BusinessCalendar::saoPauloZone();
    const QDateTime thu9(QDate(2026, 11, 26), QTime(9, 0), sp);
    QTest::newRow("Thu 08:59") << QDateTime(QDate(2026, 11, 26), QTime(8, 59), sp) << false << thu9;
    QTest::newRow("Thu 09:00") << thu9 << true << thu9;
    QTest::newRow("Thu 17:59 UTC→14:59") << QDateTime(QDate(2026, 11, 26), QTime(17, 59), QTimeZone::utc()) << true
                                         << QDateTime(QDate(2026, 11, 26), QTime(17, 59), QTimeZone::utc());
    QTest::newRow("Thu 18:00") << QDateTime(QDate(2026, 11, 26), QTime(18, 0), sp) << false
                               << QDateTime(QDate(2026, 11, 27), QTime(9, 0), sp);
    QTest::newRow("Sat") << QDateTime(QDate(2026, 11, 28), QTime(11, 0), sp) << false
                         << QDateTime(QDate(2026, 11, 30), QTime(9, 0), sp);
    QTest::newRow("Fri Nov 20 holiday") << QDateTime(QDate(2026, 11, 20), QTime(10, 0), sp) << false
                                        << QDateTime(QDate(2026, 11, 23), QTime(9, 0), sp);
}

void TestCalendar::businessHours() {
    QFETCH(QDateTime, moment);
    QFETCH(bool, open);
    QFETCH(QDateTime, nextOpening);
    const BusinessCalendar cal;
    QCOMPARE(cal.isOpenAt(moment), open);
    QCOMPARE(cal.nextOpening(moment).toMSecsSinceEpoch(), nextOpening.toMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "TestCalendar.moc"
