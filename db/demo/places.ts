// Real Israeli localities with a rough weight (their share of clients), who mostly lives there, the
// first digits of their postal codes and their landline area code. Postal codes and house numbers
// are made up within those prefixes.
import type { Community } from './names';
import type { Random } from './random';

type Population = 'jewish' | 'arab' | 'mixed';

export interface Locality {
  name: string;
  population: Population;
  weight: number;
  postalPrefix: string;
  areaCode: string;
}

// name, population, weight, postal prefix, area code
const TABLE: [string, Population, number, string, string][] = [
  ['ירושלים', 'mixed', 60, '9', '02'],
  ['תל אביב-יפו', 'mixed', 40, '6', '03'],
  ['חיפה', 'mixed', 30, '3', '04'],
  ['ראשון לציון', 'jewish', 20, '75', '03'],
  ['פתח תקווה', 'jewish', 18, '49', '03'],
  ['אשדוד', 'jewish', 20, '77', '08'],
  ['נתניה', 'jewish', 18, '42', '09'],
  ['באר שבע', 'jewish', 22, '84', '08'],
  ['בני ברק', 'jewish', 14, '51', '03'],
  ['חולון', 'jewish', 14, '58', '03'],
  ['רמת גן', 'jewish', 12, '52', '03'],
  ['אשקלון', 'jewish', 14, '78', '08'],
  ['רחובות', 'jewish', 10, '76', '08'],
  ['בת ים', 'jewish', 12, '59', '03'],
  ['בית שמש', 'jewish', 9, '99', '02'],
  ['כפר סבא', 'jewish', 8, '44', '09'],
  ['הרצליה', 'jewish', 6, '46', '09'],
  ['חדרה', 'jewish', 10, '38', '04'],
  ['מודיעין-מכבים-רעות', 'jewish', 6, '71', '08'],
  ['נהריה', 'jewish', 6, '22', '04'],
  ['עפולה', 'jewish', 6, '18', '04'],
  ['טבריה', 'jewish', 6, '14', '04'],
  ['קריית שמונה', 'jewish', 4, '11', '04'],
  ['דימונה', 'jewish', 5, '86', '08'],
  ['אילת', 'jewish', 5, '88', '08'],
  ['קריית גת', 'jewish', 6, '82', '08'],
  ['שדרות', 'jewish', 4, '87', '08'],
  ['נתיבות', 'jewish', 4, '87', '08'],
  ['אופקים', 'jewish', 4, '87', '08'],
  ['קריית אתא', 'jewish', 5, '28', '04'],
  ['לוד', 'mixed', 9, '71', '08'],
  ['רמלה', 'mixed', 9, '72', '08'],
  ['עכו', 'mixed', 7, '24', '04'],
  ['נוף הגליל', 'mixed', 4, '17', '04'],
  ['נצרת', 'arab', 14, '16', '04'],
  ['אום אל-פחם', 'arab', 10, '30', '04'],
  ['רהט', 'arab', 10, '85', '08'],
  ['טייבה', 'arab', 7, '40', '09'],
  ['שפרעם', 'arab', 7, '20', '04'],
  ["סח'נין", 'arab', 6, '30', '04'],
  ['טמרה', 'arab', 6, '30', '04'],
  ['באקה אל-גרביה', 'arab', 5, '30', '04'],
  ['כפר קאסם', 'arab', 5, '48', '03'],
  ['עראבה', 'arab', 5, '30', '04'],
  ['טירה', 'arab', 5, '44', '09'],
  ['קלנסווה', 'arab', 4, '40', '09'],
  ['כפר כנא', 'arab', 4, '16', '04'],
  ['ריינה', 'arab', 3, '16', '04'],
  ['דאלית אל-כרמל', 'arab', 3, '30', '04'],
  ['ירכא', 'arab', 3, '24', '04'],
  ["ג'דיידה-מכר", 'arab', 3, '20', '04'],
  ['חורה', 'arab', 3, '85', '08'],
];

export const localities: Locality[] = TABLE.map(([name, population, weight, postalPrefix, areaCode]) => ({
  name,
  population,
  weight,
  postalPrefix,
  areaCode,
}));

const forArabs = localities.filter((l) => l.population !== 'jewish').map((l) => [l, l.weight] as const);
const forJews = localities
  .filter((l) => l.population !== 'arab')
  .map((l) => [l, l.population === 'mixed' ? l.weight * 0.8 : l.weight] as const);

const hebrewStreets =
  `הרצל, ויצמן, בן גוריון, ז'בוטינסקי, רוטשילד, העצמאות, הנביאים, יפו, הגפן, הזית, התאנה, האלה, הרימון,
  בגין, רבין, סוקולוב, אחד העם, ביאליק, טשרניחובסקי, הנשיאים, הפלמ"ח, ההגנה, גולומב, שבזי, קק"ל, המייסדים, הדקל,
  הבנים, הציונות, אלנבי`.split(/\s*,\s*/);

const arabStreets = `אל-בוסתאן, אל-זיתון, סלאח א-דין, אל-מותנבי, אל-כרמל, אל-ג'אמע, אל-עין, אל-וורוד, אל-קודס, אל-נור,
  אל-סלאם, אבו בכר, אל-ח'ליל, אל-נרג'ס, אל-רביע`.split(/\s*,\s*/);

export function pickLocality(random: Random, community: Community): Locality {
  return random.weighted(community === 'arab' ? forArabs : forJews);
}

export function pickStreet(random: Random, locality: Locality): string {
  return random.pick(locality.population === 'arab' ? arabStreets : hebrewStreets);
}

export function postalCode(random: Random, locality: Locality): string {
  return locality.postalPrefix + random.digits(7 - locality.postalPrefix.length);
}

/** A landline number in E.164 within the locality's area code. */
export function landline(random: Random, locality: Locality): string {
  return `+972${locality.areaCode.slice(1)}${random.int(5, 8)}${random.digits(6)}`;
}
