/**
 * Common surnames in the Netherlands, written without their tussenvoegsel ("van den Berg" → Berg);
 * lookups are case-insensitive. Compiled by the Klankbord team as facts (see SOURCES.md).
 */
const DUTCH = `Jong Jansen Vries Berg Dijk Bakker Janssen Visser Smit Meijer Meyer Boer Mulder Groot Bos Vos Peters
  Hendriks Leeuwen Dekker Brouwer Wit Dijkstra Smits Graaf Meer Linden Kok Jacobs Haan Vermeulen Heuvel Veen
  Broek Bruijn Bruin Heijden Schouten Beek Willems Vliet Ven Hoekstra Maas Verhoeven Koster Dam Wal Prins Blom
  Huisman Peeters Jonge Kuipers Post Kuiper Veenstra Kramer Brink Scholten Wijk Postma Martens Vink Ruiter
  Timmermans Groen Gerritsen Jonker Loon Boer Velde Willemsen Smeets Lange Bosch Dongen Schipper Koning Laan
  Velden Driessen Doorn Hermans Evers Meulen Hofman Bosman Wolters Sluis Verbeek Pol Goossens Kroon Dam Hoek
  Vermeer Wijngaarden Franken Steenbergen Boersma Mol Zwart Claassen Bergman Mertens Bakkers Kuijpers Kuypers
  Aalbers Aarts Adriaanse Akker Alberts Arends Baars Bakx Beckers Bekker Bergsma Beumer Biesheuvel Blok Boekhout
  Boon Boot Borst Bouma Bouwman Brands Bril Broekhuizen Brugman Buijs Buys Claessen Coenen Cornelissen Damen Derks
  Dirks Dirksen Dobbelsteen Donkers Drost Duijn Egberts Elzinga Engels Es Fransen Frederiks Geerts Gerrits Gijsbers
  Goedhart Graaf Groenewegen Hagen Ham Heemskerk Heijnen Hendriksen Hermsen Hoeven Hofstede Holwerda Hoogland
  Horst Huijbers Hulst Jacobse Jager Janse Jaspers Jeurissen Jongeneel Joosten Kamp Kempen Keizer Kersten
  Klaassen Klein Kleijn Knol Koenen Kok Kolk Kooij Kooistra Koopman Kuijk Kusters Laar Lambregts Lammers Leenders
  Lensen Linssen Lubbers Luijten Maassen Manders Meijers Michels Molenaar Mooij Mulders Nieuwenhuis Nijhuis
  Nijland Noordhuis Oosterhout Oosting Otten Palm Peeters Pieters Poel Poels Pronk Raaijmakers Rademaker Reijnen
  Rijn Roelofs Roos Rutten Sanders Schaap Schilder Schmitz Schols Schoenmakers Scholte Schuurman Sijbers Simons
  Slot Snijders Sprenger Steen Stam Stevens Stoffels Straten Teunissen Thijssen Tol Tuin Valk Veenhuis Veldman
  Verbruggen Verheij Verhagen Verheijen Verkerk Vermeulen Verschuren Vinken Vissers Voskuilen Vrolijk Vugt
  Wagenaar Weijers Wessels Wijnen Wilms Winter Wolf Zanden Zijlstra Zuidema Sande Putten Wetering Schaaf
  Molen Klerk Velden Hooft Wielen Berkel Beijnen Rooij Ruijter Haas Goede Wild Bruijne Boom Corput Veld Water
  Hertog Pas Koppen Hulsen Janssens Gielen Peters Hendrix Jeuken Lemmens Cox Vossen Coolen Peerlings Hermens
  Thijssen Wijnhoven Hoeijmakers Hoeymakers Hermkens Gubbels Arts Aerts Vloet Verstegen Hoppenreijs Jenniskens
  Nijhof Hutten Heijmans Spronk Derksen Gerritse Willemse Hendriksen Kuppens Cuppen Lenssen Poels Oude Nijhuis
  Weijden Damhuis Wiegmans Rijnders Smulders Stienen Theunissen Verhoef Vogels Zeegers Kuiters Leijten`

const OTHER_ORIGINS = `Yilmaz Yılmaz Kaya Demir Şahin Sahin Çelik Celik Yıldız Yildiz Öztürk Ozturk Aydın Aydin
  Özdemir Ozdemir Arslan Doğan Dogan Kılıç Kilic Aslan Çetin Cetin Kara Koç Koc Kurt Özkan Ozkan Şimşek Simsek
  Polat Korkmaz Erdoğan Erdogan Yavuz Güneş Gunes Aksoy Tekin Ünal Unal Akın Akin Bulut Keskin Bozkurt Karaca
  Amrani Idrissi Benali Bouzid Khatib Ouali Boukhari Azzouzi Bakkali Haddou Tahiri Ziani Bouali Chaouch Hamdaoui
  Yahyaoui Mansouri Ouahbi Zaoui Aouragh Boutaleb Lahlou Bennani Chakir Hajji Fassi Kaddouri Moussaoui Tounsi
  Nowak Kowalski Kowalska Wiśniewski Wisniewski Wójcik Wojcik Kowalczyk Kamiński Kaminski Lewandowski Zieliński
  Zielinski Szymański Szymanski Woźniak Wozniak Kozłowski Kozlowski Mazur Krawczyk Jankowski Wojciechowski
  Ramdin Sewdien Biharie Jagessar Ramcharan Kalloe Mohan Soekhoe Pinas Ramsaran Baldew Ganga Doekhie Sital
  Haddad Khoury Hamdan Darwish Hassan Ibrahim Youssef Masri Halabi Najjar Sabbagh Kassem Saleh Othman Hussein
  Tesfamariam Ghebreyesus Tekle Haile Mohamud Abdi Farah Warsame Hashemi Ahmadi Karimi Rahimi Hosseini
  Nguyen Tran Le Pham Wang Zhang Chen Liu Singh Kumar Sharma Shevchenko Kovalenko Bondarenko Tkachenko Melnyk
  Popescu Ionescu Popa Petrov Ivanov Georgiev Smith Jones Williams Brown Taylor Wilson Johnson Müller Schmidt
  Schneider Fischer Weber Wagner Becker Hoffmann Schulz Garcia García Fernandez Rodriguez Lopez Martinez Silva
  Santos Ferreira Pereira Costa Rossi Russo Ferrari Bianchi`

/**
 * Surnames that are also ordinary words ("een berg papierwerk", "de bakker", "de visser op de kade"):
 * they count only with more context than a capital letter at the start of a sentence.
 */
export const WORD_LIKE_SURNAMES: ReadonlySet<string> = new Set(
  `bakker visser smit smid mulder berg bos vos kok post prins koster kramer groen boer koning schipper kuiper
  brouwer dekker molenaar jager schilder koopman hoek steen maas rijn beek broek haan wit groot lange jong
  jonge bruin meer dam wal brink ven veen heuvel laan kroon mol zwart blok boon boot borst bril ham hagen kamp
  klein knol palm poel roos schaap slot stam tol tuin valk winter wolf water veld boom haas goede wild pas
  arts kolk horst mooij bril cox le dijk graaf wijk vink ruiter jonker loon doorn sluis pol akker keizer hulst
  klerk hertog vogels oude zanden putten wetering schaaf wielen vrolijk koppen es laar velde velden linden leeuwen
  franken baars pronk straten hoeven wang`.split(/\s+/),
)

/**
 * Word-like surnames that are trades. Dutch needs an article before a trade ("de bakker"), so a bare
 * capitalised "Bakker" even at the start of a sentence is a name.
 */
export const TRADE_SURNAMES: ReadonlySet<string> = new Set(
  `bakker visser smit smid mulder kok koster kramer schipper kuiper brouwer dekker molenaar jager schilder koopman
  timmerman slager snijder wever verver`.split(/\s+/),
)

export const SURNAMES: ReadonlySet<string> = new Set(
  `${DUTCH} ${OTHER_ORIGINS}`
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => name.toLowerCase()),
)
