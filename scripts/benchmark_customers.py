#!/usr/bin/env python3
"""Writes a CSV batch of M synthetic customers for `migration-docs checklist`, or checks one.

One row per phone number (1-3 numbers per customer), customer columns repeated on each of its rows, the rows of a
customer next to each other. Values are realistic (company names with accents, `&` and commas, real area codes,
E.164-valid numbers in each country's usual formatting) and mixed the way a CRM export is: about 55% of customers
ready, 20% with unknown facts, 25% blocked by one or two unmet criteria. The same seed always gives the same bytes.

    benchmark_customers.py --customers 10000 --output customers.csv
    benchmark_customers.py --check customers.csv       # every value allowed, ids digits, customers consistent

Python 3 standard library only.
"""

import argparse
import collections
import csv
import random
import re
import sys

# The batch columns, in order; the only place they are named. `customer` columns must agree on all the rows of one
# `waba_id`; `number` columns describe one phone number.
CUSTOMER_COLUMNS = [
    "company", "language", "current_bsp", "business_manager_id", "waba_id", "business_verification",
    "account_review", "infrastructure", "status_at_current_bsp", "scheduled_for", "payment_method",
    "webhook_subscription", "same_business",
]
NUMBER_COLUMNS = ["phone", "display_name", "display_name_status", "two_factor", "code_delivery", "kind"]
COLUMNS = CUSTOMER_COLUMNS + NUMBER_COLUMNS
# The header each column gets in the file, if `migration-docs checklist` names one differently
# (e.g. "payment_method": "destination_payment_method"); everything else keeps using the names above.
HEADER = {column: column for column in COLUMNS} | {
    "payment_method": "destination.payment_method",
    "webhook_subscription": "destination.webhook_subscription",
    "same_business": "destination.same_business",
}

REVIEW = ["approved", "pending", "rejected", "unknown"]
FLAG = ["true", "false", "unknown"]
ALLOWED = {
    "language": ["pt-BR", "en", "es"],
    "business_verification": REVIEW,
    "account_review": REVIEW,
    "display_name_status": REVIEW,
    "infrastructure": ["cloud_api", "on_premises", "unknown"],
    "payment_method": FLAG,
    "webhook_subscription": FLAG,
    "same_business": FLAG,
    "two_factor": ["enabled", "disabled", "unknown"],
    "code_delivery": ["sms", "voice", "unreachable", "unknown"],
    "kind": ["business_api", "business_app", "test", "unknown"],
}

# The value that meets each criterion, and the ones that leave it unmet (issue 4's evaluation contract).
MET = {
    "business_verification": "approved", "account_review": "approved", "payment_method": "true",
    "webhook_subscription": "true", "same_business": "true", "display_name_status": "approved",
    "two_factor": "disabled", "code_delivery": "sms", "kind": "business_api",
}
UNMET = {
    "business_verification": ["pending", "rejected"], "account_review": ["pending", "rejected"],
    "payment_method": ["false"], "webhook_subscription": ["false"], "same_business": ["false"],
    "display_name_status": ["pending", "rejected"], "two_factor": ["enabled"], "code_delivery": ["unreachable"],
    "kind": ["business_app", "test"],
}
# Blockers seen in practice are mostly two-step verification and display names; weights say how often.
UNMET_WEIGHTS = {
    "two_factor": 5, "display_name_status": 3, "business_verification": 3, "kind": 2, "code_delivery": 2,
    "payment_method": 2, "account_review": 1, "webhook_subscription": 1, "same_business": 1,
}

COMPANIES = {
    "pt-BR": (["Padaria", "Farmácia", "Clínica", "Auto Peças", "Mercado", "Loja", "Construtora", "Escola",
               "Ótica", "Pet Shop", "Transportadora", "Imobiliária", "Restaurante", "Academia"],
              ["São João", "Boa Vista", "Estrela", "Bom Preço", "Horizonte", "Aurora", "Santa Luzia", "Nova Era",
               "Ipê", "Jacarandá", "Silva, Souza & Cia.", "Irmãos Araújo", "Pão de Mel", "Sabiá"],
              ["Ltda.", "S.A.", "ME", "EIRELI", ""]),
    "en": (["Harbor", "Maple", "Summit", "Bluebird", "O'Neill & Sons", "Riverside", "Evergreen", "Northwind",
            "Golden Gate", "Lakeside", "Smith, Jones & Co.", "Redwood", "Beacon", "Oakridge"],
           ["Dental", "Logistics", "Realty", "Coffee", "Auto Parts", "Insurance", "Pharmacy", "Fitness",
            "Bakery", "Travel", "Florist", "Plumbing", "Books", "Pet Care"],
           ["LLC", "Inc.", "Ltd.", ""]),
    "es": (["Farmacia", "Clínica", "Ferretería", "Panadería", "Distribuidora", "Inmobiliaria", "Óptica",
            "Transportes", "Academia", "Mueblería", "Librería", "Veterinaria", "Café", "Constructora"],
           ["Muñoz & Hijos", "El Sol", "La Esperanza", "San Martín", "Los Andes", "Guadalupe", "Peñalver",
            "Núñez", "Del Valle", "Santa Fe", "Pérez, Gómez y Asociados", "La Ceiba", "Cóndor", "Alborada"],
           ["S.A. de C.V.", "S.A.S.", "S.L.", "Ltda.", ""]),
}
BSPS = ["Twilio", "Sinch", "Infobip", "Gupshup", "360dialog", "Zenvia", "Take Blip", "Vonage", "MessageBird",
        "Wati", "Meta (direct)"]
STATUS_AT_BSP = {
    "pt-BR": ["conectado", "conectado, qualidade alta", "conectado, qualidade média", "aguardando revisão",
              "sinalizado", "conectado desde 2023"],
    "en": ["connected", "connected, high quality", "connected, medium quality", "pending review", "flagged",
           "connected since 2023"],
    "es": ["conectado", "conectado, calidad alta", "conectado, calidad media", "pendiente de revisión",
           "marcado", "conectado desde 2023"],
}
SALES = {"pt-BR": "Vendas", "en": "Sales", "es": "Ventas"}
COUNTRIES = {"pt-BR": [("BR", 1)], "en": [("US", 3), ("GB", 1)], "es": [("MX", 3), ("CO", 2), ("ES", 1)]}
UTC_OFFSET = {"BR": "-03:00", "US": "-05:00", "GB": "+00:00", "MX": "-06:00", "CO": "-05:00", "ES": "+01:00"}


def phone_number(rng, country):
    """A number that is valid in E.164 for its country (real area codes and mobile prefixes), usually formatted."""
    d = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))  # noqa: E731
    if country == "BR":
        area = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "27", "48", "62", "91"])
        if rng.random() < 0.85:  # mobile: the ninth digit, then 6-9
            return f"+55 {area} 9{rng.choice('6789')}{d(3)}-{d(4)}"
        return f"+55 {area} {rng.choice('2345')}{d(3)}-{d(4)}"  # landline
    if country == "US":
        area = rng.choice(["212", "312", "415", "617", "646", "702", "305", "512", "206", "404", "713", "303"])
        exchange = f"{rng.choice('23456789')}{d(2)}"
        while exchange[1:] == "11" or exchange == "555":
            exchange = f"{rng.choice('23456789')}{d(2)}"
        return f"+1 {area}-{exchange}-{d(4)}"
    if country == "GB":
        return f"+44 7{rng.choice(['40', '41', '42', '80', '81', '84', '85'])}{d(1)} {d(6)}"
    if country == "MX":
        return f"+52 {rng.choice(['55', '33', '81'])} {rng.choice('123456789')}{d(3)} {d(4)}"
    if country == "CO":
        prefix = rng.choice(["300", "301", "302", "304", "310", "311", "312", "313", "315", "316", "318", "320"])
        return f"+57 {prefix} {d(3)} {d(4)}"
    if country == "ES":
        return f"+34 6{d(2)} {d(3)} {d(3)}"
    raise ValueError(country)


def digits(rng, used, count=15):
    """A unique id of `count` digits, not starting with 0."""
    while True:
        value = str(rng.randrange(10 ** (count - 1), 10 ** count))
        if value not in used:
            used.add(value)
            return value


def customer_rows(rng, language, used_ids, used_phones):
    kinds, names, suffixes = COMPANIES[language]
    # "Harbor Dental", "Padaria São João": the display name; the company adds its legal suffix.
    base = f"{rng.choice(kinds)} {rng.choice(names)}"
    suffix = rng.choice(suffixes)
    company = f"{base} {suffix}".strip()
    country = rng.choices([c for c, _ in COUNTRIES[language]], [w for _, w in COUNTRIES[language]])[0]
    month, day = rng.choice([(2026, 12), (2027, 1), (2027, 2), (2027, 3)]), rng.randint(1, 28)
    scheduled = f"{month[0]}-{month[1]:02d}-{day:02d}T{rng.randint(8, 18):02d}:{rng.choice(['00', '30'])}:00" \
                f"{UTC_OFFSET[country]}"
    customer = {
        "company": company,
        "language": language,
        "current_bsp": rng.choice(BSPS),
        "business_manager_id": digits(rng, used_ids),
        "waba_id": digits(rng, used_ids),
        "infrastructure": rng.choices(["cloud_api", "on_premises", "unknown"], [80, 12, 8])[0],
        "status_at_current_bsp": rng.choice(STATUS_AT_BSP[language]),
        "scheduled_for": scheduled,
    }
    for column in ("business_verification", "account_review", "payment_method", "webhook_subscription",
                   "same_business"):
        customer[column] = MET[column]
    numbers = []
    for index in range(rng.choices([1, 2, 3], [70, 20, 10])[0]):
        phone = phone_number(rng, country)
        while re.sub(r"\D", "", phone) in used_phones:
            phone = phone_number(rng, country)
        used_phones.add(re.sub(r"\D", "", phone))
        numbers.append({
            "phone": phone,
            "display_name": base if index == 0 else f"{base} {SALES[language]}",
            "display_name_status": MET["display_name_status"],
            "two_factor": MET["two_factor"],
            "code_delivery": rng.choices(["sms", "voice"], [85, 15])[0],
            "kind": MET["kind"],
        })

    def set_fact(column, value):
        if column in CUSTOMER_COLUMNS:
            customer[column] = value
        else:
            rng.choice(numbers)[column] = value

    outcome = rng.choices(["ready", "incomplete", "blocked"], [55, 20, 25])[0]
    columns = sorted(UNMET_WEIGHTS)
    if outcome == "incomplete":
        for column in rng.sample(columns, rng.randint(1, 2)):
            set_fact(column, "unknown")
    elif outcome == "blocked":
        for column in rng.choices(columns, [UNMET_WEIGHTS[c] for c in columns], k=rng.randint(1, 2)):
            set_fact(column, rng.choice(UNMET[column]))
    return [dict(customer, **number) for number in numbers]


def generate(path, customers, seed):
    rng = random.Random(f"{seed}:customers")
    used_ids, used_phones = set(), set()
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writerow(HEADER)
        for _ in range(customers):
            language = rng.choices(["pt-BR", "en", "es"], [50, 25, 25])[0]
            writer.writerows(customer_rows(rng, language, used_ids, used_phones))


E164_SHAPE = re.compile(r"^\+(55\d{10,11}|1[2-9]\d{2}[2-9]\d{6}|447\d{9}|52\d{10}|573\d{9}|346\d{8})$")


def check(path):
    """Every problem in a batch file, as `path:row: message`; the summary line on success."""
    problems = []
    customers = collections.OrderedDict()
    phones = set()
    with open(path, encoding="utf-8", newline="") as f:
        expected = [HEADER[column] for column in COLUMNS]
        header = next(csv.reader(f), [])
        if header != expected:
            problems.append(f"{path}:1: columns are {header}, expected {expected}")
            return problems, 0, 0
        reader = csv.DictReader(f, fieldnames=COLUMNS)
        rows = 0
        for row_number, row in enumerate(reader, start=2):
            rows += 1
            where = f"{path}:{row_number}:"
            for column, allowed in ALLOWED.items():
                if row[column] not in allowed:
                    problems.append(f"{where} {column} is '{row[column]}', not one of {', '.join(allowed)}")
            for column in ("business_manager_id", "waba_id"):
                if not row[column].isdigit():
                    problems.append(f"{where} {column} '{row[column]}' is not digits only")
            for column in ("company", "phone", "display_name", "scheduled_for", "current_bsp"):
                if not row[column]:
                    problems.append(f"{where} {column} is empty")
            e164 = "+" + re.sub(r"\D", "", row["phone"])
            if not E164_SHAPE.match(e164):
                problems.append(f"{where} phone '{row['phone']}' is not a valid E.164 number")
            if e164 in phones:
                problems.append(f"{where} phone '{row['phone']}' appears twice")
            phones.add(e164)
            customer = tuple(row[c] for c in CUSTOMER_COLUMNS)
            previous = customers.setdefault(row["waba_id"], customer)
            if previous != customer:
                problems.append(f"{where} customer columns differ from the first row of waba_id {row['waba_id']}")
    return problems, len(customers), rows


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=10000, help="customers to write (default 10000)")
    parser.add_argument("--seed", default="migration-docs", help="any string; the same seed gives the same file")
    parser.add_argument("--output", help="the CSV file to write")
    parser.add_argument("--check", metavar="FILE", help="check a batch file instead of writing one")
    args = parser.parse_args(argv)
    if args.check:
        problems, customers, rows = check(args.check)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(f"{args.check}: {len(problems)} problems", file=sys.stderr)
            return 1
        print(f"{args.check}: {customers} customers, {rows} numbers, all values allowed")
        return 0
    if not args.output:
        parser.error("--output FILE is required (or --check FILE)")
    if args.customers < 1:
        parser.error("--customers must be at least 1")
    generate(args.output, args.customers, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
