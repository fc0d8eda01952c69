/** What `backstride load` reads: the runner's date and time zone, their runs and shoes. */
import { z } from 'zod';
import { isTimeZone } from '../core/load/calendar';

export const MAX_REPORT_RUNS = 100_000;

const runSchema = z.object({
  start: z.iso.datetime({ offset: true, message: 'must be an ISO date-time, e.g. 2026-11-26T07:30:00Z' }),
  distanceM: z.number().finite().min(0, 'must be 0 or more metres'),
  durationS: z.number().finite().min(0, 'must be 0 or more seconds').optional(),
  indoor: z.boolean().optional().describe('run on a treadmill'),
  shoe: z.string().trim().min(1).max(200).optional().describe("a shoe's id or name"),
  avgCadenceSpm: z.number().finite().positive().max(400, 'must be steps per minute, at most 400').optional(),
});

const shoeSchema = z.object({
  id: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  startKm: z.number().finite().min(0).optional(),
  retireKm: z.number().finite().positive().optional(),
});

export const loadReportInputSchema = z.object({
  today: z.iso.date({ message: 'must be the runner’s date, YYYY-MM-DD' }),
  timeZone: z
    .string()
    .refine(isTimeZone, { message: 'must be an IANA time zone such as "Europe/Paris"' })
    .default('UTC'),
  runs: z.array(runSchema).max(MAX_REPORT_RUNS),
  shoes: z.array(shoeSchema).max(1_000).optional(),
});

export type LoadReportInput = z.output<typeof loadReportInputSchema>;
