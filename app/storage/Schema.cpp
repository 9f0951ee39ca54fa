#include "storage/Schema.h"

namespace bmp::storage {

namespace {

// Migration 9: the texts that versions before it seeded (in English or in Brazilian Portuguese, whichever language
// opened the project first), frozen here as they were written: key, then every text that means it.
struct SeededRows {
    const char* table;
    const char* column;
    QList<QStringList> keyAndTexts;
};

const QList<SeededRows>& seededBeforeKeys() {
    static const QList<SeededRows> rows{
        {"signoff_areas",
         "name",
         {{QStringLiteral("operations"), QStringLiteral("Operations"), QStringLiteral("Operações")},
          {QStringLiteral("credit-risk"), QStringLiteral("Credit/Risk"), QStringLiteral("Crédito/Risco")},
          {QStringLiteral("compliance-aml"), QStringLiteral("Compliance/AML"), QStringLiteral("Compliance/PLD")},
          {QStringLiteral("legal"), QStringLiteral("Legal"), QStringLiteral("Jurídico")},
          {QStringLiteral("finance-treasury"), QStringLiteral("Finance/Treasury"),
           QStringLiteral("Financeiro/Tesouraria")},
          {QStringLiteral("technology-security"), QStringLiteral("Technology/Security"),
           QStringLiteral("Tecnologia/Segurança")}}},
        {"accreditation_procedures",
         "text",
         {{QStringLiteral("production-key"),
           QStringLiteral("Generate the production key pair (distinct from the homologation key)."),
           QStringLiteral("Gerar o par de chaves de produção (diferente da chave de homologação).")},
          {QStringLiteral("register-key"),
           QStringLiteral("Register the production public key with BMP (reply to the ticket with the public key "
                          "only, no CC)."),
           QStringLiteral("Cadastrar a chave pública de produção na BMP (responder ao chamado somente com a chave "
                          "pública, sem CC).")},
          {QStringLiteral("client-id"), QStringLiteral("Receive the production client_id and the production URLs."),
           QStringLiteral("Receber o client_id e as URLs de produção.")},
          {QStringLiteral("callback"), QStringLiteral("Configure the production callback URL and its authentication."),
           QStringLiteral("Configurar a URL de callback de produção e a sua autenticação.")},
          {QStringLiteral("pacing"), QStringLiteral("Pace production calls at 1 request per second on your side."),
           QStringLiteral("Limitar do seu lado as chamadas de produção a 1 requisição por segundo.")},
          {QStringLiteral("release-date"),
           QStringLiteral("Agree the credential release date with BMP (Monday to Thursday, not on or before a "
                          "holiday)."),
           QStringLiteral("Combinar com a BMP a data de liberação das credenciais (de segunda a quinta, nem em "
                          "feriado nem na véspera).")},
          {QStringLiteral("on-call"),
           QStringLiteral("Name who is on call during the go-live and share it in the project group."),
           QStringLiteral("Definir quem fica de plantão no go-live e avisar no grupo do projeto.")}}},
        {"bmp_tests",
         "name",
         {{QStringLiteral("proposal-a"), QStringLiteral("Proposal A: payment failure and bank-details fix"),
           QStringLiteral("Proposta A: falha de pagamento e correção dos dados bancários")},
          {QStringLiteral("proposal-b"), QStringLiteral("Proposal B: finalized proposal reviewed"),
           QStringLiteral("Proposta B: proposta finalizada conferida")},
          {QStringLiteral("proposal-c"), QStringLiteral("Proposal C: released proposal paid"),
           QStringLiteral("Proposta C: proposta liberada e paga")},
          {QStringLiteral("calculation"), QStringLiteral("Calculation report checked against BMP's simulation"),
           QStringLiteral("Memória de cálculo conferida com a simulação do BMP"),
           QStringLiteral("Memória de cálculo conferida com a simulação da BMP")},
          {QStringLiteral("callbacks"), QStringLiteral("Status callbacks received by the partner"),
           QStringLiteral("Callbacks de status recebidos pelo parceiro")},
          {QStringLiteral("rate-limit"), QStringLiteral("Rate limit respected (1 request/second)"),
           QStringLiteral("Limite de requisições respeitado (1 por segundo)")}}},
    };
    return rows;
}

QString sqlText(const QString& text) {
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

// ALTER TABLE … ADD COLUMN seed, then one UPDATE per table giving the key to rows still without one whose text is
// one of the frozen texts (safe to run again: a row with a key is left alone).
QStringList seedKeyStatements() {
    QStringList out;
    for (const SeededRows& t : seededBeforeKeys()) {
        const QString table = QString::fromLatin1(t.table);
        const QString column = QString::fromLatin1(t.column);
        out.append(QStringLiteral("ALTER TABLE %1 ADD COLUMN seed TEXT NOT NULL DEFAULT ''").arg(table));
        QString cases;
        for (const QStringList& row : t.keyAndTexts) {
            for (qsizetype i = 1; i < row.size(); ++i)
                cases += QStringLiteral(" WHEN %1 THEN %2").arg(sqlText(row.at(i)), sqlText(row.first()));
        }
        out.append(QStringLiteral("UPDATE %1 SET seed = COALESCE(CASE %2%3 END, '') WHERE seed = ''")
                       .arg(table, column, cases));
    }
    return out;
}

} // namespace

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
        // 5 is another branch's; 6: step 6 (APIs, callbacks), step 7 (proposals) and step 8 (BMP's tests).
        {6,
         {
             QStringLiteral("CREATE TABLE IF NOT EXISTS proposal_scenarios (scenario TEXT PRIMARY KEY, "
                            "data TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS proposal_runs (environment TEXT NOT NULL, "
                            "scenario TEXT NOT NULL, codigo_operacao TEXT NOT NULL DEFAULT '', "
                            "codigo_proposta TEXT NOT NULL DEFAULT '', numero_proposta INTEGER NOT NULL DEFAULT 0, "
                            "status INTEGER NOT NULL DEFAULT -1, step TEXT NOT NULL DEFAULT '', "
                            "state TEXT NOT NULL DEFAULT 'idle', last_error TEXT NOT NULL DEFAULT '', "
                            "payment_text TEXT NOT NULL DEFAULT '', simulation TEXT NOT NULL DEFAULT '', "
                            "inputs TEXT NOT NULL DEFAULT '', pending_call TEXT NOT NULL DEFAULT '', "
                            "pending_key TEXT NOT NULL DEFAULT '', pending_body TEXT NOT NULL DEFAULT '', "
                            "requests INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL DEFAULT '', "
                            "PRIMARY KEY (environment, scenario))"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS proposal_status_history (id INTEGER PRIMARY KEY "
                            "AUTOINCREMENT, environment TEXT NOT NULL, scenario TEXT NOT NULL, "
                            "codigo_proposta TEXT NOT NULL DEFAULT '', status INTEGER NOT NULL, "
                            "source TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS proposal_status_history_run ON proposal_status_history "
                            "(environment, scenario, id)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS proposal_evidence (environment TEXT NOT NULL, "
                            "scenario TEXT NOT NULL, evidence_id INTEGER NOT NULL REFERENCES evidence(id) "
                            "ON DELETE CASCADE, call TEXT NOT NULL DEFAULT '', "
                            "PRIMARY KEY (environment, scenario, evidence_id))"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS callback_configs (environment TEXT PRIMARY KEY, "
                            "url TEXT NOT NULL DEFAULT '', method TEXT NOT NULL DEFAULT 'POST', "
                            "auth_type TEXT NOT NULL DEFAULT 'none', auth_header TEXT NOT NULL DEFAULT '', "
                            "secret TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS api_checklist (api TEXT PRIMARY KEY, "
                            "status TEXT NOT NULL DEFAULT 'not-started', notes TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS bmp_tests (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                            "name TEXT NOT NULL, ran_on TEXT NOT NULL DEFAULT '', "
                            "result TEXT NOT NULL DEFAULT 'pending', finding TEXT NOT NULL DEFAULT '', "
                            "resolution TEXT NOT NULL DEFAULT '')"),
         }},
        // 7: BMP's documented proposal flow (docs/BMP-API.md): the borrower's person and address are two calls,
        // the signature (IncluirAssinaturaCCBFinalizada) comes before Finalizar unless BMP waived it for the
        // environment. Runs saved mid-flow resume on the new flow: a run without a proposal starts again at the
        // borrower (an include that did run is found again by its codigoOperacao), a run waiting to finalize
        // asks BMP for the proposal's status first (then signs if it has to), and calls whose body changed shape
        // are rebuilt (they create nothing twice: person, address and bank details are updates).
        {7,
         {
             QStringLiteral("ALTER TABLE proposal_runs ADD COLUMN simulated_on TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE proposal_runs ADD COLUMN signed_at TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE environments ADD COLUMN signature_waived INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("UPDATE proposal_runs SET step = 'person', pending_call = '', pending_key = '', "
                            "pending_body = '' WHERE codigo_proposta = '' AND step IN ('register', 'include')"),
             QStringLiteral("UPDATE proposal_runs SET step = 'locate', pending_call = '', pending_key = '', "
                            "pending_body = '' WHERE codigo_proposta <> '' AND step = 'finalize'"),
             QStringLiteral("UPDATE proposal_runs SET pending_call = '', pending_key = '', pending_body = '' "
                            "WHERE pending_call IN ('IncluirAlterar', 'AtualizarContaPagamento')"),
         }},
        // 8: who changed a step's status, and whether "done" was an override of the step's rule (its note is
        // then the reason): both shown on the overview and in the signoff report.
        {8,
         {
             QStringLiteral("ALTER TABLE step_history ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE step_history ADD COLUMN override INTEGER NOT NULL DEFAULT 0"),
         }},
        // 9: rows the application seeded (BackOffice areas, production procedures, BMP's usual tests) carry a key
        // and are shown in the reader's language (domain/SeededText.h); rows the user typed keep seed = ''.
        {9, seedKeyStatements()},
        // 10: team projects (docs/TEAM.md). Steps and signoff areas carry a row version, who wrote them and when
        // (project settings say who and when; they are saved over the value the copy read),
        // so that an edit made on a stale copy is refused instead of overwriting someone else's; an area may name
        // the one database role that records its decision; a key row says whose machine holds its private half
        // (a shared project stores public material only).
        {10,
         {
             QStringLiteral("ALTER TABLE steps ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE steps ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE steps ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE signoff_areas ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE signoff_areas ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE signoff_areas ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE signoff_areas ADD COLUMN signer TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE keys ADD COLUMN holder TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE settings ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE settings ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''"),
         }},
        // 11: the participants of step 1, the environment profiles, step 6's API checklist and callbacks, step 8's
        // BMP tests, the calendar's own days and step 10's production procedures carry a row version and who/when,
        // like steps: a teammate's newer edit of the same row is never overwritten (docs/TEAM.md).
        {11,
         {
             QStringLiteral("ALTER TABLE contacts ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE contacts ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE contacts ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE calendar_overrides ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE calendar_overrides ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE calendar_overrides ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE accreditation_procedures ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE accreditation_procedures ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE accreditation_procedures ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE environments ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE environments ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE environments ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE api_checklist ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE api_checklist ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE api_checklist ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE bmp_tests ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE bmp_tests ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE bmp_tests ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE callback_configs ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE callback_configs ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"),
             // Rows saved before: version 1, since an editor's 0 means "no row yet" for these tables.
             QStringLiteral("UPDATE api_checklist SET row_version = 1 WHERE row_version = 0"),
             QStringLiteral("UPDATE callback_configs SET row_version = 1 WHERE row_version = 0"),
         }},
    };
    return list;
}

int currentSchemaVersion() {
    return migrations().last().version;
}

} // namespace bmp::storage
