/**
 * The garage: a runner's shoes with their distance and runs, and the changes they make (add, edit, retire,
 * default for a sport); plus the shoe a new run gets and the names run answers carry.
 */
import { randomUUID } from 'node:crypto';
import { oneDecimal } from '../core/load/load-alert';
import { fail, ok, type Result } from '../core/result';
import {
  defaultShoeFor,
  findShoeByName,
  shoeDisplayName,
  shoeWear,
  type ShoeRecord,
  type ShoeSport,
  type ShoeWear,
} from '../core/shoes/shoe';
import { SHOE_RULES } from '../core/load/shoes';
import type { Repositories } from '../store/repositories';

type ShoeRepos = Pick<Repositories, 'shoes'>;

export interface ShoeView extends ShoeRecord {
  name: string;
  distanceKm: number;
  runs: number;
  status: ShoeWear;
}

export interface ShoeInput {
  brand: string;
  model?: string;
  nickname?: string | null;
  startKm?: number;
  retireKm?: number;
  defaultFor?: ShoeSport | null;
}

const notFound = () => fail('not_found', 'No shoe with this id.');

/** One shoe as the garage shows it: start distance plus every activity assigned to it. */
function view(shoe: ShoeRecord, use: { runs: number; distanceM: number } | undefined): ShoeView {
  const distanceKm = oneDecimal(shoe.startKm + (use?.distanceM ?? 0) / 1000);
  return {
    ...shoe,
    name: shoeDisplayName(shoe),
    distanceKm,
    runs: use?.runs ?? 0,
    status: shoeWear(distanceKm, shoe.retireKm),
  };
}

/**
 * Every shoe of the runner, oldest first, each with its distance, runs and status.
 * @example (await listShoes({ repos }, userId))[0]?.distanceKm
 */
export async function listShoes(deps: { repos: ShoeRepos }, userId: string): Promise<ShoeView[]> {
  const [shoes, usage] = await Promise.all([deps.repos.shoes.list(userId), deps.repos.shoes.usage(userId)]);
  const byShoe = new Map(usage.map((u) => [u.shoeId, u]));
  return shoes.map((s) => view(s, byShoe.get(s.id)));
}

/** One shoe of the runner as the garage shows it, or `not_found`. */
export async function shoeById(
  deps: { repos: ShoeRepos },
  userId: string,
  id: string,
): Promise<Result<ShoeView>> {
  const found = (await listShoes(deps, userId)).find((s) => s.id === id);
  return found ? ok(found) : notFound();
}

/** A new shoe for the runner; made the default for its sport when asked (taking it from another pair). */
export async function createShoe(
  deps: { repos: ShoeRepos; now: Date },
  userId: string,
  input: ShoeInput,
): Promise<ShoeView> {
  const nowIso = deps.now.toISOString();
  const shoe: ShoeRecord = {
    id: randomUUID(),
    brand: input.brand,
    model: input.model ?? '',
    nickname: input.nickname || null,
    startKm: input.startKm ?? 0,
    retireKm: input.retireKm ?? SHOE_RULES.retireKm,
    retiredAt: null,
    defaultFor: null,
    createdAt: nowIso,
    updatedAt: nowIso,
  };
  await deps.repos.shoes.insertMany(userId, [shoe]);
  if (input.defaultFor) await deps.repos.shoes.setDefault(userId, shoe.id, input.defaultFor, nowIso);
  return { ...view(shoe, undefined), defaultFor: input.defaultFor ?? null };
}

/**
 * Changes a shoe of the runner: `not_found` when it is not theirs, `validation_failed` when a retired pair is
 * made a default.
 */
export async function updateShoe(
  deps: { repos: ShoeRepos; now: Date },
  userId: string,
  id: string,
  patch: Partial<ShoeInput>,
): Promise<Result<ShoeView>> {
  const shoe = await deps.repos.shoes.get(userId, id);
  if (!shoe) return notFound();
  const nowIso = deps.now.toISOString();
  const { defaultFor, ...fields } = patch;
  if (defaultFor && shoe.retiredAt !== null) {
    const message = 'defaultFor cannot be set on a retired shoe; bring it back into use first';
    return fail('validation_failed', message, { issues: [{ path: 'body.defaultFor', message }] });
  }
  await deps.repos.shoes.update(userId, id, {
    ...fields,
    ...(fields.nickname !== undefined ? { nickname: fields.nickname || null } : {}),
    updatedAt: nowIso,
  });
  if (defaultFor !== undefined) await deps.repos.shoes.setDefault(userId, id, defaultFor, nowIso);
  return shoeById(deps, userId, id);
}

/** Retires a shoe (it stops being a default and is never alerted about) or brings it back into use. */
export async function retireShoe(
  deps: { repos: ShoeRepos; now: Date },
  userId: string,
  id: string,
  retired: boolean,
): Promise<Result<ShoeView>> {
  const shoe = await deps.repos.shoes.get(userId, id);
  if (!shoe) return notFound();
  const nowIso = deps.now.toISOString();
  if (retired && shoe.retiredAt === null) {
    await deps.repos.shoes.update(userId, id, { retiredAt: nowIso, defaultFor: null, updatedAt: nowIso });
  } else if (!retired && shoe.retiredAt !== null) {
    await deps.repos.shoes.update(userId, id, { retiredAt: null, updatedAt: nowIso });
  }
  return shoeById(deps, userId, id);
}

/**
 * The shoe a new run gets: the one the runner named (`not_found` when it is not theirs), none when they said
 * null, else the default for the run's sport.
 */
export async function shoeForNewRun(
  deps: { repos: ShoeRepos },
  userId: string,
  run: { sport: string; subSport: string | null; startTime: string },
  shoeId: string | null | undefined,
): Promise<Result<string | null>> {
  if (shoeId === null) return ok(null);
  if (shoeId !== undefined) return (await deps.repos.shoes.get(userId, shoeId)) ? ok(shoeId) : notFound();
  return ok(defaultShoeFor(await deps.repos.shoes.list(userId), run)?.id ?? null);
}

/** Whether the runner may put this shoe on a run: theirs, or null for none. */
export async function checkShoeOwner(
  deps: { repos: ShoeRepos },
  userId: string,
  shoeId: string | null | undefined,
): Promise<Result<void>> {
  if (shoeId === null || shoeId === undefined) return ok(undefined);
  return (await deps.repos.shoes.get(userId, shoeId)) ? ok(undefined) : notFound();
}

/**
 * Runs as answers carry them: each with its shoe's display name beside the id.
 * @example (await withShoeNames({ repos }, userId, [run]))[0]?.shoe // 'Nike Pegasus 40'
 */
export async function withShoeNames<R extends { shoeId: string | null }>(
  deps: { repos: ShoeRepos },
  userId: string,
  runs: readonly R[],
): Promise<(R & { shoe: string | null })[]> {
  const needed = runs.some((r) => r.shoeId !== null);
  const shoes = needed ? await deps.repos.shoes.list(userId) : [];
  const names = new Map(shoes.map((s) => [s.id, shoeDisplayName(s)]));
  return runs.map((r) => ({ ...r, shoe: r.shoeId === null ? null : (names.get(r.shoeId) ?? null) }));
}

/**
 * The shoes an import puts on its runs: the pair an export's gear column names (made when the runner has
 * none of that name, once per import however many files name it) or the default for the run's sport.
 * New shoes wait in `pending` until the batch that first uses them is written.
 */
export class ImportShoes {
  private readonly shoes: ShoeRecord[];
  pending: ShoeRecord[] = [];

  private constructor(shoes: ShoeRecord[]) {
    this.shoes = shoes;
  }

  static async load(deps: { repos: ShoeRepos }, userId: string): Promise<ImportShoes> {
    return new ImportShoes(await deps.repos.shoes.list(userId));
  }

  /** The shoe id for a run: its gear's shoe when the export names one, else its sport's default. */
  shoeFor(
    run: { sport: string; subSport: string | null; startTime: string },
    gear: string | undefined,
    now: Date,
  ) {
    const name = gear?.trim();
    if (!name) return defaultShoeFor(this.shoes, run)?.id ?? null;
    const known = findShoeByName(this.shoes, name);
    if (known) return known.id;
    const nowIso = now.toISOString();
    const shoe: ShoeRecord = {
      id: randomUUID(),
      brand: name.slice(0, 60),
      model: '',
      nickname: null,
      startKm: 0,
      retireKm: SHOE_RULES.retireKm,
      retiredAt: null,
      defaultFor: null,
      createdAt: nowIso,
      updatedAt: nowIso,
    };
    this.shoes.push(shoe);
    this.pending.push(shoe);
    return shoe.id;
  }

  /** The shoes made since the last call, to write with the batch. */
  takePending(): ShoeRecord[] {
    const made = this.pending;
    this.pending = [];
    return made;
  }
}
