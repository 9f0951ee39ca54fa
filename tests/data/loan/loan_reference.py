#!/usr/bin/python3
"""Independent reference for bmp::LoanCalculator (tests/unit/TestLoanCalculator.cpp).

Written from the text of BMP-DOMAIN.md ("Our calculation conventions"), NOT from the C++ code, in exact
decimal arithmetic (60 significant digits). Re-run it with

    /usr/bin/python3 tests/data/loan/loan_reference.py > tests/data/loan/reference-cases.json

and review the diff: the C++ test compares its results against the committed JSON.

Conventions, restated:
- d0 contract date, d1 first due date (default: same day next month, clamped to the month's end),
  d_k = d1 + (k-1) months with the day clamped to the month's end (computed from d1, not chained),
  t_k = calendar days d0 -> d_k.
- v_k = (1+i)^(-t_k/30); S = sum v_k.
- IOF factor c = sum a_k * min(t_k, 365) * daily + additional, a_k the amortizations of the unit schedule
  (F = 1, PMT = 1/S, interest b_(k-1) * ((1+i)^((t_k - t_(k-1))/30) - 1)).
- vlrIOF = round(F*c) with F = (amount + TAC)/(1-c); vlrTotalCredito = amount + TAC + vlrIOF.
- PMT = round(vlrTotalCredito / S); vlrTotalDivida = n * PMT.
- Schedule in cents: J_k = round(B_(k-1) * ((1+i)^(dt/30) - 1)), A_k = PMT - J_k, B_k = B_(k-1) - A_k;
  the last installment is J_n + B_(n-1) (absorbs the rounding residue).
- CET: y = ln(1+CETa) solves sum P_k * exp(-y * t_k/365) = amount; percCETAnual = 100*(e^y - 1),
  percCETMensal = 100*(e^(y/12) - 1). percJurosAnual = 100*((1+i)^12 - 1).
- Money rounded half up to cents, interest rates half up to 4 decimals, CET to 5 (as BMP sends it).
"""
import calendar
import datetime as dt
import json
import sys
from decimal import ROUND_HALF_UP, Decimal, getcontext

getcontext().prec = 60
D = Decimal
CENT = D("0.01")
PCT4 = D("0.0001")

# IOF (Decree 6.306/2007 art. 7 as amended), percentages. Category, valid from, daily %, additional %.
IOF = [
    ("pf", "2022-01-01", "0.0082", "0.38"),
    ("pj", "2022-01-01", "0.0041", "0.38"),
    ("pj", "2025-06-01", "0.0082", "0.95"),  # Decree 12.466/2025
    ("pj", "2025-06-11", "0.0082", "0.38"),  # Decree 12.499/2025
    ("simples", "2022-01-01", "0.00137", "0.38"),
    ("simples", "2025-06-01", "0.00274", "0.95"),
    ("simples", "2025-06-11", "0.00274", "0.38"),
]
SIMPLES_LIMIT = D("30000.00")


def iof_rates(d0, person, simples, amount):
    cat = "pf" if person == "pf" else ("simples" if simples and amount <= SIMPLES_LIMIT else "pj")
    best = None
    for c, since, daily, add in IOF:
        since = dt.date.fromisoformat(since)
        if c == cat and since <= d0 and (best is None or since > best[0]):
            best = (since, D(daily) / 100, D(add) / 100, daily, add)
    return best


def add_months(d, months):
    m = d.month - 1 + months
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def r2(x):
    # A value within a hair of a half cent (but not exactly on it) would make a binary-float implementation's
    # rounding a coin toss; such cases must not be used as references.
    frac = (x * 100) % 1
    if frac != D("0.5") and abs(frac - D("0.5")) < D("1e-9"):
        sys.exit("near-tie rounding %s: choose other inputs" % x)
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def r4(x):
    return x.quantize(PCT4, rounding=ROUND_HALF_UP)


def r5(x):
    # CET figures: five decimals, as BMP's answers carry them.
    return x.quantize(D("0.00001"), rounding=ROUND_HALF_UP)


def growth(i, days):
    """(1+i)^(days/30) - 1, exact to the context precision."""
    return (1 + i) ** (D(days) / 30) - 1


def calc(case):
    amount = D(case["amount"])
    tac = D(case.get("tac", "0"))
    n = case["installments"]
    i = D(case["monthlyRatePercent"]) / 100
    d0 = dt.date.fromisoformat(case["contractDate"])
    d1 = dt.date.fromisoformat(case["firstDueDate"]) if case.get("firstDueDate") else add_months(d0, 1)
    dues = [add_months(d1, k) for k in range(n)]
    t = [(d - d0).days for d in dues]
    v = [(1 + i) ** (D(-tk) / 30) for tk in t]
    S = sum(v)

    since, daily, add, daily_pct, add_pct = iof_rates(d0, case["person"], case.get("simples", False), amount)
    # Unit schedule (F = 1) for the IOF factor.
    p = 1 / S
    b = D(1)
    c = D(0)
    prev = 0
    for tk in t:
        j = b * growth(i, tk - prev)
        a = p - j
        b -= a
        c += a * min(tk, 365) * daily
        prev = tk
    c += add
    F = (amount + tac) / (1 - c)
    vlr_iof = r2(F * c)
    total = amount + tac + vlr_iof
    pmt = r2(total / S)

    rows = []
    bal = total
    prev = 0
    for k, (due, tk) in enumerate(zip(dues, t), start=1):
        j = r2(bal * growth(i, tk - prev))
        if k < n:
            a = pmt - j
            paid = pmt
        else:
            a = bal
            paid = j + a
        bal -= a
        rows.append({"nroParcela": k, "dtVencimento": due.isoformat(), "dias": tk, "vlrParcela": str(paid),
                     "vlrJuros": str(j), "vlrAmortizacao": str(a), "vlrSaldo": str(bal)})
        prev = tk

    # CET by bisection on y = ln(1 + CETa); f is decreasing in y.
    pays = [D(r["vlrParcela"]) for r in rows]

    def f(y):
        return sum(pk * (-y * tk / 365).exp() for pk, tk in zip(pays, t)) - amount

    lo, hi = D(-1), D(1)
    while f(lo) < 0:
        lo *= 2
    while f(hi) > 0:
        hi *= 2
    for _ in range(200):
        mid = (lo + hi) / 2
        if f(mid) > 0:
            lo = mid
        else:
            hi = mid
    y = (lo + hi) / 2
    cet_a = y.exp() - 1
    cet_m = (y / 12).exp() - 1

    return {
        "dtPrimeiroVencto": d1.isoformat(),
        "iofValidFrom": since.isoformat(),
        "percIOFDiario": daily_pct,
        "percIOFAdicional": add_pct,
        "iofFactor": str(c.quantize(D("1e-15"))),
        "vlrIOF": str(vlr_iof),
        "vlrTotalCredito": str(total),
        "vlrParcela": str(pmt),
        "vlrTotalDivida": str(pmt * n),
        "vlrTotalParcelas": str(sum(pays)),
        "percJurosMensal": str(r4(i * 100)),
        "percJurosAnual": str(r4(((1 + i) ** 12 - 1) * 100)),
        "percCETAnual": str(r5(cet_a * 100)),
        "percCETMensal": str(r5(cet_m * 100)),
        "percCETAnualExato": str((cet_a * 100).quantize(D("1e-10"))),
        "percCETMensalExato": str((cet_m * 100).quantize(D("1e-10"))),
        "parcelas": rows,
    }


def case(name, amount, n, rate, d0, d1, person="pf", tac="0", simples=False, why=""):
    return {"name": name, "why": why, "amount": amount, "installments": n, "monthlyRatePercent": rate,
            "contractDate": d0, "firstDueDate": d1, "person": person, "simples": simples, "tac": tac}


CASES = [
    case("pf_30_day_first_period", "10000.00", 12, "2.5", "2025-03-10", "2025-04-09",
         why="regular 30-day first period, PF, no TAC"),
    case("pf_default_first_due", "5000.00", 6, "1.99", "2025-03-10", None,
         why="no first due date: same day next month (31 days)"),
    case("pf_45_day_first_period_with_tac", "8000.00", 10, "3.2", "2025-02-01", "2025-03-18", tac="150.00",
         why="irregular 45-day first period, TAC financed"),
    case("pj_17_day_first_period_month_ends", "25000.00", 6, "1.85", "2025-07-14", "2025-07-31", person="pj",
         tac="300.00", why="17-day first period; 31 Jul -> 31 Aug -> 30 Sep -> 31 Oct -> 30 Nov -> 31 Dec"),
    case("pj_2025_05_31_before_decree_12466", "50000.00", 12, "1.5", "2025-05-31", "2025-06-30", person="pj",
         tac="500.00", why="last day of 0.0041%/day + 0.38%"),
    case("pj_2025_06_01_decree_12466", "50000.00", 12, "1.5", "2025-06-01", "2025-07-01", person="pj",
         tac="500.00", why="first day of 0.0082%/day + 0.95%"),
    case("pj_2025_06_11_decree_12499", "50000.00", 12, "1.5", "2025-06-11", "2025-07-11", person="pj",
         tac="500.00", why="0.0082%/day + 0.38% from Decree 12.499/2025"),
    case("pj_2024_contract", "12000.00", 8, "2.1", "2024-11-20", "2024-12-20", person="pj",
         why="company contract under the pre-2025 rates"),
    case("due_31_jan_clamped_to_feb", "3000.00", 4, "2.0", "2024-12-31", "2025-01-31",
         why="31 Jan -> 28 Feb -> 31 Mar -> 30 Apr"),
    case("due_31_jan_leap_year", "3000.00", 3, "2.0", "2023-12-31", "2024-01-31",
         why="31 Jan -> 29 Feb 2024 -> 31 Mar"),
    case("default_first_due_clamped", "1500.00", 3, "4.0", "2025-01-31", None,
         why="contract 31 Jan, default first due 28 Feb (28 days)"),
    case("one_installment", "1000.00", 1, "2.0", "2025-04-01", "2025-05-01",
         why="single installment, 30 days"),
    case("four_hundred_twenty_installments", "150000.00", 420, "0.99", "2025-08-15", "2025-09-15",
         why="maximum term; IOF days capped at 365"),
    case("pj_simples_up_to_30k", "20000.00", 12, "2.2", "2025-08-01", "2025-09-01", person="pj", simples=True,
         why="Simples Nacional/MEI, amount <= R$ 30,000: 0.00274%/day + 0.38%"),
    case("pj_simples_exactly_30k", "30000.00", 12, "2.2", "2025-08-01", "2025-09-01", person="pj", simples=True,
         why="limit is inclusive"),
    case("pj_simples_above_30k", "30000.01", 12, "2.2", "2025-08-01", "2025-09-01", person="pj", simples=True,
         why="one cent above the limit: ordinary company rates"),
    case("pj_simples_before_june_2025", "20000.00", 12, "2.2", "2025-03-05", "2025-04-05", person="pj",
         simples=True, why="Simples rate 0.00137%/day before Decree 12.466/2025"),
    case("zero_interest", "1200.00", 12, "0", "2025-03-03", "2025-04-03",
         why="0% a month: installments are plain fractions of the financed amount"),
    case("high_rate_10_day_first_period", "500.00", 3, "15.0", "2025-10-01", "2025-10-11",
         why="very short first period at a high rate"),
    case("pf_46_day_first_period_big_tac", "20000.00", 24, "1.79", "2025-09-30", "2025-11-15", tac="899.90",
         why="irregular first period, non-round TAC, 2 years"),
]


def main():
    out = []
    for c in CASES:
        r = calc(c)
        out.append({"input": c, "expected": r})
    json.dump({"generatedBy": "tests/data/loan/loan_reference.py", "cases": out}, sys.stdout, indent=1,
              ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
