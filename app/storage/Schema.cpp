#include "storage/Schema.h"

namespace bmp::storage {

const QList<Migration>& migrations() {
    static const QList<Migration> list{
        {1,
         {
             QStringLiteral("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS steps (step INTEGER PRIMARY KEY CHECK (step BETWEEN 1 AND 11), "
                            "status TEXT NOT NULL DEFAULT 'not-started', owner TEXT NOT NULL DEFAULT '', "
                            "planned_date TEXT, actual_date TEXT, notes TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS step_history (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                            "step INTEGER NOT NULL REFERENCES steps(step), from_status TEXT NOT NULL, "
                            "to_status TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', changed_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS contacts (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                            "name TEXT NOT NULL, role TEXT NOT NULL DEFAULT '', side TEXT NOT NULL DEFAULT 'partner', "
                            "email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
                            "joined INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("INSERT OR IGNORE INTO steps (step) VALUES (1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11)"),
         }},
        {2,
         {
             QStringLiteral("CREATE TABLE IF NOT EXISTS calendar_overrides (date TEXT PRIMARY KEY, "
                            "added INTEGER NOT NULL, name TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS evidence (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                            "at TEXT NOT NULL, environment TEXT NOT NULL, kind TEXT NOT NULL, method TEXT NOT NULL, "
                            "url TEXT NOT NULL, status INTEGER, request TEXT NOT NULL DEFAULT '', "
                            "response TEXT NOT NULL DEFAULT '', duration_ms INTEGER)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS evidence_env ON evidence (environment, id)"),
         }},
        // Steps 9-11. Settings keys added with it: accreditation.release_date, delivery.go_live_date,
        // delivery.final_summary, signoff.seeded (the default areas and procedures were written once).
        {3,
         {
             QStringLiteral("CREATE TABLE IF NOT EXISTS signoff_areas (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                            "position INTEGER NOT NULL, name TEXT NOT NULL, approver TEXT NOT NULL DEFAULT '', "
                            "decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN "
                            "('pending', 'approved', 'approved-with-remarks', 'rejected')), "
                            "decided_on TEXT, comments TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS accreditation_procedures (id INTEGER PRIMARY KEY "
                            "AUTOINCREMENT, position INTEGER NOT NULL, text TEXT NOT NULL, "
                            "done INTEGER NOT NULL DEFAULT 0)"),
         }},
        {4,
         {
             QStringLiteral("CREATE TABLE IF NOT EXISTS environments (name TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                            "token_url TEXT NOT NULL DEFAULT '', api_url TEXT NOT NULL DEFAULT '', "
                            "key_url TEXT NOT NULL DEFAULT '', client_id TEXT NOT NULL DEFAULT '', "
                            "scope TEXT NOT NULL DEFAULT 'bmp.digital.api.full.access', "
                            "rate_limit REAL NOT NULL DEFAULT 1, ca_bundle TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("INSERT OR IGNORE INTO environments (name, kind) VALUES ('practice', 'practice')"),
             QStringLiteral("INSERT OR IGNORE INTO environments (name, kind, token_url, api_url) VALUES "
                            "('homologation', 'homologation', 'https://auth.moneyp.dev.br/connect/token', "
                            "'https://api.bmpdigital.moneyp.dev.br')"),
             QStringLiteral("INSERT OR IGNORE INTO environments (name, kind, token_url, api_url) VALUES "
                            "('production', 'production', 'https://auth.moneyp.com.br/connect/token', "
                            "'https://api.bmpdigital.moneyp.com.br')"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS keys (environment TEXT PRIMARY KEY "
                            "REFERENCES environments(name) ON DELETE CASCADE, encrypted_pem TEXT NOT NULL, "
                            "public_pem TEXT NOT NULL, bits INTEGER NOT NULL, fingerprint TEXT NOT NULL, "
                            "thumbprint TEXT NOT NULL, source TEXT NOT NULL, created_at TEXT NOT NULL, "
                            "registered_at TEXT, registration_route TEXT NOT NULL DEFAULT '', "
                            "ticket_ref TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS token_tests (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                            "environment TEXT NOT NULL, at TEXT NOT NULL, ok INTEGER NOT NULL, "
                            "http_status INTEGER NOT NULL DEFAULT 0, token_type TEXT NOT NULL DEFAULT '', "
                            "scope TEXT NOT NULL DEFAULT '', expires_in INTEGER NOT NULL DEFAULT 0, "
                            "error TEXT NOT NULL DEFAULT '')"),
         }},
    };
    return list;
}

int currentSchemaVersion() {
    return migrations().last().version;
}

} // namespace bmp::storage
