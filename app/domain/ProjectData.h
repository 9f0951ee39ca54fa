#pragma once

#include "core/Result.h"
#include "domain/BusinessCalendar.h"
#include "domain/Checklist.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace bmp {

struct StepState {
    StepId step = StepId::Channel;
    StepStatus status = StepStatus::NotStarted;
    QString owner;
    QDate planned;
    QDate actual;
    QString notes;
    // Team projects (docs/TEAM.md): a write names the version it was made on; a newer row refuses it.
    qint64 rowVersion = 0;
    QString updatedBy; // who wrote the row last (database role or login name); empty before schema 10
    QString updatedAt; // when, UTC ISO 8601
};

// An edit refused because someone else changed the step first: what the step holds now, who wrote it and when.
// An edit refused because a teammate changed the same thing first (a step, a participant or a calendar day).
struct StepConflict {
    enum class Kind { Step, Contact, CalendarDay, SignoffArea, Procedure, Environment, Api, BmpTest, Callback };
    StepId step = StepId::Channel; // the step the thing belongs to
    QString by;
    QDateTime at; // UTC
    Kind kind = Kind::Step;
    QString name; // what changed, by its name (participant, area, procedure, environment, API, test), or the day
};

// Where an edit that met a conflict goes: the project keeps "mine" (the edit again, over theirs) and asks the user.
using ConflictSink = std::function<void(const StepConflict& conflict, const std::function<Result<void>()>& mine)>;

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
    // Who saved it last and when (UTC, ISO); rowVersion counts the saves (an edit on an older copy is refused).
    qint64 rowVersion = 0;
    QString updatedBy = {};
    QString updatedAt = {};
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
