/**
 * Payload flags of the compiled matcher: one module both the matcher's types and the
 * prefilter import, so neither imports the other.
 */
export const F_ALIAS = 1; // an entity alias
export const F_SHORT = 2; // an ambiguous short form (payload.g is its group)
export const F_CONTEXT = 4; // a context word for figure rules (payload.r lists rule indexes)
export const F_STREAK = 8; // a word of a streak template (payload.s: the template, read by its RegExp around the hit)
export const F_BOUND_START = 16; // needs a word boundary before it
export const F_BOUND_END = 32; // needs a word boundary after it
export const F_INFLECT = 64; // the endings of its language may follow (payload.x is the set)
export const F_BARE = 128; // a bare surname: another given name before it on the page blocks it there
export const F_CUE = 256; // counts only beside a cue word (payload.q) or with its entity named otherwise on the page
export const F_SEGMENT = 512; // a short Han name: both its ends must be word boundaries (Intl.Segmenter)
export const F_CLITIC = 1024; // clitic letters of its language may stand before it (payload.c is the set)
