// Life events that ground claims: work injuries and accidents, occupational disease, reserve duty with
// its days, discharge from the army, the death of a family member, hostile action, an illness diagnosed
// or worse.
import type { lifeEvents } from '../schema';
import { addYears, between, isoOf, notBefore } from './calendar';
import type { Profile } from './person';
import type { Random } from './random';
import type { Draft } from './rows';

export type EventDraft = Draft<typeof lifeEvents, 'insuredPersonId'>;
type Kind = EventDraft['kind'];

const DESCRIPTIONS: Record<Kind, string[]> = {
  work_injury: [
    'נפל מסולם במהלך העבודה',
    'פגיעה בגב בעת הרמת משא',
    'נחתך ביד ממכונה',
    'החליק על רצפה רטובה במפעל',
    'תאונת דרכים בדרך לעבודה',
  ],
  accident: ['תאונת דרכים', 'נפילה ברחוב', 'תאונת אופניים', 'נפילה במדרגות בבית'],
  occupational_disease: ['ירידה בשמיעה עקב רעש במקום העבודה', 'דלקת גידים מתנועות חוזרות', 'מחלת ריאות מחשיפה לאבק'],
  reserve_duty: ['שירות מילואים פעיל', 'צו 8', 'אימון מילואים'],
  army_discharge: ['שחרור משירות סדיר'],
  family_death: ['פטירת בן הזוג', 'פטירת בת הזוג', 'פטירת אב', 'פטירת אם'],
  hostile_action: ['נפגע בירי רקטות', 'נפגע בפיגוע דקירה', 'חרדה לאחר אירוע ביטחוני'],
  illness: [
    'אובחן כחולה סוכרת עם פגיעה בכליות',
    'החמרה בכאבי גב תחתון עם הקרנה לרגל',
    'אובחנה דיכאון מג׳ורי',
    'אוטם שריר הלב',
    'אובחן גידול ממאיר בשד',
  ],
};

function kinds(profile: Profile): [Kind, number][] {
  const young = profile.age < 30 && profile.community !== 'arab';
  return [
    ['work_injury', profile.age < 67 ? 30 : 5],
    ['accident', 20],
    ['occupational_disease', profile.age >= 35 ? 8 : 0],
    ['reserve_duty', profile.age < 50 && profile.community !== 'arab' ? 15 : 0],
    ['army_discharge', young ? 10 : 0],
    ['family_death', profile.maritalStatus === 'widowed' ? 40 : 8],
    ['hostile_action', 6],
    ['illness', profile.age >= 30 ? 25 : 5],
  ];
}

export function makeEvents(random: Random, profile: Profile, asOf: number, createdAt: string): EventDraft[] {
  if (!random.chance(0.4)) return [];
  const count = random.chance(0.2) ? 2 : 1;
  return Array.from({ length: count }, (): EventDraft => {
    const kind = random.weighted(kinds(profile));
    const day =
      kind === 'army_discharge'
        ? Math.min(asOf - 1, addYears(profile.birth, profile.sex === 'male' ? 21 : 20))
        : between(random, Math.max(addYears(profile.birth, 18), profile.intake - 2 * 365), asOf - 1);
    const days = kind === 'reserve_duty' ? random.int(5, 120) : kind === 'work_injury' ? random.int(0, 90) : null;
    const written = notBefore(random, createdAt, day);
    return {
      kind,
      eventDate: isoOf(day),
      endDate: days ? isoOf(day + days - 1) : null,
      days,
      description: random.pick(DESCRIPTIONS[kind]),
      version: 1,
      createdAt: written,
      updatedAt: written,
    };
  });
}
