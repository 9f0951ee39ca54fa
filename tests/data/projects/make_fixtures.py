#!/usr/bin/python3
"""Writes the project-file fixtures. Run once per new schema version and commit the outputs.

v1.bmpproj    a project as schema version 1 wrote it (kept forever: migrations must accept it)
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

for name in ("v1.bmpproj", "newer.bmpproj", "foreign.sqlite", "corrupt.bmpproj", "notsqlite.bmpproj"):
    os.chmod(os.path.join(here, name), 0o644)
print("fixtures written")
