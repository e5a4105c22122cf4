// Where a committee sits, as the screens name it: a branch by its name (as before), a service centre
// with its kind; and the grouped choices of the form's one select, whose value is the place's code
// (branch and service-centre codes are distinct).
import type { TFunction } from 'i18next';
import { niiBranches, niiServiceCentres, type NiiBranch, type NiiServiceCentre } from '../../../shared/domain/enums';

export interface CommitteePlace {
  branch: NiiBranch | null;
  serviceCentre: NiiServiceCentre | null;
}

const centres = new Set<string>(niiServiceCentres);

/** The branch's name, or "מרכז שירות …"; '' for none. */
export function placeName(t: TFunction, place: CommitteePlace): string {
  if (place.branch) return t(`committees.branch.${place.branch}`);
  if (place.serviceCentre)
    return t('committees.place.serviceCentre', { name: t(`committees.serviceCentre.${place.serviceCentre}`) });
  return '';
}

/** "סניף …" or "מרכז שירות …": where the name alone would not say which. */
export function placeWithKind(t: TFunction, place: CommitteePlace): string {
  if (place.branch) return t('clientFile.summary.branch', { branch: t(`committees.branch.${place.branch}`) });
  return placeName(t, place);
}

/** The select's groups: branches, then service centres. */
export function placeChoices(t: TFunction) {
  return [
    {
      group: t('committees.place.branches'),
      items: niiBranches.map((value) => ({ value, label: t(`committees.branch.${value}`) })),
    },
    {
      group: t('committees.place.serviceCentres'),
      items: niiServiceCentres.map((value) => ({ value, label: t(`committees.serviceCentre.${value}`) })),
    },
  ];
}

/** The form's one value ↔ the API's two fields. */
export const placeCode = (place: CommitteePlace): string => place.branch ?? place.serviceCentre ?? '';

export function placeOf(code: string): { branch: string | null; serviceCentre: string | null } {
  if (code === '') return { branch: null, serviceCentre: null };
  return centres.has(code) ? { branch: null, serviceCentre: code } : { branch: code, serviceCentre: null };
}
