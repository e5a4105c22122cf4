// Benefit names as generated letters write them, per benefit, in a few wordings.
import type { Benefit } from '../../../shared/domain/enums';
import type { Random } from '../../../db/demo/random';

const names: Partial<Record<Benefit, string[]>> = {
  general_disability: ['קצבת נכות כללית', 'נכות כללית', 'גמלת נכות כללית'],
  work_injury: ['נכות מעבודה', 'נפגעי עבודה', 'דמי פגיעה'],
  special_services: ['גמלת שירותים מיוחדים', 'שירותים מיוחדים'],
  mobility: ['גמלת ניידות', 'ניידות'],
  disabled_child: ['גמלת ילד נכה'],
  nursing: ['גמלת סיעוד'],
  old_age: ['קצבת זקנה', 'קצבת אזרח ותיק'],
  unemployment: ['דמי אבטלה'],
  survivors: ['קצבת שאירים'],
  income_support: ['גמלת הבטחת הכנסה'],
};

export function benefitName(random: Random, benefit: Benefit): string {
  return random.pick(names[benefit] ?? ['גמלה']);
}

export function pickBenefit(random: Random, among: Benefit[]): { benefit: Benefit; name: string } {
  const benefit = random.pick(among);
  return { benefit, name: benefitName(random, benefit) };
}
