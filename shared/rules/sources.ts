// The source documents, named once (../shared/seeds, copied in spirit: the app never reads them).
export const SEED = {
  activity2023: 'seed 000 (000_c88aa3e78922b786.txt), דוח פעילות אתר הביטוח הלאומי 2023',
  rights2014: 'seed 001 (001_7684b9f4e4e63770.txt), "הזכויות שלך בביטוח הלאומי 2014"',
  swordsOfIron: 'seed 002 (002_f0a088c0446e071a.txt), חוזר לרואי חשבון, אוקטובר 2023',
  report2022: 'seed 003 (003_3d99dc616ef9d874.txt), הדוח השנתי 2022, פרק נכות כללית',
  circular127: 'seed 004 (004_060cfcc13e28da09.txt), חוזר 127/2022',
} as const;

/** "<seed>, <section>" — how every reason and parameter cites a seed. */
export function cite(seed: keyof typeof SEED, section: string): string {
  return `${SEED[seed]}, ${section}`;
}
