/**
 * Dutch municipalities, towns and villages, with Gennep's villages and region first, plus countries residents
 * come from. A place name outside an address is an ordinary fact, so these never count as a person's name.
 * Multi-word names are written with "_"; their last word is a place on its own too ("Den Haag" → "haag").
 */
const LIST = `gennep heijen ottersum milsbeek ven-zelderheide zelderheide afferden bergen siebengewald well wellerlooi
  nieuw-bergen aijen boxmeer cuijk grave mill sint_anthonis land_van_cuijk maashorst uden veghel oss venray
  venlo horst maasbree sevenum tienray oostrum wanssum meerlo blitterswijck nijmegen groesbeek berg_en_dal
  heumen malden molenhoek mook middelaar plasmolen wijchen beuningen druten arnhem ede wageningen
  renkum apeldoorn deventer zutphen doetinchem winterswijk tiel culemborg zaltbommel goch kleef kleve kevelaer
  weeze duitsland belgië nederland limburg gelderland brabant noord-brabant overijssel utrecht zeeland friesland
  groningen drenthe flevoland holland noord-holland zuid-holland amsterdam rotterdam den_haag 's-gravenhage
  eindhoven tilburg breda helmond 's-hertogenbosch den_bosch maastricht heerlen sittard geleen roermond weert
  kerkrade echt susteren stein meerssen valkenburg vaals gulpen brunssum landgraaf nuth voerendaal
  simpelveld eijsden margraten peel_en_maas panningen helden beesel reuver swalmen leudal roerdalen maasgouw
  nederweert bergen_op_zoom roosendaal etten-leur oosterhout waalwijk dongen gilze_rijen goirle hilvarenbeek
  oisterwijk boxtel best veldhoven valkenswaard geldrop mierlo nuenen son_en_breugel eersel bladel reusel
  bergeijk cranendonck heeze leende someren asten deurne gemert bakel laarbeek boekel meierijstad schijndel
  sint-michielsgestel vught haaren heusden drunen vlijmen rosmalen bernheze heesch lith maasdonk
  enschede hengelo almelo zwolle kampen lelystad almere emmen assen leeuwarden sneek heerenveen drachten
  haarlem leiden delft dordrecht zoetermeer gouda alkmaar hoorn purmerend zaandam zaanstad hilversum amersfoort
  veenendaal nieuwegein zeist houten ijsselstein woerden alphen_aan_den_rijn schiedam vlaardingen spijkenisse
  capelle_aan_den_ijssel middelburg vlissingen goes terneuzen hulst harderwijk ermelo nunspeet barneveld
  nijkerk epe hattem elburg zevenaar duiven westervoort lingewaard bemmel huissen elst overbetuwe neder-betuwe
  kesteren rhenen buren geldermalsen west_betuwe maasdriel west_maas_en_waal beneden-leeuwen dodewaard
  gorinchem leerdam vianen schagen den_helder texel katwijk noordwijk wassenaar rijswijk voorburg
  beverwijk heemskerk velsen ijmuiden hoofddorp haarlemmermeer amstelveen diemen zandvoort edam volendam
  antwerpen brussel gent luik aken keulen düsseldorf duisburg essen
  turkije marokko suriname curaçao aruba syrië polen oekraïne eritrea afghanistan irak iran somalië
  europa afrika azië amerika noord-amerika zuid-amerika oceanië australië caribisch_nederland randstad`

const entries = (list: string) =>
  list.split(/\s+/).flatMap((entry) => {
    const words = entry.split('_')
    return words.length === 1 ? [entry] : [words.join(' '), words.at(-1)!]
  })

export const PLACES: ReadonlySet<string> = new Set(entries(LIST))

/**
 * The places above that are villages, towns or districts inside a municipality (as of 2025, after the mergers
 * into Land van Cuijk, Maashorst, Meierijstad and others): below the municipality, so they are redacted.
 */
const LOCAL = `heijen ottersum milsbeek ven-zelderheide zelderheide afferden siebengewald well wellerlooi nieuw-bergen
  aijen boxmeer cuijk grave mill sint_anthonis uden veghel maasbree sevenum tienray oostrum wanssum meerlo
  blitterswijck groesbeek malden molenhoek mook middelaar plasmolen panningen helden reuver swalmen geleen sittard
  susteren echt nuth margraten eijsden mierlo geldrop leende heeze drunen vlijmen rosmalen heesch lith maasdonk
  schijndel gemert bakel zaandam voorburg ijmuiden hoofddorp volendam edam bemmel huissen elst kesteren
  geldermalsen beneden-leeuwen dodewaard vianen leerdam sneek drachten spijkenisse haaren`

export const LOCAL_PLACES: ReadonlySet<string> = new Set(entries(LOCAL))
