// A family that can be: one current spouse, children born after the client was old enough to have
// them, parents born before the client, a spouse of an age to be married. Checked over the whole
// family at once (the intake sends it whole; a single record is checked with its siblings).
import { ageOn, todayInIsrael } from '../dates';
import { validationMessage } from '../locales/messages';

/** Years between a parent's birth and a child's below which the dates are surely mistyped. */
const MIN_PARENT_AGE = 12;
/** A spouse younger than this on the day of the check is surely a mistyped date. */
const MIN_SPOUSE_AGE = 16;

export interface FamilyMemberFacts {
  relation: string;
  birthDate: string | null;
}

export interface FamilyIssue {
  /** Position in the list given. */
  index: number;
  field: 'relation' | 'birthDate';
  message: string;
}

const yearsApart = (earlier: string, later: string) => ageOn(earlier, later);

/** The problems of a family as recorded for a client born on `clientBirthDate`, each under its field. */
export function familyIssues(
  clientBirthDate: string | null,
  members: FamilyMemberFacts[],
  today = todayInIsrael(),
): FamilyIssue[] {
  const issues: FamilyIssue[] = [];
  let spouses = 0;
  members.forEach((member, index) => {
    if (member.relation === 'spouse' && ++spouses > 1)
      issues.push({ index, field: 'relation', message: validationMessage('secondSpouse') });
    const born = member.birthDate;
    if (!born) return;
    if (member.relation === 'spouse' && ageOn(born, today) < MIN_SPOUSE_AGE) {
      issues.push({ index, field: 'birthDate', message: validationMessage('spouseTooYoung', { age: MIN_SPOUSE_AGE }) });
    }
    if (!clientBirthDate) return;
    if (member.relation === 'child' && (born < clientBirthDate || yearsApart(clientBirthDate, born) < MIN_PARENT_AGE)) {
      issues.push({ index, field: 'birthDate', message: validationMessage('childTooOld', { age: MIN_PARENT_AGE }) });
    }
    if (
      member.relation === 'parent' &&
      (born > clientBirthDate || yearsApart(born, clientBirthDate) < MIN_PARENT_AGE)
    ) {
      issues.push({ index, field: 'birthDate', message: validationMessage('parentTooYoung', { age: MIN_PARENT_AGE }) });
    }
  });
  return issues;
}
