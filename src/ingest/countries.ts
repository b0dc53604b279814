/**
 * Countries and the adjective each takes ("Zimbabwe" → "Zimbabwean"), and capitals with their state's adjective ("Bangui"
 * → "Central African"): one place for naming a proposed actor the same way whichever form an article prints ("Zimbabwe's
 * government", "the government of Zimbabwe", "the Zimbabwean government", "the government in Harare"), and for telling,
 * when scoring, that two such names are one actor.
 */
const TABLE =
  'afghanistan:afghan albania:albanian algeria:algerian angola:angolan argentina:argentine armenia:armenian australia:australian ' +
  'austria:austrian azerbaijan:azerbaijani bahrain:bahraini bangladesh:bangladeshi belarus:belarusian belgium:belgian benin:beninese ' +
  'bolivia:bolivian bosnia:bosnian botswana:botswanan brazil:brazilian britain:british bulgaria:bulgarian burkina-faso:burkinabe ' +
  'burundi:burundian cambodia:cambodian cameroon:cameroonian canada:canadian chad:chadian chile:chilean china:chinese ' +
  'colombia:colombian congo:congolese croatia:croatian cuba:cuban cyprus:cypriot czechia:czech denmark:danish ecuador:ecuadorian ' +
  'egypt:egyptian eritrea:eritrean estonia:estonian ethiopia:ethiopian finland:finnish france:french gabon:gabonese gambia:gambian ' +
  'georgia:georgian germany:german ghana:ghanaian greece:greek guatemala:guatemalan guinea:guinean haiti:haitian honduras:honduran ' +
  'hungary:hungarian india:indian indonesia:indonesian iran:iranian iraq:iraqi ireland:irish israel:israeli italy:italian ' +
  'japan:japanese jordan:jordanian kazakhstan:kazakh kenya:kenyan kosovo:kosovan kuwait:kuwaiti kyrgyzstan:kyrgyz latvia:latvian ' +
  'lebanon:lebanese lesotho:basotho liberia:liberian libya:libyan lithuania:lithuanian madagascar:malagasy malawi:malawian ' +
  'malaysia:malaysian mali:malian mauritania:mauritanian mexico:mexican moldova:moldovan mongolia:mongolian montenegro:montenegrin ' +
  'morocco:moroccan mozambique:mozambican myanmar:myanmar namibia:namibian nepal:nepali netherlands:dutch nicaragua:nicaraguan ' +
  'niger:nigerien nigeria:nigerian norway:norwegian oman:omani pakistan:pakistani palestine:palestinian panama:panamanian ' +
  'paraguay:paraguayan peru:peruvian philippines:philippine poland:polish portugal:portuguese qatar:qatari romania:romanian ' +
  'russia:russian rwanda:rwandan saudi-arabia:saudi senegal:senegalese serbia:serbian sierra-leone:sierra-leonean ' +
  'slovakia:slovak slovenia:slovenian somalia:somali south-africa:south-african south-sudan:south-sudanese spain:spanish ' +
  'sri-lanka:sri-lankan sudan:sudanese sweden:swedish switzerland:swiss syria:syrian taiwan:taiwanese tajikistan:tajik ' +
  'tanzania:tanzanian thailand:thai togo:togolese tunisia:tunisian turkey:turkish turkmenistan:turkmen uganda:ugandan ' +
  'ukraine:ukrainian uruguay:uruguayan uzbekistan:uzbek venezuela:venezuelan vietnam:vietnamese yemen:yemeni zambia:zambian ' +
  'zimbabwe:zimbabwean united-states:american';

const PAIRS = TABLE.split(' ').map((pair) => pair.split(':').map((w) => w.replace(/-/g, ' ')) as [string, string]);
const DEMONYM_OF = new Map(PAIRS);
const COUNTRY_OF = new Map([...PAIRS.map(([country, demonym]) => [demonym, country] as [string, string]), ['us', 'united states'], ['usa', 'united states'], ['u.s.', 'united states'], ['america', 'united states'], ['uk', 'britain'], ['united kingdom', 'britain']]);
const titled = (s: string) => s.replace(/(^|\s)(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** The adjective of a country named in any case ("Zimbabwe" → "Zimbabwean"), or null. */
export function demonymOf(country: string): string | null {
  const d = DEMONYM_OF.get(country.toLowerCase());
  return d ? titled(d) : null;
}

/** The country of an adjective ("Zimbabwean" → "zimbabwe"), or of its own name, lower case; null for neither. */
export function countryOf(word: string): string | null {
  const w = word.toLowerCase();
  return COUNTRY_OF.get(w) ?? (DEMONYM_OF.has(w) ? w : null);
}

/** Every country name and adjective, for finding them in text: capitalised or lower case, and the acronyms in capitals only
 * ("US", never the pronoun "us"). */
export const COUNTRY_WORDS = new RegExp(
  `\\b(?:${[...PAIRS.flat().flatMap((w) => [w, titled(w)]), 'US', 'USA', 'U.S.', 'UK', 'America', 'United Kingdom', 'United States']
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\./g, '\\.').replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}])`,
  'gu',
);

/**
 * The countries a text names as countries, lower case, in order: capitalised only ("turkey" is a bird), and not a first name
 * or an adjective inside a longer name ("Jordan Pike", "Chad Miller", "Turkish Airlines").
 */
export function countriesNamed(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(COUNTRY_WORDS)) {
    if (!/^\p{Lu}/u.test(m[0]) || /^\s+\p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    const c = countryOf(m[0].replace(/\s+/g, ' '));
    if (c) out.push(c);
  }
  return out;
}

/**
 * Capitals and the adjective of their state, for capitals the graph's places do not describe: a capital named as a speaker
 * ("Madrid has ruled out both", "the government in Bangui") is its government. Sofia, Santiago and Victoria, more often
 * people than governments in the news, are left out, and so is Brussels, which in the news is the EU. Paris, Lima and
 * Washington stay: a person the page names in full ("Lima Oster, a nurse, ... Lima said") is read before a capital.
 */
const CAPITALS = new Map<string, string>(
  (
    'madrid:Spanish athens:Greek berlin:German rome:Italian london:British beijing:Chinese tokyo:Japanese ' +
    'delhi:Indian islamabad:Pakistani kabul:Afghan baghdad:Iraqi tehran:Iranian ankara:Turkish moscow:Russian damascus:Syrian beirut:Lebanese ' +
    'amman:Jordanian cairo:Egyptian riyadh:Saudi doha:Qatari kyiv:Ukrainian kiev:Ukrainian warsaw:Polish lisbon:Portuguese ' +
    'stockholm:Swedish oslo:Norwegian copenhagen:Danish helsinki:Finnish dublin:Irish ottawa:Canadian canberra:Australian ' +
    'brasilia:Brazilian caracas:Venezuelan bogota:Colombian khartoum:Sudanese tripoli:Libyan algiers:Algerian rabat:Moroccan tunis:Tunisian ' +
    'abuja:Nigerian nairobi:Kenyan seoul:South-Korean pyongyang:North-Korean manila:Philippine jakarta:Indonesian hanoi:Vietnamese bangkok:Thai ' +
    'dhaka:Bangladeshi minsk:Belarusian tbilisi:Georgian yerevan:Armenian baku:Azerbaijani tashkent:Uzbek sanaa:Yemeni muscat:Omani ' +
    'lilongwe:Malawian harare:Zimbabwean kinshasa:Congolese bamako:Malian yaounde:Cameroonian dakar:Senegalese accra:Ghanaian kampala:Ugandan ' +
    'pristina:Kosovan belgrade:Serbian budapest:Hungarian prague:Czech bucharest:Romanian taipei:Taiwanese ' +
    // Not capitals that are given names or seats of other bodies (Sofia, Santiago, Brussels) nor a country's other city (Amsterdam).
    'bangui:Central-African n\'djamena:Chadian ndjamena:Chadian juba:South-Sudanese lima:Peruvian quito:Ecuadorian ' +
    'montevideo:Uruguayan asuncion:Paraguayan asunción:Paraguayan havana:Cuban managua:Nicaraguan tegucigalpa:Honduran bratislava:Slovak ' +
    'ljubljana:Slovenian zagreb:Croatian sarajevo:Bosnian skopje:Macedonian tirana:Albanian podgorica:Montenegrin chisinau:Moldovan ' +
    'vilnius:Lithuanian riga:Latvian tallinn:Estonian vienna:Austrian bern:Swiss paris:French ' +
    'reykjavik:Icelandic valletta:Maltese nicosia:Cypriot astana:Kazakh bishkek:Kyrgyz dushanbe:Tajik ashgabat:Turkmen ' +
    'ulaanbaatar:Mongolian kathmandu:Nepali colombo:Sri-Lankan naypyidaw:Myanmar vientiane:Lao manama:Bahraini niamey:Nigerien ' +
    'ouagadougou:Burkinabe conakry:Guinean freetown:Sierra-Leonean monrovia:Liberian nouakchott:Mauritanian banjul:Gambian lome:Togolese ' +
    'lomé:Togolese libreville:Gabonese brazzaville:Congolese kigali:Rwandan bujumbura:Burundian gitega:Burundian dodoma:Tanzanian ' +
    'mogadishu:Somali asmara:Eritrean lusaka:Zambian maputo:Mozambican antananarivo:Malagasy windhoek:Namibian gaborone:Botswanan ' +
    'maseru:Basotho pretoria:South-African luanda:Angolan washington:American wellington:New-Zealand'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string])
    .map(([city, demonym]) => [city, demonym.replace('-', ' ')]),
);

/** The adjective of the state whose capital this is ("Bangui" → "Central African"), in any case; undefined for no capital in the table. */
export const demonymOfCapital = (capital: string): string | undefined => CAPITALS.get(capital.toLowerCase());
