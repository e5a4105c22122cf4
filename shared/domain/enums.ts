// The closed vocabularies of the case store. Stored as these English codes; shown through the
// locale files. Sources: benefits as listed in the NII rights guide "Your rights at the NII 2014".

export const benefits = [
  'general_disability', // נכות כללית
  'special_services', // שירותים מיוחדים
  'disabled_child', // ילד נכה
  'mobility', // ניידות
  'work_injury', // נפגעי עבודה (דמי פגיעה, נכות מעבודה)
  'unemployment', // אבטלה
  'reserve_duty', // תגמולי מילואים
  'old_age', // זקנה
  'survivors', // שאירים
  'nursing', // סיעוד
  'income_support', // הבטחת הכנסה
  'maternity', // אמהות
  'accident_victims', // נפגעי תאונות
  'hostile_action', // נפגעי פעולות איבה
  'polio_compensation', // פיצוי נפגעי פוליו
  'ringworm_compensation', // פיצוי נפגעי גזזת
  'other',
] as const;
export type Benefit = (typeof benefits)[number];

export const maritalStatuses = ['single', 'married', 'divorced', 'widowed', 'separated', 'common_law'] as const;
export const residencies = ['resident', 'non_resident', 'temporary_resident'] as const;
export const languages = ['he', 'ar', 'ru', 'en', 'am'] as const;

export const familyRelations = ['spouse', 'child', 'guardian', 'parent', 'other'] as const;

export const employmentKinds = ['employee', 'self_employed', 'not_working', 'unemployed', 'unpaid_leave'] as const;
export const incomeSources = ['employee', 'self_employed', 'other'] as const;

export const committeeKinds = [
  'first_tier', // ועדה רפואית מדרג ראשון
  'appeals', // ועדה רפואית לעררים
  'work_injury_first_tier',
  'work_injury_appeals',
  'incapacity', // קביעת דרגת אי-כושר השתכרות (פקיד תביעות)
  'other',
] as const;

/** A medical committee's kind as the office books it: the determination kinds that are committees, and a special one. */
export const committeeTypes = [
  'first_tier',
  'appeals',
  'work_injury_first_tier',
  'work_injury_appeals',
  'special',
  'other',
] as const;
export type CommitteeType = (typeof committeeTypes)[number];

/**
 * Where the NII holds a committee: its branches, from the NII's public list of branches and reception
 * hours ("סניפים ושעות קבלת קהל", המוסד לביטוח לאומי, https://www.btl.gov.il/snifim/Pages/default.aspx);
 * 'other' for a local office or a committee held by video or telephone.
 */
export const niiBranches = [
  'afula',
  'ashdod',
  'ashkelon',
  'beer_sheva',
  'beit_shemesh',
  'bnei_brak',
  'eilat',
  'hadera',
  'haifa',
  'holon',
  'jerusalem',
  'east_jerusalem',
  'karmiel',
  'kfar_saba',
  'krayot',
  'nahariya',
  'nazareth',
  'nof_hagalil',
  'netanya',
  'petah_tikva',
  'ramat_gan',
  'ramla',
  'rehovot',
  'rishon_lezion',
  'safed',
  'taibe',
  'tel_aviv',
  'tiberias',
  'other',
] as const;
export type NiiBranch = (typeof niiBranches)[number];

/**
 * The NII's service centres (מרכזי שירות): smaller offices beside the branches, where a committee may
 * sit too. From the list of branches and service centres in "זכויותיך בביטוח הלאומי" (המוסד לביטוח
 * לאומי, 2014). Codes distinct from the branches', so a place names its kind.
 */
export const niiServiceCentres = [
  'umm_al_fahm',
  'ofakim',
  'or_yehuda',
  'or_akiva',
  'elad',
  'ariel',
  'beit_el',
  'beit_shean',
  'beitar_illit',
  'hatzor_haglilit',
  'tirat_carmel',
  'yavne',
  'yehud',
  'yokneam',
  'yeruham',
  'yirka',
  'modiin',
  'modiin_illit',
  'maccabim_reut',
  'maale_adumim',
  'maale_efraim',
  'maalot_tarshiha',
  'mitzpe_ramon',
  'netivot',
  'isfiya',
  'ofra',
  'eli',
  'emmanuel',
  'arad',
  'pardes_hanna',
  'katzrin',
  'kiryat_arba',
  'kiryat_ata',
  'rosh_haayin',
  'rahat',
  'shoham',
  'tardion',
] as const;
export type NiiServiceCentre = (typeof niiServiceCentres)[number];

/** The doctors' specialties a committee usually sits with; others are typed as free text. */
export const committeeSpecialties = [
  'orthopedics',
  'neurology',
  'psychiatry',
  'internal',
  'cardiology',
  'ent',
  'ophthalmology',
  'rehabilitation',
  'occupational',
  'rheumatology',
  'dermatology',
  'urology',
  'gastroenterology',
  'pulmonology',
  'oncology',
  'surgery',
  'pediatrics',
] as const;

export const lifeEventKinds = [
  'work_injury',
  'accident',
  'occupational_disease',
  'reserve_duty',
  'army_discharge',
  'family_death',
  'hostile_action',
  'illness', // מחלה, החמרה או אבחנה: the commonest start of a general-disability claim
] as const;

/** The four health funds (קופות חולים) under the National Health Insurance Law, 1994. */
export const hmos = ['clalit', 'maccabi', 'meuhedet', 'leumit'] as const;
export type Hmo = (typeof hmos)[number];

export const representationScopes = ['general', 'per_benefit'] as const;
export const representationStatuses = ['pending', 'active', 'revoked', 'ended'] as const;
export const consentKinds = ['medical_waiver', 'benefits_information'] as const;

/** Where a client's power of attorney or medical waiver stands (the client list's filter and badges). */
export const consentStates = ['active', 'missing', 'expired', 'revoked'] as const;
export type ConsentState = (typeof consentStates)[number];
/** A consent problem the client list filters by: which paper, in which state. */
export const consentProblems = [
  'poa_missing',
  'poa_expired',
  'poa_revoked',
  'waiver_missing',
  'waiver_expired',
  'waiver_revoked',
] as const;
export type ConsentProblem = (typeof consentProblems)[number];
/** How a paper was signed: drawn on screen with signature_pad, or the name typed. */
export const signatureMethods = ['drawn', 'typed'] as const;

export const claimStatuses = ['draft', 'ready', 'filed', 'in_committee', 'decided', 'appeal', 'closed'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];
/** Every status but closed: the claims the office still works on, as its counts of active claims say. */
export const activeClaimStatuses = claimStatuses.filter((status) => status !== 'closed');
export const decisionOutcomes = ['approved', 'partly', 'rejected'] as const;
export const appealRoutes = ['medical_appeal', 'labour_court', 'claims_committee'] as const;

export const documentKinds = [
  'power_of_attorney',
  'medical_waiver',
  'fee_agreement',
  'claim_form',
  'medical_record',
  'decision_letter',
  'id_card',
  'pay_slip',
  'other',
] as const;

/** A whole-office rights scan's state, and what a kept finding says (a "no" is not kept). */
export const scanRunStatuses = ['running', 'done', 'cancelled', 'failed'] as const;
export const scanVerdicts = ['eligible', 'maybe'] as const;

export const taskKinds = ['deadline', 'follow_up', 'call', 'document_request', 'committee', 'appeal', 'other'] as const;
/** How a task was closed: done, or not needed (with the reason why). */
export const taskClosings = ['done', 'not_needed'] as const;

/** Which status may follow which. */
export const claimTransitions: Record<ClaimStatus, readonly ClaimStatus[]> = {
  draft: ['ready', 'closed'],
  ready: ['draft', 'filed', 'closed'],
  filed: ['in_committee', 'decided', 'closed'],
  in_committee: ['decided', 'closed'],
  decided: ['appeal', 'closed'],
  appeal: ['in_committee', 'decided', 'closed'],
  closed: [],
};
