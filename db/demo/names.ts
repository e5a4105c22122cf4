// Names as Israeli records write them: in Hebrew letters (Arabic and Russian names transliterated into
// Hebrew), each with the Latin spelling the person might use. Lists are "hebrew=Latin" pairs.

export const communities = ['jewish', 'arab', 'fsu', 'ethiopian'] as const;
export type Community = (typeof communities)[number];

export interface Name {
  he: string;
  latin: string;
}

interface NamePool {
  male: Name[];
  female: Name[];
  family: Name[];
  /** Family names with a feminine form (Ivanov → Ivanova), keyed by the masculine Hebrew form. */
  feminine?: Map<string, Name>;
}

function pairs(list: string): Name[] {
  return list
    .trim()
    .split(/\s*,\s*/)
    .map((pair) => {
      const [he, latin] = pair.split('=') as [string, string];
      return { he, latin };
    });
}

const jewish: NamePool = {
  male: pairs(`משה=Moshe, דוד=David, יוסף=Yosef, אברהם=Avraham, יעקב=Yaakov, חיים=Haim, שלמה=Shlomo, אליהו=Eliyahu,
    יצחק=Yitzhak, מאיר=Meir, אבי=Avi, יוסי=Yossi, רון=Ron, עומר=Omer, איתי=Itay, נועם=Noam, אורי=Uri, עידו=Ido,
    יונתן=Yonatan, דניאל=Daniel, אריאל=Ariel, אלון=Alon, גיל=Gil, אמיר=Amir, שמעון=Shimon, ניסים=Nissim, רפאל=Refael,
    בנימין=Binyamin, מיכאל=Michael, אהרון=Aharon, שמואל=Shmuel, צבי=Zvi, עמית=Amit, רועי=Roi, תומר=Tomer, אייל=Eyal,
    ערן=Eran, גלעד=Gilad, יהודה=Yehuda, ששון=Sasson`),
  female: pairs(`שרה=Sara, רחל=Rachel, לאה=Leah, רבקה=Rivka, אסתר=Ester, מרים=Miriam, חנה=Hana, יעל=Yael, מיכל=Michal,
    נועה=Noa, תמר=Tamar, שירה=Shira, רונית=Ronit, אורית=Orit, סיגל=Sigal, ליאת=Liat, מירב=Merav, הדס=Hadas, דנה=Dana,
    אפרת=Efrat, ענבל=Inbal, שושנה=Shoshana, זהבה=Zehava, יפה=Yafa, אילנה=Ilana, רינה=Rina, אביטל=Avital, מאיה=Maya,
    טל=Tal, קרן=Keren, אושרת=Osherat, סימה=Sima, אורנה=Orna, מזל=Mazal, פנינה=Pnina, בתיה=Batya`),
  family: pairs(`כהן=Cohen, לוי=Levi, מזרחי=Mizrahi, פרץ=Peretz, ביטון=Biton, דהן=Dahan, אברהם=Avraham, פרידמן=Friedman,
    אזולאי=Azoulay, מלכה=Malka, חדד=Hadad, גבאי=Gabay, כץ=Katz, יוסף=Yosef, אוחיון=Ohayon, עמר=Amar, שפירא=Shapira,
    בן דוד=Ben David, אלמליח=Elmaliach, גולדברג=Goldberg, רוזנברג=Rosenberg, שטרן=Stern, ברק=Barak, נחום=Nahum,
    אשכנזי=Ashkenazi, סויסה=Suissa, בוזגלו=Buzaglo, שמש=Shemesh, וקנין=Vaknin, קליין=Klein, רביבו=Revivo,
    אלפסי=Alfasi, טולדנו=Toledano, בן חמו=Ben Hamo, שרעבי=Sharabi, צדוק=Tzadok, קורן=Koren, הלוי=Halevi`),
};

const arab: NamePool = {
  male: pairs(`מוחמד=Muhammad, אחמד=Ahmad, מחמוד=Mahmoud, עלי=Ali, יוסף=Yousef, עומר=Omar, איברהים=Ibrahim, חסן=Hassan,
    חוסיין=Hussein, ח'אלד=Khaled, סאמר=Samer, ואיל=Wael, באסל=Basel, כרים=Karim, ראמי=Rami, פאדי=Fadi, נביל=Nabil,
    סלים=Salim, ג'מאל=Jamal, טארק=Tarek, זיאד=Ziad, עבד אל-רחמן=Abd al-Rahman, ג'ורג'=George, איליאס=Elias, האני=Hani,
    מוסא=Mousa, סעיד=Said, עאדל=Adel, מאג'ד=Majed, חנא=Hanna, ראאד=Raed, מונדר=Munther`),
  female: pairs(`פאטמה=Fatma, מרים=Mariam, עאישה=Aisha, אמאני=Amani, סמאח=Samah, רנא=Rana, הבה=Hiba, נור=Nur, לינא=Lina,
    רים=Reem, סוהא=Suha, מונא=Muna, ראניה=Rania, יאסמין=Yasmin, חנאן=Hanan, סלמא=Salma, זינב=Zeinab, אסמאא=Asmaa,
    ע'דיר=Ghadir, ריהאם=Reham, נסרין=Nisreen, ג'מילה=Jamila, אמל=Amal, סועאד=Suad, האלה=Hala, מייסא=Maysa, רולא=Rula`),
  family: pairs(`מחאמיד=Mahamid, אגבאריה=Agbaria, ג'בארין=Jabareen, זועבי=Zoabi, חדאד=Haddad, ח'ורי=Khoury, עודה=Odeh,
    נסאר=Nassar, מסאלחה=Masalha, אבו ריא=Abu Raya, טאהא=Taha, סעדי=Saadi, עיאש=Ayash, ח'טיב=Khatib,
    אלקרינאוי=Alkrenawi, אבו עביד=Abu Ubaid, דראושה=Darawshe, יונס=Younes, בשארה=Bishara, שחאדה=Shehadeh,
    סלאמה=Salameh, מנסור=Mansour, קאסם=Qasem, בדארנה=Badarneh, ע'נאים=Ghanaim, חמדאן=Hamdan, עבאס=Abbas,
    חלבי=Halabi, אבו סאלח=Abu Saleh, עאסלה=Asleh`),
};

const fsuFamily = pairs(`איבנוב=Ivanov, סמירנוב=Smirnov, קוזנצוב=Kuznetsov, פופוב=Popov, פטרוב=Petrov, סוקולוב=Sokolov,
  מורוזוב=Morozov, וולקוב=Volkov, שפירו=Shapiro, רבינוביץ'=Rabinovich, גורביץ'=Gurevich, קוגן=Kogan,
  ברקוביץ'=Berkovich, ליברמן=Liberman, זלצמן=Zaltsman, פלדמן=Feldman, גרינברג=Grinberg, קפלן=Kaplan`);

const fsu: NamePool = {
  male: pairs(`דמיטרי=Dmitry, סרגיי=Sergey, אלכסנדר=Alexander, ולדימיר=Vladimir, יבגני=Evgeny, איגור=Igor,
    מיכאיל=Mikhail, בוריס=Boris, אנדריי=Andrey, ליאוניד=Leonid, אולג=Oleg, יורי=Yuri, ויקטור=Viktor, גנאדי=Gennady`),
  female: pairs(`אולגה=Olga, טטיאנה=Tatiana, אלנה=Elena, נטליה=Natalia, סבטלנה=Svetlana, אירינה=Irina, יוליה=Yulia,
    מרינה=Marina, לודמילה=Ludmila, גלינה=Galina, אנה=Anna, ויקטוריה=Viktoria, ליודמילה=Lyudmila, ורה=Vera`),
  family: fsuFamily,
  feminine: new Map(
    fsuFamily.filter((n) => n.latin.endsWith('ov')).map((n) => [n.he, { he: `${n.he}ה`, latin: `${n.latin}a` }]),
  ),
};

const ethiopian: NamePool = {
  male: pairs(`טספאי=Tesfay, אבבה=Abebe, מלקמו=Melkamu, ברהנו=Berhanu, אדיסו=Adisu, גטהון=Getahun, יוהנס=Yohannes,
    דוויט=Dawit, אלמו=Alemu, בלאי=Belay, יוסף=Yosef, משה=Moshe`),
  female: pairs(
    `טיגיסט=Tigist, אלמז=Almaz, וורקנש=Worknesh, אסתר=Ester, מזל=Mazal, אבבאש=Abebash, צגה=Tsega, יעל=Yael`,
  ),
  family: pairs(`מנגיסטו=Mengistu, טקה=Teka, אדמסו=Admasu, אבבה=Abebe, טספאי=Tesfay, ברהנו=Berhanu, אלמו=Alemu,
    בלאי=Belay, יוהנס=Yohannes, מלקו=Malko, גטהון=Getahun, וורקו=Worku`),
};

export const namePools: Record<Community, NamePool> = { jewish, arab, fsu, ethiopian };

export function givenNames(community: Community, sex: 'male' | 'female'): Name[] {
  return namePools[community][sex];
}

/** The family name as this person carries it (the feminine form where the language has one). */
export function familyName(community: Community, family: Name, sex: 'male' | 'female'): Name {
  return (sex === 'female' && namePools[community].feminine?.get(family.he)) || family;
}
