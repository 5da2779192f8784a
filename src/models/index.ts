// The models' public surface: VAWG classification and harm, RFG scoring, MAFB, rankings.
export * from './vawg-model.js';
export * from './rfg-model.js';
export * from './rfg-score.js';
export * from './mafb.js';
export * from './top-with-ties.js';
export { loadSql } from './load-sql.js';
