/** Dialog ids in one place: they are persisted in conversation state, so renaming one strands parked conversations. */
export const DialogIds = {
  root: 'root',
  eligibilityCheck: 'eligibilityCheck',
} as const;
