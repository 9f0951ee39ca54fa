<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AccountTypes</name>
    <message>
        <source>Checking account (conta corrente)</source>
        <translation>Conta corrente</translation>
    </message>
    <message>
        <source>Savings account (conta poupança)</source>
        <translation>Conta poupança</translation>
    </message>
    <message>
        <source>Payment account (conta de pagamento)</source>
        <translation>Conta de pagamento</translation>
    </message>
    <message>
        <source>BMP does not publish the codes of tipoConta; these are assumptions. Confirm them with BMP&apos;s implementation team and edit the list if they differ.</source>
        <translation>A BMP não publica os códigos de tipoConta; estes são suposições. Confirme-os com a equipe de implantação da BMP e edite a lista se forem diferentes.</translation>
    </message>
    <message>
        <source>The list of account types is empty; keep at least one.</source>
        <translation>A lista de tipos de conta está vazia; mantenha pelo menos um.</translation>
    </message>
    <message>
        <source>Account type %1 needs a whole, non-negative “code”.</source>
        <translation>O tipo de conta %1 precisa de um “code” (código) inteiro e não negativo.</translation>
    </message>
    <message>
        <source>Account type %1 needs a “label”.</source>
        <translation>O tipo de conta %1 precisa de um “label” (nome).</translation>
    </message>
    <message>
        <source>Account type code %1 appears twice.</source>
        <translation>O código de tipo de conta %1 aparece duas vezes.</translation>
    </message>
</context>
<context>
    <name>ApiChecklist</name>
    <message>
        <source>The notes are too long (at most 2,000 characters).</source>
        <translation>As observações são longas demais (no máximo 2.000 caracteres).</translation>
    </message>
    <message>
        <source>Proposta — CalcularValoresProposta (simulation)</source>
        <translation>Proposta — CalcularValoresProposta (simulação)</translation>
    </message>
    <message>
        <source>Proposta — IncluirManualSimplificado (include)</source>
        <translation>Proposta — IncluirManualSimplificado (inclusão)</translation>
    </message>
    <message>
        <source>Proposta — Finalizar / Liberar / Consultar</source>
        <translation>Proposta — Finalizar / Liberar / Consultar</translation>
    </message>
    <message>
        <source>Proposta — AtualizarContaPagamento / Recusar</source>
        <translation>Proposta — AtualizarContaPagamento / Recusar</translation>
    </message>
    <message>
        <source>Pessoa — borrower registration</source>
        <translation>Pessoa — cadastro do tomador</translation>
    </message>
    <message>
        <source>Status callbacks</source>
        <translation>Callbacks de status</translation>
    </message>
    <message>
        <source>Pix disbursement</source>
        <translation>Desembolso via Pix</translation>
    </message>
    <message>
        <source>FGTS</source>
        <translation>FGTS</translation>
    </message>
    <message>
        <source>E-Consignado</source>
        <translation>E-Consignado</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
</context>
<context>
    <name>ApiResponse</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>A requisição foi cancelada.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>O servidor respondeu com o status HTTP %1.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the URL and your network connection.</source>
        <translation>O nome do servidor não foi encontrado. Verifique a URL e sua conexão de rede.</translation>
    </message>
    <message>
        <source>The server refused the connection. Is the URL right, and is the server running?</source>
        <translation>O servidor recusou a conexão. A URL está correta e o servidor está no ar?</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent. If this environment uses its own certificate authority (like the Practice sandbox), add its CA bundle to the environment.</source>
        <translation>O certificado do servidor não é confiável, então nada foi enviado. Se este ambiente usa uma autoridade certificadora própria (como a sandbox de Treino), adicione o pacote de CAs dela ao ambiente.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>O servidor fechou a conexão antes de responder.</translation>
    </message>
    <message>
        <source>The request failed: %1</source>
        <translation>A requisição falhou: %1</translation>
    </message>
    <message>
        <source>The server tried to send this request on to another address (%1). It was not followed: credentials and data only go to the address configured. Check the URL, or enter the new address if the service moved.</source>
        <translation>O servidor tentou encaminhar esta requisição para outro endereço (%1). O redirecionamento não foi seguido: credenciais e dados só vão para o endereço configurado. Confira a URL ou, se o serviço mudou de endereço, informe o novo.</translation>
    </message>
</context>
<context>
    <name>AssertionCheck</name>
    <message>
        <source>This environment has no client_id yet: register the key (step 3) or enter it in step 4.</source>
        <translation>Este ambiente ainda não tem client_id: cadastre a chave (etapa 3) ou informe-o na etapa 4.</translation>
    </message>
    <message>
        <source>jti is empty: every assertion needs a new unique id (a UUID).</source>
        <translation>O jti está vazio: toda asserção precisa de um identificador novo e único (um UUID).</translation>
    </message>
    <message>
        <source>iss and sub must both be the client_id.</source>
        <translation>iss e sub devem ser ambos o client_id.</translation>
    </message>
    <message>
        <source>iss and sub are not this environment&apos;s client_id (%1).</source>
        <translation>iss e sub não são o client_id deste ambiente (%1).</translation>
    </message>
    <message>
        <source>aud is not the token URL (%1): assertions made for another audience are refused.</source>
        <translation>aud não é a URL do token (%1): asserções feitas para outro destinatário são recusadas.</translation>
    </message>
    <message>
        <source>exp is missing: an assertion that never expires is refused.</source>
        <translation>Falta o exp: uma asserção que nunca expira é recusada.</translation>
    </message>
    <message>
        <source>exp is in the past: the assertion has already expired.</source>
        <translation>O exp está no passado: a asserção já expirou.</translation>
    </message>
    <message>
        <source>iat or nbf is more than %1 s ahead of this computer&apos;s clock: the server would refuse it. Check the clock, or the times typed.</source>
        <translation>iat ou nbf está mais de %1 s à frente do relógio deste computador: o servidor a recusaria. Confira o relógio ou os horários digitados.</translation>
    </message>
    <message>
        <source>The lifetime is over an hour (%1 s): keep it short (300 s is usual); long-lived assertions are refused.</source>
        <translation>A validade passa de uma hora (%1 s): mantenha-a curta (300 s é o usual); asserções de longa duração são recusadas.</translation>
    </message>
</context>
<context>
    <name>BankAccountValidator</name>
    <message>
        <source>Check digits verified with the bank&apos;s published rule.</source>
        <translation>Dígitos verificadores conferidos pela regra publicada pelo banco.</translation>
    </message>
    <message>
        <source>Format checked only: this bank&apos;s check-digit rule is not published or not implemented, so the account may still be wrong.</source>
        <translation>Apenas o formato foi verificado: a regra de dígito verificador deste banco não é publicada ou não foi implementada, então a conta ainda pode estar errada.</translation>
    </message>
    <message>
        <source>The list of Brazilian banks is not available, so the bank code cannot be checked.</source>
        <translation>A lista de bancos brasileiros não está disponível, então o código do banco não pode ser verificado.</translation>
    </message>
    <message>
        <source>Bank code %1 is not in the list of Brazilian banks (COMPE). Check the code, e.g. 001 for Banco do Brasil or 341 for Itaú.</source>
        <translation>O código de banco %1 não está na lista de bancos brasileiros (COMPE). Confira o código, por exemplo 001 para o Banco do Brasil ou 341 para o Itaú.</translation>
    </message>
    <message>
        <source>Enter the agency number (up to 4 digits, without its check digit).</source>
        <translation>Informe o número da agência (até 4 dígitos, sem o dígito verificador).</translation>
    </message>
    <message>
        <source>The agency number must have digits only (got “%1”); put its check digit in the agency digit field.</source>
        <translation>O número da agência deve ter apenas dígitos (recebido: “%1”); coloque o dígito verificador no campo do dígito da agência.</translation>
    </message>
    <message>
        <source>The agency number has at most %1 digits (got %2).</source>
        <translation>O número da agência tem no máximo %1 dígitos (recebido: %2).</translation>
    </message>
    <message>
        <source>The agency check digit is a single digit or letter (got “%1”).</source>
        <translation>O dígito verificador da agência é um único dígito ou letra (recebido: “%1”).</translation>
    </message>
    <message>
        <source>Enter the account number (without its check digit).</source>
        <translation>Informe o número da conta (sem o dígito verificador).</translation>
    </message>
    <message>
        <source>The account number must have digits only (got “%1”); put its check digit in the account digit field.</source>
        <translation>O número da conta deve ter apenas dígitos (recebido: “%1”); coloque o dígito verificador no campo do dígito da conta.</translation>
    </message>
    <message>
        <source>The account number has at most %1 digits (got %2).</source>
        <translation>O número da conta tem no máximo %1 dígitos (recebido: %2).</translation>
    </message>
    <message>
        <source>The account number cannot be all zeros.</source>
        <translation>O número da conta não pode ser todo de zeros.</translation>
    </message>
    <message>
        <source>Enter the account check digit (the digit after the dash).</source>
        <translation>Informe o dígito verificador da conta (o dígito depois do hífen).</translation>
    </message>
    <message>
        <source>The account check digit is a single digit or letter (got “%1”).</source>
        <translation>O dígito verificador da conta é um único dígito ou letra (recebido: “%1”).</translation>
    </message>
    <message>
        <source>%1 account numbers have at most %2 digits (got %3).</source>
        <translation>%1: os números de conta têm no máximo %2 dígitos (recebido: %3).</translation>
    </message>
    <message>
        <source>The account check digit for %1 should be %2, not %3.</source>
        <translation>%1: o dígito verificador da conta deveria ser %2, não %3.</translation>
    </message>
    <message>
        <source>The agency check digit for %1 should be %2, not %3.</source>
        <translation>%1: o dígito verificador da agência deveria ser %2, não %3.</translation>
    </message>
    <message>
        <source>%1 agencies have no check digit; leave the agency digit empty (got “%2”).</source>
        <translation>%1: as agências não têm dígito verificador; deixe o dígito da agência vazio (recebido: “%2”).</translation>
    </message>
    <message>
        <source>The agency check digit was not given, so it was not checked.</source>
        <translation>O dígito verificador da agência não foi informado, então não foi conferido.</translation>
    </message>
    <message>
        <source>Banco do Brasil: agency and account digits, modulo 11 (weights 5 to 2 and 9 to 2; 10 is X).</source>
        <translation>Banco do Brasil: dígitos da agência e da conta por módulo 11 (pesos de 5 a 2 e de 9 a 2; 10 vira X).</translation>
    </message>
    <message>
        <source>Bradesco: agency digit modulo 11 (weights 5 to 2) and account digit modulo 11 (weights 2 to 7); P may be written 0.</source>
        <translation>Bradesco: dígito da agência por módulo 11 (pesos de 5 a 2) e dígito da conta por módulo 11 (pesos de 2 a 7); P pode ser escrito como 0.</translation>
    </message>
    <message>
        <source>Itaú: account digit modulo 10 over agency and account (weights 2 and 1).</source>
        <translation>Itaú: dígito da conta por módulo 10 sobre agência e conta (pesos 2 e 1).</translation>
    </message>
    <message>
        <source>Santander: account digit modulo 10 over agency and account (weights 9 7 3 1 0 0 9 7 1 3 1 9 7 3).</source>
        <translation>Santander: dígito da conta por módulo 10 sobre agência e conta (pesos 9 7 3 1 0 0 9 7 1 3 1 9 7 3).</translation>
    </message>
    <message>
        <source>The Caixa operation code has 3 digits, such as 001 or 013 (got “%1”).</source>
        <translation>O código de operação da Caixa tem 3 dígitos, como 001 ou 013 (recebido: “%1”).</translation>
    </message>
    <message>
        <source>Caixa agency check digits are not checked.</source>
        <translation>Os dígitos verificadores de agência da Caixa não são conferidos.</translation>
    </message>
    <message>
        <source>Caixa accounts with more than 8 digits after the operation code (the newer format) have no published check-digit rule here.</source>
        <translation>Contas da Caixa com mais de 8 dígitos após o código de operação (o formato novo) não têm regra de dígito verificador publicada aqui.</translation>
    </message>
    <message>
        <source>Without the 3-digit Caixa operation code (such as 001 or 013) the account digit cannot be checked.</source>
        <translation>Sem o código de operação da Caixa de 3 dígitos (como 001 ou 013), o dígito da conta não pode ser conferido.</translation>
    </message>
    <message>
        <source>The account check digit for %1 (operation %2) should be %3, not %4.</source>
        <translation>%1 (operação %2): o dígito verificador da conta deveria ser %3, não %4.</translation>
    </message>
    <message>
        <source>Caixa: account digit modulo 11 over agency, operation %1 and account (weights 8 to 2 and 9 to 2).</source>
        <translation>Caixa: dígito da conta por módulo 11 sobre agência, operação %1 e conta (pesos de 8 a 2 e de 9 a 2).</translation>
    </message>
    <message>
        <source>%1 publishes no check-digit rule implemented here; only digits and lengths were checked.</source>
        <translation>%1: nenhuma regra de dígito verificador publicada está implementada aqui; só os dígitos e os tamanhos foram verificados.</translation>
    </message>
</context>
<context>
    <name>BankList</name>
    <message>
        <source>The bank list is damaged: a quoted field is never closed.</source>
        <translation>A lista de bancos está danificada: um campo entre aspas nunca é fechado.</translation>
    </message>
    <message>
        <source>The bank list does not start with the expected header (%1).</source>
        <translation>A lista de bancos não começa com o cabeçalho esperado (%1).</translation>
    </message>
    <message>
        <source>Line %1 of the bank list has %2 fields instead of %3.</source>
        <translation>A linha %1 da lista de bancos tem %2 campos em vez de %3.</translation>
    </message>
    <message>
        <source>Line %1 of the bank list has an invalid COMPE code “%2”.</source>
        <translation>A linha %1 da lista de bancos tem um código COMPE inválido “%2”.</translation>
    </message>
    <message>
        <source>The bank list has COMPE code %1 twice (line %2).</source>
        <translation>A lista de bancos tem o código COMPE %1 duas vezes (linha %2).</translation>
    </message>
    <message>
        <source>Cannot read the bank list %1.</source>
        <translation>Não é possível ler a lista de bancos %1.</translation>
    </message>
    <message>
        <source>Banco Central do Brasil registry (participants of STR/SPI), as compiled by the BancosBrasileiros dataset, release 6.3.38, snapshot of %1.</source>
        <translation>Cadastro do Banco Central do Brasil (participantes do STR/SPI), compilado pelo conjunto de dados BancosBrasileiros, versão 6.3.38, retrato de %1.</translation>
    </message>
</context>
<context>
    <name>Base64Url</name>
    <message>
        <source>Base64url text must not carry &apos;=&apos; padding.</source>
        <translation>Texto base64url não pode ter preenchimento com &apos;=&apos;.</translation>
    </message>
    <message>
        <source>Invalid character at position %1 in base64url text.</source>
        <translation>Caractere inválido na posição %1 do texto base64url.</translation>
    </message>
    <message>
        <source>Base64url text has an impossible length (%1 characters).</source>
        <translation>O texto base64url tem um tamanho impossível (%1 caracteres).</translation>
    </message>
    <message>
        <source>The base64url text could not be decoded.</source>
        <translation>O texto base64url não pôde ser decodificado.</translation>
    </message>
    <message>
        <source>The base64url text is not in canonical form (stray bits in its last character).</source>
        <translation>O texto base64url não está na forma canônica (bits sobrando no último caractere).</translation>
    </message>
</context>
<context>
    <name>BmpEnvelope</name>
    <message>
        <source>(no description)</source>
        <translation>(sem descrição)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(%1): %2</source>
        <translation>(%1): %2</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without BMP&apos;s response envelope.</source>
        <translation>O servidor respondeu HTTP %1 sem o envelope de resposta da BMP.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 and gave no reason.</source>
        <translation>O servidor respondeu HTTP %1 sem dizer o motivo.</translation>
    </message>
</context>
<context>
    <name>BmpTestLog</name>
    <message>
        <source>Proposal A: payment failure and bank-details fix</source>
        <translation>Proposta A: falha de pagamento e correção dos dados bancários</translation>
    </message>
    <message>
        <source>Proposal B: finalized proposal reviewed</source>
        <translation>Proposta B: proposta finalizada conferida</translation>
    </message>
    <message>
        <source>Proposal C: released proposal paid</source>
        <translation>Proposta C: proposta liberada e paga</translation>
    </message>
    <message>
        <source>Calculation report checked against BMP&apos;s simulation</source>
        <translation>Memória de cálculo conferida com a simulação da BMP</translation>
    </message>
    <message>
        <source>Status callbacks received by the partner</source>
        <translation>Callbacks de status recebidos pelo parceiro</translation>
    </message>
    <message>
        <source>Rate limit respected (1 request/second)</source>
        <translation>Limite de requisições respeitado (1 por segundo)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Reprovado</translation>
    </message>
    <message>
        <source>Record the tests BMP ran and their results.</source>
        <translation>Registre os testes que a BMP fez e seus resultados.</translation>
    </message>
    <message>
        <source>The result of “%1” is still pending.</source>
        <translation>O resultado de “%1” ainda está pendente.</translation>
    </message>
    <message>
        <source>“%1” failed: record how it was resolved.</source>
        <translation>“%1” reprovou: registre como foi resolvido.</translation>
    </message>
    <message>
        <source>Give the test a name.</source>
        <translation>Dê um nome ao teste.</translation>
    </message>
    <message>
        <source>The test&apos;s name is too long (at most 200 characters).</source>
        <translation>O nome do teste é longo demais (no máximo 200 caracteres).</translation>
    </message>
    <message>
        <source>Findings and resolutions have at most 5,000 characters.</source>
        <translation>Apontamentos e resoluções têm no máximo 5.000 caracteres.</translation>
    </message>
    <message>
        <source>A test cannot have run in the future.</source>
        <translation>Um teste não pode ter sido feito no futuro.</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Confraternização Universal</translation>
    </message>
    <message>
        <source>Tiradentes</source>
        <translation>Tiradentes</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Dia do Trabalho</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Independência do Brasil</translation>
    </message>
    <message>
        <source>Our Lady of Aparecida</source>
        <translation>Nossa Senhora Aparecida</translation>
    </message>
    <message>
        <source>All Souls&apos; Day</source>
        <translation>Finados</translation>
    </message>
    <message>
        <source>Proclamation of the Republic</source>
        <translation>Proclamação da República</translation>
    </message>
    <message>
        <source>Black Consciousness Day</source>
        <translation>Dia da Consciência Negra</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Natal</translation>
    </message>
    <message>
        <source>Carnival Monday</source>
        <translation>Segunda-feira de Carnaval</translation>
    </message>
    <message>
        <source>Carnival Tuesday</source>
        <translation>Terça-feira de Carnaval</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Sexta-feira Santa</translation>
    </message>
    <message>
        <source>Corpus Christi</source>
        <translation>Corpus Christi</translation>
    </message>
    <message>
        <source>Constitutionalist Revolution (São Paulo state)</source>
        <translation>Revolução Constitucionalista (estado de São Paulo)</translation>
    </message>
    <message>
        <source>São Paulo city anniversary</source>
        <translation>Aniversário da cidade de São Paulo</translation>
    </message>
    <message>
        <source>Black Consciousness Day (São Paulo city)</source>
        <translation>Dia da Consciência Negra (cidade de São Paulo)</translation>
    </message>
    <message>
        <source>Custom holiday</source>
        <translation>Feriado personalizado</translation>
    </message>
    <message>
        <source>BMP does not work on weekends.</source>
        <translation>A BMP não funciona nos fins de semana.</translation>
    </message>
    <message>
        <source>Production credentials are never released on a Friday.</source>
        <translation>As credenciais de produção nunca são liberadas numa sexta-feira.</translation>
    </message>
    <message>
        <source>It is a holiday (%1).</source>
        <translation>É feriado (%1).</translation>
    </message>
    <message>
        <source>The next day is a holiday (%1).</source>
        <translation>O dia seguinte é feriado (%1).</translation>
    </message>
</context>
<context>
    <name>CalculationReport</name>
    <message>
        <source>Calculation report (memória de cálculo)</source>
        <translation>Memória de cálculo</translation>
    </message>
    <message>
        <source>BMP Onboarding %1</source>
        <translation>BMP Onboarding %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Seção</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Amount requested (released to the borrower), R$</source>
        <translation>Valor solicitado (liberado ao tomador), R$</translation>
    </message>
    <message>
        <source>Number of monthly installments</source>
        <translation>Número de parcelas mensais</translation>
    </message>
    <message>
        <source>Monthly interest rate, %</source>
        <translation>Taxa de juros mensal, %</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>Data de contratação</translation>
    </message>
    <message>
        <source>First due date (given)</source>
        <translation>Primeiro vencimento (informado)</translation>
    </message>
    <message>
        <source>First due date (default rule)</source>
        <translation>Primeiro vencimento (regra padrão)</translation>
    </message>
    <message>
        <source>Borrower (1 = PF, 2 = PJ)</source>
        <translation>Tomador (1 = PF, 2 = PJ)</translation>
    </message>
    <message>
        <source>Simples Nacional/MEI company</source>
        <translation>Empresa do Simples Nacional/MEI</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>TAC (financed), R$</source>
        <translation>TAC (financiada), R$</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convenção</translation>
    </message>
    <message>
        <source>IOF daily rate applied, % a day</source>
        <translation>Alíquota diária de IOF aplicada, % ao dia</translation>
    </message>
    <message>
        <source>IOF additional rate applied, %</source>
        <translation>Alíquota adicional de IOF aplicada, %</translation>
    </message>
    <message>
        <source>IOF rates in force from (%1)</source>
        <translation>Alíquotas de IOF vigentes desde (%1)</translation>
    </message>
    <message>
        <source>Source of the IOF rates</source>
        <translation>Fonte das alíquotas de IOF</translation>
    </message>
    <message>
        <source>IOF of a unit loan (c)</source>
        <translation>IOF de um empréstimo unitário (c)</translation>
    </message>
    <message>
        <source>Sum of the discount factors (Σ v_k)</source>
        <translation>Soma dos fatores de desconto (Σ v_k)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>IOF (financed), R$</source>
        <translation>IOF (financiado), R$</translation>
    </message>
    <message>
        <source>Amount financed, R$</source>
        <translation>Valor financiado, R$</translation>
    </message>
    <message>
        <source>Installment, R$</source>
        <translation>Parcela, R$</translation>
    </message>
    <message>
        <source>Total debt (installments × installment), R$</source>
        <translation>Valor total da dívida (parcelas × valor da parcela), R$</translation>
    </message>
    <message>
        <source>Sum of the schedule&apos;s installments, R$</source>
        <translation>Soma das parcelas do cronograma, R$</translation>
    </message>
    <message>
        <source>Last installment minus the installment (residue), R$</source>
        <translation>Última parcela menos a parcela (resíduo), R$</translation>
    </message>
    <message>
        <source>Interest rate, % a month</source>
        <translation>Taxa de juros, % a.m.</translation>
    </message>
    <message>
        <source>Interest rate, % a year</source>
        <translation>Taxa de juros, % a.a.</translation>
    </message>
    <message>
        <source>CET, % a month</source>
        <translation>CET, % a.m.</translation>
    </message>
    <message>
        <source>CET, % a year</source>
        <translation>CET, % a.a.</translation>
    </message>
    <message>
        <source>IOF daily rate × 365, % a year (percIOF&apos;s other reading)</source>
        <translation>Alíquota diária do IOF × 365, % ao ano (a outra leitura do percIOF)</translation>
    </message>
</context>
<context>
    <name>CalculationReportPdf</name>
    <message>
        <source>Calculation report (memória de cálculo)</source>
        <translation>Memória de cálculo</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Amount requested, R$</source>
        <translation>Valor solicitado, R$</translation>
    </message>
    <message>
        <source>Monthly installments</source>
        <translation>Parcelas mensais</translation>
    </message>
    <message>
        <source>Monthly interest rate, %</source>
        <translation>Taxa de juros mensal, %</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>Data de contratação</translation>
    </message>
    <message>
        <source>First due date</source>
        <translation>Primeiro vencimento</translation>
    </message>
    <message>
        <source>Borrower (1 = PF, 2 = PJ)</source>
        <translation>Tomador (1 = PF, 2 = PJ)</translation>
    </message>
    <message>
        <source>TAC (financed), R$</source>
        <translation>TAC (financiada), R$</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Convenções</translation>
    </message>
    <message>
        <source>IOF: %1% a day + %2% additional (%3, in force from %4).</source>
        <translation>IOF: %1% ao dia + %2% adicional (%3, em vigor desde %4).</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>IOF (financed), R$</source>
        <translation>IOF (financiado), R$</translation>
    </message>
    <message>
        <source>Amount financed, R$</source>
        <translation>Valor financiado, R$</translation>
    </message>
    <message>
        <source>Installment, R$</source>
        <translation>Parcela, R$</translation>
    </message>
    <message>
        <source>Total debt, R$</source>
        <translation>Total da dívida, R$</translation>
    </message>
    <message>
        <source>CET, % a month</source>
        <translation>CET, % a.m.</translation>
    </message>
    <message>
        <source>CET, % a year</source>
        <translation>CET, % a.a.</translation>
    </message>
    <message>
        <source>Cross-check against BMP&apos;s simulation (CalcularValoresProposta)</source>
        <translation>Conferência com a simulação da BMP (CalcularValoresProposta)</translation>
    </message>
    <message>
        <source>No answer from BMP&apos;s simulation to compare with.</source>
        <translation>Não há resposta da simulação da BMP para comparar.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Nosso</translation>
    </message>
    <message>
        <source>BMP</source>
        <translation>BMP</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>missing in BMP&apos;s answer</source>
        <translation>ausente na resposta da BMP</translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation>DIFERENTE</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>confere</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>PDF export needs the graphical application (fonts and layout).</source>
        <translation>Exportar PDF requer o aplicativo gráfico (fontes e diagramação).</translation>
    </message>
    <message>
        <source>Calculation report</source>
        <translation>Memória de cálculo</translation>
    </message>
    <message>
        <source>The PDF could not be produced.</source>
        <translation>Não foi possível gerar o PDF.</translation>
    </message>
    <message>
        <source>percIOF as sent: %1% a day, which is %2% a year (× 365). BMP does not say which of the two its percIOF means; compare with whichever BMP&apos;s answer shows.</source>
        <translation>percIOF como enviado: %1% ao dia, ou seja, %2% ao ano (× 365). A BMP não diz qual dos dois o seu percIOF significa; compare com o que a resposta da BMP mostrar.</translation>
    </message>
    <message>
        <source>BMP Onboarding %1 — generated %2 (São Paulo time)</source>
        <translation>BMP Onboarding %1 — gerado em %2 (horário de São Paulo)</translation>
    </message>
</context>
<context>
    <name>CallbackEndpoint</name>
    <message>
        <source>No authentication</source>
        <translation>Sem autenticação</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token Bearer</translation>
    </message>
    <message>
        <source>API key in a header of your choice</source>
        <translation>Chave de API num cabeçalho à sua escolha</translation>
    </message>
    <message>
        <source>Basic (user:password)</source>
        <translation>Basic (usuário:senha)</translation>
    </message>
    <message>
        <source>X-API-Key header</source>
        <translation>Cabeçalho X-API-Key</translation>
    </message>
    <message>
        <source>JWT (HS256, signed with the secret)</source>
        <translation>JWT (HS256, assinado com o segredo)</translation>
    </message>
    <message>
        <source>HMAC-SHA256 signature</source>
        <translation>Assinatura HMAC-SHA256</translation>
    </message>
    <message>
        <source>BMP calls the URL without credentials; anyone who knows it can call it too.</source>
        <translation>A BMP chama a URL sem credenciais; quem a conhecer também pode chamá-la.</translation>
    </message>
    <message>
        <source>Enter user:password; sent as Authorization: Basic base64(user:password).</source>
        <translation>Informe usuário:senha; enviado como Authorization: Basic base64(usuário:senha).</translation>
    </message>
    <message>
        <source>Enter the secret for %1.</source>
        <translation>Informe o segredo para %1.</translation>
    </message>
    <message>
        <source>Enter the callback URL BMP will call.</source>
        <translation>Informe a URL de callback que a BMP vai chamar.</translation>
    </message>
    <message>
        <source>The callback URL is not valid: %1</source>
        <translation>A URL de callback não é válida: %1</translation>
    </message>
    <message>
        <source>Leave proposal, status and identifier out of the URL: BMP adds them.</source>
        <translation>Não inclua proposal, status e identifier na URL: a BMP os acrescenta.</translation>
    </message>
    <message>
        <source>Enter the name of the header that carries the API key, e.g. X-Partner-Key.</source>
        <translation>Informe o nome do cabeçalho que leva a chave de API, por exemplo X-Partner-Key.</translation>
    </message>
    <message>
        <source>The secret is too long: BMP accepts keys of up to %1 characters.</source>
        <translation>O segredo é longo demais: a BMP aceita chaves de até %1 caracteres.</translation>
    </message>
    <message>
        <source>The secret cannot contain line breaks.</source>
        <translation>O segredo não pode ter quebras de linha.</translation>
    </message>
    <message>
        <source>Sent as Authorization: Bearer «secret».</source>
        <translation>Enviado como Authorization: Bearer «segredo».</translation>
    </message>
    <message>
        <source>Sent as «header»: «secret», with the header name you give.</source>
        <translation>Enviado como «cabeçalho»: «segredo», com o nome de cabeçalho que você informar.</translation>
    </message>
    <message>
        <source>Sent as X-API-Key: «secret».</source>
        <translation>Enviado como X-API-Key: «segredo».</translation>
    </message>
    <message>
        <source>A short-lived HS256 JWT signed with the secret, sent as Authorization: Bearer «jwt». BMP publishes no claims for it: agree on them with BMP.</source>
        <translation>Um JWT HS256 de vida curta assinado com o segredo, enviado como Authorization: Bearer «jwt». A BMP não publica as claims: combine-as com a BMP.</translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation>Token OAuth</translation>
    </message>
    <message>
        <source>Digest (user:password)</source>
        <translation>Digest (usuário:senha)</translation>
    </message>
    <message>
        <source>AWS Signature</source>
        <translation>AWS Signature</translation>
    </message>
    <message>
        <source>Client certificate (mutual TLS)</source>
        <translation>Certificado de cliente (TLS mútuo)</translation>
    </message>
    <message>
        <source>HMAC-SHA256 of the body (POST, PUT) or the query (GET) with the secret, sent as «header»: HMAC «hex» (BMP&apos;s example: Authorization: HMAC «hash»). BMP publishes no more of the scheme: agree on what is signed with BMP.</source>
        <translation>HMAC-SHA256 do corpo (POST, PUT) ou da query (GET) com o segredo, enviado como «cabeçalho»: HMAC «hex» (exemplo da BMP: Authorization: HMAC «hash»). A BMP não publica mais nada do esquema: combine com a BMP o que é assinado.</translation>
    </message>
    <message>
        <source>An OAuth access token, sent as Authorization: Bearer «token». Enter the token BMP will send; how BMP obtains it from your authorization server is agreed with BMP.</source>
        <translation>Um token de acesso OAuth, enviado como Authorization: Bearer «token». Informe o token que a BMP enviará; como a BMP o obtém do seu servidor de autorização é combinado com a BMP.</translation>
    </message>
    <message>
        <source>HTTP Digest (RFC 7616): your server answers 401 with a challenge and BMP answers it with Authorization: Digest …. Recorded for BMP&apos;s team; the tester cannot rehearse the challenge.</source>
        <translation>HTTP Digest (RFC 7616): o seu servidor responde 401 com um desafio e a BMP responde com Authorization: Digest …. Registrado para a equipe da BMP; o testador não consegue ensaiar o desafio.</translation>
    </message>
    <message>
        <source>AWS Signature (Authorization: AWS «signature»), for an endpoint behind AWS. Recorded for BMP&apos;s team; the tester cannot sign as BMP.</source>
        <translation>AWS Signature (Authorization: AWS «assinatura»), para um endpoint atrás da AWS. Registrado para a equipe da BMP; o testador não consegue assinar como a BMP.</translation>
    </message>
    <message>
        <source>BMP presents a client certificate in the TLS handshake and your server verifies it. Recorded for BMP&apos;s team; the tester has no BMP certificate to present.</source>
        <translation>A BMP apresenta um certificado de cliente no handshake TLS e o seu servidor o verifica. Registrado para a equipe da BMP; o testador não tem certificado da BMP para apresentar.</translation>
    </message>
    <message>
        <source>The callback method is GET, POST or PUT.</source>
        <translation>O método do callback é GET, POST ou PUT.</translation>
    </message>
    <message>
        <source>The signature header name may only hold letters, digits and - (e.g. Authorization).</source>
        <translation>O nome do cabeçalho da assinatura só pode ter letras, dígitos e - (ex.: Authorization).</translation>
    </message>
    <message>
        <source>For %1 enter user:password.</source>
        <translation>Para %1, informe usuário:senha.</translation>
    </message>
</context>
<context>
    <name>CallbackSender</name>
    <message>
        <source>The callback url must be an absolute http or https URL.</source>
        <translation>A url do callback deve ser uma URL absoluta http ou https.</translation>
    </message>
    <message>
        <source>authHeader must be an HTTP header name, e.g. Authorization or X-API-Key.</source>
        <translation>authHeader deve ser o nome de um cabeçalho HTTP, por exemplo Authorization ou X-API-Key.</translation>
    </message>
    <message>
        <source>authValue is too long: keys have at most 255 characters.</source>
        <translation>authValue é longo demais: as chaves têm no máximo 255 caracteres.</translation>
    </message>
    <message>
        <source>authValue cannot contain line breaks.</source>
        <translation>authValue não pode conter quebras de linha.</translation>
    </message>
    <message>
        <source>Give both authHeader and authValue, or neither.</source>
        <translation>Informe authHeader e authValue juntos, ou nenhum dos dois.</translation>
    </message>
    <message>
        <source>The callback method must be GET, POST or PUT.</source>
        <translation>O método do callback deve ser GET, POST ou PUT.</translation>
    </message>
</context>
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
        <translation>Entrada em produção</translation>
    </message>
    <message>
        <source>BMP adds your team to a project group (WhatsApp) with everyone involved. All project communication goes through this group.</source>
        <translation>A BMP inclui sua equipe num grupo do projeto (WhatsApp) com todos os envolvidos. Toda a comunicação do projeto passa por esse grupo.</translation>
    </message>
    <message>
        <source>In a scope alignment meeting BMP presents its APIs and use cases and the schedule is agreed.</source>
        <translation>Numa reunião de alinhamento de escopo, a BMP apresenta suas APIs e casos de uso, e o cronograma é acordado.</translation>
    </message>
    <message>
        <source>You create an RSA key pair and register its public key with BMP. BMP answers with the client_id of your homologation access.</source>
        <translation>Você cria um par de chaves RSA e cadastra a chave pública na BMP. A BMP responde com o client_id do seu acesso de homologação.</translation>
    </message>
    <message>
        <source>BMP delivers the homologation (approval) credentials: the client_id and the URLs to use.</source>
        <translation>A BMP entrega as credenciais de homologação: o client_id e as URLs a usar.</translation>
    </message>
    <message>
        <source>You sign JWT client assertions with your private key and exchange them for access tokens.</source>
        <translation>Você assina asserções de cliente JWT com sua chave privada e as troca por tokens de acesso.</translation>
    </message>
    <message>
        <source>You integrate your systems with the BMP APIs in scope, including the status callbacks.</source>
        <translation>Você integra seus sistemas às APIs da BMP do escopo, incluindo os callbacks de status.</translation>
    </message>
    <message>
        <source>You send three test proposals: finalized with incorrect disbursement details, finalized with correct details, and released with correct details — plus a calculation report when you compute the loan yourself.</source>
        <translation>Você envia três propostas de teste: finalizada com dados de desembolso incorretos, finalizada com dados corretos e liberada com dados corretos — além de uma memória de cálculo quando você mesmo calcula o empréstimo.</translation>
    </message>
    <message>
        <source>BMP runs its own homologation tests on your integration.</source>
        <translation>A BMP executa seus próprios testes de homologação na sua integração.</translation>
    </message>
    <message>
        <source>Every BackOffice area involved gives its final approval.</source>
        <translation>Cada área de BackOffice envolvida dá sua aprovação final.</translation>
    </message>
    <message>
        <source>Production is prepared and approved: a production key, distinct from the homologation one, and production credentials, released only on eligible days.</source>
        <translation>A produção é preparada e aprovada: uma chave de produção, diferente da de homologação, e credenciais de produção, liberadas somente em dias permitidos.</translation>
    </message>
    <message>
        <source>BMP delivers the production environment and you go live.</source>
        <translation>A BMP entrega o ambiente de produção e você entra no ar.</translation>
    </message>
    <message>
        <source>A group name, a valid WhatsApp invite link and the participants from both sides.</source>
        <translation>Um nome de grupo, um link de convite do WhatsApp válido e os participantes dos dois lados.</translation>
    </message>
    <message>
        <source>The products and APIs in scope, the alignment meeting date and a planned date for every step.</source>
        <translation>Os produtos e APIs do escopo, a data da reunião de alinhamento e uma data prevista para cada etapa.</translation>
    </message>
    <message>
        <source>An RSA key (2048 bits as BMP asks), its public key sent to BMP, and the client_id received.</source>
        <translation>Uma chave RSA (de 2048 bits, como a BMP pede), sua chave pública enviada à BMP e o client_id recebido.</translation>
    </message>
    <message>
        <source>The client_id, scope, token URL and API URL of each environment.</source>
        <translation>O client_id, o escopo, a URL do token e a URL da API de cada ambiente.</translation>
    </message>
    <message>
        <source>A signed assertion accepted by the token endpoint and an access token received.</source>
        <translation>Uma asserção assinada aceita pelo endpoint de token e um token de acesso recebido.</translation>
    </message>
    <message>
        <source>Every API in scope integrated and the callback URL configured per environment.</source>
        <translation>Todas as APIs do escopo integradas e a URL de callback configurada em cada ambiente.</translation>
    </message>
    <message>
        <source>The three proposals reaching their target statuses, with their evidence.</source>
        <translation>As três propostas chegando às situações esperadas, com suas evidências.</translation>
    </message>
    <message>
        <source>BMP&apos;s test results and the resolution of every finding.</source>
        <translation>Os resultados dos testes da BMP e a solução de cada apontamento.</translation>
    </message>
    <message>
        <source>An approval from every BackOffice area.</source>
        <translation>Uma aprovação de cada área de BackOffice.</translation>
    </message>
    <message>
        <source>A production key, the production procedures and an eligible release date.</source>
        <translation>Uma chave de produção, os procedimentos de produção e uma data de liberação permitida.</translation>
    </message>
    <message>
        <source>Production credentials, a successful token smoke test and the go-live date.</source>
        <translation>Credenciais de produção, um teste rápido de token bem-sucedido e a data de entrada no ar.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
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
        <source>All communication goes through the project WhatsApp group.</source>
        <translation>Toda a comunicação passa pelo grupo do projeto no WhatsApp.</translation>
    </message>
    <message>
        <source>BMP business hours: 09:00–18:00, Monday to Friday (São Paulo time).</source>
        <translation>Horário comercial da BMP: 09:00–18:00, de segunda a sexta (horário de São Paulo).</translation>
    </message>
    <message>
        <source>Production credentials are never released on a Friday nor on the day before a holiday.</source>
        <translation>As credenciais de produção nunca são liberadas numa sexta-feira nem em véspera de feriado.</translation>
    </message>
    <message>
        <source>Production rate limit: 1 request per second.</source>
        <translation>Limite de requisições em produção: 1 por segundo.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: &apos;%2&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>%1: &apos;%2&apos; não é uma data no formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>calc needs --%1 (see bmpctl calc --help)</source>
        <translation>calc precisa de --%1 (veja bmpctl calc --help)</translation>
    </message>
    <message>
        <source>--installments must be a whole number from 1 to 420 (got &apos;%1&apos;)</source>
        <translation>--installments deve ser um número inteiro de 1 a 420 (recebido: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--person must be pf or pj (got &apos;%1&apos;)</source>
        <translation>--person deve ser pf ou pj (recebido: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>Amount requested (vlrSolicitado)</source>
        <translation>Valor solicitado (vlrSolicitado)</translation>
    </message>
    <message>
        <source>TAC (vlrTAC)</source>
        <translation>TAC (vlrTAC)</translation>
    </message>
    <message>
        <source>IOF (vlrIOF)</source>
        <translation>IOF (vlrIOF)</translation>
    </message>
    <message>
        <source>Amount financed (vlrTotalCredito)</source>
        <translation>Valor financiado (vlrTotalCredito)</translation>
    </message>
    <message>
        <source>Installment (vlrParcela)</source>
        <translation>Parcela (vlrParcela)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Total debt (vlrTotalDivida)</source>
        <translation>Valor total da dívida (vlrTotalDivida)</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Juros</translation>
    </message>
    <message>
        <source>%1% a month, %2% a year</source>
        <translation>%1% a.m., %2% a.a.</translation>
    </message>
    <message>
        <source>CET</source>
        <translation>CET</translation>
    </message>
    <message>
        <source>IOF rates</source>
        <translation>Alíquotas de IOF</translation>
    </message>
    <message>
        <source>%1% a day + %2%, %3, in force from %4</source>
        <translation>%1% ao dia + %2%, %3, vigentes desde %4</translation>
    </message>
    <message>
        <source>Contract / first due date</source>
        <translation>Contratação / primeiro vencimento</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The last installment is %1: it absorbs the rounding residue of %2.</source>
        <translation>A última parcela é de %1: ela absorve o resíduo de arredondamento de %2.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <source>Amortization</source>
        <translation>Amortização</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>calc takes no positional argument (got &apos;%1&apos;)</source>
        <translation>calc não aceita argumento posicional (recebido: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>%1: eligible for the release of production credentials.</source>
        <translation>%1: dia permitido para a liberação das credenciais de produção.</translation>
    </message>
    <message>
        <source>%1: not eligible.</source>
        <translation>%1: dia não permitido.</translation>
    </message>
    <message>
        <source>cannot read the passphrase file %1</source>
        <translation>não é possível ler o arquivo de frase secreta %1</translation>
    </message>
    <message>
        <source>the passphrase file %1 is empty</source>
        <translation>o arquivo de frase secreta %1 está vazio</translation>
    </message>
    <message>
        <source>cannot read the token from standard input</source>
        <translation>não é possível ler o token da entrada padrão</translation>
    </message>
    <message>
        <source>Expires at %1 (in %2 s).</source>
        <translation>Expira em %1 (daqui a %2 s).</translation>
    </message>
    <message>
        <source>EXPIRED at %1 (%2 s ago).</source>
        <translation>EXPIRADO em %1 (há %2 s).</translation>
    </message>
    <message>
        <source>NOT YET VALID: usable from %1 (in %2 s).</source>
        <translation>AINDA NÃO VÁLIDO: utilizável a partir de %1 (daqui a %2 s).</translation>
    </message>
    <message>
        <source>The token has no &quot;exp&quot; claim.</source>
        <translation>O token não tem a claim &quot;exp&quot;.</translation>
    </message>
    <message>
        <source>jwt sign takes no positional argument</source>
        <translation>jwt sign não aceita argumento posicional</translation>
    </message>
    <message>
        <source>jwt sign needs --%1</source>
        <translation>jwt sign precisa de --%1</translation>
    </message>
    <message>
        <source>--client-id must not be empty</source>
        <translation>--client-id não pode ser vazio</translation>
    </message>
    <message>
        <source>--aud must be the token endpoint URL, e.g. https://auth.moneyp.dev.br/connect/token</source>
        <translation>--aud deve ser a URL do endpoint de token, por exemplo https://auth.moneyp.dev.br/connect/token</translation>
    </message>
    <message>
        <source>--lifetime must be a number of seconds from 1 to 86400</source>
        <translation>--lifetime deve ser um número de segundos de 1 a 86400</translation>
    </message>
    <message>
        <source>jwt decode needs exactly one TOKEN (or - to read it from stdin)</source>
        <translation>jwt decode precisa de exatamente um TOKEN (ou - para lê-lo da entrada padrão)</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Cabeçalho:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Payload:</translation>
    </message>
    <message>
        <source>(decoded only; the signature was not checked — use jwt verify)</source>
        <translation>(apenas decodificado; a assinatura não foi verificada — use jwt verify)</translation>
    </message>
    <message>
        <source>jwt verify needs TOKEN (or -) and --pub public.pem</source>
        <translation>jwt verify precisa de TOKEN (ou -) e --pub public.pem</translation>
    </message>
    <message>
        <source>Signature valid (RS256, key %1).</source>
        <translation>Assinatura válida (RS256, chave %1).</translation>
    </message>
    <message>
        <source>Signature INVALID: %1</source>
        <translation>Assinatura INVÁLIDA: %1</translation>
    </message>
    <message>
        <source>jwt needs a subcommand: sign, decode or verify</source>
        <translation>jwt precisa de um subcomando: sign, decode ou verify</translation>
    </message>
    <message>
        <source>unknown jwt subcommand &apos;%1&apos;</source>
        <translation>subcomando de jwt desconhecido: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>key generate takes no positional argument</source>
        <translation>key generate não aceita argumento posicional</translation>
    </message>
    <message>
        <source>key generate needs --out-dir DIR and --passphrase-file F</source>
        <translation>key generate precisa de --out-dir DIR e --passphrase-file F</translation>
    </message>
    <message>
        <source>--bits must be 2048, 3072 or 4096</source>
        <translation>--bits deve ser 2048, 3072 ou 4096</translation>
    </message>
    <message>
        <source>%1 already exists; refusing to overwrite a key</source>
        <translation>%1 já existe; uma chave nunca é sobrescrita</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>não é possível criar o diretório %1</translation>
    </message>
    <message>
        <source>%1 could not be read back; do not use it</source>
        <translation>%1 não pôde ser lido de volta; não o use</translation>
    </message>
    <message>
        <source>Private key: %1 (encrypted PKCS#8, RSA %2 bits, readable by you only)</source>
        <translation>Chave privada: %1 (PKCS#8 criptografada, RSA de %2 bits, legível só por você)</translation>
    </message>
    <message>
        <source>Public key:  %1 (send this file, and only it, to BMP)</source>
        <translation>Chave pública: %1 (envie este arquivo, e somente ele, à BMP)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Impressão digital SHA-256: %1</translation>
    </message>
    <message>
        <source>JWK thumbprint: %1</source>
        <translation>Thumbprint JWK: %1</translation>
    </message>
    <message>
        <source>key inspect needs exactly one FILE</source>
        <translation>key inspect precisa de exatamente um arquivo (FILE)</translation>
    </message>
    <message>
        <source>%1 is an encrypted private key; give its passphrase with --passphrase-file</source>
        <translation>%1 é uma chave privada criptografada; informe a frase secreta dela com --passphrase-file</translation>
    </message>
    <message>
        <source>RSA public key, %1 bits</source>
        <translation>Chave pública RSA, %1 bits</translation>
    </message>
    <message>
        <source>RSA private key, %1 bits, encrypted</source>
        <translation>Chave privada RSA, %1 bits, criptografada</translation>
    </message>
    <message>
        <source>RSA private key, %1 bits, NOT encrypted</source>
        <translation>Chave privada RSA, %1 bits, NÃO criptografada</translation>
    </message>
    <message>
        <source>unknown key subcommand &apos;%1&apos;</source>
        <translation>subcomando de key desconhecido: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Created project %1 for %2.</source>
        <translation>Projeto %1 criado para %2.</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 steps done</source>
        <translation>%1 — %2 de %3 etapas concluídas</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>prevista para %1</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation>Etapa %1 (%2): %3</translation>
    </message>
    <message>
        <source>usage: bmpctl COMMAND [ARGS]</source>
        <translation>uso: bmpctl COMANDO [ARGUMENTOS]</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 bad usage or bad input.</source>
        <translation>Códigos de saída: 0 sucesso, 1 a operação falhou, 2 uso ou entrada inválidos.</translation>
    </message>
    <message>
        <source>warning: the sandbox listens on %1, reachable from other machines; its /_sandbox endpoints have no authentication.</source>
        <translation>aviso: a sandbox escuta em %1, acessível a partir de outras máquinas; seus endpoints /_sandbox não têm autenticação.</translation>
    </message>
    <message>
        <source>CA certificate: %1</source>
        <translation>Certificado da CA: %1</translation>
    </message>
    <message>
        <source>mode %1, %2; stop with Ctrl+C.</source>
        <translation>modo %1, %2; encerre com Ctrl+C.</translation>
    </message>
    <message>
        <source>no rate limit</source>
        <translation>sem limite de requisições</translation>
    </message>
    <message>
        <source>the project has no environment named %1</source>
        <translation>o projeto não tem ambiente chamado %1</translation>
    </message>
    <message>
        <source>the %1 environment is the app&apos;s built-in sandbox; start `bmpctl sandbox` and set the environment&apos;s token and API URLs to it</source>
        <translation>o ambiente %1 é a sandbox embutida do aplicativo; inicie `bmpctl sandbox` e aponte as URLs de token e de API do ambiente para ela</translation>
    </message>
    <message>
        <source>the %1 environment needs its token URL, API base URL and client_id</source>
        <translation>o ambiente %1 precisa da URL de token, da URL base da API e do client_id</translation>
    </message>
    <message>
        <source>ok (%1)</source>
        <translation>ok (%1)</translation>
    </message>
    <message>
        <source>%1 requests to %2 this run; evidence recorded in the project.</source>
        <translation>%1 requisições para %2 nesta execução; evidências registradas no projeto.</translation>
    </message>
    <message>
        <source>evidence export needs --project FILE --out FILE.jsonl</source>
        <translation>evidence export precisa de --project ARQUIVO --out ARQUIVO.jsonl</translation>
    </message>
    <message>
        <source>%1 evidence entries written to %2 (SHA-256 %3)</source>
        <translation>%1 registros de evidência gravados em %2 (SHA-256 %3)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Gravado %1 (%n página).</numerusform>
            <numerusform>Gravado %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence log: %1 entries, SHA-256 %2</source>
        <translation>Registro de evidências: %1 registros, SHA-256 %2</translation>
    </message>
    <message>
        <source>env list needs exactly one FILE</source>
        <translation>env list precisa de exatamente um ARQUIVO</translation>
    </message>
    <message>
        <source>token URL: built-in sandbox (started on demand)</source>
        <translation>URL do token: sandbox embutida (iniciada quando necessário)</translation>
    </message>
    <message>
        <source>token URL: %1</source>
        <translation>URL do token: %1</translation>
    </message>
    <message>
        <source>API URL: %1</source>
        <translation>URL da API: %1</translation>
    </message>
    <message>
        <source>key URL: %1</source>
        <translation>URL de cadastro da chave: %1</translation>
    </message>
    <message>
        <source>client_id: %1</source>
        <translation>client_id: %1</translation>
    </message>
    <message>
        <source>(not received yet)</source>
        <translation>(ainda não recebido)</translation>
    </message>
    <message>
        <source>scope: %1</source>
        <translation>escopo: %1</translation>
    </message>
    <message>
        <source>rate limit: none</source>
        <translation>limite de requisições: nenhum</translation>
    </message>
    <message>
        <source>extra CA certificates: %1</source>
        <translation>certificados de CA adicionais: %1</translation>
    </message>
    <message>
        <source>key: RSA %1, %2, %3</source>
        <translation>chave: RSA %1, %2, %3</translation>
    </message>
    <message>
        <source>registered %1</source>
        <translation>cadastrada em %1</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>não cadastrada</translation>
    </message>
    <message>
        <source>key: none</source>
        <translation>chave: nenhuma</translation>
    </message>
    <message>
        <source>WARNING: %1</source>
        <translation>ATENÇÃO: %1</translation>
    </message>
    <message>
        <source>env set needs FILE and ENV</source>
        <translation>env set precisa de ARQUIVO e AMBIENTE</translation>
    </message>
    <message>
        <source>--cacert and --no-cacert exclude each other</source>
        <translation>--cacert e --no-cacert não podem ser usados juntos</translation>
    </message>
    <message>
        <source>--rate-limit must be a number of requests per second (0 for none)</source>
        <translation>--rate-limit deve ser um número de requisições por segundo (0 para nenhum limite)</translation>
    </message>
    <message>
        <source>Created environment %1.</source>
        <translation>Ambiente %1 criado.</translation>
    </message>
    <message>
        <source>Saved environment %1.</source>
        <translation>Ambiente %1 salvo.</translation>
    </message>
    <message>
        <source>env needs a subcommand: set or list</source>
        <translation>env precisa de um subcomando: set ou list</translation>
    </message>
    <message>
        <source>unknown env subcommand &apos;%1&apos;</source>
        <translation>subcomando de env desconhecido: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>key needs a subcommand: generate, import, register or inspect</source>
        <translation>key precisa de um subcomando: generate, import, register ou inspect</translation>
    </message>
    <message>
        <source>--project needs the project file</source>
        <translation>--project precisa do arquivo do projeto</translation>
    </message>
    <message>
        <source>--env needs an environment name (practice, homologation, production or yours)</source>
        <translation>--env precisa do nome de um ambiente (practice, homologation, production ou um seu)</translation>
    </message>
    <message>
        <source>the project has no environment &apos;%1&apos; (it has: %2)</source>
        <translation>o projeto não tem o ambiente &apos;%1&apos; (tem: %2)</translation>
    </message>
    <message>
        <source>the %1 environment has no key yet (bmpctl key generate --project or key import)</source>
        <translation>o ambiente %1 ainda não tem chave (bmpctl key generate --project ou key import)</translation>
    </message>
    <message>
        <source>Stored an RSA %1-bit key for %2, encrypted with your passphrase.</source>
        <translation>Chave RSA de %1 bits guardada para %2, cifrada com a sua frase secreta.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>atenção: %1</translation>
    </message>
    <message>
        <source>%1 already has a key (%2), registered with BMP; add --replace to replace it</source>
        <translation>%1 já tem uma chave (%2), cadastrada na BMP; acrescente --replace para substituí-la</translation>
    </message>
    <message>
        <source>%1 already has a key (%2); add --replace to replace it</source>
        <translation>%1 já tem uma chave (%2); acrescente --replace para substituí-la</translation>
    </message>
    <message>
        <source>key generate --project needs --env ENV and --passphrase-file F</source>
        <translation>key generate --project precisa de --env AMBIENTE e --passphrase-file ARQ</translation>
    </message>
    <message>
        <source>--out-dir and --project exclude each other</source>
        <translation>--out-dir e --project não podem ser usados juntos</translation>
    </message>
    <message>
        <source>key import takes no positional argument</source>
        <translation>key import não aceita argumento posicional</translation>
    </message>
    <message>
        <source>key import needs --%1</source>
        <translation>key import precisa de --%1</translation>
    </message>
    <message>
        <source>key register takes no positional argument</source>
        <translation>key register não aceita argumento posicional</translation>
    </message>
    <message>
        <source>key register needs --project FILE and --env ENV</source>
        <translation>key register precisa de --project ARQUIVO e --env AMBIENTE</translation>
    </message>
    <message>
        <source>the %1 environment has no key URL: BMP registers keys by e-mail ticket (send public.pem, record it in the app), or set one with bmpctl env set --key-url</source>
        <translation>o ambiente %1 não tem URL de cadastro de chave: a BMP cadastra chaves por chamado por e-mail (envie o public.pem e registre o envio no aplicativo), ou defina uma com bmpctl env set --key-url</translation>
    </message>
    <message>
        <source>Registered the %1 public key (%2).</source>
        <translation>Chave pública de %1 cadastrada (%2).</translation>
    </message>
    <message>
        <source>jwt sign --project needs --%1</source>
        <translation>jwt sign --project precisa de --%1</translation>
    </message>
    <message>
        <source>--%1 and --project exclude each other</source>
        <translation>--%1 e --project não podem ser usados juntos</translation>
    </message>
    <message>
        <source>the %1 environment has no client_id yet (key register, or env set --client-id)</source>
        <translation>o ambiente %1 ainda não tem client_id (key register, ou env set --client-id)</translation>
    </message>
    <message>
        <source>Token type: %1</source>
        <translation>Tipo do token: %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Escopo: %1</translation>
    </message>
    <message>
        <source>Expires in %1 s (at %2).</source>
        <translation>Expira em %1 s (às %2).</translation>
    </message>
    <message>
        <source>The access token is a JWT issued by %1.</source>
        <translation>O token de acesso é um JWT emitido por %1.</translation>
    </message>
    <message>
        <source>Access token: %1</source>
        <translation>Token de acesso: %1</translation>
    </message>
    <message>
        <source>Access token: %1 (add --show-secret to print it)</source>
        <translation>Token de acesso: %1 (acrescente --show-secret para exibi-lo)</translation>
    </message>
    <message>
        <source>token takes no positional argument</source>
        <translation>token não aceita argumento posicional</translation>
    </message>
    <message>
        <source>token needs --passphrase-file F</source>
        <translation>token precisa de --passphrase-file ARQ</translation>
    </message>
    <message>
        <source>--%1 and --project exclude each other (change the environment with bmpctl env set)</source>
        <translation>--%1 e --project não podem ser usados juntos (altere o ambiente com bmpctl env set)</translation>
    </message>
    <message>
        <source>token --project needs --env ENV</source>
        <translation>token --project precisa de --env AMBIENTE</translation>
    </message>
    <message>
        <source>token needs --%1 (or --project FILE --env ENV)</source>
        <translation>token precisa de --%1 (ou --project ARQUIVO --env AMBIENTE)</translation>
    </message>
    <message>
        <source>--env needs --project FILE</source>
        <translation>--env precisa de --project ARQUIVO</translation>
    </message>
    <message>
        <source>--token-url must be an http(s) URL, e.g. https://auth.moneyp.dev.br/connect/token</source>
        <translation>--token-url deve ser uma URL http(s), p. ex. https://auth.moneyp.dev.br/connect/token</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 não contém nenhum certificado PEM</translation>
    </message>
    <message>
        <source>amount requested (vlrSolicitado), e.g. 10000.00</source>
        <translation>valor solicitado (vlrSolicitado), p. ex. 10000.00</translation>
    </message>
    <message>
        <source>number of monthly installments (1-420)</source>
        <translation>número de parcelas mensais (1-420)</translation>
    </message>
    <message>
        <source>interest rate, % a month, e.g. 1.99</source>
        <translation>taxa de juros, % a.m., p. ex. 1.99</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: same day next month)</source>
        <translation>AAAA-MM-DD (padrão: o mesmo dia do mês seguinte)</translation>
    </message>
    <message>
        <source>pf or pj</source>
        <translation>pf ou pj</translation>
    </message>
    <message>
        <source>PJ under Simples Nacional/MEI (reduced IOF up to the limit)</source>
        <translation>PJ optante pelo Simples Nacional/MEI (IOF reduzido até o limite)</translation>
    </message>
    <message>
        <source>TAC, financed (default 0)</source>
        <translation>TAC, financiada (padrão 0)</translation>
    </message>
    <message>
        <source>IOF rate table (JSON) instead of the built-in one</source>
        <translation>tabela de alíquotas de IOF (JSON) no lugar da embutida</translation>
    </message>
    <message>
        <source>write the calculation report (CSV) to FILE</source>
        <translation>grava o relatório do cálculo (CSV) em FILE</translation>
    </message>
    <message>
        <source>CSV with &apos;;&apos; and decimal commas (Excel in pt_BR)</source>
        <translation>CSV com &apos;;&apos; e vírgula decimal (Excel em pt_BR)</translation>
    </message>
    <message>
        <source>machine output</source>
        <translation>saída para programas</translation>
    </message>
    <message>
        <source>show the options</source>
        <translation>mostra as opções</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>&apos;%1&apos; não é uma data no formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>calendar check needs exactly one DATE (YYYY-MM-DD)</source>
        <translation>calendar check precisa de exatamente uma data (DATE, no formato AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>first day to consider</source>
        <translation>primeiro dia a considerar</translation>
    </message>
    <message>
        <source>how many days</source>
        <translation>quantos dias</translation>
    </message>
    <message>
        <source>calendar next takes no positional argument</source>
        <translation>calendar next não aceita argumento posicional</translation>
    </message>
    <message>
        <source>--count must be a number from 1 to 366</source>
        <translation>--count deve ser um número de 1 a 366</translation>
    </message>
    <message>
        <source>e.g. 2027</source>
        <translation>p. ex. 2027</translation>
    </message>
    <message>
        <source>calendar holidays needs a YEAR from 1900 to 2200</source>
        <translation>calendar holidays precisa de um ano (YEAR) de 1900 a 2200</translation>
    </message>
    <message>
        <source>calendar needs a subcommand: check, next or holidays</source>
        <translation>calendar precisa de um subcomando: check, next ou holidays</translation>
    </message>
    <message>
        <source>unknown calendar subcommand &apos;%1&apos;</source>
        <translation>subcomando de calendar desconhecido: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>project file</source>
        <translation>arquivo do projeto</translation>
    </message>
    <message>
        <source>remove the extra CA bundle</source>
        <translation>remove os certificados de CA adicionais</translation>
    </message>
    <message>
        <source>private key PEM</source>
        <translation>chave privada PEM</translation>
    </message>
    <message>
        <source>passphrase of the key</source>
        <translation>frase secreta da chave</translation>
    </message>
    <message>
        <source>client_id (iss and sub)</source>
        <translation>client_id (iss e sub)</translation>
    </message>
    <message>
        <source>token endpoint URL</source>
        <translation>URL do endpoint de token</translation>
    </message>
    <message>
        <source>seconds until exp</source>
        <translation>segundos até o exp</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>ambiente</translation>
    </message>
    <message>
        <source>compact JWT, or - for stdin</source>
        <translation>JWT compacto, ou - para ler da entrada padrão</translation>
    </message>
    <message>
        <source>public key PEM</source>
        <translation>chave pública PEM</translation>
    </message>
    <message>
        <source>check the signature only, not exp/nbf</source>
        <translation>verifica só a assinatura, não exp/nbf</translation>
    </message>
    <message>
        <source>directory for private.pem and public.pem</source>
        <translation>diretório para private.pem e public.pem</translation>
    </message>
    <message>
        <source>file holding the passphrase for private.pem</source>
        <translation>arquivo com a frase secreta do private.pem</translation>
    </message>
    <message>
        <source>2048, 3072 or 4096</source>
        <translation>2048, 3072 ou 4096</translation>
    </message>
    <message>
        <source>replace the environment&apos;s current key (--project)</source>
        <translation>substitui a chave atual do ambiente (--project)</translation>
    </message>
    <message>
        <source>passphrase of an encrypted private key</source>
        <translation>frase secreta de uma chave privada criptografada</translation>
    </message>
    <message>
        <source>public or private key PEM</source>
        <translation>chave pública ou privada PEM</translation>
    </message>
    <message>
        <source>partner name</source>
        <translation>nome do parceiro</translation>
    </message>
    <message>
        <source>caas|fgts|bureau|econsignado (repeatable)</source>
        <translation>caas|fgts|bureau|econsignado (pode ser repetida)</translation>
    </message>
    <message>
        <source>project file to create</source>
        <translation>arquivo do projeto a criar</translation>
    </message>
    <message>
        <source>project init needs exactly one FILE</source>
        <translation>project init precisa de exatamente um arquivo (FILE)</translation>
    </message>
    <message>
        <source>project init needs --partner NAME</source>
        <translation>project init precisa de --partner NAME</translation>
    </message>
    <message>
        <source>unknown product &apos;%1&apos; (caas, fgts, bureau, econsignado)</source>
        <translation>produto desconhecido: &apos;%1&apos; (caas, fgts, bureau, econsignado)</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 já existe; escolha outro nome</translation>
    </message>
    <message>
        <source>project status needs exactly one FILE</source>
        <translation>project status precisa de exatamente um arquivo (FILE)</translation>
    </message>
    <message>
        <source>reason or comment</source>
        <translation>motivo ou comentário</translation>
    </message>
    <message>
        <source>project step needs FILE and STEP</source>
        <translation>project step precisa de FILE e STEP</translation>
    </message>
    <message>
        <source>STEP must be a number from 1 to 11</source>
        <translation>STEP deve ser um número de 1 a 11</translation>
    </message>
    <message>
        <source>project step needs --status not-started|in-progress|blocked|done</source>
        <translation>project step precisa de --status not-started|in-progress|blocked|done</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (not-started, in-progress, blocked, done)</source>
        <translation>status desconhecido: &apos;%1&apos; (not-started, in-progress, blocked, done)</translation>
    </message>
    <message>
        <source>step %1 does not apply to this project&apos;s products</source>
        <translation>a etapa %1 não se aplica aos produtos deste projeto</translation>
    </message>
    <message>
        <source>unknown project subcommand &apos;%1&apos;</source>
        <translation>subcomando de project desconhecido: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>private key PEM (PKCS#1 or PKCS#8)</source>
        <translation>chave privada PEM (PKCS#1 ou PKCS#8)</translation>
    </message>
    <message>
        <source>passphrase of the PEM when it is encrypted with another one</source>
        <translation>frase secreta do PEM, quando ele estiver criptografado com outra</translation>
    </message>
    <message>
        <source>passphrase to encrypt the key with in the project</source>
        <translation>frase secreta com que a chave será criptografada no projeto</translation>
    </message>
    <message>
        <source>replace the environment&apos;s current key</source>
        <translation>substitui a chave atual do ambiente</translation>
    </message>
    <message>
        <source>passphrase of the private key</source>
        <translation>frase secreta da chave privada</translation>
    </message>
    <message>
        <source>the environment&apos;s private key (PEM)</source>
        <translation>a chave privada do ambiente (PEM)</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>CENÁRIO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>SITUAÇÃO</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>output file (JSON Lines)</source>
        <translation>arquivo de saída (JSON Lines)</translation>
    </message>
    <message>
        <source>PDF to write</source>
        <translation>PDF a gravar</translation>
    </message>
    <message>
        <source>en or pt_BR (default en)</source>
        <translation>en ou pt_BR (padrão en)</translation>
    </message>
    <message>
        <source>report signoff takes no positional argument</source>
        <translation>report signoff não aceita argumento posicional</translation>
    </message>
    <message>
        <source>report signoff needs --project FILE and --out FILE.pdf</source>
        <translation>report signoff precisa de --project FILE e --out FILE.pdf</translation>
    </message>
    <message>
        <source>--lang must be en or pt_BR, not &apos;%1&apos;</source>
        <translation>--lang deve ser en ou pt_BR, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--out %1 is a directory; give a file name</source>
        <translation>--out %1 é um diretório; informe um nome de arquivo</translation>
    </message>
    <message>
        <source>the directory of --out %1 does not exist</source>
        <translation>o diretório de --out %1 não existe</translation>
    </message>
    <message>
        <source>report needs a subcommand: signoff</source>
        <translation>report precisa de um subcomando: signoff</translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos; (signoff)</source>
        <translation>relatório desconhecido: &apos;%1&apos; (signoff)</translation>
    </message>
    <message>
        <source>address and port (default 127.0.0.1:0, a free port)</source>
        <translation>endereço e porta (padrão 127.0.0.1:0, uma porta livre)</translation>
    </message>
    <message>
        <source>serve HTTPS with a CA generated at start</source>
        <translation>serve HTTPS com uma CA gerada na inicialização</translation>
    </message>
    <message>
        <source>where to write the CA certificate (PEM) with --tls</source>
        <translation>onde gravar o certificado da CA (PEM) com --tls</translation>
    </message>
    <message>
        <source>homologation (lenient) or production (1 request/s)</source>
        <translation>homologation (tolerante) ou production (1 requisição/s)</translation>
    </message>
    <message>
        <source>requests per second per client (0: none)</source>
        <translation>requisições por segundo por cliente (0: sem limite)</translation>
    </message>
    <message>
        <source>keep the state in DIR/sandbox-state.sqlite</source>
        <translation>guarda o estado em DIR/sandbox-state.sqlite</translation>
    </message>
    <message>
        <source>milliseconds from release to payment (default 2000)</source>
        <translation>milissegundos da liberação ao pagamento (padrão 2000)</translation>
    </message>
    <message>
        <source>sandbox takes no positional argument</source>
        <translation>sandbox não aceita argumento posicional</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT, e.g. 127.0.0.1:8080 or [::1]:0</source>
        <translation>--listen precisa de HOST:PORT, p. ex. 127.0.0.1:8080 ou [::1]:0</translation>
    </message>
    <message>
        <source>--mode must be homologation or production</source>
        <translation>--mode deve ser homologation ou production</translation>
    </message>
    <message>
        <source>--rate-limit must be a number of requests per second (0: no limit)</source>
        <translation>--rate-limit deve ser um número de requisições por segundo (0: sem limite)</translation>
    </message>
    <message>
        <source>--settle-delay must be a number of milliseconds (0 to 86400000)</source>
        <translation>--settle-delay deve ser um número de milissegundos (0 a 86400000)</translation>
    </message>
    <message>
        <source>--ca-out only makes sense with --tls</source>
        <translation>--ca-out só faz sentido com --tls</translation>
    </message>
    <message>
        <source>cannot install the SIGINT/SIGTERM handlers</source>
        <translation>não é possível instalar os tratadores de SIGINT/SIGTERM</translation>
    </message>
    <message>
        <source>assertion lifetime in seconds</source>
        <translation>validade da asserção em segundos</translation>
    </message>
    <message>
        <source>print the access token itself</source>
        <translation>exibe o próprio token de acesso</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try bmpctl --help)</source>
        <translation>comando desconhecido: &apos;%1&apos; (tente bmpctl --help)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>signature before Finalizar: waived by BMP</source>
        <translation>assinatura antes do Finalizar: dispensada pela BMP</translation>
    </message>
    <message>
        <source>signature before Finalizar: required</source>
        <translation>assinatura antes do Finalizar: obrigatória</translation>
    </message>
    <message>
        <source>required (BMP&apos;s default) or waived: whether BMP set this environment up to finalize proposals without the signature call (IncluirAssinaturaCCBFinalizada)</source>
        <translation>required (o padrão da BMP) ou waived: se a BMP configurou este ambiente para finalizar propostas sem a chamada de assinatura (IncluirAssinaturaCCBFinalizada)</translation>
    </message>
    <message>
        <source>--signature must be required or waived</source>
        <translation>--signature deve ser required ou waived</translation>
    </message>
    <message>
        <source>this command needs --%1</source>
        <translation>este comando precisa de --%1</translation>
    </message>
    <message>
        <source>The signature call is waived for %1 (set with bmpctl env set --signature).</source>
        <translation>A chamada de assinatura está dispensada em %1 (definido com bmpctl env set --signature).</translation>
    </message>
    <message>
        <source>SIGNED</source>
        <translation>ASSINADA</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>dispensada</translation>
    </message>
    <message>
        <source>a, b or c</source>
        <translation>a, b ou c</translation>
    </message>
    <message>
        <source>why (BMP records it)</source>
        <translation>por quê (a BMP registra)</translation>
    </message>
    <message>
        <source>BMP&apos;s rejection reason number (motivoRejeicao)</source>
        <translation>o número do motivo de recusa da BMP (motivoRejeicao)</translation>
    </message>
    <message>
        <source>--scenario must be a, b or c</source>
        <translation>--scenario deve ser a, b ou c</translation>
    </message>
    <message>
        <source>--reason is required: BMP records why the proposal is withdrawn</source>
        <translation>--reason é obrigatório: a BMP registra por que a proposta é retirada</translation>
    </message>
    <message>
        <source>--motive must be BMP&apos;s rejection reason number (0 to 9999)</source>
        <translation>--motive deve ser o número do motivo de recusa da BMP (0 a 9999)</translation>
    </message>
    <message>
        <source>Scenario %1&apos;s proposal %2 is now %3.</source>
        <translation>A proposta %2 do cenário %1 agora está em %3.</translation>
    </message>
    <message>
        <source>usage: bmpctl proposals run|cancel|reject --project FILE --env ENV --passphrase-file F [--key private.pem] [--json]; cancel and reject also take --scenario a|b|c --reason TEXT (reject: --motive N)</source>
        <translation>uso: bmpctl proposals run|cancel|reject --project ARQUIVO --env AMBIENTE --passphrase-file A [--key private.pem] [--json]; cancel e reject também recebem --scenario a|b|c --reason TEXTO (reject: --motive N)</translation>
    </message>
    <message>
        <source>required (BMP&apos;s default: Finalizar needs IncluirAssinaturaCCBFinalizada first) or waived</source>
        <translation>required (o padrão da BMP: o Finalizar precisa do IncluirAssinaturaCCBFinalizada antes) ou waived</translation>
    </message>
    <message>
        <source>rate limit: %1 per second</source>
        <translation>limite de requisições: %1 por segundo</translation>
    </message>
    <message>
        <source>at most %1 per second per client</source>
        <translation>no máximo %1 por segundo por cliente</translation>
    </message>
    <message numerus="yes">
        <source>Token received from %1 (HTTP %2, %n attempt(s)).</source>
        <translation>
            <numerusform>Token recebido de %1 (HTTP %2, %n tentativa).</numerusform>
            <numerusform>Token recebido de %1 (HTTP %2, %n tentativas).</numerusform>
        </translation>
    </message>
    <message>
        <source>extra CA certificates to trust</source>
        <translation>certificados de CA adicionais em que confiar</translation>
    </message>
    <message>
        <source>Step %1 (%2) is already %3: nothing changed.</source>
        <translation>A etapa %1 (%2) já está %3: nada mudou.</translation>
    </message>
    <message>
        <source>Step %1 (%2) stays %3; the note was added to its history.</source>
        <translation>A etapa %1 (%2) continua %3; a nota foi adicionada ao histórico.</translation>
    </message>
    <message>
        <source>usage: bmpctl calc --amount N --installments N --monthly-rate PCT --contract-date D [--first-due D] --person pf|pj [--simples] [--tac N] [--iof-table FILE] [--csv FILE [--csv-br] [--force]] [--json]</source>
        <translation>uso: bmpctl calc --amount N --installments N --monthly-rate PCT --contract-date D [--first-due D] --person pf|pj [--simples] [--tac N] [--iof-table ARQUIVO] [--csv ARQUIVO [--csv-br] [--force]] [--json]</translation>
    </message>
    <message>
        <source>the passphrase file %1 is too large (over %2 bytes)</source>
        <translation>o arquivo da frase secreta %1 é grande demais (mais de %2 bytes)</translation>
    </message>
    <message>
        <source>replace the output file if it exists (never a project file)</source>
        <translation>substitui o arquivo de saída se ele existir (nunca um arquivo de projeto)</translation>
    </message>
    <message>
        <source>%1 already exists; it was left untouched (add --force to replace it)</source>
        <translation>%1 já existe e não foi alterado (acrescente --force para substituí-lo)</translation>
    </message>
    <message>
        <source>usage: bmpctl evidence export --project FILE --out FILE.jsonl [--force]</source>
        <translation>uso: bmpctl evidence export --project ARQUIVO --out ARQUIVO.jsonl [--force]</translation>
    </message>
    <message>
        <source>INVALID times: exp, nbf and iat must be whole numbers of seconds since 1970 (up to the year 9999).</source>
        <translation>Horários INVÁLIDOS: exp, nbf e iat devem ser números inteiros de segundos desde 1970 (até o ano 9999).</translation>
    </message>
    <message>
        <source>Shared project at %1, connected as %2</source>
        <translation>Projeto compartilhado em %1, conectado como %2</translation>
    </message>
    <message>
        <source>replace the project the database already holds</source>
        <translation>substituir o projeto que o banco de dados já guarda</translation>
    </message>
    <message>
        <source>let this database role (a person or a team role) read and edit it (repeatable)</source>
        <translation>permitir que este papel do banco de dados (uma pessoa ou um papel de equipe) leia e edite o projeto (repetível)</translation>
    </message>
    <message>
        <source>project file to share</source>
        <translation>arquivo de projeto a compartilhar</translation>
    </message>
    <message>
        <source>postgresql://[user@]host[:port]/database[?sslmode=…]</source>
        <translation>postgresql://[usuário@]servidor[:porta]/banco[?sslmode=…]</translation>
    </message>
    <message>
        <source>project share needs a FILE and a postgresql:// ADDRESS</source>
        <translation>project share precisa de um ARQUIVO e de um ENDEREÇO postgresql://</translation>
    </message>
    <message>
        <source>Shared %1 at %2 (%3 rows).</source>
        <translation>%1 compartilhado em %2 (%3 linhas).</translation>
    </message>
    <message>
        <source>Private keys stay on this machine, in %1: %2</source>
        <translation>As chaves privadas ficam nesta máquina, em %1: %2</translation>
    </message>
    <message>
        <source>project file or postgresql:// address</source>
        <translation>arquivo de projeto ou endereço postgresql://</translation>
    </message>
    <message>
        <source>the area&apos;s position in step 9 (1, 2, …)</source>
        <translation>a posição da área na etapa 9 (1, 2, …)</translation>
    </message>
    <message>
        <source>database role that alone records its decision (&quot;&quot; for anyone)</source>
        <translation>papel do banco de dados que, sozinho, registra a decisão (&quot;&quot; para qualquer pessoa)</translation>
    </message>
    <message>
        <source>project signer needs PROJECT, AREA and ROLE</source>
        <translation>project signer precisa de PROJETO, ÁREA e PAPEL</translation>
    </message>
    <message>
        <source>AREA is a number from 1 to %1</source>
        <translation>ÁREA é um número de 1 a %1</translation>
    </message>
    <message>
        <source>Anyone may record the decision of %1.</source>
        <translation>Qualquer pessoa pode registrar a decisão de %1.</translation>
    </message>
    <message>
        <source>Only %1 may record the decision of %2.</source>
        <translation>Somente %1 pode registrar a decisão de %2.</translation>
    </message>
    <message>
        <source>new project file (never overwritten)</source>
        <translation>novo arquivo de projeto (nunca sobrescrito)</translation>
    </message>
    <message>
        <source>project copy needs a PROJECT and a new FILE</source>
        <translation>project copy precisa de um PROJECT e de um novo FILE</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>%1 copiado para %2.</translation>
    </message>
    <message>
        <source>project needs a subcommand: init, status, step, share, signer or copy</source>
        <translation>project precisa de um subcomando: init, status, step, share, signer ou copy</translation>
    </message>
</context>
<context>
    <name>DisbursementCheck</name>
    <message>
        <source>No disbursement account was given (propostaContaPagamentoDTO).</source>
        <translation>Nenhuma conta de pagamento foi informada (propostaContaPagamentoDTO).</translation>
    </message>
    <message>
        <source>The bank code (codigoBanco) is missing or not a number.</source>
        <translation>O código do banco (codigoBanco) está ausente ou não é um número.</translation>
    </message>
    <message>
        <source>Bank %1 is not in Banco Central&apos;s list of COMPE codes.</source>
        <translation>O banco %1 não está na lista de códigos COMPE do Banco Central.</translation>
    </message>
    <message>
        <source>numeroBanco (%1) and codigoBanco (%2) name different banks.</source>
        <translation>numeroBanco (%1) e codigoBanco (%2) indicam bancos diferentes.</translation>
    </message>
    <message>
        <source>The agency number (agencia) must have 1 to 5 digits.</source>
        <translation>O número da agência (agencia) deve ter de 1 a 5 dígitos.</translation>
    </message>
    <message>
        <source>The agency check digit (agenciaDig) must be one digit or X.</source>
        <translation>O dígito verificador da agência (agenciaDig) deve ser um dígito ou X.</translation>
    </message>
    <message>
        <source>The account number (conta) must have 1 to 20 digits.</source>
        <translation>O número da conta (conta) deve ter de 1 a 20 dígitos.</translation>
    </message>
    <message>
        <source>The account check digit (contaDig) is missing or not a digit.</source>
        <translation>O dígito verificador da conta (contaDig) está ausente ou não é um dígito.</translation>
    </message>
    <message>
        <source>Banco do Brasil agencies have 4 digits.</source>
        <translation>As agências do Banco do Brasil têm 4 dígitos.</translation>
    </message>
    <message>
        <source>The agency check digit %1-%2 does not match Banco do Brasil&apos;s rule.</source>
        <translation>O dígito verificador da agência %1-%2 não confere com a regra do Banco do Brasil.</translation>
    </message>
    <message>
        <source>Banco do Brasil account numbers have at most 8 digits.</source>
        <translation>Os números de conta do Banco do Brasil têm no máximo 8 dígitos.</translation>
    </message>
    <message>
        <source>The account check digit %1-%2 does not match Banco do Brasil&apos;s rule.</source>
        <translation>O dígito verificador da conta %1-%2 não confere com a regra do Banco do Brasil.</translation>
    </message>
    <message>
        <source>The payee&apos;s document (documentoFederalPagamento) is missing.</source>
        <translation>O documento do favorecido (documentoFederalPagamento) está ausente.</translation>
    </message>
    <message>
        <source>The payee&apos;s document %1 is not a valid CPF or CNPJ.</source>
        <translation>O documento do favorecido %1 não é um CPF ou CNPJ válido.</translation>
    </message>
    <message>
        <source>The payee&apos;s document %1 is not the borrower&apos;s: a loan is paid to its borrower.</source>
        <translation>O documento do favorecido %1 não é o do tomador: o empréstimo é pago ao próprio tomador.</translation>
    </message>
    <message>
        <source>The payee&apos;s name (nomePagamento) is missing.</source>
        <translation>O nome do favorecido (nomePagamento) está ausente.</translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <source>Operation completed.</source>
        <translation>Operação realizada.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>A requisição foi recusada.</translation>
    </message>
    <message>
        <source>Too many requests: this environment&apos;s limit is %1 per second per client. Retry after %2 s.</source>
        <translation>Requisições demais: o limite deste ambiente é de %1 por segundo por cliente. Tente novamente após %2 s.</translation>
    </message>
</context>
<context>
    <name>EnvironmentProfile</name>
    <message>
        <source>Practice (local sandbox)</source>
        <translation>Treino (sandbox local)</translation>
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
        <source>The environment name must be 1–40 lowercase letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>O nome do ambiente deve ter de 1 a 40 letras minúsculas, dígitos, &apos;-&apos; ou &apos;_&apos;.</translation>
    </message>
    <message>
        <source>token URL</source>
        <translation>URL do token</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base da API</translation>
    </message>
    <message>
        <source>key registration URL</source>
        <translation>URL de cadastro da chave</translation>
    </message>
    <message>
        <source>The %1 is not valid: %2</source>
        <translation>A %1 não é válida: %2</translation>
    </message>
    <message>
        <source>Enter the token URL of the %1 environment.</source>
        <translation>Informe a URL do token do ambiente %1.</translation>
    </message>
    <message>
        <source>The scope is too long (at most %1 characters).</source>
        <translation>O escopo é longo demais (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The scope contains characters that are not allowed.</source>
        <translation>O escopo contém caracteres não permitidos.</translation>
    </message>
    <message>
        <source>The client_id must be a single word without spaces (such as bmp.digital.api.partner).</source>
        <translation>O client_id deve ser uma única palavra, sem espaços (como bmp.digital.api.parceiro).</translation>
    </message>
    <message>
        <source>The rate limit must be between 0 (unlimited) and 1000 requests per second.</source>
        <translation>O limite de requisições deve estar entre 0 (sem limite) e 1000 requisições por segundo.</translation>
    </message>
    <message>
        <source>The CA bundle holds no PEM certificate.</source>
        <translation>O pacote de CAs não contém nenhum certificado PEM.</translation>
    </message>
    <message>
        <source>The %1 environment is built in and cannot be removed.</source>
        <translation>O ambiente %1 faz parte do programa e não pode ser removido.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>O arquivo não é um JSON válido.</translation>
    </message>
    <message>
        <source>The file is not an environment profile export.</source>
        <translation>O arquivo não é uma exportação de perfil de ambiente.</translation>
    </message>
    <message>
        <source>The file was made by a newer version of BMP Onboarding.</source>
        <translation>O arquivo foi criado por uma versão mais nova do BMP Onboarding.</translation>
    </message>
    <message>
        <source>The %1 environment is reached over https only; %2 is not, so nothing was sent. Correct the URL in step 4.</source>
        <translation>O ambiente %1 só é acessado por https; %2 não é, então nada foi enviado. Corrija a URL na etapa 4.</translation>
    </message>
    <message>
        <source>%1 is one of BMP&apos;s own servers, which are reached over https only, so nothing was sent. Correct the URL in step 4.</source>
        <translation>%1 é um dos servidores da própria BMP, que só são acessados por https, então nada foi enviado. Corrija a URL na etapa 4.</translation>
    </message>
    <message>
        <source>The production environment trusts the system&apos;s certificate authorities only, but this project adds a CA bundle to it, so nothing was sent. Remove the CA bundle in step 4.</source>
        <translation>O ambiente de produção confia apenas nas autoridades certificadoras do sistema, mas este projeto acrescenta a ele um pacote de CAs, então nada foi enviado. Remova o pacote de CAs na etapa 4.</translation>
    </message>
    <message>
        <source>The %1 environment is built in; its kind cannot be changed.</source>
        <translation>O ambiente %1 é embutido; o tipo dele não pode ser alterado.</translation>
    </message>
    <message>
        <source>The %1 points to one of BMP&apos;s own servers, which are reached over https only.</source>
        <translation>O campo %1 aponta para um dos servidores da própria BMP, que só são acessados por https.</translation>
    </message>
    <message>
        <source>Production trusts the system&apos;s certificate authorities only: remove the CA bundle.</source>
        <translation>A produção confia apenas nas autoridades certificadoras do sistema: remova o pacote de CAs.</translation>
    </message>
</context>
<context>
    <name>EvidenceLog</name>
    <message>
        <source>Could not record the exchange in the project.</source>
        <translation>Não foi possível registrar a troca de mensagens no projeto.</translation>
    </message>
</context>
<context>
    <name>IofRateTable</name>
    <message>
        <source>The contract date is missing or invalid.</source>
        <translation>A data de contratação está ausente ou é inválida.</translation>
    </message>
    <message>
        <source>The IOF rate table has no rate for %1. Add one to the table.</source>
        <translation>A tabela de alíquotas de IOF não tem alíquota para %1. Inclua uma na tabela.</translation>
    </message>
    <message>
        <source>The IOF rate table has no rate for %1 on %2: its first entry is from %3. Add the rate in force on that date to the table.</source>
        <translation>A tabela de alíquotas de IOF não tem alíquota para %1 em %2: a primeira entrada é de %3. Inclua na tabela a alíquota vigente nessa data.</translation>
    </message>
    <message>
        <source>The Simples Nacional limit of the IOF table cannot be negative.</source>
        <translation>O limite do Simples Nacional da tabela de IOF não pode ser negativo.</translation>
    </message>
    <message>
        <source>IOF table entry %1 has no valid “valid from” date (YYYY-MM-DD).</source>
        <translation>A entrada %1 da tabela de IOF não tem uma data “vigente desde” válida (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>IOF table entry %1 has a daily rate of %2%; it must be from 0 to 1 (% a day, such as 0.0082).</source>
        <translation>A entrada %1 da tabela de IOF tem alíquota diária de %2%; ela deve ser de 0 a 1 (% ao dia, como 0,0082).</translation>
    </message>
    <message>
        <source>IOF table entry %1 has an additional rate of %2%; it must be from 0 to 100 (such as 0.38).</source>
        <translation>A entrada %1 da tabela de IOF tem alíquota adicional de %2%; ela deve ser de 0 a 100 (como 0,38).</translation>
    </message>
    <message>
        <source>The IOF table has two entries for %1 from %2; keep one.</source>
        <translation>A tabela de IOF tem duas entradas para %1 a partir de %2; mantenha só uma.</translation>
    </message>
    <message>
        <source>individuals (PF)</source>
        <translation>pessoas físicas (PF)</translation>
    </message>
    <message>
        <source>companies (PJ)</source>
        <translation>pessoas jurídicas (PJ)</translation>
    </message>
    <message>
        <source>Simples Nacional/MEI companies up to the limit</source>
        <translation>empresas do Simples Nacional/MEI até o limite</translation>
    </message>
    <message>
        <source>This is not an IOF rate table (the “format” field should be “bmp-iof-rates”).</source>
        <translation>Isto não é uma tabela de alíquotas de IOF (o campo “format” deveria ser “bmp-iof-rates”).</translation>
    </message>
    <message>
        <source>This IOF rate table has version %1; this program reads version %2.</source>
        <translation>Esta tabela de alíquotas de IOF tem a versão %1; este programa lê a versão %2.</translation>
    </message>
    <message>
        <source>The IOF rate table needs “simplesLimit”, the Simples Nacional limit in reais (30000).</source>
        <translation>A tabela de alíquotas de IOF precisa de “simplesLimit”, o limite do Simples Nacional em reais (30000).</translation>
    </message>
    <message>
        <source>The IOF rate table has no entries.</source>
        <translation>A tabela de alíquotas de IOF não tem entradas.</translation>
    </message>
    <message>
        <source>IOF table entry %1 has no valid “validFrom” date (YYYY-MM-DD).</source>
        <translation>A entrada %1 da tabela de IOF não tem uma data “validFrom” válida (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>IOF table entry %1 has an unknown category; use pf, pj or pj-simples.</source>
        <translation>A entrada %1 da tabela de IOF tem uma categoria desconhecida; use pf, pj ou pj-simples.</translation>
    </message>
    <message>
        <source>IOF table entry %1 needs numeric “dailyRatePercent” and “additionalRatePercent”.</source>
        <translation>A entrada %1 da tabela de IOF precisa de “dailyRatePercent” e “additionalRatePercent” numéricos.</translation>
    </message>
    <message>
        <source>Cannot write the IOF rate table to %1.</source>
        <translation>Não é possível gravar a tabela de alíquotas de IOF em %1.</translation>
    </message>
    <message>
        <source>Cannot read the IOF rate table %1.</source>
        <translation>Não é possível ler a tabela de alíquotas de IOF %1.</translation>
    </message>
    <message>
        <source>The IOF rate table %1 is not valid JSON.</source>
        <translation>A tabela de alíquotas de IOF %1 não é um JSON válido.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>The JWT is empty.</source>
        <translation>O JWT está vazio.</translation>
    </message>
    <message>
        <source>The JWT is too long (%1 bytes) to be a client assertion.</source>
        <translation>O JWT é longo demais (%1 bytes) para ser uma asserção de cliente.</translation>
    </message>
    <message>
        <source>A JWT has three parts separated by dots; this one has %1.</source>
        <translation>Um JWT tem três partes separadas por pontos; este tem %1.</translation>
    </message>
    <message>
        <source>The JWT header is not valid base64url.</source>
        <translation>O cabeçalho do JWT não está em base64url válido.</translation>
    </message>
    <message>
        <source>The JWT header is not a JSON object.</source>
        <translation>O cabeçalho do JWT não é um objeto JSON.</translation>
    </message>
    <message>
        <source>The JWT header has no &quot;alg&quot;.</source>
        <translation>O cabeçalho do JWT não tem &quot;alg&quot;.</translation>
    </message>
    <message>
        <source>The JWT payload is not valid base64url.</source>
        <translation>O payload do JWT não está em base64url válido.</translation>
    </message>
    <message>
        <source>The JWT payload is not a JSON object.</source>
        <translation>O payload do JWT não é um objeto JSON.</translation>
    </message>
    <message>
        <source>The JWT signature is not valid base64url.</source>
        <translation>A assinatura do JWT não está em base64url válido.</translation>
    </message>
    <message>
        <source>The JWT uses the algorithm &quot;%1&quot;; only RS256 is accepted.</source>
        <translation>O JWT usa o algoritmo &quot;%1&quot;; só RS256 é aceito.</translation>
    </message>
    <message>
        <source>The JWT header has critical extensions (&quot;crit&quot;), which are not supported.</source>
        <translation>O cabeçalho do JWT tem extensões críticas (&quot;crit&quot;), que não são suportadas.</translation>
    </message>
    <message>
        <source>The JWT has no signature.</source>
        <translation>O JWT não tem assinatura.</translation>
    </message>
    <message>
        <source>No public key was given to verify the JWT.</source>
        <translation>Nenhuma chave pública foi informada para verificar o JWT.</translation>
    </message>
    <message>
        <source>The JWT signature does not match this public key (the token was altered or signed with another key).</source>
        <translation>A assinatura do JWT não confere com esta chave pública (o token foi alterado ou assinado com outra chave).</translation>
    </message>
</context>
<context>
    <name>KeyFiles</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não é possível ler %1.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; give the path of a key file.</source>
        <translation>%1 não é um arquivo comum; informe o caminho de um arquivo de chave.</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file (over %2 bytes).</source>
        <translation>%1 é grande demais para ser um arquivo de chave (mais de %2 bytes).</translation>
    </message>
</context>
<context>
    <name>KeyPair</name>
    <message>
        <source>Key generation was cancelled.</source>
        <translation>A geração da chave foi cancelada.</translation>
    </message>
    <message>
        <source>RSA keys can be generated with 2048, 3072 or 4096 bits, not %1.</source>
        <translation>Chaves RSA podem ser geradas com 2048, 3072 ou 4096 bits, não %1.</translation>
    </message>
    <message>
        <source>The RSA key generator could not be set up.</source>
        <translation>O gerador de chaves RSA não pôde ser preparado.</translation>
    </message>
    <message>
        <source>The RSA key could not be generated.</source>
        <translation>A chave RSA não pôde ser gerada.</translation>
    </message>
    <message>
        <source>No key was given.</source>
        <translation>Nenhuma chave foi informada.</translation>
    </message>
    <message>
        <source>The key type is %1; BMP needs an RSA key.</source>
        <translation>O tipo da chave é %1; a BMP precisa de uma chave RSA.</translation>
    </message>
    <message>
        <source>non-RSA</source>
        <translation>não RSA</translation>
    </message>
    <message>
        <source>This RSA key has only %1 bits; BMP needs at least %2 bits.</source>
        <translation>Esta chave RSA tem só %1 bits; a BMP precisa de pelo menos %2 bits.</translation>
    </message>
    <message>
        <source>Signing needs the private key, but only a public key is loaded.</source>
        <translation>Assinar exige a chave privada, mas só uma chave pública está carregada.</translation>
    </message>
    <message>
        <source>The RS256 signer could not be set up.</source>
        <translation>O assinador RS256 não pôde ser preparado.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>A assinatura falhou.</translation>
    </message>
    <message>
        <source>There is no private key to save.</source>
        <translation>Não há chave privada para salvar.</translation>
    </message>
    <message>
        <source>A passphrase is needed to protect the private key.</source>
        <translation>É preciso uma frase secreta para proteger a chave privada.</translation>
    </message>
    <message>
        <source>The private key could not be prepared for encryption.</source>
        <translation>A chave privada não pôde ser preparada para a criptografia.</translation>
    </message>
    <message>
        <source>The private key could not be encrypted.</source>
        <translation>A chave privada não pôde ser criptografada.</translation>
    </message>
    <message>
        <source>The encrypted private key could not be written.</source>
        <translation>A chave privada criptografada não pôde ser gravada.</translation>
    </message>
    <message>
        <source>The private key is damaged: its parts do not belong together.</source>
        <translation>A chave privada está danificada: suas partes não combinam entre si.</translation>
    </message>
    <message>
        <source>The key file is empty.</source>
        <translation>O arquivo de chave está vazio.</translation>
    </message>
    <message>
        <source>The file is too large to be a PEM key (%1 bytes).</source>
        <translation>O arquivo é grande demais para ser uma chave PEM (%1 bytes).</translation>
    </message>
    <message>
        <source>This looks like a binary DER key; BMP Onboarding reads PEM. Convert it with: openssl pkey -inform DER -in KEY.der -out KEY.pem</source>
        <translation>Isto parece uma chave DER binária; o BMP Onboarding lê PEM. Converta-a com: openssl pkey -inform DER -in KEY.der -out KEY.pem</translation>
    </message>
    <message>
        <source>This is not a PEM key: no &quot;-----BEGIN&quot; line was found.</source>
        <translation>Isto não é uma chave PEM: nenhuma linha &quot;-----BEGIN&quot; foi encontrada.</translation>
    </message>
    <message>
        <source>This file holds only a public key; the private key is needed here.</source>
        <translation>Este arquivo contém só uma chave pública; aqui é preciso a chave privada.</translation>
    </message>
    <message>
        <source>This file holds a private key; a public key (&quot;BEGIN PUBLIC KEY&quot;) is expected here.</source>
        <translation>Este arquivo contém uma chave privada; aqui se espera uma chave pública (&quot;BEGIN PUBLIC KEY&quot;).</translation>
    </message>
    <message>
        <source>This is a certificate, not a key. BMP registers a bare RSA key.</source>
        <translation>Isto é um certificado, não uma chave. A BMP cadastra uma chave RSA pura.</translation>
    </message>
    <message>
        <source>The file holds a PEM &quot;%1&quot; block, which is not a key.</source>
        <translation>O arquivo contém um bloco PEM &quot;%1&quot;, que não é uma chave.</translation>
    </message>
    <message>
        <source>OpenSSH key files are not supported. Convert it to PKCS#8 with: ssh-keygen -p -m PKCS8 -f FILE</source>
        <translation>Arquivos de chave OpenSSH não são suportados. Converta para PKCS#8 com: ssh-keygen -p -m PKCS8 -f FILE</translation>
    </message>
    <message>
        <source>The PEM key is truncated: its &quot;-----END&quot; line is missing. Copy the whole file again.</source>
        <translation>A chave PEM está truncada: falta a linha &quot;-----END&quot;. Copie o arquivo inteiro de novo.</translation>
    </message>
    <message>
        <source>The PEM key is damaged: its body is not valid base64.</source>
        <translation>A chave PEM está danificada: o conteúdo não é base64 válido.</translation>
    </message>
    <message>
        <source>The PEM key is damaged or incomplete: its content is cut short or altered.</source>
        <translation>A chave PEM está danificada ou incompleta: o conteúdo está cortado ou alterado.</translation>
    </message>
    <message>
        <source>This private key is encrypted; enter its passphrase.</source>
        <translation>Esta chave privada está criptografada; informe a frase secreta dela.</translation>
    </message>
    <message>
        <source>The passphrase is wrong for this private key.</source>
        <translation>Frase secreta incorreta para esta chave privada.</translation>
    </message>
    <message>
        <source>The private key could not be read: the file is damaged or in an unsupported format.</source>
        <translation>A chave privada não pôde ser lida: o arquivo está danificado ou num formato não suportado.</translation>
    </message>
    <message>
        <source>The public key could not be read: the file is damaged or in an unsupported format.</source>
        <translation>A chave pública não pôde ser lida: o arquivo está danificado ou num formato não suportado.</translation>
    </message>
    <message>
        <source>The JWK is not an RSA key (&quot;kty&quot; must be &quot;RSA&quot;).</source>
        <translation>A JWK não é uma chave RSA (&quot;kty&quot; deve ser &quot;RSA&quot;).</translation>
    </message>
    <message>
        <source>The JWK lacks its &quot;%1&quot; member.</source>
        <translation>Falta o membro &quot;%1&quot; na JWK.</translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is not valid base64url.</source>
        <translation>O membro &quot;%1&quot; da JWK não está em base64url válido.</translation>
    </message>
    <message>
        <source>The JWK could not be converted.</source>
        <translation>A JWK não pôde ser convertida.</translation>
    </message>
    <message>
        <source>The JWK does not describe a usable RSA key.</source>
        <translation>A JWK não descreve uma chave RSA utilizável.</translation>
    </message>
    <message>
        <source>This RSA key has %1 bits; keys of more than %2 bits are not supported.</source>
        <translation>Esta chave RSA tem %1 bits; chaves com mais de %2 bits não são aceitas.</translation>
    </message>
</context>
<context>
    <name>KeyRegistry</name>
    <message>
        <source>Say which partner the key belongs to (&quot;partner&quot;).</source>
        <translation>Informe a qual parceiro a chave pertence (&quot;partner&quot;).</translation>
    </message>
    <message>
        <source>The partner name is too long (at most %1 characters).</source>
        <translation>O nome do parceiro é longo demais (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The partner name needs at least one letter or digit.</source>
        <translation>O nome do parceiro precisa de pelo menos uma letra ou um dígito.</translation>
    </message>
    <message>
        <source>No public key was sent (&quot;publicKeyPem&quot; is empty).</source>
        <translation>Nenhuma chave pública foi enviada (&quot;publicKeyPem&quot; está vazio).</translation>
    </message>
    <message>
        <source>This is a PRIVATE key. Never send it to anyone: send only the public key (openssl rsa -in private.pem -pubout -out public.pem).</source>
        <translation>Esta é uma chave PRIVADA. Nunca a envie a ninguém: envie somente a chave pública (openssl rsa -in private.pem -pubout -out public.pem).</translation>
    </message>
    <message>
        <source>Send exactly one public key; this text holds %1 PEM blocks.</source>
        <translation>Envie exatamente uma chave pública; este texto contém %1 blocos PEM.</translation>
    </message>
    <message>
        <source>This is a certificate. BMP registers the bare public key (&quot;BEGIN PUBLIC KEY&quot;), not a certificate.</source>
        <translation>Este é um certificado. A BMP cadastra a chave pública pura (&quot;BEGIN PUBLIC KEY&quot;), não um certificado.</translation>
    </message>
    <message>
        <source>This is a PKCS#1 public key (&quot;BEGIN RSA PUBLIC KEY&quot;). Send it as SubjectPublicKeyInfo (&quot;BEGIN PUBLIC KEY&quot;): openssl rsa -RSAPublicKey_in -in key.pem -pubout</source>
        <translation>Esta é uma chave pública PKCS#1 (&quot;BEGIN RSA PUBLIC KEY&quot;). Envie-a como SubjectPublicKeyInfo (&quot;BEGIN PUBLIC KEY&quot;): openssl rsa -RSAPublicKey_in -in key.pem -pubout</translation>
    </message>
    <message>
        <source>This is a private key; send only the public key.</source>
        <translation>Esta é uma chave privada; envie somente a chave pública.</translation>
    </message>
    <message>
        <source>This is too long to be a public key (at most 64 KiB of PEM).</source>
        <translation>Isto é longo demais para ser uma chave pública (no máximo 64 KiB de PEM).</translation>
    </message>
    <message>
        <source>%1 already has %2 keys registered, the most one partner may have here. Reset the sandbox (POST /_sandbox/reset) to start again.</source>
        <translation>%1 já tem %2 chaves cadastradas, o máximo que um parceiro pode ter aqui. Reinicie a sandbox (POST /_sandbox/reset) para começar de novo.</translation>
    </message>
    <message>
        <source>The sandbox already holds %1 registered keys, the most it keeps. Reset it (POST /_sandbox/reset) to start again.</source>
        <translation>A sandbox já guarda %1 chaves cadastradas, o máximo que ela mantém. Reinicie-a (POST /_sandbox/reset) para começar de novo.</translation>
    </message>
    <message>
        <source>This RSA key has %1 bits; register a key of %2 to %3 bits (2048 is usual).</source>
        <translation>Esta chave RSA tem %1 bits; cadastre uma chave de %2 a %3 bits (2048 é o usual).</translation>
    </message>
    <message>
        <source>This RSA key&apos;s public exponent is not accepted: use 65537, as every usual tool does (any odd value from 65537 to 4294967295 is accepted).</source>
        <translation>O expoente público desta chave RSA não é aceito: use 65537, como fazem todas as ferramentas usuais (qualquer valor ímpar de 65537 a 4294967295 é aceito).</translation>
    </message>
</context>
<context>
    <name>LoanCalculator</name>
    <message>
        <source>The amount requested must be more than zero.</source>
        <translation>O valor solicitado deve ser maior que zero.</translation>
    </message>
    <message>
        <source>The amount requested is above the limit of R$ %1.</source>
        <translation>O valor solicitado está acima do limite de R$ %1.</translation>
    </message>
    <message>
        <source>The TAC cannot be negative.</source>
        <translation>A TAC não pode ser negativa.</translation>
    </message>
    <message>
        <source>The TAC is above the limit of R$ %1.</source>
        <translation>A TAC está acima do limite de R$ %1.</translation>
    </message>
    <message>
        <source>The number of installments must be from %1 to %2 (got %3).</source>
        <translation>O número de parcelas deve ser de %1 a %2 (recebido: %3).</translation>
    </message>
    <message>
        <source>The monthly interest rate must be from 0% to %1% (got %2%).</source>
        <translation>A taxa de juros mensal deve ser de 0% a %1% (recebido: %2%).</translation>
    </message>
    <message>
        <source>The contract date is missing or invalid.</source>
        <translation>A data de contratação está ausente ou é inválida.</translation>
    </message>
    <message>
        <source>Simples Nacional/MEI applies to companies (PJ) only; choose PJ or clear the option.</source>
        <translation>Simples Nacional/MEI só se aplica a empresas (PJ); escolha PJ ou desmarque a opção.</translation>
    </message>
    <message>
        <source>The first due date is invalid.</source>
        <translation>O primeiro vencimento é inválido.</translation>
    </message>
    <message>
        <source>The first due date (%1) must be after the contract date (%2).</source>
        <translation>O primeiro vencimento (%1) deve ser posterior à data de contratação (%2).</translation>
    </message>
    <message>
        <source>The first due date (%1) is more than %2 days after the contract date (%3).</source>
        <translation>O primeiro vencimento (%1) está a mais de %2 dias da data de contratação (%3).</translation>
    </message>
    <message>
        <source>These values give installments or balances above R$ 10 trillion; check the rate, the term and the first due date.</source>
        <translation>Estes valores geram parcelas ou saldos acima de R$ 10 trilhões; confira a taxa, o prazo e o primeiro vencimento.</translation>
    </message>
    <message>
        <source>The IOF rates in the table (%1%/day + %2%) would take the whole loan; check the table.</source>
        <translation>As alíquotas de IOF da tabela (%1% ao dia + %2%) consumiriam todo o empréstimo; confira a tabela.</translation>
    </message>
    <message numerus="yes">
        <source>The installment rounds to R$ 0.00: the amount is too small for %n installment(s).</source>
        <translation>
            <numerusform>A parcela arredonda para R$ 0,00: o valor é pequeno demais para %n parcela.</numerusform>
            <numerusform>A parcela arredonda para R$ 0,00: o valor é pequeno demais para %n parcelas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %1% a month over %n installment(s), the rounding residue carried to the last installment (R$ %2) cancels it; shorten the term or lower the rate.</source>
        <translation>
            <numerusform>Com %1% a.m. em %n parcela, o resíduo de arredondamento levado à última parcela (R$ %2) a anula; reduza o prazo ou a taxa.</numerusform>
            <numerusform>Com %1% a.m. em %n parcelas, o resíduo de arredondamento levado à última parcela (R$ %2) a anula; reduza o prazo ou a taxa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last installment (R$ %1) differs from the others by R$ %2: the convention carries the centavo rounding of every installment to it, compounded at the loan&apos;s rate.</source>
        <translation>A última parcela (R$ %1) difere das demais em R$ %2: pela convenção, ela recebe o arredondamento de centavos de cada parcela, capitalizado à taxa do empréstimo.</translation>
    </message>
    <message>
        <source>The CET could not be computed for these values (no rate balances the installments with the amount released).</source>
        <translation>Não foi possível calcular o CET para estes valores (nenhuma taxa equilibra as parcelas com o valor liberado).</translation>
    </message>
</context>
<context>
    <name>LoanConventions</name>
    <message>
        <source>Amortization: PRICE (French) table, installments due monthly from the first due date.</source>
        <translation>Amortização: tabela PRICE (sistema francês), parcelas mensais a partir do primeiro vencimento.</translation>
    </message>
    <message>
        <source>First due date, when not given: the same day of the next month, or the last day of that month when it lacks the day.</source>
        <translation>Primeiro vencimento, quando não informado: o mesmo dia do mês seguinte, ou o último dia desse mês quando ele não tem esse dia.</translation>
    </message>
    <message>
        <source>Due dates: first due date plus (k−1) months, the day clamped to the month&apos;s end (31 Jan → 28/29 Feb → 31 Mar).</source>
        <translation>Vencimentos: primeiro vencimento mais (k−1) meses, com o dia limitado ao fim do mês (31/jan → 28 ou 29/fev → 31/mar).</translation>
    </message>
    <message>
        <source>Days t_k: calendar days from the contract date to each due date.</source>
        <translation>Dias t_k: dias corridos da data de contratação até cada vencimento.</translation>
    </message>
    <message>
        <source>Discounting: pro-rata-day compound interest on 30-day months, v_k = (1+i)^(−t_k/30).</source>
        <translation>Desconto: juros compostos pro rata dia em meses de 30 dias, v_k = (1+i)^(−t_k/30).</translation>
    </message>
    <message>
        <source>IOF: daily rate on each amortization for its days (at most 365) plus the additional rate on the amount financed; IOF is financed, computed in closed form F = (amount + TAC)/(1 − c), with c the IOF of a unit loan.</source>
        <translation>IOF: alíquota diária sobre cada amortização pelos seus dias (no máximo 365) mais a alíquota adicional sobre o valor financiado; o IOF é financiado e calculado em forma fechada F = (valor + TAC)/(1 − c), sendo c o IOF de um empréstimo unitário.</translation>
    </message>
    <message>
        <source>IOF rates: from the dated IOF table, chosen by the contract date and the borrower (PF, PJ, or Simples Nacional/MEI up to R$ 30,000 of amount requested).</source>
        <translation>Alíquotas de IOF: da tabela datada de IOF, escolhidas pela data de contratação e pelo tomador (PF, PJ ou Simples Nacional/MEI até R$ 30.000 de valor solicitado).</translation>
    </message>
    <message>
        <source>Amount financed (vlrTotalCredito) = amount requested + TAC + IOF.</source>
        <translation>Valor financiado (vlrTotalCredito) = valor solicitado + TAC + IOF.</translation>
    </message>
    <message>
        <source>Installment (vlrParcela) = amount financed / Σ v_k, rounded half up to the centavo.</source>
        <translation>Parcela (vlrParcela) = valor financiado / Σ v_k, arredondada ao centavo (metade para cima).</translation>
    </message>
    <message>
        <source>Schedule: interest J_k = balance × ((1+i)^((t_k − t_(k−1))/30) − 1) rounded to the centavo, amortization A_k = installment − J_k; the last installment absorbs the rounding residue (it is J_n plus the remaining balance).</source>
        <translation>Cronograma: juros J_k = saldo × ((1+i)^((t_k − t_(k−1))/30) − 1) arredondados ao centavo, amortização A_k = parcela − J_k; a última parcela absorve o resíduo de arredondamento (ela é J_n mais o saldo restante).</translation>
    </message>
    <message>
        <source>Total debt (vlrTotalDivida) = number of installments × installment; the sum of the schedule differs from it by the last installment&apos;s residue.</source>
        <translation>Valor total da dívida (vlrTotalDivida) = número de parcelas × parcela; a soma do cronograma difere dele pelo resíduo da última parcela.</translation>
    </message>
    <message>
        <source>CET (CMN Resolution 3.517/2007): the annual rate that equates the amount released to the borrower with the schedule&apos;s installments discounted by t_k/365 days; monthly CET = (1 + annual CET)^(1/12) − 1.</source>
        <translation>CET (Resolução CMN 3.517/2007): a taxa anual que iguala o valor liberado ao tomador às parcelas do cronograma descontadas por t_k/365 dias; CET mensal = (1 + CET anual)^(1/12) − 1.</translation>
    </message>
    <message>
        <source>Annual interest rate = (1 + monthly rate)^12 − 1.</source>
        <translation>Taxa de juros anual = (1 + taxa mensal)^12 − 1.</translation>
    </message>
    <message>
        <source>Money is rounded half up to centavos, interest rates half up to 4 decimals in percent, CET to 5 decimals (as BMP&apos;s answers carry it).</source>
        <translation>Valores em dinheiro são arredondados (meio para cima) ao centavo, taxas de juros a 4 casas decimais em percentual e o CET a 5 casas (como as respostas da BMP o trazem).</translation>
    </message>
</context>
<context>
    <name>LocalKeyStore</name>
    <message>
        <source>Cannot create the folder for this machine&apos;s keys: %1.</source>
        <translation>Não foi possível criar a pasta das chaves desta máquina: %1.</translation>
    </message>
    <message>
        <source>Cannot save the key on this machine.</source>
        <translation>Não foi possível salvar a chave nesta máquina.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 cannot be negative (got %2).</source>
        <translation>%1: o valor não pode ser negativo (recebido: %2).</translation>
    </message>
    <message>
        <source>%1 must be an amount in reais such as 1500 or 1500.50, without thousands separators (got “%2”).</source>
        <translation>%1: informe um valor em reais como 1500 ou 1500,50, sem separador de milhar (recebido: “%2”).</translation>
    </message>
    <message>
        <source>%1 has more than two decimals (got “%2”); amounts are in reais and centavos, such as 1500.50.</source>
        <translation>%1: mais de duas casas decimais (recebido: “%2”); os valores são em reais e centavos, como 1500,50.</translation>
    </message>
    <message>
        <source>%1 is too large (got %2).</source>
        <translation>%1: valor grande demais (recebido: %2).</translation>
    </message>
    <message>
        <source>%1 must be a percentage such as 1.99 (got “%2”).</source>
        <translation>%1: informe um percentual como 1,99 (recebido: “%2”).</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals (got “%3”).</source>
        <translation>%1: mais de %2 casas decimais (recebido: “%3”).</translation>
    </message>
</context>
<context>
    <name>NumericDate</name>
    <message>
        <source>The claim &quot;%1&quot; must be a whole number of seconds since 1970-01-01 (from %2 to %3).</source>
        <translation>A claim &quot;%1&quot; deve ser um número inteiro de segundos desde 1970-01-01 (de %2 a %3).</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>No file name was given.</source>
        <translation>Nenhum nome de arquivo foi informado.</translation>
    </message>
    <message>
        <source>%1 is the open project (or part of it); an export never replaces it. Choose another file name.</source>
        <translation>%1 é o projeto aberto (ou parte dele); uma exportação nunca o substitui. Escolha outro nome de arquivo.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 é uma pasta; informe um nome de arquivo.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; choose a file name.</source>
        <translation>%1 não é um arquivo comum; escolha um nome de arquivo.</translation>
    </message>
    <message>
        <source>%1 is a BMP Onboarding project; an export never replaces a project. Choose another file name.</source>
        <translation>%1 é um projeto do BMP Onboarding; uma exportação nunca substitui um projeto. Escolha outro nome de arquivo.</translation>
    </message>
    <message>
        <source>%1 already exists; it was left untouched.</source>
        <translation>%1 já existe; ele não foi alterado.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Não é possível criar %1.</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1.</source>
        <translation>Não é possível restringir as permissões de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
    <message>
        <source>%1 was written but reads back differently; do not use it.</source>
        <translation>%1 foi gravado, mas não é lido de volta igual; não o use.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation>Vazia</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Curta demais</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Fraca</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Razoável</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Boa</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Enter a passphrase of at least %1 characters.</source>
        <translation>Informe uma frase secreta de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words make a long passphrase that is easy to remember.</source>
        <translation>Use pelo menos %1 caracteres. Algumas palavras sem relação entre si formam uma frase longa e fácil de lembrar.</translation>
    </message>
    <message>
        <source>Make it longer: add another unrelated word or two. Common words, repeats and runs like &quot;1234&quot; are guessed first.</source>
        <translation>Deixe-a mais longa: acrescente mais uma ou duas palavras sem relação. Palavras comuns, repetições e sequências como &quot;1234&quot; são as primeiras a ser adivinhadas.</translation>
    </message>
    <message>
        <source>A little longer would make it strong.</source>
        <translation>Um pouco mais longa e ela fica forte.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>A frase secreta deve ter pelo menos %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>PersonService</name>
    <message>
        <source>No borrower with document %1 is registered.</source>
        <translation>Nenhum tomador com o documento %1 está cadastrado.</translation>
    </message>
    <message>
        <source>nome is required (at most 150 characters).</source>
        <translation>nome é obrigatório (no máximo 150 caracteres).</translation>
    </message>
    <message>
        <source>cep must have 8 digits.</source>
        <translation>cep deve ter 8 dígitos.</translation>
    </message>
    <message>
        <source>uf must be a Brazilian state (e.g. SP).</source>
        <translation>uf deve ser um estado brasileiro (por exemplo SP).</translation>
    </message>
    <message>
        <source>Borrower registered.</source>
        <translation>Tomador cadastrado.</translation>
    </message>
    <message>
        <source>Borrower updated.</source>
        <translation>Tomador atualizado.</translation>
    </message>
    <message>
        <source>Pessoa/Salvar takes no address: save the person first, then send the address with Pessoa/SalvarEndereco (param.documentoCliente = the person&apos;s document).</source>
        <translation>Pessoa/Salvar não recebe endereço: salve a pessoa primeiro e depois envie o endereço com Pessoa/SalvarEndereco (param.documentoCliente = o documento da pessoa).</translation>
    </message>
    <message>
        <source>A CNPJ is a company: send its data in pj, not pf.</source>
        <translation>Um CNPJ é uma empresa: envie os dados em pj, não em pf.</translation>
    </message>
    <message>
        <source>A CPF is an individual: send the person&apos;s data in pf, not pj.</source>
        <translation>Um CPF é pessoa física: envie os dados em pf, não em pj.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 deve ser um objeto.</translation>
    </message>
    <message>
        <source>pf.rg (the borrower&apos;s RG number) is required.</source>
        <translation>pf.rg (o número do RG do tomador) é obrigatório.</translation>
    </message>
    <message>
        <source>pf.%1 must be a date (YYYY-MM-DD).</source>
        <translation>pf.%1 deve ser uma data (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>The federal document must be given (param.documentoCliente).</source>
        <translation>O documento federal deve ser informado (param.documentoCliente).</translation>
    </message>
    <message>
        <source>Client not found with document %1: save the person with Pessoa/Salvar first.</source>
        <translation>Cliente não encontrado com o documento %1: salve a pessoa com Pessoa/Salvar primeiro.</translation>
    </message>
    <message>
        <source>Client not registered by this integration partner: this client_id has not saved the person with Pessoa/Salvar.</source>
        <translation>Cliente não cadastrado por este parceiro de integração: este client_id não salvou a pessoa com Pessoa/Salvar.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 é obrigatório.</translation>
    </message>
    <message>
        <source>No address of this person has codigo %1.</source>
        <translation>Nenhum endereço desta pessoa tem o codigo %1.</translation>
    </message>
    <message>
        <source>Address registered.</source>
        <translation>Endereço cadastrado.</translation>
    </message>
    <message>
        <source>Address updated.</source>
        <translation>Endereço atualizado.</translation>
    </message>
    <message>
        <source>The borrower %1 is not registered by this partner: call Pessoa/Salvar, then Pessoa/SalvarEndereco, before including the proposal.</source>
        <translation>O tomador %1 não está cadastrado por este parceiro: chame Pessoa/Salvar e depois Pessoa/SalvarEndereco antes de incluir a proposta.</translation>
    </message>
    <message>
        <source>The borrower %1 has no address: call Pessoa/SalvarEndereco before including the proposal.</source>
        <translation>O tomador %1 não tem endereço: chame Pessoa/SalvarEndereco antes de incluir a proposta.</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>Cannot create the project file %1.</source>
        <translation>Não é possível criar o arquivo de projeto %1.</translation>
    </message>
    <message>
        <source>Cannot open the project file.</source>
        <translation>Não é possível abrir o arquivo de projeto.</translation>
    </message>
    <message>
        <source>A file named %1 already exists.</source>
        <translation>Já existe um arquivo chamado %1.</translation>
    </message>
    <message>
        <source>The project file %1 does not exist.</source>
        <translation>O arquivo de projeto %1 não existe.</translation>
    </message>
    <message>
        <source>Cannot read the project file %1.</source>
        <translation>Não é possível ler o arquivo de projeto %1.</translation>
    </message>
    <message>
        <source>%1 is not a BMP Onboarding project.</source>
        <translation>%1 não é um projeto do BMP Onboarding.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened.</source>
        <translation>%1 está danificado e não pode ser aberto.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of BMP Onboarding (file format %2, this version reads up to %3). Update the application to open it; the file was not changed.</source>
        <translation>%1 foi criado por uma versão mais nova do BMP Onboarding (formato de arquivo %2; esta versão lê até o %3). Atualize o aplicativo para abri-lo; o arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>Could not back up %1 before updating its format; nothing was changed.</source>
        <translation>Não foi possível fazer uma cópia de segurança de %1 antes de atualizar o formato; nada foi alterado.</translation>
    </message>
    <message>
        <source>Could not update the project file to format %1.</source>
        <translation>Não foi possível atualizar o arquivo de projeto para o formato %1.</translation>
    </message>
    <message>
        <source>Could not save to the project file.</source>
        <translation>Não foi possível salvar no arquivo de projeto.</translation>
    </message>
    <message>
        <source>Could not copy the project to %1.</source>
        <translation>Não foi possível copiar o projeto para %1.</translation>
    </message>
    <message>
        <source>Could not read the project file.</source>
        <translation>Não foi possível ler o arquivo do projeto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database role name (lower-case letters, digits and _).</source>
        <translation>&quot;%1&quot; não é um nome de papel do banco de dados (letras minúsculas, dígitos e _).</translation>
    </message>
    <message>
        <source>The project to share must be a project file (.bmpproj).</source>
        <translation>O projeto a compartilhar deve ser um arquivo de projeto (.bmpproj).</translation>
    </message>
    <message>
        <source>Cannot read the shared project.</source>
        <translation>Não foi possível ler o projeto compartilhado.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed, so shared projects cannot be opened (Debian and Ubuntu: apt-get install libqt6sql6-psql).</source>
        <translation>O driver PostgreSQL do Qt não está instalado, então projetos compartilhados não podem ser abertos (Debian e Ubuntu: apt-get install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 asks for a password for this connection.</source>
        <translation>O servidor %1 pede uma senha para esta conexão.</translation>
    </message>
    <message>
        <source>Cannot reach the shared project at %1. Check the address, that the server runs and accepts you, and its certificate (sslmode).</source>
        <translation>Não foi possível alcançar o projeto compartilhado em %1. Confira o endereço, se o servidor está no ar e aceita você, e o certificado dele (sslmode).</translation>
    </message>
    <message>
        <source>Cannot reach the shared project at %1.</source>
        <translation>Não foi possível alcançar o projeto compartilhado em %1.</translation>
    </message>
    <message>
        <source>The database at %1 holds no BMP Onboarding project. Put one there with: bmpctl project share FILE.bmpproj %1</source>
        <translation>O banco de dados em %1 não guarda nenhum projeto do BMP Onboarding. Coloque um lá com: bmpctl project share ARQUIVO.bmpproj %1</translation>
    </message>
    <message>
        <source>The shared project at %1 was updated by a newer version of BMP Onboarding (format %2, this version reads up to %3). Update the application to open it.</source>
        <translation>O projeto compartilhado em %1 foi atualizado por uma versão mais nova do BMP Onboarding (formato %2; esta versão lê até o %3). Atualize o aplicativo para abri-lo.</translation>
    </message>
    <message>
        <source>Could not update the shared project to format %1.</source>
        <translation>Não foi possível atualizar o projeto compartilhado para o formato %1.</translation>
    </message>
    <message>
        <source>The database at %1 already holds a BMP Onboarding project; nothing was changed. To replace it, say so (bmpctl project share … --replace).</source>
        <translation>O banco de dados em %1 já guarda um projeto do BMP Onboarding; nada foi alterado. Para substituí-lo, diga isso (bmpctl project share … --replace).</translation>
    </message>
    <message>
        <source>This version cannot save a shared project as a file yet; export the signoff report or the evidence instead.</source>
        <translation>Esta versão ainda não salva um projeto compartilhado como arquivo; exporte o relatório de aprovação ou as evidências.</translation>
    </message>
    <message>
        <source>Could not copy the project to %1; nothing was written.</source>
        <translation>Não foi possível copiar o projeto para %1; nada foi gravado.</translation>
    </message>
    <message>
        <source>The server of the shared project at %1 cannot be reached right now, so this change was not saved. BMP Onboarding keeps trying to reconnect: make it again once the server answers.</source>
        <translation>O servidor do projeto compartilhado em %1 não pode ser alcançado agora, então esta alteração não foi salva. O BMP Onboarding continua tentando reconectar: faça-a de novo quando o servidor responder.</translation>
    </message>
</context>
<context>
    <name>ProposalFlow</name>
    <message>
        <source>Simulating (CalcularValoresProposta)</source>
        <translation>Simulando (CalcularValoresProposta)</translation>
    </message>
    <message>
        <source>Saving the borrower (Pessoa/Salvar)</source>
        <translation>Salvando o tomador (Pessoa/Salvar)</translation>
    </message>
    <message>
        <source>Saving the borrower&apos;s address (Pessoa/SalvarEndereco)</source>
        <translation>Salvando o endereço do tomador (Pessoa/SalvarEndereco)</translation>
    </message>
    <message>
        <source>Including the proposal (IncluirManualSimplificado)</source>
        <translation>Incluindo a proposta (IncluirManualSimplificado)</translation>
    </message>
    <message>
        <source>Finding the proposal already included (Consultar)</source>
        <translation>Localizando a proposta já incluída (Consultar)</translation>
    </message>
    <message>
        <source>Recording the borrower&apos;s signature (IncluirAssinaturaCCBFinalizada)</source>
        <translation>Registrando a assinatura do tomador (IncluirAssinaturaCCBFinalizada)</translation>
    </message>
    <message>
        <source>Finalizing (Finalizar)</source>
        <translation>Finalizando (Finalizar)</translation>
    </message>
    <message>
        <source>Releasing to the payment queue (Liberar)</source>
        <translation>Liberando para a fila de pagamento (Liberar)</translation>
    </message>
    <message>
        <source>Waiting for the payment attempt</source>
        <translation>Aguardando a tentativa de pagamento</translation>
    </message>
    <message>
        <source>Fixing the bank details (AtualizarContaPagamento)</source>
        <translation>Corrigindo os dados bancários (AtualizarContaPagamento)</translation>
    </message>
    <message>
        <source>Waiting for the payment</source>
        <translation>Aguardando o pagamento</translation>
    </message>
    <message>
        <source>Confirming the status</source>
        <translation>Confirmando a situação</translation>
    </message>
    <message>
        <source>Withdrawing the proposal at BMP</source>
        <translation>Retirando a proposta na BMP</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
</context>
<context>
    <name>ProposalScenario</name>
    <message>
        <source>Payee document: %1</source>
        <translation>Documento do favorecido: %1</translation>
    </message>
    <message>
        <source>The payee is not the borrower: BMP pays a loan into its borrower&apos;s account, so this payment would fail.</source>
        <translation>O favorecido não é o tomador: a BMP paga o empréstimo na conta do próprio tomador, então este pagamento falharia.</translation>
    </message>
    <message>
        <source>Enter the payee&apos;s name (at most 150 characters).</source>
        <translation>Informe o nome do favorecido (no máximo 150 caracteres).</translation>
    </message>
    <message>
        <source>Choose the account type.</source>
        <translation>Escolha o tipo de conta.</translation>
    </message>
    <message>
        <source>no proposal yet</source>
        <translation>ainda sem proposta</translation>
    </message>
    <message>
        <source>0 draft</source>
        <translation>0 em digitação</translation>
    </message>
    <message>
        <source>1 under review</source>
        <translation>1 em análise</translation>
    </message>
    <message>
        <source>2 approved</source>
        <translation>2 aprovada</translation>
    </message>
    <message>
        <source>3 rejected</source>
        <translation>3 recusada</translation>
    </message>
    <message>
        <source>4 canceled</source>
        <translation>4 cancelada</translation>
    </message>
    <message>
        <source>5 pending</source>
        <translation>5 pendente</translation>
    </message>
    <message>
        <source>6 finalized</source>
        <translation>6 finalizada</translation>
    </message>
    <message>
        <source>7 verified</source>
        <translation>7 conferida</translation>
    </message>
    <message>
        <source>8 released</source>
        <translation>8 liberada</translation>
    </message>
    <message>
        <source>9 paid</source>
        <translation>9 paga</translation>
    </message>
    <message>
        <source>10 assigned</source>
        <translation>10 cedida</translation>
    </message>
    <message>
        <source>11 pending payment (bank details)</source>
        <translation>11 pendente de pagamento (dados bancários)</translation>
    </message>
    <message>
        <source>%1 (unknown status)</source>
        <translation>%1 (situação desconhecida)</translation>
    </message>
    <message>
        <source>A — Finalized, INCORRECT bank details</source>
        <translation>A — Finalizada, dados bancários INCORRETOS</translation>
    </message>
    <message>
        <source>B — Finalized, correct bank details</source>
        <translation>B — Finalizada, dados bancários corretos</translation>
    </message>
    <message>
        <source>C — Released, correct bank details</source>
        <translation>C — Liberada, dados bancários corretos</translation>
    </message>
    <message>
        <source>Deliberately wrong disbursement details that are well-formed (the account check digit does not match the bank&apos;s rule). The proposal is finalized (6) and released so that a payment is attempted; the payment fails (11) and the details are fixed with AtualizarContaPagamento, after which it is paid (9).</source>
        <translation>Dados de desembolso errados de propósito, mas bem formados (o dígito da conta não confere com a regra do banco). A proposta é finalizada (6) e liberada para que o pagamento seja tentado; o pagamento falha (11) e os dados são corrigidos com AtualizarContaPagamento, e então ela é paga (9).</translation>
    </message>
    <message>
        <source>Correct disbursement details; the proposal is included and finalized (6).</source>
        <translation>Dados de desembolso corretos; a proposta é incluída e finalizada (6).</translation>
    </message>
    <message>
        <source>Correct disbursement details; the proposal is finalized and released to the payment queue (8), then paid (9).</source>
        <translation>Dados de desembolso corretos; a proposta é finalizada e liberada para a fila de pagamento (8), depois paga (9).</translation>
    </message>
    <message>
        <source>Borrower document: %1</source>
        <translation>Documento do tomador: %1</translation>
    </message>
    <message>
        <source>Enter the borrower&apos;s name (at most 150 characters).</source>
        <translation>Informe o nome do tomador (no máximo 150 caracteres).</translation>
    </message>
    <message>
        <source>Enter the borrower&apos;s birth date: an adult, at most 120 years old.</source>
        <translation>Informe a data de nascimento do tomador: maior de idade, com no máximo 120 anos.</translation>
    </message>
    <message>
        <source>The CEP has 8 digits (e.g. 01310-100).</source>
        <translation>O CEP tem 8 dígitos (por exemplo 01310-100).</translation>
    </message>
    <message>
        <source>Fill in the address: street, number, district and city.</source>
        <translation>Preencha o endereço: logradouro, número, bairro e cidade.</translation>
    </message>
    <message>
        <source>The state is a two-letter UF such as SP or RJ.</source>
        <translation>O estado é uma UF de duas letras, como SP ou RJ.</translation>
    </message>
    <message>
        <source>These details pass every check, so the payment may succeed and the scenario would not show the failure BMP asks for. Change a check digit.</source>
        <translation>Estes dados passam em todas as conferências, então o pagamento pode dar certo e o cenário não mostraria a falha que a BMP pede. Altere um dígito verificador.</translation>
    </message>
    <message>
        <source>Only the format of these details can be checked here; make sure they are wrong in a way the bank will refuse.</source>
        <translation>Aqui só dá para conferir o formato destes dados; garanta que estejam errados de um jeito que o banco recuse.</translation>
    </message>
    <message>
        <source>Deliberately incorrect: the account check digit %1 does not match the bank&apos;s rule (it should be %2). The payment will fail (status 11) and is then fixed.</source>
        <translation>Incorreto de propósito: o dígito da conta %1 não confere com a regra do banco (deveria ser %2). O pagamento vai falhar (situação 11) e depois é corrigido.</translation>
    </message>
    <message>
        <source>The details must be wrong but well-formed: %1</source>
        <translation>Os dados devem estar errados, mas bem formados: %1</translation>
    </message>
    <message>
        <source>Corrected details: %1</source>
        <translation>Dados corrigidos: %1</translation>
    </message>
    <message>
        <source>Enter the borrower&apos;s RG number (BMP requires it).</source>
        <translation>Informe o número do RG do tomador (a BMP exige).</translation>
    </message>
    <message>
        <source>Enter the borrower&apos;s e-mail address (the signer of the CCB), e.g. name@example.com.</source>
        <translation>Informe o e-mail do tomador (quem assina a CCB), ex.: nome@example.com.</translation>
    </message>
    <message>
        <source>Enter the borrower&apos;s mobile phone with its area code, e.g. (11) 98765-4321.</source>
        <translation>Informe o celular do tomador com o DDD, ex.: (11) 98765-4321.</translation>
    </message>
    <message>
        <source>Enter the IP address the borrower signed from, e.g. 203.0.113.10.</source>
        <translation>Informe o endereço IP de onde o tomador assinou, ex.: 203.0.113.10.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>Cannot create the sandbox state directory %1.</source>
        <translation>Não foi possível criar a pasta de estado da sandbox %1.</translation>
    </message>
    <message>
        <source>Cannot open the sandbox state file %1.</source>
        <translation>Não foi possível abrir o arquivo de estado da sandbox %1.</translation>
    </message>
    <message>
        <source>The sandbox state file %1 cannot be used.</source>
        <translation>O arquivo de estado da sandbox %1 não pode ser usado.</translation>
    </message>
    <message>
        <source>Cannot read the sandbox state file %1.</source>
        <translation>Não foi possível ler o arquivo de estado da sandbox %1.</translation>
    </message>
    <message>
        <source>Cannot clear the sandbox state file %1.</source>
        <translation>Não foi possível limpar o arquivo de estado da sandbox %1.</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>The secret could not be protected.</source>
        <translation>Não foi possível proteger o segredo.</translation>
    </message>
    <message>
        <source>Enter a passphrase to protect the secret.</source>
        <translation>Informe uma frase secreta para proteger o segredo.</translation>
    </message>
    <message>
        <source>The secret is too long (at most %1 bytes).</source>
        <translation>O segredo é longo demais (no máximo %1 bytes).</translation>
    </message>
    <message>
        <source>The key derivation strength is out of range.</source>
        <translation>A força da derivação de chave está fora do intervalo.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the stored secret was changed.</source>
        <translation>A frase secreta está errada, ou o segredo guardado foi alterado.</translation>
    </message>
    <message>
        <source>This is not a protected secret.</source>
        <translation>Isto não é um segredo protegido.</translation>
    </message>
    <message>
        <source>The stored secret is damaged.</source>
        <translation>O segredo guardado está danificado.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>A shared project&apos;s address starts with postgresql:// (for example postgresql://ana@db.example.com/onboarding).</source>
        <translation>O endereço de um projeto compartilhado começa com postgresql:// (por exemplo, postgresql://ana@db.example.com/onboarding).</translation>
    </message>
    <message>
        <source>The address of the shared project is not valid.</source>
        <translation>O endereço do projeto compartilhado não é válido.</translation>
    </message>
    <message>
        <source>The port in the address of the shared project is not a number from 1 to 65535.</source>
        <translation>A porta no endereço do projeto compartilhado não é um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>The address of the shared project sets &quot;%1&quot;, which BMP Onboarding does not pass on. It accepts: %2.</source>
        <translation>O endereço do projeto compartilhado define &quot;%1&quot;, que o BMP Onboarding não repassa. Ele aceita: %2.</translation>
    </message>
    <message>
        <source>The address of the shared project must name its database, as in postgresql://db.example.com/onboarding.</source>
        <translation>O endereço do projeto compartilhado deve indicar o banco de dados, como em postgresql://db.example.com/onboarding.</translation>
    </message>
    <message>
        <source>sslmode must be one of: %1.</source>
        <translation>sslmode deve ser um destes: %1.</translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>The server does not answer yet.</source>
        <translation>O servidor ainda não responde.</translation>
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
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizada</translation>
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
        <source>The report needs a graphical application to lay out its pages.</source>
        <translation>O relatório precisa de uma aplicação gráfica para diagramar as páginas.</translation>
    </message>
    <message>
        <source>The report&apos;s fonts are missing.</source>
        <translation>As fontes do relatório estão faltando.</translation>
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
        <source>signed %1 (IncluirAssinaturaCCBFinalizada)</source>
        <translation>assinada em %1 (IncluirAssinaturaCCBFinalizada)</translation>
    </message>
    <message>
        <source>signature call waived by BMP</source>
        <translation>chamada de assinatura dispensada pela BMP</translation>
    </message>
    <message>
        <source>signature not recorded</source>
        <translation>assinatura não registrada</translation>
    </message>
    <message>
        <source>Times in this report are São Paulo times (America/Sao_Paulo, BMP&apos;s business hours), except in the evidence appendix, which lists the UTC times the log recorded. Each table&apos;s header says which one it uses.</source>
        <translation>Os horários deste relatório são de São Paulo (America/Sao_Paulo, o horário comercial da BMP), exceto no apêndice de evidências, que lista os horários UTC gravados no registro. O cabeçalho de cada tabela diz qual deles usa.</translation>
    </message>
    <message>
        <source>When (São Paulo time)</source>
        <translation>Quando (horário de São Paulo)</translation>
    </message>
    <message>
        <source>Scenario, environment, when (São Paulo time)</source>
        <translation>Cenário, ambiente, quando (horário de São Paulo)</translation>
    </message>
    <message numerus="yes">
        <source>Cross-check with BMP&apos;s simulation: %n field(s) differ.</source>
        <translation>
            <numerusform>Conferência com a simulação da BMP: %n campo difere.</numerusform>
            <numerusform>Conferência com a simulação da BMP: %n campos diferem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 (%2): marked done before its rule held, by %3 on %4. Reason: %5</source>
        <translation>Etapa %1 (%2): marcada como concluída antes de cumprir a sua regra, por %3 em %4. Motivo: %5</translation>
    </message>
    <message>
        <source>Done by override</source>
        <translation>Concluídas por decisão manual</translation>
    </message>
    <message>
        <source>How to check it: export the evidence log (bmpctl evidence export --project FILE --out evidence.jsonl) and compute the SHA-256 of that file (sha256sum evidence.jsonl); it equals this digest as long as the log is the one reported here. The file holds the entries oldest first, one JSON object per line. The request and response bodies are part of it but are not printed here; they were redacted before they were recorded.</source>
        <translation>Como conferir: exporte o registro de evidências (bmpctl evidence export --project ARQUIVO --out evidencias.jsonl) e calcule o SHA-256 desse arquivo (sha256sum evidencias.jsonl); ele é igual a este resumo enquanto o registro for o relatado aqui. O arquivo traz as entradas da mais antiga para a mais nova, um objeto JSON por linha. Os corpos das requisições e respostas fazem parte dele, mas não são impressos aqui; foram mascarados antes de serem registrados.</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2.</source>
        <translation>Registrada por %1 em %2.</translation>
    </message>
</context>
<context>
    <name>SqliteGuard</name>
    <message>
        <source>The project file cannot be opened safely: the SQLite driver gives no handle.</source>
        <translation>O arquivo de projeto não pode ser aberto com segurança: o driver do SQLite não fornece o handle.</translation>
    </message>
    <message>
        <source>The project file cannot be opened safely: SQLite refused a protection.</source>
        <translation>O arquivo de projeto não pode ser aberto com segurança: o SQLite recusou uma proteção.</translation>
    </message>
    <message>
        <source>The expected layout of a project file could not be built.</source>
        <translation>Não foi possível montar a estrutura esperada de um arquivo de projeto.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened.</source>
        <translation>%1 está danificado e não pode ser aberto.</translation>
    </message>
    <message>
        <source>%1 lacks parts of a BMP Onboarding project or has them changed, so it was not opened. The file was not changed.</source>
        <translation>Faltam em %1 partes de um projeto do BMP Onboarding, ou elas foram alteradas, então ele não foi aberto. O arquivo não foi modificado.</translation>
    </message>
    <message>
        <source>%1 holds database objects BMP Onboarding does not create (such as triggers or views that would run inside the application), so it was not opened. The file was not changed; ask whoever sent it for a clean copy.</source>
        <translation>%1 contém objetos de banco de dados que o BMP Onboarding não cria (como triggers ou views que seriam executados dentro do aplicativo), então ele não foi aberto. O arquivo não foi modificado; peça a quem o enviou uma cópia limpa.</translation>
    </message>
</context>
<context>
    <name>StepRehearsal</name>
    <message>
        <source>the Practice key was registered with the practice sandbox on %1.</source>
        <translation>a chave de Treino foi registrada na sandbox de treino em %1.</translation>
    </message>
    <message>
        <source>the Practice environment has its client_id (%1).</source>
        <translation>o ambiente de Treino tem o seu client_id (%1).</translation>
    </message>
    <message>
        <source>a Practice token was obtained on %1.</source>
        <translation>um token de Treino foi obtido em %1.</translation>
    </message>
    <message>
        <source>the three scenarios reached their statuses in Practice (last on %1).</source>
        <translation>os três cenários chegaram às suas situações no Treino (o último em %1).</translation>
    </message>
</context>
<context>
    <name>TlsIdentity</name>
    <message>
        <source>Could not create the sandbox&apos;s TLS certificates.</source>
        <translation>Não foi possível criar os certificados TLS da sandbox.</translation>
    </message>
    <message>
        <source>Could not load the sandbox&apos;s TLS key into Qt&apos;s TLS backend.</source>
        <translation>Não foi possível carregar a chave TLS da sandbox no backend TLS do Qt.</translation>
    </message>
</context>
<context>
    <name>TokenEndpoint</name>
    <message>
        <source>The token request must be application/x-www-form-urlencoded.</source>
        <translation>A requisição de token deve ser application/x-www-form-urlencoded.</translation>
    </message>
    <message>
        <source>The parameter %1 appears more than once.</source>
        <translation>O parâmetro %1 aparece mais de uma vez.</translation>
    </message>
    <message>
        <source>grant_type is missing; use client_credentials.</source>
        <translation>grant_type está ausente; use client_credentials.</translation>
    </message>
    <message>
        <source>grant_type %1 is not supported; use client_credentials.</source>
        <translation>grant_type %1 não é suportado; use client_credentials.</translation>
    </message>
    <message>
        <source>Client secrets are not accepted: authenticate with a signed client_assertion (private_key_jwt).</source>
        <translation>Segredos de cliente não são aceitos: autentique-se com um client_assertion assinado (private_key_jwt).</translation>
    </message>
    <message>
        <source>No client authentication: send client_assertion and client_assertion_type.</source>
        <translation>Sem autenticação do cliente: envie client_assertion e client_assertion_type.</translation>
    </message>
    <message>
        <source>client_assertion_type must be %1.</source>
        <translation>client_assertion_type deve ser %1.</translation>
    </message>
    <message>
        <source>client_assertion is missing.</source>
        <translation>client_assertion está ausente.</translation>
    </message>
    <message>
        <source>The client_assertion is not a JWT: %1</source>
        <translation>O client_assertion não é um JWT: %1</translation>
    </message>
    <message>
        <source>The client_assertion is signed with %1; only RS256 is accepted.</source>
        <translation>O client_assertion está assinado com %1; só RS256 é aceito.</translation>
    </message>
    <message>
        <source>The client_assertion needs iss and sub, both equal to the client_id.</source>
        <translation>O client_assertion precisa de iss e sub, ambos iguais ao client_id.</translation>
    </message>
    <message>
        <source>iss (%1) and sub (%2) must both be the client_id.</source>
        <translation>iss (%1) e sub (%2) devem ser ambos o client_id.</translation>
    </message>
    <message>
        <source>client_id (%1) is not the assertion&apos;s issuer (%2).</source>
        <translation>client_id (%1) não é o emissor do assertion (%2).</translation>
    </message>
    <message>
        <source>Unknown client_id %1: register the public key first.</source>
        <translation>client_id %1 desconhecido: cadastre a chave pública primeiro.</translation>
    </message>
    <message>
        <source>The client_assertion&apos;s signature does not verify with the key registered for %1.</source>
        <translation>A assinatura do client_assertion não confere com a chave cadastrada para %1.</translation>
    </message>
    <message>
        <source>aud must be this token endpoint&apos;s URL (%1).</source>
        <translation>aud deve ser a URL deste endpoint de token (%1).</translation>
    </message>
    <message>
        <source>The client_assertion has no exp (expiry time, in seconds since 1970).</source>
        <translation>O client_assertion não tem exp (momento de expiração, em segundos desde 1970).</translation>
    </message>
    <message>
        <source>The client_assertion expired %1 s ago; sign a new one for each token request.</source>
        <translation>O client_assertion expirou há %1 s; assine um novo a cada requisição de token.</translation>
    </message>
    <message>
        <source>%1 is %2 s in the future (more than the %3 s of clock skew allowed): check the clock of the machine signing the assertion.</source>
        <translation>%1 está %2 s no futuro (mais que os %3 s de diferença de relógio tolerados): verifique o relógio da máquina que assina o assertion.</translation>
    </message>
    <message>
        <source>The client_assertion is valid for %1 s; at most %2 s is accepted.</source>
        <translation>O client_assertion vale por %1 s; no máximo %2 s são aceitos.</translation>
    </message>
    <message>
        <source>The client_assertion needs a jti (a new unique id, e.g. a UUID, for every assertion).</source>
        <translation>O client_assertion precisa de um jti (um identificador único novo, por exemplo um UUID, a cada assertion).</translation>
    </message>
    <message>
        <source>This client_assertion (jti %1) was already used: sign a new one for every token request.</source>
        <translation>Este client_assertion (jti %1) já foi usado: assine um novo a cada requisição de token.</translation>
    </message>
    <message>
        <source>scope has %1 characters; at most %2.</source>
        <translation>scope tem %1 caracteres; no máximo %2.</translation>
    </message>
    <message>
        <source>The scope %1 is not allowed for this client; allowed: %2.</source>
        <translation>O scope %1 não é permitido para este cliente; permitidos: %2.</translation>
    </message>
    <message>
        <source>No access token: send Authorization: Bearer &lt;access_token&gt;.</source>
        <translation>Sem token de acesso: envie Authorization: Bearer &lt;access_token&gt;.</translation>
    </message>
    <message>
        <source>The Authorization header must use the Bearer scheme.</source>
        <translation>O cabeçalho Authorization deve usar o esquema Bearer.</translation>
    </message>
    <message>
        <source>The access token is not one this server issued (or the sandbox was reset).</source>
        <translation>O token de acesso não foi emitido por este servidor (ou a sandbox foi reiniciada).</translation>
    </message>
    <message>
        <source>The access token expired; request a new one at /connect/token.</source>
        <translation>O token de acesso expirou; solicite um novo em /connect/token.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds since 1970 (at most %2).</source>
        <translation>%1 deve ser um número inteiro de segundos desde 1970 (no máximo %2).</translation>
    </message>
    <message>
        <source>The sandbox holds too many live tokens right now; try again when some have expired, or reset it.</source>
        <translation>A sandbox guarda tokens válidos demais neste momento; tente de novo quando alguns tiverem expirado, ou reinicie-a.</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 é obrigatório.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too long (at most %n characters).</source>
        <translation>
            <numerusform>%1 é longo demais (no máximo %n caractere).</numerusform>
            <numerusform>%1 é longo demais (no máximo %n caracteres).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an e-mail address, such as name@company.com.br.</source>
        <translation>Informe um endereço de e-mail, como nome@empresa.com.br.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address. Use the form name@company.com.br.</source>
        <translation>“%1” não é um endereço de e-mail válido. Use o formato nome@empresa.com.br.</translation>
    </message>
    <message>
        <source>Enter a phone number in international format, such as +55 11 98765-4321.</source>
        <translation>Informe um telefone no formato internacional, como +55 11 98765-4321.</translation>
    </message>
    <message>
        <source>“%1” is not an international phone number. Start with + and the country code, such as +55 11 98765-4321.</source>
        <translation>“%1” não é um telefone internacional. Comece com + e o código do país, como +55 11 98765-4321.</translation>
    </message>
    <message>
        <source>“%1” is not a valid Brazilian number: after +55 come the area code (2 digits) and 8 digits, or 9 digits starting with 9 for a mobile.</source>
        <translation>“%1” não é um número brasileiro válido: depois de +55 vêm o DDD (2 dígitos) e 8 dígitos, ou 9 dígitos começando com 9 para celular.</translation>
    </message>
    <message>
        <source>Paste the group&apos;s invite link, such as https://chat.whatsapp.com/AbCdEf123456.</source>
        <translation>Cole o link de convite do grupo, como https://chat.whatsapp.com/AbCdEf123456.</translation>
    </message>
    <message>
        <source>“%1” is not a WhatsApp group invite link. It looks like https://chat.whatsapp.com/ followed by a code of letters and digits.</source>
        <translation>“%1” não é um link de convite de grupo do WhatsApp. Ele tem a forma https://chat.whatsapp.com/ seguida de um código de letras e dígitos.</translation>
    </message>
    <message>
        <source>“%1” is not a valid https:// address.</source>
        <translation>“%1” não é um endereço https:// válido.</translation>
    </message>
    <message>
        <source>“%1” is not a valid http:// or https:// address.</source>
        <translation>“%1” não é um endereço http:// ou https:// válido.</translation>
    </message>
    <message>
        <source>The CPF %1 is not valid: its check digits do not match.</source>
        <translation>O CPF %1 não é válido: os dígitos verificadores não conferem.</translation>
    </message>
    <message>
        <source>The CNPJ %1 is not valid: its check digits do not match.</source>
        <translation>O CNPJ %1 não é válido: os dígitos verificadores não conferem.</translation>
    </message>
    <message>
        <source>Enter a CPF (11 digits) or a CNPJ (14 digits).</source>
        <translation>Informe um CPF (11 dígitos) ou um CNPJ (14 dígitos).</translation>
    </message>
</context>
<context>
    <name>bmp::KeyVault</name>
    <message>
        <source>Only a private key can be stored here; this one is public.</source>
        <translation>Só uma chave privada pode ser guardada aqui; esta é pública.</translation>
    </message>
    <message>
        <source>The encrypted key could not be read back; nothing was stored.</source>
        <translation>Não foi possível reler a chave cifrada; nada foi guardado.</translation>
    </message>
    <message>
        <source>Enter the passphrase of this key.</source>
        <translation>Informe a frase secreta desta chave.</translation>
    </message>
    <message>
        <source>Only an encrypted private key can be stored in the project.</source>
        <translation>Só uma chave privada cifrada pode ser guardada no projeto.</translation>
    </message>
    <message>
        <source>The public key does not match its fingerprint; nothing was stored.</source>
        <translation>A chave pública não corresponde à sua impressão digital; nada foi guardado.</translation>
    </message>
    <message>
        <source>There is no environment named %1 in this project.</source>
        <translation>Não há nenhum ambiente chamado %1 neste projeto.</translation>
    </message>
    <message>
        <source>The %1 environment has no key yet: generate or import one in step 3.</source>
        <translation>O ambiente %1 ainda não tem chave: gere ou importe uma na etapa 3.</translation>
    </message>
    <message>
        <source>Choose how the key was registered: by e-mail ticket or over HTTP.</source>
        <translation>Escolha como a chave foi cadastrada: por chamado por e-mail ou por HTTP.</translation>
    </message>
    <message>
        <source>Enter when the key was sent to BMP.</source>
        <translation>Informe quando a chave foi enviada à BMP.</translation>
    </message>
    <message>
        <source>The registration date is in the future.</source>
        <translation>A data de cadastro está no futuro.</translation>
    </message>
    <message>
        <source>The ticket reference is too long (at most 100 characters).</source>
        <translation>A referência do chamado é longa demais (no máximo 100 caracteres).</translation>
    </message>
    <message>
        <source>Production uses the same key as %1. BMP requires separate keys for production: generate a new key for production.</source>
        <translation>A produção usa a mesma chave que %1. A BMP exige chaves separadas para a produção: gere uma nova chave para a produção.</translation>
    </message>
    <message>
        <source>This shared project has no id, so its keys cannot be kept on this machine.</source>
        <translation>Este projeto compartilhado não tem identificador, então as chaves dele não podem ser guardadas nesta máquina.</translation>
    </message>
    <message>
        <source>The private key of the %1 environment is not on this machine: it lives on %2, with whoever made it. Sign there, or generate a new key here (BMP then needs the new public key).</source>
        <translation>A chave privada do ambiente %1 não está nesta máquina: ela fica em %2, com quem a criou. Assine lá ou gere uma nova chave aqui (a BMP então precisa da nova chave pública).</translation>
    </message>
    <message>
        <source>another machine</source>
        <translation>outra máquina</translation>
    </message>
</context>
<context>
    <name>bmp::Project</name>
    <message>
        <source>The demo project could not be filled.</source>
        <translation>Não foi possível preencher o projeto de demonstração.</translation>
    </message>
    <message>
        <source>The partner name</source>
        <translation>O nome do parceiro</translation>
    </message>
    <message>
        <source>The project file could not be read.</source>
        <translation>O arquivo de projeto não pôde ser lido.</translation>
    </message>
    <message>
        <source>The owner&apos;s name is too long (at most 200 characters).</source>
        <translation>O nome do responsável é longo demais (no máximo 200 caracteres).</translation>
    </message>
    <message>
        <source>The notes are too long (at most 20,000 characters).</source>
        <translation>As observações são longas demais (no máximo 20.000 caracteres).</translation>
    </message>
    <message>
        <source>Step %1 (%2) is planned for %3: step %4 cannot be planned before it.</source>
        <translation>A etapa %1 (%2) está prevista para %3: a etapa %4 não pode ser prevista antes dela.</translation>
    </message>
    <message>
        <source>Step %1 (%2) is planned for %3: step %4 cannot be planned after it.</source>
        <translation>A etapa %1 (%2) está prevista para %3: a etapa %4 não pode ser prevista depois dela.</translation>
    </message>
    <message>
        <source>The actual date cannot be in the future.</source>
        <translation>A data de realização não pode estar no futuro.</translation>
    </message>
    <message>
        <source>The group name is too long (WhatsApp allows at most 100 characters).</source>
        <translation>O nome do grupo é longo demais (o WhatsApp permite no máximo 100 caracteres).</translation>
    </message>
    <message>
        <source>The participant&apos;s name</source>
        <translation>O nome do participante</translation>
    </message>
    <message>
        <source>This participant no longer exists.</source>
        <translation>Este participante não existe mais.</translation>
    </message>
    <message>
        <source>Choose at least one product.</source>
        <translation>Escolha pelo menos um produto.</translation>
    </message>
    <message>
        <source>Enter the date of the alignment meeting before marking it as held.</source>
        <translation>Informe a data da reunião de alinhamento antes de marcá-la como realizada.</translation>
    </message>
    <message>
        <source>A meeting planned for a future date cannot be marked as held yet.</source>
        <translation>Uma reunião com data futura ainda não pode ser marcada como realizada.</translation>
    </message>
    <message>
        <source>Choose a valid date.</source>
        <translation>Escolha uma data válida.</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>Gerente de projeto</translation>
    </message>
    <message>
        <source>Tech lead</source>
        <translation>Líder técnico</translation>
    </message>
    <message>
        <source>BMP implementation</source>
        <translation>Implantação BMP</translation>
    </message>
    <message>
        <source>BMP BackOffice</source>
        <translation>BackOffice BMP</translation>
    </message>
    <message>
        <source>Group created by BMP</source>
        <translation>Grupo criado pela BMP</translation>
    </message>
    <message>
        <source>Reply to BMP&apos;s ticket with the public key only, no CC.</source>
        <translation>Responder ao chamado da BMP só com a chave pública, sem ninguém em cópia.</translation>
    </message>
    <message>
        <source>Approved; review the exposure limits after the first month in production.</source>
        <translation>Aprovado; revisar os limites de exposição após o primeiro mês em produção.</translation>
    </message>
    <message>
        <source>Waiting for BMP&apos;s Pessoa field list</source>
        <translation>Aguardando a lista de campos de Pessoa da BMP</translation>
    </message>
    <message>
        <source>Cancelled by the user; resume to continue where it stopped.</source>
        <translation>Cancelado pelo usuário; retome para continuar de onde parou.</translation>
    </message>
    <message>
        <source>vlrIOF differs by R$ 0.37 for scenario B</source>
        <translation>vlrIOF difere em R$ 0,37 no cenário B</translation>
    </message>
    <message>
        <source>IOF daily rate table updated to Decree 12.499/2025; report re-sent</source>
        <translation>Tabela de alíquotas diárias do IOF atualizada pelo Decreto 12.499/2025; memória reenviada</translation>
    </message>
    <message>
        <source>There is no refused edit to make again.</source>
        <translation>Não há alteração recusada para refazer.</translation>
    </message>
    <message>
        <source>Step %1 was changed by %2 at %3 while you were editing it, so your change was not saved. The step now shows their version.</source>
        <translation>A etapa %1 foi alterada por %2 em %3 enquanto você a editava, então a sua alteração não foi salva. A etapa agora mostra a versão dessa pessoa.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>outra pessoa</translation>
    </message>
    <message>
        <source>The server of this shared project does not answer right now. Your change is kept on this computer and will be saved as soon as the server answers again.</source>
        <translation>O servidor deste projeto compartilhado não está respondendo agora. A sua alteração fica guardada neste computador e será salva assim que o servidor voltar a responder.</translation>
    </message>
    <message>
        <source>The participant %1 was removed by someone else while you were editing it, so your change was not saved. Save yours to add the participant again.</source>
        <translation>O participante %1 foi removido por outra pessoa enquanto você o editava, então a sua alteração não foi salva. Salve a sua para incluir o participante de novo.</translation>
    </message>
    <message>
        <source>The participant %1 was changed by %2 at %3 while you were editing it, so your change was not saved. The list now shows their version.</source>
        <translation>O participante %1 foi alterado por %2 em %3 enquanto você o editava, então a sua alteração não foi salva. A lista agora mostra a versão dessa pessoa.</translation>
    </message>
    <message>
        <source>The calendar entry for %1 was removed by someone else while you were editing it, so your change was not saved.</source>
        <translation>O dia %1 do calendário foi removido por outra pessoa enquanto você o editava, então a sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>The calendar entry for %1 was changed by %2 at %3 while you were editing it, so your change was not saved. The calendar now shows their version.</source>
        <translation>O dia %1 do calendário foi alterado por %2 em %3 enquanto você o editava, então a sua alteração não foi salva. O calendário agora mostra a versão dessa pessoa.</translation>
    </message>
    <message>
        <source>The production procedure “%1” was removed by someone else while you were editing it, so your change was not saved. Save yours to add it again.</source>
        <translation>O procedimento de produção “%1” foi removido por outra pessoa enquanto você o editava, então a sua alteração não foi salva. Salve a sua para incluí-lo de novo.</translation>
    </message>
    <message>
        <source>The production procedure “%1” was changed by %2 at %3 while you were editing it, so your change was not saved. Step 10 now shows their version.</source>
        <translation>O procedimento de produção “%1” foi alterado por %2 em %3 enquanto você o editava, então a sua alteração não foi salva. A etapa 10 agora mostra a versão dessa pessoa.</translation>
    </message>
    <message>
        <source>The %1 environment was changed by %2 at %3 while you were editing it, so your change was not saved. Step 4 now shows their version.</source>
        <translation>O ambiente %1 foi alterado por %2 em %3 enquanto você o editava, então a sua alteração não foi salva. A etapa 4 agora mostra a versão dessa pessoa.</translation>
    </message>
    <message>
        <source>The API %1 was changed by %2 at %3 while you were editing it, so your change was not saved. Step 6 now shows their version.</source>
        <translation>A API %1 foi alterada por %2 em %3 enquanto você a editava, então a sua alteração não foi salva. A etapa 6 agora mostra a versão dessa pessoa.</translation>
    </message>
    <message>
        <source>The test “%1” was removed by someone else while you were editing it, so your change was not saved.</source>
        <translation>O teste “%1” foi removido por outra pessoa enquanto você o editava, então a sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>The test “%1” was changed by %2 at %3 while you were editing it, so your change was not saved. Step 8 now shows their version.</source>
        <translation>O teste “%1” foi alterado por %2 em %3 enquanto você o editava, então a sua alteração não foi salva. A etapa 8 agora mostra a versão dessa pessoa.</translation>
    </message>
    <message>
        <source>The %1 callback was changed by %2 at %3 while you were editing it, so your change was not saved. Step 6 now shows their version.</source>
        <translation>O callback de %1 foi alterado por %2 em %3 enquanto você o editava, então a sua alteração não foi salva. A etapa 6 agora mostra a versão dessa pessoa.</translation>
    </message>
    <message>
        <source>The area %1 was removed by someone else while you were editing it, so your change was not saved.</source>
        <translation>A área %1 foi removida por outra pessoa enquanto você a editava, então a sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>The area %1 was changed by %2 at %3 while you were editing it, so your change was not saved. Step 9 now shows their version.</source>
        <translation>A área %1 foi alterada por %2 em %3 enquanto você a editava, então a sua alteração não foi salva. A etapa 9 agora mostra a versão dessa pessoa.</translation>
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
    <message>
        <source>Only %1 records the decision of %2; you are connected as %3.</source>
        <translation>Somente %1 registra a decisão de %2; você está conectado como %3.</translation>
    </message>
    <message>
        <source>A database role name has at most 63 characters.</source>
        <translation>Um nome de papel do banco de dados tem no máximo 63 caracteres.</translation>
    </message>
</context>
<context>
    <name>bmp::net::ApiCall</name>
    <message>
        <source>The server asked to slow down (HTTP %1); retrying.</source>
        <translation>O servidor pediu para desacelerar (HTTP %1); tentando de novo.</translation>
    </message>
    <message>
        <source>No answer (%1); retrying.</source>
        <translation>Sem resposta (%1); tentando de novo.</translation>
    </message>
    <message>
        <source>The server is unavailable for the moment (HTTP %1); retrying.</source>
        <translation>O servidor está indisponível no momento (HTTP %1); tentando de novo.</translation>
    </message>
    <message>
        <source>The server moved this request to %1; following.</source>
        <translation>O servidor moveu esta requisição para %1; seguindo para lá.</translation>
    </message>
</context>
<context>
    <name>bmp::net::CallbackTester</name>
    <message>
        <source>A test callback is already on its way.</source>
        <translation>Um callback de teste já está a caminho.</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1: BMP would treat this callback as not delivered.</source>
        <translation>O endpoint respondeu HTTP %1: a BMP consideraria este callback não entregue.</translation>
    </message>
    <message>
        <source>The tester cannot send a callback authenticated with %1: %2</source>
        <translation>O testador não consegue enviar um callback autenticado com %1: %2</translation>
    </message>
</context>
<context>
    <name>bmp::net::ClientCredentialsToken</name>
    <message>
        <source>The token source is gone.</source>
        <translation>A origem dos tokens não existe mais.</translation>
    </message>
</context>
<context>
    <name>bmp::net::KeyUploadWorker</name>
    <message>
        <source>There is no key-registration endpoint at this URL (HTTP %1). Check the key URL, or register by e-mail ticket.</source>
        <translation>Não há endpoint de cadastro de chave nesta URL (HTTP %1). Confira a URL de cadastro da chave ou cadastre por chamado por e-mail.</translation>
    </message>
    <message>
        <source>The server refused the public key: %1</source>
        <translation>O servidor recusou a chave pública: %1</translation>
    </message>
    <message>
        <source>The server refused the public key (HTTP %1).</source>
        <translation>O servidor recusou a chave pública (HTTP %1).</translation>
    </message>
    <message>
        <source>The server accepted the request but sent no usable client_id.</source>
        <translation>O servidor aceitou a requisição, mas não enviou um client_id utilizável.</translation>
    </message>
    <message>
        <source>The key is already being sent.</source>
        <translation>A chave já está sendo enviada.</translation>
    </message>
    <message>
        <source>This environment has no key-registration URL. BMP registers keys by e-mail ticket; use that route, or enter the key URL in step 4.</source>
        <translation>Este ambiente não tem URL de cadastro de chave. A BMP cadastra chaves por chamado por e-mail; use esse caminho ou informe a URL de cadastro na etapa 4.</translation>
    </message>
    <message>
        <source>Sending the public key to %1…</source>
        <translation>Enviando a chave pública para %1…</translation>
    </message>
    <message>
        <source>The server registered a different key than the one sent (fingerprints differ).</source>
        <translation>O servidor cadastrou uma chave diferente da enviada (as impressões digitais diferem).</translation>
    </message>
    <message>
        <source>The environment %1 no longer exists.</source>
        <translation>O ambiente %1 não existe mais.</translation>
    </message>
    <message>
        <source>The environment&apos;s key changed while it was being registered; register it again.</source>
        <translation>A chave do ambiente mudou enquanto era cadastrada; cadastre-a de novo.</translation>
    </message>
</context>
<context>
    <name>bmp::net::PracticeSession</name>
    <message>
        <source>The practice sandbox refused the key.</source>
        <translation>A sandbox de treino recusou a chave.</translation>
    </message>
    <message>
        <source>The practice sandbox could not start: %1</source>
        <translation>A sandbox de treino não pôde iniciar: %1</translation>
    </message>
</context>
<context>
    <name>bmp::net::ProposalWorker</name>
    <message>
        <source>The proposals are already running.</source>
        <translation>As propostas já estão em execução.</translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation>Cenário %1: %2</translation>
    </message>
    <message>
        <source>Only scenario A has bank details to fix.</source>
        <translation>Só o cenário A tem dados bancários a corrigir.</translation>
    </message>
    <message>
        <source>Scenario A is not waiting for a fix (its payment has not failed).</source>
        <translation>O cenário A não está aguardando correção (o pagamento não falhou).</translation>
    </message>
    <message>
        <source>Scenario A is busy.</source>
        <translation>O cenário A está ocupado.</translation>
    </message>
    <message>
        <source>Cancelled by the user; resume to continue where it stopped.</source>
        <translation>Cancelado pelo usuário; retome para continuar de onde parou.</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot; in the project file.</source>
        <translation>Etapa desconhecida &quot;%1&quot; no arquivo do projeto.</translation>
    </message>
    <message>
        <source>No access token: %1</source>
        <translation>Sem token de acesso: %1</translation>
    </message>
    <message>
        <source>%1 · %2 (attempt %3)</source>
        <translation>%1 · %2 (tentativa %3)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 recusado: %2</translation>
    </message>
    <message>
        <source>BMP moved the proposal to %1.</source>
        <translation>A BMP mudou a proposta para %1.</translation>
    </message>
    <message>
        <source>The payment went through: these bank details were accepted, so scenario A does not show the failure BMP asks for. Make the details wrong and run scenario A again.</source>
        <translation>O pagamento foi feito: estes dados bancários foram aceitos, então o cenário A não mostra a falha que a BMP pede. Deixe os dados errados e execute o cenário A de novo.</translation>
    </message>
    <message>
        <source>The payment failed: %1</source>
        <translation>O pagamento falhou: %1</translation>
    </message>
    <message>
        <source>Still %1 after %2 status checks; resume later to keep waiting.</source>
        <translation>Ainda %1 após %2 consultas de situação; retome depois para continuar aguardando.</translation>
    </message>
    <message>
        <source>The proposal was withdrawn at BMP (%1): reset the scenario to send a new one.</source>
        <translation>A proposta foi retirada na BMP (%1): reinicie o cenário para enviar uma nova.</translation>
    </message>
    <message>
        <source>Scenario %1 is running: stop the run first.</source>
        <translation>O cenário %1 está em execução: pare a execução primeiro.</translation>
    </message>
    <message>
        <source>Scenario %1 has no proposal at BMP to withdraw.</source>
        <translation>O cenário %1 não tem proposta na BMP para retirar.</translation>
    </message>
    <message>
        <source>Scenario %1&apos;s proposal is already withdrawn (%2).</source>
        <translation>A proposta do cenário %1 já foi retirada (%2).</translation>
    </message>
    <message>
        <source>Say why the proposal is withdrawn (at most 1000 characters): BMP records the reason.</source>
        <translation>Diga por que a proposta é retirada (no máximo 1000 caracteres): a BMP registra o motivo.</translation>
    </message>
    <message>
        <source>The rejection reason number (motivoRejeicao) must be from 0 to 9999.</source>
        <translation>O número do motivo de recusa (motivoRejeicao) deve ser de 0 a 9999.</translation>
    </message>
    <message>
        <source>The withdrawal did not reach BMP; ask for it again.</source>
        <translation>A retirada não chegou à BMP; peça de novo.</translation>
    </message>
    <message>
        <source>%1 answered without the proposal&apos;s code (codigo).</source>
        <translation>%1 respondeu sem o código da proposta (codigo).</translation>
    </message>
    <message>
        <source>Withdrawn at BMP (%1): reset the scenario to send a new proposal.</source>
        <translation>Retirada na BMP (%1): reinicie o cenário para enviar uma nova proposta.</translation>
    </message>
    <message>
        <source>BMP no longer knows proposal %1 (C0112/V0001, not found), so this run cannot go on. In Practice this happens when the practice sandbox&apos;s state was not kept next to the project. Press “New proposal” to start the scenario again.</source>
        <translation>A BMP não conhece mais a proposta %1 (C0112/V0001, não encontrada), então esta execução não pode continuar. No Treino, isso acontece quando o estado da sandbox de treino não foi guardado junto ao projeto. Clique em “Nova proposta” para começar o cenário de novo.</translation>
    </message>
</context>
<context>
    <name>bmp::net::TokenSource</name>
    <message>
        <source>The token source is gone.</source>
        <translation>A origem dos tokens não existe mais.</translation>
    </message>
</context>
<context>
    <name>bmp::net::TokenWorker</name>
    <message>
        <source>The client_id is not registered: register the public key first (step 3) and use the client_id it returned.</source>
        <translation>O client_id não está cadastrado: cadastre primeiro a chave pública (etapa 3) e use o client_id devolvido.</translation>
    </message>
    <message>
        <source>The assertion was signed with a key other than the one registered for this client_id.</source>
        <translation>A asserção foi assinada com uma chave diferente da cadastrada para este client_id.</translation>
    </message>
    <message>
        <source>The assertion&apos;s aud is not this token URL: aud must be exactly the token endpoint&apos;s URL.</source>
        <translation>O aud da asserção não é esta URL de token: aud deve ser exatamente a URL do endpoint de token.</translation>
    </message>
    <message>
        <source>The assertion has expired: sign a new one for each request and check this computer&apos;s clock.</source>
        <translation>A asserção expirou: assine uma nova a cada requisição e confira o relógio deste computador.</translation>
    </message>
    <message>
        <source>The assertion&apos;s nbf is in the future: this computer&apos;s clock is ahead; set it right (automatic time).</source>
        <translation>O nbf da asserção está no futuro: o relógio deste computador está adiantado; acerte-o (hora automática).</translation>
    </message>
    <message>
        <source>The assertion&apos;s iat is in the future: this computer&apos;s clock is ahead; set it right (automatic time).</source>
        <translation>O iat da asserção está no futuro: o relógio deste computador está adiantado; acerte-o (hora automática).</translation>
    </message>
    <message>
        <source>The assertion is valid for too long: use a lifetime of at most an hour (300 seconds is usual).</source>
        <translation>A asserção vale por tempo demais: use uma validade de no máximo uma hora (300 segundos é o usual).</translation>
    </message>
    <message>
        <source>This assertion was already used: every token request needs a new assertion with a new jti.</source>
        <translation>Esta asserção já foi usada: cada pedido de token precisa de uma nova asserção com um novo jti.</translation>
    </message>
    <message>
        <source>iss and sub must both be the client_id.</source>
        <translation>iss e sub devem ser ambos o client_id.</translation>
    </message>
    <message>
        <source>The client_id sent is not the assertion&apos;s iss/sub.</source>
        <translation>O client_id enviado não é o iss/sub da asserção.</translation>
    </message>
    <message>
        <source>A required claim (jti, iss, sub, aud, exp) is missing from the assertion.</source>
        <translation>Falta na asserção uma claim obrigatória (jti, iss, sub, aud, exp).</translation>
    </message>
    <message>
        <source>A time claim is not a number of seconds since 1970.</source>
        <translation>Uma claim de horário não é um número de segundos desde 1970.</translation>
    </message>
    <message>
        <source>The client_assertion is not a well-formed JWT.</source>
        <translation>O client_assertion não é um JWT bem formado.</translation>
    </message>
    <message>
        <source>The assertion must be signed with RS256.</source>
        <translation>A asserção deve ser assinada com RS256.</translation>
    </message>
    <message>
        <source>The request carried no client_assertion.</source>
        <translation>A requisição não trazia client_assertion.</translation>
    </message>
    <message>
        <source>client_assertion_type must be urn:ietf:params:oauth:client-assertion-type:jwt-bearer.</source>
        <translation>client_assertion_type deve ser urn:ietf:params:oauth:client-assertion-type:jwt-bearer.</translation>
    </message>
    <message>
        <source>BMP authenticates with a signed assertion, not a client secret.</source>
        <translation>A BMP autentica com uma asserção assinada, não com um segredo de cliente.</translation>
    </message>
    <message>
        <source>This client may not ask for that scope.</source>
        <translation>Este cliente não pode pedir esse escopo.</translation>
    </message>
    <message>
        <source>The scope is longer than the 300 characters a client may send.</source>
        <translation>O escopo passa dos 300 caracteres que um cliente pode enviar.</translation>
    </message>
    <message>
        <source>BMP does not know this client_id or this key.</source>
        <translation>A BMP não conhece este client_id ou esta chave.</translation>
    </message>
    <message>
        <source>BMP refused the signed assertion (expired, already used, or made for another token URL). Sign a new one and check this computer&apos;s clock.</source>
        <translation>A BMP recusou a asserção assinada (expirada, já usada ou feita para outra URL de token). Assine uma nova e confira o relógio deste computador.</translation>
    </message>
    <message>
        <source>BMP does not allow the requested scope for this client. Use the scope BMP gave you (usually bmp.digital.api.full.access).</source>
        <translation>A BMP não permite o escopo pedido para este cliente. Use o escopo que a BMP lhe deu (em geral bmp.digital.api.full.access).</translation>
    </message>
    <message>
        <source>BMP does not allow the scope &quot;%1&quot; for this client. Use the scope BMP gave you (usually bmp.digital.api.full.access).</source>
        <translation>A BMP não permite o escopo &quot;%1&quot; para este cliente. Use o escopo que a BMP lhe deu (em geral bmp.digital.api.full.access).</translation>
    </message>
    <message>
        <source>The server does not accept the client_credentials grant. Check that the token URL is BMP&apos;s /connect/token.</source>
        <translation>O servidor não aceita o grant client_credentials. Confira se a URL do token é o /connect/token da BMP.</translation>
    </message>
    <message>
        <source>The server says the token request is malformed (a field is missing, repeated or of the wrong type). Check that the token URL is BMP&apos;s /connect/token.</source>
        <translation>O servidor diz que o pedido de token está malformado (um campo falta, está repetido ou é do tipo errado). Confira se a URL do token é o /connect/token da BMP.</translation>
    </message>
    <message>
        <source>This client_id may not use the client_credentials grant. Ask BMP to enable it.</source>
        <translation>Este client_id não pode usar o grant client_credentials. Peça à BMP que o habilite.</translation>
    </message>
    <message>
        <source>BMP denied access to this client.</source>
        <translation>A BMP negou acesso a este cliente.</translation>
    </message>
    <message>
        <source>The server is rate limiting this client (HTTP 429) and kept refusing after the retries. Wait a minute and try again; in production send at most one request per second.</source>
        <translation>O servidor está limitando a taxa deste cliente (HTTP 429) e continuou recusando após as novas tentativas. Aguarde um minuto e tente de novo; em produção, envie no máximo uma requisição por segundo.</translation>
    </message>
    <message>
        <source>The token server had a problem (HTTP %1). Try again later; if it persists, tell BMP.</source>
        <translation>O servidor de tokens teve um problema (HTTP %1). Tente mais tarde; se persistir, avise a BMP.</translation>
    </message>
    <message>
        <source>The server refused the token request (%1).</source>
        <translation>O servidor recusou o pedido de token (%1).</translation>
    </message>
    <message>
        <source>There is no token endpoint at this URL (HTTP %1). Check the token URL.</source>
        <translation>Não há endpoint de token nesta URL (HTTP %1). Confira a URL do token.</translation>
    </message>
    <message>
        <source>The server refused the credentials (HTTP %1).</source>
        <translation>O servidor recusou as credenciais (HTTP %1).</translation>
    </message>
    <message>
        <source>The token URL redirects elsewhere (HTTP %1); enter the final URL.</source>
        <translation>A URL do token redireciona para outro lugar (HTTP %1); informe a URL final.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without saying why. Check the token URL.</source>
        <translation>O servidor respondeu HTTP %1 sem dizer por quê. Confira a URL do token.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 but not with a token (the answer is not JSON). Check the token URL.</source>
        <translation>O servidor respondeu HTTP %1, mas não com um token (a resposta não é JSON). Confira a URL do token.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without an access_token. Check the token URL.</source>
        <translation>O servidor respondeu HTTP %1 sem access_token. Confira a URL do token.</translation>
    </message>
    <message>
        <source>A token request is already running.</source>
        <translation>Já há um pedido de token em andamento.</translation>
    </message>
    <message>
        <source>The private key is needed to sign the assertion; unlock it first.</source>
        <translation>A chave privada é necessária para assinar a asserção; desbloqueie-a primeiro.</translation>
    </message>
    <message>
        <source>Enter the token URL of the environment (such as %1).</source>
        <translation>Informe a URL do token do ambiente (como %1).</translation>
    </message>
    <message>
        <source>Enter the client_id BMP sent for this environment (step 4).</source>
        <translation>Informe o client_id que a BMP enviou para este ambiente (etapa 4).</translation>
    </message>
    <message>
        <source>Sending the token request…</source>
        <translation>Enviando o pedido de token…</translation>
    </message>
    <message>
        <source>Sending the token request again (attempt %1)…</source>
        <translation>Enviando o pedido de token de novo (tentativa %1)…</translation>
    </message>
    <message>
        <source>Waiting %1 s before sending (rate limit).</source>
        <translation>Aguardando %1 s antes de enviar (limite de requisições).</translation>
    </message>
</context>
<context>
    <name>bmp::sandbox::ConnectionGuard</name>
    <message>
        <source>The request headers exceed %1 bytes.</source>
        <translation>Os cabeçalhos da requisição passam de %1 bytes.</translation>
    </message>
    <message>
        <source>The request body exceeds %1 bytes.</source>
        <translation>O corpo da requisição passa de %1 bytes.</translation>
    </message>
    <message>
        <source>Header lines must end with CRLF.</source>
        <translation>As linhas de cabeçalho devem terminar com CRLF.</translation>
    </message>
    <message>
        <source>The request line is not &quot;METHOD target HTTP/1.1&quot;.</source>
        <translation>A linha de requisição não está no formato &quot;MÉTODO alvo HTTP/1.1&quot;.</translation>
    </message>
    <message>
        <source>The request target exceeds %1 bytes.</source>
        <translation>O alvo da requisição passa de %1 bytes.</translation>
    </message>
    <message>
        <source>The request target contains invalid characters.</source>
        <translation>O alvo da requisição contém caracteres inválidos.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are served.</source>
        <translation>Somente HTTP/1.0 e HTTP/1.1 são atendidos.</translation>
    </message>
    <message>
        <source>A header line is not &quot;Name: value&quot;.</source>
        <translation>Uma linha de cabeçalho não está no formato &quot;Nome: valor&quot;.</translation>
    </message>
    <message>
        <source>A header value contains control characters.</source>
        <translation>Um valor de cabeçalho contém caracteres de controle.</translation>
    </message>
    <message>
        <source>The Content-Length header is invalid.</source>
        <translation>O cabeçalho Content-Length é inválido.</translation>
    </message>
    <message>
        <source>Only the chunked transfer coding is supported.</source>
        <translation>Somente a codificação de transferência chunked é suportada.</translation>
    </message>
    <message>
        <source>Content-Length and Transfer-Encoding cannot both be sent.</source>
        <translation>Content-Length e Transfer-Encoding não podem ser enviados juntos.</translation>
    </message>
    <message>
        <source>The request body has %1 bytes; the limit is %2.</source>
        <translation>O corpo da requisição tem %1 bytes; o limite é %2.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>A requisição não é HTTP/1.1 válido.</translation>
    </message>
    <message>
        <source>The request headers did not arrive within %1 s.</source>
        <translation>Os cabeçalhos da requisição não chegaram em %1 s.</translation>
    </message>
    <message>
        <source>The request did not arrive within %1 s.</source>
        <translation>A requisição não chegou em %1 s.</translation>
    </message>
</context>
<context>
    <name>bmp::sandbox::GuardedTcpServer</name>
    <message>
        <source>Too many connections; try again in a moment.</source>
        <translation>Conexões demais; tente de novo em instantes.</translation>
    </message>
</context>
<context>
    <name>bmp::sandbox::PracticeSandbox</name>
    <message>
        <source>The practice sandbox cannot keep its state in %1.</source>
        <translation>A sandbox de treino não consegue guardar seu estado em %1.</translation>
    </message>
    <message>
        <source>The practice sandbox could not start: %1</source>
        <translation>A sandbox de treino não pôde iniciar: %1</translation>
    </message>
</context>
<context>
    <name>bmp::sandbox::ProposalService</name>
    <message>
        <source>Unknown action %1.</source>
        <translation>Ação %1 desconhecida.</translation>
    </message>
    <message>
        <source>vlrSolicitado must be a positive amount.</source>
        <translation>vlrSolicitado deve ser um valor positivo.</translation>
    </message>
    <message>
        <source>prazo must be a number of installments from 1 to 480.</source>
        <translation>prazo deve ser um número de parcelas de 1 a 480.</translation>
    </message>
    <message>
        <source>percJurosNegociado must be a monthly rate in percent, from 0 to 100.</source>
        <translation>percJurosNegociado deve ser uma taxa mensal em porcentagem, de 0 a 100.</translation>
    </message>
    <message>
        <source>tipoPessoa must be 1 (PF) or 2 (PJ).</source>
        <translation>tipoPessoa deve ser 1 (PF) ou 2 (PJ).</translation>
    </message>
    <message>
        <source>vlrTAC must be an amount, zero or more.</source>
        <translation>vlrTAC deve ser um valor, zero ou mais.</translation>
    </message>
    <message>
        <source>codigoOperacao has at most 100 characters.</source>
        <translation>codigoOperacao tem no máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>A proposal with codigoOperacao %1 already exists (%2).</source>
        <translation>Já existe uma proposta com codigoOperacao %1 (%2).</translation>
    </message>
    <message>
        <source>propostaContaPagamentoDTO must be an object.</source>
        <translation>propostaContaPagamentoDTO deve ser um objeto.</translation>
    </message>
    <message>
        <source>%1 sent (%2) differs from the sandbox&apos;s calculation (%3); BMP&apos;s analysts will ask for the calculation report.</source>
        <translation>%1 enviado (%2) difere do cálculo da sandbox (%3); os analistas da BMP pedirão a memória de cálculo.</translation>
    </message>
    <message>
        <source>Proposal included.</source>
        <translation>Proposta incluída.</translation>
    </message>
    <message>
        <source>Name the proposal: codigoProposta, numeroProposta or codigoOperacao.</source>
        <translation>Identifique a proposta: codigoProposta, numeroProposta ou codigoOperacao.</translation>
    </message>
    <message>
        <source>%1 is not allowed for a proposal in status %2 (%3); allowed in: %4.</source>
        <translation>%1 não é permitido para uma proposta na situação %2 (%3); permitido em: %4.</translation>
    </message>
    <message>
        <source>Proposal finalized.</source>
        <translation>Proposta finalizada.</translation>
    </message>
    <message>
        <source>Proposal released to the payment queue.</source>
        <translation>Proposta liberada para a fila de pagamento.</translation>
    </message>
    <message>
        <source>Disbursement account updated.</source>
        <translation>Conta de pagamento atualizada.</translation>
    </message>
    <message>
        <source>Proposal rejected.</source>
        <translation>Proposta recusada.</translation>
    </message>
    <message>
        <source>Payment made.</source>
        <translation>Pagamento efetuado.</translation>
    </message>
    <message>
        <source>nroDiasAcrescimo must be a number of days from -365 to 365.</source>
        <translation>nroDiasAcrescimo deve ser um número de dias de -365 a 365.</translation>
    </message>
    <message>
        <source>formatoCalculo must be a small whole number.</source>
        <translation>formatoCalculo deve ser um número inteiro pequeno.</translation>
    </message>
    <message>
        <source>The first due date must fall after today and within a year.</source>
        <translation>O primeiro vencimento deve cair depois de hoje e em até um ano.</translation>
    </message>
    <message>
        <source>The proposal does not belong to this integration (client_id).</source>
        <translation>A proposta não pertence a esta integração (client_id).</translation>
    </message>
    <message>
        <source>Proposal not found: no proposal matches the locator given.</source>
        <translation>Proposta não encontrada: nenhuma proposta corresponde ao localizador informado.</translation>
    </message>
    <message>
        <source>Send the signers who already signed in your system in &quot;assinantes&quot;, beside dto: each with nome, documento, dtAssinatura and ipAssinatura.</source>
        <translation>Envie os assinantes que já assinaram no seu sistema em &quot;assinantes&quot;, ao lado do dto: cada um com nome, documento, dtAssinatura e ipAssinatura.</translation>
    </message>
    <message>
        <source>At most 20 signers.</source>
        <translation>No máximo 20 assinantes.</translation>
    </message>
    <message>
        <source>Each signer must be an object.</source>
        <translation>Cada assinante deve ser um objeto.</translation>
    </message>
    <message>
        <source>The signer&apos;s name is required.</source>
        <translation>O nome do assinante é obrigatório.</translation>
    </message>
    <message>
        <source>dtAssinatura must be the date and time the signer signed (ISO 8601), after the proposal was included and not in the future.</source>
        <translation>dtAssinatura deve ser a data e a hora em que o assinante assinou (ISO 8601), depois da inclusão da proposta e não no futuro.</translation>
    </message>
    <message>
        <source>ipAssinatura must be the IP address the signer signed from.</source>
        <translation>ipAssinatura deve ser o endereço IP de onde o assinante assinou.</translation>
    </message>
    <message>
        <source>The borrower (%1) must be among the signers of the CCB.</source>
        <translation>O tomador (%1) deve estar entre os assinantes da CCB.</translation>
    </message>
    <message>
        <source>Signature recorded.</source>
        <translation>Assinatura registrada.</translation>
    </message>
    <message>
        <source>The proposal has no signature yet: record it with %1 (signers who signed in your system) or attach the certified CCB (IncluirDocumento) before Finalizar.</source>
        <translation>A proposta ainda não tem assinatura: registre-a com %1 (assinantes que assinaram no seu sistema) ou anexe a CCB certificada (IncluirDocumento) antes do Finalizar.</translation>
    </message>
    <message>
        <source>The proposal has already been released.</source>
        <translation>A proposta já foi liberada.</translation>
    </message>
    <message>
        <source>The proposal cannot be released because its status is %1 (%2); it must be finalized (6) first.</source>
        <translation>A proposta não pode ser liberada porque a situação dela é %1 (%2); ela precisa estar finalizada (6) antes.</translation>
    </message>
    <message>
        <source>AtualizarContaPagamento takes the bank details in &quot;dtoPagto&quot;, beside &quot;dto&quot; (which holds only the proposal&apos;s locator), not in dto.propostaContaPagamentoDTO.</source>
        <translation>AtualizarContaPagamento recebe os dados bancários em &quot;dtoPagto&quot;, ao lado do &quot;dto&quot; (que leva só o localizador da proposta), não em dto.propostaContaPagamentoDTO.</translation>
    </message>
    <message>
        <source>Send the new bank details in &quot;dtoPagto&quot;, beside &quot;dto&quot;.</source>
        <translation>Envie os novos dados bancários em &quot;dtoPagto&quot;, ao lado do &quot;dto&quot;.</translation>
    </message>
    <message>
        <source>Recusar needs the reason in &quot;propostaRecusaDTO&quot; {motivoRejeicao, textoMotivoRecusa}, beside dto.</source>
        <translation>Recusar precisa do motivo em &quot;propostaRecusaDTO&quot; {motivoRejeicao, textoMotivoRecusa}, ao lado do dto.</translation>
    </message>
    <message>
        <source>motivoRejeicao must be the number of a rejection reason.</source>
        <translation>motivoRejeicao deve ser o número de um motivo de recusa.</translation>
    </message>
    <message>
        <source>textoMotivoRecusa must say why the proposal is rejected (at most 1000 characters).</source>
        <translation>textoMotivoRecusa deve dizer por que a proposta é recusada (no máximo 1000 caracteres).</translation>
    </message>
    <message>
        <source>Cancelar needs &quot;textoMotivoCancelamento&quot; (why the proposal is canceled, at most 1000 characters), beside dto.</source>
        <translation>Cancelar precisa de &quot;textoMotivoCancelamento&quot; (por que a proposta é cancelada, no máximo 1000 caracteres), ao lado do dto.</translation>
    </message>
    <message>
        <source>Proposal canceled.</source>
        <translation>Proposta cancelada.</translation>
    </message>
</context>
<context>
    <name>bmp::sandbox::SandboxEngine</name>
    <message>
        <source>This endpoint only accepts %1.</source>
        <translation>Este endpoint só aceita %1.</translation>
    </message>
    <message>
        <source>The request body has %1 bytes; the limit is %2.</source>
        <translation>O corpo da requisição tem %1 bytes; o limite é %2.</translation>
    </message>
    <message>
        <source>There is no endpoint %1 in the sandbox.</source>
        <translation>Não existe o endpoint %1 na sandbox.</translation>
    </message>
    <message>
        <source>Send the body as JSON with Content-Type: application/json.</source>
        <translation>Envie o corpo como JSON com Content-Type: application/json.</translation>
    </message>
    <message>
        <source>The IdempotencyKey header is mandatory: a new GUID for every logical call, the same GUID when retrying it.</source>
        <translation>O cabeçalho IdempotencyKey é obrigatório: um GUID novo a cada chamada lógica, o mesmo GUID ao repeti-la.</translation>
    </message>
    <message>
        <source>The header is spelled IdempotencyKey (no hyphen) in BMP&apos;s API.</source>
        <translation>Na API da BMP o cabeçalho se escreve IdempotencyKey (sem hífen).</translation>
    </message>
    <message>
        <source>IdempotencyKey must be a GUID, e.g. %1.</source>
        <translation>IdempotencyKey deve ser um GUID, por exemplo %1.</translation>
    </message>
    <message>
        <source>This IdempotencyKey was already used for a different request; use a new GUID for a new call.</source>
        <translation>Este IdempotencyKey já foi usado em outra requisição; use um GUID novo para uma nova chamada.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation>O corpo não é um JSON válido: %1 na posição %2.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>O corpo deve ser um objeto JSON.</translation>
    </message>
    <message>
        <source>The body must carry the call&apos;s data in a &quot;dto&quot; object.</source>
        <translation>O corpo deve levar os dados da chamada em um objeto &quot;dto&quot;.</translation>
    </message>
    <message>
        <source>The sandbox was reset: keys, tokens, proposals and logs are gone.</source>
        <translation>A sandbox foi reiniciada: chaves, tokens, propostas e registros foram apagados.</translation>
    </message>
    <message>
        <source>There is no endpoint /_sandbox/%1.</source>
        <translation>Não existe o endpoint /_sandbox/%1.</translation>
    </message>
    <message>
        <source>Send {&quot;publicKeyPem&quot;: &quot;-----BEGIN PUBLIC KEY-----...&quot;, &quot;partner&quot;: &quot;...&quot;} as JSON.</source>
        <translation>Envie {&quot;publicKeyPem&quot;: &quot;-----BEGIN PUBLIC KEY-----...&quot;, &quot;partner&quot;: &quot;...&quot;} como JSON.</translation>
    </message>
    <message>
        <source>Public key registered.</source>
        <translation>Chave pública cadastrada.</translation>
    </message>
    <message>
        <source>Send {&quot;url&quot;, &quot;method&quot;, &quot;authHeader&quot;, &quot;authValue&quot;} as JSON.</source>
        <translation>Envie {&quot;url&quot;, &quot;method&quot;, &quot;authHeader&quot;, &quot;authValue&quot;} como JSON.</translation>
    </message>
    <message>
        <source>Callback configured.</source>
        <translation>Callback configurado.</translation>
    </message>
    <message>
        <source>Callback removed.</source>
        <translation>Callback removido.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s /_sandbox/ administration answers only to this machine&apos;s own names (localhost, 127.0.0.1 or the address it listens on), not to &quot;%1&quot;.</source>
        <translation>A administração /_sandbox/ da sandbox só responde aos nomes desta máquina (localhost, 127.0.0.1 ou o endereço em que ela escuta), não a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Send /_sandbox/ requests as JSON with Content-Type: application/json.</source>
        <translation>Envie as requisições /_sandbox/ como JSON, com Content-Type: application/json.</translation>
    </message>
</context>
<context>
    <name>bmp::sandbox::SandboxServer</name>
    <message>
        <source>Cannot write the sandbox CA certificate to %1.</source>
        <translation>Não foi possível gravar o certificado da CA da sandbox em %1.</translation>
    </message>
    <message>
        <source>The sandbox cannot listen on %1:%2.</source>
        <translation>A sandbox não consegue escutar em %1:%2.</translation>
    </message>
</context>
<context>
    <name>bmp::ui::AccountFields</name>
    <message>
        <source>agency</source>
        <translation>agência</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>dígito</translation>
    </message>
    <message>
        <source>account</source>
        <translation>conta</translation>
    </message>
    <message>
        <source>payee CPF/CNPJ</source>
        <translation>CPF/CNPJ do favorecido</translation>
    </message>
    <message>
        <source>payee name</source>
        <translation>nome do favorecido</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Banco:</translation>
    </message>
    <message>
        <source>Account type:</source>
        <translation>Tipo de conta:</translation>
    </message>
    <message>
        <source>Agency / account:</source>
        <translation>Agência / conta:</translation>
    </message>
    <message>
        <source>Payee document:</source>
        <translation>Documento do favorecido:</translation>
    </message>
    <message>
        <source>Payee name:</source>
        <translation>Nome do favorecido:</translation>
    </message>
    <message>
        <source>Check digits verified with this bank&apos;s published rule.</source>
        <translation>Dígitos verificados com a regra publicada por este banco.</translation>
    </message>
    <message>
        <source>This bank publishes no check-digit rule we implement: format only.</source>
        <translation>Este banco não publica regra de dígito que implementamos: só o formato é conferido.</translation>
    </message>
</context>
<context>
    <name>bmp::ui::AccreditationPage</name>
    <message>
        <source>Production key</source>
        <translation>Chave de produção</translation>
    </message>
    <message>
        <source>The production key pair, distinct from the homologation one, is generated and registered on the Public key registration step, for the production environment.</source>
        <translation>O par de chaves de produção, diferente do de homologação, é gerado e cadastrado na etapa Cadastro da chave pública, para o ambiente de produção.</translation>
    </message>
    <message>
        <source>Release of the production credentials</source>
        <translation>Liberação das credenciais de produção</translation>
    </message>
    <message>
        <source>BMP releases production credentials Monday to Thursday, never on a holiday nor on the day before one. Days struck through in grey cannot be chosen; point at one to see why.</source>
        <translation>A BMP libera credenciais de produção de segunda a quinta, nunca em feriado nem na véspera de um. Os dias riscados em cinza não podem ser escolhidos; aponte para um deles para ver o motivo.</translation>
    </message>
    <message>
        <source>C&amp;lear the date</source>
        <translation>Limpar a &amp;data</translation>
    </message>
    <message>
        <source>Ne&amp;xt eligible days:</source>
        <translation>Próximos dias &amp;elegíveis:</translation>
    </message>
    <message>
        <source>Production procedures</source>
        <translation>Procedimentos de produção</translation>
    </message>
    <message>
        <source>Space ticks a procedure as done; F2 edits its text.</source>
        <translation>Espaço marca um procedimento como concluído; F2 edita o texto.</translation>
    </message>
    <message>
        <source>Add pro&amp;cedure</source>
        <translation>Adicionar pro&amp;cedimento</translation>
    </message>
    <message>
        <source>Remove proced&amp;ure</source>
        <translation>Remover procedimen&amp;to</translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation>Novo procedimento</translation>
    </message>
    <message>
        <source>%1 cannot be chosen: %2</source>
        <translation>%1 não pode ser escolhido: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Release date:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Data de liberação:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Release date:&lt;/b&gt; not chosen yet.</source>
        <translation>&lt;b&gt;Data de liberação:&lt;/b&gt; ainda não escolhida.</translation>
    </message>
    <message>
        <source>%1 of %2 procedures done. Double-click a procedure to edit it.</source>
        <translation>%1 de %2 procedimentos concluídos. Clique duas vezes em um procedimento para editá-lo.</translation>
    </message>
</context>
<context>
    <name>bmp::ui::ApprovalPage</name>
    <message>
        <source>Add BMP&apos;s &amp;usual tests</source>
        <translation>Adicionar os tes&amp;tes usuais da BMP</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Tests BMP ran</source>
        <translation>Testes feitos pela BMP</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Apontamento</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>BMP publishes no list of its homologation tests; record what its team reports, each failure with how it was resolved.</source>
        <translation>A BMP não publica a lista dos seus testes de homologação; registre o que a equipe dela relatar, cada reprovação com a forma como foi resolvida.</translation>
    </message>
    <message>
        <source>New test</source>
        <translation>Novo teste</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>não enviada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposals sent to homologation (step 7):&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Propostas enviadas à homologação (etapa 7):&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>what BMP found</source>
        <translation>o que a BMP apontou</translation>
    </message>
    <message>
        <source>how it was resolved</source>
        <translation>como foi resolvido</translation>
    </message>
    <message>
        <source>A&amp;dd test</source>
        <translation>A&amp;dicionar teste</translation>
    </message>
</context>
<context>
    <name>bmp::ui::AreaDialog</name>
    <message>
        <source>Decision of %1</source>
        <translation>Decisão de %1</translation>
    </message>
    <message>
        <source>Add BackOffice area</source>
        <translation>Adicionar área de BackOffice</translation>
    </message>
    <message>
        <source>e.g. Compliance/AML</source>
        <translation>ex.: Compliance/PLD</translation>
    </message>
    <message>
        <source>Who decides for this area</source>
        <translation>Quem decide por esta área</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Área:</translation>
    </message>
    <message>
        <source>A&amp;pprover:</source>
        <translation>A&amp;provador:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisão:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;ta:</translation>
    </message>
    <message>
        <source>&amp;Comments:</source>
        <translation>&amp;Comentários:</translation>
    </message>
    <message>
        <source>Why the area rejected: the team needs it to fix the issue (required).</source>
        <translation>Por que a área reprovou: a equipe precisa disso para corrigir o problema (obrigatório).</translation>
    </message>
    <message>
        <source>The remarks (required).</source>
        <translation>As ressalvas (obrigatório).</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Opcional.</translation>
    </message>
</context>
<context>
    <name>bmp::ui::BusinessHoursLabel</name>
    <message>
        <source>● BMP is open now (business hours 09:00–18:00, São Paulo time; it is %1 there).</source>
        <translation>● A BMP está aberta agora (horário comercial 09:00–18:00, horário de São Paulo; lá são %1).</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>hoje às %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>amanhã às %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, às %2</translation>
    </message>
    <message>
        <source>○ BMP is closed now; it opens %1 (São Paulo time).</source>
        <translation>○ A BMP está fechada agora; abre %1 (horário de São Paulo).</translation>
    </message>
</context>
<context>
    <name>bmp::ui::CalculationPanel</name>
    <message>
        <source>Calculation report (memória de cálculo)</source>
        <translation>Memória de cálculo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Nosso</translation>
    </message>
    <message>
        <source>BMP</source>
        <translation>BMP</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Cenário:</translation>
    </message>
    <message>
        <source>Cross-check against BMP&apos;s simulation</source>
        <translation>Conferência com a simulação da BMP</translation>
    </message>
    <message>
        <source>Schedule (PRICE)</source>
        <translation>Cronograma (PRICE)</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>R$ %1 in %2 monthly installments at %3% a month, contract %4, first due date %5; installment R$ %6, IOF R$ %7, CET %8% a year.</source>
        <translation>R$ %1 em %2 parcelas mensais a %3% ao mês, contratação em %4, primeiro vencimento em %5; parcela de R$ %6, IOF de R$ %7, CET de %8% ao ano.</translation>
    </message>
    <message>
        <source>No simulation answer from this environment yet: run the scenario to cross-check the figures with BMP&apos;s CalcularValoresProposta.</source>
        <translation>Ainda não há resposta de simulação deste ambiente: execute o cenário para conferir os valores com o CalcularValoresProposta da BMP.</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation>✗ ausente</translation>
    </message>
    <message>
        <source>✗ differs</source>
        <translation>✗ diferente</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ confere</translation>
    </message>
    <message>
        <source>Our figures differ from BMP&apos;s simulation (highlighted): explain the difference in the report or align the calculation before sending it.</source>
        <translation>Nossos valores diferem da simulação da BMP (destacados): explique a diferença na memória de cálculo ou alinhe o cálculo antes de enviá-la.</translation>
    </message>
    <message>
        <source>Every figure matches BMP&apos;s simulation within one centavo / 0.01 point.</source>
        <translation>Todos os valores conferem com a simulação da BMP, com diferença de até um centavo / 0,01 ponto.</translation>
    </message>
    <message>
        <source>Export the calculation report</source>
        <translation>Exportar a memória de cálculo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Calculation report saved to %1.</source>
        <translation>Memória de cálculo gravada em %1.</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Expor&amp;tar CSV…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>bmp::ui::CallbackPanel</name>
    <message>
        <source>Status callbacks</source>
        <translation>Callbacks de status</translation>
    </message>
    <message>
        <source>protects the secret in the project file; never stored</source>
        <translation>protege o segredo no arquivo do projeto; nunca é guardada</translation>
    </message>
    <message>
        <source>The partner endpoint&apos;s answer to the test callback appears here.</source>
        <translation>A resposta do endpoint do parceiro ao callback de teste aparece aqui.</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>Ambi&amp;ente:</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>URL do &amp;callback:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>BMP calls this URL whenever a proposal changes status, adding ?proposal=&lt;codigoProposta&gt;&amp;status=&lt;id&gt;&amp;identifier=&lt;codigoOperacao&gt;. One URL per environment.</source>
        <translation>A BMP chama esta URL sempre que uma proposta muda de situação, acrescentando ?proposal=&lt;codigoProposta&gt;&amp;status=&lt;id&gt;&amp;identifier=&lt;codigoOperacao&gt;. Uma URL por ambiente.</translation>
    </message>
    <message>
        <source>A secret is stored, encrypted (saved %1). Leave the field empty to keep it; the passphrase opens it.</source>
        <translation>Há um segredo guardado, criptografado (salvo em %1). Deixe o campo vazio para mantê-lo; a frase secreta o abre.</translation>
    </message>
    <message>
        <source>No secret stored.</source>
        <translation>Nenhum segredo guardado.</translation>
    </message>
    <message>
        <source>user:password</source>
        <translation>usuário:senha</translation>
    </message>
    <message>
        <source>up to 255 characters</source>
        <translation>até 255 caracteres</translation>
    </message>
    <message>
        <source>Enter the secret for %1.</source>
        <translation>Informe o segredo para %1.</translation>
    </message>
    <message>
        <source>Callback saved for %1.</source>
        <translation>Callback salvo para %1.</translation>
    </message>
    <message>
        <source>Enter a passphrase: the secret is stored encrypted with it.</source>
        <translation>Informe uma frase secreta: o segredo é guardado criptografado com ela.</translation>
    </message>
    <message>
        <source>Encrypting the secret…</source>
        <translation>Criptografando o segredo…</translation>
    </message>
    <message>
        <source>Callback saved for %1; the secret is stored encrypted.</source>
        <translation>Callback salvo para %1; o segredo está guardado criptografado.</translation>
    </message>
    <message>
        <source>Sending a sample status callback to %1…</source>
        <translation>Enviando um callback de status de exemplo para %1…</translation>
    </message>
    <message>
        <source>Enter the passphrase that opens the stored secret.</source>
        <translation>Informe a frase secreta que abre o segredo guardado.</translation>
    </message>
    <message>
        <source>Opening the stored secret…</source>
        <translation>Abrindo o segredo guardado…</translation>
    </message>
    <message>
        <source>→ HTTP %1 in %2 ms
%3</source>
        <translation>→ HTTP %1 em %2 ms
%3</translation>
    </message>
    <message>
        <source>→ no answer: %1</source>
        <translation>→ sem resposta: %1</translation>
    </message>
    <message>
        <source>The endpoint accepted the test callback (HTTP %1).</source>
        <translation>O endpoint aceitou o callback de teste (HTTP %1).</translation>
    </message>
    <message>
        <source>Hea&amp;der name:</source>
        <translation>Nome do cabeçal&amp;ho:</translation>
    </message>
    <message>
        <source>Save ca&amp;llback</source>
        <translation>Salvar call&amp;back</translation>
    </message>
    <message>
        <source>Send test callbac&amp;k</source>
        <translation>Enviar callback de &amp;teste</translation>
    </message>
    <message>
        <source>Authent&amp;ication:</source>
        <translation>Autent&amp;icação:</translation>
    </message>
    <message>
        <source>Se&amp;cret:</source>
        <translation>Se&amp;gredo:</translation>
    </message>
    <message>
        <source>Passph&amp;rase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
</context>
<context>
    <name>bmp::ui::ChannelPage</name>
    <message>
        <source>Project group</source>
        <translation>Grupo do projeto</translation>
    </message>
    <message>
        <source>e.g. BMP x %1</source>
        <translation>ex.: BMP x %1</translation>
    </message>
    <message>
        <source>&amp;Group name:</source>
        <translation>Nome do &amp;grupo:</translation>
    </message>
    <message>
        <source>&amp;Invite link:</source>
        <translation>Link de &amp;convite:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
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
        <translation>Equipe</translation>
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
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>BMP</source>
        <translation>BMP</translation>
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
        <source>Enter the group name.</source>
        <translation>Informe o nome do grupo.</translation>
    </message>
    <message>
        <source>Enter the group&apos;s invite link.</source>
        <translation>Informe o link de convite do grupo.</translation>
    </message>
    <message>
        <source>Add at least one participant from your side and one from BMP.</source>
        <translation>Inclua pelo menos um participante da sua equipe e um da BMP.</translation>
    </message>
    <message>
        <source>The group&apos;s WhatsApp invite link, https://chat.whatsapp.com/…</source>
        <translation>Link de convite do grupo no WhatsApp, https://chat.whatsapp.com/…</translation>
    </message>
    <message>
        <source>Arrow keys select a participant; Enter edits it.</source>
        <translation>As setas selecionam um participante; Enter abre a edição.</translation>
    </message>
    <message>
        <source>A&amp;dd participant…</source>
        <translation>&amp;Incluir participante…</translation>
    </message>
</context>
<context>
    <name>bmp::ui::ContactDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Incluir participante</translation>
    </message>
    <message>
        <source>e.g. Project manager, Developer, BMP implementation</source>
        <translation>ex.: Gerente de projeto, Desenvolvedor, Implantação BMP</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>BMP</source>
        <translation>BMP</translation>
    </message>
    <message>
        <source>name@company.com.br</source>
        <translation>nome@empresa.com.br</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Equipe:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Phone (international):</source>
        <translation>&amp;Telefone (internacional):</translation>
    </message>
    <message>
        <source>Has &amp;joined the group</source>
        <translation>&amp;Já entrou no grupo</translation>
    </message>
    <message>
        <source>e.g. name@company.com.br</source>
        <translation>ex.: nome@empresa.com.br</translation>
    </message>
    <message>
        <source>+55 (11) 98765-4321</source>
        <translation>+55 (11) 98765-4321</translation>
    </message>
    <message>
        <source>International form with the country code, e.g. +55 (11) 98765-4321</source>
        <translation>Formato internacional com o código do país, ex.: +55 (11) 98765-4321</translation>
    </message>
</context>
<context>
    <name>bmp::ui::CredentialsPage</name>
    <message>
        <source>Environments</source>
        <translation>Ambientes</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>client_id</source>
        <translation>client_id</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL do token</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Último teste</translation>
    </message>
    <message>
        <source>A&amp;dd environment…</source>
        <translation>A&amp;dicionar ambiente…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>I&amp;mport profiles…</source>
        <translation>&amp;Importar perfis…</translation>
    </message>
    <message>
        <source>E&amp;xport profiles…</source>
        <translation>Exportar per&amp;fis…</translation>
    </message>
    <message>
        <source>Use the built-in sandbox (the app starts it when needed)</source>
        <translation>Usar a sandbox embutida (o aplicativo a inicia quando necessário)</translation>
    </message>
    <message>
        <source>sent by BMP, e.g. bmp.digital.api.your_company</source>
        <translation>enviado pela BMP, p. ex. bmp.digital.api.sua_empresa</translation>
    </message>
    <message>
        <source>&amp;client_id:</source>
        <translation>&amp;client_id:</translation>
    </message>
    <message>
        <source>Scop&amp;e:</source>
        <translation>&amp;Escopo:</translation>
    </message>
    <message>
        <source>To&amp;ken URL:</source>
        <translation>URL do to&amp;ken:</translation>
    </message>
    <message>
        <source>API base &amp;URL:</source>
        <translation>URL &amp;base da API:</translation>
    </message>
    <message>
        <source>only where keys are registered over HTTP</source>
        <translation>só onde as chaves são cadastradas por HTTP</translation>
    </message>
    <message>
        <source>Key re&amp;gistration URL:</source>
        <translation>URL de cadastro da c&amp;have:</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> requisições/s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>Limite de re&amp;quisições:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Extra CA bundle:</source>
        <translation>CAs adicionais:</translation>
    </message>
    <message>
        <source>Test connect&amp;ion</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>✓ Token received (%1, expires in %2 s). The credentials work.</source>
        <translation>✓ Token recebido (%1, expira em %2 s). As credenciais funcionam.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Enter the homologation client_id BMP sent.</source>
        <translation>Informe o client_id de homologação enviado pela BMP.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ HTTP %1</source>
        <translation>✗ HTTP %1</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>(ainda não)</translation>
    </message>
    <message>
        <source>built-in sandbox</source>
        <translation>sandbox embutida</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>cadastrada</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>não cadastrada</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox&apos;s own CA is trusted automatically.</source>
        <translation>A CA própria da sandbox embutida é confiável automaticamente.</translation>
    </message>
    <message>
        <source>None (the system&apos;s certificate authorities only).</source>
        <translation>Nenhuma (só as autoridades certificadoras do sistema).</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s): %1</source>
        <translation>
            <numerusform>%n certificado: %1</numerusform>
            <numerusform>%n certificados: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>Escolha um pacote de CAs</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 não contém nenhum certificado PEM.</translation>
    </message>
    <message>
        <source>Add an environment</source>
        <translation>Adicionar um ambiente</translation>
    </message>
    <message>
        <source>Name (lowercase letters, digits, &apos;-&apos; or &apos;_&apos;), e.g. staging:</source>
        <translation>Nome (letras minúsculas, dígitos, &apos;-&apos; ou &apos;_&apos;), p. ex. staging:</translation>
    </message>
    <message>
        <source>There is already an environment named %1.</source>
        <translation>Já existe um ambiente chamado %1.</translation>
    </message>
    <message>
        <source>Its token URL:</source>
        <translation>A URL do token dele:</translation>
    </message>
    <message>
        <source>Remove the environment</source>
        <translation>Remover o ambiente</translation>
    </message>
    <message>
        <source>Remove %1 and its key from this project?</source>
        <translation>Remover %1 e a chave dele deste projeto?</translation>
    </message>
    <message>
        <source>Remove %1 from this project?</source>
        <translation>Remover %1 deste projeto?</translation>
    </message>
    <message>
        <source>Import environment profiles</source>
        <translation>Importar perfis de ambiente</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Arquivos JSON (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nada foi importado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>%n perfil importado.</numerusform>
            <numerusform>%n perfis importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export environment profiles</source>
        <translation>Exportar perfis de ambiente</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved %1 (URLs, client_ids and CA certificates; no keys, no secrets).</source>
        <translation>%1 salvo (URLs, client_ids e certificados de CA; nenhuma chave, nenhum segredo).</translation>
    </message>
    <message>
        <source>✗ Enter the client_id first.</source>
        <translation>✗ Informe primeiro o client_id.</translation>
    </message>
    <message>
        <source>Unlocking the key…</source>
        <translation>Desbloqueando a chave…</translation>
    </message>
    <message>
        <source>The environment is gone.</source>
        <translation>O ambiente não existe mais.</translation>
    </message>
    <message>
        <source>BMP set this environment up to finalize proposals without the signature call</source>
        <translation>A BMP configurou este ambiente para finalizar propostas sem a chamada de assinatura</translation>
    </message>
    <message>
        <source>BMP&apos;s Finalizar needs the signature first (IncluirAssinaturaCCBFinalizada, or the certified CCB) unless BMP&apos;s team parameterized your partner otherwise. Tick this only when BMP told you so: the test proposals then skip that call.</source>
        <translation>O Finalizar da BMP precisa da assinatura antes (IncluirAssinaturaCCBFinalizada, ou a CCB certificada), a menos que a equipe da BMP tenha parametrizado o seu parceiro de outra forma. Marque só quando a BMP disser: as propostas de teste então pulam essa chamada.</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Assinatura:</translation>
    </message>
</context>
<context>
    <name>bmp::ui::DeliveryPage</name>
    <message>
        <source>Production token smoke test</source>
        <translation>Smoke test do token de produção</translation>
    </message>
    <message>
        <source>The production credentials are entered and the paced token smoke test is run on the Approval credentials and JWT and token steps, for the production environment.</source>
        <translation>As credenciais de produção são informadas e o smoke test do token, no ritmo de produção, é executado nas etapas Credenciais de homologação e JWT e token, para o ambiente de produção.</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <source>&amp;Go-live date:</source>
        <translation>Data do &amp;go-live:</translation>
    </message>
    <message>
        <source>Final status of the project</source>
        <translation>Situação final do projeto</translation>
    </message>
    <message>
        <source>Summar&amp;y for the report (what went live, open points, who is on call):</source>
        <translation>Resu&amp;mo para o relatório (o que entrou no ar, pendências, quem está de plantão):</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Relatório final</translation>
    </message>
    <message>
        <source>Production credentials released on %1: the go-live cannot be earlier.</source>
        <translation>Credenciais de produção liberadas em %1: o go-live não pode ser antes.</translation>
    </message>
    <message>
        <source>The release date of the production credentials is chosen on step 10.</source>
        <translation>A data de liberação das credenciais de produção é escolhida na etapa 10.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definida</translation>
    </message>
    <message>
        <source>Checklist: %1 of %2 steps done.</source>
        <translation>Checklist: %1 de %2 etapas concluídas.</translation>
    </message>
    <message>
        <source>BackOffice signoff: %1 of %2 areas approved.</source>
        <translation>Signoff do BackOffice: %1 de %2 áreas aprovaram.</translation>
    </message>
    <message>
        <source>Production procedures: %1 of %2 done.</source>
        <translation>Procedimentos de produção: %1 de %2 concluídos.</translation>
    </message>
    <message>
        <source>Production credentials released on: %1.</source>
        <translation>Credenciais de produção liberadas em: %1.</translation>
    </message>
    <message>
        <source>Go-live: %1.</source>
        <translation>Go-live: %1.</translation>
    </message>
    <message>
        <source>No token has been requested from production yet.</source>
        <translation>Nenhum token foi solicitado à produção ainda.</translation>
    </message>
    <message>
        <source>Last production token request: accepted on %1 (%2, valid for %3 s).</source>
        <translation>Última solicitação de token em produção: aceita em %1 (%2, válido por %3 s).</translation>
    </message>
    <message>
        <source>Last production token request: refused on %1 — %2</source>
        <translation>Última solicitação de token em produção: recusada em %1 — %2</translation>
    </message>
</context>
<context>
    <name>bmp::ui::DevelopmentPage</name>
    <message>
        <source>APIs in scope</source>
        <translation>APIs do escopo</translation>
    </message>
    <message>
        <source>From step 2. Track each integration until it works against homologation.</source>
        <translation>Da etapa 2. Acompanhe cada integração até funcionar na homologação.</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>observações</translation>
    </message>
    <message>
        <source>No APIs chosen yet: pick them in step 2.</source>
        <translation>Nenhuma API escolhida ainda: escolha-as na etapa 2.</translation>
    </message>
    <message>
        <source>Choose the APIs in scope in step 2.</source>
        <translation>Escolha as APIs do escopo na etapa 2.</translation>
    </message>
    <message>
        <source>%1 of %2 APIs are integrated.</source>
        <translation>%1 de %2 APIs estão integradas.</translation>
    </message>
    <message>
        <source>Configure the status callback for homologation.</source>
        <translation>Configure o callback de status da homologação.</translation>
    </message>
</context>
<context>
    <name>bmp::ui::EligibleDayCalendar</name>
    <message>
        <source>Production credential release date</source>
        <translation>Data de liberação das credenciais de produção</translation>
    </message>
    <message>
        <source>Days struck through cannot be chosen; their tooltip says why.</source>
        <translation>Dias riscados não podem ser escolhidos; a dica de cada um diz o motivo.</translation>
    </message>
    <message>
        <source>BMP can release production credentials on this day.</source>
        <translation>A BMP pode liberar credenciais de produção neste dia.</translation>
    </message>
</context>
<context>
    <name>bmp::ui::GenericStepPage</name>
    <message>
        <source>Track this step with its status, owner, dates and notes below.</source>
        <translation>Acompanhe esta etapa pela situação, responsável, datas e observações abaixo.</translation>
    </message>
</context>
<context>
    <name>bmp::ui::InlineMessage</name>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>bmp::ui::JwtView</name>
    <message>
        <source>Signed token, encoded</source>
        <translation>Token assinado, codificado</translation>
    </message>
    <message>
        <source>Signed token, decoded</source>
        <translation>Token assinado, decodificado</translation>
    </message>
    <message>
        <source>%1 = %2 local time · %3 in São Paulo</source>
        <translation>%1 = %2 no horário local · %3 em São Paulo</translation>
    </message>
    <message>
        <source>Not a JWT: %1</source>
        <translation>Não é um JWT: %1</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Conteúdo (payload)</translation>
    </message>
    <message>
        <source>Signature: %1 bytes (RS256)</source>
        <translation>Assinatura: %1 bytes (RS256)</translation>
    </message>
</context>
<context>
    <name>bmp::ui::KeyRegistrationPanel</name>
    <message>
        <source>Registration with BMP</source>
        <translation>Cadastro na BMP</translation>
    </message>
    <message>
        <source>By e-mai&amp;l ticket (how BMP does it)</source>
        <translation>Por &amp;e-mail, respondendo ao chamado (como a BMP faz)</translation>
    </message>
    <message>
        <source>By HTTP &amp;upload (practice sandbox or a key URL)</source>
        <translation>Por HT&amp;TP (sandbox de treino ou uma URL de cadastro)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reply to BMP&apos;s ticket e-mail attaching ONLY public.pem, and copy nobody:&lt;/b&gt; a CC invalidates the submission. Never attach the private key.</source>
        <translation>&lt;b&gt;Responda ao e-mail do chamado da BMP anexando SOMENTE o public.pem, sem cópia para ninguém:&lt;/b&gt; um CC invalida o envio. Nunca anexe a chave privada.</translation>
    </message>
    <message>
        <source>Export public.pem…</source>
        <translation>Exportar public.pem…</translation>
    </message>
    <message>
        <source>Copy the reply text</source>
        <translation>Copiar o texto da resposta</translation>
    </message>
    <message>
        <source>Open the mail client</source>
        <translation>Abrir o programa de e-mail</translation>
    </message>
    <message>
        <source>The ticket number in BMP&apos;s e-mail</source>
        <translation>O número do chamado no e-mail da BMP</translation>
    </message>
    <message>
        <source>Recor&amp;d as sent</source>
        <translation>Registrar como envia&amp;do</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Chamado:</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>Enviado em:</translation>
    </message>
    <message>
        <source>Send the public ke&amp;y</source>
        <translation>Enviar a &amp;chave pública</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;client_id received:</source>
        <translation>client_id &amp;que a BMP enviou:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <source>The reply text is on the clipboard.</source>
        <translation>O texto da resposta está na área de transferência.</translation>
    </message>
    <message>
        <source>No mail client could be opened. Copy the reply text instead.</source>
        <translation>Nenhum programa de e-mail pôde ser aberto. Copie o texto da resposta.</translation>
    </message>
    <message>
        <source>Your mail client has the reply text. Attach public.pem (only it) and reply to BMP&apos;s ticket, with nobody in copy; then record it here.</source>
        <translation>O programa de e-mail está com o texto da resposta. Anexe o public.pem (só ele) e responda ao chamado da BMP, sem ninguém em cópia; depois registre o envio aqui.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Registered. The client_id is %1.</source>
        <translation>Cadastrada. O client_id é %1.</translation>
    </message>
    <message>
        <source>Create or import a key first.</source>
        <translation>Crie ou importe uma chave primeiro.</translation>
    </message>
    <message>
        <source>Hello,

Attached is the RSA public key of %1 for the %2 environment: public.pem (%3 bits, PEM SubjectPublicKeyInfo).
SHA-256 fingerprint: %4

Please register it and send us the client_id.

Kind regards,
%1</source>
        <translation>Olá,

Segue anexa a chave pública RSA de %1 para o ambiente de %2: public.pem (%3 bits, PEM SubjectPublicKeyInfo).
Impressão digital SHA-256: %4

Por favor, cadastrem-na e nos enviem o client_id.

Atenciosamente,
%1</translation>
    </message>
    <message>
        <source>Public key — %1 (%2)</source>
        <translation>Chave pública — %1 (%2)</translation>
    </message>
    <message>
        <source>The practice sandbox starts inside the app and answers like BMP would, with a client_id.</source>
        <translation>A sandbox de treino roda dentro do aplicativo e responde como a BMP responderia, com um client_id.</translation>
    </message>
    <message>
        <source>Key URL: %1</source>
        <translation>URL de cadastro da chave: %1</translation>
    </message>
    <message>
        <source>This environment has no key URL: BMP registers keys by e-mail ticket. (A key URL can be entered in step 4.)</source>
        <translation>Este ambiente não tem URL de cadastro de chave: a BMP cadastra chaves por chamado por e-mail. (Uma URL de cadastro pode ser informada na etapa 4.)</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>Ainda sem chave.</translation>
    </message>
    <message>
        <source>Not registered yet.</source>
        <translation>Ainda não cadastrada.</translation>
    </message>
    <message>
        <source>Sent over HTTP on %1.</source>
        <translation>Enviada por HTTP em %1.</translation>
    </message>
    <message>
        <source>Sent by e-mail on %1.</source>
        <translation>Enviada por e-mail em %1.</translation>
    </message>
    <message>
        <source>Sent by e-mail on %1, ticket %2.</source>
        <translation>Enviada por e-mail em %1, chamado %2.</translation>
    </message>
    <message>
        <source>Recorded. When BMP answers, enter the client_id it sends below.</source>
        <translation>Registrado. Quando a BMP responder, informe abaixo o client_id que ela enviar.</translation>
    </message>
</context>
<context>
    <name>bmp::ui::KeyUnlocker</name>
    <message>
        <source>The key is already being unlocked.</source>
        <translation>A chave já está sendo desbloqueada.</translation>
    </message>
    <message>
        <source>Passphrase of the %1 private key:</source>
        <translation>Frase secreta da chave privada de %1:</translation>
    </message>
    <message>
        <source>No passphrase was given, so the key stays locked.</source>
        <translation>Nenhuma frase secreta foi informada; a chave continua bloqueada.</translation>
    </message>
</context>
<context>
    <name>bmp::ui::KeysPage</name>
    <message>
        <source>&amp;Environment:</source>
        <translation>Am&amp;biente:</translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation>Par de chaves</translation>
    </message>
    <message>
        <source>Replace this &amp;key…</source>
        <translation>Substituir esta c&amp;have…</translation>
    </message>
    <message>
        <source>The private key is kept in the project only encrypted (AES-256, PBKDF2 with 600 000 iterations) with the passphrase below. The passphrase is never saved: without it the key cannot be used, so keep it in your password manager.</source>
        <translation>A chave privada fica no projeto apenas cifrada (AES-256, PBKDF2 com 600 000 iterações) com a frase secreta abaixo. A frase secreta nunca é salva: sem ela a chave não pode ser usada, então guarde-a no seu gerenciador de senhas.</translation>
    </message>
    <message>
        <source>RSA 2048 bits (what BMP asks for)</source>
        <translation>RSA 2048 bits (o que a BMP pede)</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 bits</translation>
    </message>
    <message>
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 bits</translation>
    </message>
    <message>
        <source>&amp;Generate key</source>
        <translation>&amp;Gerar chave</translation>
    </message>
    <message>
        <source>&amp;Import PEM…</source>
        <translation>&amp;Importar PEM…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Chave pública</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Impressão digital SHA-256:</translation>
    </message>
    <message>
        <source>JWK thumbprint (RFC 7638):</source>
        <translation>Thumbprint JWK (RFC 7638):</translation>
    </message>
    <message>
        <source>Copy PEM</source>
        <translation>Copiar PEM</translation>
    </message>
    <message>
        <source>Export public.pem…</source>
        <translation>Exportar public.pem…</translation>
    </message>
    <message>
        <source>Copy JWK</source>
        <translation>Copiar JWK</translation>
    </message>
    <message>
        <source>Export JWK…</source>
        <translation>Exportar JWK…</translation>
    </message>
    <message>
        <source>PEM (SubjectPublicKeyInfo)</source>
        <translation>PEM (SubjectPublicKeyInfo)</translation>
    </message>
    <message>
        <source>JWK (RFC 7517)</source>
        <translation>JWK (RFC 7517)</translation>
    </message>
    <message>
        <source>Export the private key (encrypted)…</source>
        <translation>Exportar a chave privada (cifrada)…</translation>
    </message>
    <message>
        <source>Only for your own backup or server: BMP never needs it.</source>
        <translation>Só para o seu próprio backup ou servidor: a BMP nunca precisa dela.</translation>
    </message>
    <message>
        <source>The fingerprint is on the clipboard.</source>
        <translation>A impressão digital está na área de transferência.</translation>
    </message>
    <message>
        <source>The thumbprint is on the clipboard.</source>
        <translation>O thumbprint está na área de transferência.</translation>
    </message>
    <message>
        <source>The public key is on the clipboard.</source>
        <translation>A chave pública está na área de transferência.</translation>
    </message>
    <message>
        <source>The JWK is on the clipboard.</source>
        <translation>O JWK está na área de transferência.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 has no key yet.&lt;/b&gt; Choose a passphrase, then generate a key or import one you already have (PEM, PKCS#1 or PKCS#8).</source>
        <translation>&lt;b&gt;%1 ainda não tem chave.&lt;/b&gt; Escolha uma frase secreta e gere uma chave ou importe uma que você já tenha (PEM, PKCS#1 ou PKCS#8).</translation>
    </message>
    <message>
        <source>&lt;b&gt;RSA %1-bit key&lt;/b&gt;, generated on %2, stored encrypted with your passphrase.</source>
        <translation>&lt;b&gt;Chave RSA de %1 bits&lt;/b&gt;, gerada em %2, guardada cifrada com a sua frase secreta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;RSA %1-bit key&lt;/b&gt;, imported on %2, stored encrypted with your passphrase.</source>
        <translation>&lt;b&gt;Chave RSA de %1 bits&lt;/b&gt;, importada em %2, guardada cifrada com a sua frase secreta.</translation>
    </message>
    <message>
        <source>&amp;Generate a new key</source>
        <translation>&amp;Gerar uma nova chave</translation>
    </message>
    <message>
        <source>Create or import the homologation key (Practice is for rehearsing).</source>
        <translation>Crie ou importe a chave de homologação (o Treino serve para ensaiar).</translation>
    </message>
    <message>
        <source>Send the homologation public key to BMP and record it.</source>
        <translation>Envie a chave pública de homologação à BMP e registre o envio.</translation>
    </message>
    <message>
        <source>%1 already has a key that was registered with BMP. A new key must be registered again and gets a new client_id; until then the old client_id stops working for this project. Replace it?</source>
        <translation>%1 já tem uma chave cadastrada na BMP. Uma nova chave precisa ser cadastrada de novo e recebe um novo client_id; até lá, o client_id antigo deixa de funcionar neste projeto. Substituí-la?</translation>
    </message>
    <message>
        <source>%1 already has a key. Replace it?</source>
        <translation>%1 já tem uma chave. Substituí-la?</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Substituir a chave</translation>
    </message>
    <message>
        <source>Generating an RSA %1-bit key… (this can take a few seconds; you can keep working)</source>
        <translation>Gerando uma chave RSA de %1 bits… (pode levar alguns segundos; você pode continuar trabalhando)</translation>
    </message>
    <message>
        <source>%1 The imported key is stored encrypted with it.</source>
        <translation>%1 A chave importada é guardada cifrada com ela.</translation>
    </message>
    <message>
        <source>Import a private key</source>
        <translation>Importar uma chave privada</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Chaves PEM (*.pem *.key);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>%1 is encrypted. Its passphrase:</source>
        <translation>%1 está cifrado. A frase secreta dele:</translation>
    </message>
    <message>
        <source>Encrypting the private key with your passphrase…</source>
        <translation>Cifrando a chave privada com a sua frase secreta…</translation>
    </message>
    <message>
        <source>Key generated and stored encrypted. Next: send the public key to BMP (below).</source>
        <translation>Chave gerada e guardada cifrada. Próximo passo: enviar a chave pública à BMP (abaixo).</translation>
    </message>
    <message>
        <source>Key imported and stored encrypted. Next: send the public key to BMP (below).</source>
        <translation>Chave importada e guardada cifrada. Próximo passo: enviar a chave pública à BMP (abaixo).</translation>
    </message>
    <message>
        <source>Export the public key</source>
        <translation>Exportar a chave pública</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>Arquivos PEM (*.pem)</translation>
    </message>
    <message>
        <source>Saved %1. This file, and only it, goes to BMP.</source>
        <translation>%1 salvo. Este arquivo, e somente ele, vai para a BMP.</translation>
    </message>
    <message>
        <source>Export the public JWK</source>
        <translation>Exportar o JWK público</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>Export the private key</source>
        <translation>Exportar a chave privada</translation>
    </message>
    <message>
        <source>The file will hold your PRIVATE key, encrypted with your passphrase. Keep it only where your own systems need it, readable by you alone. Never send it to anyone: BMP needs only the public key. Export it?</source>
        <translation>O arquivo vai conter a sua chave PRIVADA, cifrada com a sua frase secreta. Mantenha-o só onde os seus próprios sistemas precisam dele, legível apenas por você. Nunca o envie a ninguém: a BMP precisa só da chave pública. Exportar?</translation>
    </message>
    <message>
        <source>Export the private key (encrypted)</source>
        <translation>Exportar a chave privada (cifrada)</translation>
    </message>
    <message>
        <source>Saved %1 (encrypted PKCS#8, readable by you only).</source>
        <translation>%1 salvo (PKCS#8 cifrado, legível só por você).</translation>
    </message>
</context>
<context>
    <name>bmp::ui::MainWindow</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>My company</source>
        <translation>Minha empresa</translation>
    </message>
    <message>
        <source>The project was updated to the current format; a backup was kept at %1.</source>
        <translation>O projeto foi atualizado para o formato atual; uma cópia de segurança foi mantida em %1.</translation>
    </message>
    <message>
        <source>There is no open project.</source>
        <translation>Não há projeto aberto.</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>Todas as alterações foram salvas (%1)</translation>
    </message>
    <message>
        <source>%1 — BMP Onboarding</source>
        <translation>%1 — BMP Onboarding</translation>
    </message>
    <message>
        <source>No project is open. Use File › New project or File › Open project.</source>
        <translation>Nenhum projeto aberto. Use Arquivo › Novo projeto ou Arquivo › Abrir projeto.</translation>
    </message>
    <message>
        <source>BMP Onboarding</source>
        <translation>BMP Onboarding</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Cada alteração é salva assim que você a faz</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Salvar projeto &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About BMP Onboarding</source>
        <translation>&amp;Sobre o BMP Onboarding</translation>
    </message>
    <message>
        <source>About BMP Onboarding</source>
        <translation>Sobre o BMP Onboarding</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BMP Onboarding %1&lt;/h3&gt;&lt;p&gt;Takes a BMP partner from kickoff to production through BMP&apos;s onboarding checklist.&lt;/p&gt;&lt;p&gt;Open source. BMP is a trademark of its owner; this tool is not made by BMP.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BMP Onboarding %1&lt;/h3&gt;&lt;p&gt;Leva um parceiro da BMP do kickoff à produção seguindo o checklist de onboarding da BMP.&lt;/p&gt;&lt;p&gt;Código aberto. BMP é uma marca de seu titular; esta ferramenta não é feita pela BMP.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <source>BMP Onboarding projects (*.bmpproj)</source>
        <translation>Projetos do BMP Onboarding (*.bmpproj)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Salvar projeto como</translation>
    </message>
    <message>
        <source>Partner (your company&apos;s) name:</source>
        <translation>Nome do parceiro (da sua empresa):</translation>
    </message>
    <message>
        <source>A file named %1 already exists. Choose another name; existing projects are never overwritten.</source>
        <translation>Já existe um arquivo chamado %1. Escolha outro nome; projetos existentes nunca são sobrescritos.</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Seguir o sistema (%1)</translation>
    </message>
    <message>
        <source>The partner&apos;s name is needed: it names the project and its signoff report. Partner (your company&apos;s) name:</source>
        <translation>O nome do parceiro é necessário: ele dá nome ao projeto e ao relatório de signoff. Nome do parceiro (da sua empresa):</translation>
    </message>
    <message>
        <source>%1 is still running. Quit anyway? It stops where it is, and runs on from there the next time you open this project.</source>
        <translation>%1 ainda está em execução. Sair mesmo assim? A execução para onde está e continua daí na próxima vez que você abrir este projeto.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Senha para %1:</translation>
    </message>
    <message>
        <source>%1 — shared, as %2 — BMP Onboarding</source>
        <translation>%1 — compartilhado, como %2 — BMP Onboarding</translation>
    </message>
    <message>
        <source>Updated with a teammate&apos;s changes (%1).</source>
        <translation>Atualizado com as alterações de alguém da equipe (%1).</translation>
    </message>
    <message>
        <source>Open &amp;shared project…</source>
        <translation>Abrir projeto &amp;compartilhado…</translation>
    </message>
    <message>
        <source>Shared project</source>
        <translation>Projeto compartilhado</translation>
    </message>
    <message>
        <source>Address of the shared project (for example postgresql://ana@db.example.com/onboarding):</source>
        <translation>Endereço do projeto compartilhado (por exemplo, postgresql://ana@db.example.com/onboarding):</translation>
    </message>
    <message>
        <source>Open shared project</source>
        <translation>Abrir projeto compartilhado</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Alterado por outra pessoa</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Manter a dela</translation>
    </message>
    <message>
        <source>Save mine</source>
        <translation>Salvar a minha</translation>
    </message>
    <message>
        <source>Saved a copy of the shared project at %1; this window now edits that file (the shared project is unchanged).</source>
        <translation>Uma cópia do projeto compartilhado foi salva em %1; esta janela agora edita esse arquivo (o projeto compartilhado não mudou).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be saved yet: the server of this shared project does not answer. Leave this project anyway and lose them?</source>
        <translation>
            <numerusform>%n alteração ainda não pôde ser salva: o servidor deste projeto compartilhado não responde. Sair deste projeto mesmo assim e perdê-la?</numerusform>
            <numerusform>%n alterações ainda não puderam ser salvas: o servidor deste projeto compartilhado não responde. Sair deste projeto mesmo assim e perdê-las?</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Alterações ainda não salvas</translation>
    </message>
    <message>
        <source>The server does not answer; reconnecting…</source>
        <translation>O servidor não responde; reconectando…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet: the server does not answer; reconnecting…</source>
        <translation>
            <numerusform>%n alteração ainda não salva: o servidor não responde; reconectando…</numerusform>
            <numerusform>%n alterações ainda não salvas: o servidor não responde; reconectando…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait until the conflict is settled</source>
        <translation>
            <numerusform>%n alteração espera até o conflito ser resolvido</numerusform>
            <numerusform>%n alterações esperam até o conflito ser resolvido</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answers again: every change is saved (%1).</source>
        <translation>O servidor voltou a responder: todas as alterações estão salvas (%1).</translation>
    </message>
    <message>
        <source>A change made while the server did not answer</source>
        <translation>Uma alteração feita enquanto o servidor não respondia</translation>
    </message>
    <message>
        <source>%1

Keep theirs, or save yours over it?</source>
        <translation>%1

Manter a dela, ou salvar a sua por cima?</translation>
    </message>
</context>
<context>
    <name>bmp::ui::OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Sem data</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Escolher a data num calendário (Alt+Seta para baixo)</translation>
    </message>
    <message>
        <source>Type the date as %1, or leave it empty for &quot;not set&quot;. Up and Down change it by a day (an empty field starts at today), Alt+Down opens a calendar, Delete empties it.</source>
        <translation>Digite a data como %1, ou deixe vazio para &quot;não definida&quot;. Seta para cima e para baixo mudam um dia (um campo vazio começa em hoje), Alt+Seta para baixo abre um calendário, Delete esvazia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as %2, or leave the field empty.</source>
        <translation>&quot;%1&quot; não é uma data: digite como %2, ou deixe o campo vazio.</translation>
    </message>
</context>
<context>
    <name>bmp::ui::OverviewPage</name>
    <message>
        <source>Onboarding overview</source>
        <translation>Visão geral do onboarding</translation>
    </message>
    <message>
        <source>BMP requires these steps before a partner goes to production. Work through them page by page; everything is saved as you type.</source>
        <translation>A BMP exige estas etapas antes de um parceiro entrar em produção. Avance por elas página a página; tudo é salvo enquanto você digita.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Parceiro:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Progresso:</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>A&amp;brir projeto…</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Próximas ações</translation>
    </message>
    <message>
        <source>Production credentials</source>
        <translation>Credenciais de produção</translation>
    </message>
    <message>
        <source>Planning rules</source>
        <translation>Regras de planejamento</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 de %2 etapas concluídas</translation>
    </message>
    <message>
        <source>Step %1 (%2) is blocked.</source>
        <translation>A etapa %1 (%2) está bloqueada.</translation>
    </message>
    <message>
        <source>Step %1 (%2) is blocked: %3</source>
        <translation>A etapa %1 (%2) está bloqueada: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step %1 — %2:&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Etapa %1 — %2:&lt;/b&gt; %3</translation>
    </message>
    <message>
        <source>Every step is done. Congratulations on going live!</source>
        <translation>Todas as etapas estão concluídas. Parabéns pela entrada em produção!</translation>
    </message>
    <message>
        <source>BMP releases production credentials Monday to Thursday, never on a holiday nor on the day before one. Next eligible days:</source>
        <translation>A BMP libera credenciais de produção de segunda a quinta, nunca em feriado nem em véspera de feriado. Próximos dias permitidos:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Ne&amp;w project…</source>
        <translation>Novo pro&amp;jeto…</translation>
    </message>
    <message>
        <source>Step %1 (%2) was reopened: %3 rejected it (%4): %5</source>
        <translation>A etapa %1 (%2) foi reaberta: %3 reprovou (%4): %5</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step %1 — %2:&lt;/b&gt; %3 &lt;i&gt;Rehearsed in Practice ✔: %4&lt;/i&gt;</source>
        <translation>&lt;b&gt;Etapa %1 — %2:&lt;/b&gt; %3 &lt;i&gt;Ensaiada no Treino ✔: %4&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Step %1 (%2) was marked done before its rule held, by %3 on %4: %5</source>
        <translation>A etapa %1 (%2) foi marcada como concluída antes de cumprir a sua regra, por %3 em %4: %5</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done by override&lt;/b&gt;</source>
        <translation>&lt;b&gt;Concluídas por decisão manual&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Shared at:</source>
        <translation>Compartilhado em:</translation>
    </message>
    <message>
        <source>%1, as %2</source>
        <translation>%1, como %2</translation>
    </message>
</context>
<context>
    <name>bmp::ui::PassphraseFields</name>
    <message>
        <source>At least 8 characters; a few unrelated words work well</source>
        <translation>Pelo menos 8 caracteres; algumas palavras sem relação funcionam bem</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>A mesma frase secreta de novo</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase secreta de novo</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Força da frase secreta</translation>
    </message>
    <message>
        <source>Passph&amp;rase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <source>Confir&amp;m:</source>
        <translation>Confir&amp;me:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Força:</translation>
    </message>
    <message>
        <source>Choose a passphrase to encrypt the private key with.</source>
        <translation>Escolha uma frase secreta para cifrar a chave privada.</translation>
    </message>
    <message>
        <source>Type the same passphrase in both fields.</source>
        <translation>Digite a mesma frase secreta nos dois campos.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>✓ Both fields match.</source>
        <translation>✓ Os dois campos conferem.</translation>
    </message>
    <message>
        <source>✗ The two fields differ.</source>
        <translation>✗ Os dois campos diferem.</translation>
    </message>
</context>
<context>
    <name>bmp::ui::ProposalsPage</name>
    <message>
        <source>&amp;Run all three</source>
        <translation>&amp;Executar as três</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v de %m etapas</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>A&amp;mbiente:</translation>
    </message>
    <message>
        <source>Cancel the running proposals before switching environments.</source>
        <translation>Cancele as propostas em execução antes de trocar de ambiente.</translation>
    </message>
    <message>
        <source>not paced</source>
        <translation>sem limite de ritmo</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propostas</translation>
    </message>
    <message>
        <source>Proposals are running in %1.</source>
        <translation>Há propostas em execução em %1.</translation>
    </message>
    <message>
        <source>The environment %1 no longer exists.</source>
        <translation>O ambiente %1 não existe mais.</translation>
    </message>
    <message>
        <source>Starting the practice sandbox…</source>
        <translation>Iniciando a sandbox de treino…</translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation>Cenário %1: %2</translation>
    </message>
    <message>
        <source>Forget scenario %1&apos;s run in %2 and make a new proposal next time? Its evidence stays in the project.</source>
        <translation>Esquecer a execução do cenário %1 em %2 e fazer uma nova proposta da próxima vez? As evidências continuam no projeto.</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Ocioso</translation>
    </message>
    <message>
        <source>On the wire: %1</source>
        <translation>Em envio: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Idle — %1 requests sent</source>
        <translation>Ocioso — %1 requisições enviadas</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Fila: %1</translation>
    </message>
    <message>
        <source>Next request in %1 s (%2)</source>
        <translation>Próxima requisição em %1 s (%2)</translation>
    </message>
    <message>
        <source>Evidence #%1 — %2 %3</source>
        <translation>Evidência nº %1 — %2 %3</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms

%3</source>
        <translation>HTTP %1 em %2 ms

%3</translation>
    </message>
    <message>
        <source>Request (redacted)</source>
        <translation>Requisição (com segredos ocultos)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Run the three scenarios to the end in the homologation environment (Practice runs are rehearsals).</source>
        <translation>Execute os três cenários até o fim no ambiente de homologação (as execuções no Treino são ensaios).</translation>
    </message>
    <message>
        <source>paced at %1 per second</source>
        <translation>no ritmo de %1 por segundo</translation>
    </message>
    <message>
        <source>The project&apos;s practice sandbox, with your Practice key and client_id, %1: a rehearsal, not BMP&apos;s homologation.</source>
        <translation>A sandbox de treino do projeto, com a sua chave e o seu client_id de Treino, %1: um ensaio, não a homologação da BMP.</translation>
    </message>
    <message>
        <source>Running against %1 needs the access token of step 5, which this build cannot get yet. Use `bmpctl proposals run --key`.</source>
        <translation>Executar contra %1 precisa do token de acesso da etapa 5, que esta versão ainda não consegue obter. Use `bmpctl proposals run --key`.</translation>
    </message>
    <message>
        <source>Practice runs with your own key and client_id, as BMP&apos;s homologation will: generate the Practice key on step 3 and register it with the practice sandbox there (its client_id is then filled in on step 4).</source>
        <translation>O Treino usa a sua própria chave e o seu client_id, como a homologação da BMP usará: gere a chave de Treino na etapa 3 e registre-a lá na sandbox de treino (o client_id é então preenchido na etapa 4).</translation>
    </message>
    <message>
        <source>All three scenarios are done in %1. To send a scenario again, press “New proposal” on its card.</source>
        <translation>Os três cenários estão concluídos em %1. Para enviar um cenário de novo, clique em “Nova proposta” no cartão dele.</translation>
    </message>
    <message>
        <source>Scenario %1 is done in %2. To send it again, press “New proposal”.</source>
        <translation>O cenário %1 está concluído em %2. Para enviá-lo de novo, clique em “Nova proposta”.</translation>
    </message>
    <message>
        <source>The test proposals in %1</source>
        <translation>As propostas de teste em %1</translation>
    </message>
</context>
<context>
    <name>bmp::ui::ReportExportPanel</name>
    <message>
        <source>Open the PDF &amp;when it is ready</source>
        <translation>Abrir o PDF &amp;quando ficar pronto</translation>
    </message>
    <message>
        <source>&amp;Export signoff report…</source>
        <translation>&amp;Exportar relatório de signoff…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Português (Brasil)</translation>
    </message>
    <message>
        <source>A PDF for everyone who signs: the checklist, the dates, the signoff table with room to sign, and the evidence log&apos;s digest. It never contains keys, tokens or passphrases.</source>
        <translation>Um PDF para todos que assinam: o checklist, as datas, a tabela de signoff com espaço para assinatura e o resumo criptográfico do registro de evidências. Ele nunca contém chaves, tokens ou senhas.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Salvo %1 (%n página).</numerusform>
            <numerusform>Salvo %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-signoff-%2.pdf</source>
        <translation>%1-signoff-%2.pdf</translation>
    </message>
    <message>
        <source>Export signoff report</source>
        <translation>Exportar relatório de signoff</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Diagramando…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)), but no PDF viewer could be opened: open the file from your file manager.</source>
        <translation>
            <numerusform>%1 salvo (%n página), mas nenhum leitor de PDF pôde ser aberto: abra o arquivo pelo gerenciador de arquivos.</numerusform>
            <numerusform>%1 salvo (%n páginas), mas nenhum leitor de PDF pôde ser aberto: abra o arquivo pelo gerenciador de arquivos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bmp::ui::ScenarioCard</name>
    <message>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Fix bank details</source>
        <translation>Corrigir dados bancários</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Nova proposta</translation>
    </message>
    <message>
        <source>Send the corrected details (AtualizarContaPagamento); the payment is tried again.</source>
        <translation>Envia os dados corrigidos (AtualizarContaPagamento); o pagamento é tentado de novo.</translation>
    </message>
    <message>
        <source>Forget this run and make a new proposal next time (the evidence stays).</source>
        <translation>Esquece esta execução e faz uma nova proposta da próxima vez (as evidências ficam).</translation>
    </message>
    <message>
        <source>Borrower and bank details</source>
        <translation>Tomador e dados bancários</translation>
    </message>
    <message>
        <source>Double-click to see the redacted request and response.</source>
        <translation>Clique duas vezes para ver a requisição e a resposta com segredos ocultos.</translation>
    </message>
    <message>
        <source>codigoProposta:</source>
        <translation>codigoProposta:</translation>
    </message>
    <message>
        <source>numeroProposta:</source>
        <translation>numeroProposta:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>Statuses over time</source>
        <translation>Situações ao longo do tempo</translation>
    </message>
    <message>
        <source>Evidence (redacted)</source>
        <translation>Evidências (com segredos ocultos)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Executando: %1</translation>
    </message>
    <message>
        <source>Interrupted at: %1</source>
        <translation>Interrompido em: %1</translation>
    </message>
    <message>
        <source>Payment failed (11): fix the bank details</source>
        <translation>Pagamento falhou (11): corrija os dados bancários</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Concluído: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>BMP could not pay: %1 This is what scenario A is for. Check the corrected details below and press “Fix bank details”.</source>
        <translation>A BMP não conseguiu pagar: %1 É para isso que serve o cenário A. Confira os dados corrigidos abaixo e clique em “Corrigir dados bancários”.</translation>
    </message>
    <message>
        <source>The payment failed with the wrong details (11), the details were fixed and the proposal was paid.</source>
        <translation>O pagamento falhou com os dados errados (11), os dados foram corrigidos e a proposta foi paga.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1, seen in the answer to %2</source>
        <translation>%1, vista na resposta a %2</translation>
    </message>
    <message>
        <source>%1  %2 → %3</source>
        <translation>%1  %2 → %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>%1 %2 → %3 in %4 ms</source>
        <translation>%1 %2 → %3 em %4 ms</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Assinatura:</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>registrada %1</translation>
    </message>
    <message>
        <source>not yet (needed before Finalizar)</source>
        <translation>ainda não (necessária antes do Finalizar)</translation>
    </message>
    <message>
        <source>waived by BMP for this environment</source>
        <translation>dispensada pela BMP neste ambiente</translation>
    </message>
    <message>
        <source>IncluirAssinaturaCCBFinalizada: the borrower signed in your system; BMP records who, when and from where before the proposal can be finalized.</source>
        <translation>IncluirAssinaturaCCBFinalizada: o tomador assinou no seu sistema; a BMP registra quem, quando e de onde antes que a proposta possa ser finalizada.</translation>
    </message>
</context>
<context>
    <name>bmp::ui::ScenarioForm</name>
    <message>
        <source>CPF</source>
        <translation>CPF</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nome completo</translation>
    </message>
    <message>
        <source>CEP</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>street (logradouro)</source>
        <translation>logradouro</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>district (bairro)</source>
        <translation>bairro</translation>
    </message>
    <message>
        <source>city</source>
        <translation>cidade</translation>
    </message>
    <message>
        <source>e.g. 5000.00</source>
        <translation>ex.: 5000,00</translation>
    </message>
    <message>
        <source>% a month</source>
        <translation>% ao mês</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Tomador</translation>
    </message>
    <message>
        <source>CPF:</source>
        <translation>CPF:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Data de nascimento:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Logradouro:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Bairro:</translation>
    </message>
    <message>
        <source>City, UF:</source>
        <translation>Cidade, UF:</translation>
    </message>
    <message>
        <source>CEP:</source>
        <translation>CEP:</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Empréstimo</translation>
    </message>
    <message>
        <source>Amount (R$):</source>
        <translation>Valor (R$):</translation>
    </message>
    <message>
        <source>Installments:</source>
        <translation>Parcelas:</translation>
    </message>
    <message>
        <source>Monthly rate (%):</source>
        <translation>Taxa mensal (%):</translation>
    </message>
    <message>
        <source>Disbursement account</source>
        <translation>Conta de desembolso</translation>
    </message>
    <message>
        <source>Disbursement account — deliberately WRONG</source>
        <translation>Conta de desembolso — ERRADA de propósito</translation>
    </message>
    <message>
        <source>Corrected account (sent with AtualizarContaPagamento)</source>
        <translation>Conta corrigida (enviada com AtualizarContaPagamento)</translation>
    </message>
    <message>
        <source>The amount</source>
        <translation>O valor</translation>
    </message>
    <message>
        <source>The monthly rate</source>
        <translation>A taxa mensal</translation>
    </message>
    <message>
        <source>RG number</source>
        <translation>número do RG</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@example.com</translation>
    </message>
    <message>
        <source>(11) 98765-4321</source>
        <translation>(11) 98765-4321</translation>
    </message>
    <message>
        <source>e.g. 203.0.113.10</source>
        <translation>ex.: 203.0.113.10</translation>
    </message>
    <message>
        <source>RG:</source>
        <translation>RG:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation>Celular:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>The borrower signs the CCB in your own system; BMP records who signed, when and from which IP address (IncluirAssinaturaCCBFinalizada) before the proposal can be finalized.</source>
        <translation>O tomador assina a CCB no seu próprio sistema; a BMP registra quem assinou, quando e de qual endereço IP (IncluirAssinaturaCCBFinalizada) antes que a proposta possa ser finalizada.</translation>
    </message>
    <message>
        <source>Signed from IP:</source>
        <translation>Assinou do IP:</translation>
    </message>
</context>
<context>
    <name>bmp::ui::ScopePage</name>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>Bureau alone has no test-proposal step (10 steps).</source>
        <translation>Só com Bureau não há a etapa de propostas de teste (10 etapas).</translation>
    </message>
    <message>
        <source>We compute the loan ourselves (a calculation report is needed)</source>
        <translation>Nós mesmos calculamos o empréstimo (é preciso uma memória de cálculo)</translation>
    </message>
    <message>
        <source>APIs in scope</source>
        <translation>APIs do escopo</translation>
    </message>
    <message>
        <source>Scope alignment meeting</source>
        <translation>Reunião de alinhamento de escopo</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Planned date of step %1</source>
        <translation>Data prevista da etapa %1</translation>
    </message>
    <message>
        <source>Step %1 is planned for %2, a day on which BMP does not release production credentials: %3</source>
        <translation>A etapa %1 está prevista para %2, um dia em que a BMP não libera credenciais de produção: %3</translation>
    </message>
    <message>
        <source>Choose at least one product.</source>
        <translation>Escolha pelo menos um produto.</translation>
    </message>
    <message>
        <source>Hold the scope alignment meeting and mark it as held.</source>
        <translation>Faça a reunião de alinhamento de escopo e marque-a como realizada.</translation>
    </message>
    <message>
        <source>Plan a date for every step (step %1 has none).</source>
        <translation>Defina uma data prevista para cada etapa (a etapa %1 não tem).</translation>
    </message>
    <message>
        <source>Space checks or unchecks the selected API.</source>
        <translation>Espaço marca ou desmarca a API selecionada.</translation>
    </message>
    <message>
        <source>The meeting was h&amp;eld</source>
        <translation>A reunião foi reali&amp;zada</translation>
    </message>
</context>
<context>
    <name>bmp::ui::SignoffPage</name>
    <message>
        <source>BackOffice areas</source>
        <translation>Áreas de BackOffice</translation>
    </message>
    <message>
        <source>Arrow keys select an area; Enter records its decision.</source>
        <translation>As setas selecionam uma área; Enter registra a decisão dela.</translation>
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
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <source>A&amp;dd area…</source>
        <translation>A&amp;dicionar área…</translation>
    </message>
    <message>
        <source>&amp;Record decision…</source>
        <translation>Regis&amp;trar decisão…</translation>
    </message>
    <message>
        <source>Re&amp;move area</source>
        <translation>Re&amp;mover área</translation>
    </message>
    <message>
        <source>Signoff report</source>
        <translation>Relatório de signoff</translation>
    </message>
    <message>
        <source>No BackOffice area yet: add the areas that must approve.</source>
        <translation>Ainda não há áreas de BackOffice: adicione as áreas que precisam aprovar.</translation>
    </message>
    <message>
        <source>%1 of %2 areas approved.</source>
        <translation>%1 de %2 áreas aprovaram.</translation>
    </message>
    <message>
        <source>%1 rejected the signoff (%2): %3</source>
        <translation>%1 reprovou o signoff (%2): %3</translation>
    </message>
    <message>
        <source>This area no longer exists.</source>
        <translation>Esta área não existe mais.</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Registrada por %1 em %2</translation>
    </message>
    <message>
        <source>Recorded only by</source>
        <translation>Registrada só por</translation>
    </message>
    <message>
        <source>Name the &amp;signer…</source>
        <translation>Definir quem a&amp;ssina…</translation>
    </message>
    <message>
        <source>Let only one person&apos;s database role record this area&apos;s decision (only the project&apos;s owner may name signers).</source>
        <translation>Deixa só o papel de uma pessoa no banco registrar a decisão desta área (só o dono do projeto define quem assina).</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>qualquer pessoa</translation>
    </message>
    <message>
        <source>Signer of %1</source>
        <translation>Quem assina %1</translation>
    </message>
    <message>
        <source>Only this database role records the decision (empty: anyone with access):</source>
        <translation>Só este papel no banco registra a decisão (vazio: qualquer pessoa com acesso):</translation>
    </message>
</context>
<context>
    <name>bmp::ui::StepPage</name>
    <message>
        <source>Step %1 — %2</source>
        <translation>Etapa %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it needs:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;O que é preciso:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Step status</source>
        <translation>Situação da etapa</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>Who is responsible for this step</source>
        <translation>Quem responde por esta etapa</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <source>&amp;Actual:</source>
        <translation>Rea&amp;lizada:</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Prevista:</translation>
    </message>
    <message>
        <source>Decisions, links, who said what…</source>
        <translation>Decisões, links, quem disse o quê…</translation>
    </message>
    <message>
        <source>Last change: %1 → %2 on %3</source>
        <translation>Última alteração: %1 → %2 em %3</translation>
    </message>
    <message>
        <source>Last change: %1 → %2 on %3 (%4)</source>
        <translation>Última alteração: %1 → %2 em %3 (%4)</translation>
    </message>
    <message>
        <source>Mark the step as done</source>
        <translation>Marcar a etapa como concluída</translation>
    </message>
    <message>
        <source>This step is not complete yet: %1
Why is it done anyway?</source>
        <translation>Esta etapa ainda não está completa: %1
Por que ela está concluída mesmo assim?</translation>
    </message>
    <message>
        <source>Not started, in progress, blocked or done. Done before the step&apos;s rule holds asks for a reason.</source>
        <translation>Não iniciada, em andamento, bloqueada ou concluída. Concluir antes de cumprir a regra da etapa exige um motivo.</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Observações:</translation>
    </message>
    <message>
        <source>Marked done before its rule held, by %1 on %2. Reason: %3</source>
        <translation>Marcada como concluída antes de cumprir a sua regra, por %1 em %2. Motivo: %3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <source>✔ Rehearsed in Practice: %1 A rehearsal does not close the step: %2</source>
        <translation>✔ Ensaiada no Treino: %1 Um ensaio não conclui a etapa: %2</translation>
    </message>
    <message>
        <source>A reason is needed to mark the step done before it is complete (%1). Type it, or Cancel to leave the step as it is.</source>
        <translation>É preciso um motivo para marcar a etapa como concluída antes de ela estar completa (%1). Digite-o, ou Cancelar para deixar a etapa como está.</translation>
    </message>
    <message>
        <source>Not marked done: the step stays %1 until it is complete or a reason is given.</source>
        <translation>Não marcada como concluída: a etapa continua %1 até estar completa ou até que um motivo seja dado.</translation>
    </message>
</context>
<context>
    <name>bmp::ui::TimelineChart</name>
    <message>
        <source>Schedule timeline</source>
        <translation>Linha do tempo do cronograma</translation>
    </message>
    <message>
        <source>%1 planned for %2</source>
        <translation>%1 — prevista para %2</translation>
    </message>
    <message>
        <source>Plan a date for each step to see the timeline.</source>
        <translation>Defina datas previstas para as etapas para ver a linha do tempo.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>actual date, not done</source>
        <translation>realizada, não concluída</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>no production credentials that day</source>
        <translation>sem liberação de credenciais de produção no dia</translation>
    </message>
</context>
<context>
    <name>bmp::ui::TokenPage</name>
    <message>
        <source>&amp;Environment:</source>
        <translation>Am&amp;biente:</translation>
    </message>
    <message>
        <source>Client assertion (RFC 7523 JWT, signed RS256)</source>
        <translation>Asserção do cliente (JWT RFC 7523, assinado RS256)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>jti (unique id):</source>
        <translation>jti (id único):</translation>
    </message>
    <message>
        <source>iss (client_id):</source>
        <translation>iss (client_id):</translation>
    </message>
    <message>
        <source>sub (client_id):</source>
        <translation>sub (client_id):</translation>
    </message>
    <message>
        <source>aud (token URL):</source>
        <translation>aud (URL do token):</translation>
    </message>
    <message>
        <source>Times (seconds since 1970):</source>
        <translation>Horários (segundos desde 1970):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Prefill again (now)</source>
        <translation>Preencher de novo (agora)</translation>
    </message>
    <message>
        <source>Lifetime:</source>
        <translation>Validade:</translation>
    </message>
    <message>
        <source>S&amp;ign</source>
        <translation>Ass&amp;inar</translation>
    </message>
    <message>
        <source>Copy the JWT</source>
        <translation>Copiar o JWT</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>Send with a new jti and fresh times (iat = nbf = now), keeping the lifetime</source>
        <translation>Enviar com um novo jti e horários atuais (iat = nbf = agora), mantendo a validade</translation>
    </message>
    <message>
        <source>&amp;Get token</source>
        <translation>Obter &amp;token</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Get a token from homologation once.</source>
        <translation>Obtenha um token de homologação uma vez.</translation>
    </message>
    <message>
        <source>the practice sandbox&apos;s token URL, filled in when it starts</source>
        <translation>a URL do token da sandbox de treino, preenchida quando ela iniciar</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✓ Verified locally with the environment&apos;s public key.</source>
        <translation>✓ Verificado localmente com a chave pública do ambiente.</translation>
    </message>
    <message>
        <source>✗ Local verification failed: %1</source>
        <translation>✗ A verificação local falhou: %1</translation>
    </message>
    <message>
        <source>This environment has no client_id yet: register the key in step 3 or enter it in step 4.</source>
        <translation>Este ambiente ainda não tem client_id: cadastre a chave na etapa 3 ou informe-o na etapa 4.</translation>
    </message>
    <message>
        <source>Unlocking the key…</source>
        <translation>Desbloqueando a chave…</translation>
    </message>
    <message>
        <source>%1

The server said: %2</source>
        <translation>%1

O servidor disse: %2</translation>
    </message>
    <message numerus="yes">
        <source>Token received after %n attempt(s). The credentials work.</source>
        <translation>
            <numerusform>Token recebido após %n tentativa. As credenciais funcionam.</numerusform>
            <numerusform>Token recebido após %n tentativas. As credenciais funcionam.</numerusform>
        </translation>
    </message>
    <message>
        <source>The JWT is on the clipboard for a minute, marked as a secret for clipboard managers; it is a credential until it expires.</source>
        <translation>O JWT fica na área de transferência por um minuto, marcado como segredo para os gerenciadores de área de transferência; ele é uma credencial até expirar.</translation>
    </message>
</context>
<context>
    <name>bmp::ui::TokenResultPanel</name>
    <message>
        <source>Token received</source>
        <translation>Token recebido</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Token type:</source>
        <translation>Tipo do token:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Escopo:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expira:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Token de acesso:</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(não informado)</translation>
    </message>
    <message>
        <source>The server did not say when it expires.</source>
        <translation>O servidor não disse quando ele expira.</translation>
    </message>
    <message>
        <source>Expired at %1 (local time). Get a new token.</source>
        <translation>Expirou às %1 (horário local). Obtenha um novo token.</translation>
    </message>
    <message>
        <source>in %1:%2:%3, at %4 local time</source>
        <translation>em %1:%2:%3, às %4 no horário local</translation>
    </message>
</context>
<context>
    <name>bmp::ui::WizardShell</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Ava&amp;nçar &gt;</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Etapas do checklist</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>To continue: %1 Or set the status to Done with a reason.</source>
        <translation>Para continuar: %1 Ou mude a situação para Concluída informando um motivo.</translation>
    </message>
    <message>
        <source>The steps of the checklist with their status. Arrow keys move between the steps already reached.</source>
        <translation>As etapas do checklist com sua situação. As setas movem entre as etapas já alcançadas.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>BMP partner onboarding wizard</source>
        <translation>Assistente de onboarding de parceiros da BMP</translation>
    </message>
    <message>
        <source>Render every page of a demo project to DIR and exit.</source>
        <translation>Renderiza todas as páginas de um projeto de demonstração em DIR e sai.</translation>
    </message>
    <message>
        <source>Language: en or pt_BR.</source>
        <translation>Idioma: en ou pt_BR.</translation>
    </message>
    <message>
        <source>Project file (.bmpproj), or a shared project&apos;s postgresql:// address, to open.</source>
        <translation>Arquivo de projeto (.bmpproj), ou o endereço postgresql:// de um projeto compartilhado, a abrir.</translation>
    </message>
</context>
</TS>
