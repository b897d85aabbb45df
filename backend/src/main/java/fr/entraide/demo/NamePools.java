package fr.entraide.demo;

import java.util.List;

/**
 * Surnames and first names for fictitious persons, by origin, each list roughly in order of
 * frequency (the generator draws the first ones more often). Real, common names spelled as the
 * civil registry writes them, with their accents, hyphens and apostrophes, so that searching a
 * million persons meets the homonyms and spelling variants an agent meets (Lefèvre / Lefebvre).
 * First names are split by sex with no name in both lists, so the sex of a generated person can
 * be told from its first name.
 */
final class NamePools {

    private NamePools() {
    }

    /** Where a family name comes from; also picks the first names and, when born abroad, the country. */
    enum Origin {
        FRENCH(FRENCH_SURNAMES, FRENCH_MEN_CLASSIC, FRENCH_WOMEN_CLASSIC, FRENCH_MEN_MODERN, FRENCH_WOMEN_MODERN),
        PORTUGUESE(PORTUGUESE_SURNAMES, PORTUGUESE_MEN, PORTUGUESE_WOMEN, PORTUGUESE_MEN, PORTUGUESE_WOMEN),
        MAGHREBI(MAGHREBI_SURNAMES, MAGHREBI_MEN, MAGHREBI_WOMEN, MAGHREBI_MEN, MAGHREBI_WOMEN),
        ITALIAN(ITALIAN_SURNAMES, ITALIAN_MEN, ITALIAN_WOMEN, ITALIAN_MEN, ITALIAN_WOMEN),
        SPANISH(SPANISH_SURNAMES, SPANISH_MEN, SPANISH_WOMEN, SPANISH_MEN, SPANISH_WOMEN),
        WEST_AFRICAN(WEST_AFRICAN_SURNAMES, WEST_AFRICAN_MEN, WEST_AFRICAN_WOMEN, WEST_AFRICAN_MEN, WEST_AFRICAN_WOMEN),
        POLISH(POLISH_SURNAMES, POLISH_MEN, POLISH_WOMEN, POLISH_MEN, POLISH_WOMEN),
        ARMENIAN(ARMENIAN_SURNAMES, ARMENIAN_MEN, ARMENIAN_WOMEN, ARMENIAN_MEN, ARMENIAN_WOMEN),
        VIETNAMESE(VIETNAMESE_SURNAMES, VIETNAMESE_MEN, VIETNAMESE_WOMEN, VIETNAMESE_MEN, VIETNAMESE_WOMEN),
        TURKISH(TURKISH_SURNAMES, TURKISH_MEN, TURKISH_WOMEN, TURKISH_MEN, TURKISH_WOMEN);

        final List<String> surnames;
        final List<String> menBefore1960;
        final List<String> womenBefore1960;
        final List<String> menSince1960;
        final List<String> womenSince1960;

        Origin(List<String> surnames, List<String> menBefore1960, List<String> womenBefore1960, List<String> menSince1960,
                List<String> womenSince1960) {
            this.surnames = surnames;
            this.menBefore1960 = menBefore1960;
            this.womenBefore1960 = womenBefore1960;
            this.menSince1960 = menSince1960;
            this.womenSince1960 = womenSince1960;
        }

        List<String> firstNames(boolean male, int birthYear) {
            if (birthYear < 1960) {
                return male ? menBefore1960 : womenBefore1960;
            }
            return male ? menSince1960 : womenSince1960;
        }
    }

    static final List<String> FRENCH_SURNAMES = List.of(
            "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
            "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
            "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefebvre", "Faure", "André",
            "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Perrin",
            "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand",
            "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun",
            "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Gérard",
            "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger",
            "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre",
            "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte", "Jean", "Dupuy",
            "Guillot", "Hubert", "Berger", "Carpentier", "Dupuis", "Moulin", "Louis", "Deschamps", "Huet", "Vasseur",
            "Boucher", "Fleury", "Royer", "Klein", "Jacquet", "Adam", "Paris", "Poirier", "Marty", "Aubry",
            "Guyot", "Carré", "Charles", "Renault", "Charpentier", "Ménard", "Maillard", "Baron", "Bertin", "Bailly",
            "Hervé", "Schneider", "Le Gall", "Collet", "Léger", "Bouvier", "Julien", "Prévost", "Millet", "Perrot",
            "Daniel", "Le Roux", "Cousin", "Germain", "Breton", "Besson", "Langlois", "Rémy", "Le Goff", "Pelletier",
            "Lévêque", "Perrier", "Leblanc", "Barré", "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger",
            "Jacob", "Monnier", "Michaud", "Guichard", "Gillet", "Étienne", "Grondin", "Poulain", "Tessier", "Chevallier",
            "Collin", "Chauvin", "Bouchet", "Gay", "Lemaître", "Bénard", "Maréchal", "Humbert", "Reynaud", "Antoine",
            "Hoarau", "Perret", "Barthélemy", "Cordier", "Pichon", "Lejeune", "Gilbert", "Lamy", "Delaunay", "Pasquier",
            "Carlier", "Laporte", "Lefort", "Lebon", "Girault", "Hébert", "Guillon", "Vallet", "Fouquet", "Lesage",
            "Riou", "Mailly", "Bouvet", "Poulet", "Buisson", "Devaux", "Teyssier", "Bérard", "Chrétien", "Lécuyer",
            "Séguin", "Frémont", "Géraud", "Génin", "Pépin", "Régnier", "Sénéchal", "Thévenin", "Thévenet", "Théry",
            "Ferrand", "Delmas", "Bousquet", "Pons", "Fabre-Martin", "Mathé", "Béranger", "Dufresne", "Lefrançois", "Lévesque",
            "Desmoulins", "Courtois", "Tanguy", "Le Bihan", "Le Guen", "Le Corre", "Kerbrat", "Morvan", "Quéré", "Le Meur",
            "Prigent", "Jégou", "Salaün", "Cadiou", "Riviere", "Allard", "Bonneau", "Charrier", "Chauvet", "Drouet",
            "Gros", "Hamel", "Jourdan", "Lagarde", "Laine", "Leconte", "Lemonnier", "Maurin", "Mouton", "Navarro",
            "Ollivier", "Pineau", "Rossignol", "Sabatier", "Texier", "Vaillant", "Voisin", "Wagner", "Zimmermann", "Hoffmann",
            "Fischer", "Koch", "Bauer", "Schmidt", "Müller", "Kieffer", "Heitz", "Stoeffler", "Bœuf", "Cœur",
            "Saint-Martin", "Saint-Pierre", "Saint-Jean", "Dubois-Martin", "Müller-Dupont", "Lefèvre-Pontalis", "Martin-Leroy",
            "Grand-Jean", "Petitjean", "Grosjean", "Delacroix", "Delattre", "Desbois", "Dupré", "Fèvre",
            "Roussel-Bérard", "Ménétrier", "Pâris", "Crépin", "Bréhier", "Chênevière", "Gâtineau", "Forêt", "Prud'homme",
            "D'Arco", "L'Hermitte", "L'Huillier", "De Oliveira", "Da Costa", "Dos Santos", "Vandenberghe", "Van de Velde", "Verhaeghe", "Dewaele");

    static final List<String> FRENCH_MEN_CLASSIC = List.of(
            "Jean", "Pierre", "Michel", "André", "Jacques", "René", "Louis", "Roger", "Marcel", "Robert",
            "Henri", "Georges", "Paul", "Bernard", "Claude", "Gérard", "Daniel", "Alain", "Guy", "Maurice",
            "Raymond", "Lucien", "Albert", "Joseph", "Gilbert", "Roland", "Jean-Pierre", "Jean-Claude", "Jean-Louis", "Jean-Marie",
            "Jean-Paul", "Jean-Jacques", "Jean-François", "Pierre-Yves", "Yves", "Serge", "Francis", "Gaston", "Fernand", "Émile",
            "Léon", "Étienne", "Noël", "Gabriel", "Antoine", "François", "Christian", "Jacky", "Didier", "Patrick",
            "Philippe", "Armand", "Marius", "Félix", "Léopold", "Édouard", "Aimé", "Norbert", "Raoul", "Eugène",
            "Gustave", "Honoré", "Auguste", "Célestin", "Théodore", "Clément", "Hubert", "Jules", "Victor", "Roméo",
            "Gérald", "Jean-Baptiste", "Jean-Michel", "Jean-Luc", "Marc", "Régis", "Rémi", "Josué", "Benoît", "Olivier");

    static final List<String> FRENCH_WOMEN_CLASSIC = List.of(
            "Marie", "Jeanne", "Françoise", "Monique", "Jacqueline", "Nicole", "Suzanne", "Madeleine", "Simone", "Denise",
            "Marguerite", "Louise", "Germaine", "Yvette", "Hélène", "Colette", "Odette", "Paulette", "Lucienne", "Raymonde",
            "Renée", "Andrée", "Thérèse", "Geneviève", "Éliane", "Josette", "Ginette", "Huguette", "Danielle", "Michèle",
            "Micheline", "Annie", "Chantal", "Brigitte", "Bernadette", "Arlette", "Yvonne", "Marcelle", "Lucette", "Claudine",
            "Évelyne", "Janine", "Jeannine", "Gisèle", "Mireille", "Solange", "Liliane", "Marie-Thérèse", "Marie-Claude", "Marie-France",
            "Anne-Marie", "Marie-Louise", "Marie-Christine", "Marie-José", "Élisabeth", "Régine", "Josiane", "Noëlle", "Irène", "Berthe",
            "Rolande", "Odile", "Agnès", "Béatrice", "Viviane", "Claire", "Édith", "Cécile", "Jocelyne", "Maryse",
            "Martine", "Christiane", "Catherine", "Anne", "Christine", "Sylviane", "Ghislaine", "Léonie", "Augustine", "Hortense",
            "Émilienne", "Marthe", "Eugénie", "Joséphine", "Rosalie", "Léontine", "Blanche", "Aurore", "Héloïse", "Ève");

    static final List<String> FRENCH_MEN_MODERN = List.of(
            "Philippe", "Patrick", "Christophe", "Stéphane", "Laurent", "Frédéric", "Éric", "Olivier", "Thierry", "Pascal",
            "Nicolas", "Sébastien", "Julien", "Jérôme", "Cédric", "Mickaël", "David", "Guillaume", "Vincent", "Anthony",
            "Romain", "Maxime", "Alexandre", "Kévin", "Thomas", "Hugo", "Lucas", "Théo", "Nathan", "Louis",
            "Léo", "Enzo", "Mathis", "Clément", "Benoît", "Grégory", "Fabrice", "Hervé", "Damien", "Arnaud",
            "Yannick", "Loïc", "Gaël", "Joël", "Raphaël", "Noé", "Baptiste", "Antoine", "Franck", "Bruno",
            "Jean-Christophe", "Jean-Sébastien", "Pierre-Alexandre", "Dylan", "Jordan", "Quentin", "Adrien", "Florian", "Aurélien", "Jérémy",
            "Mathieu", "Samuel", "Benjamin", "Arthur", "Gabin", "Jules", "Timothée", "Valentin", "Émilien", "Matthias");

    static final List<String> FRENCH_WOMEN_MODERN = List.of(
            "Nathalie", "Isabelle", "Sylvie", "Valérie", "Sandrine", "Stéphanie", "Céline", "Aurélie", "Émilie", "Julie",
            "Sophie", "Virginie", "Laetitia", "Élodie", "Caroline", "Audrey", "Karine", "Véronique", "Florence", "Laurence",
            "Corinne", "Patricia", "Pascale", "Delphine", "Séverine", "Mélanie", "Camille", "Marion", "Manon", "Léa",
            "Chloé", "Éloïse", "Anaïs", "Clémence", "Inès", "Jade", "Zoé", "Lucie", "Sarah", "Laura",
            "Pauline", "Mathilde", "Océane", "Maëlle", "Noémie", "Justine", "Amandine", "Jessica", "Cindy", "Estelle",
            "Hélène", "Anne-Sophie", "Marie-Laure", "Marie-Hélène", "Gaëlle", "Maïwenn", "Agathe", "Margaux", "Romane", "Juliette",
            "Charlotte", "Élise", "Alexandra", "Émeline", "Bérénice", "Solène", "Coralie", "Fanny", "Aline", "Myriam");

    static final List<String> PORTUGUESE_SURNAMES = List.of(
            "Ferreira", "Da Silva", "Dos Santos", "Pereira", "Rodrigues", "Fernandes", "Gonçalves", "Lopes", "Martins", "De Oliveira",
            "Oliveira", "De Sousa", "Carvalho", "Teixeira", "Moreira", "Almeida", "Ribeiro", "Pinto", "Gomes", "Da Costa",
            "Marques", "Araújo", "Conceição", "Monteiro", "Mendes", "Cardoso", "Nunes", "Soares", "Vieira", "Machado",
            "Correia", "Batista", "Fonseca", "Magalhães", "Simões", "Antunes", "Coelho", "Loureiro", "Barbosa", "Azevedo");

    static final List<String> PORTUGUESE_MEN = List.of(
            "José", "João", "Manuel", "António", "Joaquim", "Fernando", "Carlos", "Francisco", "Luís", "Paulo",
            "Mário", "Armando", "Domingos", "Abílio", "Agostinho", "Alberto", "Américo", "Artur", "Custódio", "Vítor");

    static final List<String> PORTUGUESE_WOMEN = List.of(
            "Maria", "Ana", "Rosa", "Conceição", "Fátima", "Isabel", "Manuela", "Lurdes", "Graça", "Fernanda",
            "Helena", "Teresa", "Amélia", "Albertina", "Glória", "Rosário", "Celeste", "Olinda", "Palmira", "Aurora");

    static final List<String> MAGHREBI_SURNAMES = List.of(
            "Benali", "Ben Ahmed", "Belkacem", "Bouaziz", "Haddad", "Mansouri", "El Amrani", "El Idrissi", "Benmoussa", "Chérif",
            "Kaci", "Hamidi", "Saïdi", "Brahimi", "Boudjema", "Meziane", "Amrani", "Aït Ali", "Chaouch", "Ben Salah",
            "Trabelsi", "Jebali", "Gharbi", "Ayari", "Ben Youssef", "Ouali", "Taleb", "Zerrouki", "Benyahia", "Boukhari",
            "Djebbar", "Hadj-Ahmed", "Aït-Kaci", "El Khatib", "Bensaïd", "Lahlou", "Bennani", "Tahiri", "Ziani", "Rahmani");

    static final List<String> MAGHREBI_MEN = List.of(
            "Mohamed", "Ahmed", "Ali", "Rachid", "Mustapha", "Abdelkader", "Saïd", "Omar", "Brahim", "Karim",
            "Hocine", "Mohand", "Youssef", "Larbi", "Mehdi", "Abdallah", "Kamel", "Djamel", "Farid", "Nordine",
            "Lakhdar", "Belaïd", "Smaïl", "Tahar", "Messaoud");

    static final List<String> MAGHREBI_WOMEN = List.of(
            "Fatima", "Khadija", "Aïcha", "Fatiha", "Zohra", "Malika", "Yamina", "Saïda", "Naïma", "Rachida",
            "Nadia", "Samia", "Leïla", "Houria", "Zina", "Djamila", "Fatma", "Ourida", "Zoubida", "Khedidja",
            "Mebarka", "Hafsa", "Latifa", "Warda", "Zineb");

    static final List<String> ITALIAN_SURNAMES = List.of(
            "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
            "Bruno", "Gallo", "Conti", "De Luca", "Costa", "Giordano", "Mancini", "Rizzo", "Lombardi", "Moretti",
            "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone",
            "D'Angelo", "Dell'Acqua", "Di Stefano", "Lo Presti", "Nicolò", "Zanetti");

    static final List<String> ITALIAN_MEN = List.of(
            "Giuseppe", "Antonio", "Giovanni", "Salvatore", "Francesco", "Mario", "Luigi", "Angelo", "Vincenzo", "Pietro",
            "Carlo", "Domenico", "Franco", "Sergio", "Nicola", "Gaetano", "Rocco", "Santo", "Raffaele", "Aldo");

    static final List<String> ITALIAN_WOMEN = List.of(
            "Maria", "Anna", "Giuseppina", "Rosa", "Angela", "Giovanna", "Teresa", "Lucia", "Carmela", "Caterina",
            "Francesca", "Antonietta", "Rita", "Concetta", "Assunta", "Filomena", "Nunzia", "Graziella", "Lina", "Pina");

    static final List<String> SPANISH_SURNAMES = List.of(
            "Garcia", "Martinez", "Lopez", "Sanchez", "Fernandez", "Gonzalez", "Rodriguez", "Perez", "Gomez", "Jiménez",
            "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez",
            "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco", "Molina", "Morales", "Suárez", "Ortega",
            "Sanchez-Garcia", "Peña", "Ibáñez", "Castaño");

    static final List<String> SPANISH_MEN = List.of(
            "José", "Antonio", "Manuel", "Francisco", "Juan", "Jesús", "Miguel", "Ángel", "Pedro", "Rafael",
            "Luis", "Ramón", "Andrés", "Joaquín", "Vicente", "Emilio", "Enrique", "Alfonso", "Julián", "Tomás");

    static final List<String> SPANISH_WOMEN = List.of(
            "María", "Carmen", "Dolores", "Pilar", "Josefa", "Isabel", "Ana", "Mercedes", "Rosario", "Concepción",
            "Encarnación", "Teresa", "Antonia", "Remedios", "Ascensión", "Inmaculada", "Montserrat", "Asunción", "Consuelo", "Amparo");

    static final List<String> WEST_AFRICAN_SURNAMES = List.of(
            "N'Diaye", "Diallo", "Diop", "Sow", "Fall", "Ndiaye", "Traoré", "Koné", "Touré", "Camara",
            "Cissé", "Sylla", "Keita", "Coulibaly", "Konaté", "Sangaré", "Diarra", "Ba", "Kane", "Gueye",
            "Sarr", "Mbaye", "Faye", "Niang", "Diouf", "N'Guessan", "Kouassi", "Yao", "Kouamé", "N'Dour");

    static final List<String> WEST_AFRICAN_MEN = List.of(
            "Mamadou", "Moussa", "Ibrahima", "Ousmane", "Abdoulaye", "Cheikh", "Amadou", "Souleymane", "Modou", "Boubacar",
            "Seydou", "Lamine", "Bakary", "Issa", "Kouadio");

    static final List<String> WEST_AFRICAN_WOMEN = List.of(
            "Fatou", "Aminata", "Awa", "Mariama", "Aïssatou", "Khady", "Ndèye", "Coumba", "Binta", "Adama",
            "Kadiatou", "Rokia", "Oumou", "Assétou", "Affoué");

    static final List<String> POLISH_SURNAMES = List.of(
            "Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak",
            "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Krawczyk");

    static final List<String> POLISH_MEN = List.of(
            "Stanisław", "Józef", "Jan", "Andrzej", "Tadeusz", "Kazimierz", "Władysław", "Zbigniew", "Henryk", "Bronisław");

    static final List<String> POLISH_WOMEN = List.of(
            "Krystyna", "Zofia", "Jadwiga", "Stanisława", "Halina", "Barbara", "Danuta", "Wanda", "Genowefa", "Bożena");

    static final List<String> ARMENIAN_SURNAMES = List.of(
            "Petrossian", "Sarkissian", "Manoukian", "Khatchadourian", "Kevorkian", "Papazian", "Ohanian", "Hagopian", "Boghossian",
            "Arakelian", "Der Kaloustian", "Tchakmakian");

    static final List<String> ARMENIAN_MEN = List.of(
            "Haïk", "Krikor", "Garabed", "Hagop", "Vartan", "Sarkis", "Ara", "Arsène", "Aram", "Hovhannès");

    static final List<String> ARMENIAN_WOMEN = List.of(
            "Araxie", "Anouch", "Siranouche", "Takouhie", "Zabelle", "Nvart", "Lucine", "Maïda", "Arménouhie", "Chakée");

    static final List<String> VIETNAMESE_SURNAMES = List.of(
            "Nguyen", "Tran", "Le", "Pham", "Hoang", "Vo", "Dang", "Bui", "Do", "Ngo", "Duong", "Ly");

    static final List<String> VIETNAMESE_MEN = List.of(
            "Van Minh", "Van Hung", "Tuan", "Van Dung", "Thanh", "Quang", "Duc", "Van Long", "Phuoc", "Khanh");

    static final List<String> VIETNAMESE_WOMEN = List.of(
            "Thi Lan", "Thi Mai", "Thi Hoa", "Thi Huong", "Thi Thu", "Thi Ngoc", "Thi Hanh", "Thi Kim", "Thi Phuong", "Thi Lien");

    static final List<String> TURKISH_SURNAMES = List.of(
            "Yilmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yildiz", "Öztürk", "Aydin", "Arslan", "Doğan", "Kiliç", "Aslan");

    static final List<String> TURKISH_MEN = List.of(
            "Mehmet", "Mustafa", "Ahmet", "Hüseyin", "Hasan", "Ibrahim", "Ismail", "Osman", "Yusuf", "Halil");

    static final List<String> TURKISH_WOMEN = List.of(
            "Ayşe", "Emine", "Hatice", "Zeynep", "Elif", "Şerife", "Sultan", "Hanife", "Zehra", "Gülsüm");
}
