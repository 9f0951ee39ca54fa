<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Checklist</name>
    <message>
        <source>Communication channel</source>
        <translation>Canal de comunicação</translation>
    </message>
    <message>
        <source>Project scope</source>
        <translation>Escopo do projeto</translation>
    </message>
    <message>
        <source>Public key registration</source>
        <translation>Cadastro da chave pública</translation>
    </message>
    <message>
        <source>Approval credentials</source>
        <translation>Credenciais de homologação</translation>
    </message>
    <message>
        <source>JWT and token</source>
        <translation>JWT e token</translation>
    </message>
    <message>
        <source>External development</source>
        <translation>Desenvolvimento externo</translation>
    </message>
    <message>
        <source>Test proposals</source>
        <translation>Propostas de teste</translation>
    </message>
    <message>
        <source>Internal BMP approval</source>
        <translation>Homologação interna BMP</translation>
    </message>
    <message>
        <source>Signoff</source>
        <translation>Signoff</translation>
    </message>
    <message>
        <source>Production accreditation</source>
        <translation>Credenciamento de produção</translation>
    </message>
    <message>
        <source>Production delivery</source>
        <translation>Entrega de produção</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>CaaS (credit as a service)</source>
        <translation>CaaS (crédito como serviço)</translation>
    </message>
    <message>
        <source>FGTS</source>
        <translation>FGTS</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>E-Consignado</source>
        <translation>E-Consignado</translation>
    </message>
    <message>
        <source>BMP adds your team to a project group (WhatsApp) with everyone involved. All project communication goes through this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a scope alignment meeting BMP presents its APIs and use cases and the schedule is agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You create an RSA key pair and register its public key with BMP. BMP answers with the client_id of your homologation access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMP delivers the homologation (approval) credentials: the client_id and the URLs to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sign JWT client assertions with your private key and exchange them for access tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You integrate your systems with the BMP APIs in scope, including the status callbacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You send three test proposals: finalized with incorrect disbursement details, finalized with correct details, and released with correct details — plus a calculation report when you compute the loan yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMP runs its own homologation tests on your integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every BackOffice area involved gives its final approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production is prepared and approved: a production key, distinct from the homologation one, and production credentials, released only on eligible days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMP delivers the production environment and you go live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group name, a valid WhatsApp invite link and the participants from both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The products and APIs in scope, the alignment meeting date and a planned date for every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RSA key (2048 bits as BMP asks), its public key sent to BMP, and the client_id received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client_id, scope, token URL and API URL of each environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed assertion accepted by the token endpoint and an access token received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every API in scope integrated and the callback URL configured per environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three proposals reaching their target statuses, with their evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMP&apos;s test results and the resolution of every finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approval from every BackOffice area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production key, the production procedures and an eligible release date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production credentials, a successful token smoke test and the go-live date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All communication goes through the project WhatsApp group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMP business hours: 09:00–18:00, Monday to Friday (São Paulo time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production credentials are never released on a Friday nor on the day before a holiday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production rate limit: 1 request per second.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signoff</name>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Approved with remarks</source>
        <translation>Aprovado com ressalvas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Reprovado</translation>
    </message>
</context>
<context>
    <name>SignoffReport</name>
    <message>
        <source>Production signoff report — %1</source>
        <translation>Relatório de signoff para produção — %1</translation>
    </message>
    <message>
        <source>Generated on %1 (São Paulo time) by BMP Onboarding %2</source>
        <translation>Gerado em %1 (horário de São Paulo) pelo BMP Onboarding %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Not done yet:</source>
        <translation>Ainda não feito:</translation>
    </message>
    <message>
        <source>No step has a planned date yet.</source>
        <translation>Nenhuma etapa tem data planejada ainda.</translation>
    </message>
    <message>
        <source>○ planned date   ■ actual date, step done   □ actual date, step not done   ┆ date of this report</source>
        <translation>○ data planejada   ■ data real, etapa concluída   □ data real, etapa não concluída   ┆ data deste relatório</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Ainda não definido</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>Project started</source>
        <translation>Início do projeto</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Relatório gerado</translation>
    </message>
    <message>
        <source>%1 (São Paulo time)</source>
        <translation>%1 (horário de São Paulo)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 de %2 etapas concluídas</translation>
    </message>
    <message>
        <source>BackOffice signoff</source>
        <translation>Signoff do BackOffice</translation>
    </message>
    <message>
        <source>No BackOffice area recorded</source>
        <translation>Nenhuma área de BackOffice registrada</translation>
    </message>
    <message>
        <source>%1 of %2 areas approved</source>
        <translation>%1 de %2 áreas aprovaram</translation>
    </message>
    <message>
        <source>Production credentials released on</source>
        <translation>Credenciais de produção liberadas em</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <source>Evidence log</source>
        <translation>Registro de evidências</translation>
    </message>
    <message>
        <source>%1 recorded exchanges</source>
        <translation>%1 trocas registradas</translation>
    </message>
    <message>
        <source>BMP onboarding checklist</source>
        <translation>Checklist de onboarding BMP</translation>
    </message>
    <message>
        <source>Production signoff report</source>
        <translation>Relatório de signoff para produção</translation>
    </message>
    <message>
        <source>This report never contains private keys, passphrases, access tokens or client assertions. The exchanges listed in the evidence appendix were redacted before they were recorded; the report prints their digest, not their bodies.</source>
        <translation>Este relatório nunca contém chaves privadas, senhas, tokens de acesso ou client assertions. As trocas listadas no apêndice de evidências foram mascaradas antes de serem registradas; o relatório imprime o resumo criptográfico delas, não o conteúdo.</translation>
    </message>
    <message>
        <source>1. Checklist</source>
        <translation>1. Checklist</translation>
    </message>
    <message>
        <source>The %1 steps of BMP&apos;s production checklist that apply to the products in scope, with their owner and their planned and actual dates.</source>
        <translation>As %1 etapas do checklist de produção da BMP que se aplicam aos produtos do escopo, com o responsável e as datas planejadas e reais.</translation>
    </message>
    <message>
        <source>Step 7 (Test proposals) does not apply: the Bureau product has no proposals step.</source>
        <translation>A etapa 7 (Propostas de teste) não se aplica: o produto Bureau não tem etapa de propostas.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planejada</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>2. Communication channel and contacts</source>
        <translation>2. Canal de comunicação e contatos</translation>
    </message>
    <message>
        <source>no project group has been recorded (step 1).</source>
        <translation>nenhum grupo do projeto foi registrado (etapa 1).</translation>
    </message>
    <message>
        <source>Project group</source>
        <translation>Grupo do projeto</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>Link de convite</translation>
    </message>
    <message>
        <source>Recorded in the project, not printed: anyone who has it can join.</source>
        <translation>Registrado no projeto, não impresso: quem tiver o link pode entrar no grupo.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <source>no participant has been recorded (step 1).</source>
        <translation>nenhum participante foi registrado (etapa 1).</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>In the group</source>
        <translation>No grupo</translation>
    </message>
    <message>
        <source>3. Keys and client_ids</source>
        <translation>3. Chaves e client_ids</translation>
    </message>
    <message>
        <source>no public key fingerprint or client_id has been recorded (steps 3, 4 and 10).</source>
        <translation>nenhuma impressão digital de chave pública nem client_id foi registrado (etapas 3, 4 e 10).</translation>
    </message>
    <message>
        <source>Public key identification only: private keys never leave the project file, where they are stored encrypted.</source>
        <translation>Somente a identificação das chaves públicas: as chaves privadas nunca saem do arquivo do projeto, onde ficam criptografadas.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Impressão digital SHA-256</translation>
    </message>
    <message>
        <source>JWK thumbprint</source>
        <translation>Thumbprint JWK</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Cadastrada em</translation>
    </message>
    <message>
        <source>4. Token tests</source>
        <translation>4. Testes de token</translation>
    </message>
    <message>
        <source>no token request has been recorded (step 5, and the production smoke test of step 11).</source>
        <translation>nenhuma solicitação de token foi registrada (etapa 5 e o smoke test de produção da etapa 11).</translation>
    </message>
    <message>
        <source>Token received</source>
        <translation>Token recebido</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>5. Test proposals</source>
        <translation>5. Propostas de teste</translation>
    </message>
    <message>
        <source>Does not apply: the products in scope have no test-proposal step.</source>
        <translation>Não se aplica: os produtos do escopo não têm etapa de propostas de teste.</translation>
    </message>
    <message>
        <source>none of the three required proposals has been sent (step 7).</source>
        <translation>nenhuma das três propostas exigidas foi enviada (etapa 7).</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Ainda não feito</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Cenário</translation>
    </message>
    <message>
        <source>Final status</source>
        <translation>Situação final</translation>
    </message>
    <message>
        <source>6. Calculation summary</source>
        <translation>6. Resumo do cálculo</translation>
    </message>
    <message>
        <source>Not applicable: BMP computes the loan values; the partner does not send its own.</source>
        <translation>Não se aplica: a BMP calcula os valores do empréstimo; o parceiro não envia os seus.</translation>
    </message>
    <message>
        <source>the calculation report (memória de cálculo) of step 7 has not been produced.</source>
        <translation>a memória de cálculo da etapa 7 ainda não foi gerada.</translation>
    </message>
    <message>
        <source>Cross-check with BMP&apos;s simulation: no difference.</source>
        <translation>Conferência com a simulação da BMP: nenhuma diferença.</translation>
    </message>
    <message>
        <source>Cross-check with BMP&apos;s simulation: %1 field(s) differ.</source>
        <translation>Conferência com a simulação da BMP: %1 campo(s) diferem.</translation>
    </message>
    <message>
        <source>7. Production accreditation and delivery</source>
        <translation>7. Credenciamento e entrega de produção</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedimentos</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 concluídos</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>open</source>
        <translation>em aberto</translation>
    </message>
    <message>
        <source>Final status of the project</source>
        <translation>Situação final do projeto</translation>
    </message>
    <message>
        <source>no final summary has been written (step 11).</source>
        <translation>nenhum resumo final foi escrito (etapa 11).</translation>
    </message>
    <message>
        <source>8. BackOffice signoff</source>
        <translation>8. Signoff do BackOffice</translation>
    </message>
    <message>
        <source>Every BackOffice area involved records its decision. The signoff is complete when every area approved, with or without remarks.</source>
        <translation>Cada área de BackOffice envolvida registra a sua decisão. O signoff está completo quando todas as áreas aprovaram, com ou sem ressalvas.</translation>
    </message>
    <message>
        <source>no BackOffice area has been recorded (step 9).</source>
        <translation>nenhuma área de BackOffice foi registrada (etapa 9).</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Aprovador</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Comentários:</translation>
    </message>
    <message>
        <source>%1 rejected the signoff: %2</source>
        <translation>%1 reprovou o signoff: %2</translation>
    </message>
    <message>
        <source>Appendix — evidence log</source>
        <translation>Apêndice — registro de evidências</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>SHA-256 of the log</source>
        <translation>SHA-256 do registro</translation>
    </message>
    <message>
        <source>How the digest is computed: the entries in ascending id order, each one UTF-8 line of ten fields separated by TAB and ended by LF — id, at, environment, kind, method, url, status, duration_ms, request, response — with numbers in decimal, a missing status or duration as an empty field, and backslash, TAB, CR and LF inside a field written as \\, \t, \r and \n. The request and response bodies are part of the digest but are not printed; they were redacted before they were recorded.</source>
        <translation>Como o resumo é calculado: os registros em ordem crescente de id, cada um uma linha UTF-8 de dez campos separados por TAB e terminada por LF — id, at, environment, kind, method, url, status, duration_ms, request, response — com números em decimal, status ou duração ausentes como campo vazio, e barra invertida, TAB, CR e LF dentro de um campo escritos como \\, \t, \r e \n. Os corpos de requisição e resposta entram no resumo mas não são impressos; eles foram mascarados antes de serem registrados.</translation>
    </message>
    <message>
        <source>no exchange with BMP has been recorded yet (key registration, tokens and proposals add entries).</source>
        <translation>nenhuma troca com a BMP foi registrada ainda (cadastro de chave, tokens e propostas adicionam registros).</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Horário (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Homologation</source>
        <translation>Homologação</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produção</translation>
    </message>
    <message>
        <source>Practice (sandbox)</source>
        <translation>Treino (sandbox)</translation>
    </message>
    <message>
        <source>a. Finalized, incorrect bank details</source>
        <translation>a. Finalizada, dados bancários incorretos</translation>
    </message>
    <message>
        <source>b. Finalized, correct bank details</source>
        <translation>b. Finalizada, dados bancários corretos</translation>
    </message>
    <message>
        <source>c. Released, correct bank details</source>
        <translation>c. Liberada, dados bancários corretos</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>em análise</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprovada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>recusada</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>finalizada</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>conferida</translation>
    </message>
    <message>
        <source>released</source>
        <translation>liberada</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paga</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>cedida</translation>
    </message>
    <message>
        <source>pending payment</source>
        <translation>pagamento pendente</translation>
    </message>
    <message>
        <source>The report language must be en or pt_BR, not &quot;%1&quot;.</source>
        <translation>O idioma do relatório deve ser en ou pt_BR, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The report needs a graphical application to lay out its pages.</source>
        <translation>O relatório precisa de uma aplicação gráfica para diagramar as páginas.</translation>
    </message>
    <message>
        <source>The report&apos;s fonts are missing.</source>
        <translation>As fontes do relatório estão faltando.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>O relatório foi cancelado.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Não foi possível iniciar o PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be completed.</source>
        <translation>Não foi possível concluir o PDF.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>%1 was written but cannot be read back.</source>
        <translation>%1 foi gravado mas não pôde ser lido de volta.</translation>
    </message>
    <message>
        <source>%1 was not written correctly.</source>
        <translation>%1 não foi gravado corretamente.</translation>
    </message>
</context>
<context>
    <name>bmp::Project</name>
    <message>
        <source>The project file could not be read.</source>
        <translation>Não foi possível ler o arquivo do projeto.</translation>
    </message>
    <message>
        <source>Could not save to the project file.</source>
        <translation>Não foi possível salvar no arquivo do projeto.</translation>
    </message>
</context>
<context>
    <name>bmp::Signoff</name>
    <message>
        <source>Operations</source>
        <translation>Operações</translation>
    </message>
    <message>
        <source>Credit/Risk</source>
        <translation>Crédito/Risco</translation>
    </message>
    <message>
        <source>Compliance/AML</source>
        <translation>Compliance/PLD</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Jurídico</translation>
    </message>
    <message>
        <source>Finance/Treasury</source>
        <translation>Financeiro/Tesouraria</translation>
    </message>
    <message>
        <source>Technology/Security</source>
        <translation>Tecnologia/Segurança</translation>
    </message>
    <message>
        <source>Generate the production key pair (distinct from the homologation key).</source>
        <translation>Gerar o par de chaves de produção (diferente da chave de homologação).</translation>
    </message>
    <message>
        <source>Register the production public key with BMP (reply to the ticket with the public key only, no CC).</source>
        <translation>Cadastrar a chave pública de produção na BMP (responder ao chamado somente com a chave pública, sem CC).</translation>
    </message>
    <message>
        <source>Receive the production client_id and the production URLs.</source>
        <translation>Receber o client_id e as URLs de produção.</translation>
    </message>
    <message>
        <source>Configure the production callback URL and its authentication.</source>
        <translation>Configurar a URL de callback de produção e a sua autenticação.</translation>
    </message>
    <message>
        <source>Pace production calls at 1 request per second on your side.</source>
        <translation>Limitar do seu lado as chamadas de produção a 1 requisição por segundo.</translation>
    </message>
    <message>
        <source>Agree the credential release date with BMP (Monday to Thursday, not on or before a holiday).</source>
        <translation>Combinar com a BMP a data de liberação das credenciais (de segunda a quinta, nem em feriado nem na véspera).</translation>
    </message>
    <message>
        <source>Name who is on call during the go-live and share it in the project group.</source>
        <translation>Definir quem fica de plantão no go-live e avisar no grupo do projeto.</translation>
    </message>
    <message>
        <source>The area&apos;s name</source>
        <translation>O nome da área</translation>
    </message>
    <message>
        <source>There is already an area named %1.</source>
        <translation>Já existe uma área chamada %1.</translation>
    </message>
    <message>
        <source>This area no longer exists.</source>
        <translation>Esta área não existe mais.</translation>
    </message>
    <message>
        <source>The approver&apos;s name is too long (at most 200 characters).</source>
        <translation>O nome do aprovador é longo demais (no máximo 200 caracteres).</translation>
    </message>
    <message>
        <source>%1 has already decided: the approver&apos;s name cannot be removed.</source>
        <translation>%1 já decidiu: o nome do aprovador não pode ser removido.</translation>
    </message>
    <message>
        <source>The comments are too long (at most 5,000 characters).</source>
        <translation>Os comentários são longos demais (no máximo 5.000 caracteres).</translation>
    </message>
    <message>
        <source>Enter who decided for %1 before recording the decision.</source>
        <translation>Informe quem decidiu por %1 antes de registrar a decisão.</translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation>Informe a data da decisão.</translation>
    </message>
    <message>
        <source>The date of the decision cannot be in the future.</source>
        <translation>A data da decisão não pode estar no futuro.</translation>
    </message>
    <message>
        <source>Enter the reason for the rejection in the comments: the team needs it to fix the issue.</source>
        <translation>Informe nos comentários o motivo da reprovação: a equipe precisa dele para corrigir o problema.</translation>
    </message>
    <message>
        <source>Enter the remarks in the comments.</source>
        <translation>Informe as ressalvas nos comentários.</translation>
    </message>
    <message>
        <source>%1 rejected the signoff (%2): %3</source>
        <translation>%1 reprovou o signoff (%2): %3</translation>
    </message>
    <message>
        <source>Add the BackOffice areas that must approve.</source>
        <translation>Adicione as áreas de BackOffice que precisam aprovar.</translation>
    </message>
    <message>
        <source>%1 rejected the signoff: fix the reason and ask for a new decision.</source>
        <translation>%1 reprovou o signoff: corrija o motivo e peça uma nova decisão.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the approval of %n area(s): %1.</source>
        <translation>
            <numerusform>Aguardando a aprovação de %n área: %1.</numerusform>
            <numerusform>Aguardando a aprovação de %n áreas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>BMP does not release production credentials on %1: %2</source>
        <translation>A BMP não libera credenciais de produção em %1: %2</translation>
    </message>
    <message>
        <source>The go-live date (%1) is before %2: change the go-live date first.</source>
        <translation>A data do go-live (%1) é anterior a %2: altere primeiro a data do go-live.</translation>
    </message>
    <message>
        <source>The procedure</source>
        <translation>O procedimento</translation>
    </message>
    <message>
        <source>This procedure no longer exists.</source>
        <translation>Este procedimento não existe mais.</translation>
    </message>
    <message>
        <source>Choose the date on which BMP releases the production credentials.</source>
        <translation>Escolha a data em que a BMP libera as credenciais de produção.</translation>
    </message>
    <message numerus="yes">
        <source>Complete the production procedures (%n still open).</source>
        <translation>
            <numerusform>Conclua os procedimentos de produção (%n ainda aberto).</numerusform>
            <numerusform>Conclua os procedimentos de produção (%n ainda abertos).</numerusform>
        </translation>
    </message>
    <message>
        <source>The go-live cannot be before the production credentials are released (%1).</source>
        <translation>O go-live não pode ser antes da liberação das credenciais de produção (%1).</translation>
    </message>
    <message>
        <source>The summary is too long (at most 20,000 characters).</source>
        <translation>O resumo é longo demais (no máximo 20.000 caracteres).</translation>
    </message>
    <message>
        <source>Enter the go-live date.</source>
        <translation>Informe a data do go-live.</translation>
    </message>
</context>
</TS>
