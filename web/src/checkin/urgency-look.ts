import type { Urgency } from '../../../src/core/checkin/urgency';

/** One look per urgency everywhere: a word, an icon and a colour role (never the colour alone). */
/** How soon is never here: it comes from the deciding rule (`FiredRule.when`), not from the urgency level. */
export const URGENCY_LOOK: Record<Urgency, { word: string; icon: string; className: string }> = {
  emergency: { word: 'Emergency', icon: '!', className: 'u-emergency' },
  urgent: { word: 'Urgent', icon: '▲', className: 'u-urgent' },
  see_clinician: { word: 'See a clinician', icon: '●', className: 'u-clinician' },
  self_manage: { word: 'Self-care', icon: '✓', className: 'u-selfmanage' },
};
