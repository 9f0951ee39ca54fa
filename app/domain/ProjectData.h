#pragma once

#include "domain/BusinessCalendar.h"
#include "domain/Checklist.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace bmp {

struct StepState {
    StepId step = StepId::Channel;
    StepStatus status = StepStatus::NotStarted;
    QString owner;
    QDate planned;
    QDate actual;
    QString notes;
};

struct StatusChange {
    StepId step = StepId::Channel;
    StepStatus from = StepStatus::NotStarted;
    StepStatus to = StepStatus::NotStarted;
    QString note;
    QDateTime at;          // UTC
    QString by;            // who made the change (login name); empty in history written before schema 8
    bool override = false; // marked done while the step's own rule did not hold: `note` is the reason
};

enum class Side { Partner, Bmp };

struct Contact {
    qint64 id = 0;
    QString name;
    QString role;
    Side side = Side::Partner;
    QString email;
    QString phone; // E.164
    bool joined = false;
};

struct ChannelInfo {
    QString groupName;
    QString inviteLink;
};

struct ScopeInfo {
    QList<Product> products;
    QStringList apis;
    bool partnerComputesLoan = false;
    QDate alignmentMeeting;
    bool alignmentHeld = false;
};

} // namespace bmp
