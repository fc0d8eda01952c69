/** The shoes API as the web app reads it: every type comes from the contract and the core. */
export type { Shoe, ShoeCreateBody, ShoeList, ShoePatchBody } from '../../../src/contract/shoes';
export { SHOE_LIMITS, type ShoeSport } from '../../../src/core/shoes/shoe';
export { SHOE_RULES } from '../../../src/core/load/shoes';
