/**
 * Small closed classes of English words that decide whether a capitalised name is a place:
 * what may come before it ("in", "northern"), after it ("Province", "Street", "Forces").
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Prepositions that introduce a location: "in Baghuz", "from Syria", "near Idlib". */
export const LOCATIVE =
  set(`in at from to into near outside inside across toward towards via through
  around within throughout between reach reached entered left fled`);

/** Lower-case words allowed inside a multi-word name: "Bosnia and Herzegovina", "Deir ez-Zor". */
export const NAME_CONNECTORS = set(`de del della di da do dos das du des la le les el al ez az ad
  ar as an of and the on upon sur am im en y van von der den ter bin ibn bani beni`);

/** A type word after a name makes it a region: "Idlib Province", "Hasakah governorate". */
export const ADMIN_TYPE_WORDS = set(`province governorate region state district county prefecture
  oblast emirate department municipality wilaya canton`);

/** "Idlib city", "Kansas City": the town, not the region. */
export const CITY_TYPE_WORDS = set('city town village');

/** After a name, these make it a street, building or market, not the town: "Agadir Street". */
export const FACILITY_WORDS = set(`street st road rd avenue ave boulevard square market bazaar souk
  bridge airport station mosque church cathedral temple synagogue hospital prison jail stadium hotel
  park mall tower palace gate hall school college university academy museum port harbour harbor
  camp base embassy consulate highway motorway`);

/**
 * Heads of organisation names: a place inside "Syrian Democratic Forces" or "Syrian Observatory
 * for Human Rights" names the organisation, not the place.
 */
export const ORGANISATION_HEADS = set(`forces force army observatory party front council ministry
  agency organisation organization committee coalition union brigade brigades battalion movement
  court bank company corporation corp inc ltd airlines airways times post news press herald
  tribune journal gazette telegraph institute foundation association network tv radio league club
  fc united police guard guards navy corps service services department office authority
  commission centre center federation fund trust group society alliance daily weekly magazine
  review television broadcasting channel agency assembly`);

/** A name before these names a disease or a strain, not a place: "Marburg virus". */
export const NAMED_AFTER_WORDS = set(
  'virus fever disease flu influenza syndrome strain ebolavirus',
);

/** Verbs of saying: a small town that "said" something is a person ("Burton said"). */
export const REPORTING_VERBS = set(`said says told tells added adds wrote writes explained explains
  noted notes stated states asked asks argued argues insisted insists claimed claims tweeted
  recalled recalls warned warns according`);

/** Function words a name never starts with ("A Texas" is "Texas"). */
export const FUNCTION_WORDS = set(`a an the in on at of to for from by with and or but as it he she
  they we this that these those his her its their our my your no not all some any`);

/** Titles and government words that may follow a country or demonym: "Moroccan Government". */
export const GOVERNMENT_WORDS = set(`government president prime minister ministers foreign interior
  defence defense king queen prince emir ambassador embassy authorities parliament senate congress
  military officials official state secretary mayor governor chief health premier consul
  spokesman spokeswoman`);

/** Compass modifiers: "northern Iraq", "North-east Syria". */
export const DIRECTIONS = set(`north south east west northern southern eastern western northeast
  northwest southeast southwest north-east north-west south-east south-west northeastern
  northwestern southeastern southwestern central upper lower greater`);

/** Never place names, whatever a gazetteer says: calendar words and pronoun-like capitals. */
export const NEVER_PLACES = set(`january february march april may june july august september
  october november december monday tuesday wednesday thursday friday saturday sunday i god`);

/** "the village of X", "the province of X": what comes before a place name. */
export const PLACE_OF =
  /(?:town|city|village|province|region|district|governorate|capital|suburb|port) of\s*$/i;
