/** The check-in's load factors measured from the runner's runs, each with the weeks it comes from. */
import { z } from 'zod';
import { FACTOR_CODES } from '../core/load/factor-sources';
import { weeklyLoadQuerySchema } from './load';

export const loadFactorsQuerySchema = weeklyLoadQuerySchema.pick({ timeZone: true });

const isoDay = z.iso.date();

export const factorSourceSchema = z.object({
  code: z.enum(FACTOR_CODES).describe('the check-in question it answers'),
  value: z
    .union([z.number(), z.boolean()])
    .describe('percent, km or steps a minute (one decimal); yes/no for surface_change'),
  from: isoDay.describe('first day of the weeks it was measured over (a Monday), on the runner’s clock'),
  to: isoDay.describe('last day of those weeks (a Sunday)'),
  basis: z.string().describe('where the value comes from, in plain words and the runner’s units'),
});

export const loadFactorsSchema = z.object({
  factors: z.array(factorSourceSchema).describe('only the factors measured; empty without enough runs'),
});

export type LoadFactorsQuery = z.input<typeof loadFactorsQuerySchema>;
export type LoadFactorsResponse = z.infer<typeof loadFactorsSchema>;
export type FactorSourceResponse = z.infer<typeof factorSourceSchema>;
