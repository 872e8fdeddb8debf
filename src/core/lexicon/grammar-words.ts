/**
 * The small words of English grammar (articles, pronouns, auxiliaries, prepositions,
 * conjunctions): English prose is about half these words; filler strung together to beat spam
 * filters carries almost none (word-salad, disguised-words).
 */
export const GRAMMAR_WORDS: ReadonlySet<string> = new Set(
  ('the a an of to in on for with at by from and or but nor is are was were be been being am do does did have has had ' +
    'i you he she it we they me him her us them my your his its our their this that these those what which who whom ' +
    'as if not no will would can could should shall may might must there here so than then just all any some into ' +
    'about up out over after before when where how why also very too only one each every such own both').split(' '),
);
