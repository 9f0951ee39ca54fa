<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Token received from %1 (HTTP %2, %n attempt(s)).</source>
        <translation>
            <numerusform>Token received from %1 (HTTP %2, %n attempt).</numerusform>
            <numerusform>Token received from %1 (HTTP %2, %n attempts).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoanCalculator</name>
    <message numerus="yes">
        <source>The installment rounds to R$ 0.00: the amount is too small for %n installment(s).</source>
        <translation>
            <numerusform>The installment rounds to R$ 0.00: the amount is too small for %n installment.</numerusform>
            <numerusform>The installment rounds to R$ 0.00: the amount is too small for %n installments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %1% a month over %n installment(s), the rounding residue carried to the last installment (R$ %2) cancels it; shorten the term or lower the rate.</source>
        <translation>
            <numerusform>With %1% a month over %n installment, the rounding residue carried to the last installment (R$ %2) cancels it; shorten the term or lower the rate.</numerusform>
            <numerusform>With %1% a month over %n installments, the rounding residue carried to the last installment (R$ %2) cancels it; shorten the term or lower the rate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignoffReport</name>
    <message numerus="yes">
        <source>Cross-check with BMP&apos;s simulation: %n field(s) differ.</source>
        <translation>
            <numerusform>Cross-check with BMP&apos;s simulation: %n field differs.</numerusform>
            <numerusform>Cross-check with BMP&apos;s simulation: %n fields differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message numerus="yes">
        <source>%1 is too long (at most %n characters).</source>
        <translation>
            <numerusform>%1 is too long (at most %n character).</numerusform>
            <numerusform>%1 is too long (at most %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bmp::Signoff</name>
    <message numerus="yes">
        <source>Waiting for the approval of %n area(s): %1.</source>
        <translation>
            <numerusform>Waiting for the approval of %n area: %1.</numerusform>
            <numerusform>Waiting for the approval of %n areas: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete the production procedures (%n still open).</source>
        <translation>
            <numerusform>Complete the production procedures (%n still open).</numerusform>
            <numerusform>Complete the production procedures (%n still open).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bmp::ui::CredentialsPage</name>
    <message numerus="yes">
        <source>%n certificate(s): %1</source>
        <translation>
            <numerusform>%n certificate: %1</numerusform>
            <numerusform>%n certificates: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>Imported %n profile.</numerusform>
            <numerusform>Imported %n profiles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bmp::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n change(s) could not be saved yet: the server of this shared project does not answer. Leave this project anyway and lose them?</source>
        <translation>
            <numerusform>%n change could not be saved yet: the server of this shared project does not answer. Leave this project anyway and lose it?</numerusform>
            <numerusform>%n changes could not be saved yet: the server of this shared project does not answer. Leave this project anyway and lose them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet: the server does not answer; reconnecting…</source>
        <translation>
            <numerusform>%n change not saved yet: the server does not answer; reconnecting…</numerusform>
            <numerusform>%n changes not saved yet: the server does not answer; reconnecting…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait until the conflict is settled</source>
        <translation>
            <numerusform>%n change waits until the conflict is settled</numerusform>
            <numerusform>%n changes wait until the conflict is settled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bmp::ui::ReportExportPanel</name>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)), but no PDF viewer could be opened: open the file from your file manager.</source>
        <translation>
            <numerusform>Saved %1 (%n page), but no PDF viewer could be opened: open the file from your file manager.</numerusform>
            <numerusform>Saved %1 (%n pages), but no PDF viewer could be opened: open the file from your file manager.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bmp::ui::TokenPage</name>
    <message numerus="yes">
        <source>Token received after %n attempt(s). The credentials work.</source>
        <translation>
            <numerusform>Token received after %n attempt. The credentials work.</numerusform>
            <numerusform>Token received after %n attempts. The credentials work.</numerusform>
        </translation>
    </message>
</context>
</TS>
