"""Surface forms of currencies, units, qualifiers and periods, each mapped to its normalized value."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pycountry

ISO_CODES: frozenset[str] = frozenset(c.alpha_3 for c in pycountry.currencies)
# time zones written after a clock time ("0912 GMT"): no currency
TIME_ZONES = frozenset(
    {"GMT", "UTC", "BST", "CET", "EET", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "JST", "IST", "HKT", "SGT"}
)

# symbols written before the number
CURRENCY_PREFIX: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "NT$": "TWD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "₹": "INR", "₩": "KRW", "₽": "RUB", "₦": "NGN", "₪": "ILS", "₺": "TRY", "₴": "UAH", "Rs.": "INR",
    "Rs": "INR",
}
# words written after the number (and multiplier)
CURRENCY_SUFFIX: dict[str, str] = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD",
    "new zealand dollars": "NZD", "singapore dollars": "SGD", "taiwan dollars": "TWD",
    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rupee": "INR", "pakistani rupees": "PKR",
    "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "won": "KRW",
    "swiss francs": "CHF", "francs": "CHF", "hryvnias": "UAH", "hryvnia": "UAH", "lira": "TRY",
    "liras": "TRY", "rand": "ZAR", "naira": "NGN", "shekels": "ILS", "dirhams": "AED", "riyals": "SAR",
    "pesos": "MXN", "reais": "BRL", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "dong": "VND",
    "kroner": "DKK", "kronor": "SEK", "krone": "NOK", "zloty": "PLN", "forint": "HUF", "shillings": "KES",
    "danish kroner": "DKK", "danish krone": "DKK", "norwegian kroner": "NOK", "norwegian krone": "NOK",
    "swedish kronor": "SEK", "swedish krona": "SEK", "mexican pesos": "MXN", "argentine pesos": "ARS",
    "philippine pesos": "PHP", "chilean pesos": "CLP", "colombian pesos": "COP", "egyptian pounds": "EGP",
    "japanese yen": "JPY", "chinese yuan": "CNY", "indian rupees": "INR", "russian rubles": "RUB",
    "russian roubles": "RUB", "south african rand": "ZAR", "turkish lira": "TRY", "brazilian reais": "BRL",
    "saudi riyals": "SAR", "nigerian naira": "NGN", "kenyan shillings": "KES", "ukrainian hryvnias": "UAH",
    "israeli shekels": "ILS", "polish zloty": "PLN", "czech koruna": "CZK", "korean won": "KRW",
    "south korean won": "KRW", "thai baht": "THB", "malaysian ringgit": "MYR", "indonesian rupiah": "IDR",
    "new taiwan dollars": "TWD", "swedish crowns": "SEK", "danish crowns": "DKK", "norwegian crowns": "NOK",
    "czech crowns": "CZK", "krona": "SEK", "koruna": "CZK",
}
# currency words that several countries use: word -> (family, code when the article names none of them)
SHARED_CURRENCY: dict[str, tuple[str, str | None]] = {
    "pesos": ("peso", "MXN"), "peso": ("peso", "MXN"), "dollars": ("dollar", "USD"), "dollar": ("dollar", "USD"),
    "rupees": ("rupee", "INR"), "rupee": ("rupee", "INR"), "pounds": ("pound", "GBP"), "pound": ("pound", "GBP"),
    "crowns": ("crown", None), "crown": ("crown", None), "kroner": ("kroner", "DKK"), "krone": ("kroner", "NOK"),
    "cfa francs": ("cfa", None), "cfa franc": ("cfa", None), "riyals": ("riyal", "SAR"),
    "dirhams": ("dirham", "AED"), "shillings": ("shilling", "KES"),
}
# the country cues (names, demonyms, capitals and dateline cities, case-sensitive) of each code in a family
_COUNTRY_CUES: dict[str, dict[str, str]] = {
    "peso": {"MXN": "Mexico|Mexican", "CLP": "Chile|Chilean|Santiago", "PHP": "Philippines|Philippine|Filipino|Manila",
             "ARS": "Argentina|Argentine|Buenos Aires", "COP": "Colombia|Colombian|Bogota|Bogotá",
             "UYU": "Uruguay|Uruguayan|Montevideo", "DOP": "Dominican Republic|Santo Domingo", "CUP": "Cuba|Cuban|Havana"},
    "dollar": {"USD": "United States|U\\.S\\.|US|American|Washington", "AUD": "Australia|Australian|Canberra|Sydney",
               "CAD": "Canada|Canadian|Ottawa|Toronto", "NZD": "New Zealand|Wellington|Auckland",
               "HKD": "Hong Kong", "SGD": "Singapore|Singaporean", "TWD": "Taiwan|Taiwanese|Taipei"},
    "rupee": {"INR": "India|Indian|New Delhi|Mumbai", "PKR": "Pakistan|Pakistani|Islamabad|Karachi|Lahore",
              "LKR": "Sri Lanka|Sri Lankan|Colombo", "NPR": "Nepal|Nepali|Nepalese|Kathmandu"},
    "pound": {"GBP": "Britain|British|United Kingdom|UK|U\\.K\\.|England|London", "EGP": "Egypt|Egyptian|Cairo",
              "LBP": "Lebanon|Lebanese|Beirut", "SYP": "Syria|Syrian|Damascus"},
    "crown": {"SEK": "Sweden|Swedish|Stockholm", "NOK": "Norway|Norwegian|Oslo", "DKK": "Denmark|Danish|Copenhagen",
              "CZK": "Czech|Czechia|Prague", "ISK": "Iceland|Icelandic|Reykjavik"},
    "kroner": {"DKK": "Denmark|Danish|Copenhagen", "NOK": "Norway|Norwegian|Oslo"},
    "cfa": {"XOF": "Ivory Coast|Côte d'Ivoire|Cote d'Ivoire|Ivorian|Senegal|Senegalese|Mali|Malian|Burkina Faso|"
                   "Niger|Nigerien|Benin|Togo|Guinea-Bissau|Abidjan|Dakar|Bamako|Ouagadougou|Niamey|Lome|Cotonou",
            "XAF": "Cameroon|Cameroonian|Gabon|Gabonese|Chad|Chadian|Central African Republic|Congo-Brazzaville|"
                   "Equatorial Guinea|Yaounde|Douala|Libreville|N'Djamena|Brazzaville|Malabo|Bangui"},
    "riyal": {"SAR": "Saudi|Riyadh", "QAR": "Qatar|Qatari|Doha", "YER": "Yemen|Yemeni|Sanaa"},
    "dirham": {"AED": "Emirates|Emirati|UAE|Dubai|Abu Dhabi", "MAD": "Morocco|Moroccan|Rabat|Casablanca"},
    "shilling": {"KES": "Kenya|Kenyan|Nairobi", "UGX": "Uganda|Ugandan|Kampala",
                 "TZS": "Tanzania|Tanzanian|Dar es Salaam|Dodoma", "SOS": "Somalia|Somali|Mogadishu"},
}
# a cue as a whole word, written as a name or in a dateline's capitals ("SANTIAGO (Reuters) -")
COUNTRY_CUES: dict[str, dict[str, re.Pattern[str]]] = {
    fam: {code: re.compile(rf"(?<![\w.])(?:{cues}|{cues.upper()})(?!\w)") for code, cues in codes.items()}
    for fam, codes in _COUNTRY_CUES.items()
}
# "pounds" is money only with a multiplier ("5 million pounds"); "300 pounds" is a weight
AMBIGUOUS_CURRENCY = {"pounds": "GBP", "pound": "GBP"}

PERCENT_UNITS: dict[str, str] = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent",
    "percentage points": "percentage_point", "percentage point": "percentage_point",
    "pp": "percentage_point", "basis points": "basis_point",
    "basis point": "basis_point", "bps": "basis_point",
}
DURATION_UNITS: dict[str, str] = {
    "years": "year", "year": "year", "yrs": "year", "months": "month", "month": "month", "weeks": "week",
    "week": "week", "days": "day", "day": "day", "hours": "hour", "hour": "hour", "hrs": "hour",
    "minutes": "minute", "minute": "minute", "mins": "minute", "seconds": "second", "second": "second",
    "decades": "decade", "decade": "decade", "centuries": "century", "century": "century",
    "quarters": "quarter",  # "for seven consecutive quarters" (plural only: "a quarter of" is a fraction)
}
# rate units that stay in the span ("barrels per day")
_RATES = {"day": "day", "d": "day", "year": "year", "yr": "year", "hour": "hour", "h": "hour"}
QUANTITY_UNITS: dict[str, str] = {
    "barrels per day": "barrel/day", "barrels a day": "barrel/day", "barrels of oil per day": "barrel/day",
    "barrels of oil a day": "barrel/day", "bpd": "barrel/day", "b/d": "barrel/day", "barrels": "barrel",
    "barrel": "barrel", "kilometres per hour": "km/h", "kilometers per hour": "km/h", "km/h": "km/h",
    "kph": "km/h", "miles per hour": "mph", "mph": "mph", "knots": "knot",
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km",
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "km2": "km2", "km²": "km2",
    "square miles": "mi2", "sq miles": "mi2", "miles": "mile", "mile": "mile", "metres": "m", "meters": "m",
    "metre": "m", "meter": "m", "m": "m", "centimetres": "cm", "centimeters": "cm", "cm": "cm",
    "millimetres": "mm", "millimeters": "mm", "mm": "mm", "feet": "ft", "foot": "ft", "ft": "ft",
    "inches": "inch", "inch": "inch", "yards": "yd", "yard": "yd", "microns": "um", "micron": "um",
    "micrometres": "um", "micrometers": "um", "hectares": "ha", "hectare": "ha", "ha": "ha", "acres": "acre",
    "acre": "acre", "tonnes": "tonne", "tonne": "tonne", "metric tons": "tonne", "metric tonnes": "tonne",
    "tons": "tonne", "ton": "tonne", "kilograms": "kg", "kilogrammes": "kg", "kilogram": "kg",
    "kg": "kg", "kilos": "kg", "grams": "g", "gram": "g", "lbs": "lb", "lb": "lb",
    "litres": "l", "liters": "l", "litre": "l", "liter": "l", "gallons": "gallon", "gallon": "gallon",
    "cubic metres": "m3", "cubic meters": "m3", "cubic feet": "ft3",
    "degrees celsius": "degC", "degrees centigrade": "degC", "degrees c": "degC", "°c": "degC", "ºc": "degC",
    "degrees fahrenheit": "degF", "degrees f": "degF", "°f": "degF", "ºf": "degF", "degrees": "degree",
    "megawatts": "MW", "megawatt": "MW", "mw": "MW", "gigawatts": "GW", "gigawatt": "GW", "gw": "GW",
    "kilowatts": "kW", "kw": "kW", "kilowatt hours": "kWh", "kilowatt-hours": "kWh", "kwh": "kWh",
    "megawatt hours": "MWh", "mwh": "MWh", "terawatt hours": "TWh", "twh": "TWh", "gigawatt hours": "GWh",
    "gwh": "GWh", "gigabytes": "GB", "gb": "GB", "terabytes": "TB", "tb": "TB", "megabytes": "MB",
    "mb": "MB", "calories": "kcal", "kcal": "kcal", "volts": "V", "mg": "mg", "milligrams": "mg",
    "ml": "ml", "millilitres": "ml", "milliliters": "ml", "points": "point", "point": "point",
    "magnitude": "magnitude", "megatons": "megaton", "megatonnes": "megaton", "megaton": "megaton",
    "kilotons": "kiloton", "kilotonnes": "kiloton", "kiloton": "kiloton", "megapixels": "megapixel",
    "megapixel": "megapixel", "frames per second": "fps", "fps": "fps", "square feet": "ft2", "sq ft": "ft2",
    "nautical miles": "nmi", "light years": "ly", "light-years": "ly",
    # energy written out with a hyphen, joules (ocean heat, national energy use), cargo and gas volumes
    "kilowatt-hour": "kWh", "kilowatt hour": "kWh", "megawatt-hours": "MWh", "megawatt-hour": "MWh",
    "megawatt hour": "MWh", "gigawatt-hours": "GWh", "gigawatt-hour": "GWh", "gigawatt hour": "GWh",
    "terawatt-hours": "TWh", "terawatt-hour": "TWh", "terawatt hour": "TWh", "kilowatt": "kW",
    "terawatts": "TW", "terawatt": "TW", "joules": "J", "kilojoules": "kJ", "megajoules": "MJ",
    "gigajoules": "GJ", "terajoules": "TJ", "petajoules": "PJ", "exajoules": "EJ", "zettajoules": "ZJ",
    "zettajoule": "ZJ", "teu": "TEU", "teus": "TEU", "twenty-foot equivalent units": "TEU",
    "twenty-foot equivalent unit": "TEU", "bcm": "bcm",
    "knot": "knot", "square metres": "m2", "square meters": "m2",
    "sq m": "m2", "m2": "m2", "m²": "m2", "square kilometre": "km2", "square kilometer": "km2",
    "square mile": "mi2", "gigatonnes": "gigatonne", "gigatons": "gigatonne", "gigatonne": "gigatonne",
    "ounces": "oz", "ounce": "oz", "troy ounces": "oz", "oz": "oz",
    "carats": "carat", "carat": "carat", "horsepower": "hp", "decibels": "dB",
    "parts per million": "ppm", "ppm": "ppm", "megabits per second": "Mbps", "mbps": "Mbps",
    "gigabits per second": "Gbps", "gbps": "Gbps", "kilometres an hour": "km/h", "kilometers an hour": "km/h",
    "miles an hour": "mph", "metres per second": "m/s", "meters per second": "m/s",
    "cubic metres per second": "m3/s", "cubic meters per second": "m3/s",
    "barrels of oil equivalent per day": "boe/day", "boepd": "boe/day", "boe/d": "boe/day",
}
POUND_WEIGHT = "lb"

QUALIFIERS: dict[str, str] = {
    "about": "approx", "roughly": "approx", "approximately": "approx", "approx.": "approx", "some": "approx",
    "an estimated": "approx", "estimated": "approx", "around": "approx", "circa": "approx", "c.": "approx",
    "nearly": "at_most", "almost": "at_most", "up to": "at_most", "less than": "at_most",
    "fewer than": "at_most", "under": "at_most", "below": "at_most", "no more than": "at_most",
    "as many as": "at_most", "as much as": "at_most", "just under": "at_most", "just below": "at_most",
    "not more than": "at_most", "at most": "at_most", "a maximum of": "at_most", "close to": "approx",
    "more than": "at_least", "over": "at_least", "at least": "at_least", "upwards of": "at_least",
    "in excess of": "at_least", "above": "at_least", "exceeding": "at_least", "just over": "at_least",
    "well over": "at_least", "no fewer than": "at_least", "no less than": "at_least", "a minimum of": "at_least",
    "more than an estimated": "at_least", "some estimated": "approx", "an approximate": "approx",
    "approximate": "approx", "~": "approx", "smaller than": "at_most", "lower than": "at_most",
    "larger than": "at_least", "bigger than": "at_least", "greater than": "at_least", "higher than": "at_least", "as high as": "at_most", "as low as": "at_least",
    "as little as": "at_least", "as few as": "at_least", "near": "approx", "upward of": "at_least",
    "a little over": "at_least", "a little more than": "at_least", "slightly more than": "at_least",
    "slightly less than": "at_most", "well above": "at_least", "well below": "at_most",
    "in the region of": "approx", "roughly around": "approx", "within": "at_most", "topping": "at_least", "topped": "at_least",
    "to top": "at_least", "tops": "at_least",
    "surpassing": "at_least",
}
PERIODS: dict[str, str] = {
    "annually": "year", "yearly": "year", "annual": "year", "annualised": "year", "annualized": "year", "per annum": "year", "a year": "year", "per year": "year",
    "each year": "year", "every year": "year", "a-year": "year", "monthly": "month", "a month": "month",
    "per month": "month", "each month": "month", "every month": "month", "weekly": "week", "a week": "week",
    "per week": "week", "each week": "week", "every week": "week", "daily": "day", "a day": "day",
    "per day": "day", "each day": "day", "every day": "day", "quarterly": "quarter", "a quarter": "quarter",
    "per quarter": "quarter", "each quarter": "quarter", "an hour": None, "per hour": None,
}
UNIT_PERIODS = {"barrel/day": "day", "boe/day": "day"}


def alternation(keys: list[str] | dict[str, object]) -> str:
    """Regex alternation of literal keys, longest first, spaces matching any whitespace."""
    parts = sorted(keys, key=len, reverse=True)
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in parts)


# characters besides an ASCII letter's two cases that match it under re.IGNORECASE
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _trie(keys: Iterable[str]) -> dict:
    """The keys' characters as nested dicts; an empty-string child marks where a key ends."""
    trie: dict = {}
    for key in keys:
        node = trie
        for c in key:
            node = node.setdefault(c, {})
        node[""] = {}
    return trie


def word_trie(words: list[str], whole: bool = True) -> str:
    """Case-sensitive regex of character classes accepting any of words (lower case), fast to reject.

    whole: a word must end before an ASCII letter. Each class also holds the characters IGNORECASE folds to
    its letter, so the trie accepts every text an IGNORECASE pattern starting with one of the words matches.
    """
    trie = _trie(words)

    def emit(node: dict) -> str:
        if "" in node and not whole:
            return ""  # a shorter word already accepts
        alts = [r"(?![a-zA-Z])" if c == "" else f"[{c}{c.upper()}{_FOLDS.get(c, '')}]" + emit(child)
                for c, child in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return "(?-i:" + emit(trie) + ")"


def prefix_trie(keys: list[str], n: int = 3) -> str:
    """Regex (for an IGNORECASE pattern) accepting any text that starts as one of keys does: its first n
    characters before any space. A cheap test in front of a long alternation of those keys."""
    trie = _trie(re.split(r"\s", k.lower())[0][:n] for k in keys)

    def emit(node: dict) -> str:
        if "" in node:
            return ""  # a key ends here: anything may follow
        alts = [f"[{re.escape(c)}]" + emit(child) for c, child in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie)
