/**
 * Capitalised words that are never a person's name here (lower case): function words and sentence starters,
 * days and months, the social-domain vocabulary and the organisations residents deal with.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `ik je jij u hij zij ze wij we jullie mijn m'n jouw je uw zijn z'n haar ons onze hun hen men het de een 't
  en maar of want dus toen dan daarna daarom eerst ook nu niet geen wel er hier daar dit dat deze die wat wie
  welke waar waarom hoe wanneer als omdat sinds na voor met bij in op aan van naar uit over door tegen tot om per
  zonder onder boven tussen achter naast al alle allemaal veel weinig soms vaak altijd nooit gisteren vandaag
  morgen vorige vorig volgende volgend graag helaas ja nee hallo hoi hey beste geachte lieve groet groeten
  vriendelijke hartelijke dank bedankt sorry excuus oké ok goed slecht prima fijn jammer toch nog even later
  laatst eindelijk opeens ineens misschien waarschijnlijk gelukkig natuurlijk echt zelf zelfs alleen samen
  iedereen niemand iemand niets iets alles elke elk ieder iedere ander andere anders enkele sommige meer
  meest minder minst heel erg zeer te zo zoals toen terwijl hoewel zodat totdat voordat nadat tenzij mits
  wordt werd worden is was waren ben bent heb hebt heeft hebben had hadden kan kun kunt kunnen kon konden
  zal zult zullen zou zouden moet moeten moest mag mogen wil wilt willen wou ga gaat gaan ging kom komt komen
  kwam krijg krijgt kregen kreeg zeg zegt zei belde bel bellen stuur stuurde mail mailde schreef schrijf lees
  graag dringend nogmaals ondertussen inmiddels intussen verder vervolgens tenslotte ten slotte kortom
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo
  januari februari maart april mei juni juli augustus september oktober november december
  feb mrt apr jun jul aug sep sept okt nov dec
  monday tuesday wednesday thursday friday saturday sunday january february march may june july august
  october the a an my your his her our their i you he she it we they me him us them this that these those
  and but or so then when what who why how where yes no hello hi dear thanks thank please sorry today
  yesterday tomorrow also not very just still again since because after before with from about into
  is are was were am be been have has had do does did can could will would should must may might
  wmo jeugdwet participatiewet awb avg wlz zvw pgb zin bijstand toeslagen toeslag belastingdienst uwv cak svb
  duo ggd ggz cjg sociaal sociale wijkteam wijkteams gemeente gemeenten college raad wethouder burgemeester
  klankbord vertrouwenspersoon ombudsman ombudsfunctie nationale kinderombudsman rechtbank rechter bezwaar
  beroep klacht klachten melding signaal brief beschikking besluit aanvraag indicatie zorgaanbieder zorg
  jeugdzorg jeugdhulp thuiszorg huishoudelijke hulp dagbesteding begeleiding schuldhulp schuldhulpverlening
  schuldsanering wsnp voedselbank humanitas vluchtelingenwerk mee zorgbelang zorgverzekeraar menzis vgz cz
  zilveren kruis achmea dsw rabobank ing abn amro sns asn triodos bunq knab regiobank heijn jumbo
  lidl aldi action hema kruidvat plus coop spar linders bol zalando coolblue whatsapp facebook instagram google
  microsoft apple tiktok youtube digid mijnoverheid postnl ns arriva breng hermes valys taxi kinderbescherming
  veilig thuis politie huisarts ziekenhuis radboudumc maasziekenhuis pantein dichterbij unik synthese
  woonstichting woningcorporatie mooiland talis portaal zayaz wonen limburg woonbedrijf stichting
  nederlands nederlandse engels engelse duits duitse frans franse turks turkse arabisch arabische marokkaans
  marokkaanse pools poolse syrisch syrische surinaams surinaamse eritrees eritrese oekraïens oekraïense
  tigrinya koerdisch somalisch english dutch german french turkish arabic polish
  kerst kerstmis pasen pinksteren ramadan suikerfeest offerfeest sinterklaas oud nieuw koningsdag god allah
  euro euros eur covid corona b1 nb ps pps ov vg mvg gr grt iban bic swift bsn kvk btw pin tel fax
  noord zuid oost west centrum dorp stad wijk kern buitengebied
  dhr mevr mw mr dr drs ir ing prof
  myn dyn syn hjir wennet fan mei wy jo hy sy
  hoogachtend alvast bvd thx thnx dankjewel dankuwel doei xx xxx groetjes regards greetings kind best wishes
  i'm i'll i've i'd you're you'll we're we'll they're don't can't won't it's that's there's isn't doesn't didn't
  dear sir madam mr mrs ms confidant team both here there each every other`.split(/\s+/),
)
