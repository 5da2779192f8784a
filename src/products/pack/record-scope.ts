/**
 * Whose person records a person page may show: one force's (`'kent'`, for an analyst's
 * account), or every force's (`null`: the command line and the regional roles).
 */
export type RecordScope = string | null;
