"""Word lists the entity fixes read: titles, organisation words, cue words around names."""

from __future__ import annotations

POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019", "'S", "\u2019S"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _names(text: str) -> frozenset[str]:
    """Capitalised words kept as written (compared with a span's text, not its lower case)."""
    return frozenset(text.split())


TITLES = _words(
    "president vice prime minister premier chancellor king queen prince princess sheikh emir general gen. lt. "
    "col. colonel major sgt. admiral commander secretary ambassador senator sen. rep. representative governor "
    "gov. mayor judge justice chief director spokesman spokeswoman spokesperson chairman chairwoman chair ceo "
    "founder leader pope cardinal bishop rev. reverend dr. dr mr. mr mrs. mrs ms. ms sir dame lord lady "
    "professor prof. deputy foreign defence defense interior finance envoy official head chief-executive coach "
    "captain officer inspector detective president-elect executive economist analyst lawyer attorney researcher "
    "prosecutor commissioner magistrate sheriff superintendent curator cio cto cfo coo "
    "scientist correspondent reporter editor activist candidate striker midfielder goalkeeper manager astronomer "
    "physicist biologist geneticist chemist historian archaeologist epidemiologist virologist "
    "constable cllr cllr. councillor councilor alderman sergeant corporal recorder coroner trustee"
)
ORG_WORDS = _words(
    "agency ministry department service council committee commission bank university college school institute "
    "inc inc. corp corp. co co. ltd ltd. llc plc group company party union association federation organization "
    "organisation army navy force forces police court parliament assembly office news times post press network "
    "foundation fund authority board bureau club league team center centre hospital airlines airways "
    "corporation administration government church sun star herald tribune journal gazette chronicle telegraph "
    "observer mail express program programme command municipality chamber"
)
ARMED_SERVICES = _words("army navy force forces command corps marines guard")
FAC_HEADS = _words("zoo hospital hotel airfield gate galleries facility ground circuit racecourse bazaar maidan souk stadion")  # with FAC_WORDS' stadium, museum, ...
INSTITUTE_CENTRES = _words(
    "research warning medical cancer policy studies study information coordination operations monitoring "
    "resource resources development legal health news training control command action crisis response"
)
RULER_NOUNS = _words("regime dictatorship administration presidency")  # "the Asad regime": named after its ruler
INDUSTRY_WORDS = _words(
    "mining retail energy motors telecom telecoms pharmaceuticals pharma steel petroleum resources holdings "
    "industries logistics foods airlines airways magazine insurance entertainment studios technologies"
)
COUNTRY_ORG_LEADS = frozenset({"Bank", "Air", "Statistics", "Environment", "Health", "Parks", "Transport"})
RELIGIONS = _names(
    "Islam Christianity Judaism Hinduism Buddhism Sikhism Jainism Shinto Shintoism Taoism Confucianism "
    "Zoroastrianism Wicca Catholicism Protestantism Mormonism Bahaism"
)
# believers' adjectives: "the radical Islamic group Hamas" (the model: ORG) speaks of Muslims, like a demonym
FAITH_ADJECTIVES = _names("Islamic Islamist Jewish Muslim Catholic Hindu Buddhist Sikh Shiite Shia Sunni Anglican Protestant")
LEADING_JUNK = _words("near in at from on by after before for with to of and pro anti image photo")
NEAR_WORDS = _words("near nearby outside around off downtown")
MOTION_VERBS = _words(
    "fled flee flees fleeing flew travelled traveled arrived arrives arriving evacuated relocated deported "
    "displaced"
)
COMPASS = _words("north south east west northeast northwest southeast southwest")
OF_PLACE_WORDS = _words(
    "mayor governor town city village port outskirts residents suburb suburbs capital towns cities villages"
)
REGION_NOUNS = _words("region province state county district oblast governorate prefecture")
NAME_PARTICLES = _words("al ar as ad az ash el en ed es de del la le")
CAPTION_WORDS = _words("image photo picture file credit caption video source")
PLACE_PREPOSITIONS = _words("in from to near at outside inside across around off")
PLACE_LINKS = _words("in at")
JOINING_PARTICLES = _words("da de do dos das del di")
SIDE_PREFIXES = _words("pro anti")  # "Pro-Beijing": a side taken, never part of a name
SHIP_PREFIXES = frozenset({"USS", "HMS", "HMAS", "HMCS", "INS", "RFS", "FS", "MV", "RFA", "USNS", "SS"})
CRAFT_PREFIXES = (("Space", "Shuttle"),)  # "Space Shuttle Atlantis": a craft, like a ship
WEAPON_ACRONYMS = _words("IED IEDs VBIED VBIEDs SVBIED SVBIEDs UAV UAVs UAS MANPADS RPG RPGs ATGM ATGMs")
EVENT_HEADS = _words("Summit Dialogue Fair Expo Festival Championship Championships Cup Olympics Awards Trophy Regatta")
# "Real Madrid", "Atletico Madrid", "Sporting Lisbon": a club's word before its city
CLUB_PREFIXES = _names("Real Atletico Atlético Sporting Inter Dynamo Dinamo Olympique Borussia Racing Deportivo")
# one capitalised word that names no one in particular ("the Church", "the State", "Sgt", "QC")
GENERIC_NAMES = _words(
    "church state states centre center department crown coalition administration government ministry sheriff "
    "sgt brig capt lt cpl pte maj col gen adm cmdr qc kc sc enditem"
)
NON_NAME_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "NORP", "GPE", "LOC"})
CITY_RELABEL_MIN_POP = 100_000
PLACE_NOUNS = _words(
    "city town village port island islands province region state county district oblast governorate prefecture "
    "archipelago cities towns villages provinces regions districts neighbourhood neighborhood suburb township "
    "municipality borough constituency"
)
NUMERIC_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})
FAC_WORDS = _words(
    "airport bridge dam stadium palace telescope tower towers hall arena cathedral mosque temple museum station "
    "port harbour canal planetarium road street avenue square base highway pipeline gallery theatre theater shrine "
    "amphitheatre amphitheater pavilion coliseum colosseum ballpark courthouse auditorium"
)
SURNAME_ENDINGS = tuple(
    _words(
        "ovic evic vić ović enko escu oglu idis opoulos sson sen ski sky skyy wicz ova eva ov ev yan shvili dze"
    )
)
ROMAN = _words("II III IV V VI VII VIII IX X XI XII XIII XIV XVI")
GEO_NOUNS = _words(
    "river lake mountains mountain valley desert strait peninsula plateau glacier volcano basin reservoir stream "
    "aquifer lagoon estuary"
)
# "a stake in X", "invested in X", "jobs in X": X may be a firm
HELD_IN = _words("stake stakes shares investment investments interest holding holdings invest invested investing "
                 "job jobs role work worked works")
FAC_AFTER = _words(
    "airport stadium bridge dam palace prison mosque cathedral temple canal station "
    "mine mines oilfield gasfield field smelter reactor bazaar crossing pit"  # not plant/refinery: "the Tesla plant"
)
# "the Moomba gas plant", "the Kuciurgan power station": what a site produces, then the site's noun
SITE_KINDS = _words(
    "oil gas gold copper coal nuclear power hydroelectric hydropower solar wind lithium nickel iron uranium zinc "
    "cobalt diamond lng desalination geothermal"
)
SITE_HEADS = _words("plant station project complex pit refinery terminal deposit field mine farm")
ORG_BEFORE = _words(
    "airline carrier broadcaster carmaker automaker retailer lender insurer miner firm startup conglomerate "
    "newspaper maker operator developer group organisation organization charity movement coalition militia "
    "network company band brand chain label exchange platform giant supplier manufacturer producer trader exporter "
    "publisher broker partnership venture subsidiary unit affiliate agency regulator watchdog club "
    "consultancy contractor fund union daily tabloid magazine think-tank thinktank nonprofit cooperative utility "
    "steelmaker chipmaker drugmaker shipbuilder alliance bloc start-up"
)
ORG_AFTER = _words("party movement coalition alliance militia gang group cartel clan syndicate mafia")
# ", a maker of tank gearboxes": what only a firm is
FIRM_ROLES = _words("maker manufacturer operator supplier exporter importer retailer lender insurer miner carrier")
FIRM_TITLES = _words("chief ceo cfo coo cto cio chairman chairwoman founder executive executives shareholders investors")
FIRM_VERBS = _words("makes owns operates employs sells produces manufactures supplies builds runs")  # ", which makes"
FIGHTERS = _words("rebels fighters militants insurgents guerrillas")  # "M23 rebels": the group, not a place
# "districts such as Bannu and Tank": names listed after a plural place noun are places
LISTED_PLACE_NOUNS = _words(
    "cities towns villages provinces regions districts islands areas suburbs states counties townships "
    "neighbourhoods neighborhoods municipalities settlements hamlets boroughs localities parishes"
)
# "the Ravi, Sutlej and Chenab rivers", "the Sabon Gari and Fagge areas": names listed before a plural place noun
PLURAL_PLACE_NOUNS = LISTED_PLACE_NOUNS - {"states"} | _words("rivers lakes mountains valleys hills")
# "residents of X", "the village of X": only places have residents (unlike "the governor of" or "the port of")
RESIDENT_OF = _words("residents resident villagers townspeople village villages town towns city cities suburb suburbs")
AMOUNT_WORDS = _words("million billion trillion bn mn")
STAFF_NOUNS = _words(
    "traders analysts economists workers officials engineers researchers executives staff employees strategists "
    "bankers managers"
)
LED_BY = _words("led headed founded chaired run")
HOME_VERBS = _words("lives lived living born based raised trains works studied settled")
SURNAME_PARTICLES = _words("de des da das do dos du van von der den di del la le")
STORM_WORDS = frozenset({"Typhoon", "Hurricane", "Cyclone", "Storm", "Tropical"})
HONORIFICS = _words("dr dr. mr mr. mrs mrs. ms ms. prof prof. professor sir dame")
PERSON_TITLES = TITLES | HONORIFICS  # any word a name may follow as a person's title
LOC_ENDINGS = _words(
    "cave caves island islands reef mountains mountain river lake desert glacier volcano peninsula strait sea ocean "
    "park reservoir forest shoal shoals brook creek lagoon bay beach canyon gorge heights hills delta marsh wetlands "
    "ridge valley valleys plateau pass peak gap cove isle dunes estuary fjord falls rock head"
)
# "Richard Hills", "Michael Bay", "Chris Rock", "Edith Head": surnames too
SURNAME_LOC_ENDINGS = _words("hills bay brook beach ridge rock head")
# first words of a landform's name; "Sungai" ... "Teluk": the Malay river, island, mountain, cape and bay
LANDFORM_LEADS = frozenset(
    {"Rio", "Lake", "Mount", "Lago", "Cerro", "Monte", "Jabal", "Jebel", "Djebel", "Sungai", "Pulau", "Gunung", "Tanjung", "Teluk"}
)
GEO_LEADS = (
    LANDFORM_LEADS
    # the first words of valleys, passes, streets, bridges and grounds in the languages of the places local pages
    # name untranslated: "Val di Fassa", "Passo Gardena", "Rue de Wizernes", "Stadion der Freundschaft"
    | {"Val", "Valle", "Passo", "Barranco", "Jezioro", "Lac", "Serra", "Isla", "Ilha", "Pico", "Playa", "Praia", "Baie"}
    | {"Golfo", "Wadi", "Rue", "Calle", "Avenida", "Rua", "Piazza", "Praça", "Pont", "Ponte", "Puente", "Stadion"}
    | {"Estadio", "Stade", "Stadio", "Río"}
    # lochs, gates, hills, villages and saints' places of travel pages: "Loch Indaal", "Bab Boujloud", "Doi Suthep"
    | {"Loch", "Bab", "Doi", "Bukit", "Kampung", "Kampong", "Agios", "Agia", "Ayios"}
)
# the first words of lodgings, streets, temples, churches, palaces and stations named untranslated: "Hotel Sanlan",
# "Posada Los Álamos", "Jalan Hanoman", "Wat Phra Kaew", "Igreja de São Francisco", "Circuit Gilles Villeneuve" (not
# "Mercado" or "Palacio": "Comisión para el Mercado Financiero", "Palacio de Cultura Banamex" are bodies)
SITE_LEADS = frozenset(
    {"Hotel", "Hôtel", "Hostal", "Posada", "Pousada", "Ryokan", "Jalan", "Lorong", "Wat", "Pura", "Igreja", "Iglesia",
     "Basilica", "Basílica", "Palazzo", "Palais", "Plaza", "Gare", "Circuit", "Autódromo", "Autodromo"}
)
# the last words of lodgings: "Casa Banca Lodge", "Mountain Mist Bungalow", "Ebb Hotel"
LODGING_TAILS = frozenset({"Hotel", "Lodge", "Bungalow", "Bungalows", "Guesthouse", "Hostel", "Ecolodge", "Homestay"})
NEWS_OUTLETS = _words("agency channel website outlet network service")
STREET_ENDINGS = _words("street st st. road rd rd. avenue ave ave. lane drive crescent terrace parade boulevard blvd blvd.")
OUTLET_NOUNS = _words("magazine newspaper tabloid website")  # "Maxim magazine": the name before is the outlet
ROYAL = frozenset({"King", "Queen", "Pope", "Prince", "Princess", "Emperor", "Sultan", "Emir", "Crown"})
NAME_LINKS = _words("bin bint ibn al el")
MAX_NAME_TOKENS = 12
COMPANY_WORDS = _words(
    "news times post press gazette herald tribune journal chronicle telegraph observer mail express inc inc. "
    "corp corp. co co. ltd ltd. llc plc group company party union association federation agency ministry bank org"
)
ALIAS_CUES = _words("known nicknamed dubbed alias")
RANKS = _words("prime president minister premier chancellor vice")
CLUB_WORDS = _words("united city villa rovers athletic wanderers albion hotspur fc afc cf sc")
ATTACK_VERBS = _words(
    "struck shelled bombed bombarded raided captured recaptured seized stormed besieged pounded encircled"
)
SPEECH_VERBS = _words("said says told added argued wrote asked replied warned insisted")
NOT_NAME_LABELS = frozenset({"WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})
# "the H20 chip", "its Snapdragon chips", "the Nipah virus": a name before these is a product or a germ
PRODUCT_NOUNS = _words(
    "chip chips processor processors vaccine vaccines virus strain probe lander rover satellite drone drones "
    "missile missiles jet jets smartphone smartphones handset handsets hatchback sedan cards"
)
# "a 38-year-old woman from X", "fishermen from X": people come from places
PEOPLE_FROM = _words(
    "man woman boy girl men women family families farmer farmers fisherman fishermen resident residents villagers "
    "pilgrims student students worker workers migrants refugees people child children teenager"
)
# "pensioners in X", "families in X", "residents of X": people named by where they live; X is a place
LOCAL_PEOPLE = _words(
    "people families residents pensioners commuters households homeowners villagers motorists farmers parents "
    "pupils shopkeepers tenants"
)
# "Co Limerick", "County Kerry", "Barangay Pardo": the word of an administrative area before its name
AREA_PREFIXES = frozenset({"Co", "Co.", "County", "Barangay", "Brgy", "Brgy."})
# "Likoni MP Mishi Mboko", "Ernakulam MLA": the seat before a member's title is a place
SEAT_TITLES = frozenset({"MP", "MPs", "MLA", "MLAs", "MPP", "MSP", "MHA", "TD", "MNA"})
# "the Likoni crossing", "the Kakkanad route": a local site or stretch named after its place
LOCAL_SITE_NOUNS = _words("crossing market route corridor junction bypass terminus ward constituency suburb township")
# words of party names that come before a member's title ("Labour MP", "Fianna Fáil TD"): not a seat
PARTY_WORDS = _words(
    "labour labor conservative conservatives tory tories liberal liberals democrat democrats democratic republican "
    "green greens national nationals independent reform alliance unionist socialist communist congress janata party "
    "fianna fáil fail fine gael sinn féin fein plaid cymru workers people's peoples freedom one nation"
)
# nouns of public utilities and services named after their province or city ("Manitoba Hydro", "Sydney Water")
UTILITY_WORDS = _words("hydro water power electric electricity gas transit metro rail trains buses health ambulance")
# abbreviated titles of local office holders and officers that stand before a name ("Coun.", "Cllr", "MEC", "TD")
LOCAL_TITLES = _names(
    "Coun Cllr Clr Cr Councillor Councilor Ald Alderman MEC MLA MPP MHA MNA MSP TD MP Supt Insp Det Const Sgt Cpl "
    "Hon Atty Snr Sen Rep Gov Lt"
)
# offices held by a named person, written between the place or body and the name ("Penrith Mayor Todd Carney")
OFFICE_TITLES = _words("mayor premier governor councillor councilor minister")
# an office's last word: no one's name ends in it ("the Ashanti Regional Fire Commander", "Kiambu County Commissioner")
TRAILING_TITLES = OFFICE_TITLES | _words("commander commissioner secretary chairman chairperson spokesperson superintendent")
OFFICE_QUALIFIERS = _words("lord executive deputy acting former interim vice prime chief")
# Irish nouns opening the names of state bodies ("An Bord Pleanála", "An Garda Síochána", "An Post")
IRISH_BODY_WORDS = _names("Bord Coimisiún Coimisiun Garda Post Chomhairle Roinn Foras Údarás Udaras Taisce Oifig Chúirt")
# "Ngāi Tahu", "Ngāti Porou": the opening words of the names of Māori iwi (tribes)
IWI_PREFIXES = _names("Ngāi Ngāti Ngai Ngati Ngaati Ngaai")
# last words of local sites and of local bodies that the model takes for people's names
LOCAL_SITE_HEADS = _words(
    "marina mill line lines mile wharf quay jetty pier depot interchange motorway expressway freeway busway oval "
    "showgrounds campus"
)
LOCAL_BODY_HEADS = _words("elementary builders rangers gaa")
# media, file and network formats a page names beside its links ("iTunes (HD) | iTunes (MP3)"): no bodies ("RSS"
# is also the Indian body)
FORMAT_CODES = frozenset({
    "HD", "SD", "HQ", "UHD", "HDR", "4K", "8K", "MP3", "MP4", "PDF", "SDK", "HDMI", "OLED", "LCD", "CGI", "FAQ",
    "HTML", "GIF", "JPEG", "VPN", "4G", "5G", "LTE",
})
SCHOOL_HEADS = frozenset({"Elementary", "Primary"})  # a school's short name, capitalised: "Kinlochewe Primary"
