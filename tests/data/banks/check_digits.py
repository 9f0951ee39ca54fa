#!/usr/bin/python3
"""Independent computation of the bank check digits used in tests/unit/TestBanks.cpp.

Each function restates the bank's published rule (see app/domain/BankCheckDigits.h for the wording); run

    /usr/bin/python3 tests/data/banks/check_digits.py

and compare with the table in TestBanks.cpp (checkDigits_data).
"""


def mod11_complement(s, weights, ten):
    r = 11 - sum(int(d) * w for d, w in zip(s, weights)) % 11
    return "0" if r == 11 else (ten if r == 10 else str(r))


def bb_agency(a):
    return mod11_complement(a.zfill(4), [5, 4, 3, 2], "X")


def bb_account(c):
    return mod11_complement(c.zfill(8), [9, 8, 7, 6, 5, 4, 3, 2], "X")


def bradesco_agency(a):
    return mod11_complement(a.zfill(4), [5, 4, 3, 2], "P")


def bradesco_account(c):
    r = sum(int(d) * w for d, w in zip(c.zfill(7), [2, 7, 6, 5, 4, 3, 2])) % 11
    return "0" if r == 0 else ("P" if r == 1 else str(11 - r))


def itau(a, c):
    s = 0
    for i, d in enumerate(a.zfill(4) + c.zfill(5)):
        p = int(d) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)


def santander(a, c):
    w = [9, 7, 3, 1, 0, 0, 9, 7, 1, 3, 1, 9, 7, 3]
    s = sum((int(d) * x) % 10 for d, x in zip(a.zfill(4) + "00" + c.zfill(8), w))
    return str((10 - s % 10) % 10)


def caixa(a, op, c):
    w = [8, 7, 6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    d = sum(int(x) * y for x, y in zip(a.zfill(4) + op.zfill(3) + c.zfill(8), w)) * 10 % 11
    return "0" if d == 10 else str(d)


if __name__ == "__main__":
    print("BB agency", {a: bb_agency(a) for a in ["1584", "1852", "3494", "0001", "1234", "4321", "12"]})
    print("BB account", {c: bb_account(c) for c in ["00210169", "10089934", "10089939", "12345678", "99999", "1"]})
    print("Bradesco agency", {a: bradesco_agency(a) for a in ["1425", "8221", "8212", "0123", "3456"]})
    print("Bradesco account", {c: bradesco_account(c) for c in ["0238069", "0301357", "0325620", "1234567", "76543"]})
    print("Itau", {f"{a}/{c}": itau(a, c) for a, c in [("2545", "02366"), ("1874", "10009"), ("0001", "12345"),
                                                       ("9876", "54321")]})
    print("Santander", {f"{a}/{c}": santander(a, c) for a, c in [("1584", "01789012"), ("0001", "01234567"),
                                                                  ("4321", "13005678")]})
    print("Caixa", {f"{a}/{o}/{c}": caixa(a, o, c) for a, o, c in [("0001", "001", "00012345"),
                                                                   ("1234", "013", "00098765"),
                                                                   ("4321", "023", "12345678"),
                                                                   ("0987", "003", "55555")]})
