#!/usr/bin/python3
"""Writes the project-file fixtures. Run once per new schema version and commit the outputs.

v1.bmpproj    a project as schema version 1 wrote it (kept forever: migrations must accept it)
v2.bmpproj    a project as schema version 2 wrote it: v1 plus calendar overrides and evidence
newer.bmpproj a project from a future version (user_version 99): must be refused untouched
foreign.sqlite  a SQLite database that is not a project
corrupt.bmpproj a project whose pages were overwritten: must be refused
notsqlite.bmpproj  a text file with the project suffix
"""
import os, random, sqlite3

APP_ID = 0x424D5031
here = os.path.dirname(os.path.abspath(__file__))

V1 = [
    "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS steps (step INTEGER PRIMARY KEY CHECK (step BETWEEN 1 AND 11), "
    "status TEXT NOT NULL DEFAULT 'not-started', owner TEXT NOT NULL DEFAULT '', "
    "planned_date TEXT, actual_date TEXT, notes TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS step_history (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "step INTEGER NOT NULL REFERENCES steps(step), from_status TEXT NOT NULL, "
    "to_status TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', changed_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS contacts (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "name TEXT NOT NULL, role TEXT NOT NULL DEFAULT '', side TEXT NOT NULL DEFAULT 'partner', "
    "email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
    "joined INTEGER NOT NULL DEFAULT 0)",
    "INSERT OR IGNORE INTO steps (step) VALUES (1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11)",
]

# The version-2 statements of app/storage/Schema.cpp, as that version wrote them.
V2 = [
    "CREATE TABLE IF NOT EXISTS calendar_overrides (date TEXT PRIMARY KEY, "
    "added INTEGER NOT NULL, name TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE IF NOT EXISTS evidence (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "at TEXT NOT NULL, environment TEXT NOT NULL, kind TEXT NOT NULL, method TEXT NOT NULL, "
    "url TEXT NOT NULL, status INTEGER, request TEXT NOT NULL DEFAULT '', "
    "response TEXT NOT NULL DEFAULT '', duration_ms INTEGER)",
    "CREATE INDEX IF NOT EXISTS evidence_env ON evidence (environment, id)",
]


def fresh(name):
    path = os.path.join(here, name)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    return path


def v1(name, contacts=3):
    path = fresh(name)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA application_id = {APP_ID}")
    for sql in V1:
        db.execute(sql)
    db.executemany("INSERT INTO settings VALUES (?, ?)", [
        ("partner", "Fintech Exemplo Ltda"), ("products", "caas,bureau"),
        ("channel.group_name", "BMP x Fintech Exemplo"),
        ("channel.invite_link", "https://chat.whatsapp.com/Ab12Cd34Ef56Gh78Ij90Kl"),
        ("created_at", "2026-01-05T12:00:00.000Z")])
    db.execute("UPDATE steps SET status='done', owner='Ana Souza', planned_date='2026-01-10', "
               "actual_date='2026-01-09', notes='Grupo criado' WHERE step=1")
    db.execute("UPDATE steps SET status='in-progress', planned_date='2026-01-20' WHERE step=2")
    db.execute("INSERT INTO step_history (step, from_status, to_status, note, changed_at) VALUES "
               "(1, 'not-started', 'done', 'group created', '2026-01-09T13:00:00.000Z')")
    for i in range(contacts):
        db.execute("INSERT INTO contacts (name, role, side, email, phone, joined) VALUES (?,?,?,?,?,?)",
                   (f"Pessoa {i} " + "x" * 200, "Dev", "partner", f"p{i}@exemplo.com.br", "+5511987654321", 1))
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    return path


v1("v1.bmpproj")


def v2(name):
    path = v1(name)
    db = sqlite3.connect(path)
    for sql in V2:
        db.execute(sql)
    db.execute("UPDATE steps SET status='done', actual_date='2026-01-21' WHERE step=2")
    db.execute("UPDATE steps SET status='in-progress', owner='Carlos Lima', planned_date='2026-02-02' WHERE step=3")
    db.executemany("INSERT INTO calendar_overrides (date, added, name) VALUES (?, ?, ?)", [
        ("2026-12-08", 1, "Festa local"), ("2026-07-09", 0, "")])
    db.executemany("INSERT INTO evidence (at, environment, kind, method, url, status, request, response, "
                   "duration_ms) VALUES (?,?,?,?,?,?,?,?,?)", [
        ("2026-02-03T14:00:01.250Z", "homologation", "token", "POST",
         "https://auth.moneyp.dev.br/connect/token", 200,
         "grant_type=client_credentials&client_assertion=[redacted]",
         '{"access_token":"[redacted]","expires_in":300,"token_type":"Bearer"}', 412),
        ("2026-02-03T14:02:10.000Z", "homologation", "proposal", "POST",
         "https://api.bmpdigital.moneyp.dev.br/Proposta/IncluirManualSimplificado", 400,
         '{"dto":{"vlrSolicitado":1000.0}}',
         '{"msg":"Erro","hasError":true,"messages":[{"code":"V0001"}]}', 230),
        ("2026-02-03T14:05:00.000Z", "homologation", "callback", "GET",
         "https://parceiro.example/cb?proposal=1&status=6", None, "", "", None),
    ])
    db.execute("PRAGMA user_version = 2")
    db.commit()
    db.close()
    return path


v2("v2.bmpproj")

path = fresh("newer.bmpproj")
db = sqlite3.connect(path)
db.execute(f"PRAGMA application_id = {APP_ID}")
db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
db.execute("CREATE TABLE future_things (x)")
db.execute("PRAGMA user_version = 99")
db.commit()
db.close()

path = fresh("foreign.sqlite")
db = sqlite3.connect(path)
db.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
db.execute("INSERT INTO moz_places (url) VALUES ('https://example.com')")
db.commit()
db.close()

path = v1("corrupt.bmpproj", contacts=400)
size = os.path.getsize(path)
random.seed(20261126)
with open(path, "r+b") as f:
    f.seek(4096 * 2)  # keep the header page, destroy the b-tree pages after it
    f.write(bytes(random.getrandbits(8) for _ in range(min(8192, size - 8192))))

with open(fresh("notsqlite.bmpproj"), "w") as f:
    f.write("This is not a project, just text with the project suffix.\n")

for name in ("v1.bmpproj", "v2.bmpproj", "newer.bmpproj", "foreign.sqlite", "corrupt.bmpproj", "notsqlite.bmpproj"):
    os.chmod(os.path.join(here, name), 0o644)
print("fixtures written")
