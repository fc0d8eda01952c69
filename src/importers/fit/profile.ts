/**
 * The slice of the FIT profile backstride reads: message numbers, field numbers and the
 * enum names it shows. Numbers from the FIT SDK profile (Profile.xlsx), written by hand.
 */

export const MESG = {
  fileId: 0,
  sport: 12,
  session: 18,
  lap: 19,
  record: 20,
  deviceInfo: 23,
  activity: 34,
} as const;

export const FILE_TYPE_ACTIVITY = 4;
export const FIELD_TIMESTAMP = 253;

/** Seconds between the Unix epoch and the FIT epoch (1989-12-31T00:00:00Z). */
export const FIT_EPOCH_S = 631_065_600;

/**
 * A FIT date_time (uint32 seconds since the FIT epoch) or NaN. A file may declare a time field with
 * any base type (a float64 of 1e20, a negative sint64): such a value is no time, and left in it
 * would reach `Date#toISOString` as "Invalid time value".
 * @example fitTime(1e20) // NaN
 */
export const fitTime = (x: number): number => (x >= 0 && x <= 0xffffffff ? x : NaN);

/** `sport` enum, index = value. */
// prettier-ignore
export const SPORT_NAMES: readonly string[] = [
  'generic', 'running', 'cycling', 'transition', 'fitness_equipment', 'swimming', 'basketball', 'soccer',
  'tennis', 'american_football', 'training', 'walking', 'cross_country_skiing', 'alpine_skiing',
  'snowboarding', 'rowing', 'mountaineering', 'hiking', 'multisport', 'paddling', 'flying', 'e_biking',
  'motorcycling', 'boating', 'driving', 'golf', 'hang_gliding', 'horseback_riding', 'hunting', 'fishing',
  'inline_skating', 'rock_climbing', 'sailing', 'ice_skating', 'sky_diving', 'snowshoeing', 'snowmobiling',
  'stand_up_paddleboarding', 'surfing', 'wakeboarding', 'water_skiing', 'kayaking', 'rafting', 'windsurfing',
  'kitesurfing', 'tactical', 'jumpmaster', 'boxing', 'floor_climbing', 'baseball', '', '', '', 'diving', '',
  '', 'shooting', '', 'winter_sport', 'grinding', '', '', 'hiit', 'video_gaming', 'racket',
  'wheelchair_push_walk', 'wheelchair_push_run', 'meditation', 'para_sport', 'disc_golf', 'team_sport',
  'cricket', 'rugby', 'hockey', 'lacrosse', 'volleyball', 'water_tubing', 'wakesurfing', 'water_sport',
  'archery', 'mixed_martial_arts', 'motor_sports', 'snorkeling', 'dance', 'jump_rope', 'pool_apnea',
  'mobility', 'geocaching', 'canoeing',
];

/** `sub_sport` enum, index = value. */
// prettier-ignore
export const SUB_SPORT_NAMES: readonly string[] = [
  'generic', 'treadmill', 'street', 'trail', 'track', 'spin', 'indoor_cycling', 'road', 'mountain',
  'downhill', 'recumbent', 'cyclocross', 'hand_cycling', 'track_cycling', 'indoor_rowing', 'elliptical',
  'stair_climbing', 'lap_swimming', 'open_water', 'flexibility_training', 'strength_training', 'warm_up',
  'match', 'exercise', 'challenge', 'indoor_skiing', 'cardio_training', 'indoor_walking', 'e_bike_fitness',
  'bmx', 'casual_walking', 'speed_walking', 'bike_to_run_transition', 'run_to_bike_transition',
  'swim_to_bike_transition', 'atv', 'motocross', 'backcountry', 'resort', 'rc_drone', 'wingsuit',
  'whitewater', 'skate_skiing', 'yoga', 'pilates', 'indoor_running', 'gravel_cycling', 'e_bike_mountain',
  'commuting', 'mixed_surface', 'navigate', 'track_me', 'map', 'single_gas_diving', 'multi_gas_diving',
  'gauge_diving', 'apnea_diving', 'apnea_hunting', 'virtual_activity', 'obstacle', '', '', 'breathing',
  'ccr_diving', '', 'sail_race', 'expedition', 'ultra', 'indoor_climbing', 'bouldering', 'hiit',
  'indoor_grinding', 'hunting_with_dogs', 'amrap', 'emom', 'tabata', '', 'esport', 'triathlon', 'duathlon',
  'brick', 'swim_run', 'adventure_race', 'trucker_workout', 'pickleball', 'padel', 'indoor_wheelchair_walk',
  'indoor_wheelchair_run', 'indoor_hand_cycling',
];

/** Manufacturers seen on running and cycling devices; others show as `manufacturer_<n>`. */
// prettier-ignore
const MANUFACTURERS: Record<number, string> = {
  1: 'garmin', 13: 'dynastream_oem', 15: 'dynastream', 16: 'timex', 23: 'suunto', 32: 'wahoo_fitness',
  40: 'concept2', 41: 'shimano', 63: 'specialized', 68: 'cateye', 69: 'stages_cycling', 70: 'sigmasport',
  71: 'tomtom', 89: 'tacx', 95: 'stryd', 123: 'polar_electro', 129: 'coros_byte', 140: 'decathlon_byte',
  144: 'zwift_byte', 255: 'development', 260: 'zwift', 263: 'favero_electronics', 265: 'strava',
  267: 'bryton', 268: 'sram', 282: 'the_sufferfest', 289: 'hammerhead', 294: 'coros', 310: 'xiaomi',
  331: 'magicshine', 311: 'amazfit', 319: 'apple',
};

/** Garmin product ids of common watches; others show as their number. */
// prettier-ignore
const GARMIN_PRODUCTS: Record<number, string> = {
  717: 'fr405', 1018: 'fr310xt', 1124: 'fr110', 1328: 'fr910xt', 1436: 'fr70', 1482: 'fr10',
  1765: 'fr920xt', 1967: 'fenix2', 2156: 'fr630', 2157: 'fr230', 2337: 'vivoactive_hr', 2604: 'fenix5x',
  2691: 'fr935', 2697: 'fenix5', 2900: 'fenix5s_plus', 3076: 'fr245', 3077: 'fr245_music',
  3111: 'fenix5x_plus', 3112: 'edge520_plus', 3113: 'fr945', 3288: 'fenix6s', 3289: 'fenix6_sport',
  3290: 'fenix6', 3589: 'fr745', 3703: 'venu2', 3943: 'epix_gen2', 3990: 'fr255_music', 3992: 'fr255',
  4024: 'fr955', 4062: 'edge840', 4257: 'fr265_large', 4315: 'fr965', 4532: 'fenix8_solar',
};

/** @example manufacturerName(1) // 'garmin' */
export const manufacturerName = (n: number): string | null =>
  Number.isFinite(n) ? (MANUFACTURERS[n] ?? `manufacturer_${n}`) : null;

/** Garmin-family devices name the product through the garmin_product table. */
export function productName(manufacturer: number, product: number): string | null {
  if (!Number.isFinite(product)) return null;
  const garminFamily = manufacturer === 1 || manufacturer === 13 || manufacturer === 15;
  return (garminFamily ? GARMIN_PRODUCTS[product] : undefined) ?? String(product);
}

/** @example sportName(1) // 'running' */
export const sportName = (n: number): string => (Number.isFinite(n) && SPORT_NAMES[n]) || 'generic';

/** @example subSportName(1) // 'treadmill' */
export const subSportName = (n: number): string => (Number.isFinite(n) && SUB_SPORT_NAMES[n]) || 'generic';
