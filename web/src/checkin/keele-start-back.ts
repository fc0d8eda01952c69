/*
 * Keele STarT Back Screening Tool: item text.
 *
 * The copyright (©2007) of the STarT Back Screening Tool and associated materials is owned by Keele University,
 * the development of which was part funded by Arthritis Research UK: i) the tool is designed for use by health care
 * practitioners, with appropriate treatment packages for each of the stratified groups; ii) the tool is not intended
 * to recommend the use of any particular product. No license is required for non-commercial use. If you would like
 * to incorporate the tool in any way into commercial product materials, please contact Keele University for further
 * advice.
 *
 * This file is NOT covered by backstride's licence (Apache-2.0): its text belongs to Keele University and is used
 * unmodified under the non-commercial terms above. Forks that are commercial need Keele's permission.
 */

export const KEELE_NOTICE =
  'The copyright (©2007) of the STarT Back Screening Tool and associated materials is owned by Keele University, ' +
  'the development of which was part funded by Arthritis Research UK: i) the tool is designed for use by health care ' +
  'practitioners, with appropriate treatment packages for each of the stratified groups; ii) the tool is not intended ' +
  'to recommend the use of any particular product. No license is required for non-commercial use. If you would like ' +
  'to incorporate the tool in any way into commercial product materials, please contact Keele University for ' +
  'further advice.';

export const KEELE_PREAMBLE =
  'Thinking about the last 2 weeks tick your response to the following questions:';

/** Items 1–8, answered Disagree / Agree. */
export const KEELE_AGREE_ITEMS = [
  'My back pain has spread down my leg(s) at some time in the last 2 weeks',
  'I have had pain in the shoulder or neck at some time in the last 2 weeks',
  'I have only walked short distances because of my back pain',
  'In the last 2 weeks, I have dressed more slowly than usual because of back pain',
  "It's not really safe for a person with a condition like mine to be physically active",
  'Worrying thoughts have been going through my mind a lot of the time',
  "I feel that my back pain is terrible and it's never going to get any better",
  'In general I have not enjoyed all the things I used to enjoy',
] as const;

/** Item 9 and its answers, mildest first. */
export const KEELE_BOTHER_ITEM = 'Overall, how bothersome has your back pain been in the last 2 weeks?';
export const KEELE_BOTHER_OPTIONS = [
  'Not at all',
  'Slightly',
  'Moderately',
  'Very much',
  'Extremely',
] as const;
