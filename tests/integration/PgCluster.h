#pragma once

// A throwaway PostgreSQL cluster for the team-project tests: initdb and pg_ctl from Debian's postgresql package in a
// temporary directory, listening on a Unix socket only (no TCP port to collide with, nothing reachable from outside).
// Real server, real roles, real LISTEN/NOTIFY — never a mock. As root (CI), the server runs as the postgres user,
// since PostgreSQL refuses to run as root.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <unistd.h>

class PgCluster {
public:
    ~PgCluster() { stop(); }
    // Tests run without fsync (speed); benchmarks compare durable writes with durable writes.
    void setDurable(bool durable) { m_durable = durable; }

    // Empty on success, otherwise why the cluster could not start.
    QString start() {
        m_bin = findBin();
        if (m_bin.isEmpty())
            return QStringLiteral("PostgreSQL's server programs are not installed (apt-get install postgresql; "
                                  "scripts/test installs it)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory");
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                                QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        QDir(m_dir.path()).mkpath(QStringLiteral("sock"));
        if (::geteuid() == 0) {
            // The server's files belong to the postgres user, who must also reach the socket directory.
            if (QProcess::execute(QStringLiteral("chown"),
                                  {QStringLiteral("postgres"), m_dir.filePath(QStringLiteral("sock"))}) != 0)
                return QStringLiteral("cannot give the socket directory to the postgres user");
            QDir(m_dir.path()).mkpath(QStringLiteral("data"));
            QProcess::execute(QStringLiteral("chown"),
                              {QStringLiteral("postgres"), m_dir.filePath(QStringLiteral("data"))});
        }
        QString out;
        if (!runServerTool(QStringLiteral("initdb"),
                           {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), owner(), QStringLiteral("-A"),
                            QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                            QStringLiteral("--no-sync"), QStringLiteral("--locale=C.UTF-8")},
                           &out))
            return QStringLiteral("initdb failed: ") + out;
        if (!startServer(&out))
            return QStringLiteral("pg_ctl start failed: ") + out;
        m_started = true;
        return {};
    }

    bool startServer(QString* out = nullptr) {
        return runServerTool(QStringLiteral("pg_ctl"),
                             {QStringLiteral("-D"), dataDir(), QStringLiteral("-w"), QStringLiteral("-l"),
                              m_dir.filePath(QStringLiteral("sock/server.log")), QStringLiteral("-o"),
                              QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c fsync=%3")
                                  .arg(socketDir())
                                  .arg(kPort)
                                  .arg(m_durable ? QStringLiteral("on") : QStringLiteral("off")),
                              QStringLiteral("start")},
                             out);
    }
    bool stopServer(const QString& mode = QStringLiteral("fast")) {
        return runServerTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-w"),
                                                        QStringLiteral("-m"), mode, QStringLiteral("stop")});
    }
    void stop() {
        if (m_started)
            stopServer(QStringLiteral("immediate"));
        m_started = false;
    }

    // The address a client opens: the user's own role, the socket of this cluster.
    QString address(const QString& user, const QString& database) const {
        return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(user, database, socketDir()).arg(kPort);
    }

    // Runs SQL as role (default: the cluster's owner) on database; returns psql's exit code, its output in out.
    int psql(const QString& sql, QString* out = nullptr, const QString& database = QStringLiteral("postgres"),
             const QString& role = QString()) const {
        return run(m_bin + QStringLiteral("/psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                    QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), socketDir(),
                    QStringLiteral("-p"), QString::number(kPort), QStringLiteral("-U"), role.isEmpty() ? owner() : role,
                    QStringLiteral("-d"), database, QStringLiteral("-c"), sql},
                   out);
    }
    // The people of a test, one login role each; with team, a group role they all belong to. Empty on success.
    QString createPeople(const QStringList& people, const QString& team = {}) const {
        QString sql;
        for (const QString& person : people)
            sql += QStringLiteral("CREATE ROLE %1 LOGIN; ").arg(person);
        if (!team.isEmpty())
            sql += QStringLiteral("CREATE ROLE %1; GRANT %1 TO %2;").arg(team, people.join(QStringLiteral(", ")));
        QString out;
        return psql(sql, &out) == 0 ? QString() : out;
    }
    // A new database the owner role owns (where that person shares a project). Empty on success.
    QString createDatabase(const QString& database, const QString& ownerRole) const {
        QString out;
        return psql(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database, ownerRole), &out) == 0 ? QString()
                                                                                                       : out;
    }

    // Everything the server holds for database, as pg_dump writes it.
    QString dump(const QString& database) const {
        QString out;
        run(m_bin + QStringLiteral("/pg_dump"),
            {QStringLiteral("-h"), socketDir(), QStringLiteral("-p"), QString::number(kPort), QStringLiteral("-U"),
             owner(), database},
            &out);
        return out;
    }

    // Puts an authentication rule before the cluster's own (trust for everyone) and reloads the server.
    bool setHbaFirstLine(const QString& line) {
        QFile hba(dataDir() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::ReadOnly))
            return false;
        const QByteArray rest = hba.readAll();
        hba.close();
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        hba.write(line.toUtf8() + '\n' + rest);
        hba.close();
        return runServerTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("reload")});
    }

    static QString owner() { return QStringLiteral("bmp_owner"); }

private:
    static constexpr int kPort = 5432; // names the socket file only: no TCP listener

    static QString findBin() {
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString& v : versions) {
            const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
            if (QFile::exists(bin + QStringLiteral("/initdb")))
                return bin;
        }
        return {};
    }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString socketDir() const { return m_dir.filePath(QStringLiteral("sock")); }

    bool runServerTool(const QString& tool, const QStringList& args, QString* out = nullptr) const {
        if (::geteuid() == 0) {
            return run(QStringLiteral("runuser"),
                       QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                                   m_bin + u'/' + tool} +
                           args,
                       out) == 0;
        }
        return run(m_bin + u'/' + tool, args, out) == 0;
    }
    static int run(const QString& program, const QStringList& args, QString* out) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            if (out)
                *out = QStringLiteral("timed out");
            return -1;
        }
        if (out)
            *out = QString::fromUtf8(p.readAll()).trimmed();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    bool m_started = false;
    bool m_durable = false;
};
