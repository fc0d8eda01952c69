import { whole, yesNo } from './finding-def';

const C = 'cause' as const;

/** Inflammatory back pain / axial spondyloarthritis (checkin-rules §2.6; more features live in §2.1). */
export const INFLAMMATORY_FINDINGS = [
  yesNo('psoriasis', C, 'inflammatory', 'Have you ever had psoriasis?', { standing: true }),
  yesNo(
    'enthesitis',
    C,
    'inflammatory',
    'Have you had pain where a tendon meets bone (like the back of the heel) with no obvious strain to explain it?',
  ),
  yesNo(
    'ibd_history',
    C,
    'inflammatory',
    "Have you been diagnosed with Crohn's disease or ulcerative colitis?",
    { standing: true },
  ),
  yesNo(
    'family_history_spa',
    C,
    'inflammatory',
    'Does a parent, brother, sister or child have spondyloarthritis (such as ankylosing spondylitis)?',
    { standing: true },
  ),
] as const;

/**
 * Bone stress injury and low energy availability (checkin-rules §2.7). Three of these feed C1 and must be
 * answered (§9.10).
 */
export const BONE_STRESS_FINDINGS = [
  yesNo(
    'sport_extension_repetitive',
    C,
    'bone_stress',
    'Do you also do a sport with lots of back-arching or twisting, like gymnastics, dance, kicking or fast bowling?',
  ),
  yesNo(
    'menstrual_dysfunction',
    C,
    'bone_stress',
    'Have your periods stopped for 3 months or more, or become irregular (not due to pregnancy or contraception)?',
    { appliesToSex: 'F', everyCheckin: true },
  ),
  yesNo(
    'low_energy_availability',
    C,
    'bone_stress',
    'Are you eating less than your training needs, restricting food, or struggling with eating?',
    { everyCheckin: true },
  ),
  yesNo(
    'previous_stress_fracture',
    C,
    'bone_stress',
    'Have you had a stress fracture or bone stress injury before?',
    { everyCheckin: true, standing: true },
  ),
] as const;

/** Training load, kit and body: these feed the contributing factors (checkin-rules §2.8). */
export const LOAD_FINDINGS = [
  whole(
    'recent_mileage_increase_pct',
    C,
    'training_load',
    'Over the last two weeks, by what percentage has your weekly distance gone up?',
    {
      unit: '%',
      min: -100,
      max: 1_000,
    },
  ),
  whole(
    'long_run_increase_pct',
    C,
    'training_load',
    'By what percentage is your latest longest run longer than your usual long run?',
    {
      unit: '%',
      min: -100,
      max: 1_000,
    },
  ),
  yesNo(
    'new_session_type',
    C,
    'training_load',
    'In the last two weeks, have you added speed work, hills, races or heavy lifting?',
  ),
  whole('weekly_km', C, 'training_load', 'How far do you run in a typical week now?', {
    unit: 'km',
    min: 0,
    max: 1_000,
    distanceKm: true,
  }),
  whole('shoe_km', C, 'footwear_and_surface', 'Roughly how far have your main running shoes gone?', {
    unit: 'km',
    min: 0,
    max: 20_000,
    distanceKm: true,
  }),
  yesNo(
    'new_shoe_type_change',
    C,
    'footwear_and_surface',
    'In the last 4 weeks, have you switched to a different kind of shoe (drop, cushioning, minimalist)?',
  ),
  yesNo(
    'surface_change',
    C,
    'footwear_and_surface',
    'Are you running on a new surface, like trails, steep downhills, concrete, cambered roads or the track?',
  ),
  whole('cadence_spm', C, 'form_and_body', 'What is your usual running cadence, in steps per minute?', {
    unit: 'steps/min',
    min: 0,
    max: 260,
  }),
  yesNo(
    'overstriding',
    C,
    'form_and_body',
    'Does your foot land well in front of you, heel first with a straight knee?',
  ),
  yesNo(
    'excess_lumbar_extension',
    C,
    'form_and_body',
    'When you run, especially when tired, does your lower back arch or your pelvis tip forward?',
  ),
  yesNo(
    'glute_weakness_observed',
    C,
    'form_and_body',
    'On one leg, does your hip drop, your knee cave in, or a single-leg bridge wobble?',
  ),
  whole(
    'side_plank_hold_s',
    C,
    'form_and_body',
    'How many seconds can you hold a side plank with good form?',
    { unit: 's', min: 0, max: 3_600 },
  ),
  yesNo(
    'hip_flexor_tightness',
    C,
    'form_and_body',
    'Does the front of your hip feel tight, for example in a lunge stretch?',
  ),
  yesNo(
    'hamstring_tightness',
    C,
    'form_and_body',
    'Are your hamstrings tight, so reaching to your toes with straight legs is hard?',
  ),
  whole('sitting_hours_per_day', C, 'form_and_body', 'How many hours a day do you spend sitting?', {
    unit: 'h',
    min: 0,
    max: 24,
  }),
  yesNo('previous_lbp_episode', C, 'history', 'Have you had a bout of back pain in the last few years?'),
  yesNo(
    'previous_lower_limb_injury',
    C,
    'history',
    'Have you had a running injury in your legs or feet in the last 12 months?',
  ),
  whole('postpartum_months', C, 'history', 'If you have given birth, how many months ago was that?', {
    unit: 'months',
    min: 0,
    max: 600,
  }),
] as const;

/** Questionnaire results (checkin-rules §2.9). The STarT Back item text is kept elsewhere (Keele copyright). */
export const QUESTIONNAIRE_FINDINGS = [
  whole('sbst_total', 'questionnaire', 'questionnaire', 'STarT Back total score', {
    unit: 'points',
    min: 0,
    max: 9,
  }),
  whole('sbst_psych', 'questionnaire', 'questionnaire', 'STarT Back distress subscore', {
    unit: 'points',
    min: 0,
    max: 5,
  }),
  yesNo(
    'fear_of_movement',
    'questionnaire',
    'questionnaire',
    'Do you worry that being active will damage your back?',
  ),
] as const;
