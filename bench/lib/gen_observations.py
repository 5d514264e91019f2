#!/usr/bin/env python3
"""Generates valid observation rows for the benchmarks (python3 standard library only).

The rows follow the real catalogue and the cycle's expected reports:
- only ANNUAL, non-qualitative indicators, each reported by the agency that owes it (expected-reports);
- only the breakdowns the indicator allows: SEX (MALE/FEMALE), RESIDENCE (URBAN/RURAL), AGE_GROUP (the catalogue's
  age groups), and AREA (sub-areas other than the jurisdiction) -- every combination of allowed breakdowns, each
  dimension also as TOTAL, so there is exactly one value per (indicator, year, area, sex, residence, ageGroup);
- values that fit the unit (PERCENT 0-100, COUNT whole, HOURS_PER_DAY 0-24), drifting over the years towards the
  target, with numerator and denominator that give the value for ratio units.

Order: first every jurisdiction-level row (year by year), then sub-area by sub-area (each over all the years). With
--rows N the output stops after N rows, so the jurisdiction-level series are always complete and every year gets the
same sub-areas.

Outputs:
  --api-dir DIR --format csv|json   one file per (year, agency) for POST .../submissions (csv: name the agency with
                                    ?agency=); plus DIR/index.tsv: year, agency, rows, file
  --copy-file FILE --ids FILE       one tab-separated COPY file for the observation table; --ids maps
                                    "year<TAB>agency" to "submission_id<TAB>cycle_id"
"""
import argparse
import hashlib
import itertools
import json
import os
import sys
from decimal import Decimal, ROUND_HALF_UP

RATIO_UNITS = {"PERCENT", "PER_MILLE", "PER_100K", "PER_1000_CHILDREN", "PER_INSTITUTION"}
CSV_COLUMNS = ["indicatorCode", "year", "areaCode", "sex", "residence", "ageGroup", "value", "numerator", "denominator",
               "source", "note"]


def rnd(*key):
    """A deterministic pseudo-random number in [0, 1) from the key."""
    h = hashlib.blake2b("|".join(map(str, key)).encode(), digest_size=8).digest()
    return int.from_bytes(h, "big") / 2 ** 64


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class Generator:
    def __init__(self, catalogue, expected, areas):
        self.jurisdiction = catalogue["plan"]["jurisdictionCode"]
        self.units = {u["code"]: u for u in catalogue["units"]}
        dims = {d["code"]: [v["code"] for v in d["values"]] for d in catalogue["dimensions"]}
        self.sexes = ["TOTAL"] + dims["SEX"]
        self.residences = ["TOTAL"] + dims["RESIDENCE"]
        self.ages = ["TOTAL"] + dims["AGE_GROUP"]
        self.areas = areas
        owed = {}
        for e in expected:
            owed.setdefault(e["indicatorCode"], []).append(e["agencyCode"])
        self.indicators = []
        for ind in catalogue["indicators"]:
            if ind["targetType"] == "QUALITATIVE" or ind.get("reportingFrequency") != "ANNUAL":
                continue
            agencies = sorted(owed.get(ind["code"], []))
            if not agencies:
                continue
            # an indicator owed by several agencies is reported by the first of them (one value per data point)
            self.indicators.append((ind, agencies[0]))

    def combos(self, ind):
        d = set(ind.get("disaggregations") or [])
        return list(itertools.product(self.sexes if "SEX" in d else ["TOTAL"],
                                      self.residences if "RESIDENCE" in d else ["TOTAL"],
                                      self.ages if "AGE_GROUP" in d else ["TOTAL"]))

    def value(self, ind, year, area, sex, res, age):
        unit = self.units.get(ind["unit"]) if ind.get("unit") else None
        base = ind.get("baselineValue") if ind.get("baselineValue") is not None else ind.get("targetValue")
        base = float(base) if base is not None else 50.0
        target = float(ind["targetValue"]) if ind.get("targetValue") is not None else base
        t = min(max(year - 2020, 0), 5) / 5.0
        level = base + (target - base) * t * (0.6 + 0.6 * rnd(ind["code"], "pace"))
        level *= 1 + 0.10 * (rnd(ind["code"], year, area, sex, res, age) - 0.5)
        level *= {"MALE": 1.02, "FEMALE": 0.98, "URBAN": 1.05, "RURAL": 0.95}.get(sex, 1.0)
        level *= {"URBAN": 1.04, "RURAL": 0.96}.get(res, 1.0)
        code = unit["code"] if unit else None
        if code == "COUNT":
            return Decimal(max(0, round(level))), None, None
        hi = float(unit["max"]) if unit and unit.get("max") is not None else None
        level = max(0.0, level if hi is None else min(level, hi))
        if code in RATIO_UNITS:
            scale = Decimal(str(unit["ratioScale"]))
            den = 1000 + int(9000 * rnd(ind["code"], year, area, "den"))
            num = int(round(level * den / float(scale)))
            if hi is not None:
                num = min(num, int(Decimal(den) * Decimal(str(hi)) / scale))
            value = (Decimal(num) * scale / Decimal(den)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            return value, num, den
        return Decimal(str(level)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP), None, None

    def rows(self, years):
        """(year, agency, row-dict) in the documented order."""
        for year in years:
            for ind, agency in self.indicators:
                for sex, res, age in self.combos(ind):
                    yield year, agency, self.row(ind, year, self.jurisdiction, sex, res, age)
        by_area = [(ind, agency) for ind, agency in self.indicators if "AREA" in (ind.get("disaggregations") or [])]
        for area in self.areas:
            for year in years:
                for ind, agency in by_area:
                    for sex, res, age in self.combos(ind):
                        yield year, agency, self.row(ind, year, area, sex, res, age)

    def row(self, ind, year, area, sex, res, age):
        value, num, den = self.value(ind, year, area, sex, res, age)
        return {"indicatorCode": ind["code"], "year": year, "areaCode": area, "sex": sex, "residence": res,
                "ageGroup": age, "value": value, "numerator": num, "denominator": den, "source": "bench", "note": None}


def text(v):
    return "" if v is None else str(v)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--catalogue", required=True)
    p.add_argument("--expected", required=True, help="expected-reports JSON (the page's items)")
    p.add_argument("--areas", required=True, help="file with one sub-area code per line")
    p.add_argument("--years", required=True, help="e.g. 2020-2023 or 2023")
    p.add_argument("--rows", type=int, help="stop after this many rows")
    p.add_argument("--api-dir")
    p.add_argument("--format", choices=["csv", "json"], default="csv")
    p.add_argument("--copy-file")
    p.add_argument("--ids")
    p.add_argument("--areas-needed", type=int, metavar="N",
                   help="only print how many sub-areas N rows over --years need (--areas may be /dev/null)")
    a = p.parse_args()

    first, _, last = a.years.partition("-")
    years = list(range(int(first), int(last or first) + 1))
    with open(a.areas) as f:
        areas = [line.strip() for line in f if line.strip()]
    expected = load(a.expected)
    expected = expected["items"] if isinstance(expected, dict) else expected
    gen = Generator(load(a.catalogue), expected, areas)
    if a.areas_needed is not None:
        per_year_jurisdiction = sum(len(gen.combos(i)) for i, _ in gen.indicators)
        per_year_area = sum(len(gen.combos(i)) for i, _ in gen.indicators if "AREA" in (i.get("disaggregations") or []))
        rest = max(0, a.areas_needed - per_year_jurisdiction * len(years))
        print(-(-rest // (per_year_area * len(years))))
        return 0

    limit = a.rows if a.rows is not None else float("inf")
    count = 0
    if a.api_dir:
        os.makedirs(a.api_dir, exist_ok=True)
        groups = {}
        for year, agency, row in gen.rows(years):
            if count >= limit:
                break
            groups.setdefault((year, agency), []).append(row)
            count += 1
        with open(os.path.join(a.api_dir, "index.tsv"), "w") as index:
            for (year, agency), rows in sorted(groups.items(), key=lambda kv: (kv[0][0], -len(kv[1]), kv[0][1])):
                name = os.path.join(a.api_dir, f"{year}-{agency}.{a.format}")
                with open(name, "w", encoding="utf-8", newline="") as out:
                    if a.format == "csv":
                        out.write(",".join(CSV_COLUMNS) + "\n")
                        for r in rows:
                            out.write(",".join(text(r[c]) for c in CSV_COLUMNS) + "\n")
                    else:
                        obs = [{k: (float(v) if isinstance(v, Decimal) else v) for k, v in r.items() if v is not None}
                               for r in rows]
                        # keep the value exactly as generated (one decimal), not as a binary float
                        for o, r in zip(obs, rows):
                            o["value"] = "__V__%s__" % r["value"]
                        body = json.dumps({"agencyCode": agency, "observations": obs}, ensure_ascii=False)
                        out.write(body.replace('"__V__', "").replace('__"', ""))
                index.write(f"{year}\t{agency}\t{len(rows)}\t{name}\n")
    if a.copy_file:
        ids = {}
        with open(a.ids) as f:
            for line in f:
                y, ag, sid, cid = line.rstrip("\n").split("\t")
                ids[(int(y), ag)] = (sid, cid)
        numbers = {}
        with open(a.copy_file, "w", encoding="utf-8") as out:
            for year, agency, r in gen.rows(years):
                if count >= limit:
                    break
                sid, cid = ids[(year, agency)]
                numbers[sid] = numbers.get(sid, 0) + 1
                out.write("\t".join([sid, cid, str(numbers[sid]), r["indicatorCode"], str(year), r["areaCode"], r["sex"],
                                     r["residence"], r["ageGroup"], str(r["value"]),
                                     "\\N" if r["numerator"] is None else str(r["numerator"]),
                                     "\\N" if r["denominator"] is None else str(r["denominator"]),
                                     r["source"], "\\N"]) + "\n")
                count += 1
    print(count)


if __name__ == "__main__":
    sys.exit(main())
