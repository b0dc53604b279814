/**
 * Countries and the adjective each takes ("Zimbabwe" → "Zimbabwean"): one table for naming a proposed actor the same way
 * whichever form an article prints ("Zimbabwe's government", "the government of Zimbabwe", "the Zimbabwean government"),
 * and for telling, when scoring, that two such names are one actor.
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
