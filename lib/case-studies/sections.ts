// Parts every case study must have, in each language; content:check
// (scripts/content/check/case-study-fit.ts) asks for them and the
// `npm run new` templates start with them.

/** The "What it took" section: effort, trade-offs and what stayed as it was, as the sources report them. */
export const whatItTookHeading = { en: 'What it took', zh: '投入与取舍' } as const;

/** The note box that opens every case study: the years its sources describe. */
export const NOTE_BOX_START = '<Callout kind="note"';
