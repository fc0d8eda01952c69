/** Shoes: the garage's list, a new pair, a change, retiring and bringing back. */
import { z } from 'zod';
import { SHOE_LIMITS, SHOE_SPORTS } from '../core/shoes/shoe';
import { boundedNumber, idText, plainText } from '../core/validation/input-rules';

export const shoeIdParams = z.object({ id: idText });

const sport = z.enum(SHOE_SPORTS, { error: `defaultFor must be one of ${SHOE_SPORTS.join(', ')}` });

export const shoeSchema = z.object({
  id: z.string(),
  name: z.string().describe('the nickname, else brand and model'),
  brand: z.string(),
  model: z.string(),
  nickname: z.string().nullable(),
  startKm: z.number().describe('distance on the shoe before its first run here'),
  retireKm: z.number(),
  distanceKm: z.number().describe('start distance plus every activity assigned to the shoe'),
  runs: z.number().describe('activities assigned to the shoe'),
  retiredAt: z.string().nullable(),
  defaultFor: sport.nullable().describe('new activities of this sport get the shoe'),
  status: z.enum(['ok', 'check', 'replace']).describe('check from 500 km, replace from retireKm'),
});

export const shoeListSchema = z.object({ items: z.array(shoeSchema) });

const brand = plainText('brand', SHOE_LIMITS.brandMax).refine((s) => s.length > 0, 'brand is required');
const shoeFields = {
  brand,
  model: plainText('model', SHOE_LIMITS.modelMax),
  nickname: plainText('nickname', SHOE_LIMITS.nicknameMax).nullable(),
  startKm: boundedNumber('startKm', { min: 0, max: SHOE_LIMITS.maxStartKm, unit: 'km' }),
  retireKm: boundedNumber('retireKm', {
    min: SHOE_LIMITS.minRetireKm,
    max: SHOE_LIMITS.maxRetireKm,
    unit: 'km',
  }),
  defaultFor: sport.nullable(),
};

export const shoeCreateBody = z
  .object({
    brand,
    model: shoeFields.model.optional(),
    nickname: shoeFields.nickname.optional(),
    startKm: shoeFields.startKm.optional(),
    retireKm: shoeFields.retireKm.optional(),
    defaultFor: shoeFields.defaultFor.optional(),
  })
  .strict();

export const shoePatchBody = z
  .object({
    brand: brand.optional(),
    model: shoeFields.model.optional(),
    nickname: shoeFields.nickname.optional(),
    startKm: shoeFields.startKm.optional(),
    retireKm: shoeFields.retireKm.optional(),
    defaultFor: shoeFields.defaultFor.optional(),
  })
  .strict();

export const shoeRetireBody = z
  .object({
    retired: z
      .boolean({ error: 'retired must be true or false' })
      .default(true)
      .describe('false brings a retired pair back into use'),
  })
  .strict();

export type Shoe = z.output<typeof shoeSchema>;
export type ShoeList = z.output<typeof shoeListSchema>;
export type ShoeCreateBody = z.input<typeof shoeCreateBody>;
export type ShoePatchBody = z.input<typeof shoePatchBody>;
