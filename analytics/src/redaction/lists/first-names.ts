/**
 * Common first names of people living in the Netherlands, grouped by origin for reviewers; lookups are
 * case-insensitive. Compiled by the Klankbord team as facts (see SOURCES.md).
 */
const DUTCH = `Aad Aafke Aagje Aart Abe Ad Adri Adrie Adriaan Adrianus Agnes Albert Alex Alexander Alida Alie Aline
  Amber Amy Anita Anja Anke Anna Anne Anneke Annelies Annemarie Annemieke Annet Annette Annie Anouk Ans Antje
  Anton Antonius Antoon Arie Arjan Arjen Arend Arno Arnold Astrid Bart Bas Bastiaan Beatrix Bep Bert Berend
  Bernard Bernadette Bianca Bjorn Björn Boaz Bob Boudewijn Bram Brenda Bregje Britt Carla Carin Carolien Caroline
  Cas Casper Cees Chantal Charlotte Chris Christiaan Cindy Claudia Coen Cor Corrie Corry Cornelis Daan Danny Daphne
  Dave David Debbie Dennis Dewi Dick Diederik Diana Dian Dianne Didi Dieuwke Dirk Dineke Diny Dolf Dora Dorien
  Douwe Dries Edwin Eef Eelco Egbert Elisabeth Elise Eline Elly Els Elske Emma Esmee Esther Eva Evelien Evert
  Evi Ewout Fabian Femke Fenna Fien Fleur Floor Floris Frans Freek Frits Froukje Gea Geert Gerard Gerben Gerda
  Gerrit Gert Gerrie Gijs Gerdien Gon Greet Greetje Guus Hanneke Hannie Hans Harm Harrie Harry Hein Hendrik
  Henk Hennie Henny Herman Hetty Hidde Hilde Hillie Huib Hugo Ilse Inge Ineke Ingrid Iris Isa Ivo Jaap Jacob
  Jacoba Jacqueline Jan Jan-Willem Janneke Jannie Jantje Jasper Jeanette Jelle Jelmer Jenny Jeroen Jesse Jet
  Jetske Jetty Jildou Joep Johan Johanna Johannes Jolanda Joost Joris Jos Josje Joke Joyce Judith Julia Juul
  Jurre Karin Kees Kelly Kevin Klaas Koen Koos Kirsten Kim Lars Laura Lieke Lies Liesbeth Lineke Linda Lisa
  Lisanne Loes Lotte Lucas Luuk Maaike Maarten Manon Marco Margriet Marieke Marian Marianne Marije Marjan
  Marjolein Marloes Maria Marijke Marinus Marja Mariska Mark Martijn Martin Martine Mathijs Maud Max Meike
  Melanie Mees Michel Michiel Mieke Miep Mila Milan Mirjam Miranda Monique Naomi Nienke Niels Nina Noor Nora
  Olaf Olivier Patrick Paul Peter Petra Piet Pieter Pim Puck Quinten Rachel Remco Renate René Richard Rick
  Riek Rien Rik Rina Rob Robbert Robert Robin Roel Roelof Roos Rosa Ruben Rudi Rutger Ruud Saar Sander Sandra
  Sanne Saskia Sebastiaan Sem Siem Simone Sjaak Sjoerd Sophie Stefan Stijn Suzanne Sven Teun Theo Thijs Thomas
  Tijn Tim Timo Tineke Tjeerd Tom Ton Toon Truus Tess Tessa Teuntje Ties Tonnie Trijntje Twan Valerie Vera
  Victor Vincent Wendy Wessel Wietske Wil Willem Willemijn Wilma Wim Wouter Wytze Yvonne Zoë Zoe Jente Jayden
  Julian Liam Noah Finn Levi Mats Jens Dex Vince Hanna Sara Tygo Niek Lynn Evy Yara Liv Noa Nova Fenne Jip
  Feline Lina Lauren Demi Kiki Romy Roxanne Senna Isabel Isabella Sofie Sofia Luca Thijmen Stan Ruud Joep
  Benthe Elin Femm Floortje Ilona Ingeborg Jolien Karlijn Kyra Lianne Lonneke Marit Merel Mirte Nadine Nicole
  Pien Renske Rianne Sietske Silvia Sterre Suus Tamara Veerle Wilhelmina Yfke Annelot Geertje Hendrika Pietje
  Gijsbert Gerhard Jeltje Leendert Maarten Marten Nico Nick Rens Rogier Ronald Roy Sil Thom Wilco Wijnand
  Jelte Kai Lenn Luc Matthijs Mick Morris Mika Nout Olle Otto Pepijn Quint Raf Rein Seppe Siebe Sjors Ole
  Ria Riet Rie Tiny Nel Nelly Mien Bets Door Jo Thea Ellen Karel Leo Joop Cobi Coby Ger Gerry Hanny Jopie Lenie
  Mies Nelleke Rinie Sjaan Tilly Toos Tonny Trees Wies Willy Wilhelmus Johanna Antonia Petronella Francisca
  Jacobus Petrus Gerardus Theodorus Hubertus Lambertus Everhardus Martinus Wilhelmina Cornelia Geertruida
  Patricia Priscilla Angela Angelique Sabrina Natasja Natascha Jacintha Jeanine Jolien Marjon Mariëlle Marielle
  Mariëtte Mariette Marleen Martha Mathilde Monica Nancy Paula Rebecca Rianne Rita Ronja Sharon Sonja Stephanie
  Tanja Tamara Vivian Wilma Yolanda Carolien Cynthia Denise Dominique Elisa Evelyne Franka Hanneke Helma Ingeborg
  Jacqueline Janine Joyce Katja Kristel Larissa Lizzy Lola Margreet Mirella Nanda Nathalie Pauline Ramona Roxanne
  Sylvia Tessa Wendela Annabel Babette Charlotte Esmé Feline Ilja Jolijn Kaylee Lize Mette Naomi Norah Yfke Zara
  Alwin Anco Ard Arthur Barry Ben Benno Bernd Dick Edwin Eddy Erwin Ferdinand Frank Gijsbert Hennie Henri Hubert
  Ivar Jelle Jochem John Johnny Jordy Kenneth Lennard Marcel Mario Marius Maurice Michael Mike Nico Norbert
  Pascal Raymond René Rob Roderick Roland Ronald Ronnie Rudy Sjef Stephan Sybren Tijs Tommy Wilbert Willy
  Ahmet Emine Ceylan Ilayda Yusra Zara Elif Meltem Nihal Burcu Damla Irem Gamze Cansu Özge Oya`

const TURKISH = `Ahmet Mehmet Mustafa Hüseyin Huseyin Hasan Ibrahim İbrahim Murat Emre Burak Kemal Yusuf Ömer Omer
  Osman Ramazan Recep Serkan Selim Fatih Orhan Erdem Cem Deniz Umut Onur Tolga Volkan Kaan Baran Berat Eymen
  Enes Furkan Emir Halil Ismail İsmail Erkan Ercan Gökhan Gokhan Hakan Levent Mert Metin Necati Nihat Özgür
  Ozgur Sinan Tarık Tayfun Uğur Ugur Yasin Yavuz Yunus Zeki Ayşe Ayse Fatma Emine Hatice Zeynep Elif Merve
  Büşra Busra Esra Selin Derya Özlem Ozlem Gül Gul Sevgi Yasemin Hülya Hulya Songül Songul Dilek Ebru Melek
  Sibel Tuba Ecrin Defne Azra Hira Zehra Meryem Gülsen Gulsen Nurten Şükran Sukran Filiz Serpil Aynur Aysel
  Bahar Canan Didem Esma Gizem Hacer Kübra Kubra Leyla Nazlı Nazli Pınar Pinar Sena Seda Sevda Tuğba Tugba
  Yeliz Yıldız Nesrin Neslihan Ümran Umran Betül Betul Rabia Sümeyye Sumeyye Havva Cengiz Yılmaz Erol Ersin`

const MOROCCAN = `Mohamed Mohammed Muhammad Mohammad Ahmed Youssef Yousef Yassine Yassin Mustapha Abdelkader Abdellah
  Abdel Abdelaziz Abdelhak Abdelilah Abderrahim Abderrahman Rachid Said Saïd Karim Khalid Hamid Hassan Hicham
  Mourad Nordin Redouan Ridouan Rida Soufiane Sofiane Bilal Ayoub Anas Ilias Ilyas Imad Jamal Mehdi Nabil
  Omar Othman Samir Tarik Zakaria Zakariya Driss Idriss Brahim Mimoun Mohand Aziz Azzedine Hamza Hakim Jaouad
  Younes Yunes Marouane Marwan Oussama Nourdin Noureddine Fatima Fatiha Khadija Aicha Aïcha Naima Naïma Nadia
  Samira Malika Hanane Houda Ikram Imane Loubna Meriem Rachida Salma Sanae Siham Soumaya Yasmina Zineb Hafsa
  Nour Aya Dounia Kaoutar Rania Latifa Saida Hayat Fadoua Hajar Hind Hasna Karima Laila Layla Mariam Najat
  Nawal Nezha Rajae Rkia Safae Sara Sarah Souad Wafae Zahra Zohra Zoubida Amina Amal Asmae Chaima Ghizlane
  Ilham Jamila Kenza Khadija Lamya Mounia Nisrine Ouafae Sabah Sanaa Touria Yamina`

const SURINAMESE_CARIBBEAN = `Romano Gerwin Dwight Clarence Glenn Ricardo Marvin Melvin Ryan Ashwin Rajesh Sunil Anil Ravi
  Vikash Kiran Shanti Sharda Sunita Nisha Priya Reshma Anjali Deepika Shirley Gloria Marlene Sharon Jennifer
  Natasha Jurgen Winston Errol Ivan Raymond Roberto Quincy Jerrel Jermaine Rigoberto Stanley Humphrey Edson
  Roshni Radjesh Sanjay Soenil Mahinder Kavita Chandra Indra Indira Usha Roshan Devika Kishan Navin Vishal
  Shaniqua Shanice Jamal Tyrone Curtley Juliëtte Giselle Angelique Ingrid Mireille Jocelyn Desiree Sheila`

const POLISH_EASTERN = `Piotr Krzysztof Tomasz Paweł Pawel Michał Michal Marcin Łukasz Lukasz Jakub Kamil Mateusz Marek
  Grzegorz Wojciech Andrzej Dariusz Rafał Rafal Zbigniew Sławomir Slawomir Przemysław Przemyslaw Mariusz
  Agnieszka Katarzyna Małgorzata Malgorzata Joanna Magdalena Monika Ewa Aleksandra Natalia Karolina Marta
  Dorota Barbara Beata Justyna Paulina Zofia Kasia Basia Gosia Iwona Renata Sylwia Urszula Wioletta Halina
  Olena Olga Iryna Tetiana Tetyana Oksana Yulia Yuliia Svitlana Kateryna Anastasia Anastasiia Viktoria Viktoriia
  Dmytro Oleksandr Andrii Andriy Serhii Serhiy Volodymyr Mykola Yurii Vitalii Bohdan Maksym Artem Oleg Igor
  Sergei Sergey Vladimir Tatiana Svetlana Galina Lyudmila Ludmila Nadia Nadiya Elena Ioana Ion Gheorghe Vasile
  Mihai Andrei Florin Cristina Georgi Dimitar Ivanka Nikolai Petra Jana Lucie Tereza`

const SYRIAN_ARABIC = `Ahmad Mahmoud Mahmud Khaled Khalil Hussein Husein Abdullah Abdallah Walid Yaser Yasser Rami Bassam
  Ammar Fadi Hani Majd Nizar Samer Tarek Ziad Amer Iyad Kareem Mohannad Ayman Firas Ghassan Hadi Jihad Louay
  Maher Mazen Muhannad Nabil Qusai Radwan Shadi Wael Wassim Aisha Rasha Rana Hiba Lina Lama Reem Rim Hala
  Ghada Dima Maya Hanan Manal Zainab Zeinab Noura Rawan Suha Wafaa Huda Heba Asma Batoul Bushra Fatma Ghalia
  Israa Jana Joud Lujain Nada Nisreen Ola Raghad Ruba Sahar Samah Shahd Tasneem Yasmin Yasmine Zahraa Aliaa
  Mustafa Ali Hassan Omar Hamza Yahya Zaid Zakaria Abdulrahman Abdelrahman Mohanad Obada Anas`

const AFRICAN_ASIAN = `Yonas Tesfay Tesfaye Filmon Robel Senait Selam Semhar Tsega Mulu Aster Yohannes Mebrahtu Dawit
  Tedros Mussie Efrem Freweini Ruta Winta Haile Kidane Tekle Abeba Saba Helen Hagos Ermias Biniam Nahom
  Mohamud Abdi Abdirahman Abdullahi Farah Hodan Amran Ayan Fadumo Halima Hawa Ifrah Ubah Warsame Ahmadi
  Reza Hamid Mahdi Mehdi Farid Javad Jawad Nasrin Parisa Zahra Shirin Soraya Mina Hossein Karwan Rebin Shler
  Soran Dilan Rojin Berfin Jin Wei Li Ming Hui Xin Yan Hao Anh Minh Linh Thanh Huong Rahul Amit
  Arjun Deepak Pooja Neha Sandeep Suresh Ramesh Joseph Emmanuel Esther Grace Patience Blessing Divine`

const ENGLISH_OTHER = `John James David Michael Chris Christopher Daniel Samuel Matthew Andrew William Thomas George
  Harry Jack Oliver Charlie Joseph Steven Stephen Paul Mary Sarah Emily Jessica Jennifer Elizabeth Kate Katie
  Rebecca Rachel Lucy Hannah Laura Amanda Michelle Emma Olivia Sophia Isabella Mia Charlotte Amelia Luis Carlos
  Jose José Juan Miguel Pedro Antonio Manuel Francisco Javier Pablo Diego Marco Giovanni Giuseppe Luca Matteo
  Francesca Giulia Chiara Ana Ines Inês Joao João Rui Sofia Mariana Beatriz Jean Pierre Louis Luc François
  Marie Sophie Camille Julien Nicolas Hans Klaus Jürgen Jurgen Stefanie Katrin Sabine Ursula Wolfgang`

/** Names that are also ordinary words ("Mark", "Roos", "Ben", "Can"); capitalised at a sentence start they need more context. */
export const WORD_LIKE_FIRST_NAMES: ReadonlySet<string> = new Set(
  `ben wil mark roos frank can lot jet may will bill rose hope joy grace said rob guy sunny amber iris fleur
  floor bas ties lies rein mees max jade june april dean divine patience blessing nada wei li hind jihad toon joke
  merel margriet arend bob ton gul tuba lama aster trees mats rim demi ellen jack raf rik gloria nova mina riet tiny`.split(/\s+/),
)

export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [DUTCH, TURKISH, MOROCCAN, SURINAMESE_CARIBBEAN, POLISH_EASTERN, SYRIAN_ARABIC, AFRICAN_ASIAN, ENGLISH_OTHER]
    .join(' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => name.toLowerCase()),
)
