/**
 * Single words that name organisations residents deal with: housing corporations, care and youth-care providers,
 * welfare organisations, colleges, debt collectors, energy companies and insurers. The policy lets institutions
 * stay; these are words no list of ours knows as ordinary, so without this list they would be taken for names.
 * Names that are also given names ("Laurens", "Timon", "Aafje") are left out: there a person is the likelier reading.
 */
export const ORGANISATIONS: readonly string[] = `
  ymere vestia woonbron havensteder stadgenoot rochdale mitros bo-ex lefier elkien accolade woonzorg vivare woonstad
  staedion vidomes wonion woonpunt parteon woonkracht10 zayaz woonzorg woonwaard wooncompagnie intermaris eigenhaard
  domijn trivire woonbedrijf woongoed woonstichting welbions woonlinie woonvisie thuisvester alwel brabantwonen
  woonveste woonconcept dudok mozaïek patrimonium actium wbvg steelande sité woonplus woonstede wooninc woonmeij
  de-key keyserij lyaemer omnia wonen-zuid
  cordaan amsta evean buurtzorg zonnehuisgroep tactus parnassia altrecht lentis arkin accare pameijer ipse amerpoort
  esdégé gemiva severinus pluryn youké jeugdformaat lijn5 levvel trajectum iriszorg vitalis swot combiwel rijnstad
  wijkracht kwadraad tinten zorgbalans careyn humanitas cardia vivium sensire carintreggeland tzorg sevagram envida
  zuidzorg vitras aveant vilans amarant prisma koraal karakter curium yulius zorgspectrum lunet abrona cello
  sherpa philadelphia driestroom estinea dimence mondriaan emergis reinaerde gors
  saxion fontys avans windesheim inholland hanzehogeschool hogeschool zuyd stenden nhl albeda zadkine deltion
  graafschap summa curio noorderpoort scalda mboutrecht rijnijssel landstede aventus firda friesland
  intrum lindorff flanderijn cjib lbio kredietbank stadsbank plangroep cerebeo
  eneco vattenfall essent greenchoice oxxio engie budgetenergie vandebron ziggo kpn odido vodafone
  onvz univé interpolis ohra achmea nationale-nederlanden aegon asr
  ikea mediamarkt wehkamp marktplaats
`.split(/\s+/).filter(Boolean)
