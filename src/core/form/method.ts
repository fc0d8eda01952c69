/**
 * The form check's method constants in one place, with where each comes from. Where a number is a judgement
 * rather than a published figure, the comment says so. Units are in the names.
 */
export const FORM_METHOD = {
  // --- Reading keypoints ---------------------------------------------------------------------------------
  /** Keypoints scored below this are treated as missing. 0.3 is the keypoint threshold of the tfjs
   * pose-detection demo for MoveNet (its BlazePose demo uses 0.65). The lower value is kept for both models
   * because the far leg in a side view is partly hidden and scores lower, yet is needed for every other step;
   * tracking and smoothing absorb its extra noise. Judgement. */
  minKeypointScore: 0.3,
  /** Longest run of missing keypoints bridged by a straight line, seconds. A step at 180 spm lasts 0.33 s;
   * bridging under a third of that keeps a filled gap from inventing a contact. Judgement. */
  maxGapS: 0.1,
  /** Savitzky–Golay (quadratic) smoothing window, seconds. A quadratic fit keeps the height of a peak (a
   * moving average would flatten the foot's furthest reach and under-read overstride); 0.1 s averages about
   * 6 frames at 60 fps while staying well inside the ~0.15 s between a contact and the legs crossing. */
  smoothWindowS: 0.1,
  /** A keypoint further than this from the median of the 5 frames around it is a glitch, leg lengths. Along
   * the fastest smooth movement (the ankle turning at its furthest reach, at 30 fps) the median lags by well
   * under 0.1; a model's jumps to a shadow or the other leg are larger. Judgement. */
  maxSpikeLegs: 0.15,
  spikeWindowFrames: 5,
  /** The smallest window that still smooths (a 3-point quadratic passes through the raw points). */
  minSmoothWindowFrames: 5,

  // --- Following the legs ------------------------------------------------------------------------------
  /** Longest time a joint's velocity is trusted to predict where it is now, seconds; beyond it the last
   * position alone is used. A leg swings through in about 0.3 s; half of that. Judgement. */
  maxPredictS: 0.15,
  /** Weight of the other joint of the leg (knee for ankle, ankle for knee) in a joint's swap decision: enough
   * to settle a near tie when two knees or two ankles pass each other, too little to overrule clear evidence
   * (models also swap one pair alone). Judgement. */
  otherJointWeight: 0.25,

  // --- Steps -----------------------------------------------------------------------------------------------
  /** Two contacts closer than this are one: 0.2 s is 300 steps a minute, above elite sprinters (~280 spm). */
  minStepIntervalS: 0.2,
  /** A contact's reach must stand this far above the troughs either side, leg lengths. Between contacts the
   * front foot's lead drops by roughly the stride's half-length (0.3–0.8 leg lengths); smoothed keypoint
   * jitter is about 0.01–0.02. Judgement between the two. */
  minContactProminenceLegs: 0.1,
  /** How far below a contact's peak, as a share of its prominence, its flanks are timed (the contact is their
   * midpoint). Low enough for steep flanks, high enough that an asymmetric peak's midpoint stays close to its
   * top. Judgement; on the synthetic runner it cut the worst contact timing at 3 px jitter from 60 to 18 ms. The
   * e2e's drawn runner lands abruptly (a lead that rises slowly and falls fast): its contacts read 34 ms early,
   * and its shin about 9° back (the shin turns about 5° a frame there). 0.06 halved that, but failed the jitter
   * property now and then, so it stays at 0.15 and the shin's band carries the timing error. */
  peakCentreLevel: 0.15,

  // --- Error bands -----------------------------------------------------------------------------------------
  /** 2D video joint angles differ from marker-based motion capture by about 5–8° (issue 14's literature
   * summary); the middle of that range. */
  angleErrorDeg: 6,
  /** Step timing from video against force plates: 10–25 ms (issue 14's literature summary); the middle. */
  stepTimingErrorS: 0.02,
  /** Error of one keypoint's position as a share of leg length. Markerless joint centres are typically a few
   * centimetres from marker-based ones, worst at the hip; 3 cm on a 0.9 m leg is about 0.03. Judgement from
   * that order of magnitude, not one study's number. */
  keypointErrorLegs: 0.03,
  /** The error never goes below a few pixels of the analysed frame, however large the runner. */
  keypointErrorMinPx: 3,
  /** Peak-to-trough of the same joint a fraction of a second apart cancels the model's steady offset and keeps
   * only its frame-to-frame jitter, here taken as a third of the full keypoint error. Judgement. */
  keypointJitterShare: 1 / 3,

  // --- Quality gate ----------------------------------------------------------------------------------------
  /** Less than this much of the clip with a person in it reads as nobody found, seconds. */
  minPersonS: 0.5,
  /** A second person in this share of frames makes the clip unusable unless a long enough stretch has one.
   * A tenth of a 10 s clip is a second; the model may follow the other person then. Judgement. */
  severalPeopleShare: 0.1,
  /** Shortest stretch of running worth analysing, seconds. Issue 14 asks for 5–10 s; 4 s leaves room for the
   * runner to settle and still gives 10+ steps at 150 spm or more, enough for a spread over steps. */
  minDurationS: 4,
  /** Fewest contacts: 5 intervals between 6 contacts is the least that gives a median and an interquartile
   * range that are not just one or two steps. Judgement. */
  minContacts: 6,
  /** Capture rate over playback rate above which a clip is slow motion. Phones film slow motion at 120–240 fps
   * and play it at 30: ratios of 4–8; ordinary clips say the same rate or nothing. */
  maxCaptureToPlaybackRatio: 1.2,
  /** Running cadence below this reads as slow motion or walking. Recreational runners take about 150–185
   * steps a minute; brisk walking is about 100–130. Judgement with a wide margin. */
  minRunningCadenceSpm: 100,
  /** Slowest frame rate the step timing can live with, frames a second. At 20 fps a step of 0.33 s gets under
   * 7 frames. */
  minFps: 20,
  /** A frame interval outside these multiples of the median interval is irregular (dropped or doubled). */
  irregularIntervalLow: 0.5,
  irregularIntervalHigh: 1.75,
  /** Share of irregular frame intervals above which timing can't be trusted. Judgement: variable-frame-rate
   * phones jitter by ±10–20 % and drop the odd frame; 5 % irregular is already several per second. */
  maxIrregularShare: 0.05,
  /** Longest single gap between frames, seconds: longer can hide a whole contact (a step lasts ~0.33 s). */
  maxFrameGapS: 0.2,
  /** Share of frames in which the hips, a knee and an ankle must each be seen with confidence. Judgement. */
  minLowerBodyShare: 0.7,
  /** Side-on test: the horizontal distance between left and right shoulders (and hips), as a share of torso
   * length. Shoulders and hips are about 0.7 torso lengths wide on average, so their projected width is about
   * 0.7·sin(yaw): 0.3 is a camera about 25° off side-on, where horizontal distances shrink by cos 25° ≈ 0.9,
   * a tenth, already as large as the method's other errors. Running's shoulder turn adds a little, so a
   * true side view reads 0.05–0.15. */
  maxSideOnWidthTorso: 0.3,
  /** Hips must travel this many leg lengths across the frame for travel to tell the direction of running;
   * otherwise (treadmill, panning phone) the face tells it. */
  minTravelLegs: 2,
  /** The nose must sit this far ahead of the shoulders (leg lengths) to tell the direction from the face. */
  minNoseLeadLegs: 0.04,
} as const;

/** Window length in frames (odd) for the Savitzky–Golay smoother at a frame interval. */
export function smoothWindowFrames(frameIntervalS: number): number {
  const n = Math.round(FORM_METHOD.smoothWindowS / frameIntervalS);
  const odd = n % 2 === 1 ? n : n + 1;
  return Math.max(FORM_METHOD.minSmoothWindowFrames, odd);
}
