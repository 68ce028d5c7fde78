/**
 * The longest answer `ess` accepts for one question of the trame: about fifteen pages. A longer
 * text is almost always a paste gone wrong, and it would make `ess render` take minutes.
 */
export const MAX_ANSWER_CHARACTERS = 50_000;
