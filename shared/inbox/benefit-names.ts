// The benefits by the names letters give them (the NII's own names, as in its rights guide); the
// more specific name first where one contains another.
import type { Benefit } from '../domain/enums';

export const benefitNames: [Benefit, RegExp][] = [
  ['special_services', /שירותים\s+מיוחדים/u],
  ['disabled_child', /ילד\s+נכה/u],
  ['mobility', /ניידות/u],
  ['work_injury', /נפגעי\s+עבודה|דמי\s+פגיעה|נכות\s+מעבודה|פגיעה\s+בעבודה|תאונת\s+עבודה/u],
  ['general_disability', /נכות\s+כללית|קצבת\s+נכות|גמלת\s+נכות/u],
  ['unemployment', /דמי\s+אבטלה|אבטלה/u],
  ['reserve_duty', /תגמולי\s+מילואים|מילואים/u],
  ['old_age', /קצבת\s+זקנה|קצבת\s+אזרח\s+ותיק|זקנה/u],
  ['survivors', /קצבת\s+שאירים|שאירים/u],
  ['nursing', /גמלת\s+סיעוד|סיעוד/u],
  ['income_support', /הבטחת\s+הכנסה/u],
  ['maternity', /דמי\s+לידה|מענק\s+לידה|אמהות/u],
  ['accident_victims', /נפגעי\s+תאונות|דמי\s+תאונה/u],
  ['hostile_action', /פעולות\s+איבה/u],
];
